#include "core/circulation/Borrowers.h"

#include "core/catalog/AuthorityRepository.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the borrowers");
const char* const kSaveError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the borrower");
const char* const kRulesError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the loan rules");

const std::pair<StructureType, const char*> kStructureTypes[] = {
    {StructureType::Commune, "commune"},
    {StructureType::Intercommunality, "intercommunality"},
    {StructureType::StateService, "state_service"},
    {StructureType::Association, "association"},
    {StructureType::SocialLandlord, "social_landlord"},
    {StructureType::School, "school"},
    {StructureType::Other, "other"},
};

const QString kColumns = QStringLiteral(
    "id, name, card, category_id, structure, COALESCE(structure_authority_id, 0), structure_type, function, "
    "commune, email, phone, notes, created, last_activity");

Borrower fromRow(const QSqlQuery& q)
{
    Borrower b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.card = q.value(2).toString();
    b.categoryId = q.value(3).toLongLong();
    b.structure = q.value(4).toString();
    b.structureAuthorityId = q.value(5).toLongLong();
    b.structureType = Borrowers::structureTypeFromKey(q.value(6).toString()).value_or(StructureType::Other);
    b.function = q.value(7).toString();
    b.commune = q.value(8).toString();
    b.email = q.value(9).toString();
    b.phone = q.value(10).toString();
    b.notes = q.value(11).toString();
    b.created = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    b.lastActivity = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    return b;
}

QString nameKey(const QString& name)
{
    return text::foldedWords(name).join(u' ');
}

// The words in order, so that "Marie Dupont" and "Dupont Marie" meet.
QString sortedWords(const QString& name)
{
    QStringList words = text::foldedWords(name);
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

int editDistance(const QString& a, const QString& b)
{
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

Result<QList<BorrowerCategory>> readCategories(const QSqlDatabase& db, const QString& where,
                                               const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, name FROM borrower_category %1 ORDER BY id").arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<BorrowerCategory> list;
    if (auto s = eachRow(
            q, kReadError,
            [&] {
                list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
            });
        !s)
        return s.error();
    QSqlQuery r(db);
    r.setForwardOnly(true);
    r.prepare(
        QStringLiteral("SELECT document_type, lendable, loan_days, max_items, max_renewals, holds_allowed "
                       "FROM loan_rule WHERE category_id = ? ORDER BY document_type"));
    for (BorrowerCategory& c : list) {
        r.bindValue(0, c.id);
        if (auto s =
                eachRow(r, kReadError,
                        [&] {
                            c.rules.append({r.value(0).toString(), r.value(1).toBool(), r.value(2).toInt(),
                                            r.value(3).toInt(), r.value(4).toInt(), r.value(5).toBool()});
                        });
            !s)
            return s.error();
    }
    return list;
}

} // namespace

LoanRule BorrowerCategory::ruleFor(const QString& documentType) const
{
    const LoanRule* general = nullptr;
    for (const LoanRule& r : rules) {
        if (r.documentType == documentType)
            return r;
        if (r.documentType.isEmpty())
            general = &r;
    }
    return general ? *general : LoanRule{};
}

Borrowers::Borrowers(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QList<StructureType> Borrowers::structureTypes()
{
    QList<StructureType> list;
    for (const auto& [t, k] : kStructureTypes)
        list.append(t);
    return list;
}

QString Borrowers::key(StructureType type)
{
    for (const auto& [t, k] : kStructureTypes) {
        if (t == type)
            return QLatin1String(k);
    }
    return QStringLiteral("other");
}

std::optional<StructureType> Borrowers::structureTypeFromKey(const QString& key)
{
    for (const auto& [t, k] : kStructureTypes) {
        if (key == QLatin1String(k))
            return t;
    }
    return std::nullopt;
}

QString Borrowers::label(StructureType type)
{
    switch (type) {
    case StructureType::Commune:
        return tr("Commune");
    case StructureType::Intercommunality:
        return tr("Intercommunality");
    case StructureType::StateService:
        return tr("State service");
    case StructureType::Association:
        return tr("Association");
    case StructureType::SocialLandlord:
        return tr("Social landlord");
    case StructureType::School:
        return tr("School");
    case StructureType::Other:
        return tr("Other");
    }
    return {};
}

Result<std::optional<Borrower>> Borrowers::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM borrower WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return std::optional<Borrower>();
    return std::optional<Borrower>(fromRow(q));
}

Result<std::optional<Borrower>> Borrowers::byCard(const QString& card) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM borrower WHERE card = ?").arg(kColumns));
    q.addBindValue(card.trimmed());
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return std::optional<Borrower>();
    return std::optional<Borrower>(fromRow(q));
}

Result<QList<Borrower>> Borrowers::list(const QString& filter, int limit) const
{
    const QStringList words = text::foldedWords(filter);
    QString where;
    QVariantList values;
    for (const QString& w : words) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(name_key LIKE ? ESCAPE '\\' OR structure_key LIKE ? ESCAPE '\\' OR "
                                "email_key LIKE ? ESCAPE '\\' OR card = ?)");
        QString escaped = w;
        escaped.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        const QString like = u'%' + escaped + u'%';
        values << like << like << like << filter.trimmed();
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM borrower%2 ORDER BY name_key, id LIMIT ?").arg(kColumns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(std::max(1, limit));
    QList<Borrower> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    return list;
}

Result<int> Borrowers::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM borrower")) || !q.next())
        return sqlError(q, kReadError);
    return q.value(0).toInt();
}

Result<QList<Borrower>> Borrowers::possibleDuplicates(const Borrower& b) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM borrower WHERE id <> ? AND ((email_key <> '' AND email_key = ?) OR "
                       "structure_key = ? OR name_key = ?) ORDER BY id LIMIT 500")
            .arg(kColumns));
    q.addBindValue(b.id);
    q.addBindValue(sqlText(b.email.trimmed().toLower()));
    q.addBindValue(sqlText(nameKey(b.structure)));
    q.addBindValue(sqlText(nameKey(b.name)));
    const QString email = b.email.trimmed().toLower();
    const QString name = sortedWords(b.name);
    const QString structure = nameKey(b.structure);
    QList<Borrower> found;
    if (auto s =
            eachRow(q, kReadError,
                    [&] {
                        Borrower other = fromRow(q);
                        const bool sameEmail = !email.isEmpty() && other.email.trimmed().toLower() == email;
                        const QString otherName = sortedWords(other.name);
                        const bool nearName =
                            otherName == name ||
                            (name.size() > 4 && editDistance(otherName, name) <= (name.size() > 12 ? 2 : 1));
                        if (sameEmail || (nearName && nameKey(other.structure) == structure))
                            found.append(other);
                    });
        !s)
        return s.error();
    return found;
}

QStringList Borrowers::problems(const Borrower& b) const
{
    QStringList list;
    if (b.name.trimmed().isEmpty())
        list.append(tr("A borrower needs a name."));
    if (b.card.trimmed().isEmpty())
        list.append(tr("A borrower needs a card number."));
    else if (b.card.trimmed().size() > 64 ||
             b.card.trimmed().contains(QRegularExpression(QStringLiteral("\\s"))))
        list.append(
            tr("The card number \"%1\" must be one word of at most 64 characters.").arg(b.card.trimmed()));
    if (b.categoryId <= 0)
        list.append(tr("A borrower needs a category."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!b.email.trimmed().isEmpty() && !email.match(b.email.trimmed()).hasMatch())
        list.append(tr("\"%1\" is not an e-mail address.").arg(b.email.trimmed()));
    return list;
}

namespace {

void bindBorrower(QSqlQuery& q, const Borrower& b, qint64 authorityId)
{
    q.bindValue(QStringLiteral(":name"), b.name.trimmed());
    q.bindValue(QStringLiteral(":name_key"), sqlText(nameKey(b.name)));
    q.bindValue(QStringLiteral(":card"), b.card.trimmed());
    q.bindValue(QStringLiteral(":category"), b.categoryId);
    q.bindValue(QStringLiteral(":structure"), sqlText(b.structure.trimmed()));
    q.bindValue(QStringLiteral(":structure_key"), sqlText(nameKey(b.structure)));
    q.bindValue(QStringLiteral(":authority"),
                authorityId > 0 ? QVariant(authorityId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":structure_type"), Borrowers::key(b.structureType));
    q.bindValue(QStringLiteral(":function"), sqlText(b.function.trimmed()));
    q.bindValue(QStringLiteral(":commune"), sqlText(b.commune.trimmed()));
    q.bindValue(QStringLiteral(":email"), sqlText(b.email.trimmed()));
    q.bindValue(QStringLiteral(":email_key"), sqlText(b.email.trimmed().toLower()));
    q.bindValue(QStringLiteral(":phone"), sqlText(b.phone.trimmed()));
    q.bindValue(QStringLiteral(":notes"), sqlText(b.notes.trimmed()));
}

// The organisation of the authorities whose name the structure is, if any.
Result<qint64> structureAuthority(const QSqlDatabase& db, const Borrower& b)
{
    if (b.structure.trimmed().isEmpty())
        return qint64(0);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM authority WHERE kind = 'organisation' AND (id = ? OR norm_key = ?) "
                       "ORDER BY id = ? DESC LIMIT 1"));
    q.addBindValue(b.structureAuthorityId);
    q.addBindValue(AuthorityRepository::normalizedKey(b.structure, AuthorityKind::Organisation));
    q.addBindValue(b.structureAuthorityId);
    if (!q.exec())
        return sqlError(q, kSaveError);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status cardFree(const QSqlDatabase& db, const Borrower& b)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM borrower WHERE card = ? AND id <> ?"));
    q.addBindValue(b.card.trimmed());
    q.addBindValue(b.id);
    if (!q.exec())
        return sqlError(q, kSaveError);
    if (q.next())
        return Error{
            Borrowers::tr("The card number %1 is already another borrower's.").arg(b.card.trimmed())};
    q.prepare(QStringLiteral("SELECT record_id FROM copy WHERE barcode = ?"));
    q.addBindValue(b.card.trimmed());
    if (!q.exec())
        return sqlError(q, kSaveError);
    if (q.next())
        return Error{
            Borrowers::tr("The card number %1 is the barcode of a copy of record %2: a scan could not "
                          "tell them apart.")
                .arg(b.card.trimmed())
                .arg(q.value(0).toLongLong())};
    return Status::success();
}

Status categoryExists(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM borrower_category WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kSaveError);
    if (!q.next())
        return Error{Borrowers::tr("There is no borrower category number %1.").arg(id)};
    return Status::success();
}

} // namespace

Result<qint64> Borrowers::add(const Borrower& borrower)
{
    if (const QStringList p = problems(borrower); !p.isEmpty())
        return Error{p.join(u' ')};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    Borrower b = borrower;
    b.id = 0;
    if (auto s = cardFree(m_db.connection(), b); !s)
        return s.error();
    if (auto s = categoryExists(m_db.connection(), b.categoryId); !s)
        return s.error();
    const auto authority = structureAuthority(m_db.connection(), b);
    if (!authority)
        return authority.error();
    const QDateTime at = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO borrower (name, name_key, card, category_id, structure, "
                             "structure_key, structure_authority_id, "
                             "structure_type, function, commune, email, email_key, phone, notes, created, "
                             "last_activity) VALUES (:name, "
                             ":name_key, :card, :category, :structure, :structure_key, :authority, "
                             ":structure_type, :function, :commune, "
                             ":email, :email_key, :phone, :notes, :created, :created)"));
    bindBorrower(q, b, *authority);
    q.bindValue(QStringLiteral(":created"), at.toUTC().toString(Qt::ISODate));
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Borrower, id,
                                       ChangeJournal::Op::Insert, at);
        !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Status Borrowers::update(const Borrower& b)
{
    if (const QStringList p = problems(b); !p.isEmpty())
        return Error{p.join(u' ')};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = cardFree(m_db.connection(), b); !s)
        return s;
    if (auto s = categoryExists(m_db.connection(), b.categoryId); !s)
        return s;
    const auto authority = structureAuthority(m_db.connection(), b);
    if (!authority)
        return authority.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE borrower SET name = :name, name_key = :name_key, card = :card, category_id = :category, "
        "structure = :structure, structure_key = :structure_key, structure_authority_id = :authority, "
        "structure_type = :structure_type, function = :function, commune = :commune, email = :email, "
        "email_key = :email_key, phone = :phone, notes = :notes WHERE id = :id"));
    bindBorrower(q, b, *authority);
    q.bindValue(QStringLiteral(":id"), b.id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no borrower number %1.").arg(b.id)};
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Borrower, b.id,
                                       ChangeJournal::Op::Update, m_clock.now());
        !s)
        return s;
    return transaction->commit();
}

Status Borrowers::remove(qint64 id)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id = ? AND returned_on IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, kSaveError);
    if (const int out = q.value(0).toInt(); out > 0)
        return Error{tr("This borrower still has %n item(s) on loan: return them first.", nullptr, out)};
    q.prepare(QStringLiteral("UPDATE loan SET borrower_id = NULL WHERE borrower_id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM borrower WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no borrower number %1.").arg(id)};
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Borrower, id,
                                       ChangeJournal::Op::Delete, m_clock.now());
        !s)
        return s;
    return transaction->commit();
}

Result<QList<BorrowerCategory>> Borrowers::categories() const
{
    return readCategories(m_db.connection(), {}, {});
}

Result<std::optional<BorrowerCategory>> Borrowers::category(qint64 id) const
{
    auto list = readCategories(m_db.connection(), QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<BorrowerCategory>()
                           : std::optional<BorrowerCategory>(list->first());
}

Result<std::optional<BorrowerCategory>> Borrowers::categoryByCode(const QString& code) const
{
    auto list = readCategories(m_db.connection(), QStringLiteral("WHERE code = ? OR name = ?"),
                               {code.trimmed(), code.trimmed()});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<BorrowerCategory>()
                           : std::optional<BorrowerCategory>(list->first());
}

namespace {

Status checkRule(const LoanRule& r)
{
    if (r.loanDays < 1 || r.loanDays > 365)
        return Error{Borrowers::tr("A loan period is from 1 to 365 days (not %1).").arg(r.loanDays)};
    if (r.maxItems < 1 || r.maxItems > 100)
        return Error{Borrowers::tr("The most items at once is from 1 to 100 (not %1).").arg(r.maxItems)};
    if (r.maxRenewals < 0 || r.maxRenewals > 20)
        return Error{Borrowers::tr("The most renewals is from 0 to 20 (not %1).").arg(r.maxRenewals)};
    return Status::success();
}

Status insertRules(QSqlQuery& q, qint64 categoryId, const QList<LoanRule>& rules)
{
    q.prepare(
        QStringLiteral("INSERT INTO loan_rule (category_id, document_type, lendable, loan_days, max_items, "
                       "max_renewals, holds_allowed) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const LoanRule& r : rules) {
        q.bindValue(0, categoryId);
        q.bindValue(1, sqlText(r.documentType));
        q.bindValue(2, r.lendable ? 1 : 0);
        q.bindValue(3, r.loanDays);
        q.bindValue(4, r.maxItems);
        q.bindValue(5, r.maxRenewals);
        q.bindValue(6, r.holdsAllowed ? 1 : 0);
        if (auto s = execOrError(q, kRulesError); !s) {
            if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
                return Error{Borrowers::tr("Two rules are given for the same document type \"%1\".")
                                 .arg(r.documentType)};
            return s;
        }
    }
    return Status::success();
}

} // namespace

Status Borrowers::setRules(qint64 categoryId, const QList<LoanRule>& rules)
{
    bool general = false;
    for (const LoanRule& r : rules) {
        if (auto s = checkRule(r); !s)
            return s;
        general = general || r.documentType.isEmpty();
    }
    if (!general)
        return Error{tr("A category needs a rule for every document type (the general rule).")};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = categoryExists(m_db.connection(), categoryId); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM loan_rule WHERE category_id = ?"));
    q.addBindValue(categoryId);
    if (auto s = execOrError(q, kRulesError); !s)
        return s;
    if (auto s = insertRules(q, categoryId, rules); !s)
        return s;
    return transaction->commit();
}

Result<qint64> Borrowers::addCategory(const QString& code, const QString& name, const LoanRule& general)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error{tr("A category needs a code and a name.")};
    LoanRule rule = general;
    rule.documentType.clear();
    if (auto s = checkRule(rule); !s)
        return s.error();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO borrower_category (code, name) VALUES (?, ?)"));
    q.addBindValue(code.trimmed());
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return Error{tr("There is already a category \"%1\".").arg(code.trimmed())};
        return sqlError(q, kRulesError);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = insertRules(q, id, {rule}); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Result<QStringList> Borrowers::functions() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT label FROM borrower_function ORDER BY position, id"));
    QStringList list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(q.value(0).toString()); }); !s)
        return s.error();
    return list;
}

Status Borrowers::setFunctions(const QStringList& labels)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM borrower_function")))
        return sqlError(q, kSaveError);
    q.prepare(QStringLiteral("INSERT INTO borrower_function (label, norm_key, position) VALUES (?, ?, ?)"));
    QSet<QString> seen;
    int position = 0;
    for (const QString& label : labels) {
        const QString key = nameKey(label);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        q.bindValue(0, label.trimmed());
        q.bindValue(1, key);
        q.bindValue(2, ++position);
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    return transaction->commit();
}

} // namespace infodoc::core

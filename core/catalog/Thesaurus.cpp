#include "core/catalog/Thesaurus.h"

#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kSaveError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the thesaurus");
const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the thesaurus");

Result<QList<Thesaurus::Descriptor>> descriptors(QSqlQuery& q)
{
    QList<Thesaurus::Descriptor> list;
    if (auto s =
            eachRow(q, kReadError,
                    [&] {
                        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
                    });
        !s)
        return s.error();
    return list;
}

Result<std::optional<Thesaurus::Descriptor>> firstDescriptor(QSqlQuery& q)
{
    auto list = descriptors(q);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Thesaurus::Descriptor>();
    return std::optional<Thesaurus::Descriptor>(list->first());
}

Result<QList<qint64>> ids(QSqlQuery& q)
{
    QList<qint64> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    return list;
}

Result<int> count(QSqlQuery& q)
{
    if (!q.exec() || !q.next())
        return sqlError(q, kReadError);
    return q.value(0).toInt();
}

} // namespace

Thesaurus::Thesaurus(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString Thesaurus::normalizedKey(const QString& label)
{
    return text::foldedWords(label).join(u' ');
}

Result<QList<Thesaurus::Completion>> Thesaurus::complete(const QString& text, int limit) const
{
    QList<Completion> out;
    const QStringList typed = text::foldedWords(text);
    if (typed.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    // Every word typed starts a word of the key: prefilter with LIKE, then check the word starts.
    q.prepare(QStringLiteral(
        "SELECT s.label, s.label, s.norm_key, 0, (SELECT COUNT(*) FROM record_subject rs WHERE rs.subject_id "
        "= "
        "s.id) AS uses FROM subject s WHERE s.norm_key LIKE ? ESCAPE '\\' UNION ALL "
        "SELECT n.label, s.label, n.norm_key, 1, 0 FROM subject_nonpreferred n JOIN subject s ON s.id = "
        "n.subject_id WHERE n.norm_key LIKE ? ESCAPE '\\' ORDER BY 4, 5 DESC, 1"));
    const QString pattern = text::likeWordPrefixes(typed);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             if (out.size() < limit &&
                                 text::wordsStartWith(q.value(2).toString().split(u' '), typed))
                                 out.append({q.value(0).toString(), q.value(1).toString()});
                         });
        !s)
        return s.error();
    return out;
}

Result<std::optional<Thesaurus::Descriptor>> Thesaurus::find(const QString& label) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, label, scope_note FROM subject WHERE norm_key = ? UNION ALL "
                             "SELECT s.id, s.label, s.scope_note FROM subject_nonpreferred n JOIN subject s "
                             "ON s.id = n.subject_id "
                             "WHERE n.norm_key = ? LIMIT 1"));
    q.addBindValue(normalizedKey(label));
    q.addBindValue(normalizedKey(label));
    return firstDescriptor(q);
}

Result<QHash<QString, QString>> Thesaurus::descriptorsByKey() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT norm_key, label FROM subject UNION ALL SELECT n.norm_key, s.label FROM "
                           "subject_nonpreferred n JOIN subject s ON s.id = n.subject_id")))
        return sqlError(q, kReadError);
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    return out;
}

Result<std::optional<Thesaurus::Descriptor>> Thesaurus::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, label, scope_note FROM subject WHERE id = ?"));
    q.addBindValue(id);
    return firstDescriptor(q);
}

Result<Thesaurus::Descriptor> Thesaurus::existing(qint64 id) const
{
    auto found = get(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("There is no descriptor number %1.").arg(id)};
    return **found;
}

Result<QList<Thesaurus::Descriptor>> Thesaurus::topTerms() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, label, scope_note FROM subject s WHERE NOT EXISTS "
                       "(SELECT 1 FROM subject_broader b WHERE b.subject_id = s.id) ORDER BY norm_key"));
    return descriptors(q);
}

Result<QList<Thesaurus::Descriptor>> Thesaurus::broader(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT s.id, s.label, s.scope_note FROM subject_broader b "
                       "JOIN subject s ON s.id = b.broader_id WHERE b.subject_id = ? ORDER BY s.norm_key"));
    q.addBindValue(id);
    return descriptors(q);
}

Result<QList<Thesaurus::Descriptor>> Thesaurus::narrower(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT s.id, s.label, s.scope_note FROM subject_broader b "
                       "JOIN subject s ON s.id = b.subject_id WHERE b.broader_id = ? ORDER BY s.norm_key"));
    q.addBindValue(id);
    return descriptors(q);
}

Result<QList<Thesaurus::Descriptor>> Thesaurus::related(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.label, s.scope_note FROM subject_related r JOIN subject s "
        "ON s.id = CASE WHEN r.a_id = ? THEN r.b_id ELSE r.a_id END WHERE r.a_id = ? OR r.b_id = ? "
        "ORDER BY s.norm_key"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(id);
    return descriptors(q);
}

Result<QStringList> Thesaurus::nonPreferred(qint64 id) const
{
    QStringList list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT label FROM subject_nonpreferred WHERE subject_id = ? ORDER BY norm_key"));
    q.addBindValue(id);
    if (auto s = eachRow(q, kReadError, [&] { list.append(q.value(0).toString()); }); !s)
        return s.error();
    return list;
}

Result<QList<qint64>> Thesaurus::narrowerClosure(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("WITH RECURSIVE below(id) AS (SELECT subject_id FROM subject_broader WHERE "
                             "broader_id = ? UNION SELECT b.subject_id FROM subject_broader b JOIN below "
                             "ON b.broader_id = below.id) SELECT id FROM below"));
    q.addBindValue(id);
    return ids(q);
}

Result<int> Thesaurus::descriptorCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM subject"));
    return count(q);
}

Result<int> Thesaurus::recordCount(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM record_subject WHERE subject_id = ?"));
    q.addBindValue(id);
    return count(q);
}

Result<QList<qint64>> Thesaurus::recordsOf(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT b.subject_id FROM subject_broader "
                       "b JOIN below ON b.broader_id = below.id) SELECT DISTINCT r.record_id FROM "
                       "record_subject r JOIN below ON r.subject_id = below.id ORDER BY r.record_id"));
    q.addBindValue(id);
    return ids(q);
}

Result<QString> Thesaurus::theme(const QString& label) const
{
    const auto descriptor = find(label);
    if (!descriptor)
        return descriptor.error();
    if (!*descriptor)
        return label;
    Descriptor top = **descriptor;
    for (int depth = 0; depth < 32; ++depth) { // loops are refused on writing; stay safe anyway
        const auto up = broader(top.id);
        if (!up)
            return up.error();
        if (up->isEmpty())
            break;
        top = up->constFirst();
    }
    return top.label;
}

Result<bool> Thesaurus::labelTaken(const QString& key, qint64 exceptDescriptor) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM subject WHERE norm_key = ? AND id <> ? UNION ALL "
                             "SELECT 1 FROM subject_nonpreferred WHERE norm_key = ?"));
    q.addBindValue(key);
    q.addBindValue(exceptDescriptor);
    q.addBindValue(key);
    bool taken = false;
    if (auto s = eachRow(q, kReadError, [&] { taken = true; }); !s)
        return s.error();
    return taken;
}

Status Thesaurus::journal(qint64 id, ChangeJournal::Op op)
{
    return ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Subject, id, op, m_clock.now());
}

Result<qint64> Thesaurus::addDescriptorInTransaction(const QString& label, qint64 broaderId,
                                                     const QString& scopeNote)
{
    const QString key = normalizedKey(label);
    if (key.isEmpty())
        return Error{tr("A descriptor needs a label.")};
    const auto taken = labelTaken(key, 0);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{tr("\"%1\" is already a descriptor or a non-preferred term.").arg(label.simplified())};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO subject (label, norm_key, scope_note) VALUES (?, ?, ?)"));
    q.addBindValue(label.simplified());
    q.addBindValue(key);
    q.addBindValue(sqlText(scopeNote));
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (broaderId) {
        q.prepare(QStringLiteral("INSERT INTO subject_broader (subject_id, broader_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(broaderId);
        if (auto s = execOrError(q, kSaveError); !s)
            return s.error();
    }
    if (auto s = journal(id, ChangeJournal::Op::Insert); !s)
        return s.error();
    return id;
}

Result<qint64> Thesaurus::addDescriptor(const QString& label, qint64 broaderId, const QString& scopeNote)
{
    if (broaderId) {
        if (auto found = existing(broaderId); !found)
            return found.error();
    }
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    auto id = addDescriptorInTransaction(label, broaderId, scopeNote);
    if (!id)
        return id;
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Status Thesaurus::addNonPreferredInTransaction(qint64 id, const QString& label)
{
    const QString key = normalizedKey(label);
    if (key.isEmpty())
        return Error{tr("A non-preferred term needs a label.")};
    const auto taken = labelTaken(key, 0);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{tr("\"%1\" is already a descriptor or a non-preferred term.").arg(label.simplified())};
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO subject_nonpreferred (subject_id, label, norm_key) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(label.simplified());
    q.addBindValue(key);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    return journal(id, ChangeJournal::Op::Update);
}

Status Thesaurus::addNonPreferred(qint64 id, const QString& label)
{
    if (auto found = existing(id); !found)
        return found.error();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = addNonPreferredInTransaction(id, label); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::removeNonPreferred(const QString& label)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT subject_id FROM subject_nonpreferred WHERE norm_key = ?"));
    q.addBindValue(normalizedKey(label));
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{tr("\"%1\" is not a non-preferred term.").arg(label)};
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM subject_nonpreferred WHERE norm_key = ?"));
    q.addBindValue(normalizedKey(label));
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (auto s = journal(id, ChangeJournal::Op::Update); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::checkBroader(qint64 id, qint64 broaderId) const
{
    if (id == broaderId)
        return Error{tr("A descriptor cannot be broader than itself.")};
    const auto descriptor = existing(id);
    if (!descriptor)
        return descriptor.error();
    const auto broader = existing(broaderId);
    if (!broader)
        return broader.error();
    const auto below = narrowerClosure(id);
    if (!below)
        return below.error();
    if (below->contains(broaderId))
        return Error{tr("\"%1\" is already below \"%2\"; the link would make a loop.")
                         .arg(broader->label, descriptor->label)};
    return {};
}

Status Thesaurus::addBroader(qint64 id, qint64 broaderId)
{
    if (auto s = checkBroader(id, broaderId); !s)
        return s;
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO subject_broader (subject_id, broader_id) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(broaderId);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (auto s = journal(id, ChangeJournal::Op::Update); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::moveUnder(qint64 id, qint64 broaderId)
{
    if (auto found = existing(id); !found)
        return found.error();
    if (broaderId) {
        if (auto s = checkBroader(id, broaderId); !s)
            return s;
    }
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM subject_broader WHERE subject_id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (broaderId) {
        q.prepare(QStringLiteral("INSERT INTO subject_broader (subject_id, broader_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(broaderId);
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    if (auto s = journal(id, ChangeJournal::Op::Update); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::addRelatedInTransaction(qint64 a, qint64 b)
{
    if (a == b)
        return Error{tr("A descriptor cannot be related to itself.")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO subject_related (a_id, b_id) VALUES (?, ?)"));
    q.addBindValue(std::min(a, b));
    q.addBindValue(std::max(a, b));
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (auto s = journal(a, ChangeJournal::Op::Update); !s)
        return s;
    return journal(b, ChangeJournal::Op::Update);
}

Status Thesaurus::addRelated(qint64 a, qint64 b)
{
    for (qint64 id : {a, b}) {
        if (auto found = existing(id); !found)
            return found.error();
    }
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = addRelatedInTransaction(a, b); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::removeRelated(qint64 a, qint64 b)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM subject_related WHERE a_id = ? AND b_id = ?"));
    q.addBindValue(qMin(a, b));
    q.addBindValue(qMax(a, b));
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{tr("These two descriptors are not related.")};
    if (auto s = journal(a, ChangeJournal::Op::Update); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::setScopeNote(qint64 id, const QString& note)
{
    if (auto found = existing(id); !found)
        return found.error();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE subject SET scope_note = ? WHERE id = ?"));
    q.addBindValue(sqlText(note.trimmed()));
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::rename(qint64 id, const QString& label)
{
    const QString key = normalizedKey(label);
    if (key.isEmpty())
        return Error{tr("A descriptor needs a label.")};
    if (auto found = existing(id); !found)
        return found.error();
    const auto taken = labelTaken(key, id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{tr("\"%1\" is already a descriptor or a non-preferred term.").arg(label.simplified())};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE subject SET label = ?, norm_key = ? WHERE id = ?"));
    q.addBindValue(label.simplified());
    q.addBindValue(key);
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (auto s = journal(id, ChangeJournal::Op::Update); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::merge(qint64 keepId, qint64 removeId)
{
    if (keepId == removeId)
        return Error{tr("A descriptor cannot be merged with itself.")};
    const auto keep = existing(keepId);
    if (!keep)
        return keep.error();
    const auto removed = existing(removeId);
    if (!removed)
        return removed.error();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    const QStringList statements = {
        // Records indexed with both keep a single link.
        QStringLiteral("INSERT OR IGNORE INTO record_subject (record_id, subject_id, position) "
                       "SELECT record_id, ?1, position FROM record_subject WHERE subject_id = ?2"),
        QStringLiteral("DELETE FROM record_subject WHERE subject_id = ?2"),
        QStringLiteral("UPDATE subject_nonpreferred SET subject_id = ?1 WHERE subject_id = ?2"),
        QStringLiteral(
            "INSERT OR IGNORE INTO subject_broader (subject_id, broader_id) "
            "SELECT ?1, broader_id FROM subject_broader WHERE subject_id = ?2 AND broader_id <> ?1"),
        QStringLiteral(
            "INSERT OR IGNORE INTO subject_broader (subject_id, broader_id) "
            "SELECT subject_id, ?1 FROM subject_broader WHERE broader_id = ?2 AND subject_id <> ?1"),
        QStringLiteral("INSERT OR IGNORE INTO subject_related (a_id, b_id) "
                       "SELECT MIN(?1, other), MAX(?1, other) FROM (SELECT CASE WHEN a_id = ?2 THEN b_id "
                       "ELSE a_id END AS other FROM subject_related WHERE a_id = ?2 OR b_id = ?2) "
                       "WHERE other <> ?1"),
        QStringLiteral("DELETE FROM subject WHERE id = ?2"),
    };
    QList<qint64> records;
    q.prepare(QStringLiteral("SELECT record_id FROM record_subject WHERE subject_id = ?"));
    q.addBindValue(removeId);
    if (auto s = eachRow(q, kReadError, [&] { records.append(q.value(0).toLongLong()); }); !s)
        return s;
    for (QString sql : statements) {
        // Ids are integers we hold, so they are written into the statement.
        sql.replace(QLatin1String("?1"), QString::number(keepId))
            .replace(QLatin1String("?2"), QString::number(removeId));
        if (!q.exec(sql))
            return sqlError(q, kSaveError);
    }
    if (auto s = addNonPreferredInTransaction(keepId, removed->label); !s)
        return s;
    if (auto s = journal(removeId, ChangeJournal::Op::Delete); !s)
        return s;
    for (qint64 record : records) {
        if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Record, record,
                                           ChangeJournal::Op::Update, m_clock.now());
            !s)
            return s;
    }
    return transaction->commit();
}

Status Thesaurus::remove(qint64 id)
{
    const auto descriptor = existing(id);
    if (!descriptor)
        return descriptor.error();
    const auto records = recordCount(id);
    if (!records)
        return records.error();
    if (const int n = *records; n > 0)
        return Error{tr("\"%1\" indexes %n record(s); merge it into another descriptor instead.", nullptr, n)
                         .arg(descriptor->label)};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM subject WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (auto s = journal(id, ChangeJournal::Op::Delete); !s)
        return s;
    return transaction->commit();
}

Status Thesaurus::importText(const QString& text, const QString& sourceName)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QList<QPair<int, qint64>> stack;                        // (indent, descriptor id)
    QList<std::tuple<int, qint64, QString>> pendingRelated; // line, descriptor, label
    qint64 current = 0;
    int lineNumber = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString& rawLine : lines) {
        ++lineNumber;
        const QString line = QString(rawLine).remove(u'\r');
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int indent = int(line.indexOf(trimmed.at(0)));
        auto fail = [&](const QString& why) {
            return Error{tr("%1, line %2: %3").arg(sourceName).arg(lineNumber).arg(why)};
        };
        if (trimmed.startsWith(u'=') || trimmed.startsWith(u'~')) {
            if (!current)
                return fail(tr("a term must come before its non-preferred or related terms"));
            const QString label = trimmed.mid(1).trimmed();
            if (trimmed.startsWith(u'=')) {
                if (auto s = addNonPreferredInTransaction(current, label); !s)
                    return fail(s.errorMessage());
            } else {
                pendingRelated.append({lineNumber, current, label});
            }
            continue;
        }
        if (indent % 2 != 0)
            return fail(tr("indent with two spaces a level"));
        while (!stack.isEmpty() && stack.last().first >= indent)
            stack.removeLast();
        if (!stack.isEmpty() && indent > stack.last().first + 2)
            return fail(tr("this term is indented more than one level below its broader term"));
        if (stack.isEmpty() && indent != 0)
            return fail(tr("a top term must not be indented"));
        auto id = addDescriptorInTransaction(trimmed, stack.isEmpty() ? 0 : stack.last().second, {});
        if (!id)
            return fail(id.errorMessage());
        current = *id;
        stack.append({indent, current});
    }
    for (const auto& [line, id, label] : pendingRelated) {
        const auto other = find(label);
        if (!other)
            return Error{tr("%1, line %2: %3").arg(sourceName).arg(line).arg(other.errorMessage())};
        if (!*other)
            return Error{tr("%1, line %2: %3")
                             .arg(sourceName)
                             .arg(line)
                             .arg(tr("unknown related term \"%1\"").arg(label))};
        if (auto s = addRelatedInTransaction(id, (*other)->id); !s)
            return Error{tr("%1, line %2: %3").arg(sourceName).arg(line).arg(s.errorMessage())};
    }
    return transaction->commit();
}

} // namespace infodoc::core

#include "core/catalog/AuthorityRepository.h"

#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace infodoc::core {

namespace {

AuthorityRepository::Authority fromQuery(const QSqlQuery& q)
{
    AuthorityRepository::Authority a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString() == QLatin1String("organisation") ? AuthorityKind::Organisation
                                                                    : AuthorityKind::Person;
    a.name = q.value(2).toString();
    a.note = q.value(3).toString();
    a.recordCount = q.value(4).toInt();
    return a;
}

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the authorities");

const QString kSelect = QStringLiteral("SELECT a.id, a.kind, a.name, a.note, "
                                       "(SELECT COUNT(DISTINCT r.record_id) FROM responsibility r WHERE "
                                       "r.authority_id = a.id) FROM authority a ");

// Edit distance, stopping early once above `cap`.
int distance(const QString& a, const QString& b, int cap)
{
    if (qAbs(a.size() - b.size()) > cap)
        return cap + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > cap)
            return cap + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool containsAll(const QStringList& words, const QStringList& of)
{
    return std::all_of(of.begin(), of.end(), [&](const QString& w) { return words.contains(w); });
}

} // namespace

AuthorityRepository::AuthorityRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString AuthorityRepository::normalizedKey(const QString& name, AuthorityKind kind)
{
    QStringList words = text::foldedWords(name);
    if (kind == AuthorityKind::Person)
        std::sort(words.begin(), words.end());
    return words.join(u' ');
}

Result<std::optional<AuthorityRepository::Authority>> AuthorityRepository::find(const QString& name,
                                                                                AuthorityKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE a.kind = ? AND a.norm_key = ?"));
    q.addBindValue(Vocabulary::key(kind));
    q.addBindValue(normalizedKey(name, kind));
    if (!q.exec())
        return sqlError(q, kReadError);
    if (q.next())
        return std::optional<Authority>(fromQuery(q));
    return std::optional<Authority>();
}

Result<AuthorityRepository::Authority> AuthorityRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{tr("There is no authority number %1.").arg(id)};
    return fromQuery(q);
}

Result<QList<AuthorityRepository::Authority>> AuthorityRepository::search(const QString& text,
                                                                          int limit) const
{
    QList<Authority> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect +
              QStringLiteral("WHERE a.norm_key LIKE ? ESCAPE '\\' ORDER BY 5 DESC, a.name LIMIT ?"));
    QString pattern = text::foldedWords(text).join(u'%');
    pattern.replace(u'_', QLatin1String("\\_"));
    q.addBindValue(QString(u'%' + pattern + u'%'));
    q.addBindValue(limit);
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromQuery(q)); }); !s)
        return s.error();
    return list;
}

Result<QList<AuthorityRepository::Authority>>
AuthorityRepository::similar(const QString& name, AuthorityKind kind, int limit) const
{
    const QString key = normalizedKey(name, kind);
    const QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QList<Authority>();
    // Candidates share the beginning of one of the words (a typo is rarely in the first two letters).
    QStringList conditions;
    QStringList patterns;
    for (const QString& w : words) {
        if (w.size() < 2)
            continue;
        conditions.append(QStringLiteral("a.norm_key LIKE ? ESCAPE '\\'"));
        patterns.append(text::likeWordPrefixes({w.left(2)}));
    }
    if (conditions.isEmpty())
        return QList<Authority>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, a.kind, a.name, a.note, 0, a.norm_key FROM authority a WHERE a.kind = ? "
                       "AND a.norm_key <> ? AND (%1) LIMIT 5000")
            .arg(conditions.join(QStringLiteral(" OR "))));
    q.addBindValue(Vocabulary::key(kind));
    q.addBindValue(key);
    for (const QString& p : patterns)
        q.addBindValue(p);
    if (!q.exec())
        return sqlError(q, kReadError);
    const int cap = key.size() >= 8 ? 2 : 1;
    QList<std::pair<int, Authority>> found;
    while (q.next()) {
        const QString other = q.value(5).toString();
        const QStringList otherWords = other.split(u' ', Qt::SkipEmptyParts);
        int score = distance(key, other, cap);
        if (score > cap) {
            if (!containsAll(otherWords, words) && !containsAll(words, otherWords))
                continue;
            score = cap + 1;
        }
        found.append({score, fromQuery(q)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Authority> out;
    for (const auto& f : found) {
        if (out.size() == limit)
            break;
        auto full = get(f.second.id); // with its record count
        if (!full)
            return full.error();
        out.append(*full);
    }
    return out;
}

Result<qint64> AuthorityRepository::resolveInTransaction(const QString& name, AuthorityKind kind)
{
    const QString trimmed = name.simplified();
    const QString key = normalizedKey(trimmed, kind);
    if (key.isEmpty())
        return Error{tr("The name \"%1\" has no letters or digits.").arg(name)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM authority WHERE kind = ? AND norm_key = ?"));
    q.addBindValue(Vocabulary::key(kind));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the authorities"));
    if (q.next())
        return q.value(0).toLongLong();
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    q.prepare(QStringLiteral(
        "INSERT INTO authority (kind, name, norm_key, created, modified) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(Vocabulary::key(kind));
    q.addBindValue(trimmed);
    q.addBindValue(key);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the authority"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Authority, id,
                                       ChangeJournal::Op::Insert, m_clock.now());
        !s)
        return s.error();
    return id;
}

Result<qint64> AuthorityRepository::findOrCreate(const QString& name, AuthorityKind kind)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    auto id = resolveInTransaction(name, kind);
    if (!id)
        return id;
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Status AuthorityRepository::setNote(qint64 id, const QString& note)
{
    if (auto current = get(id); !current)
        return current.error();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE authority SET note = ?, modified = ? WHERE id = ?"));
    q.addBindValue(sqlText(note.trimmed()));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the authority"));
        !s)
        return s;
    return transaction->commit();
}

Status AuthorityRepository::rename(qint64 id, const QString& name)
{
    const auto current = get(id);
    if (!current)
        return current.error();
    const QString key = normalizedKey(name, current->kind);
    if (key.isEmpty())
        return Error{tr("The name \"%1\" has no letters or digits.").arg(name)};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM authority WHERE kind = ? AND norm_key = ? AND id <> ?"));
    q.addBindValue(Vocabulary::key(current->kind));
    q.addBindValue(key);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (q.next())
        return Error{tr("Another authority is already named \"%1\"; merge the two instead.").arg(name)};
    q.prepare(QStringLiteral("UPDATE authority SET name = ?, norm_key = ?, modified = ? WHERE id = ?"));
    q.addBindValue(name.simplified());
    q.addBindValue(key);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the authority"));
        !s)
        return s;
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Authority, id,
                                       ChangeJournal::Op::Update, m_clock.now());
        !s)
        return s;
    if (auto s = RecordRepository::refreshRecordsOfAuthority(m_db.connection(), id, m_clock.now()); !s)
        return s;
    return transaction->commit();
}

Status AuthorityRepository::merge(qint64 keepId, qint64 removeId)
{
    if (keepId == removeId)
        return Error{tr("An authority cannot be merged with itself.")};
    const auto keep = get(keepId);
    const auto remove = get(removeId);
    if (!keep)
        return keep.error();
    if (!remove)
        return remove.error();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    // A record that names both with the same role keeps a single mention.
    q.prepare(QStringLiteral(
        "DELETE FROM responsibility WHERE authority_id = ? AND EXISTS (SELECT 1 FROM responsibility r2 "
        "WHERE r2.record_id = responsibility.record_id AND r2.authority_id = ? AND r2.role = "
        "responsibility.role)"));
    q.addBindValue(removeId);
    q.addBindValue(keepId);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot merge the authorities"));
        !s)
        return s;
    q.prepare(QStringLiteral("UPDATE responsibility SET authority_id = ? WHERE authority_id = ?"));
    q.addBindValue(keepId);
    q.addBindValue(removeId);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot merge the authorities"));
        !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM authority WHERE id = ?"));
    q.addBindValue(removeId);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot merge the authorities"));
        !s)
        return s;
    const QDateTime now = m_clock.now();
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Authority, removeId,
                                       ChangeJournal::Op::Delete, now);
        !s)
        return s;
    if (auto s = RecordRepository::refreshRecordsOfAuthority(m_db.connection(), keepId, now); !s)
        return s;
    return transaction->commit();
}

} // namespace infodoc::core

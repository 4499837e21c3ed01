#include "catalog/AuthorityRepository.h"

#include "catalog/RecordRepository.h"
#include "common/Clock.h"
#include "common/TextFolding.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/WriteTransaction.h"

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

const QString kSelect = QStringLiteral("SELECT a.id, a.kind, a.name, a.note, "
                                       "(SELECT COUNT(DISTINCT r.record_id) FROM responsibility r WHERE "
                                       "r.authority_id = a.id) FROM authority a ");

} // namespace

AuthorityRepository::AuthorityRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString AuthorityRepository::normalizedKey(const QString& name, AuthorityKind kind)
{
    QStringList words = text::foldedWords(name);
    if (kind == AuthorityKind::Person)
        std::sort(words.begin(), words.end());
    return words.join(u' ');
}

std::optional<AuthorityRepository::Authority> AuthorityRepository::find(const QString& name,
                                                                        AuthorityKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE a.kind = ? AND a.norm_key = ?"));
    q.addBindValue(Vocabulary::key(kind));
    q.addBindValue(normalizedKey(name, kind));
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<AuthorityRepository::Authority> AuthorityRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<AuthorityRepository::Authority> AuthorityRepository::search(const QString& text, int limit) const
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
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return list;
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
    if (auto s = ChangeJournal::append(m_db.connection(), QStringLiteral("authority"), id,
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

Status AuthorityRepository::rename(qint64 id, const QString& name)
{
    const auto current = get(id);
    if (!current)
        return Error{tr("There is no authority number %1.").arg(id)};
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
    if (q.exec() && q.next())
        return Error{tr("Another authority is already named \"%1\"; merge the two instead.").arg(name)};
    q.prepare(QStringLiteral("UPDATE authority SET name = ?, norm_key = ?, modified = ? WHERE id = ?"));
    q.addBindValue(name.simplified());
    q.addBindValue(key);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the authority"));
        !s)
        return s;
    if (auto s = ChangeJournal::append(m_db.connection(), QStringLiteral("authority"), id,
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
    if (!keep || !remove)
        return Error{tr("There is no authority number %1.").arg(!keep ? keepId : removeId)};
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
    if (auto s = ChangeJournal::append(m_db.connection(), QStringLiteral("authority"), removeId,
                                       ChangeJournal::Op::Delete, now);
        !s)
        return s;
    if (auto s = RecordRepository::refreshRecordsOfAuthority(m_db.connection(), keepId, now); !s)
        return s;
    return transaction->commit();
}

} // namespace infodoc::core

#include "core/interop/Provenance.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char kReadError[] =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read where the record came from");
const char kWriteError[] =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot keep where the record came from");

const QString kSelect =
    QStringLiteral("SELECT p.record_id, p.centre, p.remote_id, p.remote_modified, p.imported_at, r.modified "
                   "FROM record_provenance p JOIN record r ON r.id = p.record_id ");

Result<std::optional<Provenance::Entry>> one(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next()) {
        if (q.lastError().isValid())
            return sqlError(q, kReadError);
        return std::optional<Provenance::Entry>();
    }
    Provenance::Entry e;
    e.recordId = q.value(0).toLongLong();
    e.centre = q.value(1).toString();
    e.remoteId = q.value(2).toString();
    e.remoteModified = q.value(3).toString();
    e.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    e.localModified = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return std::optional<Provenance::Entry>(e);
}

} // namespace

Result<std::optional<Provenance::Entry>> Provenance::find(const QSqlDatabase& db, const QString& centre,
                                                          const QString& remoteId)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE p.centre = ? AND p.remote_id = ?"));
    q.addBindValue(centre);
    q.addBindValue(remoteId);
    return one(q);
}

Result<std::optional<Provenance::Entry>> Provenance::ofRecord(const QSqlDatabase& db, qint64 recordId)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE p.record_id = ?"));
    q.addBindValue(recordId);
    return one(q);
}

Status Provenance::record(const QSqlDatabase& db, qint64 recordId, const QString& centre,
                          const QString& remoteId, const QString& remoteModified, const QDateTime& at)
{
    // One row per record, and one record per (centre, number): an older row of either is replaced.
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral(
        "DELETE FROM record_provenance WHERE record_id = ? OR (centre = ? AND remote_id = ?)"));
    remove.addBindValue(recordId);
    remove.addBindValue(centre);
    remove.addBindValue(remoteId);
    if (!remove.exec())
        return sqlError(remove, kWriteError);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO record_provenance (record_id, centre, remote_id, remote_modified, imported_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(recordId);
    q.addBindValue(centre);
    q.addBindValue(remoteId);
    q.addBindValue(remoteModified);
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, kWriteError);
    return {};
}

} // namespace infodoc::core

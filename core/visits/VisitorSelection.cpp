#include "core/visits/VisitorSelection.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the selection");
const char* const kWriteError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the selection");

} // namespace

VisitorSelection::VisitorSelection(Database& db, qint64 appointmentId)
    : m_db(db), m_appointment(appointmentId)
{}

Result<QList<qint64>> VisitorSelection::records() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT record_id FROM appointment_item WHERE appointment_id = ? ORDER BY position"));
    q.addBindValue(m_appointment);
    QList<qint64> ids;
    if (auto s = eachRow(q, kReadError, [&] { ids.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    return ids;
}

Status VisitorSelection::add(qint64 recordId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO appointment_item (appointment_id, record_id, chosen_by, position) SELECT a.id, ?, "
        "'visitor', COALESCE((SELECT MAX(position) FROM appointment_item WHERE appointment_id = a.id), 0) + "
        "1 "
        "FROM appointment a WHERE a.id = ? ON CONFLICT (appointment_id, record_id) DO NOTHING"));
    q.addBindValue(recordId);
    q.addBindValue(m_appointment);
    return execOrError(q, kWriteError);
}

Status VisitorSelection::remove(qint64 recordId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM appointment_item WHERE appointment_id = ? AND record_id = ? AND "
                             "chosen_by = 'visitor'"));
    q.addBindValue(m_appointment);
    q.addBindValue(recordId);
    return execOrError(q, kWriteError);
}

} // namespace infodoc::core

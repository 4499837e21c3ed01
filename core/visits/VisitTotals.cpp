#include "core/visits/VisitTotals_p.h"

#include "core/circulation/Borrowers.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/visits/Appointments.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the appointments");
const char* const kTotalsError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot update the monthly totals of visits");

} // namespace

namespace visits {

Status addToTotals(const QSqlDatabase& db, const Appointment& a, int delta)
{
    QStringList events = {QStringLiteral("booked")};
    if (a.status == AppointmentStatus::Done || a.status == AppointmentStatus::NoShow ||
        a.status == AppointmentStatus::Cancelled)
        events.append(Appointments::key(a.status));
    QList<std::pair<QString, QString>> dimensions = {
        {QStringLiteral("all"), QStringLiteral("all")},
        {QStringLiteral("purpose"), Appointments::key(a.purpose)},
        {QStringLiteral("structure_type"), Borrowers::key(a.visitor.structureType)},
    };
    if (!a.visitor.commune.trimmed().isEmpty())
        dimensions.append({QStringLiteral("commune"), a.visitor.commune.trimmed()});
    for (const QString& s : a.subjects)
        dimensions.append({QStringLiteral("topic"), s});
    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO visit_month (month, event, dimension, value, total) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (month, event, dimension, value) DO UPDATE SET total = visit_month.total + "
        "excluded.total"));
    // A count back to zero goes: only the rows this change touched, by their key.
    QSqlQuery clean(db);
    clean.prepare(
        QStringLiteral("DELETE FROM visit_month WHERE month = ? AND event = ? AND dimension = ? AND "
                       "value = ? AND total = 0"));
    const QString month = a.day.toString(QStringLiteral("yyyy-MM"));
    for (const QString& event : events) {
        for (const auto& [dimension, value] : dimensions) {
            up.bindValue(0, month);
            up.bindValue(1, event);
            up.bindValue(2, dimension);
            up.bindValue(3, value);
            up.bindValue(4, delta);
            if (auto s = execOrError(up, kTotalsError); !s)
                return s;
            if (delta >= 0)
                continue;
            clean.bindValue(0, month);
            clean.bindValue(1, event);
            clean.bindValue(2, dimension);
            clean.bindValue(3, value);
            if (auto s = execOrError(clean, kTotalsError); !s)
                return s;
        }
    }
    return Status::success();
}

} // namespace visits

Result<QList<Appointments::Totals>> Appointments::totals(const QString& fromMonth,
                                                         const QString& toMonth) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT month, event, dimension, value, total FROM visit_month WHERE month BETWEEN ? "
                       "AND ? ORDER BY month, event, dimension, value"));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    QList<Totals> list;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toInt()});
                         });
        !s)
        return s.error();
    return list;
}

} // namespace infodoc::core

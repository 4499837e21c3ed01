#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

// The monthly totals of visits (table visit_month), written in the same
// transaction as the booking or status change they count. Private to
// core/visits.
namespace infodoc::core {
struct Appointment;
}

namespace infodoc::core::visits {

// Adds `delta` to the monthly totals of an appointment: booked always, and
// the event its status is (done, no_show, cancelled), along each dimension
// (all, purpose, structure type, commune, topic). Never a name.
Status addToTotals(const QSqlDatabase& db, const Appointment& a, int delta);

} // namespace infodoc::core::visits

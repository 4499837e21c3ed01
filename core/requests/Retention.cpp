#include "core/requests/Retention.h"

#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"

namespace infodoc::core {

Result<Retention::Plan> Retention::plan(Database& db, const Clock& clock, const CirculationSettings& settings,
                                        const QDate& asOf)
{
    auto borrowers = PersonalData(db, clock, settings).plan(asOf);
    if (!borrowers)
        return borrowers.error();
    auto visitors = VisitorData(db, clock).plan(asOf);
    if (!visitors)
        return visitors.error();
    auto requesters = RequesterData(db, clock).plan(asOf);
    if (!requesters)
        return requesters.error();
    return Plan{*borrowers, *visitors, *requesters};
}

Result<Retention::Plan> Retention::apply(Database& db, const Clock& clock,
                                         const CirculationSettings& settings, const QDate& asOf,
                                         const PersonalData::Progress& progress)
{
    auto tx = WriteTransaction::begin(db.connection());
    if (!tx)
        return tx.error();
    auto borrowers = PersonalData(db, clock, settings).apply(asOf, progress);
    if (!borrowers)
        return borrowers.error();
    auto visitors = VisitorData(db, clock).apply(asOf);
    if (!visitors)
        return visitors.error();
    auto requesters = RequesterData(db, clock).apply(asOf);
    if (!requesters)
        return requesters.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return Plan{*borrowers, *visitors, *requesters};
}

} // namespace infodoc::core

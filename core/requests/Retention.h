#pragma once

#include "core/circulation/PersonalData.h"
#include "core/common/Result.h"
#include "core/requests/RequesterData.h"
#include "core/visits/VisitorData.h"

#include <QDate>

namespace infodoc::core {

class Clock;
class Database;

// One retention run over all the personal data the centre keeps: the
// borrowers' (returned loans lose their borrower, inactive borrowers go),
// the named visitors' (forgotten a year after their last visit) and the
// Info-Doc requesters' (a year after their last request was answered). It
// lives in the module above all three. The
// dry run and the run select with the same functions; the run is one
// transaction, all of it or nothing. The GUI and `infodoc-cli retention`
// both run this.
class Retention
{
public:
    struct Plan
    {
        PersonalData::Plan borrowers;
        VisitorData::Plan visitors;
        RequesterData::Plan requesters;
    };
    static Result<Plan> plan(Database& db, const Clock& clock, const CirculationSettings& settings,
                             const QDate& asOf);
    static Result<Plan> apply(Database& db, const Clock& clock, const CirculationSettings& settings,
                              const QDate& asOf, const PersonalData::Progress& progress = {});
};

} // namespace infodoc::core

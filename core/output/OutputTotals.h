#pragma once

#include "core/common/Result.h"

#include <QDate>

namespace infodoc::core {

class Database;

// The monthly count of documents produced (table output_month), for the
// annual report: each bibliography written or printed adds one on the day
// the caller's clock gives.
class OutputTotals
{
public:
    enum class Kind
    {
        Bibliography,
    };
    static Status count(Database& db, Kind kind, const QDate& day);
    // The documents of that kind produced in the months the period covers.
    static Result<qint64> between(Database& db, Kind kind, const QDate& from, const QDate& to);
};

} // namespace infodoc::core

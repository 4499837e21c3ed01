#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// The monthly totals of circulation (table circulation_month), written in the
// same transaction as the event they count. Private to core/circulation.
namespace infodoc::core::circulation {

// Adds `delta` to the month of `day` for `event` ("loan", "return",
// "renewal", "late"), for every dimension of the loan: all, borrower
// category, structure type, commune, document type, top thesaurus term.
Status addToTotals(const QSqlDatabase& db, const QDate& day, const QString& event, qint64 loanId, int delta);
// Counts a loan late once (its first late return or first reminder);
// true when this call counted it.
Result<bool> countLate(const QSqlDatabase& db, const QDate& day, qint64 loanId);
Status uncountLate(const QSqlDatabase& db, const QDate& day, qint64 loanId);

} // namespace infodoc::core::circulation

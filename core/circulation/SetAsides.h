#pragma once

#include "core/circulation/Calendar.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// A copy set aside on the shelf for a day (the documents of a prepared
// visit): not a hold, since the visitor may have no card.
struct SetAside
{
    qint64 id = 0;
    qint64 copyId = 0;
    QString barcode;
    qint64 recordId = 0;
    QString title;
    QString callNumber;
    QString location;
    QDate day;
    QString label; // "visite du mardi 5 janvier 2027, 10:00"
    QDate releasedOn;

    // Not released and its day not past.
    bool isActive(const QDate& today) const { return !releasedOn.isValid() && day >= today; }
};

// Copies set aside for a day. While a copy is set aside, lending it is
// refused (Circulation::checkout) unless the set-aside is released first:
// the visit it was set aside for lends it that way, in one transaction.
class SetAsides
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SetAsides)

public:
    SetAsides(Database& db, const Clock& clock, Calendar calendar);

    // Why the copy cannot be set aside for `day` (on loan, lost, withdrawn,
    // held for a borrower, already set aside, a past day), or empty.
    Result<QString> refusal(qint64 copyId, const QDate& day) const;
    // Sets the copy aside for `day`, or the refusal as an error.
    Result<SetAside> add(qint64 copyId, const QDate& day, const QString& label);
    Status release(const QList<qint64>& ids);
    // Moves the active ones to another day (their visit moved).
    Status reschedule(const QList<qint64>& ids, const QDate& day, const QString& label);
    Result<QList<SetAside>> find(const QList<qint64>& ids) const;
    // The copy's active set-aside, if any (read inside the caller's transaction).
    static Result<std::optional<SetAside>> activeFor(const QSqlDatabase& db, qint64 copyId,
                                                     const QDate& today);

private:
    Database& m_db;
    const Clock& m_clock;
    Calendar m_calendar;
};

} // namespace infodoc::core

#pragma once

#include "core/circulation/Calendar.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// The circulation settings kept in the catalogue (setting "circulation.*").
struct CirculationSettings
{
    int holdPickupDays = 5;                // opening days a ready hold waits
    QList<int> reminderDays = {7, 21, 45}; // days after the due date, per level
    int anonymiseMonths = 4;               // a returned loan loses its borrower at the end of the 4th month
    int deleteBorrowerMonths = 12;         // a borrower with nothing open goes a year after the last loan

    static Result<CirculationSettings> load(Database& db);
    Status save(Database& db) const;
    // Problems that stop a save, translated.
    QStringList problems() const;
};

// A loan as the desk shows it; borrowerId is 0 once anonymised.
struct LoanInfo
{
    qint64 id = 0;
    qint64 copyId = 0;
    QString barcode;
    qint64 recordId = 0;
    QString title;
    QString callNumber;
    QString location;
    qint64 borrowerId = 0;
    QString borrowerName;
    QString card;
    QDate out;
    QDate due;
    QDate returned;
    int renewals = 0;
    int reminderLevel = 0;
    bool lost = false;

    bool isOpen() const { return !returned.isValid(); }
    int daysLate(const QDate& today) const;
};

struct HoldInfo
{
    enum class Status
    {
        Waiting,
        Ready,
        Collected,
        Cancelled,
        Expired
    };
    qint64 id = 0;
    qint64 recordId = 0;
    QString title;
    qint64 copyId = 0; // the copy held (on_copy) or set aside (ready)
    QString barcode;
    bool onCopy = false;
    qint64 borrowerId = 0;
    QString borrowerName;
    QString card;
    QString email; // the borrower's, to tell them a copy is ready
    QDate placed;
    Status status = Status::Waiting;
    QDate readyOn;
    QDate pickupBy;
    int position = 0; // in the record's (or copy's) queue, from 1; 0 when not waiting

    static QString key(Status status);
    static QString label(Status status);
};

// Loans, returns, renewals and holds. Each operation is one transaction that
// also writes the journal (the copy's availability reaches the index) and
// the monthly totals. Dates are the centre's (Calendar::today) unless the
// caller gives the day of a paper slip.
class Circulation
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Circulation)

public:
    Circulation(Database& db, const Clock& clock, Calendar calendar, CirculationSettings settings = {});
    // The calendar and settings kept in the catalogue.
    static Result<Circulation> open(Database& db, const Clock& clock);

    const Calendar& calendar() const { return m_calendar; }
    const CirculationSettings& settings() const { return m_settings; }
    QDate today() const;

    struct Checkout
    {
        LoanInfo loan;
        qint64 collectedHoldId = 0; // the borrower's hold this loan fulfils
    };
    struct Checkin
    {
        LoanInfo loan;
        bool late = false;                // returned after its due date
        bool countedLate = false;         // and first counted late by this return
        std::optional<HoldInfo> setAside; // "à mettre de côté pour …"
    };
    struct Renewal
    {
        LoanInfo loan;
        QDate previousDue;
    };

    Result<Checkout> checkout(const QString& copyBarcode, qint64 borrowerId, std::optional<QDate> on = {});
    Result<Checkin> checkin(const QString& copyBarcode, std::optional<QDate> on = {});
    Result<Renewal> renew(const QString& copyBarcode, std::optional<QDate> on = {});
    // Ends the loan as lost and marks the copy lost.
    Result<LoanInfo> markLost(const QString& copyBarcode, std::optional<QDate> on = {});

    // Undoing the desk's last action puts everything back as it was,
    // the monthly totals included.
    Status undoCheckout(const Checkout& done);
    Status undoCheckin(const Checkin& done);
    Status undoRenewal(const Renewal& done);

    // Loans: open ones (or every one, for a history), of a borrower, a copy
    // or a record, or only the overdue ones (by borrower name then due date).
    struct LoanFilter
    {
        qint64 borrowerId = 0;
        qint64 copyId = 0;
        qint64 recordId = 0;
        bool openOnly = true;
        bool overdueOnly = false;
        int limit = 10000;
        QString copyBarcode;
        QList<qint64> ids; // these loans only
    };
    Result<QList<LoanInfo>> loans(const LoanFilter& filter) const;
    Result<std::optional<LoanInfo>> openLoan(const QString& copyBarcode) const;
    // The title of the copy's record, if the barcode is a copy's.
    Result<std::optional<QString>> copyTitle(const QString& copyBarcode) const;

    // Holds.
    Result<HoldInfo> placeHold(qint64 recordId, qint64 borrowerId, std::optional<QDate> on = {});
    Result<HoldInfo> placeCopyHold(const QString& copyBarcode, qint64 borrowerId,
                                   std::optional<QDate> on = {});
    Status cancelHold(qint64 holdId, std::optional<QDate> on = {});
    // Ready holds not collected by their limit expire; their copies pass to
    // the next in the queue. Returns the holds that expired.
    Result<QList<HoldInfo>> expireHolds(std::optional<QDate> on = {});
    struct HoldFilter
    {
        qint64 borrowerId = 0;
        qint64 recordId = 0;
        bool activeOnly = true;
        bool readyOnly = false;
    };
    Result<QList<HoldInfo>> holds(const HoldFilter& filter) const;

    // The due dates and pick-up limits that fall inside a closure, and moving
    // them to the next opening day (the calendar must know the closure).
    struct DatesInside
    {
        int dueDates = 0;
        int pickupLimits = 0;
    };
    Result<DatesInside> datesInside(const QDate& from, const QDate& to) const;
    Result<DatesInside> moveDatesOutOf(const QDate& from, const QDate& to);

private:
    QDate dayOf(const std::optional<QDate>& on) const;

    Database& m_db;
    const Clock& m_clock;
    Calendar m_calendar;
    CirculationSettings m_settings;
};

} // namespace infodoc::core

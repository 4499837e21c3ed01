#pragma once

#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/common/Result.h"
#include "core/visits/OpeningHours.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

enum class AppointmentStatus
{
    Requested,
    Confirmed,
    Done,
    Cancelled,
    NoShow,
};

enum class VisitPurpose
{
    Information,
    Consultation, // consultation on site
    ResearchHelp,
    LoanPickup,
    GroupVisit,
};

// Who comes: a borrower (by card), a named visitor without a card, or an
// anonymous one (structure type and commune only, for the statistics). The
// name and contact are personal data.
struct Visitor
{
    enum class Kind
    {
        Borrower,
        Named,
        Anonymous,
    };
    Kind kind = Kind::Anonymous;
    qint64 borrowerId = 0; // 0 once the borrower was deleted
    QString card;          // to find the borrower when booking
    QString name;
    QString structure;
    StructureType structureType = StructureType::Other;
    QString function;
    QString commune;
    QString contact; // e-mail or telephone
};

struct Appointment
{
    qint64 id = 0;
    QDate day;
    int startMin = 0; // minutes after midnight, the centre's time
    int lengthMin = 60;
    Visitor visitor;
    VisitPurpose purpose = VisitPurpose::Information;
    QStringList subjects; // thesaurus descriptors
    QString topic;        // free text
    AppointmentStatus status = AppointmentStatus::Requested;
    QString notes;
    QString followUp;
    QString uid; // the iCalendar UID, made when booking
    QDateTime created;
    QDateTime updated;

    int endMin() const { return startMin + lengthMin; }
    bool isActive() const
    {
        return status == AppointmentStatus::Requested || status == AppointmentStatus::Confirmed ||
               status == AppointmentStatus::Done;
    }
};

// A free start for an appointment of that length.
struct Slot
{
    QDate day;
    int startMin = 0;
    int lengthMin = 0;

    bool operator==(const Slot& other) const = default;
};

// Appointments in the documentary space: booking in the opening hours
// (closures, holidays, buffer, appointments at the same moment, lead time),
// free slots, the visitor, the status and the monthly totals of visits.
// Each write is one transaction that also writes the journal and the totals.
class Appointments
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Appointments)

public:
    Appointments(Database& db, const Clock& clock, Calendar calendar, OpeningHours hours);
    // The calendar and opening hours kept in the catalogue.
    static Result<Appointments> open(Database& db, const Clock& clock);

    const Calendar& calendar() const { return m_calendar; }
    const OpeningHours& hours() const { return m_hours; }
    QDate today() const;
    // The first day bookable today (the lead time in opening days).
    QDate earliestDay() const;

    static QList<AppointmentStatus> statuses();
    static QString key(AppointmentStatus status);
    static QString label(AppointmentStatus status);
    static std::optional<AppointmentStatus> statusFromKey(const QString& key);
    static QList<VisitPurpose> purposes();
    static QString key(VisitPurpose purpose);
    static QString label(VisitPurpose purpose);
    static std::optional<VisitPurpose> purposeFromKey(const QString& key);
    static QString key(Visitor::Kind kind);

    // What a booking got: its id, or the reason it was refused and the
    // nearest free slots of the same length.
    struct Booking
    {
        qint64 id = 0;
        QString refusal;
        QList<Slot> nearest;

        bool booked() const { return id != 0; }
    };
    // The rules a booking is checked against: all of them at the desk; an
    // imported agenda keeps its past appointments and their lengths, but
    // not a closed day, the hours or an overlap.
    enum class Rules
    {
        Desk,
        Import,
    };
    // Books `a` (status requested or confirmed; cancelled too when
    // imported). An error is a failure to read or write.
    Result<Booking> book(const Appointment& a, Rules rules = Rules::Desk);
    // Saves an edited appointment (moved: the same checks, itself excepted).
    Result<Booking> update(const Appointment& a, Rules rules = Rules::Desk);
    Status setStatus(qint64 id, AppointmentStatus status);
    // Moves an appointment to another start, with the checks of a booking.
    Result<Booking> move(qint64 id, const QDate& day, int startMin);

    // Why that slot cannot be booked, or empty (exceptId: the appointment being moved).
    Result<QString> refusal(const QDate& day, int startMin, int lengthMin, qint64 exceptId = 0,
                            Rules rules = Rules::Desk) const;
    // Free starts between two days (both included) for that length.
    Result<QList<Slot>> freeSlots(const QDate& from, const QDate& to, int lengthMin) const;
    // The `count` free slots nearest to the one asked for.
    Result<QList<Slot>> nearestFree(const QDate& day, int startMin, int lengthMin, int count = 3,
                                    qint64 exceptId = 0) const;

    Result<std::optional<Appointment>> find(qint64 id) const;
    Result<std::optional<Appointment>> findByUid(const QString& uid) const;
    // By day and start; cancelled ones only when asked.
    Result<QList<Appointment>> between(const QDate& from, const QDate& to, bool withCancelled = false) const;
    // The appointments of today and after, in order.
    Result<QList<Appointment>> upcoming(int limit = 200) const;

    // "Dupont, Marie (Ville de Saint-Denis)" for the documentalist; an
    // anonymous visitor is named by structure type and commune.
    static QString visitorLabel(const Visitor& visitor);
    // "mardi 5 janvier 2027, 10:00–11:00"
    static QString whenLabel(const Appointment& a);
    static QString slotLabel(const Slot& slot);
    // The copies set aside for the appointment (released ones included), as set-aside numbers.
    Result<QList<qint64>> setAsideIds(qint64 id) const;
    // What its copies set aside are for: "visit of mardi 5 janvier 2027, 10:00–11:00".
    static QString setAsideLabel(const Appointment& a);

    struct Totals
    {
        QString month; // YYYY-MM
        QString event;
        QString dimension;
        QString value;
        int total = 0;
    };
    // Monthly totals of visits (booked, done, no_show, cancelled) between two months.
    Result<QList<Totals>> totals(const QString& fromMonth, const QString& toMonth) const;

private:
    struct Busy
    {
        qint64 id;
        int startMin;
        int endMin;
    };
    Result<QHash<QDate, QList<Busy>>> busyBetween(const QDate& from, const QDate& to, qint64 exceptId) const;
    QString refusalGiven(const QDate& day, int startMin, int lengthMin, const QList<Busy>& busy,
                         Rules rules = Rules::Desk) const;
    QList<Slot> freeGiven(const QDate& day, int lengthMin, const QList<Busy>& busy) const;
    Result<Booking> save(Appointment a, bool insert, Rules rules);
    // Releases or moves the copies set aside for the appointment with it.
    Status followSetAsides(const Appointment& old, const Appointment& a);

    Database& m_db;
    const Clock& m_clock;
    Calendar m_calendar;
    OpeningHours m_hours;
};

} // namespace infodoc::core

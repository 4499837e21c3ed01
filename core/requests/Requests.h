#pragma once

#include "core/circulation/Calendar.h"
#include "core/common/Result.h"
#include "core/visits/Appointments.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace infodoc::core {

class Clock;
class Database;

enum class RequestStatus
{
    New,
    InProgress,
    Waiting, // for the requester
    Answered,
    Closed,
};

enum class RequestChannel
{
    Phone,
    Email,
    Visit,
    Letter,
    Appointment,
};

// Time spent on a request by a member of staff on a day.
struct TimeEntry
{
    qint64 id = 0;
    QString staff;
    QDate day;
    int minutes = 0;
};

// A document produced for a request (a bibliography, sheets), kept with it.
struct RequestDocument
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime added;
};

// An Info-Doc information request. The requester is a visitor as for the
// appointments: a borrower (by card), a named contact (personal data,
// forgotten by the retention run) or anonymous (structure type and commune).
struct InfoRequest
{
    qint64 id = 0;
    Visitor requester;
    RequestChannel channel = RequestChannel::Phone;
    QDate received;
    QDate wanted;         // invalid: no date asked
    QStringList subjects; // the theme, as thesaurus descriptors
    QString question;
    RequestStatus status = RequestStatus::New;
    QString staff;             // who handles it
    QString answer;            // rich text (HTML)
    QDate answered;            // the day it was answered
    QList<qint64> records;     // given in answer, in order
    qint64 appointmentId = 0;  // the appointment it came from
    qint64 answerRecordId = 0; // its reusable answer in the catalogue, once capitalised
    QDateTime created;
    QDateTime updated;

    bool isOpen() const { return status != RequestStatus::Answered && status != RequestStatus::Closed; }
};

// The Requests page's filters; all of them together.
struct RequestFilter
{
    std::optional<RequestStatus> status;
    bool openOnly = false;
    QString subject; // a descriptor: requests with it or a narrower one
    QDate dueBy;     // open requests wanted by this day (late ones included)
    QString staff;
    QString text; // words of the question or the answer
    QDate from;   // received between
    QDate to;
    int limit = 1000;
};

// Info-Doc: the information requests, their time spent, their answer, the
// records and documents given, the reusable answer they become, and the
// monthly totals the annual report reads. Each write is one transaction with
// the journal and the totals.
class Requests
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Requests)

public:
    Requests(Database& db, const Clock& clock, Calendar calendar);
    // With the centre's calendar (its time zone makes "today").
    static Result<Requests> open(Database& db, const Clock& clock);

    QDate today() const;

    static QList<RequestStatus> statuses();
    static QString key(RequestStatus status);
    static QString label(RequestStatus status);
    static std::optional<RequestStatus> statusFromKey(const QString& key);
    static QList<RequestChannel> channels();
    static QString key(RequestChannel channel);
    static QString label(RequestChannel channel);
    static std::optional<RequestChannel> channelFromKey(const QString& key);
    // "Dupont, Marie (Ville de Saint-Denis)", or "Anonymous requester (association, Bondy)".
    static QString requesterLabel(const Visitor& requester);

    // The staff who handle requests (setting "requests.staff"), in order.
    static Result<QStringList> staff(Database& db);
    static Status setStaff(Database& db, const QStringList& names);

    // Adds a request (received today when no date is given). Returns its number.
    Result<qint64> add(InfoRequest request);
    Status update(const InfoRequest& request);
    Status setStatus(qint64 id, RequestStatus status);
    // The answer, the records given; the request becomes answered (today).
    Status answer(qint64 id, const QString& answerHtml, const QList<qint64>& records);
    // A request from an appointment's follow-up: the visitor, the topic and
    // the follow-up become the requester, the theme and the question.
    Result<qint64> fromAppointment(qint64 appointmentId);

    Result<std::optional<InfoRequest>> find(qint64 id) const;
    // Newest received first.
    Result<QList<InfoRequest>> list(const RequestFilter& filter) const;
    // Open requests whose wanted-by day is past.
    Result<QList<InfoRequest>> late() const;

    // Time spent: `minutes` (1 to 1440) by a member of staff on a day.
    Result<qint64> addTime(qint64 id, int minutes, const QString& staff, const QDate& day);
    Status removeTime(qint64 timeId);
    Result<QList<TimeEntry>> times(qint64 id) const;
    Result<int> totalMinutes(qint64 id) const;

    // Documents kept with the request (at most 50 MB each).
    Result<qint64> attach(qint64 id, const QString& fileName, const QByteArray& content);
    Result<QList<RequestDocument>> documents(qint64 id) const;
    Result<QByteArray> documentContent(qint64 documentId) const;
    Status removeDocument(qint64 documentId);
    // The records given as an NF ISO 690 bibliography (with their call
    // numbers), made by the output module and kept with the request. Returns
    // the document's number.
    Result<qint64> produceBibliography(qint64 id, const QString& formatKey = QStringLiteral("pdf"));
    // The experience sheets among the records given, laid out by the output
    // module with the centre's template, kept with the request as one PDF.
    Result<qint64> produceSheets(qint64 id);

    // An answered request as a reusable answer in the catalogue: a record of
    // type "documentary answer" with the question, the answer, the theme and
    // the records given, without the requester; found by the search like any
    // record. Capitalising again updates the same record. Returns its number.
    Result<qint64> capitalise(qint64 id, const QString& title = {});

    struct Totals
    {
        QString month; // YYYY-MM
        QString event; // received, answered, minutes, tally
        QString dimension;
        QString value;
        int total = 0;
    };
    // Monthly totals of Info-Doc between two months (both included).
    Result<QList<Totals>> totals(const QString& fromMonth, const QString& toMonth) const;

private:
    Result<qint64> save(InfoRequest request, bool insert);
    // kind: "file", "bibliography" or "sheets" (the annual report counts them).
    Result<qint64> attachAs(qint64 id, const QString& fileName, const QByteArray& content,
                            const QString& kind);

    Database& m_db;
    const Clock& m_clock;
    Calendar m_calendar;
};

// Quick tallies: a short question answered on the spot, counted by channel
// and theme only (one key in the Requests page, `infodoc-cli tally add`).
class QuickTallies
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::QuickTallies)

public:
    QuickTallies(Database& db, const Clock& clock, Calendar calendar);
    static Result<QuickTallies> open(Database& db, const Clock& clock);
    QDate today() const;

    // Counts one question (today when `day` is invalid); `subject` is a
    // descriptor or empty. Returns the tally's number.
    Result<qint64> add(RequestChannel channel, const QString& subject = {}, const QDate& day = {});
    // Takes back a tally counted by mistake.
    Status remove(qint64 id);
    // How many on a day.
    Result<int> countOn(const QDate& day) const;

private:
    Database& m_db;
    const Clock& m_clock;
    Calendar m_calendar;
};

} // namespace infodoc::core

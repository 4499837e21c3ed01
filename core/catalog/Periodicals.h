#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace infodoc::core {

class Clock;
class Database;

enum class Frequency
{
    Weekly,
    Fortnightly,
    Monthly,
    Bimonthly, // every two months
    Quarterly,
    HalfYearly,
    Yearly,
    Irregular, // no issue is expected: each is received as it comes
};

// A periodical title the centre receives: its own newsletter or a
// subscription. Its numbering (the number of the issue expected on the
// first day) and frequency make the expected issues.
struct Periodical
{
    qint64 id = 0;
    QString title;
    QString issn; // normalised "NNNN-NNNC", or empty
    QString publisher;
    QString publisherAddress; // several lines: where the claim letter goes
    QString publisherEmail;
    Frequency frequency = Frequency::Monthly;
    bool own = false; // the centre's own newsletter: print run and mailing count per issue
    int firstNumber = 1;
    QDate firstExpected;
    int graceDays = 15; // an issue is late this many days after its expected day
    QString callNumber;
    QString location;
    bool active = true; // a subscription ended expects no more issues
};

struct PeriodicalIssue
{
    qint64 id = 0;
    qint64 periodicalId = 0;
    int number = 0;
    QDate expected;
    QDate received;      // invalid: not received
    qint64 recordId = 0; // its periodical-issue record
    QDate claimed;       // the last claim
    int claims = 0;
    std::optional<int> printRun; // the centre's own newsletter
    std::optional<int> mailed;
};

// Periodicals: titles, the issues expected from their frequency, receiving
// an issue (a click, or its EAN-13 barcode scanned) which creates its
// periodical-issue record with a copy, the late and missing issues, the
// claims sent, and the print run and mailing count of the centre's own
// newsletter. Each write is one transaction.
class Periodicals
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Periodicals)

public:
    Periodicals(Database& db, const Clock& clock);

    static QList<Frequency> frequencies();
    static QString key(Frequency frequency);
    static QString label(Frequency frequency);
    static std::optional<Frequency> frequencyFromKey(const QString& key);
    // The expected day of issue `number` (invalid for an irregular title).
    static QDate expectedDay(const Periodical& periodical, int number);

    Result<qint64> add(Periodical periodical);
    Status update(const Periodical& periodical);
    Result<std::optional<Periodical>> find(qint64 id) const;
    Result<std::optional<Periodical>> byIssn(const QString& issn) const;
    Result<QList<Periodical>> list(bool activeOnly = false) const;

    // The issues of a title, received or expected up to `upTo`, newest first.
    Result<QList<PeriodicalIssue>> issues(qint64 periodicalId, const QDate& upTo) const;
    // The first issue expected and not received (number and day), or none for an irregular title.
    Result<std::optional<PeriodicalIssue>> nextExpected(qint64 periodicalId) const;

    struct Receipt
    {
        qint64 periodicalId = 0;
        int number = 0;  // 0: the first expected issue not received
        QDate day;       // invalid: today
        QString summary; // the contents
        QString barcode; // of its copy, or none
        std::optional<int> printRun;
        std::optional<int> mailed;
    };
    struct Received
    {
        qint64 issueId = 0;
        qint64 recordId = 0;
        int number = 0;
        QString title; // "Territoires n° 42"
    };
    // Creates the issue's record (type periodical issue, linked to its
    // title by ISSN and title, with the summary and a copy) and marks it
    // received. An issue already received is an error naming its day.
    Result<Received> receive(const Receipt& receipt);
    // A scanned code: a title's EAN-13 (977 + ISSN, with or without the
    // two-digit add-on of the issue number) receives that title's issue;
    // else an ISSN typed.
    Result<Received> receiveScanned(const QString& code, const QDate& day = {});
    Status setCirculation(qint64 issueId, std::optional<int> printRun, std::optional<int> mailed);

    struct Late
    {
        Periodical periodical;
        PeriodicalIssue issue;
        int daysLate = 0;
    };
    // Issues expected before `asOf` minus the grace days and not received,
    // oldest first, over the active titles.
    Result<QList<Late>> late(const QDate& asOf) const;
    // Notes that these issues were claimed on `day`.
    Status markClaimed(const QList<Late>& issues, const QDate& day);

    // "Territoires n° 42"
    static QString issueTitle(const Periodical& periodical, int number);

    // A title as JSON (infodoc-cli periodical add/edit/list): "title", "issn",
    // "publisher", "publisherAddress", "publisherEmail", "frequency" (key),
    // "own", "firstNumber", "firstExpected" (2027-01-05), "graceDays",
    // "callNumber", "location", "active". Unknown fields are refused by name.
    static Status apply(const QJsonObject& object, Periodical& periodical);
    static QJsonObject toJson(const Periodical& periodical);
    static QJsonObject toJson(const PeriodicalIssue& issue);

private:
    Result<qint64> issueRow(const QSqlDatabase& db, const Periodical& p, int number);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

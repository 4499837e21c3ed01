#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace infodoc::core {

class Clock;
class Database;

// The requesters' personal data, under the same rules as the borrowers' and
// the named visitors': a requester is forgotten a year (setting
// "requests.forgetRequesterMonths") after their last request was answered
// or closed — a named contact's name, structure, function and contact go, a
// borrower's request loses its link to the card — and never while one of
// their requests is open. The structure type and commune stay for the
// statistics, and the monthly totals are not touched. Export and erasure on
// request, by the folded name as for visitors.
class RequesterData
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RequesterData)

public:
    RequesterData(Database& db, const Clock& clock);

    static Result<int> retentionMonths(Database& db);
    static Status setRetentionMonths(Database& db, int months);

    struct Person
    {
        QString key; // the folded name
        QString name;
        QString structure;
        QDate last; // the last day one of their requests was received or answered
        int requests = 0;
        int open = 0;
    };
    // What the retention of `asOf` forgets; the dry run and the real run
    // select with this same function.
    struct Plan
    {
        QDate asOf;
        QDate before;
        QList<Person> people;           // named requesters
        QList<qint64> borrowerRequests; // requests whose link to a borrower goes
    };
    Result<Plan> plan(const QDate& asOf) const;
    // Inside the caller's transaction when there is one (the retention run).
    Result<Plan> apply(const QDate& asOf);

    Result<QList<Person>> find(const QString& name) const;
    // Right of access: the person's requests as the catalogue holds them.
    Result<QJsonObject> exportJson(const QString& key) const;
    // A borrower's requests, for their own export.
    Result<QJsonObject> exportBorrower(qint64 borrowerId) const;
    // Right to erasure: their requests made anonymous, freed pages
    // overwritten. Returns how many requests were.
    Result<int> erase(const QString& key);

private:
    Result<QList<Person>> people(const QString& having, const QVariantList& values) const;
    Result<int> forget(const QStringList& keys, const QList<qint64>& borrowerRequests);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

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

// Named visitors without a card are personal data like borrowers: they are
// forgotten a year (setting "visits.forgetNamedMonths") after their last
// visit, and can be exported and erased on request. Forgetting makes their
// appointments anonymous: the structure type and commune stay for the
// statistics, and the monthly totals of visits are not touched. A named
// visitor is known by their name (folded: case and accents do not count).
class VisitorData
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::VisitorData)

public:
    VisitorData(Database& db, const Clock& clock);

    static Result<int> retentionMonths(Database& db);
    static Status setRetentionMonths(Database& db, int months);

    struct Person
    {
        QString key; // the folded name
        QString name;
        QString structure;
        QDate lastVisit;
        int appointments = 0;
    };
    // Those the retention of `asOf` forgets; the dry run and the real run
    // select with this same function.
    struct Plan
    {
        QDate asOf;
        QDate before; // named visitors whose last appointment is before this day
        QList<Person> people;
    };
    Result<Plan> plan(const QDate& asOf) const;
    Result<Plan> apply(const QDate& asOf);

    // Named visitors whose name contains these words.
    Result<QList<Person>> find(const QString& name) const;
    // Right of access: the person's appointments as the catalogue holds them.
    Result<QJsonObject> exportJson(const QString& key) const;
    // Right to erasure: their appointments made anonymous, freed pages
    // overwritten. Returns how many appointments were.
    Result<int> erase(const QString& key);

private:
    Result<int> forget(const QStringList& keys);
    Result<QList<Person>> people(const QString& where, const QVariantList& values) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// Named selections of records (paniers / sélections), kept in the catalogue:
// gathered from searches, printed as bibliographies, exported.
class Baskets
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Baskets)

public:
    struct Basket
    {
        qint64 id = 0;
        QString name;
        int count = 0;
        QDateTime modified;
    };

    Baskets(Database& db, const Clock& clock);

    // Reads that fail are errors, never an empty list or "no such basket".
    Result<QList<Basket>> list() const;
    Result<std::optional<Basket>> find(const QString& name) const;
    Result<QList<qint64>> records(qint64 basketId) const; // in the order they were added

    Result<qint64> create(const QString& name);
    Status rename(qint64 basketId, const QString& name);
    Status remove(qint64 basketId);
    // Adds the records not already in the basket; returns how many were added.
    // An unknown record number fails the whole call.
    Result<int> add(qint64 basketId, const QList<qint64>& recordIds);
    Result<int> removeRecords(qint64 basketId, const QList<qint64>& recordIds);
    Status clear(qint64 basketId);

private:
    Status touch(qint64 basketId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

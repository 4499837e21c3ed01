#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace infodoc::core {

// Where a record imported from an exchange package came from (table
// record_provenance): the centre, its number there, when it last changed
// there, when it came here.
class Provenance
{
public:
    struct Entry
    {
        qint64 recordId = 0;
        QString centre;
        QString remoteId;
        QString remoteModified; // ISO date-time at the centre
        QDateTime importedAt;
        QDateTime localModified; // the record's own, to tell a local edit
    };

    static Result<std::optional<Entry>> find(const QSqlDatabase& db, const QString& centre,
                                             const QString& remoteId);
    static Result<std::optional<Entry>> ofRecord(const QSqlDatabase& db, qint64 recordId);
    // Inside the caller's transaction.
    static Status record(const QSqlDatabase& db, qint64 recordId, const QString& centre,
                         const QString& remoteId, const QString& remoteModified, const QDateTime& at);
};

} // namespace infodoc::core

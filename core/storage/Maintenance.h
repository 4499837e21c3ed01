#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace infodoc::core {

class Database;

// Integrity check, backup and restore of a catalogue and its attached files.
class Maintenance
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Maintenance)

public:
    struct CheckReport
    {
        QStringList problems; // empty when the catalogue is sound
        qint64 records = 0;
        qint64 attachments = 0;
    };

    // PRAGMA integrity_check and foreign_key_check, plus missing or altered
    // attachment files (in `filesDirectory`, by default the catalogue's).
    static Result<CheckReport> check(Database& db, const QString& filesDirectory = {});

    // Writes a consistent copy of the open catalogue to `destination` (which
    // must not exist) and copies the attached files beside it.
    static Status backup(Database& db, const QString& destination);

    // Replaces the catalogue at `target` with the backup at `source`, after
    // checking that the backup is a sound Infodoc catalogue this version can
    // read. Nothing is replaced if a check fails. The catalogue must not be
    // open elsewhere.
    static Status restore(const QString& source, const QString& target);
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace infodoc::core {

// Numbered schema migrations, embedded as resources (":/sql/NNNN_name.sql").
// A released migration is never edited; changes come as a new file.
class Migrations
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
        // Data a script cannot move well, moved after its statements in the
        // same transaction (the script says so).
        Status (*step)(const QSqlDatabase& db) = nullptr;
    };

    static QVector<Migration> all();
    static int latestVersion();

    // Version recorded in the database (0 for an empty database).
    static Result<int> currentVersion(const QSqlDatabase& db);
    // Applies every migration above the current version up to `target`, each
    // in its own transaction.
    static Status migrate(const QSqlDatabase& db, int target = latestVersion());
    // The statements of a script, comments dropped; a trigger's body stays whole.
    static QStringList splitStatements(const QString& sql);
};

} // namespace infodoc::core

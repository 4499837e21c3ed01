#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace infodoc::core {

class Database;

// The catalogue's own settings (table `setting`): the centre's identity, the
// template of experience sheets… Values are text.
class Settings
{
public:
    // Every setting whose key starts with `prefix` ("centre.").
    static Result<QHash<QString, QString>> values(Database& db, const QString& prefix, const char* context);
    // Writes (or replaces) all the values in one transaction, or none.
    static Status write(Database& db, const QList<std::pair<QString, QString>>& values, const char* context);
    static Status remove(Database& db, const QString& key, const char* context);
};

} // namespace infodoc::core

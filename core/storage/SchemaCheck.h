#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace infodoc::core {

// Compares a catalogue's schema (its tables, columns, indexes, triggers and
// views as SQLite stores them) with the one its version defines, built by
// running the migrations up to that version in memory. A backup or a
// catalogue someone sends may carry an object Infodoc does not create (a
// trigger that writes on each insertion, a view over the borrowers): such a
// catalogue is refused before anything runs on it.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SchemaCheck)

public:
    // What differs, one line per object ("trigger t: not created by
    // Infodoc"); empty when the schema is the one `version` defines.
    static Result<QStringList> differences(const QSqlDatabase& db, int version);
    // The same as an error naming the file and the first objects.
    static Status verify(const QSqlDatabase& db, int version, const QString& path);
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace infodoc::core {

// Turns a failed query into an Error: the translated context (a string
// marked with QT_TRANSLATE_NOOP in the "infodoc::core::..." context it was
// written in) followed by SQLite's own words.
Error sqlError(const QSqlQuery& query, const char* context);
Error sqlError(const QSqlError& error, const char* context);

// A text for a NOT NULL column: Qt binds a null QString as SQL NULL.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// "1,2,3" for an IN (...) clause; ids are integers we hold, never user text.
QString sqlIdList(const QList<qint64>& ids);
// "?,?,?" for an IN (...) clause of `count` bound parameters.
QString sqlPlaceholders(qsizetype count);

// Runs a statement that must succeed; used for bookkeeping statements.
Status execOrError(QSqlQuery& query, const char* context);

// Runs a prepared read, forward only, and hands each row to `row`; a failure
// before or while reading the rows is an error, never fewer rows.
Status eachRow(QSqlQuery& query, const char* context, const std::function<void()>& row);

} // namespace infodoc::core

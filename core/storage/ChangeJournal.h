#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace infodoc::core {

// The change journal: one row per written entity, appended inside the same
// transaction as the write, read by the search index to catch up.
class ChangeJournal
{
public:
    enum class Op
    {
        Insert,
        Update,
        Delete
    };

    struct Entry
    {
        qint64 seq = 0;
        QString entity;
        qint64 entityId = 0;
        Op op = Op::Insert;
    };

    static Status append(const QSqlDatabase& db, const QString& entity, qint64 entityId, Op op,
                         const QDateTime& at);
    static QVector<Entry> since(const QSqlDatabase& db, qint64 afterSeq, int limit);
    static qint64 lastSeq(const QSqlDatabase& db);

    static QString opName(Op op);
};

} // namespace infodoc::core

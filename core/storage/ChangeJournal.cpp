#include "storage/ChangeJournal.h"

#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

QString ChangeJournal::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Status ChangeJournal::append(const QSqlDatabase& db, const QString& entity, qint64 entityId, Op op,
                             const QDateTime& at)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO change_journal (entity, entity_id, op, at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(opName(op));
    query.addBindValue(at.toUTC().toString(Qt::ISODate));
    return execOrError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot record the change"));
}

QVector<ChangeJournal::Entry> ChangeJournal::since(const QSqlDatabase& db, qint64 afterSeq, int limit)
{
    QVector<Entry> entries;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT seq, entity, entity_id, op FROM change_journal WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        const QString op = query.value(3).toString();
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                        op == QLatin1String("delete")   ? Op::Delete
                        : op == QLatin1String("update") ? Op::Update
                                                        : Op::Insert});
    }
    return entries;
}

qint64 ChangeJournal::lastSeq(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_journal")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace infodoc::core

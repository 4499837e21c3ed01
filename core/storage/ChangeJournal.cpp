#include "core/storage/ChangeJournal.h"

#include "core/storage/SqlError.h"

#include <QVariant>

#include <array>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the change journal");

constexpr std::array kEntities = {
    ChangeJournal::Entity::Record,      ChangeJournal::Entity::Authority,  ChangeJournal::Entity::Subject,
    ChangeJournal::Entity::Territory,   ChangeJournal::Entity::Attachment, ChangeJournal::Entity::Copy,
    ChangeJournal::Entity::Borrower,    ChangeJournal::Entity::Loan,       ChangeJournal::Entity::Hold,
    ChangeJournal::Entity::Appointment, ChangeJournal::Entity::Request};
constexpr std::array kOps = {ChangeJournal::Op::Insert, ChangeJournal::Op::Update, ChangeJournal::Op::Delete};

} // namespace

QString ChangeJournal::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Record:
        return QStringLiteral("record");
    case Entity::Authority:
        return QStringLiteral("authority");
    case Entity::Subject:
        return QStringLiteral("subject");
    case Entity::Territory:
        return QStringLiteral("territory");
    case Entity::Attachment:
        return QStringLiteral("attachment");
    case Entity::Copy:
        return QStringLiteral("copy");
    case Entity::Borrower:
        return QStringLiteral("borrower");
    case Entity::Loan:
        return QStringLiteral("loan");
    case Entity::Hold:
        return QStringLiteral("hold");
    case Entity::Appointment:
        return QStringLiteral("appointment");
    case Entity::Request:
        return QStringLiteral("request");
    }
    return {};
}

std::optional<ChangeJournal::Entity> ChangeJournal::entityFromName(const QString& name)
{
    for (Entity e : kEntities) {
        if (entityName(e) == name)
            return e;
    }
    return std::nullopt;
}

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

std::optional<ChangeJournal::Op> ChangeJournal::opFromName(const QString& name)
{
    for (Op op : kOps) {
        if (opName(op) == name)
            return op;
    }
    return std::nullopt;
}

ChangeJournal::ChangeJournal(const QSqlDatabase& db) : m_insert(db)
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO change_journal (entity, entity_id, op, at) VALUES (?, ?, ?, ?)"));
}

Status ChangeJournal::append(Entity entity, qint64 entityId, Op op, const QDateTime& at)
{
    m_insert.bindValue(0, entityName(entity));
    m_insert.bindValue(1, entityId);
    m_insert.bindValue(2, opName(op));
    m_insert.bindValue(3, at.toUTC().toString(Qt::ISODate));
    return execOrError(m_insert, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot record the change"));
}

Status ChangeJournal::append(const QSqlDatabase& db, Entity entity, qint64 entityId, Op op,
                             const QDateTime& at)
{
    return ChangeJournal(db).append(entity, entityId, op, at);
}

Result<QVector<ChangeJournal::Entry>> ChangeJournal::since(const QSqlDatabase& db, qint64 afterSeq, int limit,
                                                           qint64 upToSeq)
{
    QVector<Entry> entries;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, entity, entity_id, op FROM change_journal WHERE seq > ? AND "
                                 "seq <= ? ORDER BY seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(upToSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query, kReadError);
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const auto entity = entityFromName(query.value(1).toString());
        const auto op = opFromName(query.value(3).toString());
        if (!entity || !op)
            return Error{
                tr("The change journal is damaged: change %1 names \"%2\" \"%3\", which this version "
                   "does not know.")
                    .arg(seq)
                    .arg(query.value(1).toString(), query.value(3).toString())};
        entries.append({seq, *entity, query.value(2).toLongLong(), *op});
    }
    if (query.lastError().isValid())
        return sqlError(query, kReadError);
    return entries;
}

Result<qint64> ChangeJournal::lastSeq(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_journal")) || !query.next())
        return sqlError(query, kReadError);
    return query.value(0).toLongLong();
}

Result<QString> ChangeJournal::fingerprint(const QSqlDatabase& db, qint64 seq)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity, entity_id, op, at FROM change_journal WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec())
        return sqlError(query, kReadError);
    if (!query.next())
        return query.lastError().isValid() ? Result<QString>(sqlError(query, kReadError)) : QString();
    return QStringLiteral("%1 %2 %3 %4")
        .arg(query.value(0).toString())
        .arg(query.value(1).toLongLong())
        .arg(query.value(2).toString(), query.value(3).toString());
}

} // namespace infodoc::core

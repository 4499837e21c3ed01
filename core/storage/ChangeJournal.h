#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <limits>

#include <optional>

namespace infodoc::core {

// The change journal: one row per written entity, appended inside the same
// transaction as the write, read by the search index to catch up. Every
// writer goes through append(), so a new entity is added here only.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ChangeJournal)

public:
    enum class Entity
    {
        Record,
        Authority,
        Subject,
        Territory,
        Attachment,
        Copy,     // its availability changed (a loan, a return, a hold set aside)
        Borrower, // personal data: never indexed
        Loan,
        Hold,
        Appointment, // personal data when the visitor is named: never indexed
        Request      // an Info-Doc request: personal data, never indexed (its reusable answer is a record)
    };
    enum class Op
    {
        Insert,
        Update,
        Delete
    };

    struct Entry
    {
        qint64 seq = 0;
        Entity entity = Entity::Record;
        qint64 entityId = 0;
        Op op = Op::Insert;
    };

    // A writer for one connection; batch writers keep one so the statement
    // is prepared once.
    explicit ChangeJournal(const QSqlDatabase& db);
    Status append(Entity entity, qint64 entityId, Op op, const QDateTime& at);

    static Status append(const QSqlDatabase& db, Entity entity, qint64 entityId, Op op, const QDateTime& at);
    // At most `limit` entries after `afterSeq` and up to `upToSeq`, in order;
    // a row naming an entity or operation this version does not know is an error.
    static Result<QVector<Entry>> since(const QSqlDatabase& db, qint64 afterSeq, int limit,
                                        qint64 upToSeq = std::numeric_limits<qint64>::max());
    static Result<qint64> lastSeq(const QSqlDatabase& db);
    // What tells entry `seq` apart (its entity, id, operation and time), or
    // an empty string when the journal has no such entry. The index keeps
    // the one of the last change it took in: a catalogue whose journal says
    // otherwise there (another backup restored) is indexed again.
    static Result<QString> fingerprint(const QSqlDatabase& db, qint64 seq);

    static QString entityName(Entity entity);
    static std::optional<Entity> entityFromName(const QString& name);
    static QString opName(Op op);
    static std::optional<Op> opFromName(const QString& name);

private:
    QSqlQuery m_insert;
};

} // namespace infodoc::core

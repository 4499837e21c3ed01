#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace infodoc::core {

// A write transaction started with BEGIN IMMEDIATE, so that a second writer
// waits on the busy timeout instead of failing when its read turns into a
// write. Rolls back unless committed. Begun while the connection already
// writes, it is a savepoint of the outer one: a use case (a loan, a record)
// runs alone or inside a batch (the demo, an import), all or nothing.
class WriteTransaction
{
public:
    [[nodiscard]] static Result<WriteTransaction> begin(const QSqlDatabase& db);
    // Whether a write transaction is open on this connection (its reads are one snapshot).
    static bool isOpen(const QSqlDatabase& db);

    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    ~WriteTransaction();

    Status commit();
    void rollback();

private:
    WriteTransaction(const QSqlDatabase& db, int depth) : m_db(db), m_open(true), m_depth(depth) {}

    QSqlDatabase m_db;
    bool m_open = false;
    int m_depth = 0; // 0: the transaction; above: a savepoint inside it
};

} // namespace infodoc::core

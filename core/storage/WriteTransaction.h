#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace infodoc::core {

// A write transaction started with BEGIN IMMEDIATE, so that a second writer
// waits on the busy timeout instead of failing when its read turns into a
// write. Rolls back unless committed.
class WriteTransaction
{
public:
    [[nodiscard]] static Result<WriteTransaction> begin(const QSqlDatabase& db);

    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    ~WriteTransaction();

    Status commit();
    void rollback();

private:
    explicit WriteTransaction(const QSqlDatabase& db) : m_db(db), m_open(true) {}

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace infodoc::core

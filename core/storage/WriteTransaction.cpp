#include "core/storage/WriteTransaction.h"

#include "core/common/Logging.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace infodoc::core {

Result<WriteTransaction> WriteTransaction::begin(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(
            query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot start writing to the catalogue"));
    return WriteTransaction(db);
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept : m_db(other.m_db), m_open(other.m_open)
{
    other.m_open = false;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return Status::success();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error =
            sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the changes"));
        rollback();
        return error;
    }
    m_open = false;
    return Status::success();
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
}

} // namespace infodoc::core

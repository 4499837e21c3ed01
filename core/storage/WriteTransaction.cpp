#include "core/storage/WriteTransaction.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

// How many transactions are open on each connection (by connection name;
// each connection belongs to one thread, the lock guards the table).
QMutex g_lock;
QHash<QString, int>& openDepths()
{
    static QHash<QString, int> depths;
    return depths;
}

int enter(const QSqlDatabase& db)
{
    QMutexLocker locker(&g_lock);
    return openDepths()[db.connectionName()]++;
}

void leave(const QSqlDatabase& db)
{
    QMutexLocker locker(&g_lock);
    auto it = openDepths().find(db.connectionName());
    if (it != openDepths().end() && --*it <= 0)
        openDepths().erase(it);
}

QString savepoint(int depth)
{
    return QStringLiteral("infodoc_%1").arg(depth);
}

} // namespace

Result<WriteTransaction> WriteTransaction::begin(const QSqlDatabase& db)
{
    if (Database::isReadOnly(db)) {
        QString path = db.databaseName();
        if (path.startsWith(QLatin1String("file:")))
            path = QUrl(path).toLocalFile();
        return Error{
            QCoreApplication::translate("infodoc::core::Messages",
                                        "The catalogue %1 is open read-only: nothing can be changed "
                                        "in it. Copy it to a folder where you can write to change it.")
                .arg(QDir::toNativeSeparators(path))};
    }
    const int depth = enter(db);
    QSqlQuery query(db);
    if (!query.exec(depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                               : QStringLiteral("SAVEPOINT ") + savepoint(depth))) {
        leave(db);
        return sqlError(
            query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot start writing to the catalogue"));
    }
    return WriteTransaction(db, depth);
}

bool WriteTransaction::isOpen(const QSqlDatabase& db)
{
    QMutexLocker locker(&g_lock);
    return openDepths().value(db.connectionName()) > 0;
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : m_db(other.m_db), m_open(other.m_open), m_depth(other.m_depth)
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
    if (!query.exec(m_depth == 0 ? QStringLiteral("COMMIT")
                                 : QStringLiteral("RELEASE ") + savepoint(m_depth))) {
        const Error error =
            sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the changes"));
        rollback();
        return error;
    }
    m_open = false;
    leave(m_db);
    return Status::success();
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    if (m_depth == 0) {
        // After a full disk or an I/O error SQLite rolls the transaction
        // back itself; the ROLLBACK then finds none, which is no fault.
        if (!query.exec(QStringLiteral("ROLLBACK")) &&
            !query.lastError().databaseText().contains(QLatin1String("no transaction is active")))
            qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
    } else if (!query.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth)) ||
               !query.exec(QStringLiteral("RELEASE ") + savepoint(m_depth))) {
        if (!query.lastError().databaseText().contains(QLatin1String("no such savepoint")))
            qCWarning(lcStorage) << "rollback to savepoint failed:" << query.lastError().text();
    }
    leave(m_db);
}

} // namespace infodoc::core

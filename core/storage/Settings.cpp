#include "core/storage/Settings.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>

namespace infodoc::core {

Result<QHash<QString, QString>> Settings::values(Database& db, const QString& prefix, const char* context)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return sqlError(q, context);
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Status Settings::write(Database& db, const QList<std::pair<QString, QString>>& values, const char* context)
{
    auto transaction = WriteTransaction::begin(db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, value] : values) {
        q.bindValue(0, key);
        q.bindValue(1, sqlText(value));
        if (auto s = execOrError(q, context); !s)
            return s;
    }
    return transaction->commit();
}

Status Settings::remove(Database& db, const QString& key, const char* context)
{
    auto transaction = WriteTransaction::begin(db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (auto s = execOrError(q, context); !s)
        return s;
    return transaction->commit();
}

} // namespace infodoc::core

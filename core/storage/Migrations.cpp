#include "storage/Migrations.h"

#include "common/Logging.h"
#include "storage/SqlError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace infodoc::core {

QVector<Migrations::Migration> Migrations::all()
{
    static const QVector<Migration> migrations = [] {
        QVector<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return migrations;
}

int Migrations::latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

QStringList Migrations::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) ||
        !query.next())
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    return query.value(0).toInt();
}

Status Migrations::migrate(const QSqlDatabase& db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Migration& migration : all()) {
        if (migration.version <= *current || migration.version > target)
            continue;
        auto transaction = WriteTransaction::begin(db);
        if (!transaction)
            return transaction.error();
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)")))
            return sqlError(query,
                            QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot update the catalogue"));
        for (const QString& statement : splitStatements(migration.sql)) {
            if (!query.exec(statement)) {
                qCWarning(lcStorage) << "migration" << migration.version << "failed";
                return Error{QCoreApplication::translate("infodoc::core::Messages",
                                                         "Cannot update the catalogue to version %1: %2")
                                 .arg(migration.version)
                                 .arg(query.lastError().text())};
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (auto status = execOrError(
                query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot update the catalogue"));
            !status)
            return status;
        if (auto status = transaction->commit(); !status)
            return status;
        qCInfo(lcStorage) << "catalogue schema migrated to version" << migration.version;
    }
    return Status::success();
}

} // namespace infodoc::core

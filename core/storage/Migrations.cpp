#include "core/storage/Migrations.h"

#include "core/common/Logging.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

// 0015: each stored text, its pages separated by form feeds, becomes one row
// per page, read and written once (a recursive query in SQL copies the
// rest of the text at every page: minutes for a manual of a thousand pages).
Status moveAttachmentPages(const QSqlDatabase& db)
{
    const char* const error = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot update the catalogue");
    QSqlQuery texts(db);
    texts.setForwardOnly(true);
    if (!texts.exec(QStringLiteral("SELECT sha256, text FROM attachment_text WHERE text <> ''")))
        return sqlError(texts, error);
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO attachment_page (sha256, page, text) VALUES (?, ?, ?)")))
        return sqlError(insert, error);
    while (texts.next()) {
        const QString sha = texts.value(0).toString();
        const QString text = texts.value(1).toString();
        int page = 1;
        for (qsizetype start = 0; start <= text.size(); ++page) {
            qsizetype end = text.indexOf(u'\f', start);
            if (end < 0)
                end = text.size();
            insert.bindValue(0, sha);
            insert.bindValue(1, page);
            insert.bindValue(2, text.mid(start, end - start));
            if (auto s = execOrError(insert, error); !s)
                return s;
            start = end + 1;
        }
    }
    if (texts.lastError().isValid())
        return sqlError(texts, error);
    return Status::success();
}

} // namespace

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
            if (list.last().version == 15)
                list.last().step = moveAttachmentPages;
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

// A statement ends at a ';' outside quotes and comments, and outside the
// BEGIN ... END body of a trigger (CASE ... END nests inside it).
QStringList Migrations::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    QString word;
    QStringList leading; // the statement's first words, to recognise CREATE [TEMP] TRIGGER
    int depth = 0;
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (leading.size() < 3)
            leading.append(upper);
        const bool trigger =
            leading.value(0) == QLatin1String("CREATE") &&
            (leading.value(1) == QLatin1String("TRIGGER") || leading.value(2) == QLatin1String("TRIGGER"));
        if ((upper == QLatin1String("BEGIN") && trigger) || upper == QLatin1String("CASE"))
            ++depth;
        else if (upper == QLatin1String("END") && depth > 0)
            --depth;
        word.clear();
    };
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            endWord();
            while (i < n && sql.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            endWord();
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            endWord();
            const QChar closing = c == u'[' ? QChar(u']') : c;
            qsizetype end = i + 1;
            for (; end < n; ++end) {
                if (sql.at(end) != closing)
                    continue;
                // A doubled quote inside a literal is the quote itself.
                if (closing != u']' && end + 1 < n && sql.at(end + 1) == closing) {
                    ++end;
                    continue;
                }
                break;
            }
            current += sql.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
            current += c;
            continue;
        }
        endWord();
        current += c;
        if (c == u';' && depth == 0) {
            const QString statement = current.trimmed();
            if (statement != QLatin1String(";"))
                statements.append(statement);
            current.clear();
            leading.clear();
        }
    }
    endWord();
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
        if (migration.step) {
            if (auto status = migration.step(db); !status) {
                qCWarning(lcStorage) << "migration" << migration.version << "failed";
                return Error{QCoreApplication::translate("infodoc::core::Messages",
                                                         "Cannot update the catalogue to version %1: %2")
                                 .arg(migration.version)
                                 .arg(status.errorMessage())};
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

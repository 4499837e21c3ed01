#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/storage/FileSystemCheck.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaCheck.h"
#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace infodoc::core {

namespace {

// Read, never written; WriteTransaction recognises it.
const QString readOnlyOption = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000");

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("infodoc-%1").arg(counter.fetchAndAddRelaxed(1));
}

// While another program writes (infodoc-cli, a second window), SQLite calls
// this before each new try for the lock. Its own timeout handler sleeps
// longer and longer (up to 100 ms a try): a waiting desk then oversleeps the
// other's short transactions and can be overtaken again and again. Here:
// 2 ms between tries, for up to 15 s, then "busy".
int waitForLock(void*, int tries)
{
    constexpr int stepMs = 2;
    constexpr int limitMs = 15000;
    if (tries * stepMs >= limitMs)
        return 0;
    sqlite3_sleep(stepMs);
    return 1;
}

void waitForLocksBriefly(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto* native = *static_cast<sqlite3* const*>(handle.constData()))
            sqlite3_busy_handler(native, waitForLock, nullptr);
    }
}

Error notSqlite(const QString& path)
{
    return Error{Database::tr("%1 is not an Infodoc catalogue (it is not an SQLite database).")
                     .arg(QDir::toNativeSeparators(path))};
}

// Write permission as the owner set it; access() says yes to root whatever
// the bits, and a catalogue marked read-only must stay so.
bool writable(const QFileInfo& info)
{
    // WriteUser is left out: Qt computes it with access() too.
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// Checks done before SQLite touches the file, so that a wrong path leaves
// the file byte-for-byte as it was.
Status checkPathBeforeOpening(const QString& path, Database::OpenMode mode, bool* exists, bool* readOnly,
                              bool* onNetwork)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return Error{
            Database::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.filePath()))};
    *exists = file.exists();
    if (!*exists) {
        if (mode == Database::OpenMode::ExistingOnly)
            return Error{Database::tr("There is no catalogue at %1 (create one with \"infodoc-cli init\").")
                             .arg(QDir::toNativeSeparators(path))};
        if (!writable(dir))
            return Error{Database::tr("Cannot create a catalogue in %1: the folder is read-only.")
                             .arg(QDir::toNativeSeparators(dir.filePath()))};
    } else {
        if (file.isDir())
            return Error{
                Database::tr("%1 is a folder, not a catalogue file.").arg(QDir::toNativeSeparators(path))};
        // Never opened here but by SQLite: closing any other handle on the
        // file would drop the locks SQLite holds on it for this process (POSIX
        // locks belong to the process), and a program writing to the
        // catalogue at the same time could then break it. SQLite reads the
        // header (checkIdentity); an empty file it would take for a new one.
        if (file.size() == 0)
            return notSqlite(path);
        // A CD, a read-only share, a copy for consultation: read, never
        // written (WAL mode would need the -wal and -shm files beside it).
        *readOnly = !writable(file) || !writable(dir);
    }
    const QString network = FileSystemCheck::networkFileSystemName(dir.absoluteFilePath());
    *onNetwork = !network.isEmpty();
    // Read only, a catalogue on a share is safe: nothing is locked or logged there.
    if (!network.isEmpty() && !*readOnly)
        return Error{
            Database::tr("%1 is on a network drive (%2). A catalogue shared by several workstations must use "
                         "the multi-workstation (database server) mode; keep a single-workstation catalogue "
                         "on a local disk.")
                .arg(QDir::toNativeSeparators(path), network)};
    return Status::success();
}

Result<int> queryInt(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    return query.value(0).toInt();
}

// Refuses a foreign SQLite database or one written by a newer Infodoc,
// using reads only.
Status checkIdentity(const QSqlDatabase& db, const QString& path)
{
    {
        QSqlQuery probe(db);
        constexpr auto notADatabase = QLatin1String("26"); // SQLITE_NOTADB
        if (!probe.exec(QStringLiteral("PRAGMA application_id")) &&
            probe.lastError().nativeErrorCode() == notADatabase)
            return notSqlite(path);
    }
    auto appId = queryInt(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return Error{Database::tr("%1 is not a readable catalogue: %2")
                         .arg(QDir::toNativeSeparators(path), appId.errorMessage())};
    auto tables = queryInt(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    if (*appId != Database::applicationId && (*appId != 0 || *tables > 0))
        return Error{Database::tr("%1 is an SQLite database of another program, not an Infodoc catalogue.")
                         .arg(QDir::toNativeSeparators(path))};
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (*version > Migrations::latestVersion())
        return Error{
            Database::tr("%1 was written by a newer version of Infodoc (catalogue version %2, this program "
                         "knows up to %3). Update Infodoc to open it; the file was not changed.")
                .arg(QDir::toNativeSeparators(path))
                .arg(*version)
                .arg(Migrations::latestVersion())};
    return Status::success();
}

} // namespace

Database::Database(QString path, QString connectionName, bool created)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_created(created)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    if (path.isEmpty())
        return Error{Database::tr("No catalogue file was given.")};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    bool exists = false;
    bool readOnly = false;
    bool onNetwork = false;
    if (auto status = checkPathBeforeOpening(absolute, mode, &exists, &readOnly, &onNetwork); !status)
        return status.error();

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(absolute, name, !exists));
    database->m_readOnly = readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!readOnly) {
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    } else if ((writable(QFileInfo(QFileInfo(absolute).absolutePath())) && !onNetwork) ||
               QFileInfo(absolute + QStringLiteral("-wal")).size() > 0) {
        // SQLite can make the -shm file it reads a WAL catalogue with.
        db.setDatabaseName(absolute);
        db.setConnectOptions(readOnlyOption);
    } else {
        // On a medium nothing can be written to, or a share, with no pending
        // WAL: SQLite is told the file cannot change (a copy published for
        // consultation), and needs no -shm and no lock.
        db.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(readOnlyOption + QStringLiteral(";QSQLITE_OPEN_URI"));
    }
    if (!db.open())
        return Error{Database::tr("Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(absolute), db.lastError().text())};
    waitForLocksBriefly(db);

    int foundVersion = 0;
    if (exists) {
        if (auto status = checkIdentity(db, absolute); !status)
            return status.error();
        // Before anything runs on it: a trigger added to a backup would
        // otherwise fire at the first write.
        auto version = Migrations::currentVersion(db);
        if (!version)
            return version.error();
        foundVersion = *version;
        if (*version > 0) {
            if (auto status = SchemaCheck::verify(db, *version, absolute); !status)
                return status.error();
        }
    }

    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 32 MB of page cache (SQLite's default is 2 MB): the indexes of a
        // catalogue of 100,000 records stay in memory through an import.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot open the catalogue"));
    }
    if (readOnly) {
        query.finish();
        // (A read-only catalogue exists: its version was read above.)
        if (foundVersion < Migrations::latestVersion())
            return Error{
                Database::tr("%1 is read-only and was written by an older version of Infodoc (catalogue "
                             "version %2, this program reads version %3): copy it to a folder where "
                             "you can write to open it.")
                    .arg(QDir::toNativeSeparators(absolute))
                    .arg(foundVersion)
                    .arg(Migrations::latestVersion())};
        qCInfo(lcStorage) << "opened catalogue read-only, schema version" << foundVersion;
        return database;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{Database::tr("Cannot open %1: the catalogue cannot use write-ahead logging.")
                         .arg(QDir::toNativeSeparators(absolute))};
    if (!exists && !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot create the catalogue"));
    query.finish();

    if (auto status = Migrations::migrate(db); !status) {
        if (!exists) {
            db.close();
            QFile::remove(absolute);
            QFile::remove(absolute + QStringLiteral("-wal"));
            QFile::remove(absolute + QStringLiteral("-shm"));
        }
        return status.error();
    }
    qCDebug(lcStorage) << "opened catalogue, schema version" << database->schemaVersion();
    return database;
}

bool Database::isReadOnly(const QSqlDatabase& connection)
{
    return connection.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::filesDirectoryFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".files");
}

QString Database::blobPath(const QString& filesDirectory, const QString& sha256)
{
    return filesDirectory + u'/' + sha256.left(2) + u'/' + sha256;
}

QString Database::resolvePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("INFODOC_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/catalogue.sqlite");
}

QString Database::filesDirectory() const
{
    return filesDirectoryFor(m_path);
}

int Database::schemaVersion() const
{
    auto version = Migrations::currentVersion(connection());
    return version ? *version : 0;
}

} // namespace infodoc::core

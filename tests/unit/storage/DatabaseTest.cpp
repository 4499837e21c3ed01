#include "core/storage/Database.h"
#include "core/storage/FileSystemCheck.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaCheck.h"
#include "core/storage/WriteTransaction.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::writeFile;

namespace {
QString pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("a new catalogue gets the schema and the safety pragmas")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")), Database::OpenMode::CreateIfMissing);
    REQUIRE(db.ok());
    CHECK((*db)->wasCreated());
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    CHECK(pragma(**db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(**db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(**db, QStringLiteral("trusted_schema")) == QStringLiteral("0"));
    CHECK(pragma(**db, QStringLiteral("application_id")).toInt() == Database::applicationId);
    CHECK((*db)->filesDirectory() == dir.filePath(QStringLiteral("new.files")));
}

TEST_CASE("reopening an existing catalogue keeps it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
    }
    auto again = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->wasCreated());
}

TEST_CASE("bad catalogue paths give one clear error and leave files as they were")
{
    QTemporaryDir dir;

    SECTION("a file that is not SQLite")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray bytes = "Compte rendu de la réunion du comité de pilotage\n";
        writeFile(path, bytes);
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("notes.txt")));
        CHECK(db.errorMessage().contains(QStringLiteral("not an SQLite database")));
        CHECK(fileBytes(path) == bytes);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db.ok());
        CHECK(fileBytes(path).isEmpty());
    }
    SECTION("a missing folder")
    {
        const QString path = dir.filePath(QStringLiteral("nowhere/c.sqlite"));
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a missing catalogue when one must exist")
    {
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("infodoc-cli init")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a read-only catalogue")
    {
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            REQUIRE(db.ok());
        }
        const QByteArray before = fileBytes(path);
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        // Opened for reading (ReadOnlyCatalogueTest reads, searches and writes it).
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        CHECK((*db)->isReadOnly());
        CHECK((*db)->schemaVersion() == Migrations::latestVersion());
        db->reset();
        CHECK(fileBytes(path) == before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("a read-only folder")
    {
        const QString sub = dir.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(sub));
        REQUIRE(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
        auto db = Database::open(sub + QStringLiteral("/c.sqlite"), Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("read-only")));
        CHECK_FALSE(QFile::exists(sub + QStringLiteral("/c.sqlite")));
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    SECTION("a folder instead of a file")
    {
        auto db = Database::open(dir.path(), Database::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("folder")));
    }
}

TEST_CASE("an SQLite database of another program is refused untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorMessage().contains(QStringLiteral("another program")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a catalogue carrying a trigger Infodoc does not create is refused before it can fire")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sent.sqlite"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE leak (v TEXT)")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER copy_out AFTER INSERT ON record BEGIN INSERT INTO leak "
                                      "VALUES (new.title); END")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorMessage().contains(QStringLiteral("sent.sqlite")));
    CHECK(db.errorMessage().contains(QStringLiteral("trigger copy_out (on record): not created by Infodoc")));
    CHECK(db.errorMessage().contains(QStringLiteral("table leak")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("every version's schema, migrated, is the one a new catalogue gets")
{
    // A catalogue made at each past version and then migrated must pass the
    // check of the latest version, or every catalogue in use would be refused.
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            q.finish();
            REQUIRE(Migrations::migrate(raw, version).ok());
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        INFO("from version " << version);
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == Migrations::latestVersion());
        auto differences = SchemaCheck::differences((*db)->connection(), Migrations::latestVersion());
        REQUIRE(differences.ok());
        CHECK(differences->isEmpty());
    }
}

TEST_CASE("a catalogue from a newer Infodoc is refused untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorMessage().contains(QStringLiteral("newer version")));
    CHECK(db.errorMessage().contains(QStringLiteral("999")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("network filesystems are recognised by their statfs type")
{
    CHECK(FileSystemCheck::networkFileSystemNameForType(0x6969) == QStringLiteral("NFS"));
    CHECK(FileSystemCheck::networkFileSystemNameForType(0xFF534D42UL) == QStringLiteral("CIFS/SMB"));
    CHECK(FileSystemCheck::networkFileSystemNameForType(0xFE534D42UL) == QStringLiteral("CIFS/SMB"));
    CHECK(FileSystemCheck::networkFileSystemNameForType(0xEF53).isEmpty());     // ext4
    CHECK(FileSystemCheck::networkFileSystemNameForType(0x01021994).isEmpty()); // tmpfs
    QTemporaryDir dir;
    CHECK(FileSystemCheck::networkFileSystemName(dir.path()).isEmpty());
}

TEST_CASE("the catalogue path comes from --db, then INFODOC_DB, then the data folder")
{
    CHECK(Database::resolvePath(QStringLiteral("/x/y.sqlite")) == QStringLiteral("/x/y.sqlite"));
    qputenv("INFODOC_DB", "/tmp/from-env.sqlite");
    CHECK(Database::resolvePath({}) == QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("INFODOC_DB");
    const QString fallback = Database::resolvePath({});
    CHECK(fallback.endsWith(QStringLiteral("/catalogue.sqlite")));
    // Test mode keeps the user's real folder out of reach.
    CHECK(fallback.contains(QStringLiteral("qttest")));
}

namespace {
bool run(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    UNSCOPED_INFO(q.lastError().text().toStdString());
    return false;
}
} // namespace

TEST_CASE("opening the catalogue again in the same process keeps its locks: another program is not the last")
{
    // SQLite's locks on a file belong to the process; closing any other
    // handle on that file drops them all. A second connection opened here
    // (the search thread, a background task) must not do that, or a
    // program closing its own connection at the same moment (infodoc-cli)
    // believes it is the last one, removes the write-ahead log under this
    // one and the catalogue reads as "database disk image is malformed".
    infodoc::test::TestCatalogue cat;
    const QString path = cat.path();
    QSqlQuery write(cat.db().connection());
    REQUIRE(write.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    write.finish();
    REQUIRE(
        run(write, QStringLiteral("INSERT INTO record (type, title, title_sort, authors_sort, created, "
                                  "modified) VALUES ('book', 'Avant', 'avant', '', '2026-01-05T09:00:00Z', "
                                  "'2026-01-05T09:00:00Z')")));
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    auto second = cat.openAgain();
    QSqlQuery read(second->connection());
    REQUIRE(read.exec(QStringLiteral("SELECT COUNT(*) FROM record")));

    // Another program opens the catalogue, writes and closes: not the last
    // connection, it leaves the log in place.
    QProcess other;
    other.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sqlite3, sys\n"
             "c = sqlite3.connect(sys.argv[1])\n"
             "c.execute(\"INSERT INTO record (type, title, title_sort, authors_sort, created, modified) "
             "VALUES ('book', 'Ailleurs', 'ailleurs', '', '2026-01-05T09:00:00Z', "
             "'2026-01-05T09:00:00Z')\")\n"
             "c.commit()\n"
             "c.close()\n"),
         path});
    REQUIRE(other.waitForFinished(30000));
    INFO(other.readAllStandardError().toStdString());
    REQUIRE(other.exitCode() == 0);
    CHECK(QFile::exists(path + QStringLiteral("-wal")));

    REQUIRE(
        run(write, QStringLiteral("INSERT INTO record (type, title, title_sort, authors_sort, created, "
                                  "modified) VALUES ('book', 'Après', 'après', '', '2026-01-05T09:00:00Z', "
                                  "'2026-01-05T09:00:00Z')")));
    REQUIRE(read.exec(QStringLiteral("SELECT COUNT(*) FROM record")));
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() == 3);
    read.finish();
    REQUIRE(read.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("a write waits while another program holds the lock for a moment, then goes through")
{
    infodoc::test::TestCatalogue cat;
    QProcess other;
    other.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sqlite3, sys, time\n"
                                "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                "c.execute('BEGIN IMMEDIATE')\n"
                                "print('held', flush=True)\n"
                                "time.sleep(0.5)\n"
                                "c.execute('COMMIT')\n"),
                 cat.path()});
    REQUIRE(other.waitForReadyRead(30000));
    REQUIRE(other.readAllStandardOutput().startsWith("held"));
    QElapsedTimer waited;
    waited.start();
    auto transaction = WriteTransaction::begin(cat.db().connection());
    REQUIRE(transaction.ok());
    CHECK(waited.elapsed() >= 300); // it did wait for the other program's commit
    REQUIRE(transaction->commit().ok());
    REQUIRE(other.waitForFinished(30000));
    CHECK(other.exitCode() == 0);
}

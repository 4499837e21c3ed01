#include "core/storage/Maintenance.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;
using infodoc::test::writeFile;

namespace {
qint64 addBook(RecordRepository& records, const QString& title)
{
    Record r;
    r.title = title;
    auto id = records.add(r);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("check finds a sound catalogue sound")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    addBook(records, QStringLiteral("Rapport annuel"));
    auto report = Maintenance::check(cat.db());
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->records == 1);
}

TEST_CASE("check reports missing and altered attached files")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    AttachmentStore store(cat.db(), cat.clock());
    const qint64 id = addBook(records, QStringLiteral("Étude"));
    auto a = store.attach(id, writeFile(cat.dir() + QStringLiteral("/a.txt"), "contenu A"));
    auto b = store.attach(id, writeFile(cat.dir() + QStringLiteral("/b.txt"), "contenu B"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    QFile::remove(store.pathOf(a->sha256));
    QFile::setPermissions(store.pathOf(b->sha256), QFile::ReadOwner | QFile::WriteOwner);
    writeFile(store.pathOf(b->sha256), "contenu C");
    auto report = Maintenance::check(cat.db());
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems.join(u' ').contains(QStringLiteral("missing")));
    CHECK(report->problems.join(u' ').contains(QStringLiteral("altered")));
}

TEST_CASE("backup and restore round trip, with attached files")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    AttachmentStore store(cat.db(), cat.clock());
    const qint64 first = addBook(records, QStringLiteral("Avant la sauvegarde"));
    auto attached = store.attach(first, writeFile(cat.dir() + QStringLiteral("/doc.txt"), "texte joint"));
    REQUIRE(attached.ok());

    QTemporaryDir backups;
    const QString backupPath = backups.filePath(QStringLiteral("sauvegarde.sqlite"));
    // A reader holds an open statement while the backup runs.
    auto reader = cat.openAgain();
    QSqlQuery open(reader->connection());
    REQUIRE(open.exec(QStringLiteral("SELECT id FROM record")));
    REQUIRE(Maintenance::backup(cat.db(), backupPath).ok());
    open.finish();
    CHECK(QFile::exists(backupPath));
    CHECK(QFile::exists(Database::blobPath(Database::filesDirectoryFor(backupPath), attached->sha256)));

    SECTION("refuses to overwrite an existing backup")
    {
        auto again = Maintenance::backup(cat.db(), backupPath);
        REQUIRE_FALSE(again.ok());
        CHECK(again.errorMessage().contains(QStringLiteral("already exists")));
    }
    SECTION("restores the state of the backup")
    {
        addBook(records, QStringLiteral("Après la sauvegarde"));
        const QString target = cat.path();
        reader.reset();
        // The catalogue must be closed to be replaced; the test holds it open.
        auto busy = Maintenance::restore(backupPath, target);
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.errorMessage().contains(QStringLiteral("open in another")));
    }
}

TEST_CASE("restore replaces a closed catalogue and checks the backup first")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("catalogue.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    infodoc::core::FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
    {
        auto db = Database::open(target, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        RecordRepository records(**db, clock);
        addBook(records, QStringLiteral("Première notice"));
        REQUIRE(Maintenance::backup(**db, backup).ok());
        addBook(records, QStringLiteral("Seconde notice"));
    }

    SECTION("a sound backup")
    {
        REQUIRE(Maintenance::restore(backup, target).ok());
        auto db = Database::open(target, Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        RecordRepository records(**db, clock);
        CHECK(*records.count() == 1);
    }
    SECTION("a file that is not a catalogue")
    {
        const QString junk = writeFile(dir.filePath(QStringLiteral("junk.sqlite")), "pas une base");
        const QByteArray before = fileBytes(target);
        auto s = Maintenance::restore(junk, target);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("junk.sqlite")));
        CHECK(fileBytes(target) == before);
        CHECK_FALSE(QFile::exists(target + QStringLiteral(".restoring")));
    }
    SECTION("a truncated backup")
    {
        QByteArray bytes = fileBytes(backup);
        const QString truncated =
            writeFile(dir.filePath(QStringLiteral("truncated.sqlite")), bytes.left(bytes.size() / 2));
        const QByteArray before = fileBytes(target);
        auto s = Maintenance::restore(truncated, target);
        REQUIRE_FALSE(s.ok());
        CHECK(fileBytes(target) == before);
    }
    SECTION("a backup to which objects were added or changed")
    {
        struct Tampering
        {
            const char* sql;
            const char* named;
        };
        const Tampering tampering = GENERATE(
            Tampering{"CREATE TRIGGER t AFTER INSERT ON record BEGIN DELETE FROM record; END",
                      "trigger t (on record)"},
            Tampering{"CREATE VIEW borrowers_out AS SELECT * FROM record", "view borrowers_out"},
            Tampering{"CREATE TABLE spare (x TEXT)", "table spare"},
            Tampering{"ALTER TABLE record ADD COLUMN extra TEXT", "table record: not as Infodoc defines it"},
            Tampering{"CREATE INDEX record_extra ON record(title)", "index record_extra"});
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(backup);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QString::fromLatin1(tampering.sql)));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const QByteArray before = fileBytes(target);
        auto s = Maintenance::restore(backup, target);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("backup.sqlite")));
        CHECK(s.errorMessage().contains(QString::fromLatin1(tampering.named)));
        CHECK(s.errorMessage().contains(QStringLiteral("not opened")));
        CHECK(fileBytes(target) == before);
        CHECK_FALSE(QFile::exists(target + QStringLiteral(".restoring")));
    }
    SECTION("a backup whose statistics were gathered (ANALYZE) is sound")
    {
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("analyze"));
            raw.setDatabaseName(backup);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("ANALYZE")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("analyze"));
        REQUIRE(Maintenance::restore(backup, target).ok());
    }
    SECTION("a backup that does not exist")
    {
        auto s = Maintenance::restore(dir.filePath(QStringLiteral("absent.sqlite")), target);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("does not exist")));
    }
}

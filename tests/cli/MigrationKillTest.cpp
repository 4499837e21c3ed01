#include "cli/CliRun.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using infodoc::test::cli;
using namespace infodoc::core;

namespace {

// A catalogue of schema version 1 (the kept fixture) with 100,000 records,
// each with a descriptor and a copy, as the first version wrote it.
void makeOldCatalogue(const QString& path)
{
    const QString numbers =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 4 UNION ALL SELECT i + 1 FROM n WHERE i < 100003) ");
    infodoc::test::loadDump(
        QStringLiteral(INFODOC_MIGRATION_FIXTURES "/v01.sql"), path,
        {numbers + QStringLiteral("INSERT INTO record (id, type, title, title_sort, date, year, created, "
                                  "modified) SELECT i, 'book', 'Notice ' || i, 'notice ' || i, '2010', "
                                  "2000 + i % 25, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z' FROM n"),
         numbers + QStringLiteral("INSERT INTO record_subject (record_id, subject_id, position) "
                                  "SELECT i, 1 + i % 2, 0 FROM n"),
         numbers + QStringLiteral("INSERT INTO copy (id, record_id, barcode, status) SELECT i, i, "
                                  "'C' || i, 'available' FROM n")});
}

struct State
{
    int version = 0;
    QString integrity;
    qint64 records = 0;
    qint64 subjects = 0;
    qint64 copies = 0;
    QString titles; // a digest of every title
};

State stateOf(const QString& path)
{
    State s;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("state"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        auto version = Migrations::currentVersion(db);
        REQUIRE(version.ok());
        s.version = *version;
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        s.integrity = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM record), (SELECT COUNT(*) FROM "
                                      "record_subject), (SELECT COUNT(*) FROM copy), (SELECT "
                                      "group_concat(length(title) * id % 9973) FROM record)")));
        REQUIRE(q.next());
        s.records = q.value(0).toLongLong();
        s.subjects = q.value(1).toLongLong();
        s.copies = q.value(2).toLongLong();
        s.titles = QString::number(qHash(q.value(3).toString()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("state"));
    return s;
}

} // namespace

TEST_CASE(
    "kill -9 at random points of the migration of a 100,000-record catalogue: each version whole, then done")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("v1.sqlite"));
    makeOldCatalogue(original);
    const State before = stateOf(original);
    REQUIRE(before.version == 1);
    REQUIRE(before.records == 100003);

    // How long the whole migration takes here sets the range of the kills.
    const QString timed = dir.filePath(QStringLiteral("timed.sqlite"));
    REQUIRE(QFile::copy(original, timed));
    QElapsedTimer whole;
    whole.start();
    REQUIRE(cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}, {}, timed).code ==
            0);
    const quint32 lifeUs = quint32(std::max<qint64>(whole.nsecsElapsed() / 1000, 50000));
    REQUIRE(stateOf(timed).version == Migrations::latestVersion());

    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    REQUIRE(QFile::copy(original, db));
    QRandomGenerator random(20261204);
    int killed = 0;
    QList<int> versionsSeen;
    for (int run = 0; run < 12; ++run) {
        QProcess p;
        p.start(QStringLiteral(INFODOC_CLI), {QStringLiteral("--db"), db, QStringLiteral("list"),
                                              QStringLiteral("--limit"), QStringLiteral("1")});
        REQUIRE(p.waitForStarted(10000));
        QThread::usleep(random.bounded(lifeUs));
        if (p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            ++killed;
        }
        REQUIRE(p.waitForFinished(60000));
        // Whatever the moment: the file is sound, at a whole version, and nothing of the user's is lost.
        const State s = stateOf(db);
        INFO("run " << run << ": version " << s.version);
        CHECK(s.integrity == QStringLiteral("ok"));
        CHECK(s.version >= 1);
        CHECK(s.version <= Migrations::latestVersion());
        CHECK(s.records == before.records);
        CHECK(s.subjects == before.subjects);
        CHECK(s.copies == before.copies);
        CHECK(s.titles == before.titles);
        versionsSeen << s.version;
        if (s.version == Migrations::latestVersion())
            break;
    }
    INFO("killed " << killed << " runs; versions seen "
                   << QStringList([&] {
                          QStringList l;
                          for (int v : versionsSeen)
                              l << QString::number(v);
                          return l;
                      }())
                          .join(u' ')
                          .toStdString());
    CHECK(killed > 0);
    // The next opening takes it the rest of the way.
    REQUIRE(cli({QStringLiteral("check")}, {}, db).code == 0);
    const State after = stateOf(db);
    CHECK(after.version == Migrations::latestVersion());
    CHECK(after.records == before.records);
    CHECK(after.titles == before.titles);
    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
}

#include "core/storage/AutomaticBackups.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "core/storage/Maintenance.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::writeFile;
using Backup = AutomaticBackups::Backup;

namespace {

qint64 addBook(TestCatalogue& cat, const QString& title)
{
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = title;
    auto id = records.add(r);
    REQUIRE(id.ok());
    return *id;
}

AutomaticBackups::Policy policyFor(const QString& folder)
{
    AutomaticBackups::Policy p;
    p.enabled = true;
    p.folder = folder;
    return p;
}

// One backup a day at 18:00 local time, from `first` for `days` days.
QStringList backupEveryDay(TestCatalogue& cat, AutomaticBackups& backups, const QDate& first, int days)
{
    QStringList paths;
    for (int i = 0; i < days; ++i) {
        cat.clock().set(QDateTime(first.addDays(i), QTime(18, 0)).toUTC());
        auto b = backups.run();
        REQUIRE(b.ok());
        paths.append(b->path);
    }
    return paths;
}

QStringList dates(const QList<Backup>& list)
{
    QStringList out;
    for (const Backup& b : list)
        out.append(b.taken.date().toString(Qt::ISODate));
    return out;
}

} // namespace

TEST_CASE("an automatic backup is written, verified and restorable with its attached files")
{
    TestCatalogue cat;
    QTemporaryDir folder;
    const qint64 id = addBook(cat, QStringLiteral("Diagnostic territorial"));
    AttachmentStore store(cat.db(), cat.clock());
    REQUIRE(store.attach(id, writeFile(cat.dir() + QStringLiteral("/d.txt"), "diagnostic joint")).ok());
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), policyFor(folder.path())).ok());

    AutomaticBackups backups(cat.db(), cat.clock());
    QStringList steps;
    auto written = backups.run([&](const QString& step, qint64, qint64) {
        steps.append(step);
        return true;
    });
    REQUIRE(written.ok());
    CHECK(written->state == Backup::State::Verified);
    CHECK(written->records == 1);
    CHECK(written->files == 1);
    CHECK(QFileInfo(written->path).fileName() ==
          QFileInfo(cat.path()).completeBaseName() + u'-' +
              cat.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")) +
              QStringLiteral(".sqlite"));
    CHECK(steps.contains(QStringLiteral("Checking the backup")));
    // Nothing half-written is left beside it.
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());

    auto listed = backups.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().state == Backup::State::Verified);
    CHECK(AutomaticBackups::verify(written->path).state == Backup::State::Verified);

    // A record added after the backup is gone once it is restored.
    addBook(cat, QStringLiteral("Après la sauvegarde"));
    const QString target = cat.dir() + QStringLiteral("/restauré.sqlite");
    REQUIRE(Maintenance::restore(written->path, target).ok());
    auto restored = Database::open(target, Database::OpenMode::ExistingOnly);
    REQUIRE(restored.ok());
    RecordRepository again(**restored, cat.clock());
    CHECK(*again.count() == 1);
    auto report = Maintenance::check(**restored);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->attachments == 1);
}

TEST_CASE("the rotation keeps the newest of the last days, weeks and months")
{
    TestCatalogue cat;
    QTemporaryDir folder;
    addBook(cat, QStringLiteral("Contrat de ville"));
    auto p = policyFor(folder.path());
    p.daily = 7;
    p.weekly = 4;
    p.monthly = 12;
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), p).ok());
    AutomaticBackups backups(cat.db(), cat.clock());
    // Ninety days, Monday 5 January to Sunday 4 April 2027.
    backupEveryDay(cat, backups, QDate(2027, 1, 5), 90);

    auto listed = backups.list();
    REQUIRE(listed.ok());
    // 7 days (29 March to 4 April), the Sundays closing the 4 last weeks (4 April, 28 and 21 and
    // 14 March: 3 more), the last day of the 4 months (4 April, 31 March, 28 February, 31 January).
    CHECK(dates(*listed) == QStringList{QStringLiteral("2027-04-04"), QStringLiteral("2027-04-03"),
                                        QStringLiteral("2027-04-02"), QStringLiteral("2027-04-01"),
                                        QStringLiteral("2027-03-31"), QStringLiteral("2027-03-30"),
                                        QStringLiteral("2027-03-29"), QStringLiteral("2027-03-28"),
                                        QStringLiteral("2027-03-21"), QStringLiteral("2027-03-14"),
                                        QStringLiteral("2027-02-28"), QStringLiteral("2027-01-31")});
    for (const Backup& b : *listed)
        CHECK(b.state == Backup::State::Verified);
    // The check files of the backups removed went with them.
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*.check.json")}, QDir::Files).size() ==
          listed->size());

    // Several the same day: the newest of the day is the one kept.
    cat.clock().set(QDateTime(QDate(2027, 4, 5), QTime(9, 0)).toUTC());
    REQUIRE(backups.run().ok());
    cat.clock().set(QDateTime(QDate(2027, 4, 5), QTime(17, 45)).toUTC());
    auto evening = backups.run();
    REQUIRE(evening.ok());
    listed = backups.list();
    REQUIRE(listed.ok());
    CHECK(listed->first().path == evening->path);
    CHECK(listed->at(1).taken.date() == QDate(2027, 4, 4));
}

TEST_CASE("the attached files are stored once for all the backups, and go when no backup needs them")
{
    TestCatalogue cat;
    QTemporaryDir folder;
    const qint64 id = addBook(cat, QStringLiteral("Étude d'impact"));
    AttachmentStore store(cat.db(), cat.clock());
    auto first = store.attach(id, writeFile(cat.dir() + QStringLiteral("/1.txt"), "première pièce"));
    REQUIRE(first.ok());
    auto p = policyFor(folder.path());
    p.daily = 2;
    p.weekly = 0;
    p.monthly = 0;
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), p).ok());
    AutomaticBackups backups(cat.db(), cat.clock());
    const QString shared =
        folder.path() + u'/' + QFileInfo(cat.path()).completeBaseName() + QStringLiteral(".files");
    auto countFiles = [&] {
        int n = 0;
        for (const QString& d : QDir(shared).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            n += int(QDir(shared + u'/' + d).entryList(QDir::Files).size());
        return n;
    };

    cat.clock().set(QDateTime(QDate(2027, 5, 3), QTime(18, 0)).toUTC());
    REQUIRE(backups.run().ok());
    CHECK(countFiles() == 1);
    // The first file is detached, a second attached: both are needed while the first backup stays.
    REQUIRE(store.detach(first->id).ok());
    REQUIRE(store.attach(id, writeFile(cat.dir() + QStringLiteral("/2.txt"), "deuxième pièce")).ok());
    cat.clock().set(QDateTime(QDate(2027, 5, 4), QTime(18, 0)).toUTC());
    REQUIRE(backups.run().ok());
    CHECK(countFiles() == 2);
    // A third day: the first backup leaves the rotation, and the file only it held.
    cat.clock().set(QDateTime(QDate(2027, 5, 5), QTime(18, 0)).toUTC());
    REQUIRE(backups.run().ok());
    CHECK(countFiles() == 1);
    auto listed = backups.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    for (const Backup& b : *listed)
        CHECK(AutomaticBackups::verify(b.path).state == Backup::State::Verified);
}

TEST_CASE("a damaged backup is shown as such and does not count in the rotation")
{
    TestCatalogue cat;
    QTemporaryDir folder;
    const qint64 id = addBook(cat, QStringLiteral("Rapport"));
    AttachmentStore store(cat.db(), cat.clock());
    auto attached = store.attach(id, writeFile(cat.dir() + QStringLiteral("/r.txt"), "rapport joint"));
    REQUIRE(attached.ok());
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), policyFor(folder.path())).ok());
    AutomaticBackups backups(cat.db(), cat.clock());
    const QStringList paths = backupEveryDay(cat, backups, QDate(2027, 6, 1), 3);

    // The newest overwritten in its middle, the oldest's attached file altered.
    {
        QFile f(paths.at(2));
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, 'x'));
    }
    auto listed = backups.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 3);
    CHECK(listed->first().state == Backup::State::Damaged);
    CHECK(AutomaticBackups::stateText(listed->first()).startsWith(QStringLiteral("damaged")));
    CHECK(listed->at(1).state == Backup::State::Verified);

    const QString blob = Database::blobPath(AutomaticBackups::filesOf(paths.at(0)), attached->sha256);
    QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(blob, "rapport changé");
    const Backup checked = AutomaticBackups::verify(paths.at(0));
    CHECK(checked.state == Backup::State::Damaged);
    CHECK(checked.problem.contains(QStringLiteral("altered")));

    // Restoring the damaged one is refused, the catalogue untouched.
    const QString target = cat.dir() + QStringLiteral("/cible.sqlite");
    CHECK_FALSE(Maintenance::restore(paths.at(2), target).ok());
    CHECK_FALSE(QFileInfo::exists(target));

    // The damaged newest one is not the day's backup: kept() passes over it.
    auto p = policyFor(folder.path());
    p.daily = 1;
    p.weekly = 0;
    p.monthly = 0;
    const QList<Backup> keep = AutomaticBackups::kept(*listed, p);
    REQUIRE(keep.size() == 1);
    CHECK(keep.first().path == paths.at(1));
}

TEST_CASE("a missing or full backup folder is reported and nothing is left half-written")
{
    TestCatalogue cat;
    addBook(cat, QStringLiteral("Annuaire des acteurs"));
    QTemporaryDir folder;
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), policyFor(folder.path())).ok());
    AutomaticBackups backups(cat.db(), cat.clock());

    SECTION("the drive was unplugged")
    {
        REQUIRE(folder.remove());
        auto run = backups.run();
        REQUIRE_FALSE(run.ok());
        CHECK(run.errorMessage().contains(QDir::toNativeSeparators(folder.path())));
        CHECK(run.errorMessage().contains(QStringLiteral("cannot be found")));
        auto listed = backups.list();
        REQUIRE_FALSE(listed.ok());
        CHECK(listed.errorMessage().contains(QStringLiteral("cannot be found")));
    }
    SECTION("the folder has too little room left")
    {
        backups.setFreeSpace([](const QString&) { return qint64(10 * 1024); });
        auto run = backups.run();
        REQUIRE_FALSE(run.ok());
        CHECK(run.errorMessage().contains(QStringLiteral("is full")));
        CHECK(run.errorMessage().contains(QStringLiteral("needs")));
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }
    SECTION("writing fails half-way (files larger than the limit cannot be written)")
    {
        struct rlimit old
        {
        };
        REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 8 * 1024;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        auto run = backups.run();
        REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
        std::signal(SIGXFSZ, oldHandler);
        REQUIRE_FALSE(run.ok());
        CHECK(run.errorMessage().contains(QStringLiteral("Cannot write the backup")));
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
        // The catalogue goes on being written, and the next backup works.
        addBook(cat, QStringLiteral("Après l'échec"));
        REQUIRE(backups.run().ok());
    }
    SECTION("cancelled while it runs")
    {
        auto run = backups.run([](const QString& step, qint64, qint64) {
            return step != QStringLiteral("Checking the backup");
        });
        REQUIRE_FALSE(run.ok());
        CHECK(run.errorMessage() == QStringLiteral("Backup cancelled."));
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }
}

TEST_CASE("a backup is due once the time of day has passed without one")
{
    TestCatalogue cat;
    addBook(cat, QStringLiteral("Lettre d'information"));
    QTemporaryDir folder;
    auto p = policyFor(folder.path());
    p.at = QTime(12, 30);
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), p).ok());
    AutomaticBackups backups(cat.db(), cat.clock());
    cat.clock().set(QDateTime(QDate(2027, 3, 1), QTime(12, 0)).toUTC());
    CHECK_FALSE(*backups.due());
    cat.clock().set(QDateTime(QDate(2027, 3, 1), QTime(12, 31)).toUTC());
    CHECK(*backups.due());
    REQUIRE(backups.run().ok());
    CHECK_FALSE(*backups.due());
    // The next day, the same.
    cat.clock().set(QDateTime(QDate(2027, 3, 2), QTime(8, 0)).toUTC());
    CHECK_FALSE(*backups.due());
    cat.clock().set(QDateTime(QDate(2027, 3, 2), QTime(13, 0)).toUTC());
    CHECK(*backups.due());
    // Off: never due.
    p.enabled = false;
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), p).ok());
    CHECK_FALSE(*backups.due());
}

TEST_CASE("the backup policy is checked before it is kept")
{
    TestCatalogue cat;
    QTemporaryDir folder;
    auto p = policyFor(folder.path() + QStringLiteral("/absent"));
    CHECK(AutomaticBackups::setPolicy(cat.db(), p).errorMessage().contains(QStringLiteral("does not exist")));
    p.folder = cat.dir();
    CHECK(AutomaticBackups::setPolicy(cat.db(), p)
              .errorMessage()
              .contains(QStringLiteral("catalogue's own folder")));
    p.folder = folder.path();
    p.daily = 0;
    p.weekly = 0;
    p.monthly = 0;
    CHECK_FALSE(AutomaticBackups::setPolicy(cat.db(), p).ok());
    p.daily = 5;
    p.weekly = 2;
    p.monthly = 6;
    p.at = QTime(17, 15);
    p.atClose = false;
    REQUIRE(AutomaticBackups::setPolicy(cat.db(), p).ok());
    auto back = AutomaticBackups::policy(cat.db());
    REQUIRE(back.ok());
    CHECK(back->enabled);
    CHECK(back->folder == QFileInfo(folder.path()).absoluteFilePath());
    CHECK(back->daily == 5);
    CHECK(back->weekly == 2);
    CHECK(back->monthly == 6);
    CHECK(back->at == QTime(17, 15));
    CHECK_FALSE(back->atClose);
    // A failed read is an error, not the default policy.
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting RENAME TO setting_away")));
    CHECK_FALSE(AutomaticBackups::policy(cat.db()).ok());
    CHECK_FALSE(AutomaticBackups(cat.db(), cat.clock()).due().ok());
}

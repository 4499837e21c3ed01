#include "core/setup/NewCatalogue.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

using namespace infodoc::core;

namespace {
QByteArray pngLogo()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

TEST_CASE("the centre's catalogue is created with its identity, thesaurus and backups")
{
    QTemporaryDir dir;
    QTemporaryDir drive;
    FixedClock clock(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    NewCatalogue::Centre centre;
    centre.path = dir.filePath(QStringLiteral("centre/catalogue.sqlite"));
    centre.identity.name = QStringLiteral("Centre de ressources politique de la ville de l'Essonne");
    centre.identity.address = QStringLiteral("12 rue des Écoles\n91000 Évry");
    centre.identity.logo = pngLogo();
    AutomaticBackups::Policy policy;
    policy.enabled = true;
    policy.folder = drive.path();
    centre.backups = policy;

    auto db = NewCatalogue::create(centre, clock);
    REQUIRE(db.ok());
    auto identity = CentreSettings(**db).load();
    REQUIRE(identity.ok());
    CHECK(identity->name == centre.identity.name);
    CHECK(identity->address == centre.identity.address);
    CHECK(identity->logo == centre.identity.logo);
    auto backups = AutomaticBackups::policy(**db);
    REQUIRE(backups.ok());
    CHECK(backups->enabled);
    CHECK(backups->folder == QFileInfo(drive.path()).absoluteFilePath());
    Thesaurus thesaurus(**db, clock);
    CHECK(*thesaurus.descriptorCount() > 100);
    CHECK(*RecordRepository(**db, clock).count() == 0);

    // Twice at the same place is refused, the first one untouched.
    db->reset();
    auto again = NewCatalogue::create(centre, clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("exists already")));
    auto reopened = Database::open(centre.path, Database::OpenMode::ExistingOnly);
    REQUIRE(reopened.ok());
    CHECK(CentreSettings(**reopened).load()->name == centre.identity.name);
}

TEST_CASE("a catalogue whose setup fails is not left half-made")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    NewCatalogue::Centre centre;
    centre.path = dir.filePath(QStringLiteral("catalogue.sqlite"));

    SECTION("no name")
    {
        auto db = NewCatalogue::create(centre, clock);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("centre's name")));
    }
    SECTION("a logo that is not a picture")
    {
        centre.identity.name = QStringLiteral("CRPV");
        centre.identity.logo = "pas une image";
        CHECK_FALSE(NewCatalogue::create(centre, clock).ok());
    }
    SECTION("a backup folder that does not exist")
    {
        centre.identity.name = QStringLiteral("CRPV");
        AutomaticBackups::Policy policy;
        policy.enabled = true;
        policy.folder = dir.filePath(QStringLiteral("clé-absente"));
        centre.backups = policy;
        auto db = NewCatalogue::create(centre, clock);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("does not exist")));
    }
    // Nothing of it remains: the file, its log, its files folder.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("the demonstration catalogue is made afresh with sample records")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("demonstration.sqlite"));
    int last = 0;
    {
        auto db = NewCatalogue::createDemo(path, 40, clock, [&last](int done, int) {
            last = done;
            return true;
        });
        REQUIRE(db.ok());
        CHECK(*RecordRepository(**db, clock).count() == 40);
        CHECK(CentreSettings(**db).load()->name == QStringLiteral("Demonstration resource centre"));
        // A record added while looking around…
        Record r;
        r.title = QStringLiteral("Essai");
        REQUIRE(RecordRepository(**db, clock).add(r).ok());
    }
    CHECK(last == 40);
    // … is gone when the demonstration is made again.
    auto again = NewCatalogue::createDemo(path, 40, clock);
    REQUIRE(again.ok());
    CHECK(*RecordRepository(**again, clock).count() == 40);
    again->reset();
    // Cancelled: no demonstration catalogue left.
    auto cancelled = NewCatalogue::createDemo(path, 40, clock, [](int, int) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK_FALSE(QFileInfo::exists(path));
}

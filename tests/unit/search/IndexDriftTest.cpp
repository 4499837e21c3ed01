#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/search/ExtractionPool.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/storage/Maintenance.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace infodoc::core;

namespace {

// A catalogue that can be closed, backed up, restored and opened again,
// with its index beside it, as the desk's programs use them.
struct Desk
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    QString path = dir.filePath(QStringLiteral("centre.sqlite"));
    std::unique_ptr<Database> db;

    Desk() { open(Database::OpenMode::CreateIfMissing); }

    void open(Database::OpenMode mode = Database::OpenMode::ExistingOnly)
    {
        auto opened = Database::open(path, mode);
        REQUIRE(opened.ok());
        db = std::move(*opened);
    }
    qint64 add(const QString& title)
    {
        RecordRepository records(*db, clock);
        Record r;
        r.title = title;
        auto id = records.add(r);
        REQUIRE(id.ok());
        clock.advanceSeconds(60);
        return *id;
    }
    QString indexDir() const { return SearchIndex::directoryFor(*db); }
    // Brings the index up to date as a search would; what it repaired.
    IndexSync::Summary sync()
    {
        auto index = SearchIndex::open(indexDir(), SearchIndex::Mode::ReadWrite);
        REQUIRE(index.ok());
        IndexSync sync(*db, **index, ExtractionPool::Options{});
        auto summary = sync.sync();
        REQUIRE(summary.ok());
        return *summary;
    }
    // The titles found for a query, after the index is brought up to date.
    QStringList found(const QString& query)
    {
        auto index = SearchIndex::open(indexDir(), SearchIndex::Mode::ReadOnly);
        REQUIRE(index.ok());
        SearchService service(*db, **index);
        SearchService::Options options;
        options.query = query;
        options.limit = 100;
        auto result = service.search(options);
        REQUIRE(result.ok());
        QStringList titles;
        for (const auto& hit : result->hits)
            titles << hit.title;
        return titles;
    }
    qint64 documents()
    {
        auto index = SearchIndex::open(indexDir(), SearchIndex::Mode::ReadOnly);
        REQUIRE(index.ok());
        return (*index)->documentCount();
    }
    void backUp(const QString& to) { REQUIRE(Maintenance::backup(*db, to).ok()); }
    void restore(const QString& from)
    {
        db.reset();
        REQUIRE(Maintenance::restore(from, path).ok());
        open();
    }
};

void copyFolder(const QString& from, const QString& to)
{
    QDir(to).removeRecursively();
    REQUIRE(QDir().mkpath(to));
    QDirIterator it(from, QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        REQUIRE(QFile::copy(file, to + u'/' + QFileInfo(file).fileName()));
    }
}

} // namespace

TEST_CASE("an index deleted is made again at the next sync")
{
    Desk desk;
    desk.add(QStringLiteral("Le logement social en Val-d'Oise"));
    desk.add(QStringLiteral("Jardins partagés"));
    desk.sync();
    REQUIRE(desk.documents() == 2);
    REQUIRE(QDir(desk.indexDir()).removeRecursively());
    const auto summary = desk.sync();
    CHECK(summary.records == 2);
    CHECK(desk.documents() == 2);
    CHECK(desk.found(QStringLiteral("jardins")) == QStringList{QStringLiteral("Jardins partagés")});
}

TEST_CASE("an index ahead of a restored catalogue is rebuilt: no hit for a record the backup does not have")
{
    Desk desk;
    desk.add(QStringLiteral("Le logement social en Val-d'Oise"));
    desk.sync();
    const QString backup = desk.dir.filePath(QStringLiteral("backup.sqlite"));
    desk.backUp(backup);
    desk.add(QStringLiteral("Le quartier des Tilleuls"));
    desk.sync();
    REQUIRE(desk.found(QStringLiteral("tilleuls")).size() == 1);

    SECTION("the backup put back: the index has taken in more changes than the catalogue has")
    {
        desk.restore(backup);
        const auto summary = desk.sync();
        CHECK(summary.repaired.contains(QStringLiteral("rebuilt")));
        CHECK(summary.repaired.contains(QStringLiteral("backup")));
        CHECK(desk.found(QStringLiteral("tilleuls")).isEmpty());
        CHECK(desk.documents() == 1);
    }
    SECTION("the backup put back and written to since, past the index's position: another history")
    {
        desk.restore(backup);
        desk.add(QStringLiteral("La maison des projets"));
        desk.add(QStringLiteral("Le conseil citoyen"));
        const auto summary = desk.sync();
        CHECK(summary.repaired.contains(QStringLiteral("rebuilt")));
        CHECK(desk.found(QStringLiteral("tilleuls")).isEmpty());
        CHECK(desk.found(QStringLiteral("conseil")) == QStringList{QStringLiteral("Le conseil citoyen")});
        CHECK(desk.found(QStringLiteral("maison")) == QStringList{QStringLiteral("La maison des projets")});
        CHECK(desk.documents() == 3);
        // Once rebuilt, it matches: the next sync has nothing to repair.
        CHECK(desk.sync().repaired.isEmpty());
    }
}

TEST_CASE("an older index put back catches up from its own position, nothing rebuilt")
{
    Desk desk;
    desk.add(QStringLiteral("Le logement social en Val-d'Oise"));
    desk.sync();
    const QString old = desk.dir.filePath(QStringLiteral("old.index"));
    copyFolder(desk.indexDir(), old);
    desk.add(QStringLiteral("Le quartier des Tilleuls"));
    desk.sync();
    copyFolder(old, desk.indexDir());
    REQUIRE(desk.documents() == 1);
    const auto summary = desk.sync();
    CHECK(summary.repaired.isEmpty());
    CHECK(summary.records == 1);
    CHECK(desk.found(QStringLiteral("tilleuls")) == QStringList{QStringLiteral("Le quartier des Tilleuls")});
}

TEST_CASE("documents dropped from the index, or of records gone, are found at the next sync and repaired")
{
    Desk desk;
    const qint64 first = desk.add(QStringLiteral("Le logement social en Val-d'Oise"));
    desk.add(QStringLiteral("Le quartier des Tilleuls"));
    desk.add(QStringLiteral("Jardins partagés"));
    desk.sync();
    // Behind the journal's back, the index's position unchanged.
    auto tamper = [&](const std::function<void(SearchIndex&)>& change) {
        auto index = SearchIndex::open(desk.indexDir(), SearchIndex::Mode::ReadWrite);
        REQUIRE(index.ok());
        const qint64 seq = (*index)->lastSeq();
        const QString entry = (*index)->lastEntry();
        REQUIRE_FALSE(entry.isEmpty());
        change(**index);
        REQUIRE((*index)->commit(seq, entry).ok());
    };
    SECTION("a document lost")
    {
        tamper([&](SearchIndex& index) { REQUIRE(index.remove(first).ok()); });
        REQUIRE(desk.found(QStringLiteral("logement")).isEmpty());
        const auto summary = desk.sync();
        CHECK(summary.repaired.contains(QStringLiteral("1 record(s) added")));
        CHECK(summary.repaired.contains(QStringLiteral("0 record(s) no longer in the catalogue")));
        CHECK(desk.found(QStringLiteral("logement")) ==
              QStringList{QStringLiteral("Le logement social en Val-d'Oise")});
    }
    SECTION("the document of a record that is not in the catalogue")
    {
        tamper([&](SearchIndex& index) {
            IndexDocument stray;
            stray.recordId = 4242;
            stray.title = QStringLiteral("Une notice fantôme des Tilleuls");
            stray.type = QStringLiteral("book");
            REQUIRE(index.replace(stray).ok());
        });
        REQUIRE(desk.documents() == 4);
        const auto summary = desk.sync();
        CHECK(summary.repaired.contains(QStringLiteral("0 record(s) added")));
        CHECK(summary.repaired.contains(QStringLiteral("1 record(s) no longer in the catalogue removed")));
        auto index = SearchIndex::open(desk.indexDir(), SearchIndex::Mode::ReadOnly);
        REQUIRE(index.ok());
        auto ids = (*index)->recordIds();
        REQUIRE(ids.ok());
        CHECK_FALSE(ids->contains(4242));
    }
    CHECK(desk.documents() == 3);
    CHECK(desk.found(QStringLiteral("tilleuls")) == QStringList{QStringLiteral("Le quartier des Tilleuls")});
    CHECK(desk.sync().repaired.isEmpty());
}

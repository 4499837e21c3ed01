#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "core/search/ExtractionPool.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;
using infodoc::test::writePdf;

namespace {

constexpr auto readOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr auto readOnlyDir = readOnlyFile | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

// Every file under `dir`, with its bytes: what "nothing was written" means.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, fileBytes(path));
    }
    return files;
}

// A catalogue with two records, one with a PDF attached, closed cleanly
// (its write-ahead log folded in), in its own folder.
struct Sent
{
    TestCatalogue cat;
    QString path;
    QString folder;

    Sent()
    {
        RecordRepository records(cat.db(), cat.clock());
        Record a;
        a.title = QStringLiteral("Le logement social en Val-d'Oise");
        a.subjects = {QStringLiteral("Logement social")};
        auto id = records.add(a);
        REQUIRE(id.ok());
        Record b;
        b.title = QStringLiteral("Jardins partagés");
        REQUIRE(records.add(b).ok());
        const QString pdf = writePdf(cat.dir() + QStringLiteral("/rapport.pdf"),
                                     {QStringLiteral("La rénovation thermique des copropriétés dégradées.")});
        REQUIRE(AttachmentStore(cat.db(), cat.clock()).attach(*id, pdf).ok());
        QFile::remove(pdf);
        QSqlQuery q(cat.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        path = cat.path();
        folder = cat.dir();
    }
    ~Sent()
    {
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        while (it.hasNext())
            QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

// Reads, searches (the index made in the cache, the PDF's text included)
// and refuses every write with one line naming the file.
void readsButNeverWrites(Database& db, const QString& path)
{
    CHECK(db.isReadOnly());
    const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    RecordRepository records(db, clock);
    auto ids = records.allIds();
    REQUIRE(ids.ok());
    CHECK(ids->size() == 2);

    // The index is made in the user's cache, not beside the catalogue.
    const QString indexDir = SearchIndex::directoryFor(db);
    CHECK(indexDir.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    struct RemoveAfter
    {
        QString dir;
        ~RemoveAfter() { QDir(dir).removeRecursively(); }
    } removeAfter{indexDir};
    ExtractionPool::Options extraction;
    extraction.helperPath = QStringLiteral(INFODOC_EXTRACT);
    auto index = IndexSync::openUpToDate(db, extraction);
    REQUIRE(index.ok());
    CHECK((*index)->documentCount() == 2);
    SearchService service(db, **index);
    SearchService::Options words;
    words.query = QStringLiteral("copropriétés");
    auto found = service.search(words);
    REQUIRE(found.ok());
    REQUIRE(found->total == 1);
    CHECK(found->hits[0].title == QStringLiteral("Le logement social en Val-d'Oise"));

    Record c;
    c.title = QStringLiteral("Une troisième notice");
    auto added = records.add(c);
    REQUIRE_FALSE(added.ok());
    CHECK(added.errorMessage().contains(QStringLiteral("read-only")));
    CHECK(added.errorMessage().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(added.errorMessage().contains(u'\n'));
    auto first = records.get(ids->first());
    REQUIRE(first.ok());
    first->title = QStringLiteral("Changé");
    CHECK_FALSE(records.update(*first).ok());
    CHECK_FALSE(records.remove(ids->first()).ok());
    auto again = records.allIds();
    REQUIRE(again.ok());
    CHECK(again->size() == 2);
    CHECK(records.get(ids->first())->title == QStringLiteral("Le logement social en Val-d'Oise"));
}

} // namespace

TEST_CASE("a catalogue file without write permission is opened read-only: read and searched, never written")
{
    Sent sent;
    sent.cat.db().connection().close();
    const auto before = snapshot(sent.folder);
    REQUIRE(QFile::setPermissions(sent.path, readOnlyFile));

    auto db = Database::open(sent.path, Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    readsButNeverWrites(**db, sent.path);
    db->reset();
    CHECK(fileBytes(sent.path) == before.value(sent.path));
}

TEST_CASE("a catalogue in a folder nothing can be written to (a CD, a read-only share) is read and searched")
{
    Sent sent;
    sent.cat.db().connection().close();
    QDirIterator it(sent.folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList folders{sent.folder};
    while (it.hasNext())
        folders << it.next();
    const auto before = snapshot(sent.folder);
    for (const QString& folder : folders)
        REQUIRE(QFile::setPermissions(folder, readOnlyDir));

    auto db = Database::open(sent.path, Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    readsButNeverWrites(**db, sent.path);
    db->reset();
    // Not a byte written, no -wal or -shm left beside it.
    CHECK(snapshot(sent.folder) == before);
}

TEST_CASE("a read-only catalogue of an older version is refused with the way out, untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-ro"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        q.finish();
        REQUIRE(Migrations::migrate(raw, Migrations::latestVersion() - 1).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-ro"));
    const QByteArray before = fileBytes(path);
    REQUIRE(QFile::setPermissions(path, readOnlyFile));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorMessage().contains(QStringLiteral("older version")));
    CHECK(db.errorMessage().contains(QStringLiteral("copy it to a folder")));
    CHECK(fileBytes(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

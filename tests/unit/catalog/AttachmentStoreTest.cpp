#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::writeFile;

namespace {
int storedFiles(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

qint64 newRecord(RecordRepository& records, const QString& title)
{
    Record r;
    r.title = title;
    auto id = records.add(r);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("a file attached twice is stored once and removed with its last reference")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    AttachmentStore store(cat.db(), cat.clock());
    const qint64 r1 = newRecord(records, QStringLiteral("Un"));
    const qint64 r2 = newRecord(records, QStringLiteral("Deux"));
    const QByteArray content = "%PDF-1.4 rapport d'activité";
    const QString file = writeFile(cat.dir() + QStringLiteral("/rapport.pdf"), content);

    auto a1 = store.attach(r1, file);
    auto a2 = store.attach(r2, file);
    REQUIRE(a1.ok());
    REQUIRE(a2.ok());
    CHECK(a1->sha256 == a2->sha256);
    CHECK(a1->sha256.size() == 64);
    CHECK(a1->fileName == QStringLiteral("rapport.pdf"));
    CHECK(a1->size == content.size());
    const QString stored = store.pathOf(a1->sha256);
    CHECK(stored.startsWith(cat.db().filesDirectory() + u'/' + a1->sha256.left(2) + u'/'));
    CHECK(storedFiles(cat.db().filesDirectory()) == 1);
    CHECK(records.get(r1)->attachments.size() == 1);

    REQUIRE(store.detach(a1->id).ok());
    CHECK(QFile::exists(stored)); // still used by record 2
    REQUIRE(records.remove(r2).ok());
    CHECK_FALSE(QFile::exists(stored));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM attachment_blob")) == 0);
    // The original is never touched.
    CHECK(QFile::exists(file));
}

TEST_CASE("attaching bad input fails cleanly")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    AttachmentStore store(cat.db(), cat.clock());
    const qint64 r = newRecord(records, QStringLiteral("Notice"));
    auto missing = store.attach(r, cat.dir() + QStringLiteral("/absent.pdf"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("absent.pdf")));
    const QString file = writeFile(cat.dir() + QStringLiteral("/x.txt"), "x");
    auto noRecord = store.attach(999, file);
    REQUIRE_FALSE(noRecord.ok());
    CHECK(noRecord.errorMessage().contains(QStringLiteral("999")));
    CHECK(storedFiles(cat.db().filesDirectory()) == 0);
    CHECK_FALSE(store.detach(12345).ok());
}

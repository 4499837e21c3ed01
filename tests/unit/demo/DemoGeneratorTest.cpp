#include "core/demo/DemoGenerator.h"
#include "core/catalog/RecordRepository.h"
#include "core/storage/Maintenance.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("the demo catalogue has every type, authorities, subjects, copies and PDFs")
{
    TestCatalogue cat;
    DemoGenerator generator(cat.db(), cat.clock());
    auto summary = generator.generate({600, 10, 7});
    REQUIRE(summary.ok());
    CHECK(summary->records == 600);
    CHECK(summary->pdfs == 60);
    CHECK(summary->pdfPages >= 60);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 600);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(DISTINCT type) FROM record")) ==
          Vocabulary::documentTypes().size());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM authority")) > 50);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(DISTINCT subject_id) FROM record_subject")) > 100);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record_territory")) >= 600);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM copy")) > 300);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM experience_sheet")) > 20);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM attachment")) == 60);
    auto report = Maintenance::check(cat.db());
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());

    // Records read back as valid records.
    RecordRepository records(cat.db(), cat.clock());
    auto sheet = records.get(cat.scalar(QStringLiteral("SELECT MIN(record_id) FROM experience_sheet")));
    REQUIRE(sheet.ok());
    REQUIRE(sheet->sheet.has_value());
    CHECK_FALSE(sheet->sheet->objectives.isEmpty());
}

TEST_CASE("the same seed gives the same catalogue")
{
    TestCatalogue a;
    TestCatalogue b;
    REQUIRE(DemoGenerator(a.db(), a.clock()).generate({50, 0, 3}).ok());
    REQUIRE(DemoGenerator(b.db(), b.clock()).generate({50, 0, 3}).ok());
    RecordRepository ra(a.db(), a.clock());
    RecordRepository rb(b.db(), b.clock());
    for (qint64 id = 1; id <= 50; ++id)
        CHECK(ra.get(id)->title == rb.get(id)->title);
}

TEST_CASE("a cancelled demo writes nothing")
{
    TestCatalogue cat;
    auto summary = DemoGenerator(cat.db(), cat.clock()).generate({2000, 10, 1}, [](int done, int) {
        return done < 1000;
    });
    REQUIRE_FALSE(summary.ok());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM attachment_blob")) == 0);
}

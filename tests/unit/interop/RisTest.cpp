#include "core/interop/Ris.h"
#include "core/catalog/RecordRepository.h"
#include "core/interop/Importer.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

QList<interop::Parsed> readRis(const QByteArray& data)
{
    auto records = Ris::read(data, QStringLiteral("refs.ris"));
    INFO((records ? QString() : records.errorMessage()).toStdString());
    REQUIRE(records);
    return *records;
}

} // namespace

TEST_CASE("the medialab RIS file: continuation lines, old and new tags, ER with and without a space")
{
    const auto records =
        readRis(fileBytes(QStringLiteral(INFODOC_INTEROP_SAMPLES "/medialab-ris-example.ris")));
    REQUIRE(records.size() == 17);
    for (const auto& r : records) {
        CHECK(r.error.isEmpty());
        CHECK_FALSE(r.record.title.isEmpty());
    }
    const Record& first = records.at(0).record;
    CHECK(records.at(0).line == 1);
    CHECK(records.at(1).line == 30); // after ER and a blank line
    CHECK(first.type == DocumentType::Article);
    // Three lines joined, the " /" marks gone.
    CHECK(first.title ==
          QStringLiteral("T-lymphocytes from normal human peritoneum are phenotypically different "
                         "from their counterparts in peripheral blood and CD3- lymphocyte subsets "
                         "contain mRNA for the recombination activating gene RAG-1"));
    REQUIRE(first.responsibilities.size() == 4);
    CHECK(first.responsibilities.first().name == QStringLiteral("Hartmann, J."));
    CHECK(first.date == QStringLiteral("1995"));
    CHECK(first.pages == QStringLiteral("2626-2631"));
    CHECK(first.containerTitle == QStringLiteral("European Journal of Immunology"));
    CHECK(first.volume == QStringLiteral("25"));
    CHECK(first.subjects.contains(QStringLiteral("Peritoneum")));
    CHECK(first.abstract.startsWith(QStringLiteral("These findings are compatible")));
    CHECK_FALSE(first.abstract.contains(QStringLiteral(" /")));

    const Record& book = records.at(1).record;
    CHECK(book.type == DocumentType::Book);
    CHECK(book.place == QStringLiteral("Amsterdam"));
    CHECK(book.publisher == QStringLiteral("Elsevier Scientific Publishing Company"));

    // New tags: a chapter with its book (BT), editors (ED), an ISBN in SN.
    const auto chapter = std::find_if(records.begin(), records.end(), [](const interop::Parsed& p) {
        return p.record.title == QStringLiteral("Antarctic marine biodiversity: an overview");
    });
    REQUIRE(chapter != records.end());
    CHECK(chapter->record.type == DocumentType::Chapter);
    CHECK(chapter->record.containerTitle ==
          QStringLiteral("Antarctic Communities: Species, Structure and Survival"));
    CHECK(chapter->record.isbn == QStringLiteral("0-521-48033-7"));
    CHECK(chapter->record.date == QStringLiteral("1997"));
    CHECK(chapter->sourceId == QStringLiteral("Arntz++1997"));
    CHECK(std::count_if(chapter->record.responsibilities.begin(), chapter->record.responsibilities.end(),
                        [](const Responsibility& r) { return r.role == Role::Editor; }) == 3);
    // The journal's full name rather than its abbreviation, and its ISSN.
    const auto article = std::find_if(records.begin(), records.end(), [](const interop::Parsed& p) {
        return p.sourceId == QStringLiteral("Aberle+Witte2003");
    });
    REQUIRE(article != records.end());
    CHECK(article->record.containerTitle == QStringLiteral("Marine Ecology Progress Series"));
    CHECK(article->record.issn == QStringLiteral("0171-8630"));
}

TEST_CASE("broken RIS: a record cut short, text outside a record, Latin-1, CRLF and a BOM")
{
    auto records = readRis("TY  - BOOK\r\nTI  - Premier\r\nER  - \r\nTY  - BOOK\r\nTI  - Coupé\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(0).error.isEmpty());
    CHECK(records.at(1).line == 4);
    CHECK_FALSE(records.at(1).error.isEmpty());

    auto outside = Ris::read("TI  - Sans TY\nER  - \n", QStringLiteral("refs.ris"));
    REQUIRE_FALSE(outside);
    CHECK(outside.errorMessage().contains(QStringLiteral("refs.ris, line 1")));
    auto prose = Ris::read("TY  - BOOK\nTI  - x\nER  -\nDu texte libre\n", QStringLiteral("refs.ris"));
    REQUIRE_FALSE(prose);
    CHECK(prose.errorMessage().contains(QStringLiteral("line 4")));

    records =
        readRis("\xEF\xBB\xBFTY  - RPRT\nTI  - Soci\xE9t\xE9 et quartiers\nPY  - 2019/05/14/\nER  - \n");
    REQUIRE(records.size() == 1);
    CHECK(records.first().record.title == QStringLiteral("Société et quartiers"));
    CHECK(records.first().record.type == DocumentType::Report);
    CHECK(records.first().record.date == QStringLiteral("2019-05-14"));
    records = readRis("\xEF\xBB\xBFTY  - BOOK\nTI  - Cit\xC3\xA9s\nER  - \n");
    REQUIRE(records.size() == 1);
    CHECK(records.first().record.title == QStringLiteral("Cités"));
    CHECK(Ris::looksLikeRis("\nTY  - JOUR\n"));
    CHECK_FALSE(Ris::looksLikeRis("@book{x,\n}"));
}

TEST_CASE(
    "a RIS file is imported through the same plan: format found, keywords matched, errors by line and tag")
{
    TestCatalogue cat;
    const QByteArray ris = "\nTY  - RPRT\nTI  - Les quartiers prioritaires en 2020\nAU  - Dupont, Marie\n"
                           "PY  - 2020\nKW  - QPV\nKW  - Apiculture urbaine\nER  - \n"
                           "TY  - BOOK\nAU  - Sans titre, Jean\nPY  - 2021\nER  - \n";
    Importer importer(cat.db(), cat.clock());
    auto plan = importer.prepare(ris, QStringLiteral("zotero.ris"), {});
    REQUIRE(plan);
    CHECK(plan->format == Importer::Format::Ris);
    REQUIRE(plan->read() == 2);
    const auto& report = plan->records.at(0);
    CHECK(report.errors.isEmpty());
    CHECK(report.record.subjects ==
          QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    CHECK(report.record.keywords.contains(QStringLiteral("Apiculture urbaine")));
    const auto& untitled = plan->records.at(1);
    REQUIRE_FALSE(untitled.errors.isEmpty());
    CHECK(untitled.errors.first().line == 9);
    CHECK(untitled.errors.first().field == QStringLiteral("TI"));

    Importer::Options validOnly;
    validOnly.validOnly = true;
    auto outcome = importer.apply(*plan, validOnly);
    REQUIRE(outcome);
    CHECK(outcome->added == 1);
    auto saved = RecordRepository(cat.db(), cat.clock()).get(outcome->ids.first());
    REQUIRE(saved);
    CHECK(saved->type == DocumentType::Report);
    CHECK(saved->responsibilities.first().name == QStringLiteral("Dupont, Marie"));
}

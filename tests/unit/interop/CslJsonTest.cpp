#include "core/interop/CslJson.h"
#include "core/interop/Bibtex.h"
#include "core/interop/CslItem.h"
#include "core/interop/Importer.h"
#include "core/interop/ReferenceExport.h"
#include "support/TestCatalogue.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

QList<interop::Parsed> readJson(const QByteArray& data)
{
    auto records = CslJson::read(data, QStringLiteral("refs.json"));
    INFO((records ? QString() : records.errorMessage()).toStdString());
    REQUIRE(records);
    return *records;
}

} // namespace

TEST_CASE("CSL-JSON as Zotero writes it: names with particles, date-parts, several ISBNs, tags")
{
    const auto records = readJson(R"([
      {"id": "http://zotero.org/users/1/items/ABC", "type": "report",
       "title": "Les quartiers prioritaires en 2020",
       "author": [{"family": "Gaulle", "given": "Charles", "dropping-particle": "de"},
                  {"family": "Fontaine", "given": "Jean", "non-dropping-particle": "La"},
                  {"literal": "Observatoire national de la politique de la ville"}],
       "issued": {"date-parts": [[2020, 11, 3]]}, "publisher": "ANCT", "publisher-place": "Paris",
       "ISBN": "978-2-11-000000-0 978-2-07-036822-8", "language": "fr-FR", "number-of-pages": "120",
       "keyword": "QPV, Apiculture urbaine", "DOI": "10.1000/xyz", "accessed": {"raw": "2021-01-15"}},
      {"type": "article-journal", "title": "Habiter la ville", "container-title": "Urbanisme",
       "volume": 12, "issue": "3", "page": "45–60", "ISSN": "0042-1014",
       "issued": {"raw": "2019-05"}, "author": [{"family": "Dupont", "given": "Marie", "suffix": "Jr."}]},
      "pas un objet",
      {"type": "chapter", "title": "Un chapitre", "container-title": "Un livre",
       "container-author": [{"family": "Martin", "given": "Paul"}], "issued": {"literal": "printemps 2018"},
       "language": "klingon"}
    ])");
    REQUIRE(records.size() == 4);
    const Record& report = records.at(0).record;
    CHECK(records.at(0).sourceId == QStringLiteral("http://zotero.org/users/1/items/ABC"));
    CHECK(report.type == DocumentType::Report);
    REQUIRE(report.responsibilities.size() == 3);
    CHECK(report.responsibilities.at(0).name == QStringLiteral("Gaulle, Charles de"));
    CHECK(report.responsibilities.at(1).name == QStringLiteral("La Fontaine, Jean"));
    CHECK(report.responsibilities.at(2).kind == AuthorityKind::Organisation);
    CHECK(report.date == QStringLiteral("2020-11-03"));
    CHECK(report.isbn == QStringLiteral("978-2-07-036822-8")); // the first valid one
    CHECK(report.language == QStringLiteral("fre"));
    CHECK(report.extent == QStringLiteral("120 p."));
    CHECK(report.subjects == (QStringList{QStringLiteral("QPV"), QStringLiteral("Apiculture urbaine")}));
    CHECK(report.notes == QStringLiteral("DOI : 10.1000/xyz"));
    CHECK(report.accessed == QStringLiteral("2021-01-15"));

    const Record& article = records.at(1).record;
    CHECK(article.type == DocumentType::Article);
    CHECK(article.volume == QStringLiteral("12")); // a number in the JSON
    CHECK(article.pages == QStringLiteral("45-60"));
    CHECK(article.date == QStringLiteral("2019-05"));
    CHECK(article.issn == QStringLiteral("0042-1014"));
    CHECK(article.responsibilities.first().name == QStringLiteral("Dupont, Marie, Jr."));

    CHECK_FALSE(records.at(2).error.isEmpty());
    const auto& chapter = records.at(3);
    CHECK(chapter.record.date == QStringLiteral("2018"));
    CHECK(chapter.record.responsibilities.first().role == Role::Editor);
    REQUIRE(chapter.notes.size() == 1);
    CHECK(chapter.notes.first().field == QStringLiteral("language"));
}

TEST_CASE("CSL-JSON that does not parse names its line and column; an object with items is read")
{
    auto broken =
        CslJson::read("[\n  {\"title\": \"x\",\n   \"type\" \"book\"}\n]", QStringLiteral("refs.json"));
    REQUIRE_FALSE(broken);
    CHECK(broken.errorMessage().contains(QStringLiteral("refs.json, line 3")));
    CHECK_FALSE(CslJson::read("[]", QStringLiteral("vide.json")));
    const auto wrapped =
        readJson(R"({"items": [{"type": "book", "title": "Un"}, {"type": "book", "title": "Deux"}]})");
    CHECK(wrapped.size() == 2);
    CHECK(CslJson::looksLikeCslJson("\xEF\xBB\xBF[\n  {\n    \"ISBN\": \"x\",\n    \"type\": \"book\""));
    CHECK_FALSE(CslJson::looksLikeCslJson("{\"format\": \"infodoc-experience-sheets\"}"));
}

TEST_CASE("our CSL-JSON export reads back to the same references")
{
    Record r;
    r.id = 7;
    r.type = DocumentType::Chapter;
    r.title = QStringLiteral("La rénovation urbaine");
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author},
                          {QStringLiteral("ANRU"), AuthorityKind::Organisation, Role::Author},
                          {QStringLiteral("Martin, Paul"), AuthorityKind::Person, Role::Editor}};
    r.containerTitle = QStringLiteral("Les quartiers");
    r.publisher = QStringLiteral("La Découverte");
    r.place = QStringLiteral("Paris");
    r.date = QStringLiteral("2015-09");
    r.pages = QStringLiteral("12-30");
    r.isbn = QStringLiteral("978-2-07-036822-8");
    r.language = QStringLiteral("fre");
    r.url = QStringLiteral("https://exemple.fr/~doc");
    const auto back = readJson(ReferenceExport::cslJson({CslItem::fromRecord(r)}, true));
    REQUIRE(back.size() == 1);
    const Record& b = back.first().record;
    CHECK(b.type == r.type);
    CHECK(b.title == r.title);
    CHECK(b.containerTitle == r.containerTitle);
    CHECK(b.publisher == r.publisher);
    CHECK(b.place == r.place);
    CHECK(b.date == r.date);
    CHECK(b.pages == r.pages);
    CHECK(b.isbn == r.isbn);
    CHECK(b.language == r.language);
    CHECK(b.url == r.url);
    REQUIRE(b.responsibilities.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(b.responsibilities.at(i).name == r.responsibilities.at(i).name);
        CHECK(b.responsibilities.at(i).kind == r.responsibilities.at(i).kind);
        CHECK(b.responsibilities.at(i).role == r.responsibilities.at(i).role);
    }
}

TEST_CASE("pandoc's CSL-JSON of the Tellico file and our BibTeX reading of it agree")
{
    const QString bib = QStringLiteral(INFODOC_INTEROP_SAMPLES "/tellico-test.bib");
    QProcess pandoc;
    pandoc.start(QStringLiteral("pandoc"), {QStringLiteral("-f"), QStringLiteral("bibtex"),
                                            QStringLiteral("-t"), QStringLiteral("csljson"), bib});
    REQUIRE(pandoc.waitForFinished(60000));
    REQUIRE(pandoc.exitCode() == 0);
    const auto fromPandoc = readJson(pandoc.readAllStandardOutput());
    auto fromBib = Bibtex::read(fileBytes(bib), QStringLiteral("tellico-test.bib"));
    REQUIRE(fromBib);
    REQUIRE(fromPandoc.size() == fromBib->size());
    QHash<QString, const interop::Parsed*> ours;
    for (const auto& p : *fromBib)
        ours.insert(p.sourceId, &p);
    int compared = 0;
    for (const auto& theirs : fromPandoc) {
        INFO(theirs.sourceId.toStdString());
        REQUIRE(ours.contains(theirs.sourceId));
        const Record& a = ours.value(theirs.sourceId)->record;
        const Record& b = theirs.record;
        if (b.year() != 0) // pandoc leaves out what a crossref in another case would give
            CHECK(a.year() == b.year());
        QStringList familiesA, familiesB;
        for (const auto& x : a.responsibilities)
            if (x.kind == AuthorityKind::Person)
                familiesA.append(x.name.section(u',', 0, 0));
        for (const auto& x : b.responsibilities)
            if (x.kind == AuthorityKind::Person)
                familiesB.append(x.name.section(u',', 0, 0));
        CHECK(familiesA == familiesB);
        if (!a.title.contains(QStringLiteral("O(n"))) // pandoc keeps TeX math as it is
            CHECK(a.title.compare(b.title, Qt::CaseInsensitive) == 0);
        ++compared;
    }
    CHECK(compared == 36);
}

TEST_CASE("a CSL-JSON file is imported through the same plan")
{
    TestCatalogue cat;
    Importer importer(cat.db(), cat.clock());
    auto plan = importer.prepare(R"([{"id": "a", "type": "book", "title": "Habiter les quartiers",
                                     "issued": {"date-parts": [[2022]]}, "keyword": "QPV"},
                                    {"id": "b", "type": "book"}])",
                                 QStringLiteral("zotero.json"), {});
    REQUIRE(plan);
    CHECK(plan->format == Importer::Format::CslJson);
    REQUIRE(plan->read() == 2);
    CHECK(plan->records.at(0).errors.isEmpty());
    CHECK(plan->records.at(0).record.subjects ==
          QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    REQUIRE_FALSE(plan->records.at(1).errors.isEmpty());
    CHECK(plan->records.at(1).errors.first().record == 2);
    CHECK(plan->records.at(1).errors.first().field == QStringLiteral("title"));
}

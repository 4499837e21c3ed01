#include "core/interop/Bibtex.h"
#include "core/catalog/RecordRepository.h"
#include "core/interop/Importer.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

QList<interop::Parsed> readBib(const QByteArray& data)
{
    auto records = Bibtex::read(data, QStringLiteral("refs.bib"));
    INFO((records ? QString() : records.errorMessage()).toStdString());
    REQUIRE(records);
    return *records;
}

const interop::Parsed& byKey(const QList<interop::Parsed>& records, const char* key)
{
    const auto it = std::find_if(records.begin(), records.end(), [key](const interop::Parsed& p) {
        return p.sourceId == QLatin1String(key);
    });
    REQUIRE(it != records.end());
    return *it;
}

QStringList namesOf(const Record& r, Role role)
{
    QStringList out;
    for (const Responsibility& x : r.responsibilities)
        if (x.role == role)
            out.append(x.name);
    return out;
}

} // namespace

TEST_CASE("LaTeX text becomes Unicode: accents, letters, escapes, dashes, commands")
{
    CHECK(Bibtex::plainText(u"{\\'{E}}douard") == QStringLiteral("Édouard"));
    CHECK(Bibtex::plainText(u"T{\\'{e}}rrific").normalized(QString::NormalizationForm_C) ==
          QStringLiteral("Térrific"));
    CHECK(Bibtex::plainText(u"Fran\\c{c}ois, Fran\\c cois").normalized(QString::NormalizationForm_C) ==
          QStringLiteral("François, François"));
    CHECK(Bibtex::plainText(u"\\oe uvre, \\OE{}dipe, Stra\\ss e, \\o")
              .normalized(QString::NormalizationForm_C) == QStringLiteral("œuvre, Œdipe, Straße, ø"));
    CHECK(Bibtex::plainText(u"na\\\"{\\i}ve \\`a l'\\^{\\i}le").normalized(QString::NormalizationForm_C) ==
          QStringLiteral("naïve à l'île"));
    CHECK(Bibtex::plainText(u"R\\&D, 50\\,\\%, 1990--2000, oui---non") ==
          QStringLiteral("R&D, 50 %, 1990–2000, oui—non"));
    CHECK(Bibtex::plainText(u"\\mbox{G-Animal's} \\emph{Journal}") == QStringLiteral("G-Animal's Journal"));
    CHECK(Bibtex::plainText(u"{\\noopsort{1973b}}1973") == QStringLiteral("1973"));
    CHECK(Bibtex::plainText(u"{VLSI} Circuits~A") == QStringLiteral("VLSI Circuits A"));
    // Nothing breaks on a dangling backslash or brace.
    CHECK(Bibtex::plainText(u"fin\\") == QStringLiteral("fin"));
    CHECK(Bibtex::plainText(u"\\'{") == QString());
}

TEST_CASE("BibTeX names: both orders, the von part after the forename, organisations in braces")
{
    auto names = [](const char16_t* s) {
        QStringList out;
        for (const auto& n : Bibtex::names(QStringView(s)))
            out.append(n.organisation ? u'[' + n.name + u']' : n.name);
        return out;
    };
    CHECK(names(u"Donald E. Knuth") == QStringList{QStringLiteral("Knuth, Donald E.")});
    CHECK(names(u"Knuth, Donald E. and Charles de Gaulle") ==
          (QStringList{QStringLiteral("Knuth, Donald E."), QStringLiteral("Gaulle, Charles de")}));
    CHECK(names(u"de La Fontaine, Jean") == QStringList{QStringLiteral("La Fontaine, Jean de")});
    CHECK(names(u"Ulrich {\\\"{U}}nderwood AND Ned {\\~N}et and others") ==
          (QStringList{QStringLiteral("Ünderwood, Ulrich"), QStringLiteral("Ñet, Ned")}));
    CHECK(names(u"{Centre de ressources politique de la ville and Co}") ==
          QStringList{QStringLiteral("[Centre de ressources politique de la ville and Co]")});
    CHECK(names(u"L[eslie] A.~Aamport") == QStringList{QStringLiteral("Aamport, L[eslie] A.")});
    CHECK(names(u"Ford, Jr., Henry") == QStringList{QStringLiteral("Ford, Henry, Jr.")});
    CHECK(names(u"").isEmpty());
}

TEST_CASE("the Tellico test file: every entry, macros with #, crossref, LaTeX accents, months")
{
    const auto records = readBib(fileBytes(QStringLiteral(INFODOC_INTEROP_SAMPLES "/tellico-test.bib")));
    REQUIRE(records.size() == 36);
    for (const auto& r : records)
        CHECK(r.error.isEmpty());

    const Record& article = byKey(records, "article-full").record;
    CHECK(article.type == DocumentType::Article);
    CHECK(article.title == QStringLiteral("The Gnats and Gnus Document Preparation System"));
    CHECK(namesOf(article, Role::Author) == QStringList{QStringLiteral("Aamport, L[eslie] A.")});
    CHECK(article.containerTitle == QStringLiteral("G-Animal's Journal"));
    CHECK(article.date == QStringLiteral("1986-07"));
    CHECK(article.volume == QStringLiteral("41"));
    CHECK(article.issue == QStringLiteral("7"));
    CHECK(article.pages == QStringLiteral("73-79"));
    // 1334-2345 has a wrong check digit: left out, and said.
    CHECK(article.issn.isEmpty());
    const auto& full = byKey(records, "article-full");
    REQUIRE(full.notes.size() == 1);
    CHECK(full.notes.first().field == QStringLiteral("issn"));
    CHECK(article.subjects ==
          (QStringList{QStringLiteral("keyword1"), QStringLiteral("keyword2"), QStringLiteral("keyword3")}));
    CHECK(article.url == QStringLiteral("http://example.com/~user/"));
    CHECK(article.notes == QStringLiteral("This is a full ARTICLE entry"));

    // crossref = {WHOLE-JOURNAL} finds whole-journal: its journal, year, volume come over; its note does not.
    const Record& crossref = byKey(records, "article-crossref").record;
    CHECK(crossref.containerTitle == QStringLiteral("G-Animal's Journal"));
    CHECK(crossref.date == QStringLiteral("1986-07"));
    CHECK(crossref.volume == QStringLiteral("41"));
    CHECK(crossref.notes == QStringLiteral("This is a cross-referencing ARTICLE entry"));

    // "Proc. Fifteenth Annual ACM" # STOC, and organization = ACM (a macro).
    const Record& paper = byKey(records, "inproceedings-full").record;
    CHECK(paper.type == DocumentType::Chapter);
    CHECK(paper.containerTitle ==
          QStringLiteral("Proc. Fifteenth Annual ACM Symposium on the Theory of Computing"));
    CHECK(paper.title == QStringLiteral("On Notions of Information Transfer in VLSI Circuits"));
    CHECK(namesOf(paper, Role::Author).size() == 3);
    CHECK(namesOf(paper, Role::Editor) ==
          (QStringList{QStringLiteral("Oz, Wizard V."), QStringLiteral("Yannakakis, Mihalis")}));
    CHECK(namesOf(paper, Role::Contributor) ==
          QStringList{QStringLiteral("The OX Association for Computing Machinery")});
    CHECK(paper.place == QStringLiteral("Boston"));
    CHECK(paper.date == QStringLiteral("1983-03"));
    // A part takes the title of the whole it refers to as its book.
    const Record& paperRef = byKey(records, "inproceedings-crossref").record;
    CHECK(paperRef.containerTitle ==
          QStringLiteral("Proc. Fifteenth Annual Symposium on the Theory of Computing"));
    CHECK(paperRef.date == QStringLiteral("1983"));

    const Record& book = byKey(records, "book-full").record;
    CHECK(book.type == DocumentType::Book);
    CHECK(book.date == QStringLiteral("1981-01-10")); // "10~" # jan, the \noopsort left out
    CHECK(book.collection == QStringLiteral("The Art of Computer Programming"));
    CHECK(book.place == QStringLiteral("Reading, Massachusetts"));
    CHECK(book.edition == QStringLiteral("Second"));
    CHECK(namesOf(book, Role::Author) == QStringList{QStringLiteral("Knuth, Donald E.")});
    const Record& bookRef = byKey(records, "book-crossref").record;
    CHECK(bookRef.publisher == QStringLiteral("Addison-Wesley"));
    CHECK(namesOf(bookRef, Role::Author) == QStringList{QStringLiteral("Knuth, Donald E.")});

    const Record& thesis = byKey(records, "mastersthesis-full").record;
    CHECK(thesis.type == DocumentType::Thesis);
    CHECK(namesOf(thesis, Role::Author) == QStringList{QStringLiteral("Masterly, Édouard")});
    CHECK(thesis.genre == QStringLiteral("Master's project : Stanford University"));
    CHECK(thesis.date == QStringLiteral("1988")); // jun # "-" # aug: a span, the year only
    const Record& phd = byKey(records, "phdthesis-minimal").record;
    CHECK(phd.genre == Bibtex::tr("Doctoral thesis") + QStringLiteral(" : Fanstord University"));

    const Record& report = byKey(records, "techreport-full").record;
    CHECK(report.type == DocumentType::Report);
    CHECK(namesOf(report, Role::Author) == QStringList{QStringLiteral("Térrific, Tom")});
    CHECK(report.publisher == QStringLiteral("Fanstord University"));
    CHECK(report.genre == QStringLiteral("Wishful Research Result"));

    const Record& unpublished = byKey(records, "unpublished-full").record;
    CHECK(namesOf(unpublished, Role::Author).size() == 3);
    CHECK(namesOf(unpublished, Role::Author).at(1) == QStringLiteral("Ñet, Ned"));

    const interop::Parsed& minimal = byKey(records, "misc-minimal");
    CHECK(minimal.record.title.isEmpty()); // the import reports it: a record needs a title
    CHECK(minimal.line > 1);
}

TEST_CASE("broken BibTeX: an unclosed brace, a missing '=', an unknown macro, Latin-1, a lone '@'")
{
    auto records = readBib("Écrire à contact@exemple.fr.\n"
                           "@book{premier,\n  title = {Premier},\n  year = 2019,\n}\n"
                           "@book{casse,\n  title = {Jamais fermé,\n  year = 2020,\n}\n"
                           "@article{sans-egal,\n  title {Sans égal}\n}\n"
                           "@book{macro, title = \"Les \" # quartiers, publisher = ville}\n"
                           "@comment{ @book{pas-une-notice, title = {x}} }\n"
                           "@string{ville = \"Ville de Lyon\"}\n"
                           "@book{dernier, title = {Dernier}, publisher = ville}\n");
    REQUIRE(records.size() == 5);
    CHECK(records.at(0).error.isEmpty());
    CHECK(records.at(0).line == 2);
    CHECK(records.at(0).record.date == QStringLiteral("2019"));
    CHECK(records.at(1).line == 6);
    // The entry's own closing brace closed the title: the next entry's '@' is where it breaks.
    CHECK(records.at(1).error.contains(QStringLiteral("line 10")));
    CHECK(records.at(2).line == 10);
    CHECK(records.at(2).error.contains(QStringLiteral("line 11")));
    CHECK(records.at(3).error.isEmpty());
    CHECK(records.at(3).record.title == QStringLiteral("Les"));
    REQUIRE(records.at(3).notes.size() == 2);
    CHECK(records.at(3).notes.at(0).message.contains(QStringLiteral("quartiers")));
    CHECK(records.at(4).record.publisher == QStringLiteral("Ville de Lyon"));

    records = readBib("@book{x, title = {Soci\xE9t\xE9}, language = {french}}");
    CHECK(records.first().record.title == QStringLiteral("Société"));
    CHECK(records.first().record.language == QStringLiteral("fre"));

    CHECK_FALSE(Bibtex::read("Pas de notice ici.", QStringLiteral("vide.bib")));
    CHECK(Bibtex::looksLikeBibtex("% Zotero\n@Article{x,\n"));
    CHECK_FALSE(Bibtex::looksLikeBibtex("TY  - BOOK\n"));
}

TEST_CASE("a BibTeX file is imported through the same plan: format found, errors by line and field")
{
    TestCatalogue cat;
    const QByteArray bib =
        "@techreport{onpv2020,\n  author = {Dupont, Marie and {Observatoire national de la "
        "politique de la ville}},\n  title = {Les quartiers prioritaires en 2020},\n"
        "  institution = {ANCT},\n  year = 2020,\n  keywords = {QPV; Apiculture urbaine},\n"
        "  isbn = {978-2-00-000000-0}\n}\n\n@book{sans-titre,\n  author = {Jean Sans},\n"
        "  year = 2021\n}\n";
    Importer importer(cat.db(), cat.clock());
    auto plan = importer.prepare(bib, QStringLiteral("zotero.bib"), {});
    REQUIRE(plan);
    CHECK(plan->format == Importer::Format::Bibtex);
    REQUIRE(plan->read() == 2);
    const auto& report = plan->records.at(0);
    CHECK(report.errors.isEmpty());
    CHECK(report.record.subjects ==
          QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    CHECK(report.record.keywords.contains(QStringLiteral("Apiculture urbaine")));
    REQUIRE_FALSE(report.warnings.isEmpty());
    CHECK(report.warnings.first().field == QStringLiteral("isbn"));
    const auto& untitled = plan->records.at(1);
    REQUIRE_FALSE(untitled.errors.isEmpty());
    CHECK(untitled.errors.first().line == 10);
    CHECK(untitled.errors.first().field == QStringLiteral("title"));

    Importer::Options validOnly;
    validOnly.validOnly = true;
    auto outcome = importer.apply(*plan, validOnly);
    REQUIRE(outcome);
    CHECK(outcome->added == 1);
    auto saved = RecordRepository(cat.db(), cat.clock()).get(outcome->ids.first());
    REQUIRE(saved);
    CHECK(saved->type == DocumentType::Report);
    CHECK(saved->publisher == QStringLiteral("ANCT"));
    REQUIRE(saved->responsibilities.size() == 2);
    CHECK(saved->responsibilities.at(1).kind == AuthorityKind::Organisation);
}

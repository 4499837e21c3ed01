#include "core/interop/Csv.h"
#include "core/catalog/RecordRepository.h"
#include "core/interop/Importer.h"
#include "support/TestCatalogue.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

Csv::Table table(const QByteArray& data, QChar delimiter = {})
{
    auto t = Csv::parse(data, QStringLiteral("liste.csv"), delimiter);
    INFO((t ? QString() : t.errorMessage()).toStdString());
    REQUIRE(t);
    return *t;
}

} // namespace

TEST_CASE("CSV as RFC 4180 and spreadsheets write it: quotes, line breaks in cells, BOM, CRLF, ; or ,")
{
    auto t = table("\xEF\xBB\xBFTitre;Auteur;R\xC3\xA9sum\xC3\xA9\r\n"
                   "\"Habiter; la ville\";Dupont, Marie;\"Sur deux\r\nlignes, avec \"\"guillemets\"\"\"\r\n"
                   "\r\n;;\r\n"
                   "Sans fin de ligne;Martin;");
    CHECK(t.delimiter == u';');
    CHECK(t.encoding == QStringLiteral("UTF-8"));
    CHECK(t.header ==
          (QStringList{QStringLiteral("Titre"), QStringLiteral("Auteur"), QStringLiteral("Résumé")}));
    REQUIRE(t.rows.size() == 2); // the blank line and the line of delimiters are not rows
    CHECK(t.rows.at(0).line == 2);
    CHECK(t.rows.at(0).cells.at(0) == QStringLiteral("Habiter; la ville"));
    CHECK(t.rows.at(0).cells.at(2) == QStringLiteral("Sur deux\nlignes, avec \"guillemets\""));
    CHECK(t.rows.at(1).line == 6);
    CHECK(t.rows.at(1).cells.size() == 3);

    t = table("title,author\n\"a, b\",c\n");
    CHECK(t.delimiter == u',');
    CHECK(t.rows.at(0).cells.first() == QStringLiteral("a, b"));
    t = table("title\tauthor\nA\tB\n");
    CHECK(t.delimiter == u'\t');
    // Excel's Windows-1252: the euro sign and the curly apostrophe are not Latin-1.
    t = table("Titre;Prix\nL\x92\xE9t\xE9;10 \x80\n");
    CHECK(t.encoding == QStringLiteral("Windows-1252"));
    CHECK(t.rows.at(0).cells.at(0) == QStringLiteral("L’été"));
    CHECK(t.rows.at(0).cells.at(1) == QStringLiteral("10 €"));
}

TEST_CASE("broken CSV: an unclosed quote names its line; too many columns; ten million empty lines")
{
    auto open = Csv::parse("Titre;Auteur\nA;B\n\"C;D\nE;F\n", QStringLiteral("liste.csv"));
    REQUIRE_FALSE(open);
    CHECK(open.errorMessage().contains(QStringLiteral("liste.csv, line 3")));

    QByteArray wide = "Titre";
    for (int i = 0; i < Csv::kMaxColumns + 5; ++i)
        wide += ";x";
    auto tooWide = Csv::parse(wide + "\n", QStringLiteral("liste.csv"));
    REQUIRE_FALSE(tooWide);
    CHECK(tooWide.errorMessage().contains(QStringLiteral("line 1")));

    // Blank lines are skipped as they come: nothing is kept of them.
    QByteArray empty(10'000'000, '\n');
    auto blank = Csv::parse(empty, QStringLiteral("vide.csv"));
    REQUIRE_FALSE(blank);
    CHECK(blank.errorMessage().contains(QStringLiteral("vide.csv")));
    auto headerOnly =
        Csv::read("Titre;Auteur\n" + QByteArray(1'000'000, '\n'), QStringLiteral("seul.csv"), {});
    REQUIRE_FALSE(headerOnly);
    CHECK(headerOnly.errorMessage().contains(QStringLiteral("seul.csv")));
}

TEST_CASE("a column mapping: guessed from French and English headers, saved, loaded, checked")
{
    const CsvMapping guessed = CsvMapping::guess(
        {QStringLiteral("Titre"), QStringLiteral("Auteur(s)"), QStringLiteral("Éditeur"),
         QStringLiteral("Année"), QStringLiteral("Mots-clés"), QStringLiteral("Code-barres"),
         QStringLiteral("Cote"), QStringLiteral("Colonne inconnue"), QStringLiteral("Publication Year")});
    const QList<std::pair<QString, QString>> expected = {
        {QStringLiteral("Titre"), QStringLiteral("title")},
        {QStringLiteral("Auteur(s)"), QStringLiteral("author")},
        {QStringLiteral("Éditeur"), QStringLiteral("publisher")},
        {QStringLiteral("Année"), QStringLiteral("date")},
        {QStringLiteral("Mots-clés"), QStringLiteral("keywords")},
        {QStringLiteral("Code-barres"), QStringLiteral("barcode")},
        {QStringLiteral("Cote"), QStringLiteral("callNumber")}};
    CHECK(guessed.columns == expected); // a second column for the date is left out

    QTemporaryDir dir;
    CsvMapping m = guessed;
    m.delimiter = u'\t';
    m.listSeparator = QStringLiteral("|");
    REQUIRE(m.save(dir.filePath(QStringLiteral("colonnes.json"))));
    auto loaded = CsvMapping::load(dir.filePath(QStringLiteral("colonnes.json")));
    REQUIRE(loaded);
    CHECK(loaded->columns == m.columns);
    CHECK(loaded->delimiter == u'\t');
    CHECK(loaded->listSeparator == QStringLiteral("|"));

    auto wrongField = CsvMapping::fromJson(
        R"({"format": "infodoc-csv-mapping", "columns": [{"column": "Titre", "field": "titre"}]})",
        QStringLiteral("m.json"));
    REQUIRE_FALSE(wrongField);
    CHECK(wrongField.errorMessage().contains(QStringLiteral("titre")));
    CHECK_FALSE(CsvMapping::fromJson("{\"columns\": []}", QStringLiteral("m.json")));
    CHECK_FALSE(CsvMapping::fromJson("pas du JSON", QStringLiteral("m.json")));
    for (const QString& field : CsvMapping::fields())
        CHECK(CsvMapping::fieldLabel(field) != field);

    auto missingColumn = Csv::read(
        "Titre;Auteur\nA;B\n", QStringLiteral("liste.csv"),
        CsvMapping{{}, QStringLiteral(";"), {{QStringLiteral("Résumé"), QStringLiteral("abstract")}}});
    REQUIRE_FALSE(missingColumn);
    CHECK(missingColumn.errorMessage().contains(QStringLiteral("Résumé")));
    auto nothingMapped = Csv::read("Colonne A;Colonne B\nA;B\n", QStringLiteral("liste.csv"), {});
    REQUIRE_FALSE(nothingMapped);
    CHECK(nothingMapped.errorMessage().contains(QStringLiteral("Colonne A")));
}

TEST_CASE("the medialab spreadsheet export: 54 rows through a mapping, lists in cells")
{
    CsvMapping mapping;
    mapping.listSeparator = QStringLiteral(",");
    mapping.columns = {{QStringLiteral("title"), QStringLiteral("title")},
                       {QStringLiteral("author"), QStringLiteral("organisation")},
                       {QStringLiteral("date"), QStringLiteral("date")},
                       {QStringLiteral("language"), QStringLiteral("language")},
                       {QStringLiteral("description"), QStringLiteral("abstract")},
                       {QStringLiteral("type"), QStringLiteral("type")},
                       {QStringLiteral("topics"), QStringLiteral("keywords")},
                       {QStringLiteral("file"), QStringLiteral("id")}};
    auto records = Csv::read(fileBytes(QStringLiteral(INFODOC_INTEROP_SAMPLES "/medialab-csv_anta.csv")),
                             QStringLiteral("medialab-csv_anta.csv"), mapping);
    REQUIRE(records);
    REQUIRE(records->size() == 54);
    const interop::Parsed& first = records->first();
    CHECK(first.line == 2);
    CHECK(first.record.title ==
          QStringLiteral("Alliance of Small Island States Leaders ’ Declaration , 2012"));
    REQUIRE(first.record.responsibilities.size() == 1);
    CHECK(first.record.responsibilities.first().name == QStringLiteral("AOSIS"));
    CHECK(first.record.responsibilities.first().kind == AuthorityKind::Organisation);
    CHECK(first.record.date == QStringLiteral("2012"));
    CHECK(first.record.language == QStringLiteral("eng"));
    CHECK(first.record.type == DocumentType::Report); // "Official Reports"
    CHECK(first.record.keywords.size() == 5);
    CHECK(first.sourceId.endsWith(QStringLiteral(".pdf")));
    // A row without a date says nothing of it; all have a title.
    CHECK((*records)[2].record.date.isEmpty());
    for (const auto& r : *records)
        CHECK_FALSE(r.record.title.isEmpty());
}

TEST_CASE("a CSV is imported through the same plan: copies with barcodes, errors naming the column")
{
    TestCatalogue cat;
    const QByteArray csv =
        "Titre;Auteurs;Année;Descripteurs;Code-barres;Cote;Localisation;Type;ISBN\n"
        "Les quartiers en 2020;\"Dupont, Marie; Martin, Paul\";14/05/2020;QPV;\"B001; B002\";"
        "307 QUA;Salle 1;Rapport;978-2-07-036822-8\n"
        ";Sans titre, Jean;2021;;;;;Ouvrage;\n"
        "Un troisième;;vers 1990;;;;;Bande dessinée;12345\n";
    Importer importer(cat.db(), cat.clock());
    auto plan = importer.prepare(csv, QStringLiteral("inventaire.csv"), {});
    REQUIRE(plan);
    CHECK(plan->format == Importer::Format::Csv);
    REQUIRE(plan->read() == 3);
    CHECK(plan->csvHeader.size() == 9);
    CHECK(plan->csvMapping.columns.size() == 9);
    const auto& first = plan->records.at(0);
    CHECK(first.errors.isEmpty());
    CHECK(first.record.type == DocumentType::Report);
    CHECK(first.record.date == QStringLiteral("2020-05-14"));
    CHECK(first.record.responsibilities.size() == 2);
    CHECK(first.record.subjects ==
          QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    REQUIRE(first.record.copies.size() == 2);
    CHECK(first.record.copies.at(1).barcode == QStringLiteral("B002"));
    CHECK(first.record.copies.at(1).callNumber == QStringLiteral("307 QUA"));
    CHECK(first.record.copies.at(1).location == QStringLiteral("Salle 1"));
    const auto& untitled = plan->records.at(1);
    REQUIRE_FALSE(untitled.errors.isEmpty());
    CHECK(untitled.errors.first().line == 3);
    CHECK(untitled.errors.first().field == QStringLiteral("Titre"));
    const auto& third = plan->records.at(2);
    CHECK(third.record.date == QStringLiteral("1990"));
    CHECK(third.record.genre == QStringLiteral("Bande dessinée"));
    QStringList warnedFields;
    for (const auto& w : third.warnings)
        warnedFields.append(w.field);
    CHECK(warnedFields.contains(QStringLiteral("Type")));
    CHECK(warnedFields.contains(QStringLiteral("ISBN")));

    Importer::Options validOnly;
    validOnly.validOnly = true;
    auto outcome = importer.apply(*plan, validOnly);
    REQUIRE(outcome);
    CHECK(outcome->added == 2);
    CHECK(outcome->leftOut.size() == 1);
    auto saved = RecordRepository(cat.db(), cat.clock()).get(outcome->ids.first());
    REQUIRE(saved);
    REQUIRE(saved->copies.size() == 2);
    CHECK(saved->copies.first().barcode == QStringLiteral("B001"));
}

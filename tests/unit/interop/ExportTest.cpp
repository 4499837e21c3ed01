#include "core/catalog/RecordRepository.h"
#include "core/interop/Bibtex.h"
#include "core/interop/CslJson.h"
#include "core/interop/Csv.h"
#include "core/interop/DublinCore.h"
#include "core/interop/Exporter.h"
#include "core/interop/Importer.h"
#include "core/interop/Ris.h"
#include "support/TestCatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

// The Tellico entries imported, and one record of the centre with copies
// and cells a spreadsheet would take for formulas.
QList<qint64> catalogue(TestCatalogue& cat)
{
    Importer importer(cat.db(), cat.clock());
    auto plan = importer.prepareFile(QStringLiteral(INFODOC_INTEROP_SAMPLES "/tellico-test.bib"), {});
    REQUIRE(plan);
    Importer::Options options;
    options.validOnly = true;
    options.onDuplicate = Importer::OnDuplicate::New;
    auto outcome = importer.apply(*plan, options);
    REQUIRE(outcome);
    QList<qint64> ids = outcome->ids;
    Record r;
    r.type = DocumentType::Report;
    r.title = QStringLiteral("=HYPERLINK(\"http://exemple.fr\";\"Cliquez\")");
    r.subtitle = QStringLiteral("bilan 2020; perspectives");
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author},
                          {QStringLiteral("Centre de ressources politique de la ville"),
                           AuthorityKind::Organisation, Role::Author}};
    r.publisher = QStringLiteral("@Éditions du quartier");
    r.place = QStringLiteral("Lyon");
    r.date = QStringLiteral("2020-05-14");
    r.isbn = QStringLiteral("9782070368228");
    r.language = QStringLiteral("fre");
    r.abstract = QStringLiteral("Sur deux lignes,\navec \"guillemets\"");
    r.notes = QStringLiteral("-30 % de vacance");
    r.subjects = {QStringLiteral("Quartier prioritaire de la politique de la ville")};
    r.keywords = {QStringLiteral("+ de mixité"), QStringLiteral("habitat")};
    r.url = QStringLiteral("https://exemple.fr/~centre/bilan");
    r.callNumber = QStringLiteral("307 DUP");
    Copy a;
    a.barcode = QStringLiteral("CRPV0001");
    a.callNumber = r.callNumber;
    a.location = QStringLiteral("Salle 1");
    Copy b = a;
    b.barcode = QStringLiteral("CRPV0002");
    r.copies = {a, b};
    auto id = RecordRepository(cat.db(), cat.clock()).add(r);
    REQUIRE(id);
    ids.append(*id);
    return ids;
}

QByteArray encoded(TestCatalogue& cat, const QList<qint64>& ids, Exporter::Format format)
{
    Exporter exporter(cat.db(), cat.clock());
    exporter.setSource(QStringLiteral("CRPV de test"));
    auto bytes = exporter.encode(ids, format);
    INFO((bytes ? QString() : bytes.errorMessage()).toStdString());
    REQUIRE(bytes);
    return *bytes;
}

QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("RIS, BibTeX and CSL-JSON exports read back through our readers and through pandoc")
{
    TestCatalogue cat;
    const QList<qint64> ids = catalogue(cat);
    const int n = int(ids.size());
    REQUIRE(n == 34); // the 33 entries with a title, and the centre's record
    const Record centre = *RecordRepository(cat.db(), cat.clock()).get(ids.last());

    auto ris = Ris::read(encoded(cat, ids, Exporter::Format::Ris), QStringLiteral("export.ris"));
    REQUIRE(ris);
    REQUIRE(ris->size() == n);
    const Record& backRis = ris->last().record;
    CHECK(backRis.title == centre.title + QStringLiteral(" : ") + centre.subtitle);
    CHECK(QString(backRis.isbn).remove(u'-') == centre.isbn);
    CHECK(backRis.subjects == centre.subjects + centre.keywords);
    CHECK(backRis.responsibilities.size() == 2);

    const QByteArray bib = encoded(cat, ids, Exporter::Format::Bibtex);
    auto bibtex = Bibtex::read(bib, QStringLiteral("export.bib"));
    REQUIRE(bibtex);
    REQUIRE(bibtex->size() == n);
    const Record& backBib = bibtex->last().record;
    CHECK(backBib.title == centre.title + QStringLiteral(" : ") + centre.subtitle);
    CHECK(backBib.url == centre.url);
    CHECK(backBib.date == centre.date);
    CHECK(backBib.language == QStringLiteral("fre"));
    REQUIRE(backBib.responsibilities.size() == 2);
    CHECK(backBib.responsibilities.at(1).kind == AuthorityKind::Organisation);
    for (const auto& p : *bibtex)
        CHECK(p.error.isEmpty());

    const QByteArray json = encoded(cat, ids, Exporter::Format::CslJson);
    auto csl = CslJson::read(json, QStringLiteral("export.json"));
    REQUIRE(csl);
    REQUIRE(csl->size() == n);
    CHECK(csl->last().record.subjects == centre.subjects + centre.keywords);
    CHECK(QString(csl->last().record.isbn).remove(u'-') == centre.isbn);

    // pandoc reads both to as many references.
    const QString viaBib =
        run(QStringLiteral("pandoc"),
            {QStringLiteral("-f"), QStringLiteral("bibtex"), QStringLiteral("-t"), QStringLiteral("csljson")},
            bib);
    CHECK(QJsonDocument::fromJson(viaBib.toUtf8()).array().size() == n);
    const QString viaJson = run(
        QStringLiteral("pandoc"),
        {QStringLiteral("-f"), QStringLiteral("csljson"), QStringLiteral("-t"), QStringLiteral("csljson")},
        json);
    CHECK(QJsonDocument::fromJson(viaJson.toUtf8()).array().size() == n);
}

TEST_CASE("Dublin Core export reads back: identifiers as URNs, subjects, the centre as publisher")
{
    TestCatalogue cat;
    const QList<qint64> ids = catalogue(cat);
    const QByteArray xml = encoded(cat, ids, Exporter::Format::DublinCore);
    CHECK(xml.contains("source=\"CRPV de test\""));
    CHECK(xml.contains("<dc:identifier>urn:isbn:9782070368228</dc:identifier>"));
    auto back = DublinCore::read(xml, QStringLiteral("export.xml"));
    REQUIRE(back);
    REQUIRE(back->size() == ids.size());
    const interop::Parsed& centre = back->last();
    CHECK(centre.sourceId == QStringLiteral("infodoc:record:%1").arg(ids.last()));
    CHECK(centre.record.isbn == QStringLiteral("9782070368228"));
    CHECK(centre.record.type == DocumentType::Report);
    CHECK(centre.record.url == QStringLiteral("https://exemple.fr/~centre/bilan"));
    CHECK(centre.record.subjects.contains(QStringLiteral("habitat")));
    CHECK(centre.record.language == QStringLiteral("fre"));
    // A record without a publisher has the centre's name.
    CHECK(back->first().record.publisher.isEmpty() == false);
}

TEST_CASE("a static OAI-PMH repository: Identify, the oai_dc format, a record each, read back by a harvester")
{
    TestCatalogue cat;
    const QList<qint64> ids = catalogue(cat);
    Exporter exporter(cat.db(), cat.clock());
    exporter.setSource(QStringLiteral("CRPV de test"));
    CHECK_FALSE(exporter.encode(ids, Exporter::Format::OaiStatic)); // where it is published must be said
    exporter.setRepository(QStringLiteral("https://crpv.example.fr/oai-static.xml"),
                           QStringLiteral("doc@crpv.example.fr"));
    auto bytes = exporter.encode(ids, Exporter::Format::OaiStatic);
    REQUIRE(bytes);
    const QString xml = QString::fromUtf8(*bytes);
    CHECK(xml.contains(QStringLiteral("xmlns=\"http://www.openarchives.org/OAI/2.0/static-repository\"")));
    CHECK(xml.contains(QStringLiteral("<oai:baseURL>https://crpv.example.fr/oai-static.xml</oai:baseURL>")));
    CHECK(xml.contains(QStringLiteral("<oai:metadataPrefix>oai_dc</oai:metadataPrefix>")));
    CHECK(xml.contains(QStringLiteral("<oai:earliestDatestamp>2026-")));
    // A harvester reads it as a ListRecords answer.
    auto back = DublinCore::read(*bytes, QStringLiteral("oai-static.xml"));
    REQUIRE(back);
    REQUIRE(back->size() == ids.size());
    CHECK(back->last().sourceId == QStringLiteral("oai:crpv.example.fr:record/%1").arg(ids.last()));
    CHECK(back->last().record.isbn == QStringLiteral("9782070368228"));
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("-")});
    if (lint.waitForStarted(3000)) {
        lint.write(*bytes);
        lint.closeWriteChannel();
        REQUIRE(lint.waitForFinished(20000));
        CHECK(lint.exitCode() == 0);
    }
}

TEST_CASE("CSV export: formulas neutralised, cells quoted, Excel's BOM, and it imports back as it was")
{
    TestCatalogue cat;
    const QList<qint64> ids = catalogue(cat);
    const QByteArray csv = encoded(cat, ids, Exporter::Format::Csv);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv);
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://exemple.fr\"\";\"\"Cliquez\"\")\"")));
    CHECK(text.contains(QStringLiteral("'@Éditions du quartier")));
    CHECK(text.contains(QStringLiteral("'-30 % de vacance")));
    CHECK(text.contains(QStringLiteral("\r\n")));
    CHECK(Csv::neutralised(QStringLiteral("+33 1 23")) == QStringLiteral("'+33 1 23"));
    CHECK(Csv::neutralised(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(Csv::neutralised(QStringLiteral("Ville")) == QStringLiteral("Ville"));

    // The headers are the fields' labels: the mapping is guessed whole.
    auto table = Csv::parse(csv, QStringLiteral("export.csv"));
    REQUIRE(table);
    CHECK(table->rows.size() == ids.size());
    CHECK(CsvMapping::guess(table->header).columns.size() == Exporter::tableColumns().size());
    auto back = Csv::read(csv, QStringLiteral("export.csv"), {});
    REQUIRE(back);
    const Record& r = back->last().record;
    CHECK(r.title == QStringLiteral("'=HYPERLINK(\"http://exemple.fr\";\"Cliquez\")"));
    CHECK(r.subtitle == QStringLiteral("bilan 2020; perspectives"));
    CHECK(r.abstract == QStringLiteral("Sur deux lignes,\navec \"guillemets\""));
    CHECK(r.type == DocumentType::Report);
    CHECK(r.date == QStringLiteral("2020-05-14"));
    REQUIRE(r.copies.size() == 2);
    CHECK(r.copies.at(1).barcode == QStringLiteral("CRPV0002"));
    CHECK(r.copies.at(1).location == QStringLiteral("Salle 1"));
    CHECK(r.copies.at(1).callNumber == QStringLiteral("307 DUP"));
    CHECK(r.keywords == (QStringList{QStringLiteral("'+ de mixité"), QStringLiteral("habitat")}));
}

TEST_CASE("XLSX export: a workbook unzip reads, string cells, formulas neutralised; a cancel leaves nothing")
{
    TestCatalogue cat;
    const QList<qint64> ids = catalogue(cat);
    const QString path = cat.dir() + QStringLiteral("/export.xlsx");
    Exporter exporter(cat.db(), cat.clock());
    auto written = exporter.write(ids, Exporter::Format::Xlsx, path);
    REQUIRE(written);
    CHECK(*written == ids.size());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
    const QString sheet = run(QStringLiteral("unzip"),
                              {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    CHECK(sheet.count(QStringLiteral("<row ")) == ids.size() + 1);
    CHECK(sheet.contains(
        QStringLiteral("t=\"inlineStr\"><is><t>'=HYPERLINK(\"http://exemple.fr\";\"Cliquez\")</t>")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>"))); // no formula anywhere
    CHECK(sheet.contains(QStringLiteral("CRPV0001; CRPV0002")));
    CHECK(sheet.contains(QStringLiteral("<pane ")));
    const QString workbook =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    CHECK(workbook.contains(QStringLiteral("_xlnm._FilterDatabase")));

    // A cancel: the earlier file stays as it was, no partial file is left.
    const QByteArray before = fileBytes(path);
    auto cancelled = exporter.write(ids, Exporter::Format::Xlsx, path, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
    // A folder that does not exist: a clear error, nothing written.
    auto nowhere = exporter.write(ids, Exporter::Format::Xlsx, cat.dir() + QStringLiteral("/absent/x.xlsx"));
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.errorMessage().contains(QStringLiteral("x.xlsx")));
    CHECK_FALSE(exporter.encode(ids, Exporter::Format::Xlsx));
}

TEST_CASE("an OAI-PMH ListRecords page: header identifiers, a deleted record, the resumption token")
{
    const QByteArray page = R"(<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
  <responseDate>2026-11-30T10:00:00Z</responseDate>
  <request verb="ListRecords" metadataPrefix="oai_dc">https://centre.example/oai</request>
  <ListRecords>
    <record>
      <header><identifier>oai:crpv-a:12</identifier><datestamp>2026-01-02</datestamp></header>
      <metadata>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title>Fiche d'expérience : un jardin partagé</dc:title>
          <dc:creator>Dupont, Marie</dc:creator>
          <dc:creator>Centre social des Minguettes</dc:creator>
          <dc:subject>Jardin partagé; Lien social</dc:subject>
          <dc:description>Un jardin au pied des immeubles.</dc:description>
          <dc:date>2019-09</dc:date>
          <dc:type>Fiche d'expérience</dc:type>
          <dc:identifier>urn:isbn:978-2-07-036822-8</dc:identifier>
          <dc:language>fr</dc:language>
          <dc:coverage>Vénissieux</dc:coverage>
          <dc:coverage>2019-09/2020-06</dc:coverage>
        </oai_dc:dc>
      </metadata>
    </record>
    <record><header status="deleted"><identifier>oai:crpv-a:13</identifier></header></record>
    <resumptionToken completeListSize="250" cursor="0">page-2-token</resumptionToken>
  </ListRecords>
</OAI-PMH>)";
    QString token;
    auto records = DublinCore::read(page, QStringLiteral("oai.xml"), &token);
    REQUIRE(records);
    CHECK(token == QStringLiteral("page-2-token"));
    REQUIRE(records->size() == 2);
    const interop::Parsed& sheet = records->first();
    CHECK(sheet.line == 6);
    CHECK(sheet.sourceId == QStringLiteral("oai:crpv-a:12"));
    CHECK(sheet.record.type == DocumentType::ExperienceSheet);
    REQUIRE(sheet.record.responsibilities.size() == 2);
    CHECK(sheet.record.responsibilities.at(0).kind == AuthorityKind::Person);
    CHECK(sheet.record.responsibilities.at(1).kind == AuthorityKind::Organisation);
    CHECK(sheet.record.subjects ==
          (QStringList{QStringLiteral("Jardin partagé"), QStringLiteral("Lien social")}));
    CHECK(sheet.record.date == QStringLiteral("2019-09"));
    CHECK(sheet.record.isbn == QStringLiteral("978-2-07-036822-8"));
    CHECK(sheet.places == QStringList{QStringLiteral("Vénissieux")});
    CHECK_FALSE(records->at(1).error.isEmpty());

    auto error = DublinCore::read(R"(<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
<error code="badResumptionToken">expired</error></OAI-PMH>)",
                                  QStringLiteral("oai.xml"));
    REQUIRE_FALSE(error);
    CHECK(error.errorMessage().contains(QStringLiteral("badResumptionToken")));
    auto xxe = DublinCore::read(R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<records><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&x;</dc:title></oai_dc:dc></records>)",
                                QStringLiteral("xxe.xml"));
    REQUIRE_FALSE(xxe);
    CHECK(xxe.errorMessage().contains(QStringLiteral("xxe.xml, line 1")));
    auto broken = DublinCore::read(
        "<records>\n<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\">\n</records>",
        QStringLiteral("cassé.xml"));
    REQUIRE_FALSE(broken);
    CHECK(broken.errorMessage().contains(QStringLiteral("line 3")));

    // Through the import: detected, matched, the token said in the plan.
    TestCatalogue cat;
    auto plan = Importer(cat.db(), cat.clock()).prepare(page, QStringLiteral("oai.xml"), {});
    REQUIRE(plan);
    CHECK(plan->format == Importer::Format::DublinCore);
    CHECK(plan->resumptionToken == QStringLiteral("page-2-token"));
    CHECK(plan->records.first().errors.isEmpty());
    CHECK_FALSE(plan->records.at(1).errors.isEmpty());
}

#include <catch2/catch.hpp>

#include "core/interop/ReferenceExport.h"
#include "core/output/Bibliography.h"
#include "core/output/BibliographyWriter.h"
#include "core/search/TextExtractor.h"
#include "output/DocumentChecks.h"
#include "output/ReferenceFixtures.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace infodoc::core;
using infodoc::test::readAll;
using infodoc::test::withoutSpaces;

namespace {

// Records a documentalist would not want to meet, and must still print.
QList<Record> awkwardRecords()
{
    QList<Record> list;
    Record bare;
    bare.id = 101;
    bare.type = DocumentType::Report;
    bare.title = QStringLiteral("Notice sans aucun champ facultatif");
    list.append(bare);

    Record longTitle;
    longTitle.id = 102;
    longTitle.type = DocumentType::Book;
    longTitle.title =
        QString(290, u'x').replace(0, 10, QStringLiteral("Très long ")) + QStringLiteral(" fin-du-titre");
    list.append(longTitle);

    Record many;
    many.id = 103;
    many.type = DocumentType::Study;
    many.title = QStringLiteral("Étude à cinquante auteurs");
    many.date = QStringLiteral("2021");
    for (int i = 1; i <= 50; ++i)
        many.responsibilities.append(
            {QStringLiteral("Auteur%1, Prénom").arg(i), AuthorityKind::Person, Role::Author, 0});
    list.append(many);

    Record markup;
    markup.id = 104;
    markup.type = DocumentType::Article;
    markup.title = QStringLiteral("<b>gras</b> & <img src=x onerror=alert(1)>");
    markup.containerTitle = QStringLiteral("Revue <script>alert(2)</script>");
    markup.abstract = QStringLiteral("Résumé avec <i>balises</i> & esperluette.");
    list.append(markup);

    Record world;
    world.id = 105;
    world.type = DocumentType::Book;
    world.title = QStringLiteral("مدينة للجميع — la ville pour tous 🏘️");
    world.responsibilities = {{QStringLiteral("حداد, ليلى"), AuthorityKind::Person, Role::Author, 0}};
    world.publisher = QStringLiteral("Éditions 🌍");
    world.date = QStringLiteral("2022");
    list.append(world);
    return list;
}

Bibliography sample(const QList<Record>& records, bool abstracts = true)
{
    BibliographyOptions options;
    options.title = QStringLiteral("Bibliographie « test »");
    options.introduction = QStringLiteral("Documents <choisis> pour la journée.");
    options.abstracts = abstracts;
    options.holdings = true;
    CentreIdentity centre;
    centre.name = QStringLiteral("Centre de ressources <test>");
    centre.address = QStringLiteral("1 rue de la Gare\n95000 Cergy");
    QImage logo(32, 32, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    QBuffer buffer(&centre.logo);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return BibliographyBuilder::build(records, options, centre);
}

} // namespace

TEST_CASE("a record with no optional field still gives a correct reference")
{
    const auto b = sample(awkwardRecords());
    QString bare;
    for (const auto& g : b.groups)
        for (const auto& e : g.entries)
            if (e.recordId == 101)
                bare = e.reference.toPlainText();
    CHECK(bare == QStringLiteral("Notice sans aucun champ facultatif, [s.d.]."));
}

TEST_CASE("more than three authors give the first one and et al.; the option lists them all")
{
    const Record many = awkwardRecords().at(2);
    Iso690::Options options;
    const QString short_ = Iso690::format(CslItem::fromRecord(many), options).toPlainText();
    CHECK(short_.startsWith(QStringLiteral("AUTEUR1, Prénom et al., 2021. ")));
    options.etAlAfter = 0;
    const QString all = Iso690::format(CslItem::fromRecord(many), options).toPlainText();
    CHECK(all.contains(QStringLiteral("AUTEUR49, Prénom et AUTEUR50, Prénom, 2021.")));
}

TEST_CASE("French conventions: s.l., dir., n°, pp., en ligne, consulté le")
{
    const QList<Record> records = infodoc::test::referenceFixtures();
    Iso690::Options options;
    auto text = [&](int id) {
        return Iso690::format(CslItem::fromRecord(records.at(id - 1)), options)
            .toPlainText()
            .replace(QChar(0xa0), u' ');
    };
    CHECK(text(6).contains(QStringLiteral("[s.l.] : Centre de ressources")));
    CHECK(text(7).startsWith(QStringLiteral("CARREL, Marion et TALPIN, Julien (dir.), 2020.")));
    CHECK(text(3).contains(QStringLiteral("Vol. 12, n° 3, pp. 5")));
    CHECK(text(10).contains(QStringLiteral("[en ligne]")));
    CHECK(text(10).contains(QStringLiteral("[Consulté le 12 mars 2024]")));
    CHECK(text(2).contains(QStringLiteral("In : KIRSZBAUM, Thomas (éd.), ")));
}

TEST_CASE("two works of the same author and year are told apart by a and b")
{
    const QList<Record> records = infodoc::test::referenceFixtures();
    const auto b = BibliographyBuilder::build(records, {});
    QStringList martin2020;
    for (const auto& e : b.groups.constFirst().entries) {
        const QString t = e.reference.toPlainText();
        if (t.startsWith(QStringLiteral("MARTIN, Paul, 2020")))
            martin2020.append(t.mid(18, 1));
    }
    CHECK(martin2020 == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("markup in titles is printed as text in HTML and never interpreted")
{
    const auto b = sample(awkwardRecords());
    const QString xhtml = BibliographyWriter::toXhtml(b);
    CHECK_FALSE(xhtml.contains(QStringLiteral("<b>gras")));
    CHECK_FALSE(xhtml.contains(QStringLiteral("<img src=x")));
    CHECK_FALSE(xhtml.contains(QStringLiteral("<script>")));
    CHECK(xhtml.contains(QStringLiteral("&lt;b&gt;gras&lt;/b&gt;")));

    // Well-formed XML from the first byte to the last.
    QXmlStreamReader xml(xhtml);
    int paragraphs = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("p"))
            ++paragraphs;
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    CHECK_FALSE(xml.hasError());
    CHECK(paragraphs > 5);
    // The printable document shows the characters, not an image.
    const auto document = BibliographyWriter::toTextDocument(b);
    CHECK(document->toPlainText().contains(QStringLiteral("<img src=x onerror=alert(1)>")));
    CHECK(document->toPlainText().contains(QStringLiteral("🏘️")));
}

TEST_CASE("the PDF holds every reference, read back with Poppler")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bibliographie.pdf"));
    QList<Record> records = infodoc::test::referenceFixtures();
    records += awkwardRecords();
    for (int copy = 0; copy < 3; ++copy) // enough for several pages
        for (Record r : infodoc::test::referenceFixtures()) {
            r.id += 1000 * (copy + 1);
            r.title += QStringLiteral(" (tome %1)").arg(copy + 2);
            records.append(r);
        }
    const auto b = sample(records);
    REQUIRE(BibliographyWriter::write(b, BibliographyWriter::Format::Pdf, path));
    const ExtractedText text = TextExtractor::extractPdf(path);
    REQUIRE(text.state == ExtractionState::Done);
    CHECK(text.pageCount() >= 2);
    // Every page has its footer: the centre, the title, "page / pages".
    for (int page = 0; page < text.pageCount(); ++page)
        CHECK(withoutSpaces(text.pages.at(page))
                  .contains(withoutSpaces(QStringLiteral("%1/%2").arg(page + 1).arg(text.pageCount()))));
    // The text of the pages without their footers, so that a reference
    // running over two pages reads whole.
    const QString footer =
        withoutSpaces(QStringLiteral("Centre de ressources <test> — Bibliographie « test »"));
    QString all;
    for (int page = 0; page < text.pageCount(); ++page) {
        QString body = withoutSpaces(text.pages.at(page));
        CHECK(body.contains(footer));
        body.remove(footer).remove(QStringLiteral("%1/%2").arg(page + 1).arg(text.pageCount()));
        all += body;
    }
    CHECK(all.contains(withoutSpaces(QStringLiteral("Centre de ressources <test>"))));
    CHECK(all.contains(withoutSpaces(QStringLiteral("Bibliographie « test »"))));
    for (const auto& g : b.groups) {
        for (const auto& e : g.entries) {
            // Every reference, whole (the long title too), in the PDF's text.
            const QString reference = withoutSpaces(e.reference.toPlainText());
            INFO("record " << e.recordId << ": " << e.reference.toPlainText().toStdString());
            INFO("pdf: " << all.mid(all.indexOf(reference.left(12)), reference.size()).toStdString());
            if (e.recordId == 105)
                CHECK(all.contains(withoutSpaces(QStringLiteral("la ville pour tous"))));
            else
                CHECK(all.contains(reference));
        }
    }
    CHECK(all.contains(withoutSpaces(QStringLiteral("Résumé avec <i>balises</i> & esperluette."))));
}

TEST_CASE("an ODT bibliography opens in LibreOffice with its text")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    REQUIRE_FALSE(soffice.isEmpty()); // installed by scripts/deps
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bibliographie.odt"));
    const auto b = sample(infodoc::test::referenceFixtures());
    REQUIRE(BibliographyWriter::write(b, BibliographyWriter::Format::Odt, path));
    QProcess office;
    office.setWorkingDirectory(dir.path());
    office.start(soffice,
                 {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text"),
                  QStringLiteral("--outdir"), dir.path(), path});
    REQUIRE(office.waitForFinished(180000));
    INFO(office.readAllStandardError().toStdString());
    REQUIRE(office.exitCode() == 0);
    const QString text =
        withoutSpaces(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("bibliographie.txt")))));
    for (const auto& g : b.groups)
        for (const auto& e : g.entries) {
            INFO("record " << e.recordId);
            CHECK(text.contains(withoutSpaces(e.reference.toPlainText())));
        }
}

TEST_CASE("CSL-JSON, RIS and BibTeX carry every reference")
{
    const QList<Record> records = infodoc::test::referenceFixtures();
    QList<CslItem> items;
    for (const Record& r : records)
        items.append(CslItem::fromRecord(r));
    const QJsonArray json = QJsonDocument::fromJson(ReferenceExport::cslJson(items, false)).array();
    REQUIRE(json.size() == records.size());
    CHECK(json.at(0).toObject().value(QStringLiteral("ISBN")).toString() == QStringLiteral("9782020567891"));

    const QString ris = QString::fromUtf8(ReferenceExport::ris(items, false));
    CHECK(ris.count(QStringLiteral("ER  - ")) == records.size());
    CHECK(ris.contains(QStringLiteral("TY  - CHAP\r\n")));
    CHECK(ris.contains(QStringLiteral("SP  - 45\r\nEP  - 60\r\n")));

    // pandoc reads our BibTeX back to the same number of references.
    QTemporaryDir dir;
    const QString bib = dir.filePath(QStringLiteral("refs.bib"));
    QFile f(bib);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(ReferenceExport::bibtex(items, false));
    f.close();
    QProcess pandoc;
    pandoc.start(QStringLiteral("pandoc"), {QStringLiteral("-f"), QStringLiteral("bibtex"),
                                            QStringLiteral("-t"), QStringLiteral("csljson"), bib});
    REQUIRE(pandoc.waitForFinished(60000));
    REQUIRE(pandoc.exitCode() == 0);
    const QJsonArray back = QJsonDocument::fromJson(pandoc.readAllStandardOutput()).array();
    CHECK(back.size() == records.size());
    // The Unicode and the escaped & survive the round trip.
    bool found = false;
    for (const auto& v : back)
        found = found ||
                v.toObject().value(QStringLiteral("title")).toString() ==
                    QStringLiteral("Faire société : la politique de la ville aux États-Unis et en France");
    CHECK(found);
}

TEST_CASE("a bibliography is written whole or not at all, with an error naming the file")
{
    QTemporaryDir dir;
    const auto b = sample(infodoc::test::referenceFixtures());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/b.pdf"));
    const Status s = BibliographyWriter::write(b, BibliographyWriter::Format::Pdf, missing);
    REQUIRE_FALSE(s);
    CHECK(s.errorMessage().contains(QStringLiteral("no-such-folder")));
    const QString existing = dir.filePath(QStringLiteral("b.html"));
    QFile f(existing);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("previous");
    f.close();
    REQUIRE(BibliographyWriter::write(b, BibliographyWriter::Format::Html, existing));
    CHECK(readAll(existing).startsWith("<?xml"));
}

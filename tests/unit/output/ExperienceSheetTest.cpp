#include <catch2/catch.hpp>

#include "core/catalog/RecordRepository.h"
#include "core/output/ExperienceSheets.h"
#include "core/output/Iso690.h"
#include "core/output/SheetTemplate.h"
#include "core/output/SheetWriter.h"
#include "core/search/TextExtractor.h"
#include "output/DocumentChecks.h"
#include "support/TestCatalogue.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace infodoc::core;
using infodoc::test::readAll;
using infodoc::test::TestCatalogue;
using infodoc::test::withoutSpaces;

namespace {

const QChar kNbsp(0x00A0);
const QChar kNarrowNbsp(0x202F);

// Compared as printed: with the typographic apostrophe and quotes of the sheets.
QString squeeze(const QString& s)
{
    return withoutSpaces(Iso690::typography(s));
}

Record fullSheet()
{
    Record r;
    r.type = DocumentType::ExperienceSheet;
    r.title = QStringLiteral("Un jardin partagé au pied des tours");
    r.subtitle = QStringLiteral("Quand les habitants cultivent leur quartier");
    r.date = QStringLiteral("2021");
    r.territories = {QStringLiteral("Sarcelles"), QStringLiteral("Les Lochères")};
    r.subjects = {QStringLiteral("Cadre de vie"), QStringLiteral("Participation des habitants")};
    r.keywords = {QStringLiteral("jardin")};
    r.responsibilities = {
        {QStringLiteral("Association Les Jardins de Sarcelles"), AuthorityKind::Organisation,
         Role::LeadOrganisation, 0},
        {QStringLiteral("Bailleur Val-d'Oise Habitat"), AuthorityKind::Organisation, Role::Partner, 0},
        {QStringLiteral("Ville de Sarcelles"), AuthorityKind::Organisation, Role::Partner, 0},
    };
    ExperienceSheet s;
    s.context = QStringLiteral("Des pelouses délaissées entre les tours ; des habitants qui demandent \"un "
                               "lieu pour se retrouver\".");
    s.targetPublic = QStringLiteral("Habitants du quartier, écoles");
    s.objectives = QStringLiteral("Créer du lien entre voisins.\nAméliorer le cadre de vie.");
    s.description = QStringLiteral("Vingt parcelles cultivées ; ateliers avec les écoles : semis, récolte.");
    s.means = QStringLiteral("Une animatrice à mi-temps ; 18 000 € du contrat de ville.");
    s.results = QStringLiteral("Quarante familles inscrites la première année. Pourquoi ça marche ? La "
                               "proximité !");
    s.contact = QStringLiteral("Mme Aïcha Benali, coordinatrice\njardins@example.org");
    s.startDate = QStringLiteral("2019-09-01");
    s.endDate = QStringLiteral("2021-06");
    r.sheet = s;
    return r;
}

Record bareSheet()
{
    Record r;
    r.type = DocumentType::ExperienceSheet;
    r.title = QStringLiteral("Fiche sans aucun champ facultatif");
    return r;
}

Record awkwardSheet()
{
    Record r;
    r.type = DocumentType::ExperienceSheet;
    r.title = QStringLiteral("<b>gras</b> & <img src=x onerror=alert(1)> ") + QString(260, u'x') +
              QStringLiteral(" مدينة للجميع 🏘️");
    ExperienceSheet s;
    s.context = QStringLiteral("<script>alert(2)</script> reste du texte");
    r.sheet = s;
    return r;
}

QList<qint64> addAll(TestCatalogue& catalogue, const QList<Record>& records)
{
    RecordRepository repository(catalogue.db(), catalogue.clock());
    auto ids = repository.addAll(records);
    REQUIRE(ids);
    return *ids;
}

SheetWriter::Options options()
{
    SheetWriter::Options o;
    o.centre.name = QStringLiteral("Centre de ressources du Val-d'Oise");
    o.centre.address = QStringLiteral("2 rue de l'Église\n95000 Cergy");
    return o;
}

// The values of the full sheet that must all be found in any output.
QStringList fullSheetTexts()
{
    const Record r = fullSheet();
    return {r.title,
            r.subtitle,
            QStringLiteral("Sarcelles"),
            QStringLiteral("Les Lochères"),
            QStringLiteral("Association Les Jardins de Sarcelles"),
            QStringLiteral("Bailleur Val-d'Oise Habitat"),
            QStringLiteral("Ville de Sarcelles"),
            QStringLiteral("Cadre de vie"),
            QStringLiteral("Participation des habitants"),
            r.sheet->context,
            r.sheet->targetPublic,
            QStringLiteral("Créer du lien entre voisins."),
            QStringLiteral("Améliorer le cadre de vie."),
            r.sheet->description,
            r.sheet->means,
            r.sheet->results,
            QStringLiteral("jardins@example.org")};
}

QString convertWithLibreOffice(const QTemporaryDir& dir, const QString& path)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    REQUIRE_FALSE(soffice.isEmpty()); // installed by scripts/deps
    QProcess office;
    office.setWorkingDirectory(dir.path());
    office.start(soffice,
                 {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text"),
                  QStringLiteral("--outdir"), dir.path(), path});
    REQUIRE(office.waitForFinished(180000));
    INFO(office.readAllStandardError().toStdString());
    REQUIRE(office.exitCode() == 0);
    return QString::fromUtf8(
        readAll(QFileInfo(path).path() + u'/' + QFileInfo(path).completeBaseName() + QStringLiteral(".txt")));
}

void requireWellFormed(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    INFO(name.toStdString() << ": " << reader.errorString().toStdString() << " line " << reader.lineNumber());
    REQUIRE_FALSE(reader.hasError());
}

} // namespace

TEST_CASE("the built-in template shows every part of a sheet and survives a round trip")
{
    const SheetTemplate t = SheetTemplates::builtIn();
    CHECK(t.fields.size() == 14);
    CHECK(t.fields.first().field == SheetField::Territory);
    CHECK(t.fields.last().field == SheetField::Attachments);
    const auto again = SheetTemplates::fromJson(SheetTemplates::toJson(t), QStringLiteral("t.json"));
    REQUIRE(again);
    CHECK(*again == t);
}

TEST_CASE("a template with a mistake is refused with the file, the line or the field")
{
    const QString name = QStringLiteral("modele.json");
    auto broken =
        SheetTemplates::fromJson("{\n  \"format\": \"infodoc-sheet-template\",\n  \"fields\": [,]\n}", name);
    REQUIRE_FALSE(broken);
    CHECK(broken.errorMessage().startsWith(QStringLiteral("modele.json, line 3")));

    auto notOurs = SheetTemplates::fromJson("{\"fields\": []}", name);
    REQUIRE_FALSE(notOurs);
    CHECK(notOurs.errorMessage().contains(QStringLiteral("format")));

    auto unknown = SheetTemplates::fromJson(
        R"({"format": "infodoc-sheet-template", "fields": [{"field": "context"}, {"field": "budget"}]})",
        name);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.errorMessage().contains(QStringLiteral("field 2")));
    CHECK(unknown.errorMessage().contains(QStringLiteral("\"budget\"")));

    auto twice = SheetTemplates::fromJson(
        R"({"format": "infodoc-sheet-template", "fields": [{"field": "context"}, {"field": "context"}]})",
        name);
    REQUIRE_FALSE(twice);
    CHECK(twice.errorMessage().contains(QStringLiteral("twice")));

    auto colour = SheetTemplates::fromJson(
        R"({"format": "infodoc-sheet-template", "accentColour": "bleu-ish", "fields": [{"field": "context"}]})",
        name);
    REQUIRE_FALSE(colour);
    CHECK(colour.errorMessage().contains(QStringLiteral("bleu-ish")));

    auto empty = SheetTemplates::fromJson(R"({"format": "infodoc-sheet-template", "fields": []})", name);
    CHECK_FALSE(empty);
}

TEST_CASE("the catalogue keeps the centre's template until it is reset")
{
    TestCatalogue catalogue;
    CHECK(*SheetTemplates::load(catalogue.db()) == SheetTemplates::builtIn());
    SheetTemplate t;
    t.name = QStringLiteral("Fiche courte");
    t.accentColour = QStringLiteral("#8c1d40");
    t.showLogo = false;
    t.fields = {{SheetField::Results, QStringLiteral("Ce qu'on en retient")}, {SheetField::Lead, {}}};
    REQUIRE(SheetTemplates::save(catalogue.db(), t));
    CHECK(*SheetTemplates::load(catalogue.db()) == t);
    REQUIRE(SheetTemplates::reset(catalogue.db()));
    CHECK(*SheetTemplates::load(catalogue.db()) == SheetTemplates::builtIn());
}

TEST_CASE("a template that cannot be read, or is damaged, is an error and not the built-in one")
{
    TestCatalogue catalogue;
    QSqlQuery q(catalogue.db().connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO setting (key, value) VALUES ('sheet.template', '{\"format\": 3')")));
    const auto damaged = SheetTemplates::load(catalogue.db());
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.errorMessage().contains(QStringLiteral("the catalogue's template")));
    REQUIRE(SheetTemplates::reset(catalogue.db())); // what mends it
    CHECK(SheetTemplates::load(catalogue.db()).ok());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting RENAME TO setting_away")));
    const auto unread = SheetTemplates::load(catalogue.db());
    REQUIRE_FALSE(unread.ok());
    CHECK(unread.errorMessage().contains(QStringLiteral("Cannot read the template of experience sheets")));
}

TEST_CASE("a sheet follows the template: its fields, their order, their labels")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet(), bareSheet()});
    ExperienceSheets sheets(catalogue.db());

    auto full = sheets.load({ids.at(0)}, SheetTemplates::builtIn());
    REQUIRE(full);
    const SheetDocument& d = full->first();
    // The neighbourhood is told apart from the commune by the territories.
    CHECK(d.territories == QStringList{QStringLiteral("Sarcelles")});
    CHECK(d.neighbourhoods == QStringList{QStringLiteral("Les Lochères")});
    CHECK(d.leads == QStringList{QStringLiteral("Association Les Jardins de Sarcelles")});
    CHECK(d.partners.size() == 2);
    REQUIRE(d.facts.size() == 7);
    CHECK(d.facts.at(0).field == SheetField::Territory);
    CHECK(d.facts.at(4).field == SheetField::Period);
    REQUIRE(d.sections.size() == 6); // no attachment
    CHECK(d.sections.at(0).field == SheetField::Context);
    CHECK(d.sections.at(2).values.size() == 1);
    CHECK(d.sections.at(1).values.size() == 2); // two paragraphs of objectives

    SheetTemplate reordered;
    reordered.fields = {{SheetField::Results, QStringLiteral("Ce qu'on en retient")},
                        {SheetField::Context, {}},
                        {SheetField::Lead, QStringLiteral("Porteur")}};
    auto custom = sheets.load({ids.at(0)}, reordered);
    REQUIRE(custom);
    REQUIRE(custom->first().sections.size() == 2);
    CHECK(custom->first().sections.at(0).label == QStringLiteral("Ce qu'on en retient"));
    CHECK(custom->first().sections.at(1).field == SheetField::Context);
    REQUIRE(custom->first().facts.size() == 1);
    CHECK(custom->first().facts.first().label == QStringLiteral("Porteur"));

    auto bare = sheets.load({ids.at(1)}, SheetTemplates::builtIn());
    REQUIRE(bare);
    CHECK(bare->first().facts.isEmpty());
    CHECK(bare->first().sections.isEmpty());
}

TEST_CASE("only experience sheets make sheets; the error names the record")
{
    TestCatalogue catalogue;
    Record book;
    book.type = DocumentType::Book;
    book.title = QStringLiteral("Un livre");
    const auto ids = addAll(catalogue, {fullSheet(), book});
    ExperienceSheets sheets(catalogue.db());
    auto wrong = sheets.load(ids, SheetTemplates::builtIn());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.errorMessage().contains(QString::number(ids.at(1))));
    CHECK(wrong.errorMessage().contains(QStringLiteral("Un livre")));
    auto missing = sheets.load({ids.at(0), 9999}, SheetTemplates::builtIn());
    REQUIRE_FALSE(missing);
    CHECK(missing.errorMessage().contains(QStringLiteral("9999")));
    CHECK(*sheets.sheetsAmong({ids.at(1), ids.at(0), 9999}) == QList<qint64>{ids.at(0)});

    int calls = 0;
    auto cancelled = sheets.load(ids, SheetTemplates::builtIn(), [&calls](int, int) { return ++calls < 1; });
    REQUIRE_FALSE(cancelled);
}

TEST_CASE("dates are written in words, the first of the month as 1er in French")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(ExperienceSheets::dateInWords(QStringLiteral("2019-09-01")) ==
          QStringLiteral("1er") + kNbsp + QStringLiteral("septembre 2019"));
    CHECK(ExperienceSheets::dateInWords(QStringLiteral("2021-06")) == QStringLiteral("juin 2021"));
    CHECK(ExperienceSheets::dateInWords(QStringLiteral("2020")) == QStringLiteral("2020"));
    CHECK(ExperienceSheets::dateInWords(QStringLiteral("2020-13-40")) == QStringLiteral("2020-13-40"));
    CHECK(ExperienceSheets::period(QStringLiteral("2019-09-01"), QStringLiteral("2021-06")) ==
          QStringLiteral("1er") + kNbsp + QStringLiteral("septembre 2019 – juin 2021"));
    QLocale::setDefault(previous);
    CHECK(ExperienceSheets::period({}, {}).isEmpty());
    CHECK(ExperienceSheets::period(QStringLiteral("2020"), {}) == QStringLiteral("2020 – ongoing"));
}

TEST_CASE("a PDF of several sheets: a table of contents with the right pages, every field, French typography")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet(), bareSheet(), awkwardSheet(), fullSheet()});
    auto documents = ExperienceSheets(catalogue.db()).load(ids, SheetTemplates::builtIn());
    REQUIRE(documents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiches.pdf"));
    REQUIRE(SheetWriter::write(*documents, options(), SheetWriter::Format::Pdf, path));
    const ExtractedText text = TextExtractor::extractPdf(path);
    REQUIRE(text.state == ExtractionState::Done);
    REQUIRE(text.pageCount() >= 5); // contents + one page or more a sheet
    CHECK(text.pageCount() <= 9);   // a sheet takes one or two pages

    // The table of contents gives the page where each sheet's title is.
    const QStringList tocLines = text.pages.at(0).split(u'\n');
    const QString full = fullSheet().title;
    int sheetsFound = 0;
    for (const QString& line : tocLines) {
        if (!line.contains(full) && !line.contains(bareSheet().title))
            continue;
        const int page = line.section(u' ', -1).trimmed().toInt();
        INFO(line.toStdString());
        REQUIRE(page >= 2);
        REQUIRE(page <= text.pageCount());
        const QString title = line.contains(full) ? full : bareSheet().title;
        CHECK(squeeze(text.pages.at(page - 1)).contains(squeeze(title)));
        // It starts there: not on the page before.
        CHECK_FALSE(squeeze(text.pages.at(page - 2)).contains(squeeze(QStringLiteral("FICHE") + title)));
        ++sheetsFound;
    }
    CHECK(sheetsFound == 3);

    QString all;
    for (const QString& page : text.pages)
        all += squeeze(page);
    for (const QString& value : fullSheetTexts()) {
        INFO(value.toStdString());
        CHECK(all.contains(squeeze(value)));
    }
    // The long, marked-up title is printed as text, whole.
    CHECK(all.contains(squeeze(QStringLiteral("<b>gras</b> & <img src=x onerror=alert(1)>"))));
    CHECK(all.contains(squeeze(QString(260, u'x'))));
    CHECK(all.contains(squeeze(QStringLiteral("<script>alert(2)</script> reste du texte"))));
    // French typography: quotes, apostrophes, spaces before high punctuation.
    const QString raw = text.pages.join(u'\n');
    INFO(raw.mid(raw.indexOf(u'«') - 5, 20).toStdString());
    // Poppler gives the non-breaking spaces back as spaces; XHTML keeps them (below).
    CHECK((raw.contains(QStringLiteral("« un lieu")) ||
           raw.contains(QStringLiteral("«") + kNbsp + QStringLiteral("un"))));
    CHECK(raw.contains(QStringLiteral("Val-d’Oise")));
    CHECK((raw.contains(QStringLiteral("marche") + kNarrowNbsp + u'?') ||
           raw.contains(QStringLiteral("marche ?"))));
    CHECK_FALSE(raw.contains(QStringLiteral("marche?")));
}

TEST_CASE("one sheet alone is a PDF without a table of contents, on one or two pages")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet()});
    auto documents = ExperienceSheets(catalogue.db()).load(ids, SheetTemplates::builtIn());
    REQUIRE(documents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiche.pdf"));
    REQUIRE(SheetWriter::write(*documents, options(), SheetWriter::Format::Pdf, path));
    const ExtractedText text = TextExtractor::extractPdf(path);
    REQUIRE(text.state == ExtractionState::Done);
    CHECK(text.pageCount() <= 2);
    CHECK(squeeze(text.pages.first()).contains(squeeze(fullSheet().title)));
}

TEST_CASE("an ODT of sheets opens in LibreOffice with every field")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet(), bareSheet()});
    auto documents = ExperienceSheets(catalogue.db()).load(ids, SheetTemplates::builtIn());
    REQUIRE(documents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiches.odt"));
    REQUIRE(SheetWriter::write(*documents, options(), SheetWriter::Format::Odt, path));
    const QString text = squeeze(convertWithLibreOffice(dir, path));
    for (const QString& value : fullSheetTexts() + QStringList{bareSheet().title}) {
        INFO(value.toStdString());
        CHECK(text.contains(squeeze(value)));
    }
}

TEST_CASE("HTML: one well-formed page a sheet and an index linking them; markup stays text")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet(), bareSheet(), awkwardSheet()});
    auto documents = ExperienceSheets(catalogue.db()).load(ids, SheetTemplates::builtIn());
    REQUIRE(documents);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("site/fiches"));
    REQUIRE(SheetWriter::write(*documents, options(), SheetWriter::Format::Html, folder));
    const QByteArray index = readAll(folder + QStringLiteral("/index.html"));
    requireWellFormed(index, QStringLiteral("index.html"));
    for (const SheetDocument& d : *documents) {
        const QString name = SheetWriter::htmlFileName(d);
        CHECK(index.contains(name.toUtf8()));
        const QByteArray page = readAll(folder + u'/' + name);
        requireWellFormed(page, name);
        CHECK(page.contains("href=\"index.html\""));
    }
    const QString awkward =
        QString::fromUtf8(readAll(folder + u'/' + SheetWriter::htmlFileName(documents->at(2))));
    CHECK_FALSE(awkward.contains(QStringLiteral("<b>")));
    CHECK_FALSE(awkward.contains(QStringLiteral("<script>")));
    CHECK(awkward.contains(QStringLiteral("&lt;script&gt;")));
    CHECK(awkward.contains(QStringLiteral("مدينة للجميع 🏘️")));

    // One sheet alone is one file; several cannot go to a file.
    const QString single = dir.filePath(QStringLiteral("fiche.html"));
    REQUIRE(SheetWriter::write({documents->first()}, options(), SheetWriter::Format::Html, single));
    const QString page = QString::fromUtf8(readAll(single));
    requireWellFormed(page.toUtf8(), single);
    for (const QString& value : fullSheetTexts()) {
        INFO(value.toStdString());
        CHECK(page.contains(Iso690::typography(value).toHtmlEscaped().section(u'\n', 0, 0)));
    }
    CHECK(page.contains(QStringLiteral("«") + kNbsp + QStringLiteral("un lieu pour se retrouver") + kNbsp +
                        QStringLiteral("»")));
    CHECK(page.contains(QStringLiteral("marche") + kNarrowNbsp + QStringLiteral("?")));
    const Status onFile = SheetWriter::write(*documents, options(), SheetWriter::Format::Html, single);
    REQUIRE_FALSE(onFile);
    CHECK(onFile.errorMessage().contains(QStringLiteral("fiche.html")));
}

TEST_CASE("JSON and Dublin Core carry the sheets for the other centres")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet(), awkwardSheet()});
    auto documents = ExperienceSheets(catalogue.db()).load(ids, SheetTemplates::builtIn());
    REQUIRE(documents);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("fiches.json"));
    REQUIRE(SheetWriter::write(*documents, options(), SheetWriter::Format::Json, json));
    const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("infodoc-experience-sheets"));
    const QJsonArray array = root.value(QStringLiteral("sheets")).toArray();
    REQUIRE(array.size() == 2);
    const QJsonObject first = array.at(0).toObject();
    const Record r = fullSheet();
    CHECK(first.value(QStringLiteral("context")).toString() == r.sheet->context);
    CHECK(first.value(QStringLiteral("actions")).toString() == r.sheet->description);
    CHECK(first.value(QStringLiteral("neighbourhoods")).toArray().at(0).toString() ==
          QStringLiteral("Les Lochères"));
    CHECK(first.value(QStringLiteral("partners")).toArray().size() == 2);
    CHECK(array.at(1).toObject().value(QStringLiteral("title")).toString() == awkwardSheet().title);

    const QString dc = dir.filePath(QStringLiteral("fiches.xml"));
    REQUIRE(SheetWriter::write(*documents, options(), SheetWriter::Format::DublinCore, dc));
    QXmlStreamReader xml(readAll(dc));
    int records = 0;
    QStringList titles, creators, coverage;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() == QLatin1String("http://www.openarchives.org/OAI/2.0/oai_dc/") &&
            xml.name() == QLatin1String("dc"))
            ++records;
        if (xml.namespaceUri() == QLatin1String("http://purl.org/dc/elements/1.1/")) {
            const QString name = xml.name().toString();
            const QString value = xml.readElementText();
            if (name == QLatin1String("title"))
                titles.append(value);
            else if (name == QLatin1String("creator"))
                creators.append(value);
            else if (name == QLatin1String("coverage"))
                coverage.append(value);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(records == 2);
    CHECK(titles.size() == 2);
    CHECK(titles.at(1) == awkwardSheet().title);
    CHECK(creators == QStringList{QStringLiteral("Association Les Jardins de Sarcelles")});
    CHECK(coverage.contains(QStringLiteral("Les Lochères")));
    CHECK(coverage.contains(QStringLiteral("2019-09-01/2021-06")));
}

TEST_CASE("sheets are written whole or not at all, with an error naming the file")
{
    TestCatalogue catalogue;
    const auto ids = addAll(catalogue, {fullSheet()});
    auto documents = ExperienceSheets(catalogue.db()).load(ids, SheetTemplates::builtIn());
    REQUIRE(documents);
    QTemporaryDir dir;
    for (auto format : {SheetWriter::Format::Pdf, SheetWriter::Format::Odt, SheetWriter::Format::Json}) {
        const QString missing = dir.filePath(QStringLiteral("no-such-folder/f"));
        const Status s = SheetWriter::write(*documents, options(), format, missing);
        REQUIRE_FALSE(s);
        CHECK(s.errorMessage().contains(QStringLiteral("no-such-folder")));
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    CHECK_FALSE(
        SheetWriter::write({}, options(), SheetWriter::Format::Pdf, dir.filePath(QStringLiteral("x.pdf"))));
}

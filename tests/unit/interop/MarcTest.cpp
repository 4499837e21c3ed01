#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::writeFile;

namespace {

QByteArray sample(const char* name)
{
    return fileBytes(QStringLiteral(INFODOC_INTEROP_SAMPLES "/") + QLatin1String(name));
}

QList<MarcCodec::Entry> readIso(const QByteArray& data, MarcCharset charset = MarcCharset::Detect)
{
    auto entries = MarcCodec::readIso2709(data, QStringLiteral("test.mrc"), charset);
    INFO((entries ? QString() : entries.errorMessage()).toStdString());
    REQUIRE(entries);
    return *entries;
}

Record readOne(const QByteArray& data, MarcFlavour flavour)
{
    const auto entries = readIso(data);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().error.isEmpty());
    return MarcMapping::toRecord(entries.first().record, flavour).record;
}

// yaz-marcdump, YAZ's own reader, run on a file: its output and exit status.
QPair<int, QString> marcdump(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral("yaz-marcdump"), arguments);
    REQUIRE(p.waitForFinished(20000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

Record sampleRecord()
{
    Record r;
    r.id = 42;
    r.type = DocumentType::Report;
    r.title = QStringLiteral("Évaluation du contrat de ville");
    r.subtitle = QStringLiteral("rapport final");
    r.responsibilities = {
        {QStringLiteral("Lefèvre, Anaïs"), AuthorityKind::Person, Role::Author},
        {QStringLiteral("Müller, Jürgen"), AuthorityKind::Person, Role::Director},
        {QStringLiteral("Agence nationale de la cohésion des territoires"), AuthorityKind::Organisation,
         Role::Commissioner},
    };
    r.publisher = QStringLiteral("Profession Banlieue");
    r.place = QStringLiteral("Saint-Denis");
    r.date = QStringLiteral("2021");
    r.edition = QStringLiteral("2e éd.");
    r.collection = QStringLiteral("Les cahiers");
    r.collectionNumber = QStringLiteral("12");
    r.isbn = QStringLiteral("9782130588047");
    r.extent = QStringLiteral("128 p.");
    r.language = QStringLiteral("fre");
    r.abstract = QStringLiteral("Bilan des actions menées dans les quartiers prioritaires.");
    r.notes = QStringLiteral("Bibliogr. p. 120-127");
    r.subjects = {QStringLiteral("Contrat de ville"), QStringLiteral("Évaluation")};
    r.keywords = {QStringLiteral("bilan à mi-parcours")};
    r.territories = {QStringLiteral("Seine-Saint-Denis")};
    r.url = QStringLiteral("https://example.org/rapport.pdf");
    r.callNumber = QStringLiteral("POL 2.3 LEF");
    Copy c;
    c.barcode = QStringLiteral("CRPV000123");
    c.callNumber = QStringLiteral("POL 2.3 LEF");
    c.location = QStringLiteral("Espace documentation");
    r.copies = {c};
    return r;
}

void requireSameDescription(const Record& a, const Record& b)
{
    CHECK(a.type == b.type);
    CHECK(a.title == b.title);
    CHECK(a.subtitle == b.subtitle);
    CHECK(a.publisher == b.publisher);
    CHECK(a.place == b.place);
    CHECK(a.date == b.date);
    CHECK(a.edition == b.edition);
    CHECK(a.collection == b.collection);
    CHECK(a.collectionNumber == b.collectionNumber);
    CHECK(a.isbn == b.isbn);
    CHECK(a.extent == b.extent);
    CHECK(a.language == b.language);
    CHECK(a.abstract == b.abstract);
    CHECK(a.notes == b.notes);
    CHECK(a.subjects == b.subjects);
    CHECK(a.keywords == b.keywords);
    CHECK(a.url == b.url);
    CHECK(a.callNumber == b.callNumber);
    REQUIRE(a.responsibilities.size() == b.responsibilities.size());
    for (qsizetype i = 0; i < a.responsibilities.size(); ++i) {
        CHECK(a.responsibilities.at(i).name == b.responsibilities.at(i).name);
        CHECK(a.responsibilities.at(i).kind == b.responsibilities.at(i).kind);
        CHECK(a.responsibilities.at(i).role == b.responsibilities.at(i).role);
    }
    REQUIRE(a.copies.size() == b.copies.size());
    for (qsizetype i = 0; i < a.copies.size(); ++i) {
        CHECK(a.copies.at(i).barcode == b.copies.at(i).barcode);
        CHECK(a.copies.at(i).callNumber == b.copies.at(i).callNumber);
        CHECK(a.copies.at(i).location == b.copies.at(i).location);
    }
}

} // namespace

TEST_CASE("the BnF's UNIMARC is read as UTF-8 although it declares ISO 5426")
{
    const auto entries = readIso(sample("unimarc-bnf-marcjs-bib.mrc"));
    REQUIRE(entries.size() == 6);
    for (const auto& e : entries) {
        CHECK(e.error.isEmpty());
        CHECK(e.charset == MarcCharset::Utf8);
        CHECK(MarcCodec::flavourOf(e.record) == MarcFlavour::Unimarc);
        CHECK(e.record.leader.endsWith(QLatin1String("450 ")));
    }
    const Record first = MarcMapping::toRecord(entries.at(0).record, MarcFlavour::Unimarc).record;
    CHECK(first.title == QStringLiteral("Greek printing types"));
    // The run-on ", 1465-1927, ..." of 200$e loses its leading comma.
    CHECK(first.subtitle.startsWith(QStringLiteral("1465-1927, facsimiles")));
    CHECK(first.date == QStringLiteral("1927"));
    CHECK(first.language == QStringLiteral("eng"));
    // Only a 702 (author of the preface): a contributor, not an author.
    REQUIRE(first.responsibilities.size() == 1);
    CHECK(first.responsibilities.first().name == QStringLiteral("Kenyon, Frederic George"));
    CHECK(first.responsibilities.first().role == Role::Contributor);
    // The non-sort marks are gone, the accents are composed.
    CHECK_FALSE(first.notes.contains(QChar(0x00B8)));
    CHECK(first.notes.contains(QStringLiteral("La première Renaissance des études grecques")));
    // 995$k without a barcode: no copy, the call number is kept.
    CHECK(first.copies.isEmpty());
    CHECK(first.callNumber == QStringLiteral("0 A 3"));

    const Record second = MarcMapping::toRecord(entries.at(1).record, MarcFlavour::Unimarc).record;
    CHECK(second.title == QStringLiteral("John Fell"));
    CHECK(second.place == QStringLiteral("Oxford"));
    CHECK(second.publisher == QStringLiteral("Clarendon press"));
    CHECK(second.extent.startsWith(QStringLiteral("In-fol. (38 cm)")));
    REQUIRE(second.responsibilities.size() == 1);
    CHECK(second.responsibilities.first().name == QStringLiteral("Morison, Stanley"));
    CHECK(second.responsibilities.first().role == Role::Author);
}

TEST_CASE("an SBN UNIMARC record: the comma of the forename, the series in an embedded field")
{
    const Record r = readOne(sample("unimarc-sbn-pymarc-testunimarc.dat"), MarcFlavour::Unimarc);
    CHECK(r.title == QStringLiteral("L'altra faccia della spirale"));
    REQUIRE(r.responsibilities.size() == 4);
    CHECK(r.responsibilities.at(0).name == QStringLiteral("Asimov, Isaac"));
    CHECK(r.responsibilities.at(0).role == Role::Author);
    CHECK(r.responsibilities.at(1).name == QStringLiteral("Fruttero, Carlo"));
    CHECK(r.responsibilities.at(1).role == Role::Contributor);
    CHECK(r.collection == QStringLiteral("Bestsellers"));
    CHECK(r.collectionNumber == QStringLiteral("641"));
    CHECK(r.isbn == QStringLiteral("88-04-40682-8"));
    CHECK(r.date == QStringLiteral("1996"));
    CHECK(r.language == QStringLiteral("ita"));
}

TEST_CASE("MARC21 of the Library of Congress: twenty records, fields out of order, a qualified ISBN")
{
    const auto entries = readIso(sample("marc21-pymarc-marc.dat"));
    REQUIRE(entries.size() == 20);
    QStringList isbns;
    for (const auto& e : entries) {
        REQUIRE(e.error.isEmpty());
        CHECK(MarcCodec::flavourOf(e.record) == MarcFlavour::Marc21);
        const Record r = MarcMapping::toRecord(e.record, MarcFlavour::Marc21).record;
        CHECK_FALSE(r.title.isEmpty());
        CHECK_FALSE(r.title.endsWith(u'/'));
        isbns.append(r.isbn);
    }
    CHECK(isbns.contains(QStringLiteral("0133708756")));
}

TEST_CASE("MARC-8 is detected and its combining accents composed")
{
    const auto entries = readIso(sample("marc21-pymarc-marc8.dat"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().charset == MarcCharset::Marc8);
    CHECK(entries.first().record.value(QStringLiteral("240"), u'a') ==
          QStringLiteral("De la solitude à la communauté."));
    // Forced as UTF-8 it would not read so: the override is honoured.
    const auto forced = readIso(sample("marc21-pymarc-marc8.dat"), MarcCharset::Latin1);
    CHECK(forced.first().charset == MarcCharset::Latin1);
    CHECK(forced.first().record.value(QStringLiteral("240"), u'a') !=
          QStringLiteral("De la solitude à la communauté."));
}

TEST_CASE("MARCXML with the marc: prefix, and without any namespace")
{
    auto entries =
        MarcCodec::readMarcXml(sample("marc21-pymarc-utf8.marcxml.xml"), QStringLiteral("utf8.xml"));
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const Record r = MarcMapping::toRecord(entries->first().record, MarcFlavour::Marc21).record;
    CHECK(r.title == QStringLiteral("Zen Classics"));
    CHECK(r.type == DocumentType::Audiovisual);
    CHECK(r.publisher == QStringLiteral("Virgin Classics"));
    CHECK(r.date == QStringLiteral("2008"));
    CHECK(entries->first().line == 2);

    const QByteArray bare = "<record><leader>00000nam  2200000   450 </leader>"
                            "<datafield tag=\"200\" ind1=\"1\" ind2=\" \"><subfield code=\"a\">Cite"
                            "\xCC\x81s</subfield><subfield code=\"e\"></subfield></datafield>"
                            "<datafield tag=\"010\"><subfield code=\"a\">2-13-058804-2</subfield></datafield>"
                            "</record>\n";
    entries = MarcCodec::readMarcXml(bare, QStringLiteral("bare.xml"));
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const Record b = MarcMapping::toRecord(entries->first().record, MarcFlavour::Unimarc).record;
    CHECK(b.title == QStringLiteral("Cités")); // decomposed in the file, NFC here
    CHECK(b.subtitle.isEmpty());
}

TEST_CASE("hostile MARCXML: an external entity is never read, bad XML names its line")
{
    const QByteArray xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<record><datafield tag=\"200\"><subfield code=\"a\">&x;</subfield></datafield></record>";
    auto entries = MarcCodec::readMarcXml(xxe, QStringLiteral("xxe.xml"));
    REQUIRE_FALSE(entries);
    CHECK(entries.errorMessage().contains(QStringLiteral("xxe.xml, line 2")));
    CHECK_FALSE(entries.errorMessage().contains(QStringLiteral("root:")));

    const QByteArray broken =
        "<collection>\n<record>\n<datafield tag=\"200\"><subfield code=\"a\">x</subfield>\n"
        "</record></collection>";
    entries = MarcCodec::readMarcXml(broken, QStringLiteral("broken.xml"));
    REQUIRE_FALSE(entries);
    CHECK(entries.errorMessage().contains(QStringLiteral("broken.xml, line 4")));

    entries = MarcCodec::readMarcXml("<collection/>", QStringLiteral("empty.xml"));
    REQUIRE_FALSE(entries);
    CHECK(entries.errorMessage().contains(QStringLiteral("empty.xml")));
}

TEST_CASE("hostile ISO 2709: cut short, lying lengths, garbage between records")
{
    const QByteArray good = sample("marc21-pymarc-marc8.dat");
    // A newline after each record and a wrong declared length are read.
    QByteArray lying = good;
    lying.replace(0, 5, "00042");
    auto entries = readIso(lying + "\r\n" + good + "\n");
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).error.isEmpty());
    CHECK(entries.at(1).error.isEmpty());
    CHECK(entries.at(1).offset == good.size() + 2);

    // Cut short: the records before are read, the last one is an error naming its byte.
    entries = readIso(good + good.left(300));
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).error.isEmpty());
    CHECK(entries.at(1).error.contains(QString::number(good.size())));

    // The largest declared length with no record end: an error, not an allocation.
    entries = readIso(QByteArray("99999nam  22000000  4500") + QByteArray(100, 'x'));
    REQUIRE(entries.size() == 1);
    CHECK_FALSE(entries.first().error.isEmpty());

    // Not MARC at all.
    CHECK_FALSE(MarcCodec::looksLikeIso2709("Title,Author\nA,B\n"));
    entries = readIso(QByteArray("garbage") + char(0x1D));
    REQUIRE(entries.size() == 1);
    CHECK_FALSE(entries.first().error.isEmpty());

    // Every prefix of a real file, and every byte flipped in its leader
    // and directory: never a crash, each broken record reported.
    const QByteArray bnf = sample("unimarc-bnf-marcjs-bib.mrc");
    for (qsizetype cut = 1; cut < bnf.size(); cut += 97) {
        auto r = MarcCodec::readIso2709(bnf.left(cut), QStringLiteral("cut.mrc"), MarcCharset::Detect);
        if (r)
            CHECK(std::all_of(r->begin(), r->end(), [](const auto& e) {
                return !e.error.isEmpty() || !e.record.fields.isEmpty();
            }));
    }
    for (int at = 0; at < 200; ++at) {
        QByteArray flipped = bnf;
        flipped[at] = char(flipped.at(at) ^ 0x5A);
        auto r = MarcCodec::readIso2709(flipped, QStringLiteral("flipped.mrc"), MarcCharset::Detect);
        CHECK((r || !r.errorMessage().isEmpty()));
    }
}

TEST_CASE("Latin-1 under a blank declaration is detected; ISO 5426 diacritics are read")
{
    // Our UTF-8 record converted by YAZ's own tool, declaration left as it is.
    const Record r = sampleRecord();
    auto iso =
        MarcCodec::writeIso2709({MarcMapping::fromRecord(r, MarcFlavour::Unimarc, QDate(2026, 12, 2))});
    REQUIRE(iso);
    infodoc::test::TestCatalogue cat(false);
    const QString utf8 = writeFile(cat.dir() + QStringLiteral("/utf8.mrc"), *iso);
    QProcess p;
    p.setStandardOutputFile(cat.dir() + QStringLiteral("/latin1.mrc"));
    p.start(QStringLiteral("yaz-marcdump"),
            {QStringLiteral("-f"), QStringLiteral("utf-8"), QStringLiteral("-t"),
             QStringLiteral("iso-8859-1"), QStringLiteral("-o"), QStringLiteral("marc"), utf8});
    REQUIRE(p.waitForFinished(20000));
    const QByteArray latin1 = fileBytes(cat.dir() + QStringLiteral("/latin1.mrc"));
    REQUIRE(latin1.contains("\xC9valuation"));
    const auto entries = readIso(latin1);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().charset == MarcCharset::Latin1);
    const Record back = MarcMapping::toRecord(entries.first().record, MarcFlavour::Unimarc).record;
    CHECK(back.title == r.title);
    CHECK(back.responsibilities.at(1).name == QStringLiteral("Müller, Jürgen"));

    // ISO 5426: the acute accent (0xC2) before its letter.
    CHECK(MarcCodec::detectCharset(QByteArray("00000nam  2200000   450 soci\xC2"
                                              "et\xC2"
                                              "e"),
                                   MarcFlavour::Unimarc) == MarcCharset::Iso5426);
    CHECK(MarcCodec::detectCharset(QByteArray("00000nam  2200000   450 soci\xE9t\xE9 "),
                                   MarcFlavour::Unimarc) == MarcCharset::Latin1);
}

TEST_CASE(
    "a record written as UNIMARC and MARC21, ISO 2709 and MARCXML, reads back the same; YAZ reads our files")
{
    const Record r = sampleRecord();
    infodoc::test::TestCatalogue cat(false);
    for (MarcFlavour flavour : {MarcFlavour::Unimarc, MarcFlavour::Marc21}) {
        const MarcRecord marc = MarcMapping::fromRecord(r, flavour, QDate(2026, 12, 2));
        auto iso = MarcCodec::writeIso2709({marc, marc});
        REQUIRE(iso);
        const auto entries = readIso(*iso);
        REQUIRE(entries.size() == 2);
        CHECK(MarcCodec::flavourOf(entries.first().record) == flavour);
        CHECK(entries.first().record.leader.endsWith(
            flavour == MarcFlavour::Unimarc ? QLatin1String("450 ") : QLatin1String("4500")));
        Record expected = r;
        expected.territories.clear(); // places come back as such, matched by the import
        const auto mapped = MarcMapping::toRecord(entries.first().record, flavour);
        requireSameDescription(mapped.record, expected);
        CHECK(mapped.places == QStringList{QStringLiteral("Seine-Saint-Denis")});

        auto xml = MarcCodec::writeMarcXml({marc});
        REQUIRE(xml);
        auto fromXml = MarcCodec::readMarcXml(*xml, QStringLiteral("out.xml"));
        REQUIRE(fromXml);
        REQUIRE(fromXml->size() == 1);
        requireSameDescription(MarcMapping::toRecord(fromXml->first().record, flavour).record, expected);

        // YAZ's own reader: two records, no complaint, the accents intact.
        const QString isoPath = writeFile(cat.dir() + QStringLiteral("/out.mrc"), *iso);
        auto [code, text] = marcdump({QStringLiteral("-n"), QStringLiteral("-v"), isoPath});
        CHECK(code == 0);
        CHECK_FALSE(text.contains(QStringLiteral("Warning"), Qt::CaseInsensitive));
        auto [code2, dump] = marcdump({isoPath});
        CHECK(code2 == 0);
        CHECK(dump.count(QStringLiteral("Évaluation du contrat de ville")) == 2);
        const QString xmlPath = writeFile(cat.dir() + QStringLiteral("/out.xml"), *xml);
        auto [code3, fromYaz] = marcdump({QStringLiteral("-i"), QStringLiteral("marcxml"), xmlPath});
        CHECK(code3 == 0);
        CHECK(fromYaz.contains(QStringLiteral("Lefèvre")));
    }
}

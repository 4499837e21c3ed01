#include "cli/CliRun.h"
#include "support/LoopbackServers.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using infodoc::test::cli;
using infodoc::test::readFile;
using infodoc::test::Run;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(INFODOC_TEST_DATA "/interop/") + QLatin1String(name);
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("infodoc-cli import: the preview, the import, the duplicates, the JSON report")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    const QString bnf = sample("unimarc-bnf-marcjs-bib.mrc");

    Run preview =
        cli({QStringLiteral("import"), bnf, QStringLiteral("--dry-run"), QStringLiteral("--json")}, {}, db);
    REQUIRE(preview.code == 0);
    QJsonObject p = json(preview);
    CHECK(p.value(QStringLiteral("read")).toInt() == 6);
    CHECK(p.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(p.value(QStringLiteral("errors")).toArray().isEmpty());
    CHECK(p.value(QStringLiteral("charsets")).toArray() == QJsonArray{QStringLiteral("utf-8")});
    Run list = cli({QStringLiteral("list"), QStringLiteral("--json")}, {}, db);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());

    Run imported = cli({QStringLiteral("import"), bnf, QStringLiteral("--json")}, {}, db);
    REQUIRE(imported.code == 0);
    CHECK(json(imported).value(QStringLiteral("imported")).toInt() == 6);

    // Again: six possible duplicates, each with its match and reason, none imported.
    Run again = cli({QStringLiteral("import"), bnf, QStringLiteral("--json")}, {}, db);
    REQUIRE(again.code == 0);
    const QJsonArray duplicates = json(again).value(QStringLiteral("duplicates")).toArray();
    REQUIRE(duplicates.size() == 6);
    CHECK(duplicates.at(0).toObject().value(QStringLiteral("record")).toInt() == 1);
    CHECK(duplicates.at(0).toObject().value(QStringLiteral("matches")).toArray() == QJsonArray{1});
    CHECK(duplicates.at(0).toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("similar-title"));
    CHECK(json(again).value(QStringLiteral("skipped")).toInt() == 6);

    Run asNew =
        cli({QStringLiteral("import"), bnf, QStringLiteral("--on-duplicate"), QStringLiteral("new")}, {}, db);
    REQUIRE(asNew.code == 0);
    CHECK(asNew.out.contains(QStringLiteral("6 added")));

    Run bad = cli({QStringLiteral("import"), bnf, QStringLiteral("--on-duplicate"), QStringLiteral("maybe")},
                  {}, db);
    CHECK(bad.code == 2);
    Run badCharset =
        cli({QStringLiteral("import"), bnf, QStringLiteral("--charset"), QStringLiteral("ebcdic")}, {}, db);
    CHECK(badCharset.code == 2);
}

TEST_CASE("infodoc-cli import refuses a file with a broken record, names it, and writes nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    // Two good records and one cut short after them.
    const QByteArray good = readFile(sample("marc21-pymarc-marc8.dat"));
    const QByteArray lc = readFile(sample("marc21-pymarc-marc.dat"));
    const QString path = dir.filePath(QStringLiteral("broken.mrc"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(good + lc.left(lc.indexOf(char(0x1D)) + 1) + lc.mid(lc.indexOf(char(0x1D)) + 1, 200));
    f.close();

    Run refused = cli({QStringLiteral("import"), path, QStringLiteral("--json")}, {}, db);
    CHECK(refused.code == 1);
    const QJsonObject r = json(refused);
    CHECK(r.value(QStringLiteral("read")).toInt() == 3);
    CHECK(r.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray errors = r.value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).toObject().value(QStringLiteral("record")).toInt() == 3);
    CHECK(refused.err.contains(QStringLiteral("Record 3")));
    Run list = cli({QStringLiteral("list"), QStringLiteral("--json")}, {}, db);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());

    Run valid = cli({QStringLiteral("import"), path, QStringLiteral("--valid-only")}, {}, db);
    REQUIRE(valid.code == 0);
    CHECK(valid.out.contains(QStringLiteral("2 added")));
    CHECK(valid.out.contains(QStringLiteral("Not imported: Record 3")));

    Run unknown = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.mrc"))}, {}, db);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("none.mrc")));
}

TEST_CASE("infodoc-cli export writes MARC that YAZ reads and that imports back")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("import"), sample("marc21-pymarc-marc.dat")}, {}, db).code == 0);
    for (const QString& format :
         {QStringLiteral("unimarc"), QStringLiteral("marc21"), QStringLiteral("marcxml")}) {
        const QString out = dir.filePath(QStringLiteral("out.") + format);
        Run exported = cli({QStringLiteral("export"), QStringLiteral("--format"), format,
                            QStringLiteral("--ids"), QStringLiteral("1,2,3"), QStringLiteral("-o"), out},
                           {}, db);
        REQUIRE(exported.code == 0);
        QProcess yaz;
        QStringList args = {QStringLiteral("-n")};
        if (format == QLatin1String("marcxml"))
            args += {QStringLiteral("-i"), QStringLiteral("marcxml")};
        yaz.start(QStringLiteral("yaz-marcdump"), args + QStringList{out});
        REQUIRE(yaz.waitForFinished(20000));
        CHECK(yaz.exitCode() == 0);

        // Into a second catalogue: the same three titles.
        const QString other = dir.filePath(format + QStringLiteral(".sqlite"));
        REQUIRE(cli({QStringLiteral("init")}, {}, other).code == 0);
        Run back = cli({QStringLiteral("import"), out, QStringLiteral("--json")}, {}, other);
        REQUIRE(back.code == 0);
        CHECK(json(back).value(QStringLiteral("imported")).toInt() == 3);
        Run first = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, db);
        Run copy = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, other);
        const QJsonObject a = json(first), b = json(copy);
        CHECK(a.value(QStringLiteral("title")) == b.value(QStringLiteral("title")));
        CHECK(a.value(QStringLiteral("isbn")) == b.value(QStringLiteral("isbn")));
        CHECK(a.value(QStringLiteral("responsibilities")) == b.value(QStringLiteral("responsibilities")));
    }
    Run noOutput = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("unimarc"),
                        QStringLiteral("--ids"), QStringLiteral("1")},
                       {}, db);
    CHECK(noOutput.code == 2);
    Run badFormat =
        cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pica"),
             QStringLiteral("--ids"), QStringLiteral("1"), QStringLiteral("-o"), dir.filePath("x")},
            {}, db);
    CHECK(badFormat.code == 2);
}

TEST_CASE("infodoc-cli export to every exchange format, and back in for those that import")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("import"), sample("marc21-pymarc-marc.dat")}, {}, db).code == 0);
    for (const QString& format : {QStringLiteral("ris"), QStringLiteral("bibtex"), QStringLiteral("csl-json"),
                                  QStringLiteral("dc"), QStringLiteral("csv")}) {
        INFO(format.toStdString());
        const QString out = dir.filePath(QStringLiteral("out.") +
                                         (format == QLatin1String("csv") ? QStringLiteral("csv") : format));
        Run exported = cli({QStringLiteral("export"), QStringLiteral("--format"), format,
                            QStringLiteral("--ids"), QStringLiteral("1,2,3,4,5"), QStringLiteral("-o"), out},
                           {}, db);
        REQUIRE(exported.code == 0);
        CHECK(exported.err.contains(QStringLiteral("5 record(s)")));
        const QString other = dir.filePath(format + QStringLiteral(".sqlite"));
        REQUIRE(cli({QStringLiteral("init")}, {}, other).code == 0);
        Run back =
            cli({QStringLiteral("import"), out, QStringLiteral("--format"), format, QStringLiteral("--json")},
                {}, other);
        INFO(back.out.toStdString() + back.err.toStdString());
        REQUIRE(back.code == 0);
        CHECK(json(back).value(QStringLiteral("imported")).toInt() == 5);
        // Found without being told, too.
        Run detected =
            cli({QStringLiteral("import"), out, QStringLiteral("--dry-run"), QStringLiteral("--json")}, {},
                other);
        REQUIRE(detected.code == 0);
        CHECK(json(detected).value(QStringLiteral("format")).toString() == format);
        Run first = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, db);
        Run copy = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, other);
        CHECK(json(first).value(QStringLiteral("isbn")) == json(copy).value(QStringLiteral("isbn")));
    }
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    Run workbook = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                        QStringLiteral("--ids"), QStringLiteral("1,2,3"), QStringLiteral("-o"), xlsx},
                       {}, db);
    REQUIRE(workbook.code == 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), xlsx});
    REQUIRE(unzip.waitForFinished(20000));
    CHECK(unzip.exitCode() == 0);
}

TEST_CASE("infodoc-cli import of a spreadsheet: the columns said, the mapping saved, edited and given again")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    const QString csv = dir.filePath(QStringLiteral("inventaire.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Titre;Auteurs;Parution;Code-barres\r\nLes quartiers en 2020;Dupont, Marie;2020;B001\r\n"
            "Habiter la ville;Martin, Paul;2019;B002\r\n");
    f.close();
    const QString mapping = dir.filePath(QStringLiteral("colonnes.json"));
    Run preview = cli({QStringLiteral("import"), csv, QStringLiteral("--dry-run"),
                       QStringLiteral("--save-mapping"), mapping},
                      {}, db);
    REQUIRE(preview.code == 0);
    CHECK(preview.out.contains(QStringLiteral("Columns left out")));
    CHECK(preview.out.contains(QStringLiteral("Parution")));
    // The documentalist says where "Parution" goes, and imports with it.
    QFile m(mapping);
    REQUIRE(m.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(m.readAll()).object();
    m.close();
    QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    columns.append(QJsonObject{{QStringLiteral("column"), QStringLiteral("Parution")},
                               {QStringLiteral("field"), QStringLiteral("date")}});
    o.insert(QStringLiteral("columns"), columns);
    REQUIRE(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
    m.write(QJsonDocument(o).toJson());
    m.close();
    Run imported =
        cli({QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping, QStringLiteral("--json")},
            {}, db);
    REQUIRE(imported.code == 0);
    CHECK(json(imported).value(QStringLiteral("imported")).toInt() == 2);
    Run shown = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, db);
    CHECK(json(shown).value(QStringLiteral("date")).toString() == QStringLiteral("2020"));

    Run badMapping = cli({QStringLiteral("import"), csv, QStringLiteral("--mapping"), csv}, {}, db);
    CHECK(badMapping.code == 1);
    CHECK(badMapping.err.contains(QStringLiteral("inventaire.csv")));
    Run notCsv = cli({QStringLiteral("import"), sample("medialab-ris-example.ris"),
                      QStringLiteral("--save-mapping"), mapping},
                     {}, db);
    CHECK(notCsv.code == 2);
}

TEST_CASE("infodoc-cli z3950 and sru: the answer listed, one record imported, a wrong server said")
{
    infodoc::test::YazTestServer ztest;
    REQUIRE(ztest.started());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    const QString z = QStringLiteral("z3950://127.0.0.1:%1/Default").arg(ztest.port());
    Run listed = cli({QStringLiteral("z3950"), QStringLiteral("--server"), z, QStringLiteral("--isbn"),
                      QStringLiteral("2")},
                     {}, db);
    INFO(listed.out.toStdString() + listed.err.toStdString());
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("2 record(s) found")));
    CHECK(listed.out.contains(QStringLiteral("1. ")));
    CHECK(listed.out.contains(QStringLiteral("--import N")));
    Run imported =
        cli({QStringLiteral("z3950"), QStringLiteral("--server"), z, QStringLiteral("--isbn"),
             QStringLiteral("2"), QStringLiteral("--import"), QStringLiteral("1"), QStringLiteral("--json")},
            {}, db);
    REQUIRE(imported.code == 0);
    CHECK(json(imported).value(QStringLiteral("imported")).toInt() == 1);
    CHECK(json(imported).value(QStringLiteral("hits")).toInt() == 2);

    const QString sruAddress = QStringLiteral("http://127.0.0.1:%1/Default").arg(ztest.port());
    Run viaSru = cli({QStringLiteral("sru"), QStringLiteral("--server"), sruAddress,
                      QStringLiteral("--title"), QStringLiteral("computer"), QStringLiteral("--limit"),
                      QStringLiteral("3"), QStringLiteral("--json")},
                     {}, db);
    INFO(viaSru.out.toStdString() + viaSru.err.toStdString());
    REQUIRE(viaSru.code == 0);
    const QJsonArray records = json(viaSru).value(QStringLiteral("records")).toArray();
    REQUIRE_FALSE(records.isEmpty());
    CHECK(records.size() <= 3);

    Run wrongKind = cli({QStringLiteral("z3950"), QStringLiteral("--server"), QStringLiteral("BnF"),
                         QStringLiteral("--isbn"), QStringLiteral("2")},
                        {}, db);
    CHECK(wrongKind.code == 2);
    CHECK(wrongKind.err.contains(QStringLiteral("infodoc-cli sru")));
    Run nothing = cli({QStringLiteral("sru"), QStringLiteral("--server"), QStringLiteral("BnF")}, {}, db);
    CHECK(nothing.code == 2);
    Run unreachable =
        cli({QStringLiteral("z3950"), QStringLiteral("--server"),
             QStringLiteral("z3950://127.0.0.1:1/Default"), QStringLiteral("--isbn"), QStringLiteral("2")},
            {}, db);
    CHECK(unreachable.code == 1);
    CHECK(unreachable.err.contains(QStringLiteral("127.0.0.1:1")));
}

TEST_CASE("infodoc-cli borrower import: PMB's borrowers export, previewed without names, then imported")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    const QString csv = dir.filePath(QStringLiteral("lecteurs.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("empr_cb;empr_nom;empr_prenom;empr_ville;empr_mail;empr_categ\r\n"
            "L0001;DUPONT;Marie;Cergy;marie.dupont@exemple.fr;professionnel\r\n"
            "L0002;MARTIN;Paul;Saint-Denis;;elu\r\n"
            "L0003;SANS;Categorie;;;inconnue\r\n");
    f.close();
    Run preview =
        cli({QStringLiteral("borrower"), QStringLiteral("import"), csv, QStringLiteral("--dry-run")}, {}, db);
    INFO(preview.out.toStdString() + preview.err.toStdString());
    REQUIRE(preview.code == 0);
    CHECK(preview.out.contains(QStringLiteral("3 borrower(s) read")));
    CHECK(preview.out.contains(QStringLiteral("Line 4")));
    CHECK_FALSE(preview.out.contains(QStringLiteral("DUPONT"))); // names stay out of the output
    Run refused = cli({QStringLiteral("borrower"), QStringLiteral("import"), csv}, {}, db);
    CHECK(refused.code == 1);
    Run imported = cli({QStringLiteral("borrower"), QStringLiteral("import"), csv,
                        QStringLiteral("--valid-only"), QStringLiteral("--json")},
                       {}, db);
    REQUIRE(imported.code == 0);
    CHECK(json(imported).value(QStringLiteral("added")).toInt() == 2);
    Run shown = cli({QStringLiteral("borrower"), QStringLiteral("show"), QStringLiteral("L0002"),
                     QStringLiteral("--json")},
                    {}, db);
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("MARTIN, Paul")));
}

TEST_CASE("infodoc-cli import of PMB's export: its custom fields listed, placed as guessed or as said")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    // The fixture is YAZ's line format of two records shaped as PMB exports them;
    // YAZ writes the ISO 2709 file the import reads.
    const QString pmb =
        infodoc::test::marcFromLineFormat(QStringLiteral(INFODOC_TEST_DATA "/pmb/custom-fields.line"),
                                          dir.filePath(QStringLiteral("pmb-export.mrc")));

    Run preview =
        cli({QStringLiteral("import"), pmb, QStringLiteral("--dry-run"), QStringLiteral("--json")}, {}, db);
    REQUIRE(preview.code == 0);
    const QJsonArray fields = json(preview).value(QStringLiteral("customFields")).toArray();
    REQUIRE(fields.size() == 7);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& f : fields)
        byName.insert(f.toObject().value(QStringLiteral("field")).toString(), f.toObject());
    CHECK(byName.value(QStringLiteral("cp_qpv")).value(QStringLiteral("to")).toString() ==
          QStringLiteral("territories"));
    CHECK(byName.value(QStringLiteral("cp_qpv")).value(QStringLiteral("records")).toInt() == 2);
    CHECK(byName.value(QStringLiteral("cp_thematique")).value(QStringLiteral("to")).toString() ==
          QStringLiteral("subjects"));
    CHECK(byName.value(QStringLiteral("676")).value(QStringLiteral("to")).toString() ==
          QStringLiteral("notes"));
    CHECK(byName.value(QStringLiteral("999:expl_provenance")).value(QStringLiteral("tag")).toString() ==
          QStringLiteral("999"));
    Run text = cli({QStringLiteral("import"), pmb, QStringLiteral("--dry-run")}, {}, db);
    CHECK(text.out.contains(QStringLiteral("cp_qpv (Quartier prioritaire, 900, 2 record(s)) → territories")));

    // A wrong choice is named, and nothing is read or written.
    Run wrong = cli(
        {QStringLiteral("import"), pmb, QStringLiteral("--custom-field"), QStringLiteral("cp_qpv=nowhere")},
        {}, db);
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("cp_qpv=nowhere")));
    Run copyField = cli({QStringLiteral("import"), pmb, QStringLiteral("--custom-field"),
                         QStringLiteral("999:expl_provenance=subjects")},
                        {}, db);
    CHECK(copyField.code == 2);

    Run imported = cli({QStringLiteral("import"), pmb, QStringLiteral("--json"),
                        QStringLiteral("--custom-field"), QStringLiteral("cp_qpv=keywords;676=ignore")},
                       {}, db);
    REQUIRE(imported.code == 0);
    CHECK(json(imported).value(QStringLiteral("imported")).toInt() == 2);
    const QJsonObject first =
        json(cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, db));
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("Habiter les grands ensembles"));
    CHECK(first.value(QStringLiteral("keywords")).toArray().contains(QStringLiteral("Seine-Saint-Denis")));
    CHECK(first.value(QStringLiteral("territories")).toArray().isEmpty());
    CHECK(first.value(QStringLiteral("audience")).toString() == QStringLiteral("Élus, techniciens"));
    const QString notes = first.value(QStringLiteral("notes")).toString();
    CHECK(notes.contains(QStringLiteral("Date de saisie: 04/03/2019")));
    CHECK(notes.contains(QStringLiteral("DOI: 10.3917/esp.178.0005")));
    CHECK(notes.contains(QStringLiteral("Copy 0001, Provenance: Don de la DDT")));
    CHECK_FALSE(notes.contains(QStringLiteral("361")));
    CHECK(first.value(QStringLiteral("copies")).toArray().size() == 1);
}

#include "cli/CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using infodoc::test::cli;
using infodoc::test::Run;

namespace {

QJsonObject object(const Run& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

} // namespace

TEST_CASE("Info-Doc from the command line: add, time, answer, capitalise, list, show")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    Run record = cli(
        {QStringLiteral("add"), QStringLiteral("--json")},
        R"({"type": "study", "title": "Le chômage dans les quartiers prioritaires", "date": "2024"})", db);
    REQUIRE(record.code == 0);
    const qint64 recordId = object(record).value(QStringLiteral("id")).toInteger();
    REQUIRE(recordId > 0);

    Run added =
        cli(args({"request", "add", "--today", "2027-01-04"}),
            R"({"requester": {"name": "Durand, Sophie", "structureType": "commune", "commune": "Bobigny",
                        "contact": "s.durand@example.org"}, "channel": "email", "received": "2027-01-04",
                        "wanted": "2027-01-15", "subjects": ["QPV"], "question": "Des chiffres du chômage ?",
                        "staff": "Claire"})",
            db);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const qint64 id = object(added).value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    const QString idText = QString::number(id);

    Run time = cli({QStringLiteral("request"), QStringLiteral("time"), idText, QStringLiteral("--minutes"),
                    QStringLiteral("40"), QStringLiteral("--date"), QStringLiteral("2027-01-05")},
                   {}, db);
    REQUIRE(time.code == 0);
    CHECK(cli({QStringLiteral("request"), QStringLiteral("time"), idText, QStringLiteral("--minutes"),
               QStringLiteral("0")},
              {}, db)
              .code == 1);
    CHECK(cli({QStringLiteral("request"), QStringLiteral("time"), idText, QStringLiteral("--minutes"),
               QStringLiteral("beaucoup")},
              {}, db)
              .code == 2);

    // Late on the 20th, while open.
    Run late = cli(args({"request", "late", "--today", "2027-01-20"}), {}, db);
    REQUIRE(late.code == 0);
    CHECK(late.out.startsWith(idText + u'\t'));

    CHECK(cli({QStringLiteral("request"), QStringLiteral("capitalise"), idText}, {}, db).code == 1);
    Run answered = cli({QStringLiteral("request"), QStringLiteral("answer"), idText, QStringLiteral("--text"),
                        QStringLiteral("Voir l’étude."), QStringLiteral("--records"),
                        QString::number(recordId), QStringLiteral("--today"), QStringLiteral("2027-01-06")},
                       {}, db);
    INFO(answered.err.toStdString());
    REQUIRE(answered.code == 0);
    Run shown =
        cli({QStringLiteral("request"), QStringLiteral("show"), idText, QStringLiteral("--json")}, {}, db);
    REQUIRE(shown.code == 0);
    const QJsonObject o = object(shown);
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("answered"));
    CHECK(o.value(QStringLiteral("answered")).toString() == QStringLiteral("2027-01-06"));
    CHECK(o.value(QStringLiteral("minutes")).toInt() == 40);
    CHECK(o.value(QStringLiteral("records")).toArray() == QJsonArray{recordId});
    CHECK(o.value(QStringLiteral("subjects")).toArray() ==
          QJsonArray{QStringLiteral("Quartier prioritaire de la politique de la ville")});

    Run kept = cli({QStringLiteral("request"), QStringLiteral("capitalise"), idText}, {}, db);
    REQUIRE(kept.code == 0);
    const qint64 answerRecord = object(kept).value(QStringLiteral("record")).toInteger();
    Run answerShown =
        cli({QStringLiteral("show"), QString::number(answerRecord), QStringLiteral("--json")}, {}, db);
    REQUIRE(answerShown.code == 0);
    CHECK(object(answerShown).value(QStringLiteral("type")).toString() ==
          QStringLiteral("documentary_answer"));
    CHECK_FALSE(answerShown.out.contains(QStringLiteral("Durand")));

    Run bibliography = cli({QStringLiteral("request"), QStringLiteral("bibliography"), idText}, {}, db);
    INFO(bibliography.err.toStdString());
    REQUIRE(bibliography.code == 0);
    const QString documentId =
        QString::number(object(bibliography).value(QStringLiteral("document")).toInteger());
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    REQUIRE(cli({QStringLiteral("request"), QStringLiteral("documents"), idText, QStringLiteral("--document"),
                 documentId, QStringLiteral("-o"), pdf},
                {}, db)
                .code == 0);
    CHECK(infodoc::test::readFile(pdf).startsWith("%PDF"));

    Run list = cli(args({"request", "list", "--status", "answered", "--json"}), {}, db);
    REQUIRE(list.code == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);
    CHECK(cli(args({"request", "list", "--status", "lost"}), {}, db).code == 2);
    CHECK(cli(args({"request", "show", "999"}), {}, db).code == 1);

    // A bad request names what is wrong and adds nothing.
    Run bad = cli(args({"request", "add"}),
                  R"({"requester": {"anonymous": true}, "question": "Q", "colour": 1})", db);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("colour")));
    Run broken = cli(args({"request", "add"}), "{\n\"question\": ", db);
    CHECK(broken.code == 1);
    CHECK(broken.err.contains(QStringLiteral("line 2")));
    CHECK(QJsonDocument::fromJson(cli(args({"request", "list", "--json"}), {}, db).out.toUtf8())
              .array()
              .size() == 1);
}

TEST_CASE("quick tallies and a requester's personal data from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli(args({"tally", "add", "--channel", "phone", "--subject", "Emploi", "--today", "2027-01-04"}),
                {}, db)
                .code == 0);
    Run second = cli(args({"tally", "add", "--channel", "visit", "--today", "2027-01-04"}), {}, db);
    REQUIRE(second.code == 0);
    CHECK(cli(args({"tally", "add", "--channel", "pigeon"}), {}, db).code == 2);
    CHECK(cli(args({"tally", "count", "--date", "2027-01-04"}), {}, db).out.trimmed() == QStringLiteral("2"));
    REQUIRE(cli({QStringLiteral("tally"), QStringLiteral("remove"),
                 QString::number(object(second).value(QStringLiteral("id")).toInteger())},
                {}, db)
                .code == 0);
    CHECK(cli(args({"tally", "count", "--date", "2027-01-04"}), {}, db).out.trimmed() == QStringLiteral("1"));

    REQUIRE(cli(args({"request", "add"}),
                R"({"requester": {"name": "Lefèvre, Anne", "contact": "a.lefevre@example.org"},
                    "question": "Les attributions de logements ?"})",
                db)
                .code == 0);
    Run found = cli(args({"requester-data", "find", "lefevre"}), {}, db);
    REQUIRE(found.code == 0);
    CHECK(found.out.contains(QStringLiteral("Lefèvre, Anne")));
    Run exported = cli(args({"requester-data", "export", "Lefèvre"}), {}, db);
    REQUIRE(exported.code == 0);
    CHECK(exported.out.contains(QStringLiteral("a.lefevre@example.org")));
    Run erased = cli(args({"requester-data", "erase", "Lefèvre"}), {}, db);
    REQUIRE(erased.code == 0);
    CHECK(cli(args({"requester-data", "find", "lefevre"}), {}, db).out.isEmpty());
    CHECK(cli(args({"requester-data", "erase", "Lefèvre"}), {}, db).code == 1);
    Run listed = cli(args({"request", "list", "--json"}), {}, db);
    CHECK_FALSE(listed.out.contains(QStringLiteral("Lefèvre")));
    CHECK(listed.out.contains(QStringLiteral("attributions")));
}

TEST_CASE(
    "periodicals from the command line: a title, an issue received by scan, late issues and their claim")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    Run added =
        cli(args({"periodical", "add"}),
            R"({"title": "Territoires", "issn": "0399-0648", "publisher": "ADELS", "frequency": "monthly",
                        "firstNumber": 40, "firstExpected": "2026-09-05", "graceDays": 20})",
            db);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QString id = QString::number(object(added).value(QStringLiteral("id")).toInteger());
    CHECK(cli(args({"periodical", "add"}), R"({"title": "Autre", "frequency": "daily"})", db).code == 1);

    Run scanned =
        cli(args({"periodical", "receive", "--scan", "9770399064006", "--date", "2026-09-07"}), {}, db);
    INFO(scanned.err.toStdString());
    REQUIRE(scanned.code == 0);
    CHECK(object(scanned).value(QStringLiteral("number")).toInt() == 40);
    Run next = cli({QStringLiteral("periodical"), QStringLiteral("receive"), id, QStringLiteral("--summary"),
                    QStringLiteral("Dossier participation"), QStringLiteral("--barcode"),
                    QStringLiteral("P41"), QStringLiteral("--date"), QStringLiteral("2026-10-06")},
                   {}, db);
    REQUIRE(next.code == 0);
    CHECK(object(next).value(QStringLiteral("number")).toInt() == 41);
    CHECK(cli({QStringLiteral("periodical"), QStringLiteral("receive"), id, QStringLiteral("--number"),
               QStringLiteral("41")},
              {}, db)
              .code == 1);

    Run late = cli(args({"periodical", "late", "--json", "--today", "2027-01-04"}), {}, db);
    REQUIRE(late.code == 0);
    const QJsonArray lateIssues = QJsonDocument::fromJson(late.out.toUtf8()).array();
    REQUIRE(lateIssues.size() == 2); // 42 and 43
    CHECK(lateIssues.at(0).toObject().value(QStringLiteral("number")).toInt() == 42);
    const QString claim = dir.filePath(QStringLiteral("relance.pdf"));
    Run claimed = cli({QStringLiteral("periodical"), QStringLiteral("late"), QStringLiteral("--claim"),
                       QStringLiteral("-o"), claim, QStringLiteral("--today"), QStringLiteral("2027-01-04")},
                      {}, db);
    INFO(claimed.err.toStdString());
    REQUIRE(claimed.code == 0);
    CHECK(infodoc::test::readFile(claim).startsWith("%PDF"));
    Run issues = cli({QStringLiteral("periodical"), QStringLiteral("issues"), id, QStringLiteral("--json"),
                      QStringLiteral("--today"), QStringLiteral("2027-01-04")},
                     {}, db);
    REQUIRE(issues.code == 0);
    const QJsonArray all = QJsonDocument::fromJson(issues.out.toUtf8()).array();
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).toObject().value(QStringLiteral("claims")).toInt() == 1);
    // The print run of a received issue, set afterwards by its id.
    const QJsonObject received = all.at(2).toObject(); // no. 41
    REQUIRE(received.value(QStringLiteral("number")).toInt() == 41);
    const QString issueId = QString::number(received.value(QStringLiteral("id")).toInteger());
    REQUIRE(cli({QStringLiteral("periodical"), QStringLiteral("circulation"), issueId,
                 QStringLiteral("--print-run"), QStringLiteral("1200"), QStringLiteral("--mailed"),
                 QStringLiteral("1100")},
                {}, db)
                .code == 0);
    CHECK(cli({QStringLiteral("periodical"), QStringLiteral("circulation"), QStringLiteral("9999"),
               QStringLiteral("--print-run"), QStringLiteral("1")},
              {}, db)
              .code == 1);
    CHECK(cli(args({"periodical", "receive", "--scan", "9770399064007"}), {}, db).code == 1);
}

TEST_CASE("the activity report from the command line: JSON by section, files, bad options")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(
        cli(args({"request", "add", "--today", "2026-03-02"}),
            R"({"requester": {"anonymous": true, "structureType": "association"}, "received": "2026-03-02",
                    "question": "Une question"})",
            db)
            .code == 0);
    REQUIRE(cli(args({"tally", "add", "--channel", "phone", "--today", "2026-03-03"}), {}, db).code == 0);
    // A bibliography written on a day of 2026 is counted in the report.
    REQUIRE(cli(args({"add"}), R"({"type": "study", "title": "Une étude", "date": "2024"})", db).code == 0);
    REQUIRE(cli({QStringLiteral("bibliography"), QStringLiteral("--ids"), QStringLiteral("1"),
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("b.txt")), QStringLiteral("--format"),
                 QStringLiteral("txt"), QStringLiteral("--today"), QStringLiteral("2026-04-01")},
                {}, db)
                .code == 0);
    Run json =
        cli(args({"report", "--format", "json", "--from", "2026-01-01", "--to", "2026-12-31"}), {}, db);
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    const QJsonObject sections = object(json).value(QStringLiteral("sections")).toObject();
    for (const char* key : {"documents", "circulation", "visits", "requests", "publications", "evolution"})
        CHECK(sections.contains(QLatin1String(key)));
    const QJsonObject requests = sections.value(QStringLiteral("requests")).toObject();
    CHECK(requests.value(QStringLiteral("figures"))
              .toObject()
              .value(QStringLiteral("received"))
              .toObject()
              .value(QStringLiteral("value"))
              .toDouble() == 1);
    CHECK(requests.value(QStringLiteral("figures"))
              .toObject()
              .value(QStringLiteral("tallies"))
              .toObject()
              .value(QStringLiteral("value"))
              .toDouble() == 1);
    CHECK_FALSE(
        sections.value(QStringLiteral("circulation")).toObject().value(QStringLiteral("available")).toBool());
    CHECK(sections.value(QStringLiteral("publications"))
              .toObject()
              .value(QStringLiteral("figures"))
              .toObject()
              .value(QStringLiteral("bibliographies"))
              .toObject()
              .value(QStringLiteral("value"))
              .toDouble() == 1);

    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    REQUIRE(cli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-12-31"), QStringLiteral("-o"), pdf},
                {}, db)
                .code == 0);
    CHECK(infodoc::test::readFile(pdf).startsWith("%PDF"));
    CHECK(cli(args({"report", "--format", "xlsx"}), {}, db).code == 2);
    CHECK(cli(args({"report", "--format", "docx", "-o", "x.docx"}), {}, db).code == 2);
    Run bad = cli(args({"report", "--format", "json", "--sections", "weather"}), {}, db);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("weather")));
}

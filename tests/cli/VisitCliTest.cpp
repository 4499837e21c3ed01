#include "cli/CliRun.h"

#include <catch2/catch.hpp>

#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using infodoc::test::cli;
using infodoc::test::Run;

namespace {

QJsonObject object(const Run& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QString kToday = QStringLiteral("--today");

} // namespace

TEST_CASE("opening hours for appointments are shown and set from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    Run set = cli({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("mercredi"),
                   QStringLiteral("9h-12h")},
                  {}, db);
    REQUIRE(set.code == 0);
    CHECK(set.out.contains(QStringLiteral("mercredi\t09:00-12:00")));
    REQUIRE(cli({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("lengths"),
                 QStringLiteral("30,60")},
                {}, db)
                .code == 0);
    REQUIRE(
        cli({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("parallel"), QStringLiteral("2")},
            {}, db)
            .code == 0);
    Run show = cli({QStringLiteral("hours"), QStringLiteral("show"), QStringLiteral("--json")}, {}, db);
    REQUIRE(show.code == 0);
    const QJsonObject hours = object(show);
    CHECK(hours.value(QStringLiteral("days")).toObject().value(QStringLiteral("wednesday")).toString() ==
          QStringLiteral("09:00-12:00"));
    CHECK(hours.value(QStringLiteral("days"))
              .toObject()
              .value(QStringLiteral("saturday"))
              .toString()
              .isEmpty());
    CHECK(hours.value(QStringLiteral("lengths")).toArray() == QJsonArray{30, 60});
    CHECK(hours.value(QStringLiteral("parallel")).toInt() == 2);

    Run bad = cli({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("monday"),
                   QStringLiteral("12:00-9:00")},
                  {}, db);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("12:00-9:00")));
    Run none =
        cli({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("lengths"), QStringLiteral("0")},
            {}, db);
    CHECK(none.code == 1);
    CHECK(cli({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("1")},
              {}, db)
              .code == 2);
    // Nothing of the refused changes was kept.
    CHECK(object(cli({QStringLiteral("hours"), QStringLiteral("show"), QStringLiteral("--json")}, {}, db))
              .value(QStringLiteral("days"))
              .toObject()
              .value(QStringLiteral("monday"))
              .toString() == QStringLiteral("09:30-12:30, 14:00-17:30"));
}

TEST_CASE(
    "appointments are booked, refused with the nearest free slots, moved and closed from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(
        cli({QStringLiteral("borrower"), QStringLiteral("add")},
            R"({"name":"Martin, Paul","card":"C-9","category":"professionnel","structureType":"association",)"
            R"("commune":"Pantin"})",
            db)
            .code == 0);
    const QStringList add = {QStringLiteral("appointment"), QStringLiteral("add"), kToday,
                             QStringLiteral("2027-01-04")};
    Run first = cli(add,
                    R"({"start":"2027-01-05T10:00","length":60,"visitor":{"name":"Durand, Sophie",)"
                    R"("structure":"Ville de Bobigny","structureType":"commune","commune":"Bobigny",)"
                    R"("contact":"s.durand@example.org"},"purpose":"research_help",)"
                    R"("subjects":["Logement social"],"topic":"relogement","notes":"ANRU"})",
                    db);
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    CHECK(first.out.trimmed() == QStringLiteral("{\"id\":1}"));

    Run refused =
        cli(add, R"({"start":"2027-01-05T10:30","visitor":{"card":"C-9"},"purpose":"information"})", db);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("10:00–11:00")));
    const QJsonObject why = object(refused);
    CHECK(why.value(QStringLiteral("refused")).toString().contains(QStringLiteral("overlaps")));
    const QJsonArray nearest = why.value(QStringLiteral("nearest")).toArray();
    REQUIRE(nearest.size() == 3);
    // Without a length, the first one offered (30 minutes): 11:15 is inside the buffer.
    CHECK(nearest.at(0).toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("2027-01-05T11:30"));

    Run second =
        cli(add, R"({"start":"2027-01-05T14:00","visitor":{"card":"C-9"},"purpose":"loan_pickup"})", db);
    REQUIRE(second.code == 0);
    Run anonymous = cli(
        add,
        R"({"start":"2027-01-06T10:00","visitor":{"anonymous":true,"commune":"Pantin"},"purpose":"group_visit"})",
        db);
    REQUIRE(anonymous.code == 0);

    Run week = cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--week"),
                    QStringLiteral("2027-01-06"), QStringLiteral("--json")},
                   {}, db);
    REQUIRE(week.code == 0);
    const QJsonArray list = QJsonDocument::fromJson(week.out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    CHECK(list.at(1).toObject().value(QStringLiteral("visitor")).toObject().value(QStringLiteral("card")) ==
          QStringLiteral("C-9"));
    CHECK(list.at(2)
              .toObject()
              .value(QStringLiteral("visitor"))
              .toObject()
              .value(QStringLiteral("anonymous")) == true);

    Run show = cli({QStringLiteral("appointment"), QStringLiteral("show"), QStringLiteral("1"),
                    QStringLiteral("--json")},
                   {}, db);
    REQUIRE(show.code == 0);
    const QJsonObject one = object(show);
    CHECK(one.value(QStringLiteral("start")).toString() == QStringLiteral("2027-01-05T10:00"));
    CHECK(one.value(QStringLiteral("end")).toString() == QStringLiteral("2027-01-05T11:00"));
    CHECK(one.value(QStringLiteral("subjects")).toArray() == QJsonArray{QStringLiteral("Logement social")});
    CHECK(one.value(QStringLiteral("visitor")).toObject().value(QStringLiteral("contact")) ==
          QStringLiteral("s.durand@example.org"));

    // Moved onto the 14:00 one: refused; to Thursday: done.
    Run onto = cli({QStringLiteral("appointment"), QStringLiteral("edit"), QStringLiteral("1"), kToday,
                    QStringLiteral("2027-01-04")},
                   R"({"start":"2027-01-05T14:30"})", db);
    CHECK(onto.code == 1);
    Run moved = cli({QStringLiteral("appointment"), QStringLiteral("edit"), QStringLiteral("1"), kToday,
                     QStringLiteral("2027-01-04")},
                    R"({"start":"2027-01-07T09:30","length":90})", db);
    REQUIRE(moved.code == 0);

    Run slots = cli({QStringLiteral("appointment"), QStringLiteral("slots"), QStringLiteral("--date"),
                     QStringLiteral("2027-01-07"), QStringLiteral("--length"), QStringLiteral("60"), kToday,
                     QStringLiteral("2027-01-04"), QStringLiteral("--json")},
                    {}, db);
    REQUIRE(slots.code == 0);
    const QJsonArray free = QJsonDocument::fromJson(slots.out.toUtf8()).array();
    REQUIRE_FALSE(free.isEmpty());
    // 9:30–11:00 is taken, with 15 minutes after it.
    CHECK(free.at(0).toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("2027-01-07T11:30"));
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("slots"), QStringLiteral("--date"),
               QStringLiteral("2027-01-07"), QStringLiteral("--length"), QStringLiteral("45")},
              {}, db)
              .code == 1);

    const QStringList done = {QStringLiteral("appointment"), QStringLiteral("done"), QStringLiteral("1")};
    Run early = cli(done + QStringList{kToday, QStringLiteral("2027-01-04")}, {}, db);
    CHECK(early.code == 1);
    CHECK(cli(done + QStringList{kToday, QStringLiteral("2027-01-08")}, {}, db).code == 0);
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("cancel"), QStringLiteral("2")}, {}, db).code ==
          0);
    Run after = cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--from"),
                     QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-01-31"),
                     QStringLiteral("--all")},
                    {}, db);
    REQUIRE(after.code == 0);
    CHECK(after.out.contains(QStringLiteral("cancelled")));
    CHECK(after.out.contains(QStringLiteral("done")));
}

TEST_CASE("bad appointments from the command line are refused, naming the field, and nothing is booked")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    const QStringList add = {QStringLiteral("appointment"), QStringLiteral("add"), kToday,
                             QStringLiteral("2027-01-04")};
    Run json = cli(add, "{\n\"start\": \"2027-01-05T10:00\",\n oops }", db);
    CHECK(json.code == 1);
    CHECK(json.err.contains(QStringLiteral("line 3")));
    Run start = cli(add, R"({"start":"5 janvier 10h","visitor":{"anonymous":true}})", db);
    CHECK(start.code == 1);
    CHECK(start.err.contains(QStringLiteral("5 janvier 10h")));
    Run field = cli(add, R"({"start":"2027-01-05T10:00","visitor":{"anonymous":true},"colour":"red"})", db);
    CHECK(field.code == 1);
    CHECK(field.err.contains(QStringLiteral("colour")));
    Run purpose =
        cli(add, R"({"start":"2027-01-05T10:00","visitor":{"anonymous":true},"purpose":"tea"})", db);
    CHECK(purpose.code == 1);
    CHECK(purpose.err.contains(QStringLiteral("research_help")));
    Run card = cli(add, R"({"start":"2027-01-05T10:00","visitor":{"card":"NOPE"}})", db);
    CHECK(card.code == 1);
    CHECK(card.err.contains(QStringLiteral("NOPE")));
    Run closed = cli(add, R"({"start":"2027-01-09T10:00","visitor":{"anonymous":true}})", db);
    CHECK(closed.code == 1);
    CHECK(object(closed).value(QStringLiteral("nearest")).toArray().size() == 3);
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("show"), QStringLiteral("x")}, {}, db).code ==
          2);
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("fly")}, {}, db).code == 2);
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("show"), QStringLiteral("7")}, {}, db).code ==
          1);
    Run none = cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--from"),
                    QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31"),
                    QStringLiteral("--all"), QStringLiteral("--json")},
                   {}, db);
    REQUIRE(none.code == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
}

TEST_CASE("ics export and import from the command line, all or nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    Run closures = cli({QStringLiteral("ics"), QStringLiteral("import"),
                        QStringLiteral(INFODOC_TEST_DATA "/ics/icalendar-example.ics"),
                        QStringLiteral("--as"), QStringLiteral("closures"), QStringLiteral("--json")},
                       {}, db);
    INFO(closures.err.toStdString());
    REQUIRE(closures.code == 0);
    CHECK(closures.out.trimmed() == QStringLiteral("{\"imported\":3}"));
    REQUIRE(cli({QStringLiteral("appointment"), QStringLiteral("add"), kToday, QStringLiteral("2027-01-04")},
                R"({"start":"2027-01-05T10:00","visitor":{"anonymous":true},"purpose":"information"})", db)
                .code == 0);
    const QString file = dir.filePath(QStringLiteral("out.ics"));
    REQUIRE(cli({QStringLiteral("ics"), QStringLiteral("export"), QStringLiteral("--from"),
                 QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-01-31"),
                 QStringLiteral("-o"), file},
                {}, db)
                .code == 0);
    const QByteArray ics = infodoc::test::readFile(file);
    CHECK(ics.contains("BEGIN:VTIMEZONE"));
    CHECK(ics.contains("DTSTART;TZID="));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, other).code == 0);
    Run imported = cli({QStringLiteral("ics"), QStringLiteral("import"), file, QStringLiteral("--json"),
                        kToday, QStringLiteral("2027-01-04")},
                       {}, other);
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.trimmed().startsWith(QStringLiteral("{\"added\":1")));
    const QString broken = dir.filePath(QStringLiteral("broken.ics"));
    QFile b(broken);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write(ics.left(ics.indexOf("END:VEVENT")));
    b.close();
    Run refused = cli({QStringLiteral("ics"), QStringLiteral("import"), broken}, {}, other);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("line")));
    CHECK(cli({QStringLiteral("ics"), QStringLiteral("import"), broken, QStringLiteral("--as"),
               QStringLiteral("x")},
              {}, other)
              .code == 2);
}

TEST_CASE("a visit is prepared, printed, lent from and closed from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    for (const char* json :
         {R"({"type":"study","title":"Le logement social à Bobigny","subjects":["Logement social"],)"
          R"("copies":[{"barcode":"L1","callNumber":"LOG 2 BOB","location":"Salle B"}]})",
          R"({"type":"study","title":"Attribuer les logements sociaux","subjects":)"
          R"(["Attribution des logements sociaux"],"copies":[{"barcode":"A1","callNumber":"LOG 1",)"
          R"("location":"Salle A"}]})",
          R"({"type":"book","title":"Relogement et rénovation urbaine","abstract":"Le relogement des )"
          R"(ménages.","copies":[{"barcode":"R1","callNumber":"URB 3","location":"Salle A"}]})"})
        REQUIRE(cli({QStringLiteral("add")}, json, db).code == 0);
    REQUIRE(cli({QStringLiteral("borrower"), QStringLiteral("add")},
                R"({"name":"Dupont, Marie","card":"C-1","category":"professionnel"})", db)
                .code == 0);
    const QString monday = QStringLiteral("2027-01-04");
    Run booked = cli({QStringLiteral("appointment"), QStringLiteral("add"), kToday, monday},
                     R"({"start":"2027-01-05T10:00","length":60,"visitor":{"card":"C-1"},)"
                     R"("purpose":"consultation","subjects":["Logement social"],"topic":"relogement"})",
                     db);
    REQUIRE(booked.code == 0);
    const QString id = QString::number(object(booked).value(QStringLiteral("id")).toInt());

    Run prepared = cli({QStringLiteral("appointment"), QStringLiteral("prepare"), id,
                        QStringLiteral("--json"), kToday, monday},
                       {}, db);
    REQUIRE(prepared.code == 0);
    QStringList titles;
    for (const QJsonValue& v : QJsonDocument::fromJson(prepared.out.toUtf8()).array())
        titles.append(v.toObject().value(QStringLiteral("title")).toString());
    CHECK(titles.contains(QStringLiteral("Le logement social à Bobigny")));
    CHECK(titles.contains(QStringLiteral("Attribuer les logements sociaux")));  // narrower term
    CHECK(titles.contains(QStringLiteral("Relogement et rénovation urbaine"))); // the free text

    REQUIRE(cli({QStringLiteral("appointment"), QStringLiteral("select"), id, QStringLiteral("--records"),
                 QStringLiteral("1,2,3"), kToday, monday},
                {}, db)
                .code == 0);
    Run unknown = cli({QStringLiteral("appointment"), QStringLiteral("select"), id,
                       QStringLiteral("--records"), QStringLiteral("77"), kToday, monday},
                      {}, db);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("77")));
    Run aside = cli({QStringLiteral("appointment"), QStringLiteral("set-aside"), id, kToday, monday}, {}, db);
    REQUIRE(aside.code == 0);
    CHECK(aside.out.contains(QStringLiteral("Copies set aside: 3.")));
    Run other = cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("A1"),
                     QStringLiteral("--borrower"), QStringLiteral("C-1"), QStringLiteral("--date"), monday},
                    {}, db);
    CHECK(other.code == 1);
    CHECK(other.err.contains(QStringLiteral("set aside"))); // for the visit, even to the same visitor

    const QString pull = dir.filePath(QStringLiteral("pull.txt"));
    REQUIRE(cli({QStringLiteral("appointment"), QStringLiteral("print"), id, QStringLiteral("--pull-list"),
                 QStringLiteral("-o"), pull, kToday, monday},
                {}, db)
                .code == 0);
    const QStringList lines =
        QString::fromUtf8(infodoc::test::readFile(pull)).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(1).startsWith(QStringLiteral("Salle A\tLOG 1\tA1")));
    CHECK(lines.at(2).startsWith(QStringLiteral("Salle A\tURB 3\tR1")));
    CHECK(lines.at(3).startsWith(QStringLiteral("Salle B\tLOG 2 BOB\tL1")));
    const QString bib = dir.filePath(QStringLiteral("biblio.html"));
    REQUIRE(cli({QStringLiteral("appointment"), QStringLiteral("print"), id, QStringLiteral("--bibliography"),
                 QStringLiteral("-o"), bib, kToday, monday},
                {}, db)
                .code == 0);
    CHECK(QString::fromUtf8(infodoc::test::readFile(bib)).contains(QStringLiteral("LOG 2 BOB")));
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("print"), id, QStringLiteral("-o"), bib}, {}, db)
              .code == 2);

    const QString tuesday = QStringLiteral("2027-01-05");
    Run lent = cli({QStringLiteral("appointment"), QStringLiteral("lend"), id, QStringLiteral("--copy"),
                    QStringLiteral("A1"), kToday, tuesday},
                   {}, db);
    REQUIRE(lent.code == 0);
    Run closed = cli({QStringLiteral("appointment"), QStringLiteral("close"), id,
                      QStringLiteral("--consulted"), QStringLiteral("1"), QStringLiteral("--follow-up"),
                      QStringLiteral("Envoyer la bibliographie"), kToday, tuesday},
                     {}, db);
    REQUIRE(closed.code == 0);
    Run selection = cli({QStringLiteral("appointment"), QStringLiteral("selection"), id,
                         QStringLiteral("--json"), kToday, tuesday},
                        {}, db);
    REQUIRE(selection.code == 0);
    const QJsonObject s = object(selection);
    CHECK(s.value(QStringLiteral("items"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("consulted"))
              .toBool());
    CHECK_FALSE(s.value(QStringLiteral("items"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("consulted"))
                    .toBool());
    CHECK(s.value(QStringLiteral("setAside")).toArray().isEmpty()); // back on the shelf
    REQUIRE(s.value(QStringLiteral("loans")).toArray().size() == 1);
    CHECK(s.value(QStringLiteral("loans"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("barcode"))
              .toString() == QStringLiteral("A1"));
    // The day's list, printed for the desk (staff only: it names the visitor).
    const QString day = dir.filePath(QStringLiteral("day.html"));
    REQUIRE(cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--from"), tuesday,
                 QStringLiteral("--to"), tuesday, QStringLiteral("-o"), day},
                {}, db)
                .code == 0);
    const QString list = QString::fromUtf8(infodoc::test::readFile(day));
    CHECK(list.contains(QStringLiteral("Dupont, Marie")));
    CHECK(list.contains(QStringLiteral("10:00–11:00")));
    CHECK(list.contains(QStringLiteral("mardi 5 janvier 2027")));
    CHECK(cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("day.docx"))},
              {}, db)
              .code == 1);
    Run shown =
        cli({QStringLiteral("appointment"), QStringLiteral("show"), id, QStringLiteral("--json")}, {}, db);
    CHECK(object(shown).value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(object(shown).value(QStringLiteral("followUp")).toString() ==
          QStringLiteral("Envoyer la bibliographie"));
}

TEST_CASE("named visitors are found, exported, erased and forgotten by the retention run")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    const QStringList add = {QStringLiteral("appointment"), QStringLiteral("add"), kToday,
                             QStringLiteral("2027-01-04")};
    REQUIRE(cli(add,
                R"({"start":"2027-01-05T10:00","visitor":{"name":"Durand, Sophie","commune":"Bobigny",)"
                R"("contact":"s.durand@example.org"},"purpose":"information"})",
                db)
                .code == 0);
    REQUIRE(cli(add,
                R"({"start":"2027-01-05T14:00","visitor":{"name":"Durand, Paul"},"purpose":"information"})",
                db)
                .code == 0);
    Run found =
        cli({QStringLiteral("visitor-data"), QStringLiteral("find"), QStringLiteral("durand")}, {}, db);
    REQUIRE(found.code == 0);
    CHECK(found.out.count(u'\n') == 2);
    Run ambiguous =
        cli({QStringLiteral("visitor-data"), QStringLiteral("erase"), QStringLiteral("durand")}, {}, db);
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("Durand, Paul")));
    const QString file = dir.filePath(QStringLiteral("sophie.json"));
    REQUIRE(cli({QStringLiteral("visitor-data"), QStringLiteral("export"), QStringLiteral("Sophie Durand"),
                 QStringLiteral("-o"), file},
                {}, db)
                .code == 0);
    CHECK(QString::fromUtf8(infodoc::test::readFile(file)).contains(QStringLiteral("s.durand@example.org")));
    REQUIRE(cli({QStringLiteral("visitor-data"), QStringLiteral("erase"), QStringLiteral("Sophie Durand")},
                {}, db)
                .code == 0);
    CHECK(cli({QStringLiteral("visitor-data"), QStringLiteral("export"), QStringLiteral("Sophie Durand")}, {},
              db)
              .code == 1);

    // Paul's last visit is on 5 January 2027: kept on 4 January 2028, forgotten on 6 January 2028.
    Run kept = cli({QStringLiteral("retention"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                    QStringLiteral("--date"), QStringLiteral("2028-01-04")},
                   {}, db);
    REQUIRE(kept.code == 0);
    CHECK(object(kept).value(QStringLiteral("visitorsToForget")).toInt() == 0);
    REQUIRE(cli({QStringLiteral("retention"), QStringLiteral("--date"), QStringLiteral("2028-01-06")}, {}, db)
                .code == 0);
    Run none =
        cli({QStringLiteral("visitor-data"), QStringLiteral("find"), QStringLiteral("durand")}, {}, db);
    REQUIRE(none.code == 0);
    CHECK(none.out.isEmpty());
}

namespace {

// Runs `args` `runs` times, killing most runs (SIGKILL) at a random moment of
// their life; returns how many were killed.
int killAtRandom(const QStringList& args, int runs, QRandomGenerator& random)
{
    QElapsedTimer whole;
    whole.start();
    QProcess first;
    first.start(QStringLiteral(INFODOC_CLI), args);
    REQUIRE(first.waitForFinished(60000));
    const quint32 lifeUs = quint32(std::max<qint64>(whole.nsecsElapsed() / 1000, 20000));
    int killed = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        p.start(QStringLiteral(INFODOC_CLI), args);
        REQUIRE(p.waitForStarted(10000));
        QThread::usleep(random.bounded(lifeUs * 3 / 2));
        if (p.state() == QProcess::Running) {
            p.kill();
            ++killed;
        }
        REQUIRE(p.waitForFinished(30000));
    }
    return killed;
}

} // namespace

TEST_CASE("kill -9 during an .ics import or while a visit is closed: all or nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    // 120 appointments from January to March 2027 (no holiday), two a weekday, in local time.
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//kill//FR\r\n";
    QDate day(2027, 1, 4);
    for (int i = 0; i < 120; ++i) {
        if (i > 0 && i % 2 == 0) {
            day = day.addDays(1);
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
        }
        const QByteArray stamp = day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        ics += "BEGIN:VEVENT\r\nUID:kill-" + QByteArray::number(i) + "@test\r\nDTSTAMP:20261201T080000Z\r\n";
        ics += "DTSTART:" + stamp + (i % 2 ? "T140000" : "T100000") + "\r\n";
        ics += "DTEND:" + stamp + (i % 2 ? "T150000" : "T110000") + "\r\nSUMMARY:Visite\r\nEND:VEVENT\r\n";
    }
    ics += "END:VCALENDAR\r\n";
    const QString file = dir.filePath(QStringLiteral("agenda.ics"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(ics);
    out.close();

    QRandomGenerator random(20261202);
    const QStringList import = {QStringLiteral("--db"),
                                db,
                                QStringLiteral("ics"),
                                QStringLiteral("import"),
                                file,
                                QStringLiteral("--from"),
                                QStringLiteral("2027-01-01"),
                                QStringLiteral("--to"),
                                QStringLiteral("2027-12-31")};
    const int killedImports = killAtRandom(import, 25, random);
    INFO("imports killed: " << killedImports);
    CHECK(killedImports > 5);
    REQUIRE(cli({QStringLiteral("check")}, {}, db).code == 0);
    auto opened = infodoc::core::Database::open(db, infodoc::core::Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    auto scalar = [&](const char* sql) {
        QSqlQuery q((*opened)->connection());
        REQUIRE(q.exec(QLatin1String(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    // The first run imported all 120; a killed run added nothing and left nothing half-moved.
    CHECK(scalar("SELECT COUNT(*) FROM appointment") == 120);
    CHECK(scalar("SELECT COUNT(*) FROM change_journal WHERE entity = 'appointment' AND op = 'insert'") ==
          120);
    CHECK(scalar("SELECT total FROM visit_month WHERE month = '2027-01' AND event = 'booked' AND dimension = "
                 "'all'") == scalar("SELECT COUNT(*) FROM appointment WHERE day LIKE '2027-01-%'"));

    // Closing visits, killed at random: a visit is done with its follow-up and counted, or untouched.
    QStringList closeArgs;
    int killedCloses = 0;
    for (int id = 1; id <= 30; ++id) {
        closeArgs = QStringList{QStringLiteral("--db"),        db,
                                QStringLiteral("appointment"), QStringLiteral("close"),
                                QString::number(id),           QStringLiteral("--follow-up"),
                                QStringLiteral("Rappeler"),    QStringLiteral("--today"),
                                QStringLiteral("2027-12-31")};
        QProcess p;
        p.start(QStringLiteral(INFODOC_CLI), closeArgs);
        REQUIRE(p.waitForStarted(10000));
        // One in five is let finish, so that there is something to check.
        QThread::usleep(random.bounded(60000));
        if (id % 5 != 0 && p.state() == QProcess::Running) {
            p.kill();
            ++killedCloses;
        }
        REQUIRE(p.waitForFinished(30000));
    }
    INFO("closes killed: " << killedCloses);
    REQUIRE(cli({QStringLiteral("check")}, {}, db).code == 0);
    const qint64 done = scalar("SELECT COUNT(*) FROM appointment WHERE status = 'done'");
    CHECK(done >= 6);
    CHECK(done == scalar("SELECT COUNT(*) FROM appointment WHERE follow_up = 'Rappeler'"));
    CHECK(done ==
          scalar("SELECT COALESCE(SUM(total), 0) FROM visit_month WHERE event = 'done' AND dimension = "
                 "'all'"));
}

#include "core/visits/ICalendar.h"
#include "core/visits/AppointmentFiles.h"
#include "core/visits/Appointments.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

const QTimeZone kParis("Europe/Paris");

Appointments service(TestCatalogue& cat, int leadDays = 1)
{
    OpeningHours hours;
    hours.leadDays = leadDays;
    return Appointments(cat.db(), cat.clock(), Calendar({1, 2, 3, 4, 5}, {}, kParis), hours);
}

QByteArray sample()
{
    QFile f(QStringLiteral(INFODOC_SAMPLES "/ics/icalendar-example.ics"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("appointments go to an .ics file with the Paris VTIMEZONE and come back the same")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2027, 3, 22), QTime(8, 0), Qt::UTC));
    auto desk = service(cat);
    Appointment a;
    a.day = QDate(2027, 3, 30); // after the change to summer time
    a.startMin = 14 * 60;
    a.lengthMin = 90;
    a.visitor.kind = Visitor::Kind::Anonymous;
    a.visitor.structureType = StructureType::Association;
    a.visitor.commune = QStringLiteral("Pantin");
    a.purpose = VisitPurpose::GroupVisit;
    a.subjects = {QStringLiteral("Logement social")};
    a.topic = QStringLiteral("Visite d’un groupe d’élus, renouvellement urbain");
    auto booked = desk.book(a);
    REQUIRE(booked.ok());
    REQUIRE(booked->booked());
    auto file = AppointmentFiles::exportPeriod(desk, QDate(2027, 3, 1), QDate(2027, 3, 31));
    REQUIRE(file.ok());
    const QByteArray& ics = *file;
    CHECK(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
    CHECK(ics.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
    CHECK(ics.contains("TZOFFSETTO:+0200"));
    CHECK(ics.contains("DTSTART;TZID=Europe/Paris:20270330T140000"));
    CHECK(ics.contains("DTEND;TZID=Europe/Paris:20270330T153000"));

    // Read in UTC: 14:00 in Paris in summer is 12:00 UTC.
    auto utc = ICalendar::read(ics, QStringLiteral("a.ics"), QTimeZone::utc(), QDate(2027, 1, 1),
                               QDate(2027, 12, 31));
    REQUIRE(utc.ok());
    REQUIRE(utc->size() == 1);
    CHECK(utc->first().start.time() == QTime(12, 0));

    TestCatalogue other;
    other.clock().set(cat.clock().now());
    auto there = service(other);
    auto imported = AppointmentFiles::importAppointments(there, other.db(), ics, QStringLiteral("a.ics"),
                                                         QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(imported.ok());
    CHECK(imported->added == 1);
    auto back = there.between(QDate(2027, 3, 30), QDate(2027, 3, 30));
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    const Appointment& b = back->first();
    CHECK(b.startMin == a.startMin);
    CHECK(b.lengthMin == a.lengthMin);
    CHECK(b.purpose == a.purpose);
    CHECK(b.topic == a.topic);
    CHECK(b.subjects == a.subjects);
    CHECK(b.visitor.commune == QStringLiteral("Pantin"));
    CHECK(b.visitor.structureType == StructureType::Association);
    CHECK(b.status == AppointmentStatus::Requested);
    // Imported again: the same appointment, not a second one.
    auto again = AppointmentFiles::importAppointments(there, other.db(), ics, QStringLiteral("a.ics"),
                                                      QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(again.ok());
    CHECK(again->updated == 1);
    CHECK(other.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment")) == 1);
}

TEST_CASE("the sample calendar imports as closures: no final line break, missing DTSTAMP")
{
    TestCatalogue cat;
    auto added = AppointmentFiles::importClosures(cat.db(), sample(), QStringLiteral("example.ics"),
                                                  QDate(2022, 1, 1), QDate(2022, 12, 31));
    REQUIRE(added.ok());
    CHECK(*added == 3);
    auto calendar = Calendar::load(cat.db());
    REQUIRE(calendar.ok());
    CHECK(calendar->closedReason(QDate(2022, 3, 8)) == QStringLiteral("International Women's Day"));
    CHECK(calendar->isOpen(QDate(2022, 3, 9)));
    // Imported twice: not doubled.
    CHECK(*AppointmentFiles::importClosures(cat.db(), sample(), QStringLiteral("example.ics"),
                                            QDate(2022, 1, 1), QDate(2022, 12, 31)) == 0);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM closure")) == 3);
}

TEST_CASE("folded lines, quoted and Windows TZIDs, all-day and recurring events are read")
{
    const QByteArray ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=\"Europe/Paris\":20270105T100000\r\n"
        "DTEND;TZID=\"Europe/Paris\":20270105T110000\r\nSUMMARY:Un titre \r\n tr\xc3\xa8s long\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Romance Standard Time:20270106T090000\r\n"
        "DURATION:PT30M\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20270801\r\nDTEND;VALUE=DATE:20270816\r\n"
        "SUMMARY:Fermeture d'été\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20270104T133000Z\r\nDTEND:20270104T140000Z\r\n"
        "RRULE:FREQ=WEEKLY;BYDAY=MO\r\nEXDATE:20270111T133000Z\r\nEND:VEVENT\r\n"
        "END:VCALENDAR";
    auto events =
        ICalendar::read(ics, QStringLiteral("x.ics"), kParis, QDate(2027, 1, 1), QDate(2027, 1, 31));
    REQUIRE(events.ok());
    REQUIRE(events->size() == 3 + 3); // Mondays 4, 18, 25 (11 excluded)
    CHECK(events->at(0).summary == QStringLiteral("Un titre très long"));
    CHECK(events->at(0).start.time() == QTime(10, 0));
    CHECK(events->at(1).start.time() == QTime(9, 0));
    CHECK(events->at(1).start.secsTo(events->at(1).end) == 1800);
    CHECK(events->at(2).allDay);
    CHECK(events->at(2).firstDay == QDate(2027, 8, 1));
    CHECK(events->at(2).lastDay == QDate(2027, 8, 15));
    CHECK(events->at(3).start == QDateTime(QDate(2027, 1, 4), QTime(14, 30), kParis));
    CHECK(events->at(4).start.date() == QDate(2027, 1, 18));
    CHECK(events->at(5).recurring);
}

TEST_CASE("a broken .ics file is refused with its line number and nothing is imported")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
    auto desk = service(cat);
    auto refuse = [&](const QByteArray& ics, const char* line) {
        auto r = AppointmentFiles::importAppointments(desk, cat.db(), ics, QStringLiteral("bad.ics"),
                                                      QDate(2027, 1, 1), QDate(2027, 12, 31));
        REQUIRE_FALSE(r.ok());
        INFO(r.errorMessage().toStdString());
        CHECK(r.errorMessage().contains(QStringLiteral("bad.ics, line %1").arg(QLatin1String(line))));
    };
    const QByteArray good = "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART;TZID=Europe/Paris:20270105T100000\r\n"
                            "DTEND;TZID=Europe/Paris:20270105T110000\r\nEND:VEVENT\r\n";
    refuse("BEGIN:VCALENDAR\r\n" + good + "this is not a line\r\nEND:VCALENDAR\r\n", "7");
    refuse("BEGIN:VCALENDAR\r\n" + good +
               "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:2027XX\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
           "9");
    refuse("BEGIN:VCALENDAR\r\n" + good + "BEGIN:VEVENT\r\nUID:y\r\n", "7");
    refuse("BEGIN:VCALENDAR\r\n" + good + "END:VTODO\r\nEND:VCALENDAR\r\n", "7");
    refuse("hello\r\n", "1");
    // A valid file whose second event falls on a Sunday: refused with that event's line.
    refuse("BEGIN:VCALENDAR\r\n" + good +
               "BEGIN:VEVENT\r\nUID:z\r\nDTSTART;TZID=Europe/Paris:20270110T100000\r\n"
               "DTEND;TZID=Europe/Paris:20270110T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
           "7");
    refuse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20270105T100000\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n",
           "3");
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment")) == 0);
}

TEST_CASE("the .ics reader survives mangled files (fuzz)")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
    QList<QByteArray> seeds = {sample()};
    {
        auto desk = service(cat);
        Appointment a;
        a.day = QDate(2027, 1, 5);
        a.startMin = 600;
        a.lengthMin = 60;
        a.notes = QStringLiteral("Une note, avec ; des : signes");
        REQUIRE(desk.book(a)->booked());
        seeds.append(*AppointmentFiles::exportPeriod(desk, QDate(2027, 1, 1), QDate(2027, 1, 31)));
    }
    QRandomGenerator random(20270105);
    int ok = 0, refused = 0;
    for (int i = 0; i < 1500; ++i) {
        QByteArray data = seeds.at(i % seeds.size());
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits && !data.isEmpty(); ++e) {
            const int at = int(random.bounded(data.size()));
            switch (random.bounded(5)) {
            case 0:
                data[at] = char(random.bounded(256));
                break;
            case 1:
                data.remove(at, int(random.bounded(40)));
                break;
            case 2:
                data.insert(at, data.mid(int(random.bounded(data.size())), int(random.bounded(80))));
                break;
            case 3:
                data.truncate(at);
                break;
            default:
                data.insert(at, "\r\n ;:=\"");
            }
        }
        auto events =
            ICalendar::read(data, QStringLiteral("fuzz.ics"), kParis, QDate(2022, 1, 1), QDate(2027, 12, 31));
        if (events.ok())
            ++ok;
        else {
            ++refused;
            CHECK(events.errorMessage().startsWith(QStringLiteral("fuzz.ics")));
        }
    }
    CHECK(ok + refused == 1500);
    CHECK(refused > 0);
}

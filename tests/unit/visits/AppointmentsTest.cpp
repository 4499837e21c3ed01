#include "core/visits/Appointments.h"
#include "core/circulation/Borrowers.h"
#include "core/storage/Database.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

const QTimeZone kParis("Europe/Paris");

int at(int h, int m = 0)
{
    return h * 60 + m;
}

// Monday 4 January 2027, 9:00 in Paris; a closure on Friday 8 January.
struct Desk
{
    TestCatalogue cat;
    Calendar calendar{
        {1, 2, 3, 4, 5}, {{1, QDate(2027, 1, 8), QDate(2027, 1, 8), QStringLiteral("Inventaire")}}, kParis};
    OpeningHours hours;
    const QDate tuesday{2027, 1, 5};

    Desk() { cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC)); }

    Appointments service() { return Appointments(cat.db(), cat.clock(), calendar, hours); }

    static Appointment named(const QDate& day, int start, int length = 60)
    {
        Appointment a;
        a.day = day;
        a.startMin = start;
        a.lengthMin = length;
        a.visitor.kind = Visitor::Kind::Named;
        a.visitor.name = QStringLiteral("Durand, Sophie");
        a.visitor.structure = QStringLiteral("Ville de Bobigny");
        a.visitor.structureType = StructureType::Commune;
        a.visitor.commune = QStringLiteral("Bobigny");
        a.visitor.contact = QStringLiteral("s.durand@example.org");
        a.purpose = VisitPurpose::ResearchHelp;
        return a;
    }

    qint64 bookOk(const Appointment& a)
    {
        auto service = this->service();
        auto b = service.book(a);
        REQUIRE(b.ok());
        INFO(b->refusal.toStdString());
        REQUIRE(b->booked());
        return b->id;
    }
};

QStringList starts(const QList<Slot>& slots)
{
    QStringList list;
    for (const Slot& s : slots)
        list.append(s.day.toString(QStringLiteral("dd ")) + OpeningHours::formatTime(s.startMin));
    return list;
}

} // namespace

TEST_CASE("free slots follow the opening hours, the step, the lead time and the closures")
{
    Desk desk;
    auto service = desk.service();
    CHECK(service.earliestDay() == desk.tuesday);
    auto slots = service.freeSlots(QDate(2027, 1, 4), QDate(2027, 1, 10), 60);
    REQUIRE(slots.ok());
    // Monday is today (one opening day ahead), Friday is closed, the weekend too.
    QSet<QDate> days;
    for (const Slot& s : *slots)
        days.insert(s.day);
    CHECK(days == QSet<QDate>{QDate(2027, 1, 5), QDate(2027, 1, 6), QDate(2027, 1, 7)});
    auto tuesday = service.freeSlots(desk.tuesday, desk.tuesday, 60);
    REQUIRE(tuesday.ok());
    CHECK(starts(*tuesday) == QStringList{"05 09:30", "05 10:00", "05 10:30", "05 11:00", "05 11:30",
                                          "05 14:00", "05 14:30", "05 15:00", "05 15:30", "05 16:00",
                                          "05 16:30"});
    auto ninety = service.freeSlots(desk.tuesday, desk.tuesday, 90);
    REQUIRE(ninety.ok());
    CHECK(ninety->size() == 9);
}

TEST_CASE("a booking is kept with its visitor, purpose and topic")
{
    Desk desk;
    Appointment a = Desk::named(desk.tuesday, at(10));
    a.subjects = {QStringLiteral("logement social"), QStringLiteral("Logement social")};
    a.topic = QStringLiteral("Relogement des ménages pendant une rénovation urbaine");
    a.notes = QStringLiteral("Apporte la convention ANRU");
    const qint64 id = desk.bookOk(a);
    auto service = desk.service();
    auto found = service.find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Appointment& b = **found;
    CHECK(b.day == desk.tuesday);
    CHECK(b.startMin == at(10));
    CHECK(b.endMin() == at(11));
    CHECK(b.visitor.kind == Visitor::Kind::Named);
    CHECK(b.visitor.name == QStringLiteral("Durand, Sophie"));
    CHECK(b.visitor.contact == QStringLiteral("s.durand@example.org"));
    CHECK(b.purpose == VisitPurpose::ResearchHelp);
    CHECK(b.subjects == QStringList{QStringLiteral("Logement social")});
    CHECK(b.topic.startsWith(QStringLiteral("Relogement")));
    CHECK(b.status == AppointmentStatus::Requested);
    CHECK(b.uid.endsWith(QStringLiteral("@infodoc")));
    CHECK(Appointments::visitorLabel(b.visitor) == QStringLiteral("Durand, Sophie (Ville de Bobigny)"));
    CHECK(desk.cat.scalar(
              QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE entity = 'appointment'")) == 1);
}

TEST_CASE("a booking that breaks a rule is refused with the reason and the nearest free slots")
{
    Desk desk;
    desk.bookOk(Desk::named(desk.tuesday, at(10)));
    auto service = desk.service();
    auto refuse = [&](const Appointment& a) {
        auto b = service.book(a);
        REQUIRE(b.ok());
        CHECK_FALSE(b->booked());
        CHECK_FALSE(b->refusal.isEmpty());
        return *b;
    };
    SECTION("overlapping another")
    {
        auto b = refuse(Desk::named(desk.tuesday, at(10, 30)));
        CHECK(b.refusal.contains(QStringLiteral("10:00–11:00")));
        // 11:00 is inside the buffer of 15 minutes; 11:30 is the nearest.
        CHECK(starts(b.nearest) == QStringList{"05 11:30", "05 14:00", "05 14:30"});
    }
    SECTION("inside the buffer")
    {
        auto b = refuse(Desk::named(desk.tuesday, at(11)));
        CHECK(b.refusal.contains(QStringLiteral("15")));
        CHECK_FALSE(b.nearest.isEmpty());
    }
    SECTION("outside the hours")
    {
        auto noon = refuse(Desk::named(desk.tuesday, at(12)));
        CHECK(noon.refusal.contains(QStringLiteral("09:30-12:30, 14:00-17:30")));
        CHECK(starts(noon.nearest).contains(QStringLiteral("05 11:30")));
        refuse(Desk::named(desk.tuesday, at(17)));
        refuse(Desk::named(desk.tuesday, at(8)));
    }
    SECTION("on a closed day")
    {
        auto friday = refuse(Desk::named(QDate(2027, 1, 8), at(10)));
        CHECK(friday.refusal.contains(QStringLiteral("Inventaire")));
        auto sunday = refuse(Desk::named(QDate(2027, 1, 10), at(10)));
        // Monday 11 January at about the same hour is nearer than Thursday.
        CHECK(starts(sunday.nearest) == QStringList{"11 09:30", "11 10:00", "11 10:30"});
        // Ascension Day 2027 is Thursday 6 May.
        auto ascension = refuse(Desk::named(QDate(2027, 5, 6), at(10)));
        CHECK(ascension.refusal.contains(QStringLiteral("Ascension")));
        for (const Slot& s : ascension.nearest)
            CHECK(s.day != QDate(2027, 5, 6));
    }
    SECTION("before the lead time, or in the past")
    {
        auto today = refuse(Desk::named(QDate(2027, 1, 4), at(15)));
        CHECK(today.refusal.contains(QStringLiteral("5 janvier")));
        CHECK(today.nearest.first().day == desk.tuesday);
        refuse(Desk::named(QDate(2026, 12, 28), at(10)));
    }
    SECTION("with a length not offered")
    {
        auto b = refuse(Desk::named(desk.tuesday, at(14), 45));
        CHECK(b.refusal.contains(QStringLiteral("30, 60, 90")));
    }
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment")) == 1);
    CHECK(desk.cat.scalar(QStringLiteral("SELECT SUM(total) FROM visit_month WHERE dimension = 'all'")) == 1);
}

TEST_CASE("several appointments at once when the centre has several documentalists")
{
    Desk desk;
    desk.hours.parallel = 2;
    desk.bookOk(Desk::named(desk.tuesday, at(10)));
    desk.bookOk(Desk::named(desk.tuesday, at(10, 30)));
    auto service = desk.service();
    auto third = service.book(Desk::named(desk.tuesday, at(10)));
    REQUIRE(third.ok());
    CHECK_FALSE(third->booked());
    // 9:30–10:00 meets only the 10:00 one (with its buffer); 10:30 meets both.
    auto slots = service.freeSlots(desk.tuesday, desk.tuesday, 30);
    REQUIRE(slots.ok());
    CHECK(starts(*slots).contains(QStringLiteral("05 09:30")));
    CHECK_FALSE(starts(*slots).contains(QStringLiteral("05 10:30")));
    CHECK_FALSE(starts(*slots).contains(QStringLiteral("05 11:00")));
    CHECK(starts(*slots).contains(QStringLiteral("05 11:30")));
    CHECK(starts(*slots).contains(QStringLiteral("05 12:00")));
}

TEST_CASE("the visitor is a borrower by card, a named visitor or anonymous")
{
    Desk desk;
    Borrowers borrowers(desk.cat.db(), desk.cat.clock());
    auto category = borrowers.categoryByCode(QStringLiteral("professionnel"));
    REQUIRE(category.ok());
    Borrower b;
    b.name = QStringLiteral("Martin, Paul");
    b.card = QStringLiteral("CARD-9");
    b.categoryId = (*category)->id;
    b.structure = QStringLiteral("Plaine Commune");
    b.structureType = StructureType::Intercommunality;
    b.commune = QStringLiteral("Saint-Denis");
    b.email = QStringLiteral("p.martin@example.org");
    auto borrowerId = borrowers.add(b);
    REQUIRE(borrowerId.ok());

    Appointment a = Desk::named(desk.tuesday, at(14));
    a.visitor = {};
    a.visitor.kind = Visitor::Kind::Borrower;
    a.visitor.card = QStringLiteral("CARD-9");
    const qint64 id = desk.bookOk(a);
    auto service = desk.service();
    auto found = service.find(id);
    REQUIRE(found.ok());
    CHECK((*found)->visitor.borrowerId == *borrowerId);
    CHECK((*found)->visitor.name == QStringLiteral("Martin, Paul"));
    CHECK((*found)->visitor.contact == QStringLiteral("p.martin@example.org"));
    CHECK((*found)->visitor.structureType == StructureType::Intercommunality);
    // The borrower's name is not copied into the appointment.
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment WHERE name <> ''")) == 0);

    a.visitor.card = QStringLiteral("NO-SUCH-CARD");
    a.startMin = at(16);
    auto unknown = service.book(a);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("NO-SUCH-CARD")));

    Appointment anonymous = Desk::named(desk.tuesday, at(16));
    anonymous.visitor.kind = Visitor::Kind::Anonymous;
    const qint64 anonymousId = desk.bookOk(anonymous);
    auto anon = service.find(anonymousId);
    REQUIRE(anon.ok());
    CHECK((*anon)->visitor.name.isEmpty());
    CHECK((*anon)->visitor.contact.isEmpty());
    CHECK((*anon)->visitor.commune == QStringLiteral("Bobigny"));
    CHECK(Appointments::visitorLabel((*anon)->visitor).contains(QStringLiteral("Bobigny")));

    Appointment nameless = Desk::named(QDate(2027, 1, 6), at(10));
    nameless.visitor.name = QStringLiteral("  ");
    CHECK_FALSE(service.book(nameless).ok());
    Appointment badSubject = Desk::named(QDate(2027, 1, 6), at(10));
    badSubject.subjects = {QStringLiteral("Pas un descripteur du tout")};
    auto refused = service.book(badSubject);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("Pas un descripteur du tout")));
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment")) == 2);
}

TEST_CASE("moving, cancelling and closing an appointment keep the checks and the monthly totals")
{
    Desk desk;
    Appointment a = Desk::named(desk.tuesday, at(10));
    a.subjects = {QStringLiteral("Logement social")};
    const qint64 id = desk.bookOk(a);
    const qint64 other = desk.bookOk(Desk::named(desk.tuesday, at(14)));
    auto service = desk.service();

    // Saved again at the same time: it does not collide with itself.
    auto same = service.find(id);
    REQUIRE(same.ok());
    Appointment edited = **same;
    edited.notes = QStringLiteral("Confirmé par téléphone");
    edited.status = AppointmentStatus::Confirmed;
    auto saved = service.update(edited);
    REQUIRE(saved.ok());
    CHECK(saved->booked());

    auto onto = service.move(id, desk.tuesday, at(14, 30));
    REQUIRE(onto.ok());
    CHECK_FALSE(onto->booked());
    CHECK(onto->refusal.contains(QStringLiteral("14:00–15:00")));
    auto moved = service.move(id, QDate(2027, 1, 6), at(9, 30));
    REQUIRE(moved.ok());
    CHECK(moved->booked());
    CHECK((*service.find(id))->day == QDate(2027, 1, 6));

    // Done before it took place: refused.
    CHECK_FALSE(service.setStatus(id, AppointmentStatus::Done).ok());
    // Cancelling frees the slot.
    REQUIRE(service.setStatus(other, AppointmentStatus::Cancelled).ok());
    CHECK(desk.bookOk(Desk::named(desk.tuesday, at(14))) > 0);
    auto listed = service.between(desk.tuesday, desk.tuesday);
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
    CHECK(service.between(desk.tuesday, desk.tuesday, true)->size() == 2);

    desk.cat.clock().set(QDateTime(QDate(2027, 1, 7), QTime(8, 0), Qt::UTC));
    auto later = desk.service();
    REQUIRE(later.setStatus(id, AppointmentStatus::Done).ok());
    auto month = [&](const char* event, const char* dimension, const QString& value) {
        return desk.cat.scalar(
            QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM visit_month WHERE month = "
                           "'2027-01' AND event = '%1' AND dimension = '%2' AND value = '%3'")
                .arg(QLatin1String(event), QLatin1String(dimension), value));
    };
    CHECK(month("booked", "all", "all") == 3);
    CHECK(month("cancelled", "all", "all") == 1);
    CHECK(month("done", "all", "all") == 1);
    CHECK(month("done", "topic", "Logement social") == 1);
    CHECK(month("done", "purpose", "research_help") == 1);
    CHECK(month("done", "commune", "Bobigny") == 1);
    // Corrected to "did not come": the counts follow.
    REQUIRE(later.setStatus(id, AppointmentStatus::NoShow).ok());
    CHECK(month("done", "all", "all") == 0);
    CHECK(month("no_show", "all", "all") == 1);
    CHECK(month("booked", "all", "all") == 3);
    auto totals = later.totals(QStringLiteral("2027-01"), QStringLiteral("2027-01"));
    REQUIRE(totals.ok());
    CHECK_FALSE(totals->isEmpty());
}

TEST_CASE("two windows booking the same slot at the same moment: one succeeds, the other is offered another")
{
    Desk desk;
    const QString path = desk.cat.path();
    std::atomic<int> booked{0}, refused{0}, failed{0};
    QList<QStringList> offered(2);
    auto window = [&](int n) {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            ++failed;
            return;
        }
        FixedClock clock(desk.cat.clock().now());
        Appointments service(**db, clock, desk.calendar, desk.hours);
        auto b = service.book(Desk::named(desk.tuesday, at(10)));
        if (!b)
            ++failed;
        else if (b->booked())
            ++booked;
        else {
            ++refused;
            offered[n] = starts(b->nearest);
        }
    };
    QThread* a = QThread::create(window, 0);
    QThread* b = QThread::create(window, 1);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    CHECK(failed == 0);
    CHECK(booked == 1);
    CHECK(refused == 1);
    CHECK((offered[0] + offered[1]).first() == QStringLiteral("05 11:30"));
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment")) == 1);
}

TEST_CASE("hours are the centre's, across the change to summer time")
{
    Desk desk;
    desk.hours.leadDays = 0;
    // Tuesday 30 March 2027 (after Easter Monday), 9:00 in Paris, summer
    // time since Sunday: 7:00 UTC.
    desk.cat.clock().set(QDateTime(QDate(2027, 3, 30), QTime(7, 0), Qt::UTC));
    auto service = desk.service();
    auto slots = service.freeSlots(QDate(2027, 3, 30), QDate(2027, 3, 30), 30);
    REQUIRE(slots.ok());
    REQUIRE_FALSE(slots->isEmpty());
    CHECK(slots->first().startMin == at(9, 30));
    desk.cat.clock().set(QDateTime(QDate(2027, 3, 30), QTime(8, 0), Qt::UTC)); // 10:00 in Paris
    auto later = desk.service().freeSlots(QDate(2027, 3, 30), QDate(2027, 3, 30), 30);
    REQUIRE(later.ok());
    CHECK(later->first().startMin == at(10, 30));
    CHECK_FALSE(desk.service().refusal(QDate(2027, 3, 29), at(10), 30)->isEmpty()); // Easter Monday
    auto past = desk.service().book(Desk::named(QDate(2027, 3, 30), at(9, 30), 30));
    REQUIRE(past.ok());
    CHECK_FALSE(past->booked());
}

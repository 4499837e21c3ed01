#include "core/circulation/Circulation.h"
#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

const QTimeZone kParis("Europe/Paris");

// A catalogue with a few records and copies, three borrowers, and a desk.
struct Desk
{
    TestCatalogue cat;
    QList<qint64> records;
    qint64 marie = 0, paul = 0, lea = 0;

    Desk()
    {
        // Monday 1 March 2027, 10:00 in Paris.
        cat.clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
        RecordRepository repository(cat.db(), cat.clock());
        auto add = [&](DocumentType type, const QString& title, const QList<Copy>& copies) {
            Record r;
            r.type = type;
            r.title = title;
            r.subjects = {QStringLiteral("Logement social")};
            r.copies = copies;
            auto id = repository.add(r);
            REQUIRE(id.ok());
            records.append(*id);
        };
        auto copy = [](const char* barcode, CopyStatus status = CopyStatus::Available) {
            return Copy{0, QLatin1String(barcode), QStringLiteral("LOG 1"), QStringLiteral("Salle"), status,
                        {}};
        };
        add(DocumentType::Book, QStringLiteral("Le logement social"), {copy("B1"), copy("B2")});
        add(DocumentType::Study, QStringLiteral("Études urbaines"), {copy("S1")});
        add(DocumentType::Dossier, QStringLiteral("Dossier de presse"), {copy("D1")});
        add(DocumentType::Guide, QStringLiteral("Guide"),
            {copy("G1", CopyStatus::ReferenceOnly), copy("G2", CopyStatus::Withdrawn),
             copy("G3", CopyStatus::Lost)});
        add(DocumentType::Book, QStringLiteral("Cinq livres"),
            {copy("C1"), copy("C2"), copy("C3"), copy("C4"), copy("C5"), copy("C6")});
        Borrowers borrowers(cat.db(), cat.clock());
        marie = addBorrower(QStringLiteral("Dupont, Marie"), QStringLiteral("CARD-1"),
                            QStringLiteral("professionnel"));
        paul = addBorrower(QStringLiteral("Martin, Paul"), QStringLiteral("CARD-2"),
                           QStringLiteral("professionnel"));
        lea = addBorrower(QStringLiteral("Petit, Léa"), QStringLiteral("CARD-3"), QStringLiteral("etudiant"));
    }

    qint64 addBorrower(const QString& name, const QString& card, const QString& category)
    {
        Borrowers borrowers(cat.db(), cat.clock());
        auto c = borrowers.categoryByCode(category);
        REQUIRE(c.ok());
        REQUIRE(c->has_value());
        Borrower b;
        b.name = name;
        b.card = card;
        b.categoryId = (*c)->id;
        b.structureType = StructureType::Commune;
        b.commune = QStringLiteral("Sarcelles");
        auto id = borrowers.add(b);
        REQUIRE(id.ok());
        return *id;
    }

    Circulation desk()
    {
        auto calendar = Calendar::load(cat.db(), kParis);
        REQUIRE(calendar.ok());
        auto settings = CirculationSettings::load(cat.db());
        REQUIRE(settings.ok());
        return Circulation(cat.db(), cat.clock(), *calendar, *settings);
    }

    qint64 total(const QString& event, const QString& dimension = QStringLiteral("all"),
                 const QString& value = {})
    {
        QSqlQuery q(cat.db().connection());
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM circulation_month WHERE event = ? AND "
                                 "dimension = ? AND value = ?"));
        q.addBindValue(event);
        q.addBindValue(dimension);
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("a copy is lent, renewed and returned; due dates fall on opening days")
{
    Desk d;
    Circulation desk = d.desk();
    CHECK(desk.today() == QDate(2027, 3, 1));
    auto out = desk.checkout(QStringLiteral("B1"), d.marie);
    REQUIRE(out.ok());
    CHECK(out->loan.title == QStringLiteral("Le logement social"));
    CHECK(out->loan.out == QDate(2027, 3, 1));
    CHECK(out->loan.due == QDate(2027, 3, 22)); // 21 days, a Monday
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM copy_state WHERE barcode = 'B1' AND status = "
                                      "'on_loan'")) == 1);
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE entity = 'copy'")) == 1);
    CHECK(d.total(QStringLiteral("loan")) == 1);
    CHECK(d.total(QStringLiteral("loan"), QStringLiteral("category"), QStringLiteral("professionnel")) == 1);
    CHECK(d.total(QStringLiteral("loan"), QStringLiteral("document_type"), QStringLiteral("book")) == 1);
    CHECK(d.total(QStringLiteral("loan"), QStringLiteral("commune"), QStringLiteral("Sarcelles")) == 1);

    // Lent on Friday 11 December 2026 (a paper slip): 21 days is New Year's Day, so Monday 4 January.
    auto slip = desk.checkout(QStringLiteral("S1"), d.paul, QDate(2026, 12, 11));
    REQUIRE(slip.ok());
    CHECK(slip->loan.due == QDate(2027, 1, 4));
    // Lent on Tuesday 8 February 2028: due on the 29th.
    auto leap = desk.checkout(QStringLiteral("C1"), d.paul, QDate(2028, 2, 8));
    REQUIRE(leap.ok());
    CHECK(leap->loan.due == QDate(2028, 2, 29));

    // Renewed once (the professional rule), from today.
    d.cat.clock().set(QDateTime(QDate(2027, 3, 15), QTime(9, 0), Qt::UTC));
    auto renewed = desk.renew(QStringLiteral("B1"));
    REQUIRE(renewed.ok());
    CHECK(renewed->previousDue == QDate(2027, 3, 22));
    CHECK(renewed->loan.due == QDate(2027, 4, 5)); // Easter Monday 29 March is not in the way
    auto twice = desk.renew(QStringLiteral("B1"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorMessage().contains(QStringLiteral("renewed 1 time")));

    auto back = desk.checkin(QStringLiteral("B1"));
    REQUIRE(back.ok());
    CHECK_FALSE(back->late);
    CHECK(back->loan.returned == QDate(2027, 3, 15));
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM copy_state WHERE barcode = 'B1' AND status = "
                                      "'available'")) == 1);
    auto again = desk.checkin(QStringLiteral("B1"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("not on loan")));

    // The 4 January loan comes back late and is counted late once.
    auto late = desk.checkin(QStringLiteral("S1"));
    REQUIRE(late.ok());
    CHECK(late->late);
    CHECK(d.total(QStringLiteral("late")) == 1);
    CHECK(d.total(QStringLiteral("return")) == 2);
    CHECK(d.total(QStringLiteral("renewal")) == 1);

    auto history = desk.loans({d.marie, 0, 0, false, false, 100, {}, {}});
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().returned == QDate(2027, 3, 15));
}

TEST_CASE("the desk refuses what cannot go out and says why")
{
    Desk d;
    Circulation desk = d.desk();
    auto refused = [&](const char* barcode, qint64 borrower, const char* why) {
        INFO(barcode);
        auto r = desk.checkout(QLatin1String(barcode), borrower);
        REQUIRE_FALSE(r.ok());
        INFO(r.errorMessage().toStdString());
        CHECK(r.errorMessage().contains(QString::fromUtf8(why)));
    };
    refused("NOPE", d.marie, "Unknown copy");
    refused("G1", d.marie, "reference only");
    refused("G2", d.marie, "withdrawn");
    refused("G3", d.marie, "lost");
    refused("D1", d.marie, "on site only"); // thematic dossiers are consulted on site
    CHECK_FALSE(desk.checkout(QStringLiteral("B1"), 9999).ok());

    // A student takes three at once, not four.
    for (const char* b : {"C1", "C2", "C3"})
        REQUIRE(desk.checkout(QLatin1String(b), d.lea).ok());
    refused("C4", d.lea, "limit reached");
    // Out already: to whom, since when.
    refused("C1", d.marie, "Petit, Léa");
    refused("C1", d.lea, "renew it instead");
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan")) == 3);
    CHECK(d.total(QStringLiteral("loan")) == 3);
}

TEST_CASE("two desks lending the same copy: one wins, the other is told who")
{
    Desk d;
    auto other = d.cat.openAgain();
    Circulation first = d.desk();
    auto calendar = Calendar::load(*other, kParis);
    REQUIRE(calendar.ok());
    Circulation second(*other, d.cat.clock(), *calendar);
    REQUIRE(first.checkout(QStringLiteral("B1"), d.marie).ok());
    auto lost = second.checkout(QStringLiteral("B1"), d.paul);
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.errorMessage().contains(QStringLiteral("Dupont, Marie")));
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE returned_on IS NULL")) == 1);
    // The database itself refuses a second open loan of a copy.
    QSqlQuery q(d.cat.db().connection());
    CHECK_FALSE(
        q.exec(QStringLiteral("INSERT INTO loan (copy_id, borrower_id, out_on, due_on) SELECT copy_id, "
                              "borrower_id, out_on, due_on FROM loan")));
}

TEST_CASE("a hold queues, a return sets the copy aside, a pick-up limit expires to the next one")
{
    Desk d;
    Circulation desk = d.desk();
    REQUIRE(desk.checkout(QStringLiteral("S1"), d.marie).ok());
    auto paulHold = desk.placeHold(d.records[1], d.paul);
    REQUIRE(paulHold.ok());
    CHECK(paulHold->status == HoldInfo::Status::Waiting);
    CHECK(paulHold->position == 1);
    auto leaHold = desk.placeHold(d.records[1], d.lea);
    REQUIRE(leaHold.ok());
    CHECK(leaHold->position == 2);
    CHECK_FALSE(desk.placeHold(d.records[1], d.lea).ok());   // already holds it
    CHECK_FALSE(desk.placeHold(d.records[1], d.marie).ok()); // has it on loan

    // Someone waits: no renewal.
    auto renewal = desk.renew(QStringLiteral("S1"));
    REQUIRE_FALSE(renewal.ok());
    CHECK(renewal.errorMessage().contains(QStringLiteral("Martin, Paul")));

    // Returned on Thursday 4 March 2027: set aside for Paul, five opening days.
    d.cat.clock().set(QDateTime(QDate(2027, 3, 4), QTime(9, 0), Qt::UTC));
    auto back = desk.checkin(QStringLiteral("S1"));
    REQUIRE(back.ok());
    REQUIRE(back->setAside.has_value());
    CHECK(back->setAside->borrowerName == QStringLiteral("Martin, Paul"));
    CHECK(back->setAside->pickupBy == QDate(2027, 3, 11));
    auto someoneElse = desk.checkout(QStringLiteral("S1"), d.lea);
    REQUIRE_FALSE(someoneElse.ok());
    CHECK(someoneElse.errorMessage().contains(QStringLiteral("held for Martin, Paul")));

    // Paul does not come; on the 12th his hold expires and Léa's becomes ready.
    auto expired = desk.expireHolds(QDate(2027, 3, 12));
    REQUIRE(expired.ok());
    REQUIRE(expired->size() == 1);
    CHECK(expired->first().borrowerId == d.paul);
    auto ready = desk.holds({0, d.records[1], true, true});
    REQUIRE(ready.ok());
    REQUIRE(ready->size() == 1);
    CHECK(ready->first().borrowerId == d.lea);
    CHECK(ready->first().barcode == QStringLiteral("S1"));
    // Léa collects it: her hold is fulfilled by the loan.
    auto collected = desk.checkout(QStringLiteral("S1"), d.lea, QDate(2027, 3, 12));
    REQUIRE(collected.ok());
    CHECK(collected->collectedHoldId == leaHold->id);
    CHECK(desk.holds({0, d.records[1], true, false})->isEmpty());

    // A hold on a record with a copy on the shelf is ready at once.
    auto now = desk.placeHold(d.records[0], d.paul);
    REQUIRE(now.ok());
    CHECK(now->status == HoldInfo::Status::Ready);
    CHECK(now->barcode == QStringLiteral("B1"));
    REQUIRE(desk.cancelHold(now->id).ok());
    CHECK_FALSE(desk.cancelHold(now->id).ok());
}

TEST_CASE("the desk's last action can be undone, totals included")
{
    Desk d;
    Circulation desk = d.desk();
    auto out = desk.checkout(QStringLiteral("B1"), d.marie);
    REQUIRE(out.ok());
    REQUIRE(desk.undoCheckout(*out).ok());
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan")) == 0);
    CHECK(d.total(QStringLiteral("loan")) == 0);
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM copy_state WHERE barcode = 'B1' AND status = "
                                      "'available'")) == 1);

    REQUIRE(desk.checkout(QStringLiteral("S1"), d.marie).ok());
    REQUIRE(desk.placeHold(d.records[1], d.paul).ok());
    auto back = desk.checkin(QStringLiteral("S1"));
    REQUIRE(back.ok());
    REQUIRE(back->setAside.has_value());
    REQUIRE(desk.undoCheckin(*back).ok());
    CHECK(desk.openLoan(QStringLiteral("S1"))->has_value());
    CHECK(d.total(QStringLiteral("return")) == 0);
    auto holds = desk.holds({0, d.records[1], true, false});
    REQUIRE(holds->size() == 1);
    CHECK(holds->first().status == HoldInfo::Status::Waiting);
    CHECK(holds->first().copyId == 0);
}

TEST_CASE("a closure moves the due dates and pick-up limits that fall inside it")
{
    Desk d;
    Circulation desk = d.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), d.marie).ok()); // due 22 March
    REQUIRE(desk.checkout(QStringLiteral("B2"), d.paul).ok());
    REQUIRE(desk.placeHold(d.records[1], d.lea).ok()); // ready, pick up by 8 March
    auto inside = desk.datesInside(QDate(2027, 3, 8), QDate(2027, 3, 26));
    REQUIRE(inside.ok());
    CHECK(inside->dueDates == 2);
    CHECK(inside->pickupLimits == 1);
    REQUIRE(Calendar::addClosure(d.cat.db(), QDate(2027, 3, 8), QDate(2027, 3, 26), QStringLiteral("Travaux"))
                .ok());
    Circulation reopened = d.desk();
    auto moved = reopened.moveDatesOutOf(QDate(2027, 3, 8), QDate(2027, 3, 26));
    REQUIRE(moved.ok());
    CHECK(moved->dueDates == 2);
    CHECK(moved->pickupLimits == 1);
    // Friday 26 March, then the weekend and Easter Monday.
    CHECK((*reopened.openLoan(QStringLiteral("B1")))->due == QDate(2027, 3, 30));
    CHECK(reopened.datesInside(QDate(2027, 3, 8), QDate(2027, 3, 26))->dueDates == 0);
}

TEST_CASE("borrowers: required fields, unique cards, duplicates pointed out, rules checked")
{
    Desk d;
    Borrowers borrowers(d.cat.db(), d.cat.clock());
    Borrower b;
    CHECK(borrowers.problems(b).size() == 3); // name, card, category
    b.name = QStringLiteral("Marie Dupont");
    b.card = QStringLiteral("CARD-1");
    b.categoryId = 1;
    auto taken = borrowers.add(b);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.errorMessage().contains(QStringLiteral("CARD-1")));
    b.card = QStringLiteral("B1"); // a copy's barcode
    CHECK_FALSE(borrowers.add(b).ok());
    b.card = QStringLiteral("CARD-9");
    b.email = QStringLiteral("pas une adresse");
    CHECK_FALSE(borrowers.add(b).ok());
    b.email.clear();

    // "Marie Dupont" and "Dupont, Marie" with the same (empty) structure.
    auto dupes = borrowers.possibleDuplicates(b);
    REQUIRE(dupes.ok());
    REQUIRE(dupes->size() == 1);
    CHECK(dupes->first().id == d.marie);
    b.name = QStringLiteral("Dupond, Marie");
    CHECK(borrowers.possibleDuplicates(b)->size() == 1);
    b.name = QStringLiteral("Durand, Jeanne");
    CHECK(borrowers.possibleDuplicates(b)->isEmpty());

    LoanRule zero;
    zero.loanDays = 0;
    auto refused = borrowers.setRules(1, {zero});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("1 to 365")));
    CHECK(borrowers.category(1)->value().ruleFor(QString()).loanDays == 21); // nothing written

    // Deleting a borrower with a loan out is refused; after the return, their history stays anonymous.
    Circulation desk = d.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), d.paul).ok());
    CHECK_FALSE(borrowers.remove(d.paul).ok());
    REQUIRE(desk.checkin(QStringLiteral("B1")).ok());
    REQUIRE(borrowers.remove(d.paul).ok());
    CHECK(d.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id IS NULL")) == 1);
    CHECK(d.total(QStringLiteral("loan")) == 1);
}

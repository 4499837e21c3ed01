#include "core/catalog/Periodicals.h"

#include "core/catalog/RecordRepository.h"
#include "core/output/ClaimLetters.h"
#include "core/storage/Database.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

struct Shelf
{
    TestCatalogue cat;
    Periodicals periodicals{cat.db(), cat.clock()};

    Shelf() { cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC)); }

    // A monthly review: no. 40 expected on 5 September 2026.
    qint64 monthly()
    {
        Periodical p;
        p.title = QStringLiteral("Territoires");
        p.issn = QStringLiteral("0399-0648");
        p.publisher = QStringLiteral("Association pour la démocratie et l’éducation locale et sociale");
        p.publisherAddress = QStringLiteral("10 rue Primo-Levi\n75013 Paris");
        p.frequency = Frequency::Monthly;
        p.firstNumber = 40;
        p.firstExpected = QDate(2026, 9, 5);
        p.graceDays = 20;
        p.callNumber = QStringLiteral("REV TER");
        auto id = periodicals.add(p);
        INFO((id ? QString() : id.errorMessage()).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

QList<int> numbers(const QList<Periodicals::Late>& late)
{
    QList<int> out;
    for (const auto& l : late)
        out.append(l.issue.number);
    return out;
}

} // namespace

TEST_CASE("a periodical's expected issues follow its frequency and numbering")
{
    Periodical p;
    p.firstNumber = 1;
    p.firstExpected = QDate(2027, 1, 31);
    p.frequency = Frequency::Monthly;
    CHECK(Periodicals::expectedDay(p, 1) == QDate(2027, 1, 31));
    CHECK(Periodicals::expectedDay(p, 2) == QDate(2027, 2, 28)); // the end of a short month
    CHECK(Periodicals::expectedDay(p, 13) == QDate(2028, 1, 31));
    p.frequency = Frequency::Weekly;
    CHECK(Periodicals::expectedDay(p, 3) == QDate(2027, 2, 14));
    p.frequency = Frequency::Quarterly;
    CHECK(Periodicals::expectedDay(p, 5) == QDate(2028, 1, 31));
    p.frequency = Frequency::Irregular;
    CHECK_FALSE(Periodicals::expectedDay(p, 2).isValid());
    CHECK_FALSE(Periodicals::expectedDay(p, 0).isValid()); // before the first
}

TEST_CASE("receiving an issue creates its periodical-issue record with a copy; twice is refused")
{
    Shelf shelf;
    const qint64 id = shelf.monthly();
    Periodicals::Receipt r;
    r.periodicalId = id;
    r.day = QDate(2026, 9, 8);
    r.summary = QStringLiteral("Dossier : la participation des habitants");
    r.barcode = QStringLiteral("P-40");
    auto received = shelf.periodicals.receive(r);
    REQUIRE(received.ok());
    CHECK(received->number == 40); // the first expected
    auto record = RecordRepository(shelf.cat.db(), shelf.cat.clock()).get(received->recordId);
    REQUIRE(record.ok());
    CHECK(record->type == DocumentType::PeriodicalIssue);
    CHECK(record->containerTitle == QStringLiteral("Territoires"));
    CHECK(record->issn == QStringLiteral("0399-0648"));
    CHECK(record->issue == QStringLiteral("40"));
    CHECK(record->date == QStringLiteral("2026-09"));
    CHECK(record->abstract == r.summary);
    REQUIRE(record->copies.size() == 1);
    CHECK(record->copies.first().barcode == QStringLiteral("P-40"));
    CHECK(record->copies.first().callNumber == QStringLiteral("REV TER"));

    auto next = shelf.periodicals.nextExpected(id);
    REQUIRE(next.ok());
    CHECK((*next)->number == 41);
    CHECK((*next)->expected == QDate(2026, 10, 5));

    r.number = 40;
    r.barcode.clear();
    auto twice = shelf.periodicals.receive(r);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorMessage().contains(QStringLiteral("08/09/2026")));
    r.number = 12;
    CHECK_FALSE(shelf.periodicals.receive(r).ok()); // before the numbering starts
    // The refused receipts wrote no record.
    CHECK(shelf.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 1);
}

TEST_CASE("a scanned EAN-13 receives its title's issue, with the add-on's number")
{
    Shelf shelf;
    const qint64 id = shelf.monthly();
    // 977 + 0399064 + 00 + check: the ISSN 0399-0648 of the title.
    auto plain = shelf.periodicals.receiveScanned(QStringLiteral("9770399064006"), QDate(2026, 9, 6));
    INFO((plain ? QString() : plain.errorMessage()).toStdString());
    REQUIRE(plain.ok());
    CHECK(plain->number == 40);
    // With the two-digit add-on 43: issue 43, ahead of 41 and 42.
    auto addOn = shelf.periodicals.receiveScanned(QStringLiteral("977039906400643"), QDate(2026, 12, 7));
    REQUIRE(addOn.ok());
    CHECK(addOn->number == 43);
    CHECK(shelf.periodicals.nextExpected(id)->value().number == 41);
    // Typed as an ISSN.
    auto typed = shelf.periodicals.receiveScanned(QStringLiteral("0399-0648"));
    REQUIRE(typed.ok());
    CHECK(typed->number == 41);
    auto unknown = shelf.periodicals.receiveScanned(QStringLiteral("9771234567003"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("9771234567003")));
    CHECK_FALSE(shelf.periodicals.receiveScanned(QStringLiteral("n'importe quoi")).ok());
    auto misread = shelf.periodicals.receiveScanned(QStringLiteral("9770399064007"));
    REQUIRE_FALSE(misread.ok());
    CHECK(misread.errorMessage().contains(QStringLiteral("EAN-13")));
}

TEST_CASE("late issues are listed after their grace days, and a claim letter is written to the publisher")
{
    Shelf shelf;
    const qint64 id = shelf.monthly();
    Periodicals::Receipt r;
    r.periodicalId = id;
    r.number = 41;
    r.day = QDate(2026, 10, 6);
    REQUIRE(shelf.periodicals.receive(r).ok());
    // On 4 January: 40 (5 Sept), 42 (5 Nov) and 43 (5 Dec) are late; 44 (5 Jan) is not due.
    auto late = shelf.periodicals.late(QDate(2027, 1, 4));
    REQUIRE(late.ok());
    CHECK(numbers(*late) == QList<int>{40, 42, 43});
    CHECK(late->first().daysLate == 121);
    // On 20 December 43 is within its grace days.
    CHECK(numbers(*shelf.periodicals.late(QDate(2026, 12, 20))) == QList<int>{40, 42});

    const QString path = shelf.cat.dir() + QStringLiteral("/relance.pdf");
    REQUIRE(ClaimLetters::write(shelf.cat.db(), shelf.cat.clock(), *late, QDate(2027, 1, 4), path).ok());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Territoires")));
    CHECK(text.contains(QStringLiteral("0399-0648")));
    CHECK(text.contains(QStringLiteral("75013 Paris")));
    CHECK(text.contains(QStringLiteral("5 septembre 2026")));
    CHECK(text.contains(QStringLiteral("5 décembre 2026")));
    // Claimed: the next list says so.
    auto again = shelf.periodicals.late(QDate(2027, 1, 4));
    REQUIRE(again.ok());
    REQUIRE(again->size() == 3);
    CHECK(again->first().issue.claims == 1);
    CHECK(again->first().issue.claimed == QDate(2027, 1, 4));
    // Received after the claim: no longer late.
    r.number = 40;
    REQUIRE(shelf.periodicals.receive(r).ok());
    CHECK(numbers(*shelf.periodicals.late(QDate(2027, 1, 4))) == QList<int>{42, 43});

    CHECK_FALSE(ClaimLetters::write(shelf.cat.db(), shelf.cat.clock(), {}, QDate(2027, 1, 4), path).ok());
    CHECK_FALSE(ClaimLetters::write(shelf.cat.db(), shelf.cat.clock(), *late, QDate(2027, 1, 4),
                                    path + QStringLiteral(".doc"))
                    .ok());
}

TEST_CASE("the centre's newsletter keeps each issue's print run and mailing count; bad titles are refused")
{
    Shelf shelf;
    Periodical own;
    own.title = QStringLiteral("La Lettre du centre");
    own.frequency = Frequency::Monthly;
    own.own = true;
    own.firstExpected = QDate(2026, 1, 15);
    auto id = shelf.periodicals.add(own);
    REQUIRE(id.ok());
    Periodicals::Receipt r;
    r.periodicalId = *id;
    r.day = QDate(2026, 1, 15);
    r.printRun = 2300;
    r.mailed = 2150;
    auto received = shelf.periodicals.receive(r);
    REQUIRE(received.ok());
    auto issues = shelf.periodicals.issues(*id, QDate(2026, 3, 1));
    REQUIRE(issues.ok());
    REQUIRE(issues->size() == 2); // no. 2 expected on 15 February
    CHECK(issues->at(1).printRun == 2300);
    CHECK(issues->at(1).mailed == 2150);
    CHECK_FALSE(issues->at(0).received.isValid());
    REQUIRE(shelf.periodicals.setCirculation(received->issueId, 2400, 2200).ok());
    CHECK(shelf.periodicals.issues(*id, QDate(2026, 1, 31))->first().printRun == 2400);
    CHECK_FALSE(shelf.periodicals.setCirculation(received->issueId, -1, 0).ok());

    Periodical same = own;
    same.title = QStringLiteral("la lettre du CENTRE");
    CHECK_FALSE(shelf.periodicals.add(same).ok());
    Periodical badIssn;
    badIssn.title = QStringLiteral("Autre revue");
    badIssn.issn = QStringLiteral("0399-0649");
    badIssn.firstExpected = QDate(2026, 1, 1);
    CHECK_FALSE(shelf.periodicals.add(badIssn).ok());
    Periodical noDay;
    noDay.title = QStringLiteral("Sans date");
    CHECK_FALSE(shelf.periodicals.add(noDay).ok());
    noDay.frequency = Frequency::Irregular;
    auto irregular = shelf.periodicals.add(noDay);
    INFO((irregular ? QString() : irregular.errorMessage()).toStdString());
    CHECK(irregular.ok()); // an irregular title expects nothing

    Periodical fromJson;
    REQUIRE(Periodicals::apply(QJsonDocument::fromJson(R"({"title": "Diversité", "frequency": "quarterly",
        "firstNumber": 200, "firstExpected": "2027-03-01", "own": false})")
                                   .object(),
                               fromJson)
                .ok());
    CHECK(fromJson.frequency == Frequency::Quarterly);
    CHECK(fromJson.firstNumber == 200);
    CHECK_FALSE(
        Periodicals::apply(QJsonDocument::fromJson(R"({"frequency": "daily"})").object(), fromJson).ok());
    CHECK_FALSE(Periodicals::apply(QJsonDocument::fromJson(R"({"colour": "red"})").object(), fromJson).ok());
    CHECK_FALSE(
        Periodicals::apply(QJsonDocument::fromJson(R"({"firstNumber": "x"})").object(), fromJson).ok());
}

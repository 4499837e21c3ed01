#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {
const QTimeZone kParis("Europe/Paris");
}

TEST_CASE("Easter and the French public holidays are computed for any year")
{
    CHECK(Calendar::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(Calendar::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(Calendar::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(Calendar::easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(Calendar::easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible
    CHECK(Calendar::easterSunday(2285) == QDate(2285, 3, 22)); // the earliest possible

    // 2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
    for (const QDate& d : {QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 8),
                           QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 7, 14), QDate(2026, 8, 15),
                           QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)}) {
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(Calendar::publicHoliday(d).isEmpty());
    }
    CHECK(Calendar::publicHoliday(QDate(2026, 4, 5)).isEmpty()); // Easter Sunday is a Sunday anyway
    CHECK(Calendar::publicHoliday(QDate(2026, 4, 7)).isEmpty());
    CHECK(Calendar::publicHoliday(QDate(2026, 12, 26)).isEmpty());
}

TEST_CASE("a date on a closed day moves to the next opening day")
{
    const Calendar calendar({1, 2, 3, 4, 5},
                            {{1, QDate(2027, 8, 1), QDate(2027, 8, 22), QStringLiteral("Été")}}, kParis);
    CHECK(calendar.isOpen(QDate(2027, 7, 30)));                            // a Friday
    CHECK(calendar.nextOpenDay(QDate(2027, 7, 31)) == QDate(2027, 8, 23)); // Saturday, then the closure
    CHECK(calendar.closedReason(QDate(2027, 8, 10)) == QStringLiteral("Été"));
    CHECK(calendar.nextOpenDay(QDate(2027, 5, 6)) == QDate(2027, 5, 7));   // Ascension Thursday -> Friday
    CHECK(calendar.nextOpenDay(QDate(2027, 1, 1)) == QDate(2027, 1, 4));   // New Year, a Friday -> Monday
    CHECK(calendar.nextOpenDay(QDate(2028, 2, 29)) == QDate(2028, 2, 29)); // a Tuesday, leap day
    CHECK(calendar.nextOpenDay(QDate(2028, 12, 30)) == QDate(2029, 1, 2)); // over the year's end
    // Five opening days after Thursday 23 December 2027: 24, 27, 28, 29, 30 (Christmas a Saturday).
    CHECK(calendar.addOpeningDays(QDate(2027, 12, 23), 5) == QDate(2027, 12, 30));
    CHECK(calendar.addOpeningDays(QDate(2027, 12, 24), 1) == QDate(2027, 12, 27));
}

TEST_CASE("today is the centre's date, across both daylight-saving changes")
{
    const Calendar calendar({1, 2, 3, 4, 5}, {}, kParis);
    // 27 March 2027, 23:30 UTC is already Sunday the 28th, 00:30 in Paris.
    FixedClock clock(QDateTime(QDate(2027, 3, 27), QTime(23, 30), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 3, 28));
    // Clocks go forward at 01:00 UTC: 01:30 UTC is 03:30 in Paris, same day.
    clock.set(QDateTime(QDate(2027, 3, 28), QTime(1, 30), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 3, 28));
    clock.set(QDateTime(QDate(2027, 3, 28), QTime(21, 59), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 3, 28));
    clock.set(QDateTime(QDate(2027, 3, 28), QTime(22, 0), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 3, 29));
    // Clocks go back on 31 October 2027 at 01:00 UTC; 22:30 UTC on the 30th is the 31st in Paris.
    clock.set(QDateTime(QDate(2027, 10, 30), QTime(22, 30), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 10, 31));
    clock.set(QDateTime(QDate(2027, 10, 31), QTime(22, 59), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 10, 31));
    clock.set(QDateTime(QDate(2027, 10, 31), QTime(23, 0), Qt::UTC));
    CHECK(calendar.today(clock) == QDate(2027, 11, 1));
}

TEST_CASE("closures and opening days are kept in the catalogue, bad ones refused")
{
    TestCatalogue cat;
    auto id = Calendar::addClosure(cat.db(), QDate(2027, 8, 1), QDate(2027, 8, 22),
                                   QStringLiteral("Fermeture d'été"));
    REQUIRE(id.ok());
    auto backwards = Calendar::addClosure(cat.db(), QDate(2027, 8, 22), QDate(2027, 8, 1), QString());
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.errorMessage().contains(QStringLiteral("before")));
    CHECK_FALSE(Calendar::setOpenWeekdays(cat.db(), {}).ok());
    CHECK_FALSE(Calendar::setOpenWeekdays(cat.db(), {0, 8}).ok());
    REQUIRE(Calendar::setOpenWeekdays(cat.db(), {2, 3, 4, 5, 6}).ok()); // Tuesday to Saturday
    auto calendar = Calendar::load(cat.db(), kParis);
    REQUIRE(calendar.ok());
    CHECK(calendar->closures().size() == 1);
    CHECK(calendar->isOpen(QDate(2027, 7, 31))); // a Saturday
    CHECK_FALSE(calendar->isOpen(QDate(2027, 8, 2)));
    CHECK(calendar->nextOpenDay(QDate(2027, 8, 1)) == QDate(2027, 8, 24)); // Monday 23rd is closed
    REQUIRE(Calendar::removeClosure(cat.db(), *id).ok());
    CHECK_FALSE(Calendar::removeClosure(cat.db(), *id).ok());
    CHECK(Calendar::load(cat.db(), kParis)->closures().isEmpty());

    CHECK(Calendar::parseDate(QStringLiteral("2028-02-29")).ok());
    CHECK_FALSE(Calendar::parseDate(QStringLiteral("2027-02-29")).ok());
    CHECK_FALSE(Calendar::parseDate(QStringLiteral("12/03/2027")).ok());
    CHECK(Calendar::parseDate(QStringLiteral("demain")).errorMessage().contains(QStringLiteral("demain")));
}

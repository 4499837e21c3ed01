#include "core/visits/OpeningHours.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("opening hours are read as ranges in several spellings")
{
    auto r = OpeningHours::parseRanges(QStringLiteral("14h-17h30; 9:30 - 12:30"));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 2);
    CHECK(r->at(0) == TimeRange{570, 750});
    CHECK(r->at(1) == TimeRange{840, 1050});
    CHECK(OpeningHours::formatRanges(*r) == QStringLiteral("09:30-12:30, 14:00-17:30"));
    CHECK(OpeningHours::parseRanges(QStringLiteral("9h30–12h")).ok());
    CHECK(OpeningHours::parseRanges(QString())->isEmpty());
    CHECK(OpeningHours::parseRanges(QStringLiteral("fermé"))->isEmpty());
    CHECK(OpeningHours::parseTime(QStringLiteral("24:00")) == 1440);
    CHECK(OpeningHours::parseTime(QStringLiteral("25:00")) == -1);
    CHECK(OpeningHours::parseTime(QStringLiteral("9:75")) == -1);
}

TEST_CASE("bad opening hours are refused with the range at fault")
{
    auto one = OpeningHours::parseRanges(QStringLiteral("9:30"));
    REQUIRE_FALSE(one.ok());
    CHECK(one.errorMessage().contains(QStringLiteral("9:30")));
    auto backwards = OpeningHours::parseRanges(QStringLiteral("12:00-9:00"));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.errorMessage().contains(QStringLiteral("12:00-9:00")));
    auto overlap = OpeningHours::parseRanges(QStringLiteral("9:00-12:00, 11:00-13:00"));
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.errorMessage().contains(QStringLiteral("11:00-13:00")));
    CHECK_FALSE(OpeningHours::parseRanges(QStringLiteral("matin")).ok());
}

TEST_CASE("opening hours are kept in the catalogue and checked before saving")
{
    TestCatalogue cat;
    auto defaults = OpeningHours::load(cat.db());
    REQUIRE(defaults.ok());
    CHECK(defaults->ranges(1).size() == 2);
    CHECK(defaults->ranges(6).isEmpty());
    CHECK(defaults->lengths == QList<int>{30, 60, 90});
    CHECK(defaults->fits(2, 570, 180));
    CHECK_FALSE(defaults->fits(2, 570, 181));
    CHECK_FALSE(defaults->fits(6, 600, 30));

    OpeningHours h = *defaults;
    h.setRanges(3, {{9 * 60, 12 * 60}});
    h.lengths = {45, 120};
    h.bufferMin = 0;
    h.parallel = 2;
    h.leadDays = 0;
    h.stepMin = 15;
    REQUIRE(h.save(cat.db()).ok());
    auto again = OpeningHours::load(cat.db());
    REQUIRE(again.ok());
    CHECK(again->ranges(3) == QList<TimeRange>{{540, 720}});
    CHECK(again->ranges(1) == defaults->ranges(1));
    CHECK(again->lengths == QList<int>{45, 120});
    CHECK(again->bufferMin == 0);
    CHECK(again->parallel == 2);
    CHECK(again->leadDays == 0);
    CHECK(again->stepMin == 15);

    OpeningHours bad = *again;
    bad.lengths.clear();
    bad.parallel = 0;
    CHECK(bad.problems().size() == 2);
    REQUIRE_FALSE(bad.save(cat.db()).ok());
    CHECK(OpeningHours::load(cat.db())->parallel == 2); // nothing written
}

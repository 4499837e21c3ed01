#include "core/catalog/Baskets.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("a basket keeps its records once each, in the order they were added")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Record r;
        r.title = QStringLiteral("Notice %1").arg(i);
        auto id = records.add(r);
        REQUIRE(id.ok());
        ids.append(*id);
    }
    Baskets baskets(cat.db(), cat.clock());
    auto id = baskets.create(QStringLiteral("  Visite   du 12 mars "));
    REQUIRE(id.ok());
    CHECK(baskets.find(QStringLiteral("VISITE DU 12 MARS"))->value().id == *id);
    CHECK(baskets.find(QStringLiteral("Visite du 12 mars"))->value().name ==
          QStringLiteral("Visite du 12 mars"));
    CHECK_FALSE(baskets.find(QStringLiteral("Visite"))->has_value());
    CHECK_FALSE(baskets.create(QStringLiteral("visite du 12 MARS")).ok());
    CHECK_FALSE(baskets.create(QStringLiteral("   ")).ok());

    CHECK(*baskets.add(*id, {ids[2], ids[0], ids[2]}) == 2);
    CHECK(*baskets.add(*id, {ids[0], ids[3]}) == 1);
    CHECK(*baskets.records(*id) == QList<qint64>{ids[2], ids[0], ids[3]});
    CHECK(baskets.find(QStringLiteral("visite du 12 mars"))->value().count == 3);

    // An unknown record fails the whole call and adds nothing.
    const auto bad = baskets.add(*id, {ids[1], 99999});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(QStringLiteral("99999")));
    CHECK(baskets.records(*id)->size() == 3);

    CHECK(*baskets.removeRecords(*id, {ids[0], ids[1]}) == 1);
    CHECK(*baskets.records(*id) == QList<qint64>{ids[2], ids[3]});
    REQUIRE(baskets.rename(*id, QStringLiteral("Journée habitat")));
    CHECK(baskets.list()->size() == 1);
    CHECK(baskets.list()->constFirst().name == QStringLiteral("Journée habitat"));
    REQUIRE(baskets.clear(*id));
    CHECK(baskets.records(*id)->isEmpty());
    REQUIRE(baskets.remove(*id));
    CHECK(baskets.list()->isEmpty());

    // A list that cannot be read is an error, not an empty list.
    QSqlQuery away(cat.db().connection());
    REQUIRE(away.exec(QStringLiteral("ALTER TABLE basket_item RENAME TO basket_item_away")));
    CHECK_FALSE(baskets.list().ok());
    CHECK_FALSE(baskets.records(1).ok());
    REQUIRE(away.exec(QStringLiteral("ALTER TABLE basket_item_away RENAME TO basket_item")));

    // An unknown basket is an error that names it.
    CHECK(baskets.remove(*id).errorMessage().contains(QString::number(*id)));
    CHECK(baskets.rename(*id, QStringLiteral("x")).errorMessage().contains(QString::number(*id)));
    CHECK_FALSE(baskets.add(*id, {ids[0]}).ok());
}

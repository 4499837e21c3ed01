#include "core/catalog/Territories.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("the starter territories run from the region to the priority neighbourhood")
{
    TestCatalogue cat;
    Territories territories(cat.db(), cat.clock());
    const auto found = territories.find(QStringLiteral("les locheres"));
    REQUIRE(found.ok());
    const auto& lochere = *found;
    REQUIRE(lochere.has_value());
    CHECK(lochere->level == Territories::Level::Neighbourhood);
    QStringList path;
    const auto up = territories.path(lochere->id);
    REQUIRE(up.ok());
    for (const auto& t : *up)
        path.append(t.name);
    CHECK(path == QStringList{QStringLiteral("Île-de-France"), QStringLiteral("Val-d'Oise"),
                              QStringLiteral("Communauté d'agglomération Roissy Pays de France"),
                              QStringLiteral("Sarcelles"), QStringLiteral("Les Lochères")});
    CHECK((*territories.find(QStringLiteral("Val-d'Oise")))->code == QStringLiteral("95"));
    CHECK(territories.children(0)->size() == 1);
    CHECK_FALSE(territories.find(QStringLiteral("Atlantide"))->has_value());
    CHECK(*territories.count() > 5);
}

TEST_CASE("territory levels nest in order")
{
    TestCatalogue cat;
    Territories territories(cat.db(), cat.clock());
    const auto found = territories.find(QStringLiteral("Sarcelles"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const auto& sarcelles = *found;
    auto bad =
        territories.add(QStringLiteral("Val-d'Oise bis"), Territories::Level::Departement, sarcelles->id);
    REQUIRE_FALSE(bad.ok());
    auto good =
        territories.add(QStringLiteral("Chantepie"), Territories::Level::Neighbourhood, sarcelles->id);
    REQUIRE(good.ok());
    CHECK_FALSE(
        territories.add(QStringLiteral("Chantepie"), Territories::Level::Neighbourhood, sarcelles->id).ok());
}

TEST_CASE("territories complete by the start of their words, broadest first")
{
    TestCatalogue cat;
    Territories territories(cat.db(), cat.clock());
    const auto completed = territories.complete(QStringLiteral("cerg"));
    REQUIRE(completed.ok());
    const auto& cergy = *completed;
    REQUIRE(cergy.size() >= 2);
    // The intercommunality comes before the commune.
    CHECK(cergy.first().level == Territories::Level::Intercommunality);
    CHECK(std::any_of(cergy.begin(), cergy.end(),
                      [](const auto& t) { return t.name == QStringLiteral("Cergy"); }));
    CHECK(territories.complete(QStringLiteral("sarcel"))->first().name == QStringLiteral("Sarcelles"));
    CHECK(territories.complete(QStringLiteral("arcelles"))->isEmpty());
}

TEST_CASE("territories that cannot be read are an error, not \"no such territory\"")
{
    TestCatalogue cat;
    Territories territories(cat.db(), cat.clock());
    const auto sarcelles = territories.find(QStringLiteral("Sarcelles"));
    REQUIRE(sarcelles.ok());
    REQUIRE(sarcelles->has_value());
    const qint64 id = (*sarcelles)->id;
    CHECK_FALSE(territories.get(999999).ok()); // no such number: an error naming it
    CHECK(territories.get(999999).errorMessage().contains(QStringLiteral("999999")));
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE territory RENAME TO territory_away")));
    for (const QString& message :
         {territories.find(QStringLiteral("Sarcelles")).errorMessage(), territories.get(id).errorMessage(),
          territories.complete(QStringLiteral("sarc")).errorMessage(), territories.children(0).errorMessage(),
          territories.path(id).errorMessage(), territories.count().errorMessage()})
        CHECK(message.contains(QStringLiteral("Cannot read the territories")));
    // A write that must look at the parent first stops there.
    const auto added = territories.add(QStringLiteral("Chantepie"), Territories::Level::Neighbourhood, id);
    REQUIRE_FALSE(added.ok());
    CHECK(added.errorMessage().contains(QStringLiteral("Cannot read the territories")));
}

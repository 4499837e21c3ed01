#include "core/catalog/Territories.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("the starter territories run from the region to the priority neighbourhood")
{
    TestCatalogue cat;
    Territories territories(cat.db(), cat.clock());
    const auto lochere = territories.find(QStringLiteral("les locheres"));
    REQUIRE(lochere.has_value());
    CHECK(lochere->level == Territories::Level::Neighbourhood);
    QStringList path;
    for (const auto& t : territories.path(lochere->id))
        path.append(t.name);
    CHECK(path == QStringList{QStringLiteral("Île-de-France"), QStringLiteral("Val-d'Oise"),
                              QStringLiteral("Communauté d'agglomération Roissy Pays de France"),
                              QStringLiteral("Sarcelles"), QStringLiteral("Les Lochères")});
    CHECK(territories.find(QStringLiteral("Val-d'Oise"))->code == QStringLiteral("95"));
    CHECK(territories.children(0).size() == 1);
}

TEST_CASE("territory levels nest in order")
{
    TestCatalogue cat;
    Territories territories(cat.db(), cat.clock());
    const auto sarcelles = territories.find(QStringLiteral("Sarcelles"));
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
    const auto cergy = territories.complete(QStringLiteral("cerg"));
    REQUIRE(cergy.size() >= 2);
    // The intercommunality comes before the commune.
    CHECK(cergy.first().level == Territories::Level::Intercommunality);
    CHECK(std::any_of(cergy.begin(), cergy.end(),
                      [](const auto& t) { return t.name == QStringLiteral("Cergy"); }));
    CHECK(territories.complete(QStringLiteral("sarcel")).first().name == QStringLiteral("Sarcelles"));
    CHECK(territories.complete(QStringLiteral("arcelles")).isEmpty());
}

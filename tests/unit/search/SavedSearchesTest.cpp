#include "core/search/SavedSearches.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("saved searches keep the query, the ticked facets, the sort and the options")
{
    TestCatalogue cat;
    SavedSearches saved(cat.db(), cat.clock());
    SearchService::Options options;
    options.query = QStringLiteral("logement sujet:\"Mixité sociale\"");
    options.filters = {{QStringLiteral("type"), {QStringLiteral("study"), QStringLiteral("report")}},
                       {QStringLiteral("decade"), {QStringLiteral("2010")}}};
    options.sort = SearchRequest::Sort::DateNewest;
    options.exact = true;
    auto id = saved.save(QStringLiteral("  Études  logement "), options);
    REQUIRE(id.ok());

    // Found whatever the case and accents of the name.
    auto read = saved.find(QStringLiteral("etudes LOGEMENT"));
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    const auto& found = **read;
    CHECK(found.id == *id);
    CHECK(found.name == QStringLiteral("Études logement"));
    CHECK(found.options.query == options.query);
    CHECK(found.options.filters == options.filters);
    CHECK(found.options.sort == SearchRequest::Sort::DateNewest);
    CHECK(found.options.exact);
    CHECK_FALSE(found.options.narrower);

    // Saving under the same name replaces it; a second name adds one.
    options.query = QStringLiteral("habitat");
    options.filters.clear();
    REQUIRE(saved.save(QStringLiteral("ÉTUDES LOGEMENT"), options).ok());
    REQUIRE(saved.save(QStringLiteral("Agriculture urbaine"), options).ok());
    const auto read2 = saved.list();
    REQUIRE(read2.ok());
    const auto& list = *read2;
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).name == QStringLiteral("Agriculture urbaine"));
    CHECK(list.at(1).options.query == QStringLiteral("habitat"));
    CHECK(list.at(1).options.filters.isEmpty());

    REQUIRE(saved.remove(list.at(0).id).ok());
    CHECK(saved.list()->size() == 1);
    CHECK_FALSE(saved.remove(list.at(0).id).ok());
}

TEST_CASE("a saved search needs a name and something to search")
{
    TestCatalogue cat;
    SavedSearches saved(cat.db(), cat.clock());
    SearchService::Options options;
    options.query = QStringLiteral("habitat");
    CHECK(saved.save(QStringLiteral("   "), options).errorMessage().contains(QStringLiteral("name")));
    options.query = QStringLiteral("  ");
    CHECK_FALSE(saved.save(QStringLiteral("Vide"), options).ok());
    CHECK(saved.list()->isEmpty());
}

TEST_CASE("saved searches that cannot be read are an error, not an empty list")
{
    TestCatalogue cat;
    SavedSearches saved(cat.db(), cat.clock());
    SearchService::Options options;
    options.query = QStringLiteral("habitat");
    REQUIRE(saved.save(QStringLiteral("Habitat"), options).ok());
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE saved_search RENAME TO saved_search_gone")));
    CHECK_FALSE(saved.list().ok());
    auto found = saved.find(QStringLiteral("Habitat"));
    REQUIRE_FALSE(found.ok());
    CHECK(found.errorMessage().contains(QStringLiteral("saved searches")));
}

TEST_CASE("sort keys round-trip")
{
    for (auto sort : {SearchRequest::Sort::Relevance, SearchRequest::Sort::DateNewest,
                      SearchRequest::Sort::DateOldest, SearchRequest::Sort::Title})
        CHECK(SavedSearches::sortFromKey(SavedSearches::sortKey(sort)) == sort);
    CHECK_FALSE(SavedSearches::sortFromKey(QStringLiteral("popularity")).has_value());
}

#include "core/catalog/AuthorityRepository.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("person names are deduplicated whatever their form")
{
    const auto key = [](const char* name) {
        return AuthorityRepository::normalizedKey(QString::fromUtf8(name), AuthorityKind::Person);
    };
    CHECK(key("Dupont, Marie") == key("Marie Dupont"));
    CHECK(key("DUPONT Marie") == key("dupont, marie"));
    CHECK(key("Lefèvre, Hélène") == key("Helene LEFEVRE"));
    CHECK(key("Dupont, Marie") != key("Dupont, Mario"));
    // Organisations keep their word order.
    CHECK(AuthorityRepository::normalizedKey(QStringLiteral("Ville de Cergy"), AuthorityKind::Organisation) !=
          AuthorityRepository::normalizedKey(QStringLiteral("Cergy de Ville"), AuthorityKind::Organisation));

    TestCatalogue cat;
    AuthorityRepository authorities(cat.db(), cat.clock());
    auto a = authorities.findOrCreate(QStringLiteral("Dupont, Marie"), AuthorityKind::Person);
    auto b = authorities.findOrCreate(QStringLiteral("Marie DUPONT"), AuthorityKind::Person);
    auto c = authorities.findOrCreate(QStringLiteral("Marie Dupont"), AuthorityKind::Organisation);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(*a == *b);
    CHECK(*a != *c);
    CHECK(authorities.get(*a)->name == QStringLiteral("Dupont, Marie"));
    CHECK_FALSE(authorities.findOrCreate(QStringLiteral(" , "), AuthorityKind::Person).ok());
}

TEST_CASE("merging two authorities moves every link")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    AuthorityRepository authorities(cat.db(), cat.clock());
    Record one;
    one.title = QStringLiteral("Premier");
    one.responsibilities = {{QStringLiteral("Martin, Paul"), AuthorityKind::Person, Role::Author}};
    Record two;
    two.title = QStringLiteral("Second");
    two.responsibilities = {{QStringLiteral("Martin, P."), AuthorityKind::Person, Role::Author},
                            {QStringLiteral("Martin, Paul"), AuthorityKind::Person, Role::Author}};
    auto id1 = records.add(one);
    auto id2 = records.add(two);
    REQUIRE(id1.ok());
    REQUIRE(id2.ok());
    const auto keepFound = authorities.find(QStringLiteral("Paul Martin"), AuthorityKind::Person);
    const auto dropFound = authorities.find(QStringLiteral("Martin, P."), AuthorityKind::Person);
    REQUIRE(keepFound.ok());
    REQUIRE(dropFound.ok());
    const auto& keep = *keepFound;
    const auto& drop = *dropFound;
    REQUIRE(keep.has_value());
    REQUIRE(drop.has_value());
    CHECK(drop->recordCount == 1);

    REQUIRE(authorities.merge(keep->id, drop->id).ok());
    const auto gone = authorities.get(drop->id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.errorMessage().contains(QString::number(drop->id)));
    CHECK(authorities.get(keep->id)->recordCount == 2);
    auto second = records.get(*id2);
    REQUIRE(second.ok());
    REQUIRE(second->responsibilities.size() == 1); // the duplicate mention folded
    CHECK(second->responsibilities.first().name == QStringLiteral("Martin, Paul"));
    // The stored author line of the list follows the merge.
    RecordFilter filter;
    filter.text = QStringLiteral("Second");
    RecordPageRequest request;
    request.filter = filter;
    const auto rows = records.page(request)->rows;
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().authors == QStringLiteral("Martin, Paul"));
    CHECK_FALSE(authorities.merge(keep->id, keep->id).ok());
}

TEST_CASE("renaming an authority updates its records' author line")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    AuthorityRepository authorities(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Notice");
    r.responsibilities = {{QStringLiteral("Durand, J."), AuthorityKind::Person, Role::Author}};
    auto id = records.add(r);
    REQUIRE(id.ok());
    const auto a = authorities.find(QStringLiteral("Durand, J."), AuthorityKind::Person);
    REQUIRE(a.ok());
    REQUIRE(a->has_value());
    REQUIRE(authorities.rename((*a)->id, QStringLiteral("Durand, Jeanne")).ok());
    RecordPageRequest request;
    CHECK(records.page(request)->rows.first().authors == QStringLiteral("Durand, Jeanne"));
    CHECK(authorities.search(QStringLiteral("jeanne"))->size() == 1);
    CHECK_FALSE(authorities.find(QStringLiteral("Durand, Luc"), AuthorityKind::Person)->has_value());
}

TEST_CASE("a new name that looks like an existing authority is reported")
{
    TestCatalogue cat;
    AuthorityRepository authorities(cat.db(), cat.clock());
    REQUIRE(authorities.findOrCreate(QStringLiteral("Dupont, Marie"), AuthorityKind::Person).ok());
    REQUIRE(authorities.findOrCreate(QStringLiteral("Martin, Paul"), AuthorityKind::Person).ok());
    REQUIRE(authorities
                .findOrCreate(QStringLiteral("Centre social de la Dame Blanche"), AuthorityKind::Organisation)
                .ok());
    auto names = [&](const QString& name, AuthorityKind kind) {
        QStringList out;
        const auto similar = authorities.similar(name, kind);
        REQUIRE(similar.ok());
        for (const auto& a : *similar)
            out.append(a.name);
        return out;
    };
    // A letter apart, in any word order.
    CHECK(names(QStringLiteral("Dupond, Marie"), AuthorityKind::Person) ==
          QStringList{QStringLiteral("Dupont, Marie")});
    CHECK(names(QStringLiteral("Marie Dupnot"), AuthorityKind::Person) ==
          QStringList{QStringLiteral("Dupont, Marie")});
    // One name inside the other.
    CHECK(names(QStringLiteral("Dupont"), AuthorityKind::Person) ==
          QStringList{QStringLiteral("Dupont, Marie")});
    CHECK(names(QStringLiteral("Centre social"), AuthorityKind::Organisation) ==
          QStringList{QStringLiteral("Centre social de la Dame Blanche")});
    // The same person is not "similar"; other people and other kinds are not either.
    CHECK(names(QStringLiteral("DUPONT Marie"), AuthorityKind::Person).isEmpty());
    CHECK(names(QStringLiteral("Durand, Luc"), AuthorityKind::Person).isEmpty());
    CHECK(names(QStringLiteral("Dupont, Marie"), AuthorityKind::Organisation).isEmpty());
}

TEST_CASE("an authority keeps a note")
{
    TestCatalogue cat;
    AuthorityRepository authorities(cat.db(), cat.clock());
    auto id = authorities.findOrCreate(QStringLiteral("Dupont, Marie"), AuthorityKind::Person);
    REQUIRE(id.ok());
    REQUIRE(authorities.setNote(*id, QStringLiteral("Sociologue, université de Cergy.")).ok());
    CHECK(authorities.get(*id)->note == QStringLiteral("Sociologue, université de Cergy."));
    CHECK_FALSE(authorities.setNote(999999, QStringLiteral("x")).ok());
}

TEST_CASE("authorities that cannot be read are an error, not \"none\"")
{
    TestCatalogue cat;
    AuthorityRepository authorities(cat.db(), cat.clock());
    auto id = authorities.findOrCreate(QStringLiteral("Dupont, Marie"), AuthorityKind::Person);
    REQUIRE(id.ok());
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE authority RENAME TO authority_away")));
    const auto found = authorities.find(QStringLiteral("Dupont, Marie"), AuthorityKind::Person);
    REQUIRE_FALSE(found.ok());
    CHECK(found.errorMessage().contains(QStringLiteral("Cannot read the authorities")));
    CHECK_FALSE(authorities.get(*id).ok());
    CHECK(authorities.get(*id).errorMessage().contains(QStringLiteral("Cannot read the authorities")));
    CHECK_FALSE(authorities.search(QStringLiteral("dupont")).ok());
    CHECK_FALSE(authorities.similar(QStringLiteral("Dupond, Marie"), AuthorityKind::Person).ok());
    // A write that must look first stops on the failed read.
    const auto renamed = authorities.rename(*id, QStringLiteral("Dupont, M."));
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.errorMessage().contains(QStringLiteral("Cannot read the authorities")));
}

#include "core/catalog/Thesaurus.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {
QStringList labels(const QList<Thesaurus::Descriptor>& list)
{
    QStringList out;
    for (const auto& d : list)
        out.append(d.label);
    return out;
}
} // namespace

TEST_CASE("the starter thesaurus covers urban policy with at least 150 descriptors")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    CHECK(*thesaurus.descriptorCount() >= 150);
    const QStringList top = labels(*thesaurus.topTerms());
    for (const char* theme :
         {"Habitat et logement", "Renouvellement urbain", "Emploi et développement économique",
          "Éducation et réussite éducative", "Santé", "Jeunesse",
          "Intégration et lutte contre les discriminations",
          "Prévention de la délinquance et tranquillité publique", "Participation des habitants",
          "Égalité entre les femmes et les hommes", "Cohésion sociale", "Espace public et cadre de vie"})
        CHECK(top.contains(QString::fromUtf8(theme)));
}

TEST_CASE("broader, narrower, related and non-preferred terms")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    const auto social = *thesaurus.find(QStringLiteral("Logement social"));
    REQUIRE(social.has_value());
    CHECK(labels(*thesaurus.broader(social->id)) == QStringList{QStringLiteral("Habitat et logement")});
    CHECK(labels(*thesaurus.narrower(social->id))
              .contains(QStringLiteral("Attribution des logements sociaux")));
    CHECK((*thesaurus.nonPreferred(social->id)).contains(QStringLiteral("HLM")));
    // Use-for leads to the descriptor, accents and case ignored.
    CHECK((*thesaurus.find(QStringLiteral("habitat SOCIAL")))->id == social->id);
    const auto attribution = *thesaurus.find(QStringLiteral("Attribution des logements sociaux"));
    CHECK(labels(*thesaurus.related(attribution->id)) == QStringList{QStringLiteral("Peuplement")});
    const auto peuplement = *thesaurus.find(QStringLiteral("Peuplement"));
    CHECK(labels(*thesaurus.related(peuplement->id))
              .contains(QStringLiteral("Attribution des logements sociaux")));
    const auto housing = *thesaurus.find(QStringLiteral("Habitat et logement"));
    CHECK((*thesaurus.narrowerClosure(housing->id)).contains(attribution->id));
}

TEST_CASE("editing the thesaurus keeps it consistent")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    auto id = thesaurus.addDescriptor(QStringLiteral("Habitat participatif"),
                                      (*thesaurus.find(QStringLiteral("Habitat et logement")))->id);
    REQUIRE(id.ok());
    CHECK_FALSE(thesaurus.addDescriptor(QStringLiteral("habitat PARTICIPATIF")).ok());
    CHECK_FALSE(thesaurus.addDescriptor(QStringLiteral("HLM")).ok()); // already a non-preferred term
    REQUIRE(thesaurus.addNonPreferred(*id, QStringLiteral("Coopérative d'habitants")).ok());
    CHECK((*thesaurus.find(QStringLiteral("cooperative d'habitants")))->id == *id);

    SECTION("a loop is refused")
    {
        const auto housing = *thesaurus.find(QStringLiteral("Habitat et logement"));
        auto s = thesaurus.addBroader(housing->id, *id);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("loop")));
        CHECK_FALSE(thesaurus.addBroader(*id, *id).ok());
    }
    SECTION("rename")
    {
        REQUIRE(thesaurus.rename(*id, QStringLiteral("Habitat participatif et coopératif")).ok());
        CHECK((*thesaurus.get(*id))->label == QStringLiteral("Habitat participatif et coopératif"));
        CHECK_FALSE(thesaurus.rename(*id, QStringLiteral("Logement social")).ok());
    }
    SECTION("merge moves records and keeps the old label as a non-preferred term")
    {
        RecordRepository records(cat.db(), cat.clock());
        Record r;
        r.title = QStringLiteral("Coopératives");
        r.subjects = {QStringLiteral("Habitat participatif"), QStringLiteral("Logement social")};
        auto recordId = records.add(r);
        REQUIRE(recordId.ok());
        const auto social = *thesaurus.find(QStringLiteral("Logement social"));
        REQUIRE(thesaurus.merge(social->id, *id).ok());
        CHECK_FALSE((*thesaurus.get(*id)).has_value());
        CHECK((*thesaurus.find(QStringLiteral("Habitat participatif")))->id == social->id);
        CHECK((*thesaurus.find(QStringLiteral("Coopérative d'habitants")))->id == social->id);
        CHECK(records.get(*recordId)->subjects == QStringList{QStringLiteral("Logement social")});
    }
    SECTION("a descriptor in use cannot be deleted")
    {
        RecordRepository records(cat.db(), cat.clock());
        Record r;
        r.title = QStringLiteral("Notice");
        r.subjects = {QStringLiteral("Habitat participatif")};
        REQUIRE(records.add(r).ok());
        CHECK_FALSE(thesaurus.remove(*id).ok());
    }
}

TEST_CASE("thesaurus import errors name the line")
{
    TestCatalogue cat(false);
    Thesaurus thesaurus(cat.db(), cat.clock());
    auto s = thesaurus.importText(QStringLiteral("Logement\n   Mal indenté\n"), QStringLiteral("t.txt"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(QStringLiteral("t.txt, line 2")));
    CHECK(*thesaurus.descriptorCount() == 0); // nothing half-imported
    s = thesaurus.importText(QStringLiteral("A\n  ~ Inconnu\n"), QStringLiteral("t.txt"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(QStringLiteral("Inconnu")));
    CHECK(*thesaurus.descriptorCount() == 0);
}

TEST_CASE("completion finds descriptors and non-preferred terms by the start of their words")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    auto terms = [](const QList<Thesaurus::Completion>& list) {
        QStringList out;
        for (const auto& c : list)
            out.append(c.term + QStringLiteral(" > ") + c.descriptor);
        return out;
    };
    // "log soc" starts the words of "Logement social", accents and case ignored.
    const QStringList logement = terms(*thesaurus.complete(QStringLiteral("LOG soc")));
    CHECK(logement.contains(QStringLiteral("Logement social > Logement social")));
    CHECK_FALSE(logement.contains(QStringLiteral("Logement des jeunes > Logement des jeunes")));
    // A non-preferred term leads to its descriptor, after the descriptors.
    const QList<Thesaurus::Completion> hlm = *thesaurus.complete(QStringLiteral("hlm"));
    REQUIRE_FALSE(hlm.isEmpty());
    CHECK(terms(hlm).contains(QStringLiteral("HLM > Logement social")));
    // The middle of a word is not a start; wildcards are plain characters.
    CHECK((*thesaurus.complete(QStringLiteral("gement"))).isEmpty());
    CHECK((*thesaurus.complete(QStringLiteral("%"))).isEmpty());
    CHECK((*thesaurus.complete(QStringLiteral("  "))).isEmpty());
    CHECK((*thesaurus.complete(QStringLiteral("l"), 3)).size() == 3);
}

TEST_CASE("a descriptor moves with its narrower terms, never below itself")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    auto top = thesaurus.addDescriptor(QStringLiteral("Vie locale"));
    REQUIRE(top.ok());
    auto middle = thesaurus.addDescriptor(QStringLiteral("Fêtes de quartier"), *top);
    REQUIRE(middle.ok());
    auto leaf = thesaurus.addDescriptor(QStringLiteral("Repas partagés"), *middle);
    REQUIRE(leaf.ok());
    const auto housing = *thesaurus.find(QStringLiteral("Logement social"));
    REQUIRE(housing.has_value());

    REQUIRE(thesaurus.moveUnder(*middle, housing->id).ok());
    CHECK(labels(*thesaurus.broader(*middle)) == QStringList{QStringLiteral("Logement social")});
    CHECK((*thesaurus.narrowerClosure(housing->id)).contains(*leaf));
    CHECK((*thesaurus.narrower(*top)).isEmpty());
    // To the top.
    REQUIRE(thesaurus.moveUnder(*middle, 0).ok());
    CHECK((*thesaurus.broader(*middle)).isEmpty());
    CHECK(labels(*thesaurus.topTerms()).contains(QStringLiteral("Fêtes de quartier")));
    // Not under itself or its own narrower term; nothing changes then.
    CHECK_FALSE(thesaurus.moveUnder(*middle, *leaf).ok());
    CHECK_FALSE(thesaurus.moveUnder(*middle, *middle).ok());
    CHECK_FALSE(thesaurus.moveUnder(*middle, 999999).ok());
    CHECK((*thesaurus.broader(*middle)).isEmpty());
    CHECK(labels(*thesaurus.broader(*leaf)) == QStringList{QStringLiteral("Fêtes de quartier")});
}

TEST_CASE("related terms are removed and scope notes set")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    auto a = thesaurus.addDescriptor(QStringLiteral("Jardins familiaux"));
    auto b = thesaurus.addDescriptor(QStringLiteral("Agriculture urbaine"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(thesaurus.addRelated(*a, *b).ok());
    CHECK(labels(*thesaurus.related(*b)) == QStringList{QStringLiteral("Jardins familiaux")});
    REQUIRE(thesaurus.removeRelated(*b, *a).ok()); // either order
    CHECK((*thesaurus.related(*a)).isEmpty());
    CHECK_FALSE(thesaurus.removeRelated(*a, *b).ok());
    REQUIRE(thesaurus.setScopeNote(*a, QStringLiteral("  Parcelles cultivées par des habitants.  ")).ok());
    CHECK((*thesaurus.get(*a))->scopeNote == QStringLiteral("Parcelles cultivées par des habitants."));
    CHECK_FALSE(thesaurus.setScopeNote(999999, QStringLiteral("x")).ok());
}

TEST_CASE("thesaurus reads that fail are errors, not an empty thesaurus")
{
    TestCatalogue cat;
    Thesaurus thesaurus(cat.db(), cat.clock());
    const auto social = *thesaurus.find(QStringLiteral("Logement social"));
    REQUIRE(social.has_value());
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject_broader RENAME TO subject_broader_away")));
    CHECK_FALSE(thesaurus.topTerms().ok());
    CHECK_FALSE(thesaurus.broader(social->id).ok());
    CHECK_FALSE(thesaurus.narrower(social->id).ok());
    CHECK_FALSE(thesaurus.narrowerClosure(social->id).ok());
    CHECK_FALSE(thesaurus.recordsOf(social->id).ok());
    CHECK_FALSE(thesaurus.theme(QStringLiteral("Logement social")).ok());
    // A write that must look first does not go ahead blind.
    CHECK_FALSE(thesaurus.moveUnder(social->id, 0).ok());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject RENAME TO subject_away")));
    const auto found = thesaurus.find(QStringLiteral("Logement social"));
    REQUIRE_FALSE(found.ok());
    CHECK(found.errorMessage().contains(QStringLiteral("Cannot read the thesaurus")));
    CHECK_FALSE(thesaurus.complete(QStringLiteral("loge")).ok());
    CHECK_FALSE(thesaurus.addDescriptor(QStringLiteral("Habitat participatif")).ok());
}

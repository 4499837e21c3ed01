#include "core/search/FrenchAnalyzer.h"

#include <catch2/catch.hpp>

using infodoc::core::FrenchAnalyzer;

namespace {
QStringList stems(const QString& text)
{
    QStringList out;
    for (const auto& t : FrenchAnalyzer::tokenize(text))
        out.append(t.stem);
    return out;
}
} // namespace

TEST_CASE("stemming then folding joins inflected and unaccented forms")
{
    CHECK(stems(QStringLiteral("logements")) == stems(QStringLiteral("logement")));
    CHECK(stems(QStringLiteral("éducatives")) == stems(QStringLiteral("educatif")));
    CHECK(stems(QStringLiteral("Études")) == stems(QStringLiteral("etude")));
    CHECK(stems(QStringLiteral("partagée")) == stems(QStringLiteral("partagé")));
    CHECK(stems(QStringLiteral("quartiers")) == stems(QStringLiteral("QUARTIER")));
    CHECK(stems(QStringLiteral("logement")) != stems(QStringLiteral("loisir")));
}

TEST_CASE("elisions are dropped and compounds split into joined parts")
{
    const auto tokens = FrenchAnalyzer::tokenize(QStringLiteral("L'habitat du Val-d'Oise, vivre-ensemble"));
    QStringList folded;
    for (const auto& t : tokens)
        folded.append(t.folded);
    CHECK(folded == QStringList{QStringLiteral("habitat"), QStringLiteral("du"), QStringLiteral("val"),
                                QStringLiteral("oise"), QStringLiteral("vivre"), QStringLiteral("ensemble")});
    CHECK_FALSE(tokens[0].joinedToPrevious);
    CHECK_FALSE(tokens[2].joinedToPrevious);
    CHECK(tokens[3].joinedToPrevious); // oise, after "Val-d'"
    CHECK(tokens[5].joinedToPrevious); // ensemble
    CHECK(tokens[3].position == tokens[2].position + 1);
    // Word offsets point into the text.
    CHECK(QStringLiteral("L'habitat du Val-d'Oise").mid(tokens[3].start, tokens[3].end - tokens[3].start) ==
          QStringLiteral("Oise"));
}

TEST_CASE("numbers and years are kept, exact forms keep their accents")
{
    const auto tokens = FrenchAnalyzer::tokenize(QStringLiteral("Né en 2019, n° 12"));
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[0].exact == QStringLiteral("né"));
    CHECK(tokens[0].folded == QStringLiteral("ne"));
    CHECK(tokens[2].folded == QStringLiteral("2019"));
    CHECK(tokens[4].stem == QStringLiteral("12"));
}

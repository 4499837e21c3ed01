#include "core/common/TextFolding.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;

TEST_CASE("folding removes case, accents and expands ligatures")
{
    CHECK(text::foldCase(QStringLiteral("Études ÉDUCATIVES")) == QStringLiteral("etudes educatives"));
    CHECK(text::foldCase(QStringLiteral("Cœur d'Œuvre")) == QStringLiteral("coeur d'oeuvre"));
    CHECK(text::foldCase(QStringLiteral("Garges-lès-Gonesse")) == QStringLiteral("garges-les-gonesse"));
}

TEST_CASE("folded words split on punctuation and apostrophes")
{
    CHECK(text::foldedWords(QStringLiteral("Val-d'Oise, l’habitat")) ==
          QStringList{QStringLiteral("val"), QStringLiteral("d"), QStringLiteral("oise"), QStringLiteral("l"),
                      QStringLiteral("habitat")});
    CHECK(text::foldedWords(QStringLiteral(" ,;- ")).isEmpty());
}

TEST_CASE("sort keys drop the leading French article")
{
    CHECK(text::sortKey(QStringLiteral("L'Habitat social")) == QStringLiteral("habitat social"));
    CHECK(text::sortKey(QStringLiteral("Les quartiers")) == QStringLiteral("quartiers"));
    CHECK(text::sortKey(QStringLiteral("Lettre du centre")) == QStringLiteral("lettre du centre"));
    CHECK(text::sortKey(QStringLiteral("Été")) < text::sortKey(QStringLiteral("Formation")));
}

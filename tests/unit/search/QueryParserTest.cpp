#include "core/search/QueryParser.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using Kind = QueryNode::Kind;

TEST_CASE("free words are ANDed, stop words dropped")
{
    auto q = QueryParser::parse(QStringLiteral("le logement et la santé"));
    REQUIRE(q.ok());
    REQUIRE(q->kind == Kind::And);
    REQUIRE(q->children.size() == 2);
    CHECK(q->children[0].tokens.first().folded == QStringLiteral("logement"));
    CHECK(q->children[1].tokens.first().folded == QStringLiteral("sante"));
}

TEST_CASE("boolean words in French and English, minus and groups")
{
    for (const char* text : {"logement OR santé", "logement OU santé"}) {
        auto q = QueryParser::parse(QString::fromUtf8(text));
        REQUIRE(q.ok());
        CHECK(q->kind == Kind::Or);
    }
    for (const char* text : {"logement NOT santé", "logement SAUF santé", "logement -santé"}) {
        auto q = QueryParser::parse(QString::fromUtf8(text));
        REQUIRE(q.ok());
        CHECK(q->kind == Kind::AndNot);
        CHECK(q->children.size() == 2);
    }
    auto q = QueryParser::parse(QStringLiteral("(logement OU habitat) ET jeunes"));
    REQUIRE(q.ok());
    CHECK(q->kind == Kind::And);
    CHECK(q->children[0].kind == Kind::Or);
}

TEST_CASE("fields, ranges, phrases and wildcards")
{
    auto q =
        QueryParser::parse(QStringLiteral("auteur:\"Marie Dupont\" titre:habitat année:2010..2015 logem* "
                                          "\"rénovation urbaine\" type:étude territory:Sarcelles cote:LOG"));
    REQUIRE(q.ok());
    REQUIRE(q->kind == Kind::And);
    const auto& c = q->children;
    REQUIRE(c.size() == 8);
    CHECK(c[0].kind == Kind::Field);
    CHECK(c[0].field == QStringLiteral("author"));
    CHECK(c[0].tokens.size() == 2);
    CHECK(c[1].field == QStringLiteral("title"));
    CHECK(c[2].kind == Kind::YearRange);
    CHECK(c[2].from == 2010);
    CHECK(c[2].to == 2015);
    CHECK(c[3].kind == Kind::Wildcard);
    CHECK(c[3].text == QStringLiteral("logem"));
    CHECK(c[4].kind == Kind::Phrase);
    CHECK(c[5].text == QStringLiteral("study"));
    CHECK(c[6].field == QStringLiteral("territory"));
    CHECK(c[7].field == QStringLiteral("callnumber"));
    auto single = QueryParser::parse(QStringLiteral("year:2019"));
    REQUIRE(single.ok());
    CHECK(single->from == 2019);
    CHECK(single->to == 2019);
    auto open = QueryParser::parse(QStringLiteral("annee:..2000"));
    REQUIRE(open.ok());
    CHECK(open->from == 0);
    CHECK(open->to == 2000);
}

TEST_CASE("query mistakes give a clear message")
{
    CHECK(QueryParser::parse(QStringLiteral("\"logement social"))
              .errorMessage()
              .contains(QStringLiteral("quotation")));
    CHECK(QueryParser::parse(QStringLiteral("(logement"))
              .errorMessage()
              .contains(QStringLiteral("parenthesis")));
    CHECK(QueryParser::parse(QStringLiteral("logement)"))
              .errorMessage()
              .contains(QStringLiteral("parenthesis")));
    CHECK(QueryParser::parse(QStringLiteral("année:vingt")).errorMessage().contains(QStringLiteral("vingt")));
    CHECK(QueryParser::parse(QStringLiteral("type:roman")).errorMessage().contains(QStringLiteral("roman")));
    CHECK_FALSE(QueryParser::parse(QStringLiteral("auteur:")).ok());
}

TEST_CASE("the plain words of a query leave out its syntax")
{
    auto words = [](const QString& query) {
        QStringList out;
        const QueryNode node = QueryParser::plainWords(query);
        const QList<QueryNode> parts =
            node.kind == QueryNode::Kind::And ? node.children : QList<QueryNode>{node};
        for (const QueryNode& part : parts) {
            if (part.kind != QueryNode::Kind::Match)
                continue;
            for (const auto& token : part.tokens)
                out.append(token.folded);
        }
        return out;
    };
    CHECK(words(QStringLiteral("logement (social")) ==
          QStringList{QStringLiteral("logement"), QStringLiteral("social")});
    CHECK(words(QStringLiteral("\"politique de la ville")) ==
          QStringList{QStringLiteral("politique"), QStringLiteral("ville")});
    CHECK(words(QStringLiteral("auteur: -Dupont OU")) == QStringList{QStringLiteral("dupont")});
    CHECK(words(QStringLiteral("(titre:jardin auteur")) ==
          QStringList{QStringLiteral("jardin"), QStringLiteral("auteur")});
    CHECK(QueryParser::plainWords(QStringLiteral("( ) \" :")).kind == QueryNode::Kind::All);
    CHECK(QueryParser::plainWords(QStringLiteral("(")).children.isEmpty());
}

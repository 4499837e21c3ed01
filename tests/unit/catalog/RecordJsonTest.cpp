#include "core/catalog/RecordJson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace infodoc::core;

TEST_CASE("a record survives the JSON round trip")
{
    Record r;
    r.type = DocumentType::ExperienceSheet;
    r.title = QStringLiteral("Jardin partagé");
    r.responsibilities = {
        {QStringLiteral("Centre social"), AuthorityKind::Organisation, Role::LeadOrganisation}};
    r.subjects = {QStringLiteral("Jardins partagés")};
    r.keywords = {QStringLiteral("potager")};
    r.territories = {QStringLiteral("Cergy")};
    r.copies = {
        {0, QStringLiteral("C1"), QStringLiteral("JAR 1"), QStringLiteral("Salle"), CopyStatus::OnLoan, {}}};
    r.sheet = ExperienceSheet{};
    r.sheet->objectives = QStringLiteral("Créer du lien");
    r.sheet->startDate = QStringLiteral("2021-04-01");
    const QJsonObject json = RecordJson::toJson(r);
    CHECK(json.value(QStringLiteral("type")).toString() == QStringLiteral("experience_sheet"));
    auto back = RecordJson::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back->title == r.title);
    CHECK(back->responsibilities.first().role == Role::LeadOrganisation);
    CHECK(back->responsibilities.first().kind == AuthorityKind::Organisation);
    CHECK(back->copies.first().status == CopyStatus::OnLoan);
    REQUIRE(back->sheet.has_value());
    CHECK(*back->sheet == *r.sheet);
    CHECK(RecordJson::toJson(*back) == json);
}

TEST_CASE("JSON shape errors name the field")
{
    auto parse = [](const char* text) {
        return RecordJson::fromJson(QJsonDocument::fromJson(text).object());
    };
    CHECK(parse(R"({"title": "x"})").errorMessage().contains(QStringLiteral("type")));
    CHECK(parse(R"({"type": "novel", "title": "x"})").errorMessage().contains(QStringLiteral("novel")));
    CHECK(parse(R"({"type": "book", "titel": "x"})").errorMessage().contains(QStringLiteral("titel")));
    CHECK(parse(R"({"type": "book", "title": 3})").errorMessage().contains(QStringLiteral("title")));
    CHECK(parse(R"({"type": "book", "subjects": "Logement"})")
              .errorMessage()
              .contains(QStringLiteral("subjects")));
    CHECK(parse(R"({"type": "book", "responsibilities": [{"name": "A", "role": "writer"}]})")
              .errorMessage()
              .contains(QStringLiteral("writer")));
    CHECK(parse(R"({"type": "book", "copies": [{"barcode": "1", "status": "borrowed"}]})")
              .errorMessage()
              .contains(QStringLiteral("borrowed")));
    CHECK(parse(R"({"type": "experience_sheet", "sheet": {"budget": "1"}})")
              .errorMessage()
              .contains(QStringLiteral("sheet.budget")));
}

TEST_CASE("merge changes only the fields given")
{
    Record r;
    r.title = QStringLiteral("Avant");
    r.publisher = QStringLiteral("Éditeur");
    auto merged = RecordJson::merge(r, QJsonDocument::fromJson(R"({"title": "Après", "id": 9})").object());
    REQUIRE(merged.ok());
    CHECK(merged->title == QStringLiteral("Après"));
    CHECK(merged->publisher == QStringLiteral("Éditeur"));
}

TEST_CASE("language names for the codes catalogued")
{
    CHECK(Vocabulary::languageName(QStringLiteral("fre")) == QStringLiteral("French"));
    CHECK(Vocabulary::commonLanguages().contains(QStringLiteral("ara")));
    // Others in their own name; an unknown code stays as it is.
    CHECK(Vocabulary::languageName(QStringLiteral("pol")) == QStringLiteral("polski"));
    CHECK(Vocabulary::languageName(QStringLiteral("zzz")) == QStringLiteral("zzz"));
}

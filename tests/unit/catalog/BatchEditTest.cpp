#include "core/catalog/BatchEdit.h"
#include "core/catalog/RecordJson.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

QByteArray json(const Record& r)
{
    return QJsonDocument(RecordJson::toJson(r)).toJson(QJsonDocument::Compact);
}

struct Fixture
{
    TestCatalogue cat;
    RecordRepository records{cat.db(), cat.clock()};
    QList<qint64> ids;

    Fixture()
    {
        QList<Record> list;
        for (int i = 0; i < 5; ++i) {
            Record r;
            r.title = QStringLiteral("Étude %1").arg(i + 1);
            r.date = QStringLiteral("2020");
            r.territories = {QStringLiteral("Sarcelles")};
            r.keywords = {QStringLiteral("diagnostic")};
            list.append(r);
        }
        list[2].subjects = {QStringLiteral("Logement social")};
        auto added = records.addAll(list);
        REQUIRE(added.ok());
        ids = *added;
    }

    Record get(int i)
    {
        auto r = records.get(ids.at(i));
        REQUIRE(r.ok());
        return *r;
    }
};

} // namespace

TEST_CASE("a batch adds a subject to the records that lack it, and a second batch undoes it")
{
    Fixture f;
    const QByteArray before = json(f.get(0));
    BatchEdit batch(f.cat.db(), f.cat.clock());
    // A non-preferred term is stored as its descriptor.
    const BatchEdit::Change change{BatchEdit::Action::AddSubject, QStringLiteral("HLM"), {}};
    auto affected = batch.affected(f.ids, change);
    REQUIRE(affected.ok());
    CHECK(affected->size() == 4); // the third already has it
    CHECK_FALSE(affected->contains(f.ids[2]));

    const qint64 journal = f.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal"));
    auto undo = batch.apply(f.ids, change);
    REQUIRE(undo.ok());
    CHECK(undo->before.size() == 4);
    for (int i = 0; i < 5; ++i)
        CHECK(f.get(i).subjects == QStringList{QStringLiteral("Logement social")});
    // Each changed record is journalled, so the index follows.
    CHECK(f.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal")) >= journal + 4);

    REQUIRE(batch.undo(*undo).ok());
    CHECK(f.get(0).subjects.isEmpty());
    CHECK(f.get(2).subjects == QStringList{QStringLiteral("Logement social")});
    CHECK(json(f.get(0)) == before);
}

TEST_CASE("a batch removes a territory or a keyword and sets a field")
{
    Fixture f;
    BatchEdit batch(f.cat.db(), f.cat.clock());
    REQUIRE(batch
                .apply({f.ids[0], f.ids[1]},
                       {BatchEdit::Action::RemoveTerritory, QStringLiteral("sarcelles"), {}})
                .ok());
    CHECK(f.get(0).territories.isEmpty());
    CHECK(f.get(2).territories == QStringList{QStringLiteral("Sarcelles")});
    REQUIRE(batch.apply(f.ids, {BatchEdit::Action::RemoveKeyword, QStringLiteral("DIAGNOSTIC"), {}}).ok());
    CHECK(f.get(4).keywords.isEmpty());
    REQUIRE(
        batch.apply(f.ids, {BatchEdit::Action::SetField, QStringLiteral("eng"), QStringLiteral("language")})
            .ok());
    CHECK(f.get(3).language == QStringLiteral("eng"));
    REQUIRE(batch
                .apply({f.ids[1]},
                       {BatchEdit::Action::SetField, QStringLiteral("report"), QStringLiteral("type")})
                .ok());
    CHECK(f.get(1).type == DocumentType::Report);
    // Setting the value a record already has changes nothing.
    auto none = batch.affected(
        f.ids, {BatchEdit::Action::SetField, QStringLiteral("eng"), QStringLiteral("language")});
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("a batch that cannot apply to every record writes nothing and says why")
{
    Fixture f;
    BatchEdit batch(f.cat.db(), f.cat.clock());
    const QByteArray before = json(f.get(1));
    auto unknown = batch.apply(f.ids, {BatchEdit::Action::AddSubject, QStringLiteral("Sujet inconnu"), {}});
    CHECK(unknown.errorMessage().contains(QStringLiteral("Sujet inconnu")));
    auto badDate =
        batch.apply(f.ids, {BatchEdit::Action::SetField, QStringLiteral("2020-13"), QStringLiteral("date")});
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.errorMessage().contains(QString::number(f.ids[0])));
    CHECK(badDate.errorMessage().contains(QStringLiteral("2020-13")));
    CHECK_FALSE(
        batch.apply(f.ids, {BatchEdit::Action::SetField, QStringLiteral("x"), QStringLiteral("title")}).ok());
    CHECK_FALSE(
        batch.apply(f.ids, {BatchEdit::Action::SetField, QStringLiteral("novel"), QStringLiteral("type")})
            .ok());
    CHECK(json(f.get(1)) == before);
    // Cancelled half-way: nothing written either.
    auto cancelled = batch.apply(f.ids, {BatchEdit::Action::AddKeyword, QStringLiteral("QPV"), {}},
                                 [](int done, int) { return done < 2; });
    CHECK_FALSE(cancelled.ok());
    CHECK(json(f.get(1)) == before);
}

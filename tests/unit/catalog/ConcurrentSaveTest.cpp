// Two windows, or a window and infodoc-cli, on one catalogue: a record read
// in one and saved in the other is never overwritten unseen (no lost
// update); each refusal names the record and writes nothing.

#include "core/catalog/AuthorityRepository.h"
#include "core/catalog/BatchEdit.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/RecordSaver.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

qint64 addRecord(RecordRepository& records, const QString& title)
{
    Record r;
    r.title = title;
    r.date = QStringLiteral("2021");
    r.keywords = {QStringLiteral("diagnostic")};
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author, 0}};
    auto id = records.add(r);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("a record saved elsewhere after it was read here is not overwritten")
{
    TestCatalogue cat;
    auto other = cat.openAgain(); // the other workstation, or infodoc-cli
    RecordRepository here(cat.db(), cat.clock());
    RecordRepository there(*other, cat.clock());
    const qint64 id = addRecord(here, QStringLiteral("Diagnostic du quartier"));

    auto mine = here.get(id);
    REQUIRE(mine.ok());
    CHECK(mine->revision == 1);
    auto theirs = there.get(id);
    REQUIRE(theirs.ok());
    theirs->title = QStringLiteral("Diagnostic du quartier des Chardonnerets");
    REQUIRE(there.update(*theirs).ok());

    const qint64 journal = cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal"));
    mine->notes = QStringLiteral("Relu le 3 mars");
    const Status refused = here.update(*mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("n° %1").arg(id)));
    CHECK(refused.errorMessage().contains(QStringLiteral("changed elsewhere")));
    CHECK(refused.errorMessage().contains(QStringLiteral("nothing was saved")));

    // Nothing of the refused save, all of the other one.
    auto stored = here.get(id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Diagnostic du quartier des Chardonnerets"));
    CHECK(stored->notes.isEmpty());
    CHECK(stored->revision == 2);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal")) == journal);

    // Opened again, the change is made on top of the other one.
    stored->notes = QStringLiteral("Relu le 3 mars");
    REQUIRE(here.update(*stored).ok());
    auto both = there.get(id);
    REQUIRE(both.ok());
    CHECK(both->title == QStringLiteral("Diagnostic du quartier des Chardonnerets"));
    CHECK(both->notes == QStringLiteral("Relu le 3 mars"));
    CHECK(both->revision == 3);
}

TEST_CASE("the form's save (RecordSaver) refuses a record changed elsewhere, and one deleted elsewhere")
{
    TestCatalogue cat;
    auto other = cat.openAgain();
    RecordRepository here(cat.db(), cat.clock());
    RecordRepository there(*other, cat.clock());
    const qint64 id = addRecord(here, QStringLiteral("Jardins partagés"));
    auto opened = here.get(id); // the form, open
    REQUIRE(opened.ok());

    auto batch = BatchEdit(*other, cat.clock())
                     .apply({id}, {BatchEdit::Action::AddKeyword, QStringLiteral("REP+"), {}});
    REQUIRE(batch.ok());

    opened->title = QStringLiteral("Jardins partagés et vivre-ensemble");
    auto saved = RecordSaver(cat.db(), cat.clock()).save({*opened, {}, {}}, RecordSaver::Duplicates::Accept);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorMessage().contains(QStringLiteral("changed elsewhere")));
    auto stored = here.get(id);
    REQUIRE(stored.ok());
    CHECK(stored->keywords.contains(QStringLiteral("REP+"))); // the batch's keyword is kept
    CHECK(stored->title == QStringLiteral("Jardins partagés"));

    REQUIRE(there.remove(id).ok());
    auto gone = RecordSaver(cat.db(), cat.clock()).save({*stored, {}, {}}, RecordSaver::Duplicates::Accept);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.errorMessage().contains(QStringLiteral("no record number %1").arg(id)));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
}

TEST_CASE("an author renamed in the authorities makes an open form stale")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    const qint64 id = addRecord(records, QStringLiteral("Mixité sociale"));
    auto opened = records.get(id);
    REQUIRE(opened.ok());
    const qint64 author = opened->responsibilities.first().authorityId;
    REQUIRE(AuthorityRepository(cat.db(), cat.clock())
                .rename(author, QStringLiteral("Dupont-Leroy, Marie"))
                .ok());

    // Saved as it was read, the form would bring back the old name.
    opened->notes = QStringLiteral("note");
    REQUIRE_FALSE(records.update(*opened).ok());
    auto stored = records.get(id);
    REQUIRE(stored.ok());
    CHECK(stored->responsibilities.first().name == QStringLiteral("Dupont-Leroy, Marie"));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM authority WHERE name = 'Dupont, Marie'")) == 0);
}

TEST_CASE("a batch undone after one of its records was saved elsewhere undoes nothing and names it")
{
    TestCatalogue cat;
    auto other = cat.openAgain();
    RecordRepository records(cat.db(), cat.clock());
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(addRecord(records, QStringLiteral("Étude %1").arg(i + 1)));
    BatchEdit batch(cat.db(), cat.clock());
    const BatchEdit::Change change{BatchEdit::Action::AddKeyword, QStringLiteral("emploi"), {}};

    SECTION("nobody else wrote: undone")
    {
        auto undo = batch.apply(ids, change);
        REQUIRE(undo.ok());
        CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record_keyword WHERE keyword = 'emploi'")) ==
              4);
        REQUIRE(batch.undo(*undo).ok());
        CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record_keyword WHERE keyword = 'emploi'")) ==
              0);
    }
    SECTION("one record saved elsewhere in between: nothing undone, that record named")
    {
        auto undo = batch.apply(ids, change);
        REQUIRE(undo.ok());
        RecordRepository there(*other, cat.clock());
        auto third = there.get(ids.at(2));
        REQUIRE(third.ok());
        third->notes = QStringLiteral("Ajouté à la bibliographie");
        REQUIRE(there.update(*third).ok());

        const Status undone = batch.undo(*undo);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.errorMessage().contains(QStringLiteral("n° %1").arg(ids.at(2))));
        CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record_keyword WHERE keyword = 'emploi'")) ==
              4);
        auto kept = records.get(ids.at(2));
        REQUIRE(kept.ok());
        CHECK(kept->notes == QStringLiteral("Ajouté à la bibliographie"));
    }
    SECTION("a form opened before the batch cannot take the batch's keyword away")
    {
        auto opened = records.get(ids.at(0));
        REQUIRE(opened.ok());
        REQUIRE(BatchEdit(*other, cat.clock()).apply(ids, change).ok());
        opened->title = QStringLiteral("Étude 1 (révisée)");
        REQUIRE_FALSE(records.update(*opened).ok());
        CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record_keyword WHERE keyword = 'emploi'")) ==
              4);
    }
}

TEST_CASE("a record not read from the catalogue (revision 0) is written as it is")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    const qint64 id = addRecord(records, QStringLiteral("Rapport annuel"));
    Record replacement;
    replacement.id = id;
    replacement.title = QStringLiteral("Rapport annuel 2021");
    REQUIRE(records.update(replacement).ok());
    auto stored = records.get(id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Rapport annuel 2021"));
    CHECK(stored->revision == 2);
}

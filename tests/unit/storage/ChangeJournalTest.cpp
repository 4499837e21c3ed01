#include "core/storage/ChangeJournal.h"
#include "core/catalog/RecordRepository.h"
#include "core/storage/WriteTransaction.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {
Record book(const QString& title)
{
    Record r;
    r.type = DocumentType::Book;
    r.title = title;
    r.responsibilities = {{QStringLiteral("Nouvel, Auteur"), AuthorityKind::Person, Role::Author}};
    r.subjects = {QStringLiteral("Logement social")};
    return r;
}
} // namespace

TEST_CASE("a write appends journal rows in the same transaction")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    const qint64 before = *ChangeJournal::lastSeq(cat.db().connection());
    auto id = records.add(book(QStringLiteral("Habiter le quartier")));
    REQUIRE(id.ok());
    const auto entries = *ChangeJournal::since(cat.db().connection(), before, 100);
    REQUIRE(entries.size() == 2); // the new authority, then the record
    CHECK(entries.at(0).entity == ChangeJournal::Entity::Authority);
    CHECK(entries.at(1).entity == ChangeJournal::Entity::Record);
    CHECK(entries.at(1).entityId == *id);
    CHECK(entries.at(1).op == ChangeJournal::Op::Insert);

    Record changed = *records.get(*id);
    changed.title = QStringLiteral("Habiter autrement le quartier");
    REQUIRE(records.update(changed).ok());
    REQUIRE(records.remove(*id).ok());
    const auto after = *ChangeJournal::since(cat.db().connection(), entries.last().seq, 100);
    REQUIRE(after.size() == 2);
    CHECK(after.at(0).op == ChangeJournal::Op::Update);
    CHECK(after.at(1).op == ChangeJournal::Op::Delete);
    CHECK(after.at(1).entityId == *id);
}

TEST_CASE("a failed write leaves no journal row and no partial data")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    const qint64 journalBefore = *ChangeJournal::lastSeq(cat.db().connection());
    const qint64 authoritiesBefore = cat.scalar(QStringLiteral("SELECT COUNT(*) FROM authority"));

    // The authority is written before the unknown subject is found: the
    // whole transaction must roll back.
    Record r = book(QStringLiteral("Un titre"));
    r.subjects = {QStringLiteral("Logement social"), QStringLiteral("Sujet inexistant")};
    auto id = records.add(r);
    REQUIRE_FALSE(id.ok());
    CHECK(id.errorMessage().contains(QStringLiteral("Sujet inexistant")));
    CHECK(*ChangeJournal::lastSeq(cat.db().connection()) == journalBefore);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM authority")) == authoritiesBefore);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
}

TEST_CASE("a batch is all or nothing and names the failing record")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    QList<Record> batch = {book(QStringLiteral("Premier")), book(QStringLiteral("Deuxième")),
                           book(QStringLiteral("Troisième"))};
    batch[2].territories = {QStringLiteral("Atlantide")};
    auto ids = records.addAll(batch);
    REQUIRE_FALSE(ids.ok());
    CHECK(ids.errorMessage().contains(QStringLiteral("Record 3")));
    CHECK(ids.errorMessage().contains(QStringLiteral("Atlantide")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE entity = 'record'")) == 0);
}

TEST_CASE("a cancelled batch writes nothing")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    QList<Record> batch;
    for (int i = 0; i < 600; ++i)
        batch.append(book(QStringLiteral("Notice %1").arg(i)));
    auto ids = records.addAll(batch, [](int done, int) { return done < 300; });
    REQUIRE_FALSE(ids.ok());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
}

TEST_CASE("an uncommitted write transaction rolls back when dropped")
{
    TestCatalogue cat;
    const qint64 before = *ChangeJournal::lastSeq(cat.db().connection());
    {
        auto t = WriteTransaction::begin(cat.db().connection());
        REQUIRE(t.ok());
        REQUIRE(ChangeJournal::append(cat.db().connection(), ChangeJournal::Entity::Record, 1,
                                      ChangeJournal::Op::Insert, cat.clock().now())
                    .ok());
    }
    CHECK(*ChangeJournal::lastSeq(cat.db().connection()) == before);
}

TEST_CASE("every entity and operation is written and read back under its own name")
{
    TestCatalogue cat;
    const qint64 before = *ChangeJournal::lastSeq(cat.db().connection());
    const QList<ChangeJournal::Entity> entities = {
        ChangeJournal::Entity::Record, ChangeJournal::Entity::Authority, ChangeJournal::Entity::Subject,
        ChangeJournal::Entity::Territory, ChangeJournal::Entity::Attachment};
    const QList<ChangeJournal::Op> ops = {ChangeJournal::Op::Insert, ChangeJournal::Op::Update,
                                          ChangeJournal::Op::Delete};
    QSet<QString> names;
    for (auto e : entities) {
        names.insert(ChangeJournal::entityName(e));
        CHECK(ChangeJournal::entityFromName(ChangeJournal::entityName(e)) == e);
        for (auto op : ops)
            REQUIRE(ChangeJournal::append(cat.db().connection(), e, 7, op, cat.clock().now()).ok());
    }
    CHECK(names.size() == entities.size());
    CHECK_FALSE(ChangeJournal::entityFromName(QStringLiteral("records")).has_value());
    const auto read = ChangeJournal::since(cat.db().connection(), before, 100);
    REQUIRE(read.ok());
    REQUIRE(read->size() == entities.size() * ops.size());
    for (int i = 0; i < read->size(); ++i) {
        CHECK(read->at(i).entity == entities.at(i / 3));
        CHECK(read->at(i).op == ops.at(i % 3));
        CHECK(read->at(i).entityId == 7);
    }
}

TEST_CASE("a journal that cannot be read, or names an unknown entity, is an error, not an empty journal")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    REQUIRE(records.add(book(QStringLiteral("Habiter le quartier"))).ok());
    const qint64 before = *ChangeJournal::lastSeq(cat.db().connection());
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO change_journal (entity, entity_id, op, at) "
                                  "VALUES ('recrod', 1, 'update', '2026-01-01T00:00:00Z')")));
    const auto damaged = ChangeJournal::since(cat.db().connection(), before, 100);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.errorMessage().contains(QStringLiteral("recrod")));

    REQUIRE(q.exec(QStringLiteral("ALTER TABLE change_journal RENAME TO change_journal_gone")));
    const auto since = ChangeJournal::since(cat.db().connection(), 0, 100);
    REQUIRE_FALSE(since.ok());
    CHECK(since.errorMessage().contains(QStringLiteral("change journal")));
    CHECK_FALSE(ChangeJournal::lastSeq(cat.db().connection()).ok());
}

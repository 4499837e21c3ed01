#include "core/catalog/RecordSaver.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordSession.h"
#include "core/storage/WriteTransaction.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

Record book()
{
    Record r;
    r.type = DocumentType::Book;
    r.title = QStringLiteral("La politique de la ville : une histoire");
    r.date = QStringLiteral("2012");
    r.isbn = QStringLiteral("978-2-13-058804-7");
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author}};
    return r;
}

QString writeFile(const TestCatalogue& cat, const QString& name, const QByteArray& bytes)
{
    const QString path = cat.dir() + u'/' + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("saving checks the record itself, whatever the caller checked")
{
    TestCatalogue cat;
    RecordSaver saver(cat.db(), cat.clock());
    Record r = book();
    r.isbn = QStringLiteral("978-2-13-058804-8"); // wrong checksum
    const auto saved = saver.save({r, {}, {}}, RecordSaver::Duplicates::Accept);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorMessage().contains(QStringLiteral("ISBN")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);

    // The same for a batch writer that skips the validator.
    r.isbn.clear();
    r.title = QStringLiteral("   ");
    auto transaction = WriteTransaction::begin(cat.db().connection());
    REQUIRE(transaction.ok());
    RecordRepository::Session session(cat.db().connection(), cat.clock());
    CHECK_FALSE(session.write(r).ok());
}

TEST_CASE("a possible duplicate is refused or saved as the caller says, and named")
{
    TestCatalogue cat;
    RecordSaver saver(cat.db(), cat.clock());
    const auto first = saver.save({book(), {}, {}}, RecordSaver::Duplicates::Refuse);
    REQUIRE(first.ok());
    CHECK(first->duplicates.isEmpty());

    const auto review = saver.review(book());
    REQUIRE(review.ok());
    REQUIRE(review->duplicates.size() == 1);
    CHECK(review->duplicates.first().record.id == first->id);
    CHECK(review->problems.isEmpty());

    const auto refused = saver.save({book(), {}, {}}, RecordSaver::Duplicates::Refuse);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("n° %1").arg(first->id)));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 1);

    const auto accepted = saver.save({book(), {}, {}}, RecordSaver::Duplicates::Accept);
    REQUIRE(accepted.ok());
    CHECK(accepted->duplicates.size() == 1);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 2);

    // Updating a record does not find itself.
    Record stored = book();
    stored.id = first->id;
    stored.isbn.clear();
    stored.title = QStringLiteral("Une tout autre histoire");
    const auto updated = saver.save({stored, {}, {}}, RecordSaver::Duplicates::Refuse);
    REQUIRE(updated.ok());
    CHECK(updated->id == first->id);
}

TEST_CASE("a chapter without its book is saved with a warning")
{
    TestCatalogue cat;
    RecordSaver saver(cat.db(), cat.clock());
    Record chapter;
    chapter.type = DocumentType::Chapter;
    chapter.title = QStringLiteral("Les conseils citoyens");
    const auto review = saver.review(chapter);
    REQUIRE(review.ok());
    REQUIRE(review->warnings.size() == 1);
    CHECK(review->warnings.first().field == QStringLiteral("containerTitle"));
    const auto saved = saver.save({chapter, {}, {}}, RecordSaver::Duplicates::Refuse);
    REQUIRE(saved.ok());
    CHECK(saved->warnings.size() == 1);
    chapter.containerTitle = QStringLiteral("Quartiers populaires : regards croisés");
    CHECK(RecordValidator::warnings(chapter).isEmpty());
}

TEST_CASE("files are attached and detached after the record is saved, each on its own")
{
    TestCatalogue cat;
    RecordSaver saver(cat.db(), cat.clock());
    const QString note = writeFile(cat, QStringLiteral("note.txt"), "Compte rendu du comité de pilotage.");
    const QString missing = cat.dir() + QStringLiteral("/absent.pdf");
    const auto saved = saver.save({book(), {note, missing}, {}}, RecordSaver::Duplicates::Accept);
    REQUIRE(saved.ok());
    REQUIRE(saved->fileFailures.size() == 1);
    CHECK(saved->fileFailures.first().contains(QStringLiteral("absent.pdf")));
    const auto files = AttachmentStore::forRecord(cat.db().connection(), saved->id);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);

    // Another record's file is not detached through this one.
    Record other = book();
    other.isbn.clear();
    other.title = QStringLiteral("Autre chose");
    const auto second = saver.save({other, {}, {files->first().id}}, RecordSaver::Duplicates::Accept);
    REQUIRE(second.ok());
    REQUIRE(second->fileFailures.size() == 1);
    CHECK(AttachmentStore::forRecord(cat.db().connection(), saved->id)->size() == 1);

    Record again = book();
    again.id = saved->id;
    const auto detached = saver.save({again, {}, {files->first().id}}, RecordSaver::Duplicates::Accept);
    REQUIRE(detached.ok());
    CHECK(detached->fileFailures.isEmpty());
    CHECK(AttachmentStore::forRecord(cat.db().connection(), saved->id)->isEmpty());
}

TEST_CASE("a duplicate look-up that cannot read the catalogue stops the save")
{
    TestCatalogue cat;
    RecordSaver saver(cat.db(), cat.clock());
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE record RENAME TO record_away")));
    CHECK_FALSE(saver.review(book()).ok());
    CHECK_FALSE(saver.save({book(), {}, {}}, RecordSaver::Duplicates::Accept).ok());
}

TEST_CASE("a thesaurus that cannot be read while saving is said, not taken for an unknown subject")
{
    TestCatalogue cat;
    RecordSaver saver(cat.db(), cat.clock());
    Record r = book();
    r.subjects = {QStringLiteral("Logement social")};
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject_nonpreferred RENAME TO subject_nonpreferred_away")));
    const auto saved = saver.save({r, {}, {}}, RecordSaver::Duplicates::Accept);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorMessage().contains(QStringLiteral("Cannot read the catalogue")));
    CHECK_FALSE(saved.errorMessage().contains(QStringLiteral("not in the thesaurus")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
}

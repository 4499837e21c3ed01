#include "core/catalog/RecordRepository.h"
#include "core/catalog/RecordValidator.h"
#include "core/circulation/Circulation.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {
Record fullRecord(DocumentType type)
{
    Record r;
    r.type = type;
    r.title = QStringLiteral("La rénovation urbaine à Sarcelles");
    r.subtitle = QStringLiteral("bilan de dix ans");
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author},
                          {QStringLiteral("Agence nationale pour la rénovation urbaine"),
                           AuthorityKind::Organisation, Role::Commissioner}};
    r.publisher = QStringLiteral("La Documentation française");
    r.place = QStringLiteral("Paris");
    r.date = QStringLiteral("2019-05");
    r.edition = QStringLiteral("2e éd.");
    r.collection = QStringLiteral("Études et recherches");
    r.collectionNumber = QStringLiteral("12");
    r.isbn = QStringLiteral("978-2-13-058804-7");
    r.issn = QStringLiteral("0378-5955");
    r.extent = QStringLiteral("212 p.");
    r.language = QStringLiteral("fre");
    r.abstract = QStringLiteral("Un bilan du programme de rénovation urbaine.");
    r.notes = QStringLiteral("Bibliographie p. 200-210.");
    r.subjects = {QStringLiteral("Renouvellement urbain"), QStringLiteral("Relogement")};
    r.keywords = {QStringLiteral("démolition"), QStringLiteral("ANRU")};
    r.territories = {QStringLiteral("Sarcelles"), QStringLiteral("Les Lochères")};
    r.audience = QStringLiteral("Professionnels");
    r.url = QStringLiteral("https://www.example.org/renovation");
    r.callNumber = QStringLiteral("REN 2 DUP");
    r.copies = {{0,
                 QStringLiteral("B0001"),
                 QStringLiteral("REN 2 DUP"),
                 QStringLiteral("Salle de lecture"),
                 CopyStatus::Available,
                 {}},
                {0,
                 QStringLiteral("B0002"),
                 QStringLiteral("REN 2 DUP"),
                 QStringLiteral("Réserve"),
                 CopyStatus::ReferenceOnly,
                 {}}};
    if (type == DocumentType::ExperienceSheet) {
        ExperienceSheet s;
        s.context = QStringLiteral("Démolition de deux tours ; relogement de 120 ménages.");
        s.targetPublic = QStringLiteral("Habitants relogés");
        s.objectives = QStringLiteral("Accompagner le relogement.");
        s.description = QStringLiteral("Permanences hebdomadaires.");
        s.means = QStringLiteral("Deux médiatrices ; 40 000 €.");
        s.results = QStringLiteral("120 ménages accompagnés.");
        s.contact = QStringLiteral("Maison du projet");
        s.startDate = QStringLiteral("2018-09-01");
        s.endDate = QStringLiteral("2020-06-30");
        r.sheet = s;
        r.responsibilities.append({QStringLiteral("Centre social des Rosiers"), AuthorityKind::Organisation,
                                   Role::LeadOrganisation});
        r.responsibilities.append(
            {QStringLiteral("Ville de Sarcelles"), AuthorityKind::Organisation, Role::Partner});
    }
    return r;
}

void checkSame(const Record& a, const Record& b)
{
    CHECK(a.type == b.type);
    CHECK(a.title == b.title);
    CHECK(a.subtitle == b.subtitle);
    REQUIRE(a.responsibilities.size() == b.responsibilities.size());
    for (int i = 0; i < a.responsibilities.size(); ++i) {
        CHECK(a.responsibilities[i].name == b.responsibilities[i].name);
        CHECK(a.responsibilities[i].role == b.responsibilities[i].role);
        CHECK(a.responsibilities[i].kind == b.responsibilities[i].kind);
    }
    CHECK(a.publisher == b.publisher);
    CHECK(a.place == b.place);
    CHECK(a.date == b.date);
    CHECK(a.edition == b.edition);
    CHECK(a.collection == b.collection);
    CHECK(a.collectionNumber == b.collectionNumber);
    CHECK(a.extent == b.extent);
    CHECK(a.language == b.language);
    CHECK(a.abstract == b.abstract);
    CHECK(a.notes == b.notes);
    CHECK(a.subjects == b.subjects);
    CHECK(a.keywords == b.keywords);
    CHECK(a.territories == b.territories);
    CHECK(a.audience == b.audience);
    CHECK(a.url == b.url);
    CHECK(a.callNumber == b.callNumber);
    REQUIRE(a.copies.size() == b.copies.size());
    for (int i = 0; i < a.copies.size(); ++i) {
        CHECK(a.copies[i].barcode == b.copies[i].barcode);
        CHECK(a.copies[i].location == b.copies[i].location);
        CHECK(a.copies[i].status == b.copies[i].status);
    }
    CHECK(a.sheet.has_value() == b.sheet.has_value());
    if (a.sheet && b.sheet)
        CHECK(*a.sheet == *b.sheet);
}
} // namespace

TEST_CASE("every document type is created, read, updated and deleted")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    int barcode = 0;
    for (DocumentType type : Vocabulary::documentTypes()) {
        INFO("type " << Vocabulary::key(type).toStdString());
        Record r = fullRecord(type);
        for (Copy& c : r.copies)
            c.barcode = QStringLiteral("T%1").arg(++barcode);
        auto id = records.add(r);
        REQUIRE(id.ok());
        auto read = records.get(*id);
        REQUIRE(read.ok());
        checkSame(*read, r);
        CHECK(read->isbn == QStringLiteral("9782130588047"));
        CHECK(read->created == cat.clock().now());

        // Half an hour a type: every loan of this test is made on the same day.
        cat.clock().advanceSeconds(1800);
        Record changed = *read;
        changed.title = QStringLiteral("Titre corrigé");
        changed.subjects = {QStringLiteral("Mixité sociale")};
        changed.copies.removeLast();
        // Only a loan puts a copy out: the status cannot be written by hand.
        changed.copies.first().status = CopyStatus::OnLoan;
        const Status refused = records.update(changed);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().contains(changed.copies.first().barcode));
        changed.copies.first().status = CopyStatus::Available;
        REQUIRE(records.update(changed).ok());
        cat.lend(changed.copies.first().barcode);
        auto again = records.get(*id);
        REQUIRE(again.ok());
        CHECK(again->title == QStringLiteral("Titre corrigé"));
        CHECK(again->subjects == QStringList{QStringLiteral("Mixité sociale")});
        REQUIRE(again->copies.size() == 1);
        CHECK(again->copies.first().id == read->copies.first().id); // same copy, not a new one
        CHECK(again->copies.first().status == CopyStatus::OnLoan);
        CHECK(again->copies.first().due == QDate(2026, 4, 1)); // 30 days for the team
        CHECK(again->modified == cat.clock().now());
        CHECK(again->created == read->created);

        // Saved again as read (status "on loan"), the copy keeps its loan;
        // it cannot be dropped, withdrawn, nor its record deleted while out.
        REQUIRE(records.update(*again).ok());
        CHECK_FALSE(records.update(*again).ok()); // the same copy saved twice: the second is stale
        again = records.get(*id);
        REQUIRE(again.ok());
        Record dropped = *again;
        dropped.copies.clear();
        const Status notDropped = records.update(dropped);
        REQUIRE_FALSE(notDropped.ok());
        CHECK(notDropped.errorMessage().contains(again->copies.first().barcode));
        Record withdrawn = *again;
        withdrawn.copies.first().status = CopyStatus::Withdrawn;
        CHECK_FALSE(records.update(withdrawn).ok());
        const Status notDeleted = records.remove(*id);
        REQUIRE_FALSE(notDeleted.ok());
        CHECK(notDeleted.errorMessage().contains(again->copies.first().barcode));
        CHECK(*records.exists(*id));
        auto circulation = Circulation::open(cat.db(), cat.clock());
        REQUIRE(circulation.ok());
        REQUIRE(circulation->checkin(again->copies.first().barcode).ok());
        CHECK(records.get(*id)->copies.first().status == CopyStatus::Available);

        REQUIRE(records.remove(*id).ok());
        CHECK_FALSE(records.get(*id).ok());
        CHECK_FALSE(*records.exists(*id));
    }
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM copy")) == 0);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM responsibility")) == 0);
}

TEST_CASE("non-preferred terms are stored as their descriptor")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Les HLM");
    r.subjects = {QStringLiteral("hlm"), QStringLiteral("QPV"), QStringLiteral("Logement social")};
    auto id = records.add(r);
    REQUIRE(id.ok());
    CHECK(records.get(*id)->subjects ==
          QStringList{QStringLiteral("Logement social"),
                      QStringLiteral("Quartier prioritaire de la politique de la ville")});
}

TEST_CASE("catalogue rules are enforced with clear messages")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Une notice");

    SECTION("title required")
    {
        r.title = QStringLiteral("   ");
        auto id = records.add(r);
        REQUIRE_FALSE(id.ok());
        CHECK(id.errorMessage().contains(QStringLiteral("title")));
    }
    SECTION("bad ISBN")
    {
        r.isbn = QStringLiteral("978-2-13-058804-8");
        CHECK(records.add(r).errorMessage().contains(QStringLiteral("ISBN")));
    }
    SECTION("bad date")
    {
        r.date = QStringLiteral("2019-13");
        CHECK(records.add(r).errorMessage().contains(QStringLiteral("2019-13")));
    }
    SECTION("bad URL")
    {
        r.url = QStringLiteral("javascript:alert(1)");
        CHECK_FALSE(records.add(r).ok());
    }
    SECTION("sheet fields on a book")
    {
        r.sheet = ExperienceSheet{};
        CHECK(records.add(r).errorMessage().contains(QStringLiteral("experience sheets")));
    }
    SECTION("sheet ends before it starts")
    {
        r.type = DocumentType::ExperienceSheet;
        r.sheet = ExperienceSheet{};
        r.sheet->startDate = QStringLiteral("2020-01-01");
        r.sheet->endDate = QStringLiteral("2019-01-01");
        CHECK_FALSE(records.add(r).ok());
    }
    SECTION("barcode already used by another record")
    {
        r.copies = {{0, QStringLiteral("X1"), {}, {}, CopyStatus::Available, {}}};
        auto first = records.add(r);
        REQUIRE(first.ok());
        auto second = records.add(r);
        REQUIRE_FALSE(second.ok());
        CHECK(second.errorMessage().contains(QStringLiteral("X1")));
        CHECK(second.errorMessage().contains(QString::number(*first)));
        CHECK(*records.count() == 1);
    }
    SECTION("updating a record that does not exist")
    {
        r.id = 4242;
        auto s = records.update(r);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("4242")));
    }
    SECTION("every problem is listed for the form")
    {
        r.title.clear();
        r.isbn = QStringLiteral("123");
        r.language = QStringLiteral("French");
        const auto problems = RecordValidator::problems(r);
        REQUIRE(problems.size() == 3);
        CHECK(problems.at(0).field == QStringLiteral("title"));
        CHECK(problems.at(1).field == QStringLiteral("isbn"));
        CHECK(problems.at(2).field == QStringLiteral("language"));
    }
}

TEST_CASE("listing pages through records by keyset, sorted and filtered")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    QList<Record> batch;
    for (int i = 0; i < 45; ++i) {
        Record r;
        r.type = i % 3 == 0 ? DocumentType::Study : DocumentType::Book;
        r.title =
            (i % 2 ? QStringLiteral("Étude ") : QStringLiteral("L'habitat ")) + QString::number(100 + i);
        r.date = QString::number(2000 + i % 7);
        const QStringList names = {QStringLiteral("Martin"), QStringLiteral("Bernard"),
                                   QStringLiteral("Dubois"), QStringLiteral("Thomas"),
                                   QStringLiteral("Robert")};
        r.responsibilities = {
            {names.at(i % 5) + QStringLiteral(", Anne"), AuthorityKind::Person, Role::Author}};
        batch.append(r);
    }
    REQUIRE(records.addAll(batch).ok());
    CHECK(*records.count() == 45);

    RecordPageRequest request;
    request.limit = 10;
    QStringList titles;
    int pages = 0;
    for (;;) {
        const RecordPage page = *records.page(request);
        ++pages;
        for (const auto& s : page.rows)
            titles.append(s.title);
        if (!page.next)
            break;
        request.after = page.next;
    }
    CHECK(pages == 5);
    REQUIRE(titles.size() == 45);
    // "Étude" sorts with E, "L'habitat" under H: folded, article dropped.
    CHECK(titles.first() == QStringLiteral("Étude 101"));
    CHECK(titles.last() == QStringLiteral("L'habitat 144"));

    RecordPageRequest byYear;
    byYear.sort = RecordSort::Year;
    byYear.order = Qt::DescendingOrder;
    byYear.limit = 100;
    const auto years = records.page(byYear)->rows;
    CHECK(years.first().year == 2006);
    CHECK(years.last().year == 2000);

    RecordFilter filter;
    filter.text = QStringLiteral("etude");
    CHECK(*records.count(filter) == 22);
    filter.type = DocumentType::Study;
    CHECK(*records.count(filter) == 7);
    filter = {};
    filter.text = QStringLiteral("DUBOIS anne");
    CHECK(*records.count(filter) == 9);
    filter.text = QStringLiteral("dubois 107"); // every word must match somewhere
    CHECK(*records.count(filter) == 1);
}

TEST_CASE("a list or count that cannot be read is an error, not an empty catalogue")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Habiter le quartier");
    const auto id = records.add(r);
    REQUIRE(id.ok());
    REQUIRE(*records.exists(*id));
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE record RENAME TO record_away")));
    const auto page = records.page({});
    REQUIRE_FALSE(page.ok());
    CHECK(page.errorMessage().startsWith(QStringLiteral("Cannot list the records")));
    CHECK_FALSE(records.count().ok());
    CHECK_FALSE(records.exists(*id).ok());
}

TEST_CASE("possible duplicates: the same ISBN, or nearly the same title, year and author")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record book;
    book.type = DocumentType::Book;
    book.title = QStringLiteral("La politique de la ville : une histoire");
    book.date = QStringLiteral("2012");
    book.isbn = QStringLiteral("978-2-13-058804-7");
    book.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author}};
    auto id = records.add(book);
    REQUIRE(id.ok());

    Record same = book;
    same.title = QStringLiteral("Autre titre");
    auto dup = *records.possibleDuplicates(same);
    REQUIRE(dup.size() == 1);
    CHECK(dup.first().record.id == *id);
    CHECK(dup.first().reason == RecordRepository::Duplicate::Reason::SameIsbn);

    Record similar;
    similar.title = QStringLiteral("Politique de la ville : une histoire");
    similar.date = QStringLiteral("2012-03");
    similar.responsibilities = {{QStringLiteral("Marie Dupont"), AuthorityKind::Person, Role::Author}};
    dup = *records.possibleDuplicates(similar);
    REQUIRE(dup.size() == 1);
    CHECK(dup.first().reason == RecordRepository::Duplicate::Reason::SimilarTitle);
    CHECK(dup.first().record.title == book.title);

    // Another year, another author or another title: not a duplicate.
    Record otherYear = similar;
    otherYear.date = QStringLiteral("2014");
    CHECK(records.possibleDuplicates(otherYear)->isEmpty());
    Record otherAuthor = similar;
    otherAuthor.responsibilities = {{QStringLiteral("Martin, Paul"), AuthorityKind::Person, Role::Author}};
    CHECK(records.possibleDuplicates(otherAuthor)->isEmpty());
    Record otherTitle = similar;
    otherTitle.title = QStringLiteral("La politique du logement");
    // Articles do not count: "Politique de la ville : une histoire" is the same title.
    Record noArticle = similar;
    noArticle.title = QStringLiteral("La politique de la ville, une histoire");
    CHECK(records.possibleDuplicates(noArticle)->size() == 1);
    CHECK(records.possibleDuplicates(otherTitle)->isEmpty());
    // A record is not its own duplicate.
    auto stored = records.get(*id);
    REQUIRE(stored.ok());
    CHECK(records.possibleDuplicates(*stored)->isEmpty());
}

#include "core/catalog/DuplicateFinder.h"
#include "core/demo/DemoGenerator.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

using Duplicate = RecordRepository::Duplicate;

QList<std::pair<qint64, Duplicate::Reason>> matches(const QList<Duplicate>& list)
{
    QList<std::pair<qint64, Duplicate::Reason>> out;
    for (const Duplicate& d : list)
        out.append({d.record.id, d.reason});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("the import's index of the catalogue finds what the record form's query finds")
{
    TestCatalogue cat;
    REQUIRE(DemoGenerator(cat.db(), cat.clock()).generate({1500, 0, 11}).ok());
    RecordRepository records(cat.db(), cat.clock());
    auto finder = DuplicateFinder::load(cat.db());
    REQUIRE(finder.ok());
    CHECK(finder->size() == 1500);
    auto ids = records.allIds();
    REQUIRE(ids.ok());
    // Records of another catalogue, as an import brings them, and records of
    // this one come again with their numbers out and their titles, years or
    // authors changed: a word more, an article, a year later, another author.
    TestCatalogue other;
    REQUIRE(DemoGenerator(other.db(), other.clock()).generate({600, 0, 7}).ok());
    QList<Record> arriving;
    REQUIRE(RecordRepository(other.db(), other.clock())
                .forEach(*RecordRepository(other.db(), other.clock()).allIds(),
                         [&](const Record& r) {
                             arriving.append(r);
                             return true;
                         })
                .ok());
    int n = 0;
    REQUIRE(records
                .forEach(ids->mid(0, 800),
                         [&](Record r) {
                             r.isbn.clear();
                             r.issn.clear();
                             switch (n++ % 5) {
                             case 0:
                                 r.title += QStringLiteral(" en France");
                                 break;
                             case 1:
                                 r.title = QStringLiteral("Les ") + r.title;
                                 break;
                             case 2:
                                 r.date = QString::number(r.year() + 1);
                                 break;
                             case 3:
                                 r.responsibilities = {
                                     {QStringLiteral("Zyx, Paul"), AuthorityKind::Person, Role::Author}};
                                 break;
                             default:
                                 r.subtitle = QStringLiteral("actes du colloque");
                                 break;
                             }
                             arriving.append(r);
                             return true;
                         })
                .ok());
    int compared = 0, withMatches = 0, similar = 0;
    QString firstDifference;
    for (Record r : std::as_const(arriving)) {
        r.id = 0;
        auto expected = records.possibleDuplicates(r);
        auto found = finder->find(r);
        REQUIRE(expected.ok());
        REQUIRE(found.ok());
        if (expected->size() >= DuplicateFinder::kMaxMatches)
            continue; // the index stops at ten
        ++compared;
        if (!expected->isEmpty())
            ++withMatches;
        for (const Duplicate& d : *found) {
            similar += d.reason == Duplicate::Reason::SimilarTitle;
            // The summary shown is the record's.
            const auto stored = std::find_if(expected->begin(), expected->end(),
                                             [&d](const Duplicate& e) { return e.record.id == d.record.id; });
            if (stored != expected->end() &&
                (stored->record.title != d.record.title || stored->record.authors != d.record.authors ||
                 stored->record.year != d.record.year || stored->record.type != d.record.type))
                firstDifference = QStringLiteral("summary of %1").arg(d.record.id);
        }
        if (matches(*expected) != matches(*found) && firstDifference.isEmpty())
            firstDifference = r.title;
    }
    INFO(firstDifference.toStdString());
    CHECK(firstDifference.isEmpty());
    CHECK(compared > 1300);
    // Not a comparison of empty lists: the demo catalogue repeats titles.
    CHECK(withMatches > 300);
    CHECK(similar > 300);

    // The same record again.
    Record copy = records.get(ids->first()).value();
    copy.id = 0;
    copy.copies.clear();
    auto same = finder->find(copy);
    REQUIRE(same.ok());
    CHECK(matches(*same) == matches(*records.possibleDuplicates(copy)));
    CHECK(std::any_of(same->begin(), same->end(),
                      [&](const Duplicate& d) { return d.record.id == ids->first(); }));
}

TEST_CASE("the import's index says so when a match has gone from the catalogue")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.type = DocumentType::Book;
    r.title = QStringLiteral("Habiter les grands ensembles");
    r.date = QStringLiteral("2015");
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author}};
    auto id = records.add(r);
    REQUIRE(id.ok());
    auto finder = DuplicateFinder::load(cat.db());
    REQUIRE(finder.ok());
    REQUIRE(records.remove(*id).ok());
    auto found = finder->find(r);
    REQUIRE_FALSE(found.ok());
    CHECK(found.errorMessage().contains(QString::number(*id)));
}

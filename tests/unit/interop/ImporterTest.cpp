#include "core/interop/Importer.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

QByteArray sample(const char* name)
{
    return fileBytes(QStringLiteral(INFODOC_INTEROP_SAMPLES "/") + QLatin1String(name));
}

Importer::Plan prepare(TestCatalogue& cat, const QByteArray& data,
                       const QString& name = QStringLiteral("f.mrc"))
{
    auto plan = Importer(cat.db(), cat.clock()).prepare(data, name, {});
    INFO((plan ? QString() : plan.errorMessage()).toStdString());
    REQUIRE(plan);
    return *plan;
}

Importer::Outcome apply(TestCatalogue& cat, const Importer::Plan& plan, const Importer::Options& options = {})
{
    auto outcome = Importer(cat.db(), cat.clock()).apply(plan, options);
    INFO((outcome ? QString() : outcome.errorMessage()).toStdString());
    REQUIRE(outcome);
    return *outcome;
}

Record book(const QString& title, const QString& barcode = {})
{
    Record r;
    r.title = title;
    r.date = QStringLiteral("2020");
    r.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author}};
    r.subjects = {QStringLiteral("QPV")};
    if (!barcode.isEmpty()) {
        Copy c;
        c.barcode = barcode;
        c.callNumber = QStringLiteral("URB 1");
        c.location = QStringLiteral("Salle");
        r.copies = {c};
    }
    return r;
}

QByteArray unimarc(const QList<Record>& records)
{
    QList<MarcRecord> marc;
    for (const Record& r : records)
        marc.append(MarcMapping::fromRecord(r, MarcFlavour::Unimarc, QDate(2026, 12, 2)));
    auto bytes = MarcCodec::writeIso2709(marc);
    REQUIRE(bytes);
    return *bytes;
}

qint64 records(TestCatalogue& cat)
{
    return cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record"));
}

} // namespace

TEST_CASE("the BnF file is imported in one go, the journal follows, a second import finds the duplicates")
{
    TestCatalogue cat;
    const Importer::Plan plan = prepare(cat, sample("unimarc-bnf-marcjs-bib.mrc"), QStringLiteral("bib.mrc"));
    CHECK(plan.read() == 6);
    CHECK(plan.withErrors() == 0);
    CHECK(plan.withDuplicates() == 0);
    CHECK(plan.charsets == QStringList{QStringLiteral("utf-8")});
    CHECK(records(cat) == 0); // the plan writes nothing
    const qint64 journalBefore = cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal"));

    const auto outcome = apply(cat, plan);
    CHECK(outcome.added == 6);
    CHECK(outcome.ids.size() == 6);
    CHECK(records(cat) == 6);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal")) >= journalBefore + 6);
    auto first = RecordRepository(cat.db(), cat.clock()).get(outcome.ids.first());
    REQUIRE(first);
    CHECK(first->title == QStringLiteral("Greek printing types"));
    CHECK(first->callNumber == QStringLiteral("0 A 3"));

    // The same file again: every record a possible duplicate, skipped by default.
    const Importer::Plan again = prepare(cat, sample("unimarc-bnf-marcjs-bib.mrc"));
    CHECK(again.withDuplicates() == 6);
    CHECK(again.records.first().duplicates.first().record.id == outcome.ids.first());
    CHECK(again.records.first().duplicates.first().reason ==
          RecordRepository::Duplicate::Reason::SimilarTitle);
    const auto skipped = apply(cat, again);
    CHECK(skipped.skipped == 6);
    CHECK(records(cat) == 6);
    // As new for one of them (the preview's choice), skipped for the others.
    Importer::Options options;
    options.perRecord.insert(2, Importer::OnDuplicate::New);
    const auto one = apply(cat, again, options);
    CHECK(one.added == 1);
    CHECK(one.skipped == 5);
    CHECK(records(cat) == 7);
}

TEST_CASE("subjects go to the thesaurus's descriptors, places to the territories, the rest to keywords")
{
    TestCatalogue cat;
    Record mapped = book(QStringLiteral("Les jardins des quartiers"));
    mapped.subjects.append(QStringLiteral("Apiculture urbaine"));
    mapped.territories = {QStringLiteral("Seine-Saint-Denis"), QStringLiteral("Atlantide")};
    const Importer::Plan plan = prepare(cat, unimarc({mapped}));
    REQUIRE(plan.read() == 1);
    const auto& in = plan.records.first();
    CHECK(in.errors.isEmpty());
    // "QPV" is a non-preferred term: its descriptor is used.
    CHECK(in.record.subjects ==
          QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    CHECK(in.unmatchedSubjects == QStringList{QStringLiteral("Apiculture urbaine")});
    CHECK(in.record.territories == QStringList{QStringLiteral("Seine-Saint-Denis")});
    CHECK(in.record.keywords.contains(QStringLiteral("Apiculture urbaine")));
    CHECK(in.record.keywords.contains(QStringLiteral("Atlantide")));
    CHECK(plan.unmatchedSubjects.value(QStringLiteral("Apiculture urbaine")) == 1);

    // Added as candidate descriptors when the user says so.
    Importer::Options options;
    options.addCandidateDescriptors = true;
    const auto outcome = apply(cat, plan, options);
    CHECK(outcome.descriptorsAdded == 1);
    auto descriptor = Thesaurus(cat.db(), cat.clock()).find(QStringLiteral("Apiculture urbaine"));
    REQUIRE(descriptor);
    REQUIRE(descriptor->has_value());
    CHECK((*descriptor)->scopeNote.contains(QStringLiteral("f.mrc")));
    auto saved = RecordRepository(cat.db(), cat.clock()).get(outcome.ids.first());
    REQUIRE(saved);
    CHECK(saved->subjects.contains(QStringLiteral("Apiculture urbaine")));
    CHECK_FALSE(saved->keywords.contains(QStringLiteral("Apiculture urbaine")));
}

TEST_CASE("a record in error stops the import whole, unless the valid ones are asked for")
{
    TestCatalogue cat;
    RecordRepository repo(cat.db(), cat.clock());
    REQUIRE(repo.add(book(QStringLiteral("Déjà là"), QStringLiteral("B-1"))));
    Record untitled = book(QStringLiteral("x"));
    untitled.title.clear();
    Record taken = book(QStringLiteral("Une autre étude"), QStringLiteral("B-1")); // another record's copy
    Record twice = book(QStringLiteral("Un troisième titre"), QStringLiteral("B-2"));
    Record twiceAgain = book(QStringLiteral("Un quatrième titre sans rapport"), QStringLiteral("B-2"));
    const Importer::Plan plan = prepare(
        cat, unimarc({book(QStringLiteral("Premier rapport valide")), untitled, taken, twice, twiceAgain}));
    REQUIRE(plan.read() == 5);
    CHECK(plan.withErrors() == 3);
    CHECK(plan.records.at(1).errors.first().record == 2);
    CHECK(plan.records.at(1).errors.first().field == QStringLiteral("200$a"));
    CHECK(plan.records.at(2).errors.first().field == QStringLiteral("995$f"));
    CHECK(plan.records.at(2).errors.first().message.contains(QStringLiteral("B-1")));
    CHECK(plan.records.at(4).errors.first().message.contains(QStringLiteral("record 4")));

    auto refused = Importer(cat.db(), cat.clock()).apply(plan, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("Record 2")));
    CHECK(records(cat) == 1);

    Importer::Options validOnly;
    validOnly.validOnly = true;
    const auto outcome = apply(cat, plan, validOnly);
    CHECK(outcome.added == 2);
    CHECK(outcome.leftOut.size() == 3);
    CHECK(records(cat) == 3);
}

TEST_CASE("merge fills what the catalogue lacks, replace takes the file's description and keeps the copies")
{
    TestCatalogue cat;
    RecordRepository repo(cat.db(), cat.clock());
    Record mine = book(QStringLiteral("Habiter les grands ensembles"), QStringLiteral("LOCAL-1"));
    mine.isbn = QStringLiteral("9782130588047");
    mine.publisher.clear();
    mine.notes = QStringLiteral("Note locale");
    auto id = repo.add(mine);
    REQUIRE(id);

    Record theirs = book(QStringLiteral("Habiter les grands ensembles"), QStringLiteral("PMB-7"));
    theirs.isbn = QStringLiteral("978-2-13-058804-7");
    theirs.publisher = QStringLiteral("La Découverte");
    theirs.notes = QStringLiteral("Note du fichier");
    const Importer::Plan plan = prepare(cat, unimarc({theirs}));
    REQUIRE(plan.records.first().duplicates.size() == 1);
    CHECK(plan.records.first().duplicates.first().reason == RecordRepository::Duplicate::Reason::SameIsbn);

    Importer::Options merge;
    merge.onDuplicate = Importer::OnDuplicate::Merge;
    CHECK(apply(cat, plan, merge).merged == 1);
    auto merged = repo.get(*id);
    REQUIRE(merged);
    CHECK(merged->publisher == QStringLiteral("La Découverte"));
    CHECK(merged->notes == QStringLiteral("Note locale")); // never overwritten by a merge
    CHECK(merged->copies.size() == 2);
    CHECK(records(cat) == 1);

    Record replacement = theirs;
    replacement.notes = QStringLiteral("Note remplacée");
    replacement.copies.clear();
    Importer::Options replace;
    replace.onDuplicate = Importer::OnDuplicate::Replace;
    CHECK(apply(cat, prepare(cat, unimarc({replacement})), replace).replaced == 1);
    auto replaced = repo.get(*id);
    REQUIRE(replaced);
    CHECK(replaced->notes == QStringLiteral("Note remplacée"));
    CHECK(replaced->copies.size() == 2); // copies are the catalogue's

    // As new, a record whose copy the catalogue already has is refused, naming it.
    Importer::Options asNew;
    asNew.onDuplicate = Importer::OnDuplicate::New;
    auto refused = Importer(cat.db(), cat.clock()).apply(plan, asNew);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("PMB-7")));
    CHECK(records(cat) == 1);
}

TEST_CASE("a cancelled import writes nothing; an unknown format is said")
{
    TestCatalogue cat;
    QList<Record> many;
    for (int i = 0; i < 600; ++i)
        many.append(book(QStringLiteral("Étude numéro %1 sur les quartiers").arg(i)));
    const Importer::Plan plan = prepare(cat, unimarc(many));
    CHECK(plan.read() == 600);
    int calls = 0;
    auto cancelled =
        Importer(cat.db(), cat.clock()).apply(plan, {}, [&calls](qint64, qint64) { return ++calls < 2; });
    REQUIRE_FALSE(cancelled);
    CHECK(records(cat) == 0);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM authority")) == 0);

    // Reading cancelled as well: no plan.
    auto stopped =
        Importer(cat.db(), cat.clock())
            .prepare(unimarc(many), QStringLiteral("f.mrc"), {}, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.errorMessage().contains(QStringLiteral("Cancelled")));

    auto unknown =
        Importer(cat.db(), cat.clock()).prepare("Titre;Auteur\nA;B\n", QStringLiteral("liste.txt"), {});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.errorMessage().contains(QStringLiteral("liste.txt")));
    auto missing = Importer(cat.db(), cat.clock()).prepareFile(cat.dir() + QStringLiteral("/none.mrc"), {});
    REQUIRE_FALSE(missing);
    CHECK(missing.errorMessage().contains(QStringLiteral("none.mrc")));
}

#include "core/search/SearchService.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/Circulation.h"
#include "core/demo/DemoGenerator.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::writeScannedPdf;

namespace {

Record record(DocumentType type, const QString& title, const QString& author, const QStringList& subjects,
              const QStringList& territories, const QString& date, const QString& language,
              const QString& abstract)
{
    Record r;
    r.type = type;
    r.title = title;
    if (!author.isEmpty())
        r.responsibilities = {{author, AuthorityKind::Person, Role::Author}};
    r.subjects = subjects;
    r.territories = territories;
    r.date = date;
    r.language = language;
    r.abstract = abstract;
    return r;
}

// Six records whose facets are counted by hand in the tests below.
struct Fixture
{
    TestCatalogue cat;
    std::unique_ptr<SearchIndex> index;
    QList<qint64> ids;
    qint64 attachmentId = 0;

    Fixture()
    {
        RecordRepository records(cat.db(), cat.clock());
        QList<Record> list;
        Record r1 = record(DocumentType::Book, QStringLiteral("Le logement social en Val-d'Oise"),
                           QStringLiteral("Dupont, Marie"), {QStringLiteral("Logement social")},
                           {QStringLiteral("Sarcelles")}, QStringLiteral("2012"), QStringLiteral("fre"),
                           QStringLiteral("Cinquante ans de bailleurs."));
        r1.callNumber = QStringLiteral("LOG 1 DUP");
        r1.copies = {{0, QStringLiteral("B1"), {}, {}, CopyStatus::Available, {}}};
        Record r2 = record(DocumentType::Study, QStringLiteral("Éducation prioritaire et réussite éducative"),
                           QStringLiteral("Martin, Paul"), {QStringLiteral("Réussite éducative")},
                           {QStringLiteral("Cergy")}, QStringLiteral("2015"), QStringLiteral("fre"),
                           QStringLiteral("L'accompagnement scolaire des élèves."));
        r2.copies = {{0, QStringLiteral("B2"), {}, {}, CopyStatus::Available, {}}};
        Record r3 = record(DocumentType::Study, QStringLiteral("Les études urbaines"),
                           QStringLiteral("Marie Dupont"), {QStringLiteral("Renouvellement urbain")},
                           {QStringLiteral("Argenteuil")}, QStringLiteral("2008"), QStringLiteral("eng"),
                           QStringLiteral("Le vivre-ensemble dans les quartiers."));
        Record r4 =
            record(DocumentType::ExperienceSheet, QStringLiteral("Jardin partagé à Garges-lès-Gonesse"),
                   QString(), {QStringLiteral("Jardins partagés")},
                   {QStringLiteral("Garges-lès-Gonesse"), QStringLiteral("Dame Blanche")},
                   QStringLiteral("2019"), QStringLiteral("fre"), QStringLiteral("Un jardin né en 2019."));
        r4.responsibilities = {
            {QStringLiteral("Centre social"), AuthorityKind::Organisation, Role::LeadOrganisation}};
        Record r5 = record(DocumentType::Report, QStringLiteral("Rapport sur la santé des jeunes"),
                           QStringLiteral("Bernard, Luc"),
                           {QStringLiteral("Accès aux soins"), QStringLiteral("Jeunesse")},
                           {QStringLiteral("Val-d'Oise")}, QStringLiteral("2021"), QStringLiteral("fre"),
                           QStringLiteral("État de santé."));
        r5.copies = {{0, QStringLiteral("B5"), {}, {}, CopyStatus::ReferenceOnly, {}}};
        Record r6 = record(DocumentType::Article, QStringLiteral("Ne pas confondre"),
                           QStringLiteral("Petit, Léa"), {}, {}, QStringLiteral("2020"),
                           QStringLiteral("fre"), QStringLiteral("Il ne faut pas confondre."));
        list = {r1, r2, r3, r4, r5, r6};
        auto added = records.addAll(list);
        REQUIRE(added.ok());
        ids = *added;
        cat.lend(QStringLiteral("B2"));

        // A three-page PDF attached to the report.
        const QString pdf =
            infodoc::test::writePdf(cat.dir() + QStringLiteral("/sante.pdf"),
                                    {QStringLiteral("Introduction générale du rapport."),
                                     QStringLiteral("Le retour de la tuberculose dans les foyers."),
                                     QStringLiteral("La vaccination des adolescents progresse.")});
        AttachmentStore store(cat.db(), cat.clock());
        auto attached = store.attach(ids[4], pdf);
        REQUIRE(attached.ok());
        attachmentId = attached->id;

        auto opened = SearchIndex::open(SearchIndex::directoryFor(cat.path()), SearchIndex::Mode::ReadWrite);
        REQUIRE(opened.ok());
        index = std::move(*opened);
        REQUIRE(sync().ok());
    }

    infodoc::core::Result<IndexSync::Summary> sync()
    {
        ExtractionPool::Options options;
        options.helperPath = QStringLiteral(INFODOC_EXTRACT);
        return IndexSync(cat.db(), *index, options).sync();
    }

    SearchService::Result find(const QString& query, SearchService::Options options = {})
    {
        options.query = query;
        options.limit = 50;
        auto result = SearchService(cat.db(), *index).search(options);
        INFO(query.toStdString() << ": " << result.errorMessage().toStdString());
        REQUIRE(result.ok());
        return *result;
    }

    // Positions (1..6) of the records found, sorted.
    QList<int> found(const QString& query, SearchService::Options options = {})
    {
        QList<int> out;
        for (const auto& h : find(query, options).hits)
            out.append(int(ids.indexOf(h.id)) + 1);
        std::sort(out.begin(), out.end());
        return out;
    }
};

int count(const QList<SearchService::Facet>& facet, const QString& value)
{
    for (const auto& f : facet)
        if (f.value == value)
            return f.count;
    return 0;
}

} // namespace

TEST_CASE("French normalisation: stems, accents, elisions, compounds")
{
    Fixture f;
    CHECK(f.found(QStringLiteral("logements")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("educatif")) == QList<int>{2});
    CHECK(f.found(QStringLiteral("etude")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("accompagnement")) == QList<int>{2}); // "L'accompagnement"
    CHECK(f.found(QStringLiteral("vivre-ensemble")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("ensemble")) == QList<int>{3});
    // Val-d'Oise whole, and by its parts; broader territories are indexed too.
    CHECK(f.found(QStringLiteral("Val-d'Oise")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(f.found(QStringLiteral("oise")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(f.found(QStringLiteral("2019")) == QList<int>{4});
}

TEST_CASE("exact mode tells né from ne")
{
    Fixture f;
    CHECK(f.found(QStringLiteral("né")) == QList<int>{4, 6});
    SearchService::Options exact;
    exact.exact = true;
    CHECK(f.found(QStringLiteral("né"), exact) == QList<int>{4});
    CHECK(f.found(QStringLiteral("\"né en 2019\"")) == QList<int>{4});
    CHECK(f.found(QStringLiteral("\"ne en 2019\"")).isEmpty());
}

TEST_CASE("each field, year ranges, booleans in both languages and wildcards")
{
    Fixture f;
    CHECK(f.found(QStringLiteral("auteur:dupont")) == QList<int>{1, 3});
    CHECK(f.found(QStringLiteral("author:\"marie dupont\"")) == QList<int>{1, 3});
    CHECK(f.found(QStringLiteral("titre:jardin")) == QList<int>{4});
    CHECK(f.found(QStringLiteral("title:jardins")) == QList<int>{4});
    CHECK(f.found(QStringLiteral("sujet:\"Logement social\"")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("subject:HLM")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("type:étude")) == QList<int>{2, 3});
    CHECK(f.found(QStringLiteral("type:report")) == QList<int>{5});
    CHECK(f.found(QStringLiteral("territoire:Cergy")) == QList<int>{2});
    CHECK(f.found(QStringLiteral("territory:\"dame blanche\"")) == QList<int>{4});
    CHECK(f.found(QStringLiteral("cote:LOG")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("langue:eng")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("année:2010..2016")) == QList<int>{1, 2});
    // Whole decades inside a range, open ends, a range with no record.
    CHECK(f.found(QStringLiteral("année:2000..2019")) == QList<int>{1, 2, 3, 4});
    CHECK(f.found(QStringLiteral("année:2008..2021")) == QList<int>{1, 2, 3, 4, 5, 6});
    CHECK(f.found(QStringLiteral("année:..2009")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("année:2020..")) == QList<int>{5, 6});
    CHECK(f.found(QStringLiteral("année:1950..1960")).isEmpty());
    CHECK(f.found(QStringLiteral("year:..2012")) == QList<int>{1, 3});
    CHECK(f.found(QStringLiteral("dupont ET logement")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("dupont AND logement")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("dupont OU bernard")) == QList<int>{1, 3, 5});
    CHECK(f.found(QStringLiteral("dupont OR bernard")) == QList<int>{1, 3, 5});
    CHECK(f.found(QStringLiteral("dupont SAUF logement")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("dupont NOT logement")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("dupont -logement")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("logem*")) == QList<int>{1});
    // Words written with accents are found by their start with or without
    // them; words written without by their start.
    CHECK(f.found(QStringLiteral("educ*")) == QList<int>{2});
    CHECK(f.found(QStringLiteral("élè*")) == QList<int>{2});
    CHECK(f.found(QStringLiteral("ele*")) == QList<int>{2});
    CHECK(f.found(QStringLiteral("confon*")) == QList<int>{6});
    CHECK(f.found(QStringLiteral("(jardin OU santé) ET année:2020..")) == QList<int>{5});
}

TEST_CASE("a year range finds the same records from the facet table as from the year terms")
{
    Fixture f;
    const QStringList ranges = {QStringLiteral("année:2010..2016"),
                                QStringLiteral("année:2000..2019"),
                                QStringLiteral("année:2008..2021"),
                                QStringLiteral("année:..2009"),
                                QStringLiteral("année:2020.."),
                                QStringLiteral("année:1950..1960"),
                                QStringLiteral("santé OU année:..2009"),
                                QStringLiteral("dupont SAUF année:2010..2012"),
                                QStringLiteral("(jardin OU santé) ET année:2020..")};
    // A search that counts facets answers a range from the facet table it
    // loads; an index opened afresh and asked without facets, from the year
    // terms. Both must find the same records, counted the same.
    auto fromTerms = [&](const QString& query) {
        auto reader = SearchIndex::open(SearchIndex::directoryFor(f.cat.path()), SearchIndex::Mode::ReadOnly);
        REQUIRE(reader.ok());
        SearchService::Options o;
        o.query = query;
        o.limit = 50;
        o.facets = false;
        auto result = SearchService(f.cat.db(), **reader).search(o);
        REQUIRE(result.ok());
        return *result;
    };
    auto idsOf = [](const SearchService::Result& r) {
        QList<qint64> ids;
        for (const auto& h : r.hits)
            ids.append(h.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    for (const QString& query : ranges) {
        INFO(query.toStdString());
        const SearchService::Result table = f.find(query);
        const SearchService::Result terms = fromTerms(query);
        CHECK(idsOf(table) == idsOf(terms));
        CHECK(table.total == terms.total);
    }
    CHECK(f.found(QStringLiteral("dupont SAUF année:2010..2012")) == QList<int>{3});
    CHECK(f.found(QStringLiteral("santé OU année:..2009")) == QList<int>{3, 5});

    // A record whose year changes moves in or out of a range once the
    // index has it: the table is read again.
    RecordRepository records(f.cat.db(), f.cat.clock());
    Record changed = *records.get(f.ids[0]);
    changed.date = QStringLiteral("1990");
    REQUIRE(records.update(changed).ok());
    REQUIRE(f.sync().ok());
    CHECK(f.found(QStringLiteral("année:..1995")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("année:2010..2016")) == QList<int>{2});
    CHECK(idsOf(fromTerms(QStringLiteral("année:..1995"))) == QList<qint64>{f.ids[0]});
}

TEST_CASE("thesaurus-aware search")
{
    Fixture f;
    // "Habitat social" is a non-preferred term of "Logement social".
    CHECK(f.found(QStringLiteral("habitat social")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("sujet:\"Habitat et logement\"")).isEmpty());
    SearchService::Options narrower;
    narrower.narrower = true;
    CHECK(f.found(QStringLiteral("sujet:\"Habitat et logement\""), narrower) == QList<int>{1});
}

TEST_CASE("facet counts match the fixture, and ticking a facet filters")
{
    Fixture f;
    const auto all = f.find(QString());
    CHECK(all.total == 6);
    CHECK(count(all.facets.value(QStringLiteral("type")), QStringLiteral("study")) == 2);
    CHECK(count(all.facets.value(QStringLiteral("type")), QStringLiteral("book")) == 1);
    CHECK(count(all.facets.value(QStringLiteral("type")), QStringLiteral("article")) == 1);
    CHECK(count(all.facets.value(QStringLiteral("language")), QStringLiteral("fre")) == 5);
    CHECK(count(all.facets.value(QStringLiteral("language")), QStringLiteral("eng")) == 1);
    for (const auto& facet : all.facets.value(QStringLiteral("language")))
        if (facet.value == QStringLiteral("fre"))
            CHECK(facet.label == QStringLiteral("French"));
    CHECK(count(all.facets.value(QStringLiteral("availability")), QStringLiteral("available")) == 1);
    CHECK(count(all.facets.value(QStringLiteral("availability")), QStringLiteral("on_loan")) == 1);
    CHECK(count(all.facets.value(QStringLiteral("availability")), QStringLiteral("reference_only")) == 1);
    CHECK(count(all.facets.value(QStringLiteral("availability")), QStringLiteral("none")) == 3);
    CHECK(count(all.facets.value(QStringLiteral("decade")), QStringLiteral("2010")) == 3);
    CHECK(count(all.facets.value(QStringLiteral("year")), QStringLiteral("2019")) == 1);
    const auto& territories = all.facets.value(QStringLiteral("territory"));
    const auto valdoise =
        std::find_if(territories.begin(), territories.end(),
                     [](const SearchService::Facet& t) { return t.label == QStringLiteral("Val-d'Oise"); });
    REQUIRE(valdoise != territories.end());
    CHECK(valdoise->count == 5);
    const auto& subjects = all.facets.value(QStringLiteral("subject"));
    REQUIRE_FALSE(subjects.isEmpty());
    CHECK(subjects.first().count == 1);
    CHECK(all.facets.value(QStringLiteral("type")).first().label == QStringLiteral("Study"));

    SearchService::Options filtered;
    filtered.filters.insert(QStringLiteral("type"), {QStringLiteral("study")});
    CHECK(f.found(QString(), filtered) == QList<int>{2, 3});
    filtered.filters.insert(QStringLiteral("language"), {QStringLiteral("fre")});
    CHECK(f.found(QString(), filtered) == QList<int>{2});
    filtered.filters = {{QStringLiteral("territory"), {valdoise->value}}};
    CHECK(f.found(QStringLiteral("dupont"), filtered) == QList<int>{1, 3});
}

TEST_CASE("a read-only index, which counts beside the ranking, answers as a writable one does")
{
    Fixture f;
    auto reader = SearchIndex::open(SearchIndex::directoryFor(f.cat.path()), SearchIndex::Mode::ReadOnly);
    REQUIRE(reader.ok());
    auto facetsOf = [](const SearchService::Result& r) {
        QMap<QString, int> out;
        for (auto it = r.facets.constBegin(); it != r.facets.constEnd(); ++it)
            for (const auto& v : it.value())
                out.insert(it.key() + u'=' + v.value, v.count);
        return out;
    };
    auto idsOf = [](const SearchService::Result& r) {
        QList<qint64> ids;
        for (const auto& h : r.hits)
            ids.append(h.id);
        return ids;
    };
    const QStringList queries = {QString(),
                                 QStringLiteral("logement"),
                                 QStringLiteral("Val-d'Oise"),
                                 QStringLiteral("\"né en 2019\""),
                                 QStringLiteral("dupont OU bernard"),
                                 QStringLiteral("educ*"),
                                 QStringLiteral("année:2010.."),
                                 QStringLiteral("tuberculose"),
                                 QStringLiteral("introuvable")};
    for (const QString& query : queries) {
        for (const bool filtered : {false, true}) {
            INFO(query.toStdString() << (filtered ? " (in French only)" : ""));
            SearchService::Options o;
            o.query = query;
            o.limit = 3; // fewer hits than matches: the count is not the page
            if (filtered)
                o.filters.insert(QStringLiteral("language"), {QStringLiteral("fre")});
            auto writable = SearchService(f.cat.db(), *f.index).search(o);
            auto readOnly = SearchService(f.cat.db(), **reader).search(o);
            REQUIRE(writable.ok());
            REQUIRE(readOnly.ok());
            CHECK(readOnly->total == writable->total);
            CHECK(readOnly->approximate == writable->approximate);
            CHECK(idsOf(*readOnly) == idsOf(*writable));
            CHECK(facetsOf(*readOnly) == facetsOf(*writable));
            CHECK(readOnly->suggestion == writable->suggestion);
        }
    }
    CHECK(SearchService(f.cat.db(), **reader).search({}).value().total == 6);

    // Reopened after a change, the reader counts on the new revision too.
    RecordRepository records(f.cat.db(), f.cat.clock());
    REQUIRE(records.remove(f.ids[5]).ok());
    REQUIRE(f.sync().ok());
    SearchService::Options all;
    (*reader)->reopen();
    auto after = SearchService(f.cat.db(), **reader).search(all);
    REQUIRE(after.ok());
    CHECK(after->total == 5);
    CHECK(count(after->facets.value(QStringLiteral("type")), QStringLiteral("article")) == 0);
}

TEST_CASE("sorting by date and title, and pagination")
{
    Fixture f;
    SearchService::Options newest;
    newest.sort = SearchRequest::Sort::DateNewest;
    QList<int> order;
    for (const auto& h : f.find(QString(), newest).hits)
        order.append(int(f.ids.indexOf(h.id)) + 1);
    CHECK(order == QList<int>{5, 6, 4, 2, 1, 3});
    SearchService::Options byTitle;
    byTitle.sort = SearchRequest::Sort::Title;
    QStringList titles;
    for (const auto& h : f.find(QString(), byTitle).hits)
        titles.append(h.title);
    CHECK(titles.first() == QStringLiteral("Éducation prioritaire et réussite éducative"));
    CHECK(titles.last() == QStringLiteral("Rapport sur la santé des jeunes"));
    SearchService::Options page;
    page.sort = SearchRequest::Sort::DateNewest;
    page.offset = 2;
    page.query = QString();
    page.limit = 2;
    auto second = SearchService(f.cat.db(), *f.index).search(page);
    REQUIRE(second.ok());
    CHECK(second->total == 6);
    REQUIRE(second->hits.size() == 2);
    CHECK(second->hits[0].id == f.ids[3]);
}

TEST_CASE("hits in an attachment give their pages and a highlighted snippet")
{
    Fixture f;
    auto result = f.find(QStringLiteral("tuberculose"));
    REQUIRE(result.hits.size() == 1);
    const auto& hit = result.hits.first();
    CHECK(hit.id == f.ids[4]);
    REQUIRE(hit.attachments.size() == 1);
    CHECK(hit.attachments.first().attachmentId == f.attachmentId);
    CHECK(hit.attachments.first().fileName == QStringLiteral("sante.pdf"));
    CHECK(hit.attachments.first().pages == QList<int>{2});
    CHECK(hit.snippet.contains(QStringLiteral("<b>tuberculose</b>")));
    auto two = f.find(QStringLiteral("vaccination adolescent"));
    REQUIRE(two.hits.size() == 1);
    CHECK(two.hits.first().attachments.first().pages == QList<int>{3});
    CHECK(two.hits.first().snippet.contains(QStringLiteral("<b>adolescents</b>")));
    // Record text is escaped in snippets.
    CHECK(SearchService::snippet(QStringLiteral("<b>x</b> jardin"), {QStringLiteral("jardin")}) ==
          QStringLiteral("&lt;b&gt;x&lt;/b&gt; <b>jardin</b>"));
}

TEST_CASE("a misspelt query gets a suggestion, a record gets similar ones")
{
    Fixture f;
    const auto none = f.find(QStringLiteral("logemnt"));
    CHECK(none.total == 0);
    CHECK(none.suggestion == QStringLiteral("logement"));
    // A word written with accents in the catalogue is suggested folded.
    CHECK(f.find(QStringLiteral("educatin")).suggestion == QStringLiteral("education"));
    CHECK(f.find(QStringLiteral("education")).suggestion.isEmpty());
    auto similar = SearchService(f.cat.db(), *f.index).similar(f.ids[0], 5);
    REQUIRE(similar.ok());
    for (const auto& h : *similar)
        CHECK(h.id != f.ids[0]);
}

TEST_CASE("a query with a slip is refused, or searched as plain words with the reason")
{
    Fixture f;
    struct Slip
    {
        const char* query;
        const char* reason;
        QList<int> found;
    };
    const Slip slip = GENERATE(
        Slip{"logement (social", "parenthesis", {1}}, Slip{"logement social)", "parenthesis", {1}},
        Slip{"\"logement social", "quotation", {1}}, Slip{"santé auteur:", "auteur", {5}},
        Slip{"jardin (titre:partagé", "parenthesis", {4}}, Slip{"(", "parenthesis", {1, 2, 3, 4, 5, 6}});
    const QString query = QString::fromUtf8(slip.query);
    INFO(slip.query);
    // The command line's way: refused, with the reason.
    SearchService::Options strict;
    strict.query = query;
    auto refused = SearchService(f.cat.db(), *f.index).search(strict);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QString::fromLatin1(slip.reason)));
    // The Search page's and the visitor mode's: the words, and the reason.
    SearchService::Options lenient;
    lenient.plainWordsOnError = true;
    CHECK(f.found(query, lenient) == slip.found);
    CHECK(f.find(query, lenient).hint == refused.errorMessage());
    // A sound query carries no hint.
    CHECK(f.find(QStringLiteral("logement social"), lenient).hint.isEmpty());
}

TEST_CASE("edits and deletes are reflected after sync, and a crash replays")
{
    Fixture f;
    RecordRepository records(f.cat.db(), f.cat.clock());
    REQUIRE(records.remove(f.ids[5]).ok());
    Record changed = *records.get(f.ids[0]);
    changed.title = QStringLiteral("Les bailleurs et leurs locataires");
    REQUIRE(records.update(changed).ok());
    // Before the index catches up, a deleted record is already left out.
    CHECK(f.found(QStringLiteral("confondre")).isEmpty());
    CHECK(f.index->documentCount() == 6);
    REQUIRE(f.sync().ok());
    CHECK(f.index->documentCount() == 5);
    CHECK(f.found(QStringLiteral("confondre")).isEmpty());
    CHECK(f.found(QStringLiteral("locataires")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("titre:logement")).isEmpty());

    // A crash between the SQL commit and the index commit: the index keeps
    // an older sequence number; the next sync applies the gap again.
    Record added;
    added.title = QStringLiteral("Après la panne");
    auto id = records.add(added);
    REQUIRE(id.ok());
    REQUIRE(f.index->commit(1).ok()); // as if nothing after change 1 was applied
    REQUIRE(f.sync().ok());
    CHECK(f.find(QStringLiteral("panne")).total == 1);
    CHECK(f.index->documentCount() == 6);
    CHECK(f.index->lastSeq() == f.cat.scalar(QStringLiteral("SELECT MAX(seq) FROM change_journal")));
}

namespace {
// The words of a plain form (a word, or words all required), for comparing forms.
QSet<QString> formWords(const QueryNode& n)
{
    QSet<QString> words;
    for (const QueryNode& p : n.kind == QueryNode::Kind::And ? n.children : QList<QueryNode>{n})
        for (const auto& t : p.tokens)
            words.insert(t.stem);
    return words;
}
} // namespace

TEST_CASE("the thesaurus forms of a query leave out those that can find no other record")
{
    Fixture f;
    SearchService service(f.cat.db(), *f.index);
    SearchService::Options o;
    // "Évaluation" is a non-preferred term of "Évaluation des politiques
    // publiques": the descriptor's label holds the typed word, so only the
    // typed word and the descriptor's records are asked.
    o.query = QStringLiteral("évaluation");
    auto evaluation = service.request(o);
    REQUIRE(evaluation.ok());
    REQUIRE(evaluation->query.kind == QueryNode::Kind::Or);
    CHECK(evaluation->query.children.size() == 2);
    CHECK(evaluation->query.children.at(0).kind == QueryNode::Kind::Match);
    CHECK(evaluation->query.children.at(1).field == QStringLiteral("subjectid"));

    // "logement social": typed, the descriptor, HLM, habitat social, logement locatif social
    // (holds the typed words: left out); no form twice.
    o.query = QStringLiteral("logement social");
    auto housing = service.request(o);
    REQUIRE(housing.ok());
    // The two free words together are the descriptor: one group in the AND of the words.
    REQUIRE(housing->query.kind == QueryNode::Kind::And);
    REQUIRE(housing->query.children.size() == 1);
    const QueryNode& any = housing->query.children.first();
    REQUIRE(any.kind == QueryNode::Kind::Or);
    QList<QSet<QString>> seen;
    for (const QueryNode& child : any.children) {
        if (child.kind == QueryNode::Kind::Field)
            continue;
        const QSet<QString> words = formWords(child);
        for (const auto& other : std::as_const(seen))
            CHECK_FALSE(words.contains(other));
        seen.append(words);
    }
    CHECK(seen.size() == 3);
    // The answers are those of the full expansion.
    CHECK(f.found(QStringLiteral("HLM")) == QList<int>{1});
    CHECK(f.found(QStringLiteral("logement social")) == QList<int>{1});
}

TEST_CASE("a sync whose reads fail keeps its journal position and applies the changes next time")
{
    Fixture f;
    const qint64 before = f.index->lastSeq();
    Thesaurus thesaurus(f.cat.db(), f.cat.clock());
    const auto descriptor = *thesaurus.find(QStringLiteral("Jardins partagés"));
    REQUIRE(descriptor.has_value());
    REQUIRE(thesaurus.rename(descriptor->id, QStringLiteral("Jardins collectifs")).ok());

    // The records of the renamed descriptor cannot be looked up.
    QSqlQuery q(f.cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE record_subject RENAME TO record_subject_away")));
    const auto failed = f.sync();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.errorMessage().contains(QStringLiteral("record_subject")));
    CHECK(f.index->lastSeq() == before);

    REQUIRE(q.exec(QStringLiteral("ALTER TABLE record_subject_away RENAME TO record_subject")));
    REQUIRE(f.sync().ok());
    CHECK(f.index->lastSeq() > before);
    CHECK(f.found(QStringLiteral("sujet:\"Jardins collectifs\"")) == QList<int>{4});

    // The journal itself unreadable: the same.
    REQUIRE(thesaurus.rename(descriptor->id, QStringLiteral("Jardins familiaux")).ok());
    const qint64 applied = f.index->lastSeq();
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE change_journal RENAME TO change_journal_away")));
    CHECK_FALSE(f.sync().ok());
    CHECK(f.index->lastSeq() == applied);
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE change_journal_away RENAME TO change_journal")));
    REQUIRE(f.sync().ok());
    CHECK(f.found(QStringLiteral("sujet:\"Jardins familiaux\"")) == QList<int>{4});
}

TEST_CASE("a search whose thesaurus or records cannot be read is an error, not an empty answer")
{
    Fixture f;
    QSqlQuery q(f.cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject_nonpreferred RENAME TO subject_nonpreferred_away")));
    SearchService::Options options;
    options.query = QStringLiteral("logement");
    const auto noThesaurus = SearchService(f.cat.db(), *f.index).search(options);
    REQUIRE_FALSE(noThesaurus.ok());
    CHECK(noThesaurus.errorMessage().contains(QStringLiteral("thesaurus")));
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject_nonpreferred_away RENAME TO subject_nonpreferred")));

    // The index finds records, whose details cannot be read.
    SearchService service(f.cat.db(), *f.index);
    // (A renamed table would be renamed in the view of copies too.)
    REQUIRE(q.exec(QStringLiteral("DROP VIEW copy_state")));
    const auto noCopies = service.search(options);
    REQUIRE_FALSE(noCopies.ok());
    CHECK_FALSE(service.similar(f.ids[0]).ok());
}

TEST_CASE("opening an up-to-date index reports failures other than another writer's lock")
{
    Fixture f;
    ExtractionPool::Options options;
    options.helperPath = QStringLiteral(INFODOC_EXTRACT);
    // Another writer holds the index (the fixture's): what is there is searched.
    auto busy = IndexSync::openUpToDate(f.cat.db(), options);
    REQUIRE(busy.ok());
    CHECK((*busy)->documentCount() == 6);
    f.index.reset();

    RecordRepository records(f.cat.db(), f.cat.clock());
    Record added;
    added.title = QStringLiteral("Après la fermeture");
    REQUIRE(records.add(added).ok());
    busy->reset();
    auto fresh = IndexSync::openUpToDate(f.cat.db(), options);
    REQUIRE(fresh.ok());
    CHECK((*fresh)->documentCount() == 7);
    fresh->reset();

    // A catalogue read that fails is not "locked": it is an error.
    QSqlQuery q(f.cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE change_journal RENAME TO change_journal_away")));
    auto broken = IndexSync::openUpToDate(f.cat.db(), options);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().kind == Error::Kind::Failure);
}

TEST_CASE("a rebuild gives the same answers as incremental syncs")
{
    Fixture f;
    RecordRepository records(f.cat.db(), f.cat.clock());
    Record extra;
    extra.title = QStringLiteral("Quartiers et santé");
    extra.subjects = {QStringLiteral("Accès aux soins")};
    REQUIRE(records.add(extra).ok());
    REQUIRE(f.sync().ok());
    const QStringList queries = {QStringLiteral("santé"), QStringLiteral("dupont"), QStringLiteral("oise"),
                                 QStringLiteral("tuberculose"), QString()};
    QList<QList<qint64>> before;
    for (const QString& q : queries) {
        QList<qint64> ids;
        for (const auto& h : f.find(q).hits)
            ids.append(h.id);
        before.append(ids);
    }
    ExtractionPool::Options options;
    options.helperPath = QStringLiteral(INFODOC_EXTRACT);
    auto rebuilt = IndexSync(f.cat.db(), *f.index, options).rebuild();
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->extracted == 0); // the stored text is reused
    for (int i = 0; i < queries.size(); ++i) {
        QList<qint64> ids;
        for (const auto& h : f.find(queries.at(i)).hits)
            ids.append(h.id);
        CHECK(ids == before.at(i));
    }
}

TEST_CASE("above the facet sample, totals and facets are scaled estimates")
{
    TestCatalogue cat;
    REQUIRE(infodoc::core::DemoGenerator(cat.db(), cat.clock())
                .generate({SearchIndex::facetSample + 1500, 0, 5})
                .ok());
    auto index = SearchIndex::open(SearchIndex::directoryFor(cat.path()), SearchIndex::Mode::ReadWrite);
    REQUIRE(index.ok());
    ExtractionPool::Options options;
    options.helperPath = QStringLiteral(INFODOC_EXTRACT);
    REQUIRE(IndexSync(cat.db(), **index, options).rebuild().ok());
    SearchService::Options all;
    auto result = SearchService(cat.db(), **index).search(all);
    REQUIRE(result.ok());
    CHECK(result->total == SearchIndex::facetSample + 1500); // MatchAll knows its size
    int sum = 0;
    for (const auto& f : result->facets.value(QStringLiteral("type")))
        sum += f.count;
    CHECK(std::abs(sum - (SearchIndex::facetSample + 1500)) < 100);
    SearchService::Options narrow;
    narrow.query = QStringLiteral("type:book");
    auto books = SearchService(cat.db(), **index).search(narrow);
    REQUIRE(books.ok());
    CHECK_FALSE(books->approximate); // fewer matches than the sample: exact
    CHECK(books->facets.value(QStringLiteral("type")).first().count == books->total);

    // The same from a read-only index, which counts on a second reader.
    index->reset();
    auto reader = SearchIndex::open(SearchIndex::directoryFor(cat.path()), SearchIndex::Mode::ReadOnly);
    REQUIRE(reader.ok());
    auto counted = SearchService(cat.db(), **reader).search(all);
    REQUIRE(counted.ok());
    CHECK(counted->total == SearchIndex::facetSample + 1500);
    int countedSum = 0;
    for (const auto& f : counted->facets.value(QStringLiteral("type")))
        countedSum += f.count;
    CHECK(std::abs(countedSum - (SearchIndex::facetSample + 1500)) < 100);
    auto countedBooks = SearchService(cat.db(), **reader).search(narrow);
    REQUIRE(countedBooks.ok());
    CHECK_FALSE(countedBooks->approximate);
    CHECK(countedBooks->total == books->total);
    CHECK(countedBooks->facets.value(QStringLiteral("type")).first().count == books->total);
}

TEST_CASE("hits tell how many copies there are and how many are on the shelf")
{
    Fixture f;
    QHash<int, SearchService::Hit> byPosition;
    for (const auto& h : f.find(QString()).hits)
        byPosition.insert(int(f.ids.indexOf(h.id)) + 1, h);
    CHECK(byPosition.value(1).copies == 1);
    CHECK(byPosition.value(1).copiesAvailable == 1);
    CHECK(byPosition.value(2).copies == 1);
    CHECK(byPosition.value(2).copiesAvailable == 0); // on loan
    CHECK(byPosition.value(5).copiesAvailable == 1); // reference only: on the shelf
    CHECK(byPosition.value(3).copies == 0);

    // A copy returned since the last sync shows at once.
    auto circulation = Circulation::open(f.cat.db(), f.cat.clock());
    REQUIRE(circulation.ok());
    REQUIRE(circulation->checkin(QStringLiteral("B2")).ok());
    RecordRepository records(f.cat.db(), f.cat.clock());
    auto r2 = records.get(f.ids[1]);
    REQUIRE(r2.ok());
    CHECK(r2->copies.first().status == CopyStatus::Available);
    r2->copies.append({0, QStringLiteral("B2-bis"), {}, {}, CopyStatus::Lost, {}});
    REQUIRE(records.update(*r2).ok());
    for (const auto& h : f.find(QString()).hits) {
        if (h.id == f.ids[1]) {
            CHECK(h.copies == 1); // the lost one is not counted
            CHECK(h.copiesAvailable == 1);
        }
    }
}

TEST_CASE("turning character recognition on reads the scanned PDFs again, and only them")
{
    Fixture f;
    QTemporaryDir dir;
    const QString scan = writeScannedPdf(
        dir.filePath(QStringLiteral("scan.pdf")),
        {QStringLiteral("Page de garde"), QStringLiteral("Le conseil citoyen de Villiers-le-Bel")});
    AttachmentStore store(f.cat.db(), f.cat.clock());
    REQUIRE(store.attach(f.ids[0], scan).ok());
    auto first = f.sync();
    REQUIRE(first.ok());
    CHECK(first->extracted == 1);
    CHECK(f.found(QStringLiteral("citoyen")).isEmpty());
    CHECK(f.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM attachment_text WHERE state = 'no_text'")) == 1);

    CHECK_FALSE(IndexSync::setOcrLanguage(f.cat.db(), QStringLiteral("fr; DROP")).ok());
    CHECK(IndexSync::ocrLanguage(f.cat.db())->isEmpty());
    REQUIRE(IndexSync::setOcrLanguage(f.cat.db(), QStringLiteral("fra")).ok());
    CHECK(*IndexSync::ocrLanguage(f.cat.db()) == QStringLiteral("fra"));
    // No record changed: the sync still reads the scan again, and nothing else.
    auto second = f.sync();
    REQUIRE(second.ok());
    CHECK(second->extracted == 1);
    CHECK(f.found(QStringLiteral("citoyen")) == QList<int>{1});
    const auto hit = f.find(QStringLiteral("citoyen")).hits.value(0);
    REQUIRE(hit.attachments.size() == 1);
    CHECK(hit.attachments.first().pages == QList<int>{2});
    CHECK(f.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM attachment_text WHERE state = 'done' AND "
                                      "extractor = '1+ocr' AND pages = 2")) == 1);
    auto third = f.sync();
    REQUIRE(third.ok());
    CHECK(third->extracted == 0);
    // The record's files say which text came from a scan.
    RecordRepository records(f.cat.db(), f.cat.clock());
    const auto scanned = records.get(f.ids[0]);
    const auto typed = records.get(f.ids[4]);
    REQUIRE(
        (scanned.ok() && typed.ok() && scanned->attachments.size() == 1 && typed->attachments.size() == 1));
    const auto recognised = *Extraction::stored(f.cat.db(), scanned->attachments.first().sha256);
    const auto extracted = *Extraction::stored(f.cat.db(), typed->attachments.first().sha256);
    REQUIRE((recognised.has_value() && extracted.has_value()));
    CHECK(recognised->recognised);
    CHECK(Extraction::describe(*recognised).contains(QStringLiteral("OCR")));
    CHECK(Extraction::describe(*recognised).contains(QStringLiteral("2")));
    CHECK_FALSE(extracted->recognised);
    CHECK_FALSE(Extraction::describe(*extracted).contains(QStringLiteral("OCR")));

    // Off again: what was recognised stays; nothing is read again.
    REQUIRE(IndexSync::setOcrLanguage(f.cat.db(), {}).ok());
    auto fourth = f.sync();
    REQUIRE(fourth.ok());
    CHECK(fourth->extracted == 0);
    CHECK(f.found(QStringLiteral("citoyen")) == QList<int>{1});
}

TEST_CASE("after the index is emptied, a record given twice before the commit is one document")
{
    Fixture f;
    ExtractionPool::Options options;
    options.helperPath = QStringLiteral(INFODOC_EXTRACT);
    IndexSync sync(f.cat.db(), *f.index, options);
    auto docs = sync.load({f.ids[0], f.ids[1], f.ids[2]});
    REQUIRE(docs.ok());
    REQUIRE(f.index->clear().ok());
    REQUIRE(f.index->replaceAll(*docs).ok());
    REQUIRE(f.index->replaceAll({docs->at(0)}).ok()); // a stopped rebuild, then a sync
    REQUIRE(f.index->remove(f.ids[1]).ok());
    REQUIRE(f.index->replaceAll({docs->at(1)}).ok());
    REQUIRE(f.index->commit(1).ok());
    CHECK(f.index->documentCount() == 3);
    REQUIRE(f.index->replaceAll(*docs).ok());
    REQUIRE(f.index->commit(2).ok());
    CHECK(f.index->documentCount() == 3);
    CHECK(f.found(QStringLiteral("logement")) == QList<int>{1});
}

TEST_CASE("a loan and a return reach the index through the journal")
{
    Fixture f;
    auto availability = [&](const QString& value) {
        return count(f.find(QString()).facets.value(QStringLiteral("availability")), value);
    };
    REQUIRE(availability(QStringLiteral("on_loan")) == 1);
    f.cat.lend(QStringLiteral("B1"));
    auto synced = f.sync();
    REQUIRE(synced.ok());
    CHECK(synced->records == 1); // only the record of the copy lent
    CHECK(availability(QStringLiteral("on_loan")) == 2);
    CHECK(availability(QStringLiteral("available")) == 0);
    auto circulation = Circulation::open(f.cat.db(), f.cat.clock());
    REQUIRE(circulation.ok());
    REQUIRE(circulation->checkin(QStringLiteral("B1")).ok());
    REQUIRE(circulation->checkin(QStringLiteral("B2")).ok());
    REQUIRE(f.sync().ok());
    CHECK(availability(QStringLiteral("on_loan")) == 0);
    CHECK(availability(QStringLiteral("available")) == 2);
}

// Search benchmark. Builds a demo catalogue of --records records (default
// 100,000) with generated PDFs on one record in --pdf-every (default 10),
// then prints:
//  - bare in-process Poppler-Qt6 extraction over the same PDFs, 2 threads
//    (files opened by name, and read into memory first as the helpers do),
//    and the full index rebuild (isolated extraction + indexing): records/s,
//    pages/s, its ratio to the bare extraction and where the CPU went; the
//    two run in turns --runs times (default 3) and the figures are medians;
//  - Xapian's own indexer (TermGenerator) over the same page text, as a
//    yardstick for the indexing part;
//  - index size and peak memory;
//  - median/p95/p99 latency of 240 French queries (facets, first 20 hits
//    with snippets; medians of --runs runs), bare Xapian's for the same
//    queries on the same index (no facets, pages or snippets) as a
//    yardstick, and the same queries on an SQLite FTS5 table (unicode61,
//    remove_diacritics 2) built from the same text.
// With --pdf-dir DIR, a catalogue of one record per PDF of DIR is indexed
// instead of the demo's PDFs (the figures for real PDFs).
//
//   build/tests/bench/bench_search [--records N] [--pdf-every K] [--pdf-dir DIR] [--runs N]
//                                  [--extract PATH] [--keep CATALOGUE]
//   build/tests/bench/bench_search --queries-on CATALOGUE [--runs N] [--slowest N]   (queries only, on
//   an indexed catalogue; --slowest lists the slowest of the last run)
//   build/tests/bench/bench_search --queries-on CATALOGUE --explain "QUERY;QUERY"   (where the time of
//   each goes)

#include "BenchSupport.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"

#include <poppler-qt6.h>
#include <xapian.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace infodoc::core;

using infodoc::bench::cpuSeconds;
using infodoc::bench::maxRssMiB;
using infodoc::bench::median;
using infodoc::bench::percentile;

namespace {

enum class BareLoad
{
    ByName,
    FromMemory
};

// Bare in-process Poppler-Qt6 over `files`, two threads: load each file,
// take the text of each page. Returns the number of pages.
long barePoppler(const QStringList& files, BareLoad load)
{
    // Silent on malformed files, as the helpers are.
    Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
    std::atomic<int> nextFile{0};
    std::atomic<long> pages{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t)
        threads.emplace_back([&] {
            for (int i = nextFile++; i < files.size(); i = nextFile++) {
                std::unique_ptr<Poppler::Document> document;
                if (load == BareLoad::ByName) {
                    document = Poppler::Document::load(files.at(i));
                } else {
                    QFile file(files.at(i));
                    if (file.open(QIODevice::ReadOnly))
                        document = Poppler::Document::loadFromData(file.readAll());
                }
                if (!document || document->isLocked())
                    continue;
                for (int p = 0; p < document->numPages(); ++p) {
                    std::unique_ptr<Poppler::Page> page = document->page(p);
                    if (page)
                        page->text(QRectF());
                    ++pages;
                }
            }
        });
    for (auto& t : threads)
        t.join();
    return pages;
}

// CPU seconds and words of indexing the stored page text of every file
// with Xapian's TermGenerator (French stemmer, positions) in one thread,
// into a throwaway index committed at the end.
std::pair<double, Xapian::termcount> xapianFloor(Database& db)
{
    QTemporaryDir dir;
    Xapian::WritableDatabase index(dir.filePath(QStringLiteral("floor")).toStdString(),
                                   Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("french"));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT group_concat(text, ' ') FROM (SELECT sha256, text FROM attachment_page "
                          "ORDER BY sha256, page) GROUP BY sha256"));
    double cpu = 0;
    Xapian::termcount words = 0;
    while (q.next()) {
        const std::string text = q.value(0).toString().toStdString();
        const double before = cpuSeconds();
        Xapian::Document document;
        generator.set_document(document);
        generator.index_text(text);
        words += generator.get_termpos();
        index.add_document(document);
        cpu += cpuSeconds() - before;
    }
    const double before = cpuSeconds();
    index.commit();
    return {cpu + cpuSeconds() - before, words};
}

QStringList queries(Database& db)
{
    // Realistic queries from the thesaurus, the territories and common words.
    QStringList labels;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT label FROM subject ORDER BY id"));
    while (q.next())
        labels.append(q.value(0).toString());
    QStringList places;
    q.exec(QStringLiteral("SELECT name FROM territory WHERE level = 'commune' ORDER BY id"));
    while (q.next())
        places.append(q.value(0).toString());
    const QStringList words = {
        QStringLiteral("logement"),   QStringLiteral("jeunes"),     QStringLiteral("santé"),
        QStringLiteral("emploi"),     QStringLiteral("habitants"),  QStringLiteral("éducatif"),
        QStringLiteral("diagnostic"), QStringLiteral("évaluation"), QStringLiteral("partenariat"),
        QStringLiteral("quartiers"),  QStringLiteral("familles"),   QStringLiteral("insertion")};
    QRandomGenerator random(7);
    auto pick = [&random](const QStringList& l) { return l.at(int(random.bounded(quint32(l.size())))); };
    QStringList out;
    for (int i = 0; i < 60; ++i)
        out.append(pick(labels).toLower());
    for (int i = 0; i < 50; ++i)
        out.append(pick(words) + u' ' + pick(words));
    for (int i = 0; i < 30; ++i)
        out.append(pick(words) + u' ' + pick(places));
    for (int i = 0; i < 20; ++i)
        out.append(QStringLiteral("sujet:\"%1\"").arg(pick(labels)));
    for (int i = 0; i < 20; ++i)
        out.append(QStringLiteral("%1 année:%2..%3").arg(pick(words)).arg(2000 + i % 10).arg(2012 + i % 10));
    for (int i = 0; i < 20; ++i)
        out.append(QStringLiteral("%1 OU %2").arg(pick(words), pick(words)));
    for (int i = 0; i < 20; ++i)
        out.append(QStringLiteral("auteur:%1 %2")
                       .arg(pick({QStringLiteral("martin"), QStringLiteral("dubois"),
                                  QStringLiteral("diallo"), QStringLiteral("lefevre")}),
                            pick(words)));
    for (int i = 0; i < 20; ++i)
        out.append(pick(words).left(5) + u'*');
    return out;
}

// The same query as FTS5 understands it: plain words, ANDed.
QString ftsQuery(const QString& query)
{
    QStringList words;
    for (const auto& t : FrenchAnalyzer::tokenize(query)) {
        if (t.folded.size() > 1 && !FrenchAnalyzer::isStopWord(t.folded) &&
            t.folded != QLatin1String("sujet") && t.folded != QLatin1String("auteur") &&
            t.folded != QLatin1String("annee") && t.folded != QLatin1String("ou"))
            words.append(u'"' + t.folded + u'"');
    }
    return words.join(u' ');
}

// The 240 queries, --runs times after one warm-up round: the full search a
// page shows (facets, 20 hits, snippets), the index part of it, and bare
// Xapian on the same index (the same Xapian queries, thesaurus expansion
// included, without facets, pages or snippets) as the yardstick. Prints the median over the runs of each
// run's median, p95 and p99; returns the full search's p95.
double measureQueries(Database& db, SearchIndex& index, const QStringList& list, int runs, qint64* hits,
                      int slowest = 0)
{
    SearchService service(db, index);
    std::vector<std::pair<double, double>> lastRun; // full, bare per query
    std::vector<double> fullMedian, fullP95, fullP99, indexP95, bareMedian, bareP95;
    for (int round = 0; round <= runs; ++round) {
        std::vector<double> full, indexOnly, bare;
        for (const QString& q : list) {
            SearchService::Options o;
            o.query = q;
            o.limit = 20;
            QElapsedTimer t;
            t.start();
            auto r = service.search(o);
            full.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!r) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(q), qPrintable(r.errorMessage()));
                std::exit(1);
            }
            if (hits && round == runs)
                *hits += r->total;
            SearchRequest request = *service.request(o);
            t.restart();
            (void)index.search(request);
            indexOnly.push_back(double(t.nsecsElapsed()) / 1e6);
            request.facets = false;
            request.pages = false;
            t.restart();
            (void)index.search(request);
            bare.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        if (round == runs)
            for (qsizetype i = 0; i < list.size(); ++i)
                lastRun.emplace_back(full.at(std::size_t(i)), bare.at(std::size_t(i)));
        if (round == 0)
            continue; // warm-up: caches and the facet table
        fullMedian.push_back(percentile(full, 0.5));
        fullP95.push_back(percentile(full, 0.95));
        fullP99.push_back(percentile(full, 0.99));
        indexP95.push_back(percentile(indexOnly, 0.95));
        bareMedian.push_back(percentile(bare, 0.5));
        bareP95.push_back(percentile(bare, 0.95));
    }
    const double p95 = median(fullP95);
    std::printf(
        "Xapian, %d queries (facets, 20 hits, snippets), medians of %d runs: median %.2f ms, p95 %.2f ms, "
        "p99 %.2f ms (runs' p95:",
        int(list.size()), runs, median(fullMedian), p95, median(fullP99));
    for (double v : fullP95)
        std::printf(" %.2f", v);
    std::printf(")\n");
    std::printf("  of which the index (match, facets, pages): p95 %.2f ms\n", median(indexP95));
    std::printf("  bare Xapian, same queries without facets, pages or snippets: median %.2f ms, p95 %.2f ms; "
                "ratio of the p95s %.2f\n",
                median(bareMedian), median(bareP95), p95 / median(bareP95));
    std::vector<qsizetype> order(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        order[std::size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return lastRun[std::size_t(a)].first > lastRun[std::size_t(b)].first;
    });
    for (int i = 0; i < slowest && i < int(order.size()); ++i) {
        const auto [fullMs, bareMs] = lastRun[std::size_t(order[std::size_t(i)])];
        std::printf("  slow: %6.2f ms (bare %5.2f ms)  %s\n", fullMs, bareMs,
                    qPrintable(list.at(order[std::size_t(i)])));
    }
    return p95;
}

// Where the time of each query goes: medians of 30 runs of the whole
// search, of the index part with and without facets and pages, and of bare
// Xapian.
void explainQueries(Database& db, SearchIndex& index, const QStringList& list)
{
    SearchService service(db, index);
    for (const QString& q : list) {
        SearchService::Options o;
        o.query = q;
        o.limit = 20;
        auto prepared = service.request(o);
        if (!prepared) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(q), qPrintable(prepared.errorMessage()));
            continue;
        }
        std::vector<double> full;
        qint64 total = 0;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer t;
            t.start();
            auto r = service.search(o);
            full.push_back(double(t.nsecsElapsed()) / 1e6);
            total = r ? r->total : -1;
        }
        auto indexPart = [&](bool facets, bool pages) {
            std::vector<double> times;
            for (int i = 0; i < 30; ++i) {
                SearchRequest r = *prepared;
                r.facets = facets;
                r.pages = pages;
                QElapsedTimer t;
                t.start();
                (void)index.search(r);
                times.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            return percentile(times, 0.5);
        };
        std::printf("%s: whole %.2f ms; index with facets and pages %.2f, facets only %.2f, pages only %.2f, "
                    "bare %.2f ms; %lld hits\n",
                    qPrintable(q), percentile(full, 0.5), indexPart(true, true), indexPart(true, false),
                    indexPart(false, true), indexPart(false, false), total);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int records = 100000;
    int pdfEvery = 10;
    int runs = 3;
    int slowest = 0;
    QString pdfDir;
    QString queriesOn;
    QString explain;
    QString keep; // the catalogue built, kept at this path (for --queries-on)
    QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/infodoc-extract");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--pdf-every"))
            pdfEvery = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--pdf-dir"))
            pdfDir = args[i + 1];
        else if (args[i] == QLatin1String("--extract"))
            helper = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--slowest"))
            slowest = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--queries-on"))
            queriesOn = args[i + 1];
        else if (args[i] == QLatin1String("--explain"))
            explain = args[i + 1];
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    QTemporaryDir dir;
    const QString path = !queriesOn.isEmpty() ? queriesOn
                         : !keep.isEmpty()    ? keep
                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage())), 1;
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    if (!queriesOn.isEmpty() && !explain.isEmpty()) {
        auto reader = SearchIndex::open(SearchIndex::directoryFor(path), SearchIndex::Mode::ReadOnly);
        if (!reader)
            return std::fprintf(stderr, "%s\n", qPrintable(reader.errorMessage())), 1;
        explainQueries(**db, **reader, explain.split(u';', Qt::SkipEmptyParts));
        return 0;
    }
    if (!queriesOn.isEmpty()) {
        auto reader = SearchIndex::open(SearchIndex::directoryFor(path), SearchIndex::Mode::ReadOnly);
        if (!reader)
            return std::fprintf(stderr, "%s\n", qPrintable(reader.errorMessage())), 1;
        measureQueries(**db, **reader, queries(**db), runs, nullptr, slowest);
        return 0;
    }
    if (pdfDir.isEmpty()) {
        auto demo = DemoGenerator(**db, clock).generate({records, pdfEvery, 1});
        if (!demo)
            return std::fprintf(stderr, "%s\n", qPrintable(demo.errorMessage())), 1;
        std::printf("catalogue: %d records, %d PDFs, %d pages (generated in %.1f s)\n", demo->records,
                    demo->pdfs, demo->pdfPages, double(timer.elapsed()) / 1000);
    } else {
        // One small demo record per real PDF, the PDF attached.
        auto demo = DemoGenerator(**db, clock).generate({0, 0, 1});
        RecordRepository repo(**db, clock);
        AttachmentStore store(**db, clock);
        QDirIterator it(pdfDir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            Record r;
            r.title = QFileInfo(file).completeBaseName();
            auto id = repo.add(r);
            if (id && store.attach(*id, file))
                ++n;
        }
        records = n;
        std::printf("catalogue: %d records, one per PDF of %s\n", n, qPrintable(pdfDir));
    }

    // Bare in-process Poppler over the same files, two threads.
    QStringList files;
    {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT sha256 FROM attachment_blob"));
        while (q.next())
            files.append(Database::blobPath((*db)->filesDirectory(), q.value(0).toString()));
    }
    // The machine's speed drifts from minute to minute: bare extraction and
    // the full rebuild run in turns, and the figures are medians.
    auto index = SearchIndex::open(SearchIndex::directoryFor(path), SearchIndex::Mode::ReadWrite);
    if (!index)
        return std::fprintf(stderr, "%s\n", qPrintable(index.errorMessage())), 1;
    ExtractionPool::Options options;
    options.helperPath = helper;
    std::vector<double> bareRates, memoryRates, fullRates, ratios, memoryRatios, fullSeconds, helperCpus,
        selfCpus, bareCpus, memoryCpus;
    IndexSync::Summary summary;
    long barePageCount = 0;
    for (int run = 0; run < runs; ++run) {
        // The reference: Poppler-Qt6 as its documentation shows it, each
        // file opened by name, the text of each page; two threads.
        double cpuBefore = cpuSeconds();
        timer.restart();
        barePageCount = barePoppler(files, BareLoad::ByName);
        const double bareSeconds = double(timer.nsecsElapsed()) / 1e9;
        bareRates.push_back(double(barePageCount) / bareSeconds);
        bareCpus.push_back(cpuSeconds() - cpuBefore);
        std::printf("run %d: bare Poppler-Qt6, 2 threads: %ld pages in %.1f s = %.0f pages/s (CPU %.1f s)\n",
                    run + 1, barePageCount, bareSeconds, bareRates.back(), bareCpus.back());
        // The same, each file read whole first, as the helpers do.
        cpuBefore = cpuSeconds();
        timer.restart();
        barePoppler(files, BareLoad::FromMemory);
        const double memorySeconds = double(timer.nsecsElapsed()) / 1e9;
        memoryRates.push_back(double(barePageCount) / memorySeconds);
        memoryCpus.push_back(cpuSeconds() - cpuBefore);
        std::printf("run %d: bare Poppler-Qt6 from memory, 2 threads: %.1f s = %.0f pages/s (CPU %.1f s)\n",
                    run + 1, memorySeconds, memoryRates.back(), memoryCpus.back());

        // Full rebuild: isolated extraction and indexing, the text read again.
        QSqlQuery((*db)->connection()).exec(QStringLiteral("DELETE FROM attachment_text"));
        cpuBefore = cpuSeconds();
        const double helpersBefore = cpuSeconds(RUSAGE_CHILDREN);
        timer.restart();
        auto rebuilt = IndexSync(**db, **index, options).rebuild();
        const double rebuildSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!rebuilt)
            return std::fprintf(stderr, "%s\n", qPrintable(rebuilt.errorMessage())), 1;
        summary = *rebuilt;
        fullSeconds.push_back(rebuildSeconds);
        fullRates.push_back(summary.pages / rebuildSeconds);
        ratios.push_back(fullRates.back() / bareRates.back());
        memoryRatios.push_back(fullRates.back() / memoryRates.back());
        selfCpus.push_back(cpuSeconds() - cpuBefore);
        helperCpus.push_back(cpuSeconds(RUSAGE_CHILDREN) - helpersBefore);
        std::printf(
            "run %d: full rebuild: %d records, %d files, %d pages in %.1f s = %.0f pages/s, %.2fx bare "
            "(%.2fx bare from memory; CPU %.1f s in the helpers, %.1f s in this process)\n",
            run + 1, summary.records, summary.extracted, summary.pages, rebuildSeconds, fullRates.back(),
            ratios.back(), memoryRatios.back(), helperCpus.back(), selfCpus.back());
    }
    const double rebuildSeconds = median(fullSeconds);
    std::printf("bare Poppler-Qt6, 2 threads: %d files, %ld pages, median %.0f pages/s (from memory: %.0f "
                "pages/s)\n",
                int(files.size()), barePageCount, median(bareRates), median(memoryRates));
    std::printf(
        "full rebuild (extraction in helpers + indexing): %d records, %d files, %d pages, median %.1f s\n",
        summary.records, summary.extracted, summary.pages, rebuildSeconds);
    std::printf("  = %.0f records/s, %.0f pages/s; median of the runs' ratios %.2fx bare Poppler (target >= "
                "0.8x), %.2fx bare Poppler from memory\n",
                summary.records / rebuildSeconds, median(fullRates), median(ratios), median(memoryRatios));
    std::printf("  CPU (medians): %.1f s in the helpers, %.1f s in this process (storing, indexing)\n",
                median(helperCpus), median(selfCpus));
    timer.restart();
    auto again = IndexSync(**db, **index, options).rebuild();
    if (!again)
        return std::fprintf(stderr, "%s\n", qPrintable(again.errorMessage())), 1;
    std::printf("rebuild with stored text (no extraction): %.1f s = %.0f records/s\n",
                double(timer.nsecsElapsed()) / 1e9, again->records / (double(timer.nsecsElapsed()) / 1e9));
    std::printf("index size: %.1f MiB; peak memory: %ld MiB (this process), %ld MiB (largest helper)\n",
                double((*index)->sizeOnDisk()) / 1048576.0, maxRssMiB(RUSAGE_SELF),
                maxRssMiB(RUSAGE_CHILDREN));
    {
        // After the peak memory above, which is the rebuild's.
        // A yardstick for the indexing part: Xapian's own indexer over the
        // page text alone (no record fields). Both cores are busy during a
        // rebuild, so its wall time is about its CPU / 2: with helpers that
        // cost what bare extraction costs and indexing that cost what this
        // costs, a rebuild would reach bare / (bare + this) in pages/s.
        const auto [floorCpu, floorWords] = xapianFloor(**db);
        std::printf("Xapian's own indexer (TermGenerator, French stems, positions), the page text alone, "
                    "one thread: %.1f s CPU for %.1f million words\n",
                    floorCpu, double(floorWords) / 1e6);
        std::printf("  a rebuild whose indexing cost that much would reach %.2fx bare Poppler, %.2fx bare "
                    "Poppler from memory\n",
                    median(bareCpus) / (median(bareCpus) + floorCpu),
                    median(memoryCpus) / (median(memoryCpus) + floorCpu));
    }

    // Queries, in process, with facets and snippets.
    auto reader = SearchIndex::open(SearchIndex::directoryFor(path), SearchIndex::Mode::ReadOnly);
    const QStringList list = queries(**db);
    qint64 totalHits = 0;
    const double p95 = measureQueries(**db, **reader, list, runs, &totalHits);

    // FTS5 baseline over the same text.
    {
        QSqlQuery q((*db)->connection());
        timer.restart();
        q.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"));
        q.exec(QStringLiteral("INSERT INTO fts (rowid, body) SELECT r.id, r.title || ' ' || "
                              "r.authors_display || ' ' || r.abstract || ' ' "
                              "|| COALESCE((SELECT group_concat(p.text, ' ') FROM attachment a JOIN "
                              "attachment_page p ON p.sha256 = "
                              "a.sha256 WHERE a.record_id = r.id), '') FROM record r"));
        std::printf("FTS5 table built in %.1f s\n", double(timer.nsecsElapsed()) / 1e9);
        std::vector<double> fts;
        QSqlQuery count((*db)->connection());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM fts WHERE fts MATCH ?"));
        QSqlQuery top((*db)->connection());
        top.prepare(
            QStringLiteral("SELECT rowid, snippet(fts, 0, '<b>', '</b>', '…', 30) FROM fts WHERE fts MATCH ? "
                           "ORDER BY bm25(fts) LIMIT 20"));
        QSqlQuery facet((*db)->connection());
        facet.prepare(
            QStringLiteral("SELECT r.type, COUNT(*) FROM fts JOIN record r ON r.id = fts.rowid WHERE fts "
                           "MATCH ? GROUP BY r.type"));
        for (const QString& raw : list) {
            const QString m = ftsQuery(raw);
            if (m.isEmpty())
                continue;
            QElapsedTimer t;
            t.start();
            for (QSqlQuery* s : {&count, &top, &facet}) {
                s->bindValue(0, m);
                s->exec();
                while (s->next()) {
                }
            }
            fts.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double ftsP95 = percentile(fts, 0.95);
        std::printf(
            "FTS5, same queries as words (count, 20 hits by bm25 with snippet, type facet): median %.2f ms, "
            "p95 %.2f ms, p99 %.2f ms\n",
            percentile(fts, 0.5), ftsP95, percentile(fts, 0.99));
        std::printf("p95 ratio Xapian/FTS5: %.2f (target < 1)\n", p95 / ftsP95);
    }
    std::printf("(%lld hits counted)\n", totalHits);
    return 0;
}

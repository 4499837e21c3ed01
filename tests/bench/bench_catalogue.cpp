// Catalogue benchmark: demo generation (records/s, PDFs) and listing
// latency on a 100,000-record catalogue. Prints medians of several runs.
//
//   build/tests/bench/bench_catalogue [--records N] [--runs R] [--pdf-every K]

#include "BenchSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace infodoc::core;

using infodoc::bench::median;
using infodoc::bench::percentile;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int records = 100000;
    int runs = 3;
    int pdfEvery = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--pdf-every"))
            pdfEvery = args[i + 1].toInt();
    }
    SystemClock clock;
    std::vector<double> seconds;
    QString lastPath;
    QTemporaryDir keep;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString path = (run == runs - 1 ? keep.path() : dir.path()) + QStringLiteral("/bench.sqlite");
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoGenerator(**db, clock).generate({records, pdfEvery, quint32(run + 1)});
        const double s = double(timer.nsecsElapsed()) / 1e9;
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.errorMessage()));
            return 1;
        }
        seconds.push_back(s);
        std::printf("run %d: %d records, %d PDFs (%d pages) in %.2f s\n", run + 1, summary->records,
                    summary->pdfs, summary->pdfPages, s);
        lastPath = path;
    }
    const double med = median(seconds);
    std::printf(
        "demo generation: median %.2f s for %d records = %.0f records/s (target: 100,000 in < 60 s)\n", med,
        records, double(records) / med);

    // Listing latency on the last catalogue, as the Catalogue page does it.
    auto db = Database::open(lastPath, Database::OpenMode::ExistingOnly);
    RecordRepository repo(**db, clock);
    struct Case
    {
        const char* name;
        RecordPageRequest request;
    };
    std::vector<Case> cases;
    RecordPageRequest byTitle;
    cases.push_back({"first page by title", byTitle});
    RecordPageRequest byYear;
    byYear.sort = RecordSort::Year;
    byYear.order = Qt::DescendingOrder;
    cases.push_back({"first page by year, descending", byYear});
    RecordPageRequest filtered;
    filtered.filter.text = QStringLiteral("logement");
    cases.push_back({"first page filtered \"logement\"", filtered});
    for (const Case& c : cases) {
        std::vector<double> ms;
        for (int i = 0; i < 25; ++i) {
            QElapsedTimer t;
            t.start();
            const auto page = repo.page(c.request);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!page || page->rows.isEmpty())
                return 1;
        }
        std::printf("%s: median %.2f ms, p95 %.2f ms\n", c.name, median(ms), percentile(ms, 0.95));
    }
    std::vector<double> countMs;
    for (int i = 0; i < 25; ++i) {
        QElapsedTimer t;
        t.start();
        if (!repo.count(filtered.filter))
            return 1;
        countMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("count filtered \"logement\": median %.2f ms, p95 %.2f ms\n", median(countMs),
                percentile(countMs, 0.95));
    // Scrolling to the end: every page through the keyset.
    QElapsedTimer t;
    t.start();
    RecordPageRequest all;
    all.limit = 200;
    int pages = 0;
    for (;;) {
        const auto read = repo.page(all);
        if (!read)
            return 1;
        const RecordPage& page = *read;
        ++pages;
        if (!page.next)
            break;
        all.after = page.next;
    }
    std::printf("all %d pages of 200 rows: %.0f ms (%.2f ms a page)\n", pages, double(t.nsecsElapsed()) / 1e6,
                double(t.nsecsElapsed()) / 1e6 / pages);
    std::printf("peak memory: %ld MiB\n", infodoc::bench::maxRssMiB());
    return 0;
}

// Search page responsiveness: types realistic French queries into the real
// Search page (offscreen) on a large demo catalogue, one key every 80 ms, and
// measures how long the window's event loop is held up (the gaps between the
// ticks of a 1 ms timer on the GUI thread) and how long after the last key
// each answer is on screen (the 200 ms typing pause included).
//
//   build/tests/bench/bench_search_page [--records N]
//   build/tests/bench/bench_search_page --on CATALOGUE   (an indexed catalogue: infodoc-cli demo, index
//   rebuild)

#include "BenchSupport.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/storage/Database.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace infodoc;
using namespace infodoc::core;

using infodoc::bench::percentile;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int records = 100000;
    QString existing;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--on"))
            existing = args[i + 1];
    }

    QTemporaryDir dir;
    SystemClock clock;
    auto db = Database::open(existing.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : existing,
                             existing.isEmpty() ? Database::OpenMode::CreateIfMissing
                                                : Database::OpenMode::ExistingOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!existing.isEmpty()) {
        std::printf("catalogue %s\n", qPrintable(existing));
    } else if (auto s = DemoGenerator(**db, clock).generate({records, 0, 7}); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 1;
    }
    if (existing.isEmpty()) {
        auto index =
            SearchIndex::open(SearchIndex::directoryFor((*db)->path()), SearchIndex::Mode::ReadWrite);
        ExtractionPool::Options extraction;
        extraction.helperPath = ExtractionPool::defaultHelperPath();
        if (!index || !IndexSync(**db, **index, extraction).rebuild()) {
            std::fprintf(stderr, "cannot build the index\n");
            return 1;
        }
    }
    if (existing.isEmpty())
        std::printf("catalogue of %d records with its index ready in %.1f s\n", records,
                    timer.elapsed() / 1000.0);

    ui::SearchPage page(**db, clock);
    page.resize(1280, 800);
    page.show();
    auto* line = page.findChild<QLineEdit*>(QStringLiteral("searchQuery"));

    auto waitForAnswer = [&page] {
        QEventLoop loop;
        QObject::connect(&page, &ui::SearchPage::resultShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        // A newer answer may be on its way.
        while (page.controller()->isBusy())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    waitForAnswer(); // the first visit: the whole catalogue

    // How long the event loop is held: the gaps between the ticks of a 1 ms timer.
    std::vector<double> gaps;
    std::vector<std::pair<double, int>> longGaps; // over 8 ms, with the query being typed
    int typing = -1;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        gaps.push_back(double(tick.nsecsElapsed()) / 1e6);
        if (gaps.back() > 8)
            longGaps.emplace_back(gaps.back(), typing);
        tick.restart();
    });
    const QStringList queries = {QStringLiteral("logement social"),
                                 QStringLiteral("renouvellement urbain"),
                                 QStringLiteral("jardins partagés"),
                                 QStringLiteral("réussite éducative"),
                                 QStringLiteral("santé des jeunes"),
                                 QStringLiteral("emplois francs"),
                                 QStringLiteral("auteur:dupont"),
                                 QStringLiteral("sujet:\"Mixité sociale\""),
                                 QStringLiteral("territoire:Sarcelles"),
                                 QStringLiteral("année:2010..2015 habitat"),
                                 QStringLiteral("participation habitants"),
                                 QStringLiteral("politique de la ville ET emploi"),
                                 QStringLiteral("médiation sociale"),
                                 QStringLiteral("discrimination SAUF emploi"),
                                 QStringLiteral("diagnostic territorial"),
                                 QStringLiteral("logem*"),
                                 QStringLiteral("cité éducative"),
                                 QStringLiteral("adultes-relais"),
                                 QStringLiteral("Val-d'Oise"),
                                 QStringLiteral("prévention de la délinquance")};
    std::vector<double> answers;
    tick.start();
    heartbeat.start();
    for (const QString& q : queries) {
        ++typing;
        line->clear();
        QElapsedTimer sinceLastKey;
        for (qsizetype i = 0; i < q.size(); ++i) {
            line->insert(QString(q.at(i)));
            if (i + 1 == q.size()) {
                sinceLastKey.start();
                break;
            }
            QEventLoop wait;
            QTimer::singleShot(80, &wait, &QEventLoop::quit);
            wait.exec();
        }
        waitForAnswer();
        answers.push_back(double(sinceLastKey.nsecsElapsed()) / 1e6);
    }
    heartbeat.stop();
    std::printf("%lld queries typed key by key (80 ms a key), %zu ticks of the GUI thread's 1 ms timer\n",
                qlonglong(queries.size()), gaps.size());
    std::printf("event loop held up: median %.1f ms, p95 %.1f ms, p99 %.1f ms, longest %.1f ms\n",
                percentile(gaps, 0.5), percentile(gaps, 0.95), percentile(gaps, 0.99), percentile(gaps, 1.0));
    std::sort(longGaps.begin(), longGaps.end(), std::greater<>());
    std::printf("held over 8 ms %zu times;", longGaps.size());
    for (std::size_t i = 0; i < longGaps.size() && i < 5; ++i)
        std::printf(" %.1f ms (\"%s\")", longGaps[i].first, qPrintable(queries.at(longGaps[i].second)));
    std::printf("\n");
    std::printf("answer on screen after the last key (200 ms pause included): median %.0f ms, p95 %.0f ms\n",
                percentile(answers, 0.5), percentile(answers, 0.95));
    std::printf("last query: %lld hits; peak memory %ld MiB\n", page.model()->total(),
                infodoc::bench::maxRssMiB());
    return 0;
}

// Circulation benchmark: a catalogue of N records (100,000 by default) with
// the demo's 2,000 borrowers, and a history of M past loans (1,000,000);
// then check-outs and returns at the desk (each one transaction with its
// journal and monthly totals), the overdue list, the retention dry run and
// 1,000 labels to a PDF. Prints p50/p95/max per operation and the medians
// of several runs.
//
//   build/tests/bench/bench_circulation [--records N] [--history M] [--desk K] [--runs R]

#include "BenchSupport.h"
#include "LoanHistory.h"
#include "core/catalog/StarterData.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/circulation/PersonalData.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/output/Labels.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <vector>

using namespace infodoc::core;
using infodoc::bench::median;
using infodoc::bench::ms;
using infodoc::bench::percentile;
using infodoc::bench::report;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int records = 100000;
    int history = 1000000;
    int desk = 1000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--history"))
            history = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--desk"))
            desk = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    SystemClock clock;
    auto db =
        Database::open(dir.filePath(QStringLiteral("bench.sqlite")), Database::OpenMode::CreateIfMissing);
    if (!db || !StarterData::install(**db, clock)) {
        std::fprintf(stderr, "cannot create the catalogue\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto demo = DemoGenerator(**db, clock).generate({records, 0, 1});
    if (!demo) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(demo.errorMessage()));
        return 1;
    }
    std::printf("catalogue: %d records, %d borrowers, %d loans out (demo, lent at the desk) in %.1f s\n",
                demo->records, demo->borrowers, demo->loans, double(timer.elapsed()) / 1000);

    // The history: past loans, returned, over the last three years (written
    // in bulk: this is the data the operations below run against).
    timer.restart();
    if (const QString failed = infodoc::bench::writeLoanHistory(**db, history, QDate::currentDate());
        !failed.isEmpty()) {
        std::fprintf(stderr, "history: %s\n", qPrintable(failed));
        return 1;
    }
    std::printf("history: %d past loans written in %.1f s\n", history, double(timer.elapsed()) / 1000);

    // The desk: borrowers of the centre's team (10 items at once) lend and return.
    Borrowers borrowers(**db, clock);
    QList<qint64> team;
    for (int i = 0; i < (desk + 9) / 10; ++i) {
        Borrower b;
        b.name = QStringLiteral("Banc, Essai %1").arg(i);
        b.card = QStringLiteral("BENCH-%1").arg(i);
        b.categoryId = 4;
        auto id = borrowers.add(b);
        if (!id) {
            std::fprintf(stderr, "borrower: %s\n", qPrintable(id.errorMessage()));
            return 1;
        }
        team.append(*id);
    }
    QStringList shelf;
    {
        QSqlQuery q((*db)->connection());
        q.prepare(
            QStringLiteral("SELECT c.barcode FROM copy_state c JOIN record r ON r.id = c.record_id WHERE "
                           "c.status = 'available' AND r.type NOT IN ('dossier') ORDER BY c.id LIMIT ?"));
        q.addBindValue(desk);
        q.exec();
        while (q.next())
            shelf.append(q.value(0).toString());
    }
    auto circulation = Circulation::open(**db, clock);
    if (!circulation)
        return 1;
    std::vector<double> checkout, checkin;
    for (int i = 0; i < shelf.size(); ++i) {
        timer.restart();
        auto done = circulation->checkout(shelf.at(i), team.at(i / 10));
        checkout.push_back(ms(timer));
        if (!done) {
            std::fprintf(stderr, "checkout %s: %s\n", qPrintable(shelf.at(i)),
                         qPrintable(done.errorMessage()));
            return 1;
        }
    }
    for (const QString& barcode : std::as_const(shelf)) {
        timer.restart();
        auto done = circulation->checkin(barcode);
        checkin.push_back(ms(timer));
        if (!done) {
            std::fprintf(stderr, "checkin %s: %s\n", qPrintable(barcode), qPrintable(done.errorMessage()));
            return 1;
        }
    }
    report("check-out (target p95 < 10)", checkout);
    report("return (target p95 < 10)", checkin);

    std::vector<double> overdue, retention, labels;
    int lateCount = 0;
    qsizetype toAnonymise = 0;
    PersonalData personal(**db, clock, circulation->settings());
    QList<Labels::Label> list;
    {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT c.barcode, r.title, r.call_number FROM copy c JOIN record r ON r.id = "
                              "c.record_id ORDER BY c.id LIMIT 1000"));
        while (q.next())
            list.append(Labels::copyLabel(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          QStringLiteral("Centre de ressources")));
    }
    const auto sheet = Labels::sheet(QStringLiteral("3x8"));
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        Circulation::LoanFilter filter;
        filter.overdueOnly = true;
        const auto late = circulation->loans(filter);
        overdue.push_back(ms(timer));
        lateCount = late ? int(late->size()) : -1;
        timer.restart();
        const auto plan = personal.plan(circulation->today());
        retention.push_back(ms(timer));
        toAnonymise = plan ? plan->loans.size() : -1;
        timer.restart();
        const Status written = Labels::writePdf(list, *sheet, 1, Labels::Symbology::Code128,
                                                dir.filePath(QStringLiteral("labels.pdf")));
        labels.push_back(ms(timer));
        if (!written)
            std::fprintf(stderr, "labels: %s\n", qPrintable(written.errorMessage()));
    }
    std::printf("overdue list (%d late)        median %.1f ms over %d runs (target < 100)\n", lateCount,
                median(overdue), runs);
    std::printf("retention dry run (%lld loans) median %.0f ms over %d runs (target < 2000)\n",
                static_cast<long long>(toAnonymise), median(retention), runs);
    std::printf("%lld labels to PDF             median %.0f ms over %d runs (target < 2000)\n",
                static_cast<long long>(list.size()), median(labels), runs);
    return 0;
}

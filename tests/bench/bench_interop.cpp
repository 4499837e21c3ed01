// Import and export benchmark: a catalogue of 100,000 records (the demo
// generator, no PDFs), then
//  - export of the whole catalogue to UNIMARC (ISO 2709), to MARCXML, to
//    XLSX and to CSV;
//  - import of a UNIMARC file of 10,000 other records (with their copies)
//    into it, duplicate detection and the journal included: the plan
//    (read, map, match, duplicates) then the transaction, as new records.
// Each import runs on a fresh copy of the 100,000-record catalogue.
//
//   build/tests/bench/bench_interop [--records N] [--import N] [--runs R] [--import-only]

#include "BenchSupport.h"
#include "core/catalog/DuplicateFinder.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/interop/Exporter.h"
#include "core/interop/Importer.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>
#include <vector>

using namespace infodoc::core;
using infodoc::bench::cpuSeconds;
using infodoc::bench::maxRssMiB;
using infodoc::bench::median;
using infodoc::bench::ms;

namespace {

QList<qint64> allIds(Database& db)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM record ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::unique_ptr<Database> catalogue(const QString& path, int records, quint32 seed, const Clock& clock)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return nullptr;
    }
    auto summary = DemoGenerator(**db, clock).generate({records, 0, seed});
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.errorMessage()));
        return nullptr;
    }
    return std::move(*db);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int records = 100000;
    int imported = 10000;
    int runs = 3;
    const QStringList args = app.arguments();
    const bool importOnly = args.contains(QStringLiteral("--import-only"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--records"))
            records = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--import"))
            imported = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    const QString basePath = dir.filePath(QStringLiteral("base.sqlite"));
    QElapsedTimer fill;
    fill.start();
    {
        auto base = catalogue(basePath, records, 1, clock);
        if (!base)
            return 1;
        std::printf("catalogue: %d records generated in %.1f s\n", records, ms(fill) / 1000.0);

        // Export of the whole catalogue.
        const QList<qint64> ids = allIds(*base);
        std::vector<double> iso, xml;
        for (int run = 0; run < (importOnly ? 0 : runs); ++run) {
            QElapsedTimer t;
            t.start();
            auto n = Exporter(*base, clock)
                         .write(ids, Exporter::Format::Unimarc, dir.filePath(QStringLiteral("all.mrc")));
            iso.push_back(ms(t) / 1000.0);
            t.restart();
            auto m = Exporter(*base, clock)
                         .write(ids, Exporter::Format::MarcXml, dir.filePath(QStringLiteral("all.xml")));
            xml.push_back(ms(t) / 1000.0);
            if (!n || !m) {
                std::fprintf(stderr, "%s\n", qPrintable(n ? m.errorMessage() : n.errorMessage()));
                return 1;
            }
            std::printf("run %d: export %d records: UNIMARC %.2f s (%lld MB), MARCXML %.2f s (%lld MB)\n",
                        run + 1, *n, iso.back(), QFile(dir.filePath(QStringLiteral("all.mrc"))).size() >> 20,
                        xml.back(), QFile(dir.filePath(QStringLiteral("all.xml"))).size() >> 20);
        }
        if (!importOnly)
            std::printf(
                "export of %d records: UNIMARC median %.2f s, MARCXML median %.2f s (target: < 10 s each)\n",
                records, median(iso), median(xml));
        std::vector<double> xlsx, csv;
        for (int run = 0; run < (importOnly ? 0 : runs); ++run) {
            QElapsedTimer t;
            t.start();
            auto n = Exporter(*base, clock)
                         .write(ids, Exporter::Format::Xlsx, dir.filePath(QStringLiteral("all.xlsx")));
            xlsx.push_back(ms(t) / 1000.0);
            t.restart();
            auto m = Exporter(*base, clock)
                         .write(ids, Exporter::Format::Csv, dir.filePath(QStringLiteral("all.csv")));
            csv.push_back(ms(t) / 1000.0);
            if (!n || !m) {
                std::fprintf(stderr, "%s\n", qPrintable(n ? m.errorMessage() : n.errorMessage()));
                return 1;
            }
            std::printf(
                "run %d: export %d records: XLSX %.2f s (%lld MB), CSV %.2f s (%lld MB), max RSS %ld MiB\n",
                run + 1, *n, xlsx.back(), QFile(dir.filePath(QStringLiteral("all.xlsx"))).size() >> 20,
                csv.back(), QFile(dir.filePath(QStringLiteral("all.csv"))).size() >> 20, maxRssMiB());
        }
        if (!importOnly)
            std::printf("export of %d records: XLSX median %.2f s (target: < 10 s), CSV median %.2f s\n",
                        records, median(xlsx), median(csv));
    }

    // The file to import: other records, with copies of their own barcodes.
    QByteArray file;
    {
        auto source = catalogue(dir.filePath(QStringLiteral("source.sqlite")), imported, 7, clock);
        if (!source)
            return 1;
        QSqlQuery q(source->connection());
        q.exec(QStringLiteral("UPDATE copy SET barcode = 'IMP' || barcode"));
        auto bytes = Exporter(*source, clock).encode(allIds(*source), Exporter::Format::Unimarc);
        if (!bytes)
            return 1;
        file = *bytes;
    }
    std::vector<double> plans, applies, totals, cpus;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        QFile::copy(basePath, path);
        ::sync(); // the copy's pages are on disk before the clock starts, not written during the import
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            return 1;
        Importer importer(**db, clock);
        QElapsedTimer t;
        t.start();
        auto finder = DuplicateFinder::load(**db);
        if (!finder)
            return 1;
        std::printf("run %d: the duplicate index of %d records loads in %.2f s\n", run + 1, finder->size(),
                    ms(t) / 1000.0);
        const double cpuAtPlan = cpuSeconds();
        t.restart();
        auto plan = importer.prepare(file, QStringLiteral("import.mrc"), {});
        if (!plan) {
            std::fprintf(stderr, "%s\n", qPrintable(plan.errorMessage()));
            return 1;
        }
        plans.push_back(ms(t) / 1000.0);
        t.restart();
        Importer::Options options;
        options.onDuplicate = Importer::OnDuplicate::New;
        auto outcome = importer.apply(*plan, options);
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.errorMessage()));
            return 1;
        }
        applies.push_back(ms(t) / 1000.0);
        totals.push_back(plans.back() + applies.back());
        cpus.push_back(cpuSeconds() - cpuAtPlan);
        std::printf("run %d: %d read, %d with possible duplicates, %d added, %lld left out: plan %.2f s, "
                    "write %.2f s, %.0f records/s (processor %.2f s)\n",
                    run + 1, plan->read(), plan->withDuplicates(), outcome->added,
                    qlonglong(outcome->leftOut.size()), plans.back(), applies.back(),
                    double(plan->read()) / totals.back(), cpus.back());
        db->reset();
        QFile::remove(path);
    }
    std::printf(
        "MARC import of %d records into %d: median %.2f s = %.0f records/s (plan %.2f s, write %.2f s, "
        "processor %.2f s; target: >= 5,000 records/s)\n",
        imported, records, median(totals), double(imported) / median(totals), median(plans), median(applies),
        median(cpus));
    std::printf("peak memory: %ld MiB\n", maxRssMiB());
    return 0;
}

// Bibliography benchmark: N records of a generated catalogue to a PDF (and
// the other formats), as `infodoc-cli bibliography` does it: read the
// records, format them in NF ISO 690, lay out and write the file. Then every
// experience sheet of that catalogue in one batch, as `infodoc-cli sheet`
// does it. Prints the median of several runs.
//
//   build/tests/bench/bench_bibliography [--records N] [--runs R]

#include "BenchSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/StarterData.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/output/Bibliography.h"
#include "core/output/BibliographyWriter.h"
#include "core/output/ExperienceSheets.h"
#include "core/output/SheetWriter.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace infodoc::core;

using infodoc::bench::median;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int records = 1000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    SystemClock clock;
    auto db =
        Database::open(dir.filePath(QStringLiteral("bench.sqlite")), Database::OpenMode::CreateIfMissing);
    if (!db || !StarterData::install(**db, clock) || !DemoGenerator(**db, clock).generate({records, 0, 1})) {
        std::fprintf(stderr, "cannot create the catalogue\n");
        return 1;
    }
    RecordRepository repository(**db, clock);
    struct Format
    {
        const char* name;
        BibliographyWriter::Format format;
    };
    const Format formats[] = {
        {"pdf", BibliographyWriter::Format::Pdf},          {"odt", BibliographyWriter::Format::Odt},
        {"html", BibliographyWriter::Format::Html},        {"txt", BibliographyWriter::Format::Text},
        {"csl-json", BibliographyWriter::Format::CslJson}, {"ris", BibliographyWriter::Format::Ris},
        {"bibtex", BibliographyWriter::Format::Bibtex}};
    for (const Format& f : formats) {
        std::vector<double> total;
        std::vector<double> reading;
        qint64 bytes = 0;
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("out.") + QLatin1String(f.name));
            QElapsedTimer timer;
            timer.start();
            QList<Record> list;
            list.reserve(records);
            for (qint64 id = 1; id <= records; ++id) {
                auto r = repository.get(id);
                if (!r) {
                    std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
                    return 1;
                }
                list.append(*r);
            }
            reading.push_back(double(timer.nsecsElapsed()) / 1e6);
            BibliographyOptions options;
            options.grouping = BibliographyOptions::Grouping::Type;
            options.holdings = true;
            const Bibliography b = BibliographyBuilder::build(list, options);
            if (auto s = BibliographyWriter::write(b, f.format, path); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
                return 1;
            }
            total.push_back(double(timer.nsecsElapsed()) / 1e6);
            bytes = QFileInfo(path).size();
        }
        std::printf("%-8s %d records: median %.0f ms (reading the records %.0f ms), %lld bytes%s\n", f.name,
                    records, median(total), median(reading), bytes,
                    f.format == BibliographyWriter::Format::Pdf ? " (target for 1,000 records: < 2,000 ms)"
                                                                : "");
    }

    // Experience sheets: every one of the catalogue, one batch per format.
    ExperienceSheets sheets(**db);
    QList<qint64> all;
    for (qint64 id = 1; id <= records; ++id)
        all.append(id);
    const auto among = sheets.sheetsAmong(all);
    if (!among) {
        std::fprintf(stderr, "%s\n", qPrintable(among.errorMessage()));
        return 1;
    }
    const QList<qint64>& ids = *among;
    const std::pair<const char*, SheetWriter::Format> sheetFormats[] = {
        {"pdf", SheetWriter::Format::Pdf},
        {"odt", SheetWriter::Format::Odt},
        {"html", SheetWriter::Format::Html},
        {"json", SheetWriter::Format::Json},
        {"dc", SheetWriter::Format::DublinCore}};
    for (const auto& [name, format] : sheetFormats) {
        std::vector<double> total;
        int pages = 0;
        for (int run = 0; run < runs; ++run) {
            const QString path =
                dir.filePath(QStringLiteral("sheets-%1.%2").arg(run).arg(QLatin1String(name)));
            QElapsedTimer timer;
            timer.start();
            auto documents = sheets.load(ids, SheetTemplates::builtIn());
            if (!documents) {
                std::fprintf(stderr, "%s\n", qPrintable(documents.errorMessage()));
                return 1;
            }
            if (auto s = SheetWriter::write(*documents, {}, format, path); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
                return 1;
            }
            total.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (format == SheetWriter::Format::Pdf) {
                QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
                probe.setResolution(300);
                pages = SheetWriter::print(*documents, {}, probe);
            }
        }
        std::printf("sheets %-5s %lld experience sheets: median %.0f ms%s\n", name, qlonglong(ids.size()),
                    median(total), pages ? qPrintable(QStringLiteral(" (%1 pages)").arg(pages)) : "");
    }
    return 0;
}

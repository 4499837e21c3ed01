#pragma once

#include "core/search/ExtractedText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace infodoc::core {

// Long-lived helper processes (infodoc-extract) fed with many files: text
// extraction runs outside the application, with a time limit per file and a
// memory limit per helper; a helper that crashes or hangs is replaced and
// only its current file fails.
class ExtractionPool
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ExtractionPool)

public:
    struct Job
    {
        QString path;
        QString mimeType;
    };
    struct Options
    {
        QString helperPath; // the infodoc-extract binary
        int workers = 2;
        int timeoutMs = 30000; // per file
        int memoryMiB = 1024;  // per helper
        // Tesseract's language ("fra") to read scanned PDFs with; none: off.
        QString ocrLanguage;
        // Per file when OCR is on: a scan of many pages takes minutes.
        int ocrTimeoutMs = 15 * 60 * 1000;
    };
    using ResultHandler = std::function<void(int jobIndex, const ExtractedText& result)>;
    using Cancelled = std::function<bool()>;

    explicit ExtractionPool(Options options);
    ~ExtractionPool();

    // Extracts every job, reporting results as they arrive (in any order) in
    // the calling thread, while a thread of the pool keeps the helpers fed;
    // returns when all are done or `cancelled` says so.
    void run(const QList<Job>& jobs, const ResultHandler& onResult, const Cancelled& cancelled = {});

    // Where infodoc-extract is: $INFODOC_EXTRACT, beside the running program
    // (a build tree), or in <prefix>/libexec/infodoc (installed).
    static QString defaultHelperPath();

private:
    class Worker;
    class ResultQueue;
    void serve(const QList<Job>& jobs, ResultQueue& results, const std::atomic<bool>& stop);
    Options m_options;
};

} // namespace infodoc::core

#include "search/ExtractionPool.h"

#include "common/Logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace infodoc::core {

class ExtractionPool::Worker
{
public:
    std::unique_ptr<QProcess> process;
    int job = -1;
    QByteArray buffer;
    QElapsedTimer clock;
};

ExtractionPool::ExtractionPool(Options options) : m_options(std::move(options)) {}

ExtractionPool::~ExtractionPool() = default;

QString ExtractionPool::defaultHelperPath()
{
    // Set by packagers and tests whose programs do not sit beside the helper.
    if (const QString path = qEnvironmentVariable("INFODOC_EXTRACT"); !path.isEmpty())
        return path;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/infodoc-extract");
}

void ExtractionPool::run(const QList<Job>& jobs, const ResultHandler& onResult, const Cancelled& cancelled)
{
    if (jobs.isEmpty())
        return;
    QEventLoop loop;
    std::vector<std::unique_ptr<Worker>> workers;
    int next = 0;
    int done = 0;
    bool helperBroken = false;

    std::function<void(Worker&)> start;
    std::function<void()> dispatch;
    auto finishJob = [&](Worker& w, const ExtractedText& result) {
        const int job = w.job;
        w.job = -1;
        w.buffer.clear();
        ++done;
        // The helper gets its next file before the caller works on this
        // result, so extraction and the caller's work overlap.
        if (w.process && w.process->state() == QProcess::Running)
            dispatch();
        onResult(job, result);
    };

    auto parse = [&](Worker& w) {
        const qsizetype eol = w.buffer.indexOf('\n');
        if (eol < 0 || w.job < 0)
            return;
        const QList<QByteArray> header = w.buffer.left(eol).split('\t');
        const qsizetype bytes = header.value(2).toLongLong();
        if (w.buffer.size() - eol - 1 < bytes)
            return;
        ExtractedText result;
        result.state =
            Extraction::stateFromKey(QString::fromUtf8(header.value(0))).value_or(ExtractionState::Failed);
        result.message = QString::fromUtf8(header.value(3));
        const QString text = QString::fromUtf8(w.buffer.mid(eol + 1, bytes));
        if (header.value(1).toInt() > 0)
            result.pages = text.split(u'\f');
        w.buffer.remove(0, eol + 1 + bytes);
        finishJob(w, result);
        dispatch();
    };

    auto fail = [&](Worker& w, ExtractionState state, const QString& message) {
        if (w.job < 0)
            return;
        finishJob(w, {state, {}, message});
    };

    start = [&](Worker& w) {
        if (w.process) {
            // May run inside the old process's own signal: delete it later.
            QProcess* old = w.process.release();
            old->disconnect();
            old->kill();
            old->waitForFinished(1000);
            old->deleteLater();
        }
        w.process = std::make_unique<QProcess>();
        w.buffer.clear();
        QProcess* p = w.process.get();
        p->setStandardErrorFile(QProcess::nullDevice());
        QObject::connect(p, &QProcess::readyReadStandardOutput, &loop, [&w, &parse] {
            w.buffer += w.process->readAllStandardOutput();
            parse(w);
        });
        QObject::connect(p, &QProcess::finished, &loop, [&w, &fail, &start, &dispatch] {
            qCWarning(lcSearch) << "text extractor stopped; restarting it";
            fail(
                w, ExtractionState::Damaged,
                ExtractionPool::tr("The text extractor stopped while reading this file; the file is probably "
                                   "malformed."));
            start(w);
            dispatch();
        });
        p->start(m_options.helperPath,
                 {QStringLiteral("--memory-mib"), QString::number(m_options.memoryMiB)});
        if (!p->waitForStarted(10000)) {
            helperBroken = true;
            p->disconnect();
        }
    };

    dispatch = [&] {
        if (cancelled && cancelled()) {
            loop.quit();
            return;
        }
        for (auto& w : workers) {
            if (helperBroken)
                break;
            if (w->job >= 0 || next >= jobs.size())
                continue;
            w->job = next++;
            w->clock.start();
            const Job& job = jobs.at(w->job);
            w->process->write(job.path.toUtf8() + '\t' + job.mimeType.toUtf8() + '\n');
        }
        if (helperBroken) {
            const QString message = tr("The text extractor %1 cannot be started.").arg(m_options.helperPath);
            for (auto& w : workers)
                fail(*w, ExtractionState::Failed, message);
            while (next < jobs.size()) {
                ++done;
                onResult(next++, {ExtractionState::Failed, {}, message});
            }
        }
        if (done >= jobs.size())
            loop.quit();
    };

    const int count = std::max(1, std::min(m_options.workers, int(jobs.size())));
    for (int i = 0; i < count && !helperBroken; ++i) {
        workers.push_back(std::make_unique<Worker>());
        start(*workers.back());
    }

    QTimer watchdog;
    watchdog.setInterval(100);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        for (auto& w : workers) {
            if (w->job >= 0 && w->clock.elapsed() > m_options.timeoutMs) {
                fail(*w, ExtractionState::TimedOut,
                     tr("Reading the text took more than %1 s; the file was skipped.")
                         .arg(m_options.timeoutMs / 1000));
                start(*w);
            }
        }
        dispatch();
    });
    watchdog.start();
    dispatch();
    if (done < jobs.size() && !(cancelled && cancelled()))
        loop.exec();
    watchdog.stop();
    for (auto& w : workers) {
        if (w->process) {
            w->process->disconnect();
            w->process->closeWriteChannel();
            if (!w->process->waitForFinished(2000)) {
                w->process->kill();
                w->process->waitForFinished(1000);
            }
        }
    }
}

} // namespace infodoc::core

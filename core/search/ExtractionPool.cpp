#include "core/search/ExtractionPool.h"

#include "core/common/Logging.h"
#include "core/search/ExtractionReply.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace infodoc::core {

namespace {

struct Outcome
{
    int job = -1;
    ExtractedText text;
};

} // namespace

// Results cross from the pool's thread, which talks to the helpers, to the
// caller's thread, which may take its time with each one. While the caller
// is far behind, the pool stops handing out files (the helpers wait rather
// than the memory fill up).
class ExtractionPool::ResultQueue
{
public:
    void push(Outcome outcome)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_bytes += weight(outcome.text);
            m_items.push_back(std::move(outcome));
        }
        m_wake.notify_one();
    }

    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_wake.notify_one();
    }

    bool full() const
    {
        const std::lock_guard lock(m_mutex);
        return m_items.size() >= 512 || m_bytes >= 64 * 1024 * 1024;
    }

    // What arrived, waiting up to `ms` for something; `finished` once the
    // last result has been taken.
    std::deque<Outcome> take(int ms, bool& finished)
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(ms),
                        [this] { return !m_items.empty() || m_finished; });
        std::deque<Outcome> items;
        items.swap(m_items);
        m_bytes = 0;
        finished = m_finished && items.empty();
        return items;
    }

private:
    static qsizetype weight(const ExtractedText& text)
    {
        qsizetype bytes = 64;
        for (const QString& page : text.pages)
            bytes += page.size() * 2;
        return bytes;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Outcome> m_items;
    qsizetype m_bytes = 0;
    bool m_finished = false;
};

class ExtractionPool::Worker
{
public:
    std::unique_ptr<QProcess> process;
    std::deque<int> jobs; // sent to the helper, in order; the first is being read
    QByteArray buffer;
    QElapsedTimer clock; // since the helper began the first job
};

ExtractionPool::ExtractionPool(Options options) : m_options(std::move(options)) {}

ExtractionPool::~ExtractionPool() = default;

QString ExtractionPool::defaultHelperPath()
{
    // Set by packagers and tests whose programs do not sit beside the helper.
    if (const QString path = qEnvironmentVariable("INFODOC_EXTRACT"); !path.isEmpty())
        return path;
    // Beside the program in a build tree; installed, in the private folder
    // for helpers (<prefix>/libexec/infodoc), which is not on the PATH.
    const QString dir = QCoreApplication::applicationDirPath();
    const QString beside = dir + QStringLiteral("/infodoc-extract");
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(dir + QStringLiteral("/../libexec/infodoc/infodoc-extract"));
}

void ExtractionPool::run(const QList<Job>& jobs, const ResultHandler& onResult, const Cancelled& cancelled)
{
    if (jobs.isEmpty())
        return;
    ResultQueue results;
    std::atomic<bool> stop{false};
    std::unique_ptr<QThread> thread(QThread::create([&] { serve(jobs, results, stop); }));
    thread->start();
    for (bool finished = false; !finished;) {
        for (Outcome& outcome : results.take(50, finished)) {
            if (stop)
                break;
            onResult(outcome.job, outcome.text);
            if (cancelled && cancelled())
                stop = true;
        }
        if (stop || (cancelled && cancelled())) {
            stop = true;
            break;
        }
    }
    thread->wait();
}

// The pool's thread: starts the helpers, keeps each one `depth` files ahead
// so it never waits for the caller, reads their answers, and replaces a
// helper that dies or overruns its time.
void ExtractionPool::serve(const QList<Job>& jobs, ResultQueue& results, const std::atomic<bool>& stop)
{
    constexpr std::size_t depth = 2;
    QEventLoop loop;
    std::vector<std::unique_ptr<Worker>> workers;
    int next = 0;
    int done = 0;
    bool helperBroken = false;

    std::function<void(Worker&)> start;
    std::function<void()> dispatch;
    auto send = [&](Worker& w, int job) {
        if (w.jobs.empty())
            w.clock.start();
        w.jobs.push_back(job);
        const Job& j = jobs.at(job);
        w.process->write(j.path.toUtf8() + '\t' + j.mimeType.toUtf8() + '\n');
    };
    // The first job of `w` ends with `result`.
    auto finishJob = [&](Worker& w, ExtractedText result) {
        const int job = w.jobs.front();
        w.jobs.pop_front();
        w.clock.start();
        ++done;
        results.push({job, std::move(result)});
    };

    auto fail = [&](Worker& w, ExtractionState state, const QString& message) {
        if (!w.jobs.empty())
            finishJob(w, {state, {}, message});
    };

    // The helper's answers, as they arrive; a broken one (the helper
    // subverted by the file it reads, or confused) costs that file, and the
    // helper is replaced.
    std::function<void(Worker&)> parse = [&](Worker& w) {
        while (!w.jobs.empty()) {
            ExtractedText result;
            const ExtractionReply::Status status = ExtractionReply::take(w.buffer, result);
            if (status == ExtractionReply::Status::Incomplete)
                return;
            if (status == ExtractionReply::Status::Broken) {
                qCWarning(lcSearch) << "text extractor sent a broken answer; restarting it";
                fail(w, ExtractionState::Damaged,
                     ExtractionPool::tr("The text extractor gave a broken answer for this file; the file is "
                                        "probably malformed."));
                start(w);
                dispatch();
                return;
            }
            finishJob(w, std::move(result));
            dispatch();
        }
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
        QStringList arguments{QStringLiteral("--memory-mib"), QString::number(m_options.memoryMiB)};
        if (!m_options.ocrLanguage.isEmpty())
            arguments << QStringLiteral("--ocr") << m_options.ocrLanguage;
        p->start(m_options.helperPath, arguments);
        if (!p->waitForStarted(10000)) {
            helperBroken = true;
            p->disconnect();
            return;
        }
        // The files the old helper had not begun go to the new one.
        const std::deque<int> waiting = std::exchange(w.jobs, {});
        for (int job : waiting)
            send(w, job);
    };

    dispatch = [&] {
        if (stop) {
            loop.quit();
            return;
        }
        if (helperBroken) {
            const QString message = tr("The text extractor %1 cannot be started.").arg(m_options.helperPath);
            for (auto& w : workers) {
                while (!w->jobs.empty())
                    fail(*w, ExtractionState::Failed, message);
            }
            while (next < jobs.size()) {
                ++done;
                results.push({next++, {ExtractionState::Failed, {}, message}});
            }
        } else if (!results.full()) {
            for (auto& w : workers) {
                while (w->jobs.size() < depth && next < jobs.size())
                    send(*w, next++);
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
    watchdog.setInterval(50);
    const int timeoutMs = m_options.ocrLanguage.isEmpty()
                              ? m_options.timeoutMs
                              : std::max(m_options.timeoutMs, m_options.ocrTimeoutMs);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        for (auto& w : workers) {
            if (!w->jobs.empty() && w->clock.elapsed() > timeoutMs) {
                fail(*w, ExtractionState::TimedOut,
                     tr("Reading the text took more than %1 s; the file was skipped.").arg(timeoutMs / 1000));
                start(*w);
            }
        }
        dispatch();
    });
    watchdog.start();
    dispatch();
    if (done < jobs.size() && !stop)
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
    results.finish();
}

} // namespace infodoc::core

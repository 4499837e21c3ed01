#include "ui/search/SearchController.h"

#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/storage/Database.h"
#include "ui/search/HitDelegate.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QThread>

namespace infodoc::ui {

using namespace infodoc::core;

// Lives on the worker thread: everything it owns is opened and closed there.
class SearchController::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic_bool> stopping)
        : m_path(std::move(path)), m_stopping(std::move(stopping))
    {}

    // Brings the index up to the catalogue and opens it for reading.
    Status update(const IndexSync::Progress& progress)
    {
        if (!m_db) {
            auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
            if (!db)
                return db.error();
            m_db = std::move(*db);
        }
        m_service.reset();
        m_reader.reset();
        ExtractionPool::Options extraction;
        extraction.helperPath = ExtractionPool::defaultHelperPath();
        auto reader = IndexSync::openUpToDate(*m_db, extraction, progress);
        if (!reader)
            return reader.error();
        m_reader = std::move(*reader);
        // Read after the sync, so thesaurus changes are seen.
        m_service = std::make_unique<SearchService>(*m_db, *m_reader);
        return {};
    }

    Result<SearchService::Result> search(const SearchService::Options& options)
    {
        if (!m_service)
            return Error{SearchController::tr("The search index is not open.")};
        return m_service->search(options);
    }

    void close()
    {
        m_service.reset();
        m_reader.reset();
        m_db.reset();
    }

    bool stopping() const { return m_stopping->load(); }

private:
    QString m_path;
    std::shared_ptr<std::atomic_bool> m_stopping;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchIndex> m_reader;
    std::unique_ptr<SearchService> m_service;
};

SearchController::SearchController(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_stopping(std::make_shared<std::atomic_bool>(false))
{}

SearchController::~SearchController()
{
    if (!m_thread)
        return;
    m_stopping->store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void SearchController::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new Worker(m_databasePath, m_stopping);
    m_worker->moveToThread(m_thread);
    // The connections must be closed by the thread that opened them.
    Worker* worker = m_worker;
    connect(
        m_thread, &QThread::finished, m_worker, [worker] { worker->close(); }, Qt::DirectConnection);
    m_thread->start();
    m_refreshPending = true;
}

void SearchController::search(const SearchService::Options& options)
{
    start();
    m_last = options;
    if (m_busy || m_refreshPending) {
        m_pending = options;
        if (!m_busy)
            dispatchRefresh();
        return;
    }
    dispatch(options);
}

void SearchController::refresh()
{
    if (!m_thread)
        return; // nothing searched yet: the first search brings the index up to date
    m_refreshPending = true;
    if (m_last && !m_pending)
        m_pending = m_last;
    if (!m_busy)
        dispatchRefresh();
}

void SearchController::layOutHits(HitDelegate* delegate,
                                  std::function<QString(const SearchService::Hit&)> html)
{
    m_delegate = delegate;
    m_html = std::move(html);
}

void SearchController::dispatch(const SearchService::Options& options)
{
    m_busy = true;
    Worker* worker = m_worker;
    // The view's font and width now; if they change before the answer, the rows are laid out again.
    HitDelegate::Layouts layouts = m_delegate && m_html ? m_delegate->hint() : HitDelegate::Layouts();
    QMetaObject::invokeMethod(m_worker, [this, worker, options, layouts, html = m_html]() mutable {
        auto result = worker->search(options);
        if (result && layouts.width > 0) {
            QThread* window = QCoreApplication::instance()->thread();
            for (const SearchService::Hit& hit : result->hits) {
                const QString text = html(hit);
                HitDelegate::Row row;
                row.document = HitDelegate::layOut(text, layouts.font, layouts.width);
                row.picture = HitDelegate::draw(*row.document, layouts);
                row.document->moveToThread(window);
                layouts.rows.append({text, std::move(row)});
            }
        }
        QMetaObject::invokeMethod(this, [this, options, result, layouts] {
            if (result && m_delegate)
                m_delegate->keep(layouts);
            if (result)
                Q_EMIT finished(options, *result);
            else
                Q_EMIT failed(result.errorMessage());
            taskDone();
        });
    });
}

void SearchController::dispatchRefresh()
{
    m_busy = true;
    m_refreshPending = false;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [this, worker] {
        auto progress = [this, worker](const QString& stage, int done, int total) {
            QMetaObject::invokeMethod(this,
                                      [this, stage, done, total] { Q_EMIT indexing(stage, done, total); });
            return !worker->stopping();
        };
        const Status status = worker->update(progress);
        QMetaObject::invokeMethod(this, [this, status] {
            if (status)
                Q_EMIT indexed();
            else
                Q_EMIT failed(status.errorMessage());
            taskDone();
        });
    });
}

void SearchController::taskDone()
{
    m_busy = false;
    if (m_refreshPending) {
        dispatchRefresh();
    } else if (m_pending) {
        const SearchService::Options next = *m_pending;
        m_pending.reset();
        dispatch(next);
    }
}

} // namespace infodoc::ui

#pragma once

#include "core/search/SearchService.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace infodoc::ui {

class HitDelegate;

// Runs searches on a worker thread that has its own catalogue connection and
// index reader, so typing never waits for Xapian. One search runs at a time;
// while it does, only the newest request waits and older ones are dropped.
// The worker starts with the first request and first brings the index up to
// the catalogue.
class SearchController : public QObject
{
    Q_OBJECT

public:
    explicit SearchController(const QString& databasePath, QObject* parent = nullptr);
    ~SearchController() override;

    void search(const core::SearchService::Options& options);
    // The catalogue changed: bring the index up to date, then run the last
    // search again.
    void refresh();
    bool isBusy() const { return m_busy; }
    // After each search the worker also lays the hits out as `delegate` will
    // show them (`html` gives a hit's text; it runs on the worker), so that a
    // list landing costs the window only its paint.
    void layOutHits(HitDelegate* delegate, std::function<QString(const core::SearchService::Hit&)> html);
    bool hasStarted() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const core::SearchService::Options& options, const core::SearchService::Result& result);
    void failed(const QString& message);
    // Bringing the index up to date (stage, done, total).
    void indexing(const QString& stage, int done, int total);
    void indexed();

private:
    class Worker;
    void start();
    void dispatch(const core::SearchService::Options& options);
    void dispatchRefresh();
    void taskDone();

    QString m_databasePath;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopping;
    bool m_busy = false;
    bool m_refreshPending = false;
    std::optional<core::SearchService::Options> m_pending;
    std::optional<core::SearchService::Options> m_last;
    QPointer<HitDelegate> m_delegate;
    std::function<QString(const core::SearchService::Hit&)> m_html;
};

} // namespace infodoc::ui

#include "ui/catalog/RecordCounter.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QThread>

namespace infodoc::ui {

using namespace infodoc::core;

// Lives on the counting thread, which opens and closes its connection.
class RecordCounter::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    Result<qint64> count(const RecordFilter& filter)
    {
        if (!m_records) {
            auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
            if (!db)
                return db.error();
            m_db = std::move(*db);
            m_records = std::make_unique<RecordRepository>(*m_db, m_clock);
        }
        return m_records->count(filter);
    }

    void close()
    {
        m_records.reset();
        m_db.reset();
    }

private:
    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordRepository> m_records;
};

RecordCounter::RecordCounter(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{}

RecordCounter::~RecordCounter()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void RecordCounter::count(const RecordFilter& filter)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("record count"));
        m_worker = new Worker(m_databasePath);
        m_worker->moveToThread(m_thread);
        Worker* worker = m_worker;
        connect(
            m_thread, &QThread::finished, m_worker, [worker] { worker->close(); }, Qt::DirectConnection);
        m_thread->start();
    }
    const quint64 generation = ++*m_latest;
    Worker* worker = m_worker;
    auto latest = m_latest;
    QMetaObject::invokeMethod(m_worker, [this, worker, latest, generation, filter] {
        // A newer filter was typed meanwhile: its count is the one wanted.
        if (latest->load() != generation)
            return;
        const auto total = worker->count(filter);
        QMetaObject::invokeMethod(this, [this, latest, generation, total] {
            if (latest->load() != generation)
                return;
            if (total)
                Q_EMIT counted(*total);
            else
                Q_EMIT failed(total.errorMessage());
        });
    });
}

} // namespace infodoc::ui

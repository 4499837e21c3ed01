#pragma once

#include "core/catalog/RecordRepository.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace infodoc::ui {

// Counts the records of a filter on a thread of its own, with its own
// catalogue connection: a count scans the filtered table and must not hold
// the window. Only the newest request is answered.
class RecordCounter : public QObject
{
    Q_OBJECT

public:
    explicit RecordCounter(QString databasePath, QObject* parent = nullptr);
    ~RecordCounter() override;

    void count(const core::RecordFilter& filter);

Q_SIGNALS:
    void counted(qint64 total);
    void failed(const QString& message);

private:
    class Worker;
    QString m_databasePath;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace infodoc::ui

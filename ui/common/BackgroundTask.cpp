#include "ui/common/BackgroundTask.h"

#include "core/storage/Database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace infodoc::ui {

core::Status BackgroundTask::run(QWidget* parent, const QString& label, const Work& work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(label);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    std::atomic<bool> cancelled = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });

    core::Status status;
    // The dialog outlives the thread; updates still queued when it closes
    // are dropped with it.
    QProgressDialog* target = &dialog;
    const Progress progress = [&cancelled, target](int done, int total) {
        QMetaObject::invokeMethod(
            target,
            [target, done, total] {
                target->setMaximum(total);
                target->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(
        QThread::create([&status, &work, &progress] { status = work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    dialog.show();
    thread->start();
    loop.exec();
    thread->wait();
    if (!status && cancelled)
        return core::Error{tr("Cancelled: nothing was written.")};
    return status;
}

core::Status BackgroundTask::runOnCatalogue(QWidget* parent, const QString& label,
                                            const QString& databasePath, const CatalogueWork& work)
{
    return run(parent, label, [&databasePath, &work](const Progress& progress) -> core::Status {
        auto db = core::Database::open(databasePath, core::Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        return work(**db, progress);
    });
}

} // namespace infodoc::ui

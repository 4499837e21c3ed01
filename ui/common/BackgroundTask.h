#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace infodoc::core {
class Database;
}

namespace infodoc::ui {

// Runs long work (reading many records, laying out and writing documents) on
// a worker thread while a progress dialog keeps the window alive and offers
// to cancel. The work gets a progress function that returns false once the
// user has cancelled; it must then stop without writing anything.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::ui::BackgroundTask)

public:
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<core::Status(const Progress& progress)>;

    static core::Status run(QWidget* parent, const QString& label, const Work& work);

    using CatalogueWork = std::function<core::Status(core::Database& db, const Progress& progress)>;
    // The same, the work reading the catalogue at `databasePath` through a
    // connection of its own (a connection serves only the thread that opened it).
    static core::Status runOnCatalogue(QWidget* parent, const QString& label, const QString& databasePath,
                                       const CatalogueWork& work);
};

} // namespace infodoc::ui

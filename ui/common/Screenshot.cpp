#include "ui/common/Screenshot.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace infodoc::ui {

core::Status saveScreenshot(QWidget* window, const QString& path)
{
    window->show();
    // Let layouts settle and lazy models fetch their first rows.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return core::Error{
            QApplication::translate("infodoc::ui::Screenshot", "Cannot write the screenshot %1.")
                .arg(QDir::toNativeSeparators(path))};
    return core::Status::success();
}

} // namespace infodoc::ui

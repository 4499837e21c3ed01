#include "ui/common/KeptLayout.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <atomic>

namespace infodoc::ui {

namespace {

std::atomic<bool> g_kept{true};

QString settingKey(const QString& key, const char* what)
{
    return QStringLiteral("layout/%1/%2").arg(key, QLatin1String(what));
}

} // namespace

void setLayoutKept(bool kept)
{
    g_kept = kept;
}

bool layoutKept()
{
    return g_kept;
}

void keepSplitter(QSplitter* splitter, const QString& key)
{
    if (!layoutKept())
        return;
    const QSettings user;
    const QByteArray state = user.value(settingKey(key, "splitter")).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, key] {
        QSettings settings;
        settings.setValue(settingKey(key, "splitter"), splitter->saveState());
    });
}

void restoreWindow(QWidget* window, const QString& key)
{
    if (layoutKept()) {
        const QSettings user;
        const QByteArray geometry = user.value(settingKey(key, "geometry")).toByteArray();
        if (!geometry.isEmpty() && window->restoreGeometry(geometry))
            return;
    }
    // Nothing kept: most of the screen, centred, never smaller than the pages need.
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(available.width(), std::max(1280, available.width() * 85 / 100)),
                     std::min(available.height(), std::max(800, available.height() * 85 / 100)));
    window->resize(size);
    window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void saveWindow(const QWidget* window, const QString& key)
{
    if (!layoutKept())
        return;
    QSettings user;
    user.setValue(settingKey(key, "geometry"), window->saveGeometry());
}

} // namespace infodoc::ui

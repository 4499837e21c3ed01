#pragma once

class QSplitter;
class QString;
class QWidget;

namespace infodoc::ui {

// A window's size and position and its splitters' sizes, kept between runs
// in the user's settings ("layout/…"), the way the user left them.

// Off for pictures (--screenshot), which must not depend on the user's habits.
void setLayoutKept(bool kept);
bool layoutKept();

// Gives the splitter the sizes kept under `key`, and keeps them whenever it is moved.
void keepSplitter(QSplitter* splitter, const QString& key);
// Gives the window the size and position kept under `key`; with none, most
// of the screen it opens on.
void restoreWindow(QWidget* window, const QString& key);
void saveWindow(const QWidget* window, const QString& key);

} // namespace infodoc::ui

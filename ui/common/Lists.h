#pragma once

#include <QStringList>

class QDate;
class QTreeWidget;
class QWidget;

namespace infodoc::ui {

// A day as the lists show it (12/03/2027 in French), empty for none.
QString shortDate(const QDate& day);
// A flat list with these columns: one row chosen at a time, alternate
// colours, the first column taking the room left.
QTreeWidget* makeList(const QStringList& headers, QWidget* parent);
// A tooltip that shows `text` as it is. Qt takes a tooltip that looks like
// markup for markup: a title "<img src=file:…>" would load the file.
QString plainToolTip(const QString& text);

} // namespace infodoc::ui

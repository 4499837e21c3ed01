#pragma once

#include <QDialog>

class QTreeWidget;

namespace infodoc::ui {

// Help › Keyboard shortcuts: every key of the window read from its own
// actions and shortcuts (so the list is never out of date), grouped by the
// page where it works.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace infodoc::ui

#pragma once

#include <QWidget>

namespace infodoc::ui {

// The page of a module that this version does not have yet: it says so
// plainly instead of showing empty controls.
class ModulePage : public QWidget
{
    Q_OBJECT

public:
    ModulePage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace infodoc::ui

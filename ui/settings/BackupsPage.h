#pragma once

#include "ui/settings/SettingsPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Settings › Catalogue and backups: the catalogue open, the automatic
// backups (where they go, how many are kept, when they are written), the
// backups there with their date and state, one written now, checked, or
// restored (the program then reopens the catalogue).
class BackupsPage : public SettingsPage
{
    Q_OBJECT

public:
    BackupsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    // Keeps the policy shown; on an error, says why and returns false.
    bool save() override;
    // Reads the backups of the folder again (an error is shown in the list's place).
    void reload();
    QTreeWidget* list() const { return m_list; }
    QString listError() const;
    void backUpNow();

Q_SIGNALS:
    // The user confirmed restoring this backup over the open catalogue.
    void restoreRequested(const QString& backupPath);
    // The user asked to open another catalogue.
    void openAnotherRequested();

private:
    void showPolicy();
    void chooseFolder();
    QString currentPath() const;
    void verifyCurrent();
    void restoreCurrent();
    void updateButtons();

    core::Database& m_db;
    const core::Clock& m_clock;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QCheckBox* m_atClose = nullptr;
    QCheckBox* m_daySet = nullptr;
    QTimeEdit* m_at = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace infodoc::ui

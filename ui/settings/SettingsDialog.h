#pragma once

#include <QDialog>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class SettingsPage;

// The settings window (File › Settings…, Ctrl+,): one page per group, the
// list of pages on the left (arrows move between them). OK and Apply keep
// every page; a page that cannot be kept is shown with its reason and the
// window stays open. What belongs to the catalogue is kept in it; the
// interface language is the workstation user's (`user`).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(core::Database& db, const core::Clock& clock, QSettings& user, QWidget* parent = nullptr);

    // Shows the page of this key (SettingsPage::key()).
    void showPage(const QString& key);
    SettingsPage* page(const QString& key) const;
    SettingsPage* currentPage() const;
    // Keeps every page; on the first that cannot be kept, shows it and returns false.
    bool apply();
    void accept() override;

Q_SIGNALS:
    // Something was kept: the pages showing the rules, the calendar, the
    // labels or the index read them again.
    void settingsChanged();
    // The user confirmed restoring this backup over the open catalogue.
    void restoreRequested(const QString& backupPath);
    void openAnotherRequested();

private:
    void addPage(SettingsPage* page);

    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<SettingsPage*> m_pages;
};

} // namespace infodoc::ui

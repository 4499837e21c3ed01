#pragma once

#include <QDate>
#include <QMainWindow>

#include <memory>

class QAction;
class QCloseEvent;
class QLabel;
class QThread;
class QTimer;
class QListWidget;
class QStackedWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class AppointmentsPage;
class CataloguePage;
class LoansPage;
class SearchPage;
class VisitorWindow;

// The main window: module navigation on the left, the module's page on the
// right. Ctrl+1 … Ctrl+8 switch modules.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Module
    {
        Catalogue,
        Search,
        Loans,
        Appointments,
        Requests,
        Reports,
        Thesaurus,
        Authorities
    };

    MainWindow(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showModule(Module module);
    Module currentModule() const;
    // "catalogue", "search", "loans", "appointments", "requests", "reports", "thesaurus", "authorities".
    static std::optional<Module> moduleFromName(const QString& name);
    CataloguePage* cataloguePage() const { return m_catalogue; }
    SearchPage* searchPage() const { return m_search; }
    LoansPage* loansPage() const { return m_loans; }
    // Asks for (or sets) the staff PIN, turns the visitor mode on and shows it.
    // For an appointment, what the visitor selects is kept with it.
    void enterVisitorMode(qint64 appointmentId = 0);
    // Shows the visitor window full screen in place of this one (the mode is on).
    void showVisitorMode();
    // The import assistant, on `path` if one is given (the catalogue follows what is imported).
    void importFile(const QString& path);
    VisitorWindow* visitorWindow() const { return m_visitor.get(); }
    // The backup the user chose to restore: main() closes the catalogue,
    // restores it and opens the window again.
    QString pendingRestore() const { return m_pendingRestore; }
    // The catalogue chosen in File › Open another catalogue: main() closes
    // this one and opens that (then the import assistant when asked).
    QString nextCatalogue() const { return m_nextCatalogue; }
    bool importAfterOpening() const { return m_importNext; }
    // Writes the timed automatic backup if it is due, on a thread of its own
    // (the desk goes on); a failure stays shown in the status bar.
    void backUpIfDue();
    // The settings window, at this page (SettingsPage::key()) or the first.
    void openSettings(const QString& page);
    QString backupProblem() const;

protected:
    // The automatic backup at closing, with its progress; a failure asks
    // whether to close anyway.
    void closeEvent(QCloseEvent* event) override;

private:
    void addModule(Module module, const QString& label, const QIcon& icon, QWidget* page);
    void setUpMenus();
    // The records selected in the catalogue; says so when there are none.
    QList<qint64> selectionOrWarn();

    core::Database& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<VisitorWindow> m_visitor;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    CataloguePage* m_catalogue = nullptr;
    SearchPage* m_search = nullptr;
    LoansPage* m_loans = nullptr;
    AppointmentsPage* m_appointments = nullptr;
    QLabel* m_backupProblem = nullptr;
    QTimer* m_backupTimer = nullptr;
    QThread* m_backupThread = nullptr;
    QString m_pendingRestore;
    QAction* m_openAnother = nullptr;
    QString m_nextCatalogue;
    bool m_importNext = false;
    QDate m_backupWarned; // the day a failed timed backup was last reported
};

} // namespace infodoc::ui

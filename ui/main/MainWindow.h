#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class CataloguePage;
class SearchPage;

// The main window: module navigation on the left, the module's page on the
// right. Ctrl+1 … Ctrl+6 switch modules.
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
        Reports
    };

    MainWindow(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    void showModule(Module module);
    Module currentModule() const;
    // "catalogue", "search", "loans", "appointments", "requests", "reports".
    static std::optional<Module> moduleFromName(const QString& name);
    CataloguePage* cataloguePage() const { return m_catalogue; }
    SearchPage* searchPage() const { return m_search; }

private:
    void addModule(Module module, const QString& label, const QIcon& icon, QWidget* page);
    void setUpMenus();
    // The records selected in the catalogue; says so when there are none.
    QList<qint64> selectionOrWarn();

    core::Database& m_db;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    CataloguePage* m_catalogue = nullptr;
    SearchPage* m_search = nullptr;
};

} // namespace infodoc::ui

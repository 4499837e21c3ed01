#pragma once

#include "core/search/SearchService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace infodoc::core {
class Clock;
class Database;
struct Record;
} // namespace infodoc::core

namespace infodoc::ui {

class FacetPanel;
class SearchController;
class SearchResultModel;

// The consultation desk: a full-screen search in large type with facets,
// the record and where to find it (call number, location, availability), and
// the visitor's own selection to print or save as a PDF list. Nothing else
// of the application is reachable: no editing, no loans or appointments, no
// file dialogs. Only the staff PIN leaves it; closing the window does not.
class VisitorWindow : public QWidget
{
    Q_OBJECT

public:
    VisitorWindow(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~VisitorWindow() override;

    void setQuery(const QString& query);
    SearchResultModel* model() const { return m_model; }
    SearchController* controller() const { return m_controller; }
    QListView* results() const { return m_results; }
    QTextBrowser* details() const { return m_details; }
    QList<qint64> selection() const { return m_selection; }
    // Adds the current result to the visitor's selection.
    void addCurrent();
    // Writes the selection as a PDF list; returns the file written.
    core::Result<QString> saveSelection();
    // Where saved selections go: the user's documents, never chosen by the visitor.
    static QString selectionFolder();
    // Leaves the mode if `pin` is right (false, with a message, otherwise).
    bool leave(const QString& pin);
    // Asks for the PIN, then leaves.
    void askToLeave();
    // The record details a visitor sees, without anything personal.
    static QString detailsHtml(const core::Record& record);

Q_SIGNALS:
    void resultShown();
    // The right PIN was given: the staff application comes back.
    void left();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void runSearch();
    void showResult(const core::SearchService::Options& options, const core::SearchService::Result& result);
    void showCurrent();
    void fillSelection();
    void printSelection();

    core::Database& m_db;
    const core::Clock& m_clock;
    SearchController* m_controller = nullptr;
    SearchResultModel* m_model = nullptr;
    QLineEdit* m_query = nullptr;
    FacetPanel* m_facets = nullptr;
    QListView* m_results = nullptr;
    QTextBrowser* m_details = nullptr;
    QListWidget* m_selectionList = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_debounce = nullptr;
    QList<qint64> m_selection;
    qint64 m_appointment = 0; // the visit the mode was opened for: its selection is kept
    bool m_leaving = false;
};

} // namespace infodoc::ui

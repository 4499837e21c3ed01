#pragma once

#include "core/search/SearchService.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class FacetPanel;
class RecordView;
class SearchController;
class SearchResultModel;

// The Search module: full-text search as you type with the query language,
// facets to tick, sort, hits with snippets and pages, the record of the
// current hit, saved searches and baskets. Queries run on a worker thread.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    SearchPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~SearchPage() override;

    void setQuery(const QString& query);
    QString query() const;
    void focusQuery();
    // The records selected in the result list, in the list's order.
    QList<qint64> selectedRecordIds() const;
    // The catalogue changed elsewhere: the index catches up and the search runs again.
    void catalogueChanged();
    // Adds the selected hits to a basket; returns how many were added.
    int addSelectionToBasket(const QString& basketName);
    SearchResultModel* model() const { return m_model; }
    FacetPanel* facets() const { return m_facets; }
    SearchController* controller() const { return m_controller; }
    QListView* results() const { return m_results; }
    RecordView* recordView() const { return m_view; }

Q_SIGNALS:
    // A search's answer is on screen (for tests and screenshots).
    void resultShown();
    // A link to an attached file was followed in the record (page 0: the first).
    // `pages`: where the search found the words in that file.
    void attachmentOpened(qint64 recordId, qint64 attachmentId, int page, const QStringList& stems,
                          const QList<int>& pages);

protected:
    void showEvent(QShowEvent* event) override;

private:
    core::SearchService::Options currentOptions() const;
    void runSearch();
    void fetchMore(int offset);
    void showResult(const core::SearchService::Options& options, const core::SearchService::Result& result);
    void showCurrentHit();
    void fillSavedMenu();
    void saveSearch();
    void applySaved(const core::SearchService::Options& options);
    void addToBasket();
    void fillBaskets();

    core::Database& m_db;
    const core::Clock& m_clock;
    SearchController* m_controller = nullptr;
    SearchResultModel* m_model = nullptr;
    QLineEdit* m_query = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_exact = nullptr;
    QCheckBox* m_narrower = nullptr;
    QToolButton* m_saved = nullptr;
    QAction* m_saveAction = nullptr;
    QLabel* m_status = nullptr;
    FacetPanel* m_facets = nullptr;
    QListView* m_results = nullptr;
    RecordView* m_view = nullptr;
    QComboBox* m_basket = nullptr;
    QTimer* m_debounce = nullptr;
    QString m_suggestion;
    QStringList m_lastStems; // of the shown search, to highlight in documents
    bool m_started = false;
};

} // namespace infodoc::ui

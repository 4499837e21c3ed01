#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace infodoc::core {
class Clock;
class Database;
class RecordRepository;
} // namespace infodoc::core

namespace infodoc::ui {

class RecordListModel;
class RecordView;

// The Catalogue module: a sortable, filterable list of every record and a
// read-only view of the selected one.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    CataloguePage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~CataloguePage() override;

    RecordListModel* model() const { return m_model; }
    void focusFilter();
    // The records selected in the list, in the list's order.
    QList<qint64> selectedRecordIds() const;
    QTableView* table() const { return m_table; }

private:
    void applyFilter();
    void showCurrent();
    void updateCount(qint64 total);

    std::unique_ptr<core::RecordRepository> m_records;
    RecordListModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_type = nullptr;
    QTableView* m_table = nullptr;
    RecordView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace infodoc::ui

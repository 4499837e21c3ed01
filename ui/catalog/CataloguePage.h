#pragma once

#include "core/catalog/BatchEdit.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QPushButton;
class QTimer;

namespace infodoc::core {
class Clock;
class Database;
class RecordRepository;
struct Record;
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
    // Opens the record form; returns the record saved (0 if nothing was saved).
    qint64 newRecord();
    qint64 editRecord(qint64 id);
    qint64 duplicateRecord(qint64 id);
    // Asks, then deletes the selected records.
    void deleteSelected();
    // One change to the selected records; returns how many changed (-1 if cancelled).
    int batchEditSelected();
    // Puts back the records the last batch change changed.
    bool undoBatch();
    bool canUndoBatch() const { return m_undo.has_value(); }
    // Shows a record in the list (clearing the filter if it hides it).
    void selectRecord(qint64 id);
    void reload();

Q_SIGNALS:
    // Records were added, changed or deleted from this page.
    void catalogueChanged();
    // A link to an attached file was followed in the record.
    void attachmentOpened(qint64 attachmentId);

private:
    // Runs the form until it is saved or closed; follows "open the existing record".
    qint64 runEditor(const core::Record& record);
    void applyFilter();
    void showCurrent();
    void updateCount(qint64 total);

    core::Database& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<core::RecordRepository> m_records;
    RecordListModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_type = nullptr;
    QTableView* m_table = nullptr;
    RecordView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QString m_notice;
    QTimer* m_debounce = nullptr;
    QPushButton* m_undoButton = nullptr;
    std::optional<core::BatchEdit::Undo> m_undo;
};

} // namespace infodoc::ui

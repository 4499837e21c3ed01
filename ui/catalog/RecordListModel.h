#pragma once

#include "core/catalog/RecordRepository.h"

#include <QAbstractTableModel>

namespace infodoc::ui {

class RecordCounter;

// The catalogue list, fetched a page at a time as the view scrolls
// (keyset pagination), so 100,000 records never load at once; the filtered
// count is taken beside the window (RecordCounter).
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        AuthorsColumn,
        TypeColumn,
        YearColumn,
        CallNumberColumn,
        ColumnCount
    };
    enum Roles
    {
        RecordIdRole = Qt::UserRole + 1
    };

    RecordListModel(core::RecordRepository& records, const QString& databasePath, QObject* parent = nullptr);

    void setFilter(const core::RecordFilter& filter);
    // Reloads from the first page (after an edit elsewhere).
    void reload();
    // The count of the current filter, once counted (see counting()).
    qint64 totalCount() const { return m_total; }
    bool counting() const { return m_counting; }
    qint64 recordId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int pageSize = 200;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void countingStarted();
    // A page or the count could not be read: the list is not the catalogue.
    void readFailed(const QString& message);

private:
    core::RecordRepository& m_records;
    core::RecordPageRequest m_request;
    QList<core::RecordSummary> m_rows;
    std::optional<core::RecordCursor> m_next;
    bool m_atEnd = false;
    qint64 m_total = 0;
    bool m_counting = false;
    RecordCounter* m_counter = nullptr;
};

} // namespace infodoc::ui

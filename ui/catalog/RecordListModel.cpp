#include "ui/catalog/RecordListModel.h"

#include "ui/catalog/RecordCounter.h"
#include "ui/common/Lists.h"

#include <QLocale>

namespace infodoc::ui {

using namespace infodoc::core;

RecordListModel::RecordListModel(RecordRepository& records, const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent), m_records(records), m_counter(new RecordCounter(databasePath, this))
{
    m_request.limit = pageSize;
    connect(m_counter, &RecordCounter::counted, this, [this](qint64 total) {
        m_total = total;
        m_counting = false;
        Q_EMIT totalCountChanged(m_total);
    });
    connect(m_counter, &RecordCounter::failed, this, [this](const QString& message) {
        m_counting = false;
        Q_EMIT readFailed(message);
    });
    reload();
}

void RecordListModel::setFilter(const RecordFilter& filter)
{
    m_request.filter = filter;
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    m_request.after.reset();
    endResetModel();
    m_counting = true;
    m_counter->count(m_request.filter);
    Q_EMIT countingStarted();
    fetchMore({});
}

qint64 RecordListModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordSummary& s = m_rows.at(index.row());
    if (role == RecordIdRole)
        return s.id;
    if (role == Qt::ToolTipRole) {
        const QVariant shown = data(index, Qt::DisplayRole);
        return shown.typeId() == QMetaType::QString ? QVariant(plainToolTip(shown.toString())) : shown;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return s.title;
        case AuthorsColumn:
            return s.authors;
        case TypeColumn:
            return Vocabulary::label(s.type);
        case YearColumn:
            return s.year ? QVariant(s.year) : QVariant();
        case CallNumberColumn:
            return s.callNumber;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == YearColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case TypeColumn:
        return tr("Type");
    case YearColumn:
        return tr("Year");
    case CallNumberColumn:
        return tr("Call number");
    default:
        return {};
    }
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    m_request.after = m_next;
    const auto read = m_records.page(m_request);
    if (!read) {
        m_atEnd = true;
        Q_EMIT readFailed(read.errorMessage());
        return;
    }
    const RecordPage& page = *read;
    m_next = page.next;
    m_atEnd = !page.next.has_value();
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows += page.rows;
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    static const RecordSort sorts[] = {RecordSort::Title, RecordSort::Authors, RecordSort::Type,
                                       RecordSort::Year, RecordSort::CallNumber};
    if (column < 0 || column >= ColumnCount)
        return;
    m_request.sort = sorts[column];
    m_request.order = order;
    reload();
}

} // namespace infodoc::ui

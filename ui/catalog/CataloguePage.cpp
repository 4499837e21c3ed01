#include "catalog/CataloguePage.h"

#include "catalog/RecordListModel.h"
#include "catalog/RecordRepository.h"
#include "catalog/RecordView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace infodoc::ui {

using namespace infodoc::core;

CataloguePage::CataloguePage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_records(std::make_unique<RecordRepository>(db, clock))
{
    setObjectName(QStringLiteral("cataloguePage"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("catalogueFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, author or call number…"));
    m_filter->setAccessibleName(tr("Filter the catalogue"));
    m_filter->setClearButtonEnabled(true);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("catalogueTypeFilter"));
    m_type->setAccessibleName(tr("Document type"));
    m_type->addItem(tr("All types"), QString());
    for (DocumentType type : Vocabulary::documentTypes())
        m_type->addItem(Vocabulary::label(type), Vocabulary::key(type));

    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("catalogueCount"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addWidget(m_count);

    m_model = new RecordListModel(*m_records, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordListModel::TitleColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several records at once: bibliographies and sheets of a selection.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(RecordListModel::AuthorsColumn, 190);
    m_table->horizontalHeader()->resizeSection(RecordListModel::TypeColumn, 120);
    m_table->horizontalHeader()->resizeSection(RecordListModel::YearColumn, 55);
    m_table->horizontalHeader()->resizeSection(RecordListModel::CallNumberColumn, 95);

    m_view = new RecordView(this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 380});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // Filtering waits for a pause in typing.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CataloguePage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CataloguePage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_model, &RecordListModel::totalCountChanged, this, &CataloguePage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, m_view,
            [this] { m_view->showMessage(tr("Select a record in the list to see it here.")); });
    updateCount(m_model->totalCount());
    setFocusProxy(m_table);
}

CataloguePage::~CataloguePage() = default;

void CataloguePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QList<qint64> CataloguePage::selectedRecordIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        if (const qint64 id = m_model->recordId(row))
            ids.append(id);
    return ids;
}

void CataloguePage::applyFilter()
{
    m_debounce->stop();
    RecordFilter filter;
    filter.text = m_filter->text();
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        filter.type = Vocabulary::documentTypeFromKey(type);
    m_model->setFilter(filter);
}

void CataloguePage::showCurrent()
{
    const qint64 id = m_model->recordId(m_table->currentIndex().row());
    if (!id)
        return;
    auto record = m_records->get(id);
    if (record)
        m_view->showRecord(*record);
    else
        m_view->showMessage(record.errorMessage());
}

void CataloguePage::updateCount(qint64 total)
{
    m_count->setText(
        tr("%1 record(s)", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(QLocale().toString(total)));
}

} // namespace infodoc::ui

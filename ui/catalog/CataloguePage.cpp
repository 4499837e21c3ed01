#include "ui/catalog/CataloguePage.h"

#include "core/catalog/RecordRepository.h"
#include "core/storage/Database.h"
#include "ui/catalog/BatchEditDialog.h"
#include "ui/catalog/RecordEditor.h"
#include "ui/catalog/RecordListModel.h"
#include "ui/catalog/RecordView.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/KeptLayout.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace infodoc::ui {

using namespace infodoc::core;

CataloguePage::CataloguePage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_records(std::make_unique<RecordRepository>(db, clock))
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

    auto* actions = new QHBoxLayout;
    auto addButton = [this, actions](const QString& text, const QKeySequence& shortcut, const char* name,
                                     const std::function<void()>& slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(
            tr("%1 (%2)").arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, this, slot);
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        this->addAction(action);
        actions->addWidget(button);
    };
    addButton(tr("&New record"), QKeySequence::New, "newRecord", [this] { newRecord(); });
    addButton(tr("&Edit"), QKeySequence(Qt::CTRL | Qt::Key_E), "editRecord", [this] {
        if (const qint64 id = m_model->recordId(m_table->currentIndex().row()))
            editRecord(id);
    });
    addButton(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), "duplicateRecord", [this] {
        if (const qint64 id = m_model->recordId(m_table->currentIndex().row()))
            duplicateRecord(id);
    });
    addButton(tr("&Delete"), QKeySequence::Delete, "deleteRecords", [this] { deleteSelected(); });
    addButton(tr("Change in a &batch…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), "batchEdit",
              [this] { batchEditSelected(); });
    addButton(tr("&Undo the batch change"), QKeySequence::Undo, "undoBatch", [this] { undoBatch(); });
    m_undoButton = findChild<QPushButton*>(QStringLiteral("undoBatch"));
    m_undoButton->setEnabled(false);
    actions->addStretch(1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addWidget(m_count);

    m_model = new RecordListModel(*m_records, db.path(), this);
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
    keepSplitter(splitter, QStringLiteral("catalogue"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
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
    connect(m_model, &RecordListModel::countingStarted, this, [this] {
        m_count->setStyleSheet({});
        m_count->setText(m_notice.isEmpty() ? tr("Counting…") : m_notice);
    });
    connect(m_model, &RecordListModel::readFailed, this, [this](const QString& message) {
        m_count->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
        m_count->setText(message);
    });
    m_count->setText(tr("Counting…"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::showCurrent);
    connect(m_view, &RecordView::attachmentActivated, this,
            [this](qint64 attachmentId, int) { Q_EMIT attachmentOpened(attachmentId); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->recordId(index.row()))
            editRecord(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view,
            [this] { m_view->showMessage(tr("Select a record in the list to see it here.")); });
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

qint64 CataloguePage::runEditor(const Record& record)
{
    Record current = record;
    for (;;) {
        RecordEditor editor(m_db, m_clock, current, this);
        const int outcome = editor.exec();
        if (outcome == QDialog::Accepted) {
            reload();
            selectRecord(editor.recordId());
            Q_EMIT catalogueChanged();
            return editor.recordId();
        }
        if (outcome != RecordEditor::OpenExisting)
            return 0;
        auto existing = m_records->get(editor.recordId());
        if (!existing) {
            QMessageBox::warning(this, tr("Open a record"), existing.errorMessage());
            return 0;
        }
        current = *existing;
    }
}

qint64 CataloguePage::newRecord()
{
    Record r;
    r.language = QStringLiteral("fre");
    // A new record takes the type chosen in the filter, if any.
    if (const auto type = Vocabulary::documentTypeFromKey(m_type->currentData().toString()))
        r.type = *type;
    return runEditor(r);
}

qint64 CataloguePage::editRecord(qint64 id)
{
    auto record = m_records->get(id);
    if (!record) {
        QMessageBox::warning(this, tr("Open a record"), record.errorMessage());
        return 0;
    }
    return runEditor(*record);
}

qint64 CataloguePage::duplicateRecord(qint64 id)
{
    auto record = m_records->get(id);
    if (!record) {
        QMessageBox::warning(this, tr("Duplicate a record"), record.errorMessage());
        return 0;
    }
    // A copy of the description: no copies (barcodes are unique) and no files.
    Record copy = *record;
    copy.id = 0;
    copy.copies.clear();
    copy.attachments.clear();
    copy.title = tr("%1 (copy)").arg(copy.title);
    return runEditor(copy);
}

void CataloguePage::deleteSelected()
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        auto record = m_records->get(ids.first());
        question = tr("Delete the record n° %1 “%2” with its copies and attached files?")
                       .arg(ids.first())
                       .arg(record ? record->title : QString());
    } else {
        question =
            tr("Delete these %n records with their copies and attached files?", nullptr, int(ids.size()));
    }
    if (QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    for (qint64 id : ids) {
        if (auto s = m_records->remove(id); !s) {
            QMessageBox::warning(this, tr("Delete"), s.errorMessage());
            break;
        }
    }
    reload();
    Q_EMIT catalogueChanged();
}

int CataloguePage::batchEditSelected()
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Change in a batch"),
                                 tr("Select the records to change first (Ctrl+A selects the whole list)."));
        return -1;
    }
    BatchEditDialog dialog(m_db, m_clock, ids, this);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    const int changed = int(dialog.undo().before.size());
    m_undo = dialog.undo();
    m_undoButton->setEnabled(true);
    m_notice = tr("%n record(s) changed.", nullptr, changed);
    reload();
    Q_EMIT catalogueChanged();
    return changed;
}

bool CataloguePage::undoBatch()
{
    if (!m_undo)
        return false;
    const BatchEdit::Undo undo = *m_undo;
    const Clock& clock = m_clock;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Undoing the batch change…"), m_db.path(),
        [&undo, &clock](Database& db, const BackgroundTask::Progress& progress) {
            return BatchEdit(db, clock).undo(undo, progress);
        });
    if (!status) {
        QMessageBox::warning(this, tr("Undo the batch change"), status.errorMessage());
        return false;
    }
    m_undo.reset();
    m_undoButton->setEnabled(false);
    m_notice = tr("%n record(s) put back as they were.", nullptr, int(undo.before.size()));
    reload();
    Q_EMIT catalogueChanged();
    return true;
}

void CataloguePage::reload()
{
    m_model->reload();
}

void CataloguePage::selectRecord(qint64 id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->recordId(row) == id) {
                m_table->setCurrentIndex(m_model->index(row, 0));
                m_table->scrollTo(m_model->index(row, 0));
                showCurrent();
                return;
            }
        }
        // Not among the rows loaded: show it alone by its call number or title.
        auto record = m_records->get(id);
        if (!record)
            return;
        const QSignalBlocker blocker(m_filter);
        m_filter->setText(record->title.left(40));
        m_type->setCurrentIndex(0);
        applyFilter();
    }
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
    const QString count =
        tr("%1 record(s)", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(QLocale().toString(total));
    m_count->setStyleSheet({});
    // A batch change says what it did until the count that follows it.
    m_count->setText(m_notice.isEmpty() ? count : m_notice + u' ' + count);
    m_notice.clear();
}

} // namespace infodoc::ui

#include "ui/vocabulary/AuthoritiesPage.h"

#include "core/catalog/AuthorityRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

AuthoritiesPage::AuthoritiesPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_authorities(std::make_unique<AuthorityRepository>(db, clock))
{
    setObjectName(QStringLiteral("authoritiesPage"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("authorityFilter"));
    m_filter->setAccessibleName(tr("Filter the authorities"));
    m_filter->setPlaceholderText(tr("Part of a name…"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("authorityTable"));
    m_table->setAccessibleName(tr("Authorities"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Records"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("authorityError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* rename = new QPushButton(tr("&Rename…"), this);
    rename->setToolTip(tr("Rename (F2): the records follow"));
    auto renameSlot = [this] {
        if (!currentId())
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename"), tr("New form of the name:"), QLineEdit::Normal,
                                  m_table->item(m_table->currentRow(), 0)->text(), &ok);
        if (ok)
            renameCurrent(name);
    };
    connect(rename, &QPushButton::clicked, this, renameSlot);
    auto* renameAction = new QAction(rename->text(), this);
    renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(renameAction, &QAction::triggered, this, renameSlot);
    addAction(renameAction);
    auto* merge = new QPushButton(tr("&Merge into…"), this);
    merge->setToolTip(tr("The records of this name go to the name kept; this one is deleted."));
    connect(merge, &QPushButton::clicked, this, [this] {
        if (!currentId())
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Merge"), tr("Name to keep:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            mergeCurrentInto(name);
    });

    auto* note = new QPushButton(tr("&Note…"), this);
    note->setToolTip(
        tr("The note on this person or organisation (dates, function, other forms of the name)"));
    connect(note, &QPushButton::clicked, this, [this] {
        const auto current = m_authorities->get(currentId());
        if (!current) {
            QMessageBox::warning(this, tr("Note"), current.errorMessage());
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Note"), tr("Note on %1:").arg(current->name), current->note, &ok);
        if (ok)
            setCurrentNote(text);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(rename);
    top->addWidget(merge);
    top->addWidget(note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuthoritiesPage::fill);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    setFocusProxy(m_filter);
}

AuthoritiesPage::~AuthoritiesPage() = default;

void AuthoritiesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fill();
}

void AuthoritiesPage::setFilter(const QString& text)
{
    m_filter->setText(text);
    fill();
}

void AuthoritiesPage::fill()
{
    m_debounce->stop();
    const qint64 current = currentId();
    m_table->setRowCount(0);
    // The most used first; a filter narrows to the names that contain it.
    const auto found = m_authorities->search(m_filter->text(), 1000);
    m_error->setText(found ? QString() : found.errorMessage());
    m_error->setVisible(!found);
    if (!found)
        return;
    const auto& list = *found;
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const auto& a = list.at(row);
        auto* name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(Vocabulary::label(a.kind)));
        auto* count = new QTableWidgetItem(QString::number(a.recordCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, count);
        m_table->setItem(row, 3, new QTableWidgetItem(QString(a.note).replace(u'\n', u' ')));
        if (a.id == current)
            m_table->setCurrentCell(row, 0);
    }
}

qint64 AuthoritiesPage::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool AuthoritiesPage::renameCurrent(const QString& name)
{
    if (auto s = m_authorities->rename(currentId(), name); !s) {
        QMessageBox::warning(this, tr("Rename"), s.errorMessage());
        return false;
    }
    fill();
    Q_EMIT authoritiesChanged();
    return true;
}

bool AuthoritiesPage::setCurrentNote(const QString& note)
{
    if (auto s = m_authorities->setNote(currentId(), note); !s) {
        QMessageBox::warning(this, tr("Note"), s.errorMessage());
        return false;
    }
    fill();
    return true;
}

bool AuthoritiesPage::mergeCurrentInto(const QString& keepName)
{
    const qint64 removeId = currentId();
    const auto current = m_authorities->get(removeId);
    if (!current) {
        QMessageBox::warning(this, tr("Merge"), current.errorMessage());
        return false;
    }
    const auto found = m_authorities->find(keepName, current->kind);
    if (!found) {
        QMessageBox::warning(this, tr("Merge"), found.errorMessage());
        return false;
    }
    const auto& keep = *found;
    if (!keep) {
        QMessageBox::warning(
            this, tr("Merge"),
            tr("There is no %1 named “%2”.").arg(Vocabulary::label(current->kind).toLower(), keepName));
        return false;
    }
    if (auto s = m_authorities->merge(keep->id, removeId); !s) {
        QMessageBox::warning(this, tr("Merge"), s.errorMessage());
        return false;
    }
    fill();
    Q_EMIT authoritiesChanged();
    return true;
}

} // namespace infodoc::ui

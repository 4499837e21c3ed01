#include "ui/catalog/CopiesEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {
enum Column
{
    BarcodeColumn,
    CallNumberColumn,
    LocationColumn,
    StatusColumn
};
}

CopiesEdit::CopiesEdit(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("recordCopies"));
    m_table->setAccessibleName(tr("Copies"));
    m_table->setHorizontalHeaderLabels({tr("Barcode"), tr("Call number"), tr("Location"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::itemChanged, this, &CopiesEdit::changed);

    auto* add = new QPushButton(tr("Add a &copy"), this);
    add->setObjectName(QStringLiteral("addCopy"));
    connect(add, &QPushButton::clicked, this, [this] {
        addCopy(m_defaultCallNumber);
        m_table->setCurrentCell(m_table->rowCount() - 1, BarcodeColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, BarcodeColumn));
    });
    auto* remove = new QPushButton(tr("Remove the copy"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        delete m_table->cellWidget(row, StatusColumn);
        m_table->removeRow(row);
        m_ids.removeAt(row);
        Q_EMIT changed();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void CopiesEdit::appendRow(const Copy& copy)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, BarcodeColumn, new QTableWidgetItem(copy.barcode));
    m_table->setItem(row, CallNumberColumn, new QTableWidgetItem(copy.callNumber));
    m_table->setItem(row, LocationColumn, new QTableWidgetItem(copy.location));
    auto* status = new QComboBox(m_table);
    status->setAccessibleName(tr("Status of copy %1").arg(row + 1));
    if (copy.status == CopyStatus::OnLoan) {
        // Out: the loans own this status; the form shows it with the due date.
        status->addItem(copy.due.isValid()
                            ? tr("On loan, due %1").arg(QLocale().toString(copy.due, QLocale::ShortFormat))
                            : Vocabulary::label(CopyStatus::OnLoan),
                        Vocabulary::key(CopyStatus::OnLoan));
        status->setEnabled(false);
        status->setToolTip(tr("Lent at the Loans desk: return it there to change its status."));
        for (int column : {BarcodeColumn})
            if (QTableWidgetItem* item = m_table->item(row, column))
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    } else {
        // "On loan" comes from the loans only: it is not offered by hand.
        for (CopyStatus s : Vocabulary::copyStatuses())
            if (s != CopyStatus::OnLoan)
                status->addItem(Vocabulary::label(s), Vocabulary::key(s));
        status->setCurrentIndex(status->findData(Vocabulary::key(copy.status)));
    }
    connect(status, &QComboBox::currentIndexChanged, this, &CopiesEdit::changed);
    m_table->setCellWidget(row, StatusColumn, status);
    m_ids.append(copy.id);
}

void CopiesEdit::addCopy(const QString& callNumber)
{
    Copy copy;
    copy.callNumber = callNumber;
    appendRow(copy);
    Q_EMIT changed();
}

QList<Copy> CopiesEdit::copies() const
{
    QList<Copy> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Copy c;
        c.id = m_ids.value(row);
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        c.barcode = text(BarcodeColumn);
        c.callNumber = text(CallNumberColumn);
        c.location = text(LocationColumn);
        c.status =
            Vocabulary::copyStatusFromKey(
                static_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn))->currentData().toString())
                .value_or(CopyStatus::Available);
        out.append(c);
    }
    return out;
}

void CopiesEdit::setCopies(const QList<Copy>& copies)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        delete m_table->cellWidget(row, StatusColumn);
    m_table->setRowCount(0);
    m_ids.clear();
    for (const Copy& c : copies)
        appendRow(c);
}

} // namespace infodoc::ui

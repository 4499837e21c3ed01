#include "ui/interop/LocalFieldsBox.h"

#include "ui/common/Lists.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

enum Column
{
    FieldColumn,
    LabelColumn,
    RecordsColumn,
    ExampleColumn,
    TargetColumn,
};

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // Text from the file: a tooltip that is plain text, never markup.
    item->setToolTip(plainToolTip(text));
    return item;
}

} // namespace

LocalFieldsBox::LocalFieldsBox(QWidget* parent) : QGroupBox(tr("Fields of the catalogue of origin"), parent)
{
    setObjectName(QStringLiteral("importLocalFields"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("importLocalFieldsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Label"), tr("Records"), tr("Example"), tr("Goes to")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    auto* apply = new QPushButton(tr("&Apply these choices"), this);
    apply->setObjectName(QStringLiteral("importLocalFieldsApply"));
    connect(apply, &QPushButton::clicked, this, &LocalFieldsBox::applyRequested);

    auto* explanation =
        new QLabel(tr("PMB's custom fields (900, and 999 for the copies) and its decimal index (676) have no "
                      "place of their own in a record: say where each goes. By default they are kept in "
                      "the notes as “label: value”."),
                   this);
    explanation->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
}

void LocalFieldsBox::setUses(const QList<LocalFields::Use>& uses)
{
    m_table->setRowCount(int(uses.size()));
    for (int row = 0; row < uses.size(); ++row) {
        const LocalFields::Use& u = uses.at(row);
        auto* field = readOnly(u.id);
        field->setData(Qt::UserRole, u.id);
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, LabelColumn, readOnly(u.label));
        auto* records = readOnly(QString::number(u.records));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RecordsColumn, records);
        m_table->setItem(row, ExampleColumn, readOnly(u.example));
        auto* target = new QComboBox(m_table);
        target->setObjectName(QStringLiteral("importLocalField%1").arg(row));
        target->setAccessibleName(tr("Where “%1” goes").arg(u.label));
        for (LocalFields::Target t : LocalFields::targets(u.ofCopy()))
            target->addItem(LocalFields::label(t), int(t));
        target->setCurrentIndex(target->findData(int(u.target)));
        m_table->setCellWidget(row, TargetColumn, target);
    }
    setVisible(!uses.isEmpty());
}

QHash<QString, LocalFields::Target> LocalFieldsBox::choices() const
{
    QHash<QString, LocalFields::Target> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* target = qobject_cast<QComboBox*>(m_table->cellWidget(row, TargetColumn));
        if (target && m_table->item(row, FieldColumn))
            out.insert(m_table->item(row, FieldColumn)->data(Qt::UserRole).toString(),
                       LocalFields::Target(target->currentData().toInt()));
    }
    return out;
}

} // namespace infodoc::ui

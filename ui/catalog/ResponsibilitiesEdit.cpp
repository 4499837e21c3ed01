#include "ui/catalog/ResponsibilitiesEdit.h"

#include "core/catalog/AuthorityRepository.h"
#include "ui/common/Completion.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {
enum Column
{
    NameColumn,
    KindColumn,
    RoleColumn
};
}

ResponsibilitiesEdit::ResponsibilitiesEdit(AuthorityRepository& authorities, QWidget* parent)
    : QWidget(parent), m_authorities(authorities)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("recordResponsibilities"));
    m_table->setAccessibleName(tr("Authors and organisations"));
    m_table->setHorizontalHeaderLabels({tr("Name (Surname, First name)"), tr("Kind"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(160);
    m_table->setTabKeyNavigation(false);

    auto* add = new QPushButton(tr("Add a &name"), this);
    add->setObjectName(QStringLiteral("addResponsibility"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->cellWidget(m_table->rowCount() - 1, NameColumn)->setFocus(Qt::OtherFocusReason);
    });
    auto* remove = new QPushButton(tr("Remove the name"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        removeRowAt(row);
        checkSimilar();
        Q_EMIT changed();
    });
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("similarAuthorityWarning"));
    m_warning->setStyleSheet(QStringLiteral("color:#8a5300"));
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
}

ResponsibilitiesEdit::~ResponsibilitiesEdit()
{
    // A name field losing the focus as it is destroyed must not call back into this half-destroyed widget.
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 0; column < m_table->columnCount(); ++column)
            if (QWidget* w = m_table->cellWidget(row, column))
                w->disconnect(this);
}

void ResponsibilitiesEdit::addRow(const Responsibility& r)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QLineEdit(r.name, m_table);
    name->setAccessibleName(tr("Name %1").arg(row + 1));
    auto* kind = new QComboBox(m_table);
    kind->setAccessibleName(tr("Kind %1").arg(row + 1));
    kind->addItem(Vocabulary::label(AuthorityKind::Person), Vocabulary::key(AuthorityKind::Person));
    kind->addItem(Vocabulary::label(AuthorityKind::Organisation),
                  Vocabulary::key(AuthorityKind::Organisation));
    kind->setCurrentIndex(r.kind == AuthorityKind::Person ? 0 : 1);
    auto* role = new QComboBox(m_table);
    role->setAccessibleName(tr("Role %1").arg(row + 1));
    for (Role value : Vocabulary::roles())
        role->addItem(Vocabulary::label(value), Vocabulary::key(value));
    role->setCurrentIndex(role->findData(Vocabulary::key(r.role)));
    addCompletion(name, [this, kind](const QString& text) {
        QStringList names;
        const AuthorityKind k =
            Vocabulary::authorityKindFromKey(kind->currentData().toString()).value_or(AuthorityKind::Person);
        // Suggestions only: a failed read shows when the names are checked (checkSimilar).
        const auto found = m_authorities.search(text, 15);
        for (const auto& a : found ? *found : QList<AuthorityRepository::Authority>())
            if (a.kind == k)
                names.append(a.name);
        return names;
    });
    connect(name, &QLineEdit::textEdited, this, [this] { Q_EMIT changed(); });
    connect(name, &QLineEdit::editingFinished, this, &ResponsibilitiesEdit::checkSimilar);
    connect(kind, &QComboBox::currentIndexChanged, this, [this] {
        checkSimilar();
        Q_EMIT changed();
    });
    connect(role, &QComboBox::currentIndexChanged, this, &ResponsibilitiesEdit::changed);
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, RoleColumn, role);
}

QList<Responsibility> ResponsibilitiesEdit::responsibilities() const
{
    QList<Responsibility> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Responsibility r;
        r.name = static_cast<QLineEdit*>(m_table->cellWidget(row, NameColumn))->text().simplified();
        r.kind = Vocabulary::authorityKindFromKey(
                     static_cast<QComboBox*>(m_table->cellWidget(row, KindColumn))->currentData().toString())
                     .value_or(AuthorityKind::Person);
        r.role = Vocabulary::roleFromKey(
                     static_cast<QComboBox*>(m_table->cellWidget(row, RoleColumn))->currentData().toString())
                     .value_or(Role::Author);
        out.append(r);
    }
    return out;
}

void ResponsibilitiesEdit::removeRowAt(int row)
{
    // The row's widgets go now, not later: they refer to each other.
    for (int column = 0; column < m_table->columnCount(); ++column)
        delete m_table->cellWidget(row, column);
    m_table->removeRow(row);
}

void ResponsibilitiesEdit::setResponsibilities(const QList<Responsibility>& list)
{
    while (m_table->rowCount() > 0)
        removeRowAt(m_table->rowCount() - 1);
    for (const Responsibility& r : list)
        addRow(r);
    checkSimilar();
}

QString ResponsibilitiesEdit::similarWarning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void ResponsibilitiesEdit::checkSimilar()
{
    QStringList lines;
    for (const Responsibility& r : responsibilities()) {
        if (r.name.isEmpty())
            continue;
        const auto known = m_authorities.find(r.name, r.kind);
        if (known && *known)
            continue; // known: no new authority will be created
        const auto similar = known ? m_authorities.similar(r.name, r.kind, 3) : known.error();
        if (!similar) {
            lines.append(
                tr("The names cannot be checked against the authorities: %1").arg(similar.errorMessage()));
            break;
        }
        if (similar->isEmpty())
            continue;
        QStringList names;
        for (const auto& a : *similar)
            names.append(tr("“%1” (%n record(s))", nullptr, a.recordCount).arg(a.name));
        lines.append(tr("“%1” is new but looks like %2: check the spelling, or choose the existing name.")
                         .arg(r.name, names.join(tr(" or "))));
    }
    m_warning->setText(lines.join(u'\n'));
    m_warning->setVisible(!lines.isEmpty());
}

} // namespace infodoc::ui

#include "ui/catalog/BatchEditDialog.h"

#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Completion.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

BatchEditDialog::BatchEditDialog(Database& db, const Clock& clock, const QList<qint64>& ids, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_ids(ids)
{
    setObjectName(QStringLiteral("batchEditDialog"));
    setWindowTitle(tr("Change %n record(s) at once", nullptr, int(ids.size())));

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("batchAction"));
    m_action->setAccessibleName(tr("Change"));
    m_action->addItem(tr("Add a subject"), int(BatchEdit::Action::AddSubject));
    m_action->addItem(tr("Remove a subject"), int(BatchEdit::Action::RemoveSubject));
    m_action->addItem(tr("Add a territory"), int(BatchEdit::Action::AddTerritory));
    m_action->addItem(tr("Remove a territory"), int(BatchEdit::Action::RemoveTerritory));
    m_action->addItem(tr("Add a keyword"), int(BatchEdit::Action::AddKeyword));
    m_action->addItem(tr("Remove a keyword"), int(BatchEdit::Action::RemoveKeyword));
    m_action->addItem(tr("Set a field"), int(BatchEdit::Action::SetField));

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("batchField"));
    m_field->setAccessibleName(tr("Field"));
    for (const QString& f : BatchEdit::settableFields())
        m_field->addItem(BatchEdit::fieldLabel(f), f);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("batchValue"));
    m_value->setAccessibleName(tr("Value"));
    QCompleter* completer = addCompletion(m_value, [this](const QString& text) {
        const auto action = BatchEdit::Action(m_action->currentData().toInt());
        if (action == BatchEdit::Action::AddSubject || action == BatchEdit::Action::RemoveSubject)
            return descriptorSuggestions(m_db, m_clock, text);
        if (action == BatchEdit::Action::AddTerritory || action == BatchEdit::Action::RemoveTerritory)
            return territorySuggestions(m_db, m_clock, text);
        return QStringList();
    });
    m_suggestions = qobject_cast<QStringListModel*>(completer->model());
    m_typeValue = new QComboBox(this);
    m_typeValue->setObjectName(QStringLiteral("batchType"));
    m_typeValue->setAccessibleName(tr("Document type"));
    for (DocumentType type : Vocabulary::documentTypes())
        m_typeValue->addItem(Vocabulary::label(type), Vocabulary::key(type));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("batchCount"));
    m_count->setWordWrap(true);

    // A grid, not a QFormLayout: hiding rows of a QFormLayout writes out of bounds in Qt 6.4.
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    auto addRow = [this, form](const QString& label, QWidget* field) {
        const int row = form->rowCount();
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addWidget(text, row, 0);
        form->addWidget(field, row, 1);
        m_labels.insert(field, text);
    };
    addRow(tr("&Change:"), m_action);
    addRow(tr("&Field:"), m_field);
    addRow(tr("&Value:"), m_value);
    addRow(tr("&Type:"), m_typeValue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyBatch"));
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &BatchEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchEditDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(new QLabel(
        tr("The change can be undone afterwards with Undo the batch change (Ctrl+Z) in the catalogue."),
        this));
    layout->addWidget(buttons);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &BatchEditDialog::updateCount);
    connect(m_action, &QComboBox::currentIndexChanged, this, &BatchEditDialog::actionChanged);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BatchEditDialog::actionChanged);
    connect(m_value, &QLineEdit::textChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_typeValue, &QComboBox::currentIndexChanged, m_countTimer, qOverload<>(&QTimer::start));
    actionChanged();
}

void BatchEditDialog::actionChanged()
{
    const bool set = BatchEdit::Action(m_action->currentData().toInt()) == BatchEdit::Action::SetField;
    const bool type = set && m_field->currentData().toString() == QLatin1String("type");
    auto show = [this](QWidget* field, bool visible) {
        field->setVisible(visible);
        m_labels.value(field)->setVisible(visible);
    };
    show(m_field, set);
    show(m_value, !type);
    show(m_typeValue, type);
    m_suggestions->setStringList({});
    m_countTimer->start();
}

BatchEdit::Change BatchEditDialog::change() const
{
    BatchEdit::Change c;
    c.action = BatchEdit::Action(m_action->currentData().toInt());
    if (c.action == BatchEdit::Action::SetField)
        c.field = m_field->currentData().toString();
    c.value =
        c.field == QLatin1String("type") ? m_typeValue->currentData().toString() : m_value->text().trimmed();
    return c;
}

void BatchEditDialog::setChange(const BatchEdit::Change& change)
{
    m_action->setCurrentIndex(m_action->findData(int(change.action)));
    if (change.action == BatchEdit::Action::SetField)
        m_field->setCurrentIndex(m_field->findData(change.field));
    if (change.field == QLatin1String("type"))
        m_typeValue->setCurrentIndex(m_typeValue->findData(change.value));
    else
        m_value->setText(change.value);
    updateCount();
}

QString BatchEditDialog::countText() const
{
    return m_count->text();
}

void BatchEditDialog::updateCount()
{
    m_countTimer->stop();
    const BatchEdit::Change c = change();
    if (c.value.isEmpty() && c.action != BatchEdit::Action::SetField) {
        m_count->setText(tr("%n record(s) selected.", nullptr, int(m_ids.size())));
        return;
    }
    auto affected = BatchEdit(m_db, m_clock).affected(m_ids, c);
    if (!affected) {
        m_count->setText(affected.errorMessage());
        return;
    }
    const QLocale locale;
    m_count->setText(tr("%1 of the %2 selected record(s) will change.", nullptr, int(m_ids.size()))
                         .arg(locale.toString(affected->size()), locale.toString(m_ids.size())));
}

void BatchEditDialog::accept()
{
    const BatchEdit::Change c = change();
    const Clock& clock = m_clock;
    const QList<qint64> ids = m_ids;
    BatchEdit::Undo undo;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Changing the records…"), m_db.path(),
        [&c, &clock, &ids, &undo](Database& db, const BackgroundTask::Progress& progress) -> Status {
            auto applied = BatchEdit(db, clock).apply(ids, c, progress);
            if (!applied)
                return applied.error();
            undo = *applied;
            return {};
        });
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.errorMessage());
        return;
    }
    m_undo = undo;
    QDialog::accept();
}

} // namespace infodoc::ui

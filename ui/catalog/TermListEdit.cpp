#include "ui/catalog/TermListEdit.h"

#include "core/catalog/Thesaurus.h"
#include "ui/common/Completion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace infodoc::ui {

namespace {
const QString kArrow = QStringLiteral(" → ");
}

TermListEdit::TermListEdit(const QString& accessibleName, Suggest suggest, Resolve resolve, QWidget* parent)
    : QWidget(parent), m_resolve(std::move(resolve))
{
    m_input = new QLineEdit(this);
    m_input->setAccessibleName(tr("Add to %1").arg(accessibleName));
    m_input->setPlaceholderText(tr("Type to choose, Enter to add"));
    QCompleter* completer = addCompletion(m_input, std::move(suggest));
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        // Let the line edit take the completion first.
        QMetaObject::invokeMethod(
            this, [this, text] { addTyped(text); }, Qt::QueuedConnection);
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (!m_input->completer()->popup()->isVisible())
            addTyped(m_input->text());
    });
    auto* add = new QPushButton(tr("Add"), this);
    add->setAccessibleName(tr("Add to %1").arg(accessibleName));
    connect(add, &QPushButton::clicked, this, [this] { addTyped(m_input->text()); });
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setAccessibleName(tr("Remove from %1").arg(accessibleName));
    connect(remove, &QPushButton::clicked, this, &TermListEdit::removeSelected);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(accessibleName);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(110);
    m_list->installEventFilter(this);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_list);
    setFocusProxy(m_input);
}

QStringList TermListEdit::terms() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void TermListEdit::setTerms(const QStringList& terms)
{
    m_list->clear();
    m_list->addItems(terms);
}

bool TermListEdit::addTyped(const QString& text)
{
    QString typed = text.trimmed();
    if (const int arrow = int(typed.indexOf(kArrow)); arrow >= 0)
        typed = typed.mid(arrow + kArrow.size());
    if (typed.isEmpty())
        return false;
    QString why;
    const std::optional<QString> term = m_resolve(typed, &why);
    if (!term) {
        m_message->setText(why);
        m_message->show();
        return false;
    }
    m_message->hide();
    m_input->clear();
    if (!terms().contains(*term)) {
        m_list->addItem(*term);
        Q_EMIT changed();
    }
    return true;
}

void TermListEdit::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    Q_EMIT changed();
}

bool TermListEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

TermListEdit* TermListEdit::descriptors(core::Database& db, const core::Clock& clock,
                                        const QString& accessibleName, QWidget* parent)
{
    using core::Thesaurus;
    return new TermListEdit(
        accessibleName,
        [&db, &clock](const QString& typed) {
            QStringList out;
            // Suggestions only: a failed read shows when the term is entered (below).
            const auto completions = Thesaurus(db, clock).complete(typed);
            for (const auto& c : completions ? *completions : QList<Thesaurus::Completion>())
                out.append(c.term == c.descriptor ? c.term : c.term + QStringLiteral(" → ") + c.descriptor);
            return out;
        },
        [&db, &clock](const QString& typed, QString* why) -> std::optional<QString> {
            const auto d = Thesaurus(db, clock).find(typed);
            if (!d) {
                *why = d.errorMessage();
                return std::nullopt;
            }
            if (*d)
                return (*d)->label;
            *why =
                tr("“%1” is not in the thesaurus: choose a suggested term, or add it in the Thesaurus page.")
                    .arg(typed);
            return std::nullopt;
        },
        parent);
}

} // namespace infodoc::ui

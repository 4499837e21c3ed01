#include "ui/vocabulary/ThesaurusPage.h"

#include "core/catalog/Thesaurus.h"
#include "ui/common/Completion.h"

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int LoadedRole = Qt::UserRole + 2;
} // namespace

ThesaurusPage::ThesaurusPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_thesaurus(std::make_unique<Thesaurus>(db, clock))
{
    setObjectName(QStringLiteral("thesaurusPage"));

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("thesaurusFind"));
    m_find->setAccessibleName(tr("Find a descriptor"));
    m_find->setPlaceholderText(tr("Find a descriptor or a non-preferred term…"));
    QCompleter* completer = addCompletion(
        m_find, [&db, &clock](const QString& text) { return descriptorSuggestions(db, clock, text, 30); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!showDescriptor(m_find->text()))
            QMessageBox::information(this, tr("Thesaurus"),
                                     tr("“%1” is not in the thesaurus.").arg(m_find->text()));
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { showDescriptor(text); });
    auto* findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("thesaurusTree"));
    m_tree->setAccessibleName(tr("Descriptors"));
    m_tree->setHeaderLabels({tr("Descriptor"), tr("Records")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ThesaurusPage::fillChildren);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ThesaurusPage::showCurrent);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("thesaurusDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_nonPreferred = new QListWidget(this);
    m_nonPreferred->setObjectName(QStringLiteral("nonPreferredTerms"));
    m_nonPreferred->setAccessibleName(tr("Non-preferred terms"));
    auto* nonPreferredLabel = new QLabel(tr("Non-&preferred terms (lead to this descriptor):"), this);
    nonPreferredLabel->setBuddy(m_nonPreferred);

    auto button = [this](const QString& text, const QKeySequence& key, const std::function<void()>& slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(key.isEmpty() ? QString(text).remove(u'&')
                                    : tr("%1 (%2)").arg(QString(text).remove(u'&'),
                                                        key.toString(QKeySequence::NativeText)));
        connect(b, &QPushButton::clicked, this, slot);
        if (!key.isEmpty()) {
            auto* action = new QAction(text, this);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, slot);
            addAction(action);
        }
        return b;
    };
    auto* add = button(tr("&New descriptor…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        const QString label =
            askLabel(tr("New descriptor"), tr("Label of the descriptor at the top of the tree:"));
        if (!label.isEmpty())
            addDescriptor(label, false);
    });
    auto* addNarrower = button(tr("New &narrower term…"), QKeySequence(Qt::Key_Insert), [this] {
        if (!currentId())
            return;
        const QString label = askLabel(tr("New narrower term"), tr("Label of the narrower term:"));
        if (!label.isEmpty())
            addDescriptor(label, true);
    });
    auto* rename = button(tr("&Rename…"), QKeySequence(Qt::Key_F2), [this] {
        if (!currentId())
            return;
        const QString label = askLabel(tr("Rename"), tr("New label:"), m_tree->currentItem()->text(0));
        if (!label.isEmpty())
            renameCurrent(label);
    });
    auto* move = button(tr("&Move under…"), QKeySequence(), [this] {
        if (!currentId())
            return;
        bool ok = false;
        const QString label =
            QInputDialog::getText(this, tr("Move"), tr("Broader term (empty: to the top of the tree):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            moveCurrentUnder(label);
    });
    auto* merge = button(tr("Mer&ge into…"), QKeySequence(), [this] {
        if (!currentId())
            return;
        const QString label =
            askLabel(tr("Merge"), tr("Descriptor to keep (this one becomes its non-preferred term):"));
        if (!label.isEmpty())
            mergeCurrentInto(label);
    });
    auto* remove = button(tr("&Delete"), QKeySequence::Delete, [this] {
        if (!currentId())
            return;
        if (QMessageBox::question(this, tr("Delete"),
                                  tr("Delete the descriptor “%1”? Records indexed with it lose it.")
                                      .arg(m_tree->currentItem()->text(0))) == QMessageBox::Yes)
            deleteCurrent();
    });
    auto* addUsedFor = button(tr("Add a non-preferred term…"), QKeySequence(), [this] {
        if (!currentId())
            return;
        const QString label = askLabel(tr("Non-preferred term"), tr("Term that leads to this descriptor:"));
        if (!label.isEmpty())
            addNonPreferred(label);
    });
    auto* removeUsedFor = button(tr("Remove the non-preferred term"), QKeySequence(), [this] {
        if (QListWidgetItem* item = m_nonPreferred->currentItem())
            removeNonPreferred(item->text());
    });

    auto* note = button(tr("Scope &note…"), QKeySequence(), [this] {
        if (!currentId())
            return;
        const auto current = m_thesaurus->existing(currentId());
        if (!current) {
            report(tr("Scope note"), current.errorMessage());
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Scope note"), tr("How the descriptor is used:"), current->scopeNote, &ok);
        if (ok)
            setScopeNote(text);
    });
    auto* related = button(tr("Add a re&lated term…"), QKeySequence(), [this] {
        if (!currentId())
            return;
        const QString label = askLabel(tr("Related term"), tr("Descriptor related to this one:"));
        if (!label.isEmpty())
            addRelated(label);
    });
    auto* unrelate = button(tr("Remove a related term…"), QKeySequence(), [this] {
        if (!currentId())
            return;
        const auto relatedTerms = m_thesaurus->related(currentId());
        if (!relatedTerms) {
            report(tr("Related term"), relatedTerms.errorMessage());
            return;
        }
        QStringList names;
        for (const auto& d : *relatedTerms)
            names.append(d.label);
        if (names.isEmpty())
            return;
        bool ok = false;
        const QString label = QInputDialog::getItem(this, tr("Related term"), tr("Related term to remove:"),
                                                    names, 0, false, &ok);
        if (ok)
            removeRelated(label);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(findLabel);
    top->addWidget(m_find, 1);
    top->addWidget(add);
    top->addWidget(addNarrower);
    top->addWidget(rename);
    top->addWidget(move);
    top->addWidget(merge);
    top->addWidget(remove);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(nonPreferredLabel);
    rightLayout->addWidget(m_nonPreferred, 1);
    auto* usedForButtons = new QHBoxLayout;
    usedForButtons->addWidget(addUsedFor);
    usedForButtons->addWidget(removeUsedFor);
    usedForButtons->addStretch(1);
    rightLayout->addLayout(usedForButtons);
    auto* otherButtons = new QHBoxLayout;
    otherButtons->addWidget(note);
    otherButtons->addWidget(related);
    otherButtons->addWidget(unrelate);
    otherButtons->addStretch(1);
    rightLayout->addLayout(otherButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setSizes({520, 480});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_tree);
    fillTop();
}

ThesaurusPage::~ThesaurusPage() = default;

QTreeWidgetItem* ThesaurusPage::itemFor(qint64 id, const QString& label)
{
    const auto records = m_thesaurus->recordCount(id);
    auto* item = new QTreeWidgetItem({label, records ? QString::number(*records) : QStringLiteral("?")});
    item->setData(0, IdRole, id);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    // The branch opens on demand: a placeholder child until then.
    const auto narrower = m_thesaurus->narrower(id);
    if (!records || !narrower)
        readFailed(records ? narrower.errorMessage() : records.errorMessage());
    else if (!narrower->isEmpty())
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    return item;
}

void ThesaurusPage::fillTop()
{
    m_tree->clear();
    const auto tops = m_thesaurus->topTerms();
    if (!tops)
        return readFailed(tops.errorMessage());
    for (const auto& d : *tops)
        m_tree->addTopLevelItem(itemFor(d.id, d.label));
}

void ThesaurusPage::fillChildren(QTreeWidgetItem* item)
{
    if (item->data(0, LoadedRole).toBool())
        return;
    const auto narrower = m_thesaurus->narrower(item->data(0, IdRole).toLongLong());
    if (!narrower)
        return readFailed(narrower.errorMessage());
    item->setData(0, LoadedRole, true);
    for (const auto& d : *narrower)
        item->addChild(itemFor(d.id, d.label));
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

qint64 ThesaurusPage::currentId() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
}

bool ThesaurusPage::showDescriptor(const QString& label)
{
    const auto descriptor = m_thesaurus->find(label);
    if (!descriptor) {
        readFailed(descriptor.errorMessage());
        return false;
    }
    if (!*descriptor)
        return false;
    // The path from the top, following the first broader term at each level.
    QList<qint64> path = {(*descriptor)->id};
    for (qint64 id = (*descriptor)->id;;) {
        const auto broader = m_thesaurus->broader(id);
        if (!broader) {
            readFailed(broader.errorMessage());
            return false;
        }
        if (broader->isEmpty() || path.contains(broader->first().id))
            break;
        id = broader->first().id;
        path.prepend(id);
    }
    QTreeWidgetItem* item = nullptr;
    for (qint64 id : path) {
        QTreeWidgetItem* found = nullptr;
        const int count = item ? item->childCount() : m_tree->topLevelItemCount();
        for (int i = 0; i < count && !found; ++i) {
            QTreeWidgetItem* child = item ? item->child(i) : m_tree->topLevelItem(i);
            if (child->data(0, IdRole).toLongLong() == id)
                found = child;
        }
        if (!found)
            return false;
        item = found;
        if (id != path.last()) {
            fillChildren(item);
            item->setExpanded(true);
        }
    }
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    return true;
}

void ThesaurusPage::showCurrent()
{
    const qint64 id = currentId();
    m_nonPreferred->clear();
    if (!id) {
        m_title->clear();
        m_details->clear();
        return;
    }
    const auto d = m_thesaurus->existing(id);
    const auto broader = m_thesaurus->broader(id);
    const auto narrower = m_thesaurus->narrower(id);
    const auto related = m_thesaurus->related(id);
    const auto records = m_thesaurus->recordCount(id);
    const auto nonPreferred = m_thesaurus->nonPreferred(id);
    for (const QString& error : {d.errorMessage(), broader.errorMessage(), narrower.errorMessage(),
                                 related.errorMessage(), records.errorMessage(), nonPreferred.errorMessage()})
        if (!error.isEmpty())
            return readFailed(error);
    m_title->setText(d->label);
    auto names = [](const QList<Thesaurus::Descriptor>& list) {
        QStringList out;
        for (const auto& x : list)
            out.append(x.label.toHtmlEscaped());
        return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
    };
    QString html;
    if (!d->scopeNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(d->scopeNote.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4<br/><b>%5</b> %6<br/><b>%7</b> %8</p>")
                .arg(tr("Broader:").toHtmlEscaped(), names(*broader), tr("Narrower:").toHtmlEscaped(),
                     names(*narrower), tr("Related:").toHtmlEscaped(), names(*related),
                     tr("Records:").toHtmlEscaped(), QString::number(*records));
    m_details->setText(html);
    m_nonPreferred->addItems(*nonPreferred);
}

bool ThesaurusPage::report(const QString& title, const QString& error)
{
    QMessageBox::warning(this, title, error);
    return false;
}

std::optional<Thesaurus::Descriptor> ThesaurusPage::findOrReport(const QString& title, const QString& label)
{
    const auto found = m_thesaurus->find(label);
    if (!found) {
        report(title, found.errorMessage());
        return std::nullopt;
    }
    if (!*found)
        report(title, tr("“%1” is not in the thesaurus.").arg(label));
    return *found;
}

void ThesaurusPage::readFailed(const QString& message)
{
    m_title->setText(tr("The thesaurus cannot be read"));
    m_details->setText(message.toHtmlEscaped());
}

void ThesaurusPage::changed(const QString& select)
{
    fillTop();
    showDescriptor(select);
    Q_EMIT thesaurusChanged();
}

QString ThesaurusPage::askLabel(const QString& title, const QString& prompt, const QString& text)
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, title, prompt, QLineEdit::Normal, text, &ok);
    return ok ? label.simplified() : QString();
}

bool ThesaurusPage::addDescriptor(const QString& label, bool narrower)
{
    auto id = m_thesaurus->addDescriptor(label, narrower ? currentId() : 0);
    if (!id)
        return report(tr("New descriptor"), id.errorMessage());
    changed(label);
    return true;
}

bool ThesaurusPage::renameCurrent(const QString& label)
{
    if (auto s = m_thesaurus->rename(currentId(), label); !s)
        return report(tr("Rename"), s.errorMessage());
    changed(label);
    return true;
}

bool ThesaurusPage::moveCurrentUnder(const QString& broaderLabel)
{
    const qint64 id = currentId();
    const QString label = m_tree->currentItem()->text(0);
    qint64 broaderId = 0;
    if (!broaderLabel.trimmed().isEmpty()) {
        const auto broader = findOrReport(tr("Move"), broaderLabel);
        if (!broader)
            return false;
        broaderId = broader->id;
    }
    if (auto s = m_thesaurus->moveUnder(id, broaderId); !s)
        return report(tr("Move"), s.errorMessage());
    changed(label);
    return true;
}

bool ThesaurusPage::mergeCurrentInto(const QString& keepLabel)
{
    const auto keep = findOrReport(tr("Merge"), keepLabel);
    if (!keep)
        return false;
    if (auto s = m_thesaurus->merge(keep->id, currentId()); !s)
        return report(tr("Merge"), s.errorMessage());
    changed(keep->label);
    return true;
}

bool ThesaurusPage::addNonPreferred(const QString& label)
{
    const QString current = m_tree->currentItem()->text(0);
    if (auto s = m_thesaurus->addNonPreferred(currentId(), label); !s)
        return report(tr("Non-preferred term"), s.errorMessage());
    changed(current);
    return true;
}

bool ThesaurusPage::removeNonPreferred(const QString& label)
{
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->text(0) : QString();
    if (auto s = m_thesaurus->removeNonPreferred(label); !s)
        return report(tr("Non-preferred term"), s.errorMessage());
    changed(current);
    return true;
}

bool ThesaurusPage::setScopeNote(const QString& note)
{
    if (auto s = m_thesaurus->setScopeNote(currentId(), note); !s)
        return report(tr("Scope note"), s.errorMessage());
    showCurrent();
    return true;
}

bool ThesaurusPage::addRelated(const QString& label)
{
    const auto other = findOrReport(tr("Related term"), label);
    if (!other)
        return false;
    if (auto s = m_thesaurus->addRelated(currentId(), other->id); !s)
        return report(tr("Related term"), s.errorMessage());
    showCurrent();
    Q_EMIT thesaurusChanged();
    return true;
}

bool ThesaurusPage::removeRelated(const QString& label)
{
    const auto other = findOrReport(tr("Related term"), label);
    if (!other)
        return false;
    if (auto s = m_thesaurus->removeRelated(currentId(), other->id); !s)
        return report(tr("Related term"), s.errorMessage());
    showCurrent();
    Q_EMIT thesaurusChanged();
    return true;
}

bool ThesaurusPage::deleteCurrent()
{
    if (auto s = m_thesaurus->remove(currentId()); !s)
        return report(tr("Delete"), s.errorMessage());
    fillTop();
    Q_EMIT thesaurusChanged();
    return true;
}

} // namespace infodoc::ui

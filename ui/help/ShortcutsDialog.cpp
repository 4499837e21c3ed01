#include "ui/help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

namespace {

// The page an action or shortcut belongs to: the nearest ancestor named
// "…Page" (its accessible name, or the page's title), or the whole window.
QString placeOf(const QObject* object, const QWidget* window)
{
    for (const QObject* o = object->parent(); o && o != window; o = o->parent()) {
        const auto* widget = qobject_cast<const QWidget*>(o);
        if (widget && o->objectName().endsWith(QLatin1String("Page")))
            return widget->accessibleName().isEmpty() ? widget->windowTitle() : widget->accessibleName();
    }
    return QString();
}

QString plain(QString text)
{
    // "&Open another catalogue…" -> "Open another catalogue"; "&&" stays "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x1f"));
    text.remove(u'&');
    text.replace(u'\x1f', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setRootIsDecorated(true);

    // place -> (action -> keys), in order.
    QMap<QString, QMap<QString, QStringList>> found;
    auto add = [&](const QString& place, const QString& text, const QList<QKeySequence>& keys) {
        QStringList& known = found[place][plain(text)];
        for (const QKeySequence& k : keys) {
            const QString shown = k.toString(QKeySequence::NativeText);
            if (!shown.isEmpty() && !known.contains(shown))
                known.append(shown);
        }
        if (known.isEmpty())
            found[place].remove(plain(text));
    };
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || plain(action->text()).isEmpty())
            continue;
        add(placeOf(action, window), action->text(), action->shortcuts());
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (shortcut->whatsThis().isEmpty())
            continue;
        add(placeOf(shortcut, window), shortcut->whatsThis(), {shortcut->key()});
    }
    // The barcode scanner types at the desk like a keyboard.
    add(tr("Loans"), tr("Lend or return: scan the card, then the copies (the scanner presses Enter)"),
        {QKeySequence(Qt::Key_Return)});

    const QString everywhere = tr("Everywhere");
    auto group = [&](const QString& place) {
        auto* item = new QTreeWidgetItem(m_list, {place.isEmpty() ? everywhere : place});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        const auto& actions = found.value(place);
        for (auto it = actions.cbegin(); it != actions.cend(); ++it)
            new QTreeWidgetItem(item, {it.key(), it.value().join(QStringLiteral(", "))});
        item->setExpanded(true);
    };
    if (found.contains(QString()))
        group(QString());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (!it.key().isEmpty())
            group(it.key());
    m_list->resizeColumnToContents(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("F1 on any page opens the help at that page."), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 640);
    m_list->setFocus();
}

} // namespace infodoc::ui

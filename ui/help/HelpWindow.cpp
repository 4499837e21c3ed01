#include "ui/help/HelpWindow.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace infodoc::ui {

namespace {

// A page's title: its <title>, else the chapter's key.
QString titleOf(const QUrl& url, const QString& fallback)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return fallback;
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(QString::fromUtf8(file.read(4096)));
    return m.hasMatch() ? m.captured(1).simplified() : fallback;
}

} // namespace

QStringList HelpWindow::chapters()
{
    return {QStringLiteral("index"),    QStringLiteral("first-run"), QStringLiteral("catalogue"),
            QStringLiteral("search"),   QStringLiteral("loans"),     QStringLiteral("appointments"),
            QStringLiteral("requests"), QStringLiteral("reports"),   QStringLiteral("vocabulary"),
            QStringLiteral("visitor"),  QStringLiteral("exchange"),  QStringLiteral("settings"),
            QStringLiteral("shortcuts")};
}

QString HelpWindow::language()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QUrl HelpWindow::url(const QString& chapter, const QString& language)
{
    return QUrl(QStringLiteral("qrc:/help/%1/%2.html").arg(language, chapter));
}

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Infodoc help"));
    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    const QString lang = language();
    for (const QString& chapter : chapters()) {
        auto* item = new QListWidgetItem(titleOf(url(chapter, lang), chapter), m_contents);
        item->setData(Qt::UserRole, chapter);
    }
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(true);
    // Links to the web (none in the guide for now) go to the browser.
    m_browser->setOpenExternalLinks(true);

    auto* back = new QToolButton(this);
    back->setText(tr("◀ Back"));
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(
        tr("Back (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    auto* forward = new QToolButton(this);
    forward->setText(tr("Forward ▶"));
    forward->setShortcut(QKeySequence::Forward);
    auto* home = new QToolButton(this);
    home->setText(tr("&Contents"));
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("helpFind"));
    m_find->setPlaceholderText(tr("Find in the page (Ctrl+F), Enter for the next"));
    m_find->setClearButtonEnabled(true);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showChapter(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(findAction);
    auto* closeAction = new QAction(this);
    closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addWidget(m_find, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 720});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_contents->item(row)->data(Qt::UserRole).toString() != chapter())
            m_browser->setSource(url(m_contents->item(row)->data(Qt::UserRole).toString(), language()));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString current = chapter();
        for (int i = 0; i < m_contents->count(); ++i) {
            if (m_contents->item(i)->data(Qt::UserRole).toString() == current) {
                const QSignalBlocker blocker(m_contents);
                m_contents->setCurrentRow(i);
            }
        }
        setWindowTitle(tr("Infodoc help — %1").arg(m_browser->documentTitle()));
    });
    back->setEnabled(false);
    forward->setEnabled(false);
    resize(980, 720);
}

HelpWindow* HelpWindow::open(const QString& chapter, QWidget* parent)
{
    auto* window = parent ? parent->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) {
        window = new HelpWindow(parent);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    window->showChapter(chapter);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void HelpWindow::showChapter(const QString& chapter)
{
    const QString known = chapters().contains(chapter) ? chapter : QStringLiteral("index");
    m_browser->setSource(url(known, language()));
    m_browser->setFocus();
}

QString HelpWindow::chapter() const
{
    const QString path = m_browser->source().path();
    return path.section(u'/', -1).section(u'.', 0, 0);
}

void HelpWindow::findNext(bool backwards)
{
    const QString words = m_find->text();
    if (words.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(words, flags)) {
        // From the top again.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        m_browser->find(words, flags);
    }
}

} // namespace infodoc::ui

#include "UiSupport.h"
#include "support/TestCatalogue.h"
#include "ui/help/HelpWindow.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

using namespace infodoc;
using infodoc::test::TestCatalogue;

namespace {

QString read(const QUrl& url)
{
    QFile file(QLatin1Char(':') + url.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE(
    "the user guide has every chapter in French and in English, and its links and pictures lead somewhere")
{
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        for (const QString& chapter : ui::HelpWindow::chapters()) {
            INFO(language.toStdString() << "/" << chapter.toStdString());
            const QUrl url = ui::HelpWindow::url(chapter, language);
            REQUIRE(QFile::exists(QLatin1Char(':') + url.path()));
            const QString html = read(url);
            CHECK(html.contains(QStringLiteral("<h1>")));
            CHECK(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
            // Every link to another chapter and every picture exists.
            static const QRegularExpression target(QStringLiteral("(?:href|src)=\"([^\"#]+)[^\"]*\""));
            for (auto it = target.globalMatch(html); it.hasNext();) {
                const QString relative = it.next().captured(1);
                if (relative.startsWith(QLatin1String("http")))
                    continue;
                const QUrl resolved = url.resolved(QUrl(relative));
                INFO(relative.toStdString());
                CHECK(QFile::exists(QLatin1Char(':') + resolved.path()));
            }
        }
        // Every chapter is in the contents page.
        const QString index = read(ui::HelpWindow::url(QStringLiteral("index"), language));
        for (const QString& chapter : ui::HelpWindow::chapters())
            if (chapter != QLatin1String("index"))
                CHECK(index.contains(QStringLiteral("href=\"%1.html\"").arg(chapter)));
    }
    // French typography: a no-break space before the colon, never a plain one.
    CHECK_FALSE(read(ui::HelpWindow::url(QStringLiteral("loans"), QStringLiteral("fr")))
                    .contains(QStringLiteral(" :")));
}

TEST_CASE("F1 opens the guide at the chapter of the page shown, in the interface's language")
{
    TestCatalogue cat;
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showModule(ui::MainWindow::Module::Loans);
    auto* help = window.findChild<QAction*>(QStringLiteral("helpAction"));
    REQUIRE(help != nullptr);
    CHECK(help->shortcut() == QKeySequence(QKeySequence::HelpContents));
    help->trigger();
    auto* guide = window.findChild<ui::HelpWindow*>();
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    CHECK(guide->chapter() == QStringLiteral("loans"));
    CHECK(guide->browser()->documentTitle() == QStringLiteral("Loans"));
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("barcode scanner")));
    // The picture is drawn from the program itself.
    CHECK_FALSE(
        guide->browser()
            ->document()
            ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/help/images/loans.png")))
            .isNull());

    // The same window, moved to the next page's chapter; a link followed, then back.
    window.showModule(ui::MainWindow::Module::Thesaurus);
    help->trigger();
    CHECK(window.findChildren<ui::HelpWindow*>().size() == 1);
    CHECK(guide->chapter() == QStringLiteral("vocabulary"));
    guide->browser()->setSource(QUrl(QStringLiteral("index.html")));
    CHECK(guide->chapter() == QStringLiteral("index"));
    guide->browser()->backward();
    CHECK(guide->chapter() == QStringLiteral("vocabulary"));
    auto* contents = guide->findChild<QListWidget*>(QStringLiteral("helpContents"));
    REQUIRE(contents->count() == ui::HelpWindow::chapters().size());
    CHECK(contents->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("vocabulary"));
    contents->setCurrentRow(int(ui::HelpWindow::chapters().indexOf(QStringLiteral("settings"))));
    CHECK(guide->chapter() == QStringLiteral("settings"));

    // In French on a French interface.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(ui::HelpWindow::language() == QStringLiteral("fr"));
    guide->showChapter(QStringLiteral("loans"));
    CHECK(guide->browser()->documentTitle() == QStringLiteral("Les prêts"));
    QLocale::setDefault(QLocale::c());
    CHECK(ui::HelpWindow::language() == QStringLiteral("en"));
}

TEST_CASE("the list of keyboard shortcuts is read from the window's own keys")
{
    TestCatalogue cat;
    ui::MainWindow window(cat.db(), cat.clock());
    ui::ShortcutsDialog dialog(&window);
    QStringList rows;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = dialog.list()->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            rows.append(group->text(0) + QStringLiteral(" | ") + group->child(j)->text(0) +
                        QStringLiteral(" | ") + group->child(j)->text(1));
    }
    INFO(rows.join(u'\n').toStdString());
    auto has = [&](const QString& place, const QString& action, const QString& keys) {
        return std::any_of(rows.begin(), rows.end(), [&](const QString& r) {
            return r.startsWith(place + QStringLiteral(" | ")) && r.contains(action) && r.endsWith(keys);
        });
    };
    CHECK(has(QStringLiteral("Everywhere"), QStringLiteral("Settings"), QStringLiteral("Ctrl+,")));
    CHECK(has(QStringLiteral("Everywhere"), QStringLiteral("User guide"), QStringLiteral("F1")));
    CHECK(
        has(QStringLiteral("Everywhere"), QStringLiteral("Search the catalogue"), QStringLiteral("Ctrl+K")));
    CHECK(has(QStringLiteral("Loans"), QStringLiteral("Renew the selected loan"), QStringLiteral("F5")));
    CHECK(has(QStringLiteral("Loans"), QStringLiteral("Next borrower"), QStringLiteral("Esc")));
    CHECK(
        has(QStringLiteral("Requests"), QStringLiteral("Start or stop the timer"), QStringLiteral("Ctrl+T")));
    CHECK(has(QStringLiteral("Catalogue"), QStringLiteral("Edit"), QStringLiteral("Ctrl+E")));
}

TEST_CASE("F1 in the settings window opens the settings chapter")
{
    TestCatalogue cat;
    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("infodoc.conf")), QSettings::IniFormat);
    ui::SettingsDialog dialog(cat.db(), cat.clock(), user);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F1);
    auto* guide = dialog.findChild<ui::HelpWindow*>();
    REQUIRE(guide != nullptr);
    CHECK(guide->chapter() == QStringLiteral("settings"));
}

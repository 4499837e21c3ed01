#include "ui/main/MainWindow.h"
#include "UiSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/search/IndexSync.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/RecordListModel.h"
#include "ui/catalog/RecordView.h"
#include "ui/common/KeptLayout.h"
#include "ui/search/FacetPanel.h"
#include "ui/search/SearchPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>

#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <stdexcept>

using namespace infodoc;
using infodoc::test::TestCatalogue;

namespace {

// One 100,000-record catalogue shared by the tests of this file.
TestCatalogue& bigCatalogue()
{
    static TestCatalogue* cat = [] {
        auto* c = new TestCatalogue;
        auto summary = core::DemoGenerator(c->db(), c->clock()).generate({100000, 0, 11});
        if (!summary)
            throw std::runtime_error(summary.errorMessage().toStdString());
        return c;
    }();
    return *cat;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

// The filtered count, once the counting thread has answered.
qint64 countedTotal(ui::RecordListModel* model)
{
    REQUIRE(QTest::qWaitFor([model] { return !model->counting(); }, 20000));
    return model->totalCount();
}

} // namespace

TEST_CASE("the catalogue page opens 100,000 records lazily")
{
    TestCatalogue& cat = bigCatalogue();
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* table = child<QTableView>(&window, "catalogueTable");
    auto* count = child<QLabel>(&window, "catalogueCount");
    auto* model = window.cataloguePage()->model();
    CHECK(countedTotal(model) == 100000);
    CHECK(count->text().contains(QStringLiteral("100")));
    // Only the first page is loaded.
    CHECK(model->rowCount() <= 2 * ui::RecordListModel::pageSize);

    // Scrolling to the end fetches more, a page at a time.
    const int before = model->rowCount();
    table->scrollToBottom();
    QApplication::processEvents();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK(model->rowCount() > before);
    CHECK(model->rowCount() < 10000);

    SECTION("sorting by year, newest first")
    {
        table->sortByColumn(ui::RecordListModel::YearColumn, Qt::DescendingOrder);
        const int firstYear = model->index(0, ui::RecordListModel::YearColumn).data().toInt();
        const int lastLoaded =
            model->index(model->rowCount() - 1, ui::RecordListModel::YearColumn).data().toInt();
        CHECK(firstYear == 2025);
        CHECK(lastLoaded <= firstYear);
        CHECK(model->rowCount() <= 2 * ui::RecordListModel::pageSize);
    }
    SECTION("filtering by text and type, then reading a record")
    {
        auto* filter = child<QLineEdit>(&window, "catalogueFilter");
        auto* type = child<QComboBox>(&window, "catalogueTypeFilter");
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("lettre du centre"));
        QTest::keyClick(filter, Qt::Key_Return);
        const qint64 letters = countedTotal(model);
        CHECK(letters > 1000);
        CHECK(letters < 100000);
        type->setCurrentIndex(type->findData(QStringLiteral("periodical_issue")));
        CHECK(countedTotal(model) == letters); // all the newsletter issues are periodicals
        type->setCurrentIndex(type->findData(QStringLiteral("book")));
        CHECK(countedTotal(model) == 0);
        type->setCurrentIndex(0);
        REQUIRE(model->rowCount() > 0);

        table->setFocus();
        table->selectRow(0);
        auto* view = child<ui::RecordView>(&window, "recordView");
        CHECK(view->toPlainText().contains(QStringLiteral("La Lettre du centre de ressources")));
        CHECK(view->toPlainText().contains(QStringLiteral("1761-7626")));
    }
}

TEST_CASE("a catalogue list that cannot be read says so instead of showing no records")
{
    TestCatalogue cat;
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE record RENAME TO record_away")));
    ui::CataloguePage page(cat.db(), cat.clock());
    page.show();
    auto* count = child<QLabel>(&page, "catalogueCount");
    auto* model = page.model();
    REQUIRE(QTest::qWaitFor([model] { return !model->counting(); }, 20000));
    // The list's own connection opens the catalogue again, and refuses it:
    // its schema is no longer the one Infodoc wrote.
    CHECK(count->text().contains(QStringLiteral("was not opened")));
    CHECK(count->text().contains(QStringLiteral("record_away")));
    CHECK_FALSE(count->text().contains(QStringLiteral("0 record")));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("modules are reached by the list and by Ctrl+number")
{
    TestCatalogue cat;
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentModule() == ui::MainWindow::Module::Catalogue);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentModule() == ui::MainWindow::Module::Loans);
    auto* pages = window.findChild<QStackedWidget*>();
    REQUIRE(pages);
    // The Loans page is built: its scan box has the focus, ready for the scanner.
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("loansPage"));
    CHECK(
        QTest::qWaitFor([&] { return QApplication::focusWidget() == child<QLineEdit>(&window, "scanBox"); }));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    CHECK(window.currentModule() == ui::MainWindow::Module::Requests);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("requestsPage"));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(window.currentModule() == ui::MainWindow::Module::Reports);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("reportsPage"));
    // Every module is built now: no page says it is not there.
    CHECK(window.findChild<QLabel*>(QStringLiteral("notAvailableText")) == nullptr);
    auto* navigation = child<QListWidget>(&window, "moduleNavigation");
    navigation->setCurrentRow(0);
    CHECK(window.currentModule() == ui::MainWindow::Module::Catalogue);
    CHECK(ui::MainWindow::moduleFromName(QStringLiteral("reports")) == ui::MainWindow::Module::Reports);
    CHECK_FALSE(ui::MainWindow::moduleFromName(QStringLiteral("kitchen")).has_value());
}

TEST_CASE("record text is shown as text, never as markup")
{
    core::Record r;
    r.id = 5;
    r.title = QStringLiteral("<b>Gras</b> <img src=x onerror=alert(1)>");
    const QString html = ui::RecordView::toHtml(r);
    CHECK_FALSE(html.contains(QStringLiteral("<b>Gras")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Gras")));
}

TEST_CASE(
    "the window's size and position and the splitters are kept between runs; module icons share one size")
{
    QSettings().remove(QStringLiteral("layout"));
    TestCatalogue cat;
    QSize left;
    {
        ui::MainWindow window(cat.db(), cat.clock());
        // Nothing kept: most of the screen, never beyond it.
        ui::restoreWindow(&window, QStringLiteral("main-test"));
        CHECK(window.width() <= window.screen()->availableGeometry().width());
        window.resize(760, 560);
        window.move(10, 10);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        left = window.size();
        ui::saveWindow(&window, QStringLiteral("main-test"));

        // The facets' panel widened by the user.
        window.showModule(ui::MainWindow::Module::Search);
        QApplication::processEvents();
        auto* splitter = window.searchPage()->facets()->parentWidget()->findChild<QSplitter*>();
        if (!splitter)
            splitter = qobject_cast<QSplitter*>(window.searchPage()->facets()->parentWidget());
        REQUIRE(splitter != nullptr);
        splitter->setSizes({400, 200, 150});
        Q_EMIT splitter->splitterMoved(400, 1);

        // Every module's icon at the list's size.
        auto* modules = window.findChild<QListWidget*>(QStringLiteral("moduleNavigation"));
        for (int i = 0; i < modules->count(); ++i) {
            const QList<QSize> sizes = modules->item(i)->icon().availableSizes();
            INFO(modules->item(i)->text().toStdString()
                 << " " << sizes.size() << " " << (sizes.isEmpty() ? 0 : sizes.first().width()));
            REQUIRE(sizes.size() == 1);
            CHECK(sizes.first() == modules->iconSize());
        }
        // A long facet label is elided in the middle and whole in its tooltip.
        CHECK(window.searchPage()->facets()->textElideMode() == Qt::ElideMiddle);
    }
    ui::MainWindow again(cat.db(), cat.clock());
    ui::restoreWindow(&again, QStringLiteral("main-test"));
    CHECK(again.size() == left);
    auto* splitter = qobject_cast<QSplitter*>(again.searchPage()->facets()->parentWidget());
    REQUIRE(splitter != nullptr);
    again.show();
    again.showModule(ui::MainWindow::Module::Search);
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    QApplication::processEvents();
    CHECK(splitter->sizes().first() > 300);

    // Pictures (--screenshot) ignore what was kept.
    ui::setLayoutKept(false);
    ui::MainWindow picture(cat.db(), cat.clock());
    picture.show();
    picture.showModule(ui::MainWindow::Module::Search);
    REQUIRE(QTest::qWaitForWindowExposed(&picture));
    QApplication::processEvents();
    CHECK(qobject_cast<QSplitter*>(picture.searchPage()->facets()->parentWidget())->sizes().first() < 300);
    ui::setLayoutKept(true);
    QSettings().remove(QStringLiteral("layout"));
}

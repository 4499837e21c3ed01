#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/interop/Importer.h"
#include "core/requests/Requests.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/RecordListModel.h"
#include "ui/circulation/LoansPage.h"
#include "ui/interop/ImportDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

// What would be drawn if the text were taken for markup: a local file.
const QString kMarker = QStringLiteral("<img src=\"file:///etc/hostname\"");
const QString kHostile = kMarker + QStringLiteral("><script>alert(1)</script><b>Gras</b>");

// Every place a page can show text as markup: labels that are not plain
// text, rich text views, tooltips (of widgets and of list items). The
// hostile text may be shown (escaped), never interpreted.
int checkNoMarkup(QWidget* root, const char* where)
{
    INFO(where);
    int shown = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->textFormat() == Qt::PlainText) {
            shown += label->text().contains(kMarker);
            continue;
        }
        const bool rich = label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text());
        INFO("label " << label->objectName().toStdString() << ": " << label->text().toStdString());
        if (rich)
            CHECK_FALSE(label->text().contains(kMarker));
        shown += label->text().contains(QStringLiteral("&lt;img src="));
    }
    for (QTextEdit* view : root->findChildren<QTextEdit*>()) {
        const QString html = view->document()->toHtml();
        INFO("text view " << view->objectName().toStdString());
        CHECK_FALSE(html.contains(kMarker));
        shown += view->document()->toPlainText().contains(kMarker);
    }
    for (QWidget* w : root->findChildren<QWidget*>()) {
        INFO("tooltip of " << w->objectName().toStdString() << ": " << w->toolTip().toStdString());
        if (Qt::mightBeRichText(w->toolTip()))
            CHECK_FALSE(w->toolTip().contains(kMarker));
    }
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        // A header shows the model's header data, not its items.
        if (!model || qobject_cast<QHeaderView*>(view))
            continue;
        // The items and their children (the groups of the facets, the thesaurus tree).
        QList<QModelIndex> parents{QModelIndex()};
        for (qsizetype i = 0; i < parents.size() && parents.size() < 200; ++i) {
            const QModelIndex parent = parents.at(i);
            for (int row = 0; row < std::min(model->rowCount(parent), 50); ++row) {
                if (model->hasChildren(model->index(row, 0, parent)))
                    parents.append(model->index(row, 0, parent));
            }
        }
        for (const QModelIndex& parent : std::as_const(parents))
            for (int row = 0; row < std::min(model->rowCount(parent), 50); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    const QString tip = index.data(Qt::ToolTipRole).toString();
                    INFO("item tooltip in "
                         << view->objectName().toStdString() << " (" << view->metaObject()->className()
                         << " in "
                         << (view->parentWidget() ? view->parentWidget()->metaObject()->className() : "")
                         << ", " << model->metaObject()->className() << "): " << tip.toStdString());
                    if (Qt::mightBeRichText(tip))
                        CHECK_FALSE(tip.contains(kMarker));
                    shown += index.data(Qt::DisplayRole).toString().contains(kMarker);
                }
            }
    }
    return shown;
}

void selectFirstRows(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
            !view->currentIndex().isValid())
            view->setCurrentIndex(view->model()->index(0, 0));
    }
    QApplication::processEvents();
}

} // namespace

TEST_CASE("markup in a title, a descriptor, a borrower's name or a question is shown as text on every page")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    REQUIRE(Thesaurus(cat.db(), cat.clock()).addDescriptor(kHostile).ok());
    Record r;
    r.type = DocumentType::Study;
    r.title = kHostile + QStringLiteral(" logement");
    r.publisher = kHostile;
    r.abstract = kHostile;
    r.subjects = {kHostile};
    r.responsibilities = {{kHostile, AuthorityKind::Person, Role::Author}};
    r.copies = {Copy{0, QStringLiteral("B1"), {}, {}, CopyStatus::Available, {}}};
    REQUIRE(RecordRepository(cat.db(), cat.clock()).add(r).ok());
    Borrower b;
    b.name = kHostile;
    b.card = QStringLiteral("C-1");
    b.categoryId = 1;
    b.structure = kHostile;
    REQUIRE(Borrowers(cat.db(), cat.clock()).add(b).ok());
    const Calendar calendar{{1, 2, 3, 4, 5}, {}, QTimeZone::systemTimeZone()};
    InfoRequest request;
    request.requester.kind = Visitor::Kind::Named;
    request.requester.name = kHostile;
    request.channel = RequestChannel::Email;
    request.received = QDate(2027, 1, 4);
    request.question = kHostile;
    REQUIRE(Requests(cat.db(), cat.clock(), calendar).add(request).ok());

    ui::MainWindow window(cat.db(), cat.clock());
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The catalogue, its record shown.
    auto* model = window.cataloguePage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->counting() && model->rowCount() == 1, 20000);
    selectFirstRows(&window);
    CHECK(checkNoMarkup(&window, "catalogue") > 0);

    // The search, its hit and the record beside it.
    window.showModule(ui::MainWindow::Module::Search);
    QSignalSpy shown(window.searchPage(), &ui::SearchPage::resultShown);
    window.searchPage()->setQuery(QStringLiteral("logement"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 60000);
    REQUIRE(window.searchPage()->model()->rowCount() == 1);
    window.searchPage()->results()->setCurrentIndex(window.searchPage()->model()->index(0));
    QApplication::processEvents();
    CHECK(checkNoMarkup(&window, "search") > 0);

    // The desk: the borrower's card read, then the copy lent.
    window.showModule(ui::MainWindow::Module::Loans);
    QLineEdit* scan = window.loansPage()->scanBox();
    QTest::keyClicks(scan, QStringLiteral("C-1"));
    QTest::keyClick(scan, Qt::Key_Return);
    QTest::keyClicks(scan, QStringLiteral("B1"));
    QTest::keyClick(scan, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(checkNoMarkup(&window, "loans") > 0);

    // Info-Doc, the request open.
    window.showModule(ui::MainWindow::Module::Requests);
    QApplication::processEvents();
    selectFirstRows(&window);
    checkNoMarkup(&window, "requests");

    for (auto module : {ui::MainWindow::Module::Appointments, ui::MainWindow::Module::Reports,
                        ui::MainWindow::Module::Thesaurus, ui::MainWindow::Module::Authorities}) {
        window.showModule(module);
        QApplication::processEvents();
        selectFirstRows(&window);
        checkNoMarkup(&window, "other modules");
    }
}

TEST_CASE("markup in a file being imported is shown as text in the import assistant's preview")
{
    TestCatalogue cat;
    const QString csv = test::writeFile(cat.dir() + QStringLiteral("/hostile.csv"),
                                        (QStringLiteral("Titre;Auteurs;Descripteurs\r\n") + kHostile + u';' +
                                         kHostile + u';' + kHostile + QStringLiteral("\r\n"))
                                            .toUtf8());
    ui::ImportDialog dialog(cat.db(), cat.clock());
    dialog.resize(1200, 800);
    dialog.show();
    dialog.setFile(csv);
    REQUIRE(dialog.preview());
    QApplication::processEvents();
    CHECK(checkNoMarkup(&dialog, "import preview") > 0);
}

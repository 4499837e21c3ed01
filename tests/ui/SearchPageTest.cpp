#include "ui/search/SearchPage.h"
#include "UiSupport.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/Baskets.h"
#include "core/catalog/RecordRepository.h"
#include "core/search/SavedSearches.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/DocumentViewer.h"
#include "ui/catalog/RecordView.h"
#include "ui/main/MainWindow.h"
#include "ui/search/FacetPanel.h"
#include "ui/search/HitDelegate.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchResultModel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <thread>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;
using infodoc::test::writePdf;

namespace {

// Waits for the page to show the answer to what was last asked.
void waitForResult(ui::SearchPage* page)
{
    QSignalSpy shown(page, &ui::SearchPage::resultShown);
    QSignalSpy failed(page->controller(), &ui::SearchController::failed);
    for (int i = 0; i < 600 && shown.isEmpty() && failed.isEmpty(); ++i)
        shown.wait(100);
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(failed.isEmpty());
    REQUIRE_FALSE(shown.isEmpty());
    // A newer answer may be on its way (the debounce, a facet): let it land.
    while (page->controller()->isBusy())
        shown.wait(50);
}

Record record(DocumentType type, const QString& title, const QString& date)
{
    Record r;
    r.type = type;
    r.title = title;
    r.date = date;
    r.language = QStringLiteral("fre");
    return r;
}

} // namespace

TEST_CASE("a record is found through the Search page, with the pages of its attached PDF")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record report = record(DocumentType::Report, QStringLiteral("Santé des jeunes en quartier prioritaire"),
                           QStringLiteral("2021"));
    report.copies = {{0,
                      QStringLiteral("B-1"),
                      QStringLiteral("SAN 3"),
                      QStringLiteral("Salle"),
                      CopyStatus::Available,
                      {}}};
    auto ids = records.addAll(
        {report, record(DocumentType::Study, QStringLiteral("Logement des jeunes"), QStringLiteral("2015")),
         record(DocumentType::Study, QStringLiteral("Jeunes et emploi"), QStringLiteral("2019"))});
    REQUIRE(ids.ok());
    const QString pdf = writePdf(cat.dir() + QStringLiteral("/rapport.pdf"),
                                 {QStringLiteral("Introduction générale."),
                                  QStringLiteral("Le retour de la tuberculose dans les foyers."),
                                  QStringLiteral("La vaccination progresse."),
                                  QStringLiteral("La tuberculose recule à nouveau.")});
    AttachmentStore store(cat.db(), cat.clock());
    auto attached = store.attach(ids->at(0), pdf);
    REQUIRE(attached.ok());

    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    window.showModule(ui::MainWindow::Module::Search);
    ui::SearchPage* page = window.searchPage();
    waitForResult(page); // the first visit shows the whole catalogue
    CHECK(page->model()->total() == 3);

    // Typing searches by itself once typing pauses.
    auto* query = window.findChild<QLineEdit*>(QStringLiteral("searchQuery"));
    REQUIRE(query);
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("tuberculose"));
    waitForResult(page);
    REQUIRE(page->model()->rowCount() == 1);
    const SearchService::Hit& hit = page->model()->hit(0);
    CHECK(hit.id == ids->at(0));
    REQUIRE(hit.attachments.size() == 1);
    CHECK(hit.attachments.first().pages == QList<int>{2, 4});
    const QString html = page->model()->index(0).data(ui::SearchResultModel::HtmlRole).toString();
    CHECK(html.contains(QStringLiteral("<b>tuberculose</b>")));
    CHECK(html.contains(QStringLiteral("rapport.pdf")));
    CHECK(html.contains(QStringLiteral("2, 4")));
    CHECK(ui::SearchResultModel::availability(hit).contains(QStringLiteral("1")));

    // A slip in the query still answers, as plain words, and says why.
    query->selectAll();
    QTest::keyClicks(query, QStringLiteral("tuberculose (foyers"));
    waitForResult(page);
    CHECK(page->model()->rowCount() == 1);
    auto* status = window.findChild<QLabel*>(QStringLiteral("searchStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("plain words")));
    CHECK(status->text().contains(QStringLiteral("parenthesis")));
    query->selectAll();
    QTest::keyClicks(query, QStringLiteral("tuberculose"));
    waitForResult(page);
    CHECK_FALSE(status->text().contains(QStringLiteral("plain words")));

    // Opening the hit shows the record, the file's state and links to its pages.
    page->results()->setCurrentIndex(page->model()->index(0));
    CHECK(page->recordView()->recordId() == ids->at(0));
    const QString view = page->recordView()->document()->toHtml();
    CHECK(view.contains(QStringLiteral("Santé des jeunes")));
    CHECK(view.contains(QStringLiteral("attachment:%1?page=4").arg(attached->id)));
    CHECK(view.contains(QStringLiteral("Text extracted, 4 page")));

    // Following the link to page 4 opens the PDF in the viewer there, the word highlighted.
    int shownPage = 0;
    int highlights = 0;
    QList<int> pagesWithWords;
    whenModal(
        [&](QWidget* w) {
            auto* viewer = qobject_cast<ui::DocumentViewer*>(w);
            REQUIRE(viewer);
            shownPage = viewer->currentPage();
            highlights = viewer->highlightCount();
            pagesWithWords = viewer->pagesWithWords();
        },
        &ui::DocumentViewer::staticMetaObject);
    Q_EMIT page->recordView()->anchorClicked(QUrl(QStringLiteral("attachment:%1?page=4").arg(attached->id)));
    CHECK(shownPage == 4);
    CHECK(highlights == 1);
    CHECK(pagesWithWords == QList<int>{2, 4});

    // A query that finds nothing suggests a spelling.
    query->setText(QStringLiteral("tuberculse"));
    waitForResult(page);
    CHECK(page->model()->rowCount() == 0);
    CHECK(window.findChild<QLabel*>(QStringLiteral("searchStatus"))
              ->text()
              .contains(QStringLiteral("tuberculose")));
}

TEST_CASE("ticking facets filters the results, and searches are saved and results gathered in a basket")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    auto ids = records.addAll(
        {record(DocumentType::Study, QStringLiteral("Habitat indigne"), QStringLiteral("2012")),
         record(DocumentType::Study, QStringLiteral("Habitat partagé"), QStringLiteral("2021")),
         record(DocumentType::Book, QStringLiteral("L'habitat social"), QStringLiteral("2016")),
         record(DocumentType::Report, QStringLiteral("Santé"), QStringLiteral("2016"))});
    REQUIRE(ids.ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    ui::SearchPage* page = window.searchPage();
    page->setQuery(QStringLiteral("habitat"));
    waitForResult(page);
    CHECK(page->model()->total() == 3);

    // The type facet counts 2 studies and 1 book; ticking "study" leaves the two studies.
    ui::FacetPanel* facets = page->facets();
    QTreeWidgetItem* study = nullptr;
    for (int i = 0; i < facets->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = facets->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            if (group->child(j)->data(0, Qt::UserRole + 2).toString() == QLatin1String("study"))
                study = group->child(j);
    }
    REQUIRE(study);
    CHECK(study->text(1) == QStringLiteral("2"));
    study->setCheckState(0, Qt::Checked);
    waitForResult(page);
    CHECK(page->model()->total() == 2);
    CHECK(facets->filters().value(QStringLiteral("type")) == QStringList{QStringLiteral("study")});

    // Newest first.
    auto* sort = window.findChild<QComboBox*>(QStringLiteral("searchSort"));
    sort->setCurrentIndex(sort->findData(QStringLiteral("date")));
    waitForResult(page);
    REQUIRE(page->model()->rowCount() == 2);
    CHECK(page->model()->hit(0).year == 2021);

    // Saved with its facet and sort, then brought back after the page was changed.
    SavedSearches saved(cat.db(), cat.clock());
    SearchService::Options options;
    options.query = QStringLiteral("habitat");
    options.filters = facets->filters();
    options.sort = SearchRequest::Sort::DateNewest;
    REQUIRE(saved.save(QStringLiteral("Études habitat"), options).ok());
    page->results()->selectAll();
    CHECK(page->selectedRecordIds().size() == 2);
    CHECK(page->addSelectionToBasket(QStringLiteral("Comité de pilotage")) == 2);
    Baskets baskets(cat.db(), cat.clock());
    const auto found = baskets.find(QStringLiteral("Comité de pilotage"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->count == 2);
    // Adding the same records again adds nothing.
    CHECK(page->addSelectionToBasket(QStringLiteral("Comité de pilotage")) == 0);
}

TEST_CASE("the Search page sees records added after it opened")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    REQUIRE(
        records.add(record(DocumentType::Study, QStringLiteral("Jardins partagés"), QStringLiteral("2020")))
            .ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    ui::SearchPage* page = window.searchPage();
    page->setQuery(QStringLiteral("jardin"));
    waitForResult(page);
    CHECK(page->model()->total() == 1);
    REQUIRE(
        records.add(record(DocumentType::Guide, QStringLiteral("Créer un jardin"), QStringLiteral("2022")))
            .ok());
    page->catalogueChanged();
    waitForResult(page);
    CHECK(page->model()->total() == 2);
}

TEST_CASE("a facet shows its most frequent values, the others on demand, and every ticked one")
{
    ui::FacetPanel panel;
    panel.show();
    QList<SearchService::Facet> subjects;
    for (int i = 0; i < 30; ++i)
        subjects.append({QStringLiteral("s%1").arg(i), QStringLiteral("Sujet %1").arg(i), 100 - i});
    QMap<QString, QList<SearchService::Facet>> facets;
    facets.insert(QStringLiteral("subject"), subjects);
    facets.insert(QStringLiteral("type"), {{QStringLiteral("study"), QStringLiteral("Étude"), 4}});
    panel.setFilters({{QStringLiteral("subject"), {QStringLiteral("s25")}}});
    panel.setFacets(facets, false);
    auto group = [&](const QString& name) -> QTreeWidgetItem* {
        for (int i = 0; i < panel.topLevelItemCount(); ++i)
            if (panel.topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == name)
                return panel.topLevelItem(i);
        return nullptr;
    };
    QTreeWidgetItem* subject = group(QStringLiteral("subject"));
    REQUIRE(subject);
    // Twelve values, the ticked one further down, then the line for the 17 others.
    REQUIRE(subject->childCount() == ui::FacetPanel::shownValues + 2);
    CHECK(subject->child(0)->text(0) == QStringLiteral("Sujet 0"));
    CHECK(subject->child(ui::FacetPanel::shownValues)->text(0) == QStringLiteral("Sujet 25"));
    CHECK(subject->child(ui::FacetPanel::shownValues)->checkState(0) == Qt::Checked);
    QTreeWidgetItem* more = subject->child(ui::FacetPanel::shownValues + 1);
    CHECK(more->text(0).contains(QStringLiteral("17")));
    CHECK(group(QStringLiteral("type"))->childCount() == 1); // nothing to hide there

    // Enter on the line shows them all, the first one that was hidden current.
    panel.setFocus();
    panel.setCurrentItem(more);
    QTest::keyClick(&panel, Qt::Key_Return);
    subject = group(QStringLiteral("subject"));
    REQUIRE(subject->childCount() == 30);
    CHECK(panel.currentItem() == subject->child(ui::FacetPanel::shownValues));
    CHECK(panel.filters().value(QStringLiteral("subject")) == QStringList{QStringLiteral("s25")});
    // The next answer keeps showing them all.
    panel.setFacets(facets, false);
    CHECK(group(QStringLiteral("subject"))->childCount() == 30);
}

TEST_CASE("a hit drawn ahead on the search's thread looks as one drawn by the window")
{
    const QString html = QStringLiteral(
        "<b>Habitat et logement : regards croisés</b><br><span style=\"color:#666\">Dupont, Marie · 2012 · "
        "Étude</span><br>…les <b>logements</b> sociaux du quartier, l’accès aux droits et la médiation…");
    ui::HitDelegate::Layouts hint;
    hint.font = QApplication::font();
    hint.width = 420;
    hint.palette = QApplication::palette();
    hint.pixelRatio = 2; // a high-density screen
    // Laid out and drawn on another thread, as the search's worker does.
    QImage ahead;
    std::thread worker([&] {
        auto doc = ui::HitDelegate::layOut(html, hint.font, hint.width);
        ahead = ui::HitDelegate::draw(*doc, hint);
    });
    worker.join();
    // The same row drawn here the way QTextDocument draws itself.
    auto doc = ui::HitDelegate::layOut(html, hint.font, hint.width);
    QImage here(ahead.size(), QImage::Format_ARGB32_Premultiplied);
    here.setDevicePixelRatio(2);
    here.fill(Qt::transparent);
    {
        QPainter painter(&here);
        doc->drawContents(&painter, QRectF(0, 0, doc->textWidth(), doc->size().height()));
    }
    REQUIRE_FALSE(ahead.isNull());
    CHECK(ahead.size() == (doc->size() * 2).toSize());
    CHECK(ahead.devicePixelRatio() == 2);
    int inked = 0;
    for (int y = 0; y < ahead.height(); ++y)
        for (int x = 0; x < ahead.width(); ++x)
            inked += qAlpha(ahead.pixel(x, y)) > 0 ? 1 : 0;
    CHECK(inked > 1000); // text, not a blank picture
    CHECK(ahead == here);
}

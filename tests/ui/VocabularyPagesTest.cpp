#include "UiSupport.h"
#include "core/catalog/AuthorityRepository.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "support/TestCatalogue.h"
#include "ui/main/MainWindow.h"
#include "ui/vocabulary/AuthoritiesPage.h"
#include "ui/vocabulary/ThesaurusPage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;

TEST_CASE("the Thesaurus page browses, adds, renames, moves and merges descriptors")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Fête des voisins");
    r.subjects = {QStringLiteral("Logement social")};
    auto id = records.add(r);
    REQUIRE(id.ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentModule() == ui::MainWindow::Module::Thesaurus);
    auto* page = window.findChild<ui::ThesaurusPage*>();
    REQUIRE(page);
    CHECK(page->tree()->topLevelItemCount() > 5);

    // A non-preferred term finds its descriptor, opened in the tree with its record count.
    REQUIRE(page->showDescriptor(QStringLiteral("HLM")));
    CHECK(page->tree()->currentItem()->text(0) == QStringLiteral("Logement social"));
    CHECK(page->tree()->currentItem()->text(1) == QStringLiteral("1"));
    CHECK(page->tree()->currentItem()->parent() != nullptr);

    Thesaurus thesaurus(cat.db(), cat.clock());
    REQUIRE(page->addDescriptor(QStringLiteral("Logement intermédiaire"), true));
    CHECK(page->tree()->currentItem()->text(0) == QStringLiteral("Logement intermédiaire"));
    CHECK((*thesaurus.broader(page->currentId())).first().label == QStringLiteral("Logement social"));
    REQUIRE(page->addNonPreferred(QStringLiteral("LLI")));
    CHECK((*thesaurus.find(QStringLiteral("lli")))->label == QStringLiteral("Logement intermédiaire"));
    REQUIRE(page->renameCurrent(QStringLiteral("Logement locatif intermédiaire")));
    REQUIRE(page->moveCurrentUnder(QString()));
    CHECK((*thesaurus.broader(page->currentId())).isEmpty());
    // A loop is refused with a message, and nothing moves.
    REQUIRE(page->showDescriptor(QStringLiteral("Habitat et logement")));
    QString refusal;
    whenModal([&refusal](QWidget* w) { refusal = qobject_cast<QMessageBox*>(w)->text(); });
    CHECK_FALSE(page->moveCurrentUnder(QStringLiteral("Logement social")));
    CHECK(refusal.contains(QStringLiteral("loop")));

    // Scope note and related terms.
    REQUIRE(page->showDescriptor(QStringLiteral("Logement locatif intermédiaire")));
    REQUIRE(page->setScopeNote(QStringLiteral("Loyers entre le social et le libre.")));
    REQUIRE(page->addRelated(QStringLiteral("Mixité sociale")));
    CHECK((*thesaurus.related(page->currentId())).first().label == QStringLiteral("Mixité sociale"));
    CHECK(page->findChild<QLabel*>(QStringLiteral("thesaurusDetails"))
              ->text()
              .contains(QStringLiteral("Mixité sociale")));
    REQUIRE(page->removeRelated(QStringLiteral("Mixité sociale")));
    CHECK((*thesaurus.related(page->currentId())).isEmpty());
    CHECK((*thesaurus.get(page->currentId()))->scopeNote ==
          QStringLiteral("Loyers entre le social et le libre."));

    // Merging: the records follow, the old label leads to the one kept.
    REQUIRE(page->showDescriptor(QStringLiteral("Logement social")));
    REQUIRE(page->mergeCurrentInto(QStringLiteral("Logement locatif intermédiaire")));
    CHECK(records.get(*id)->subjects == QStringList{QStringLiteral("Logement locatif intermédiaire")});
    CHECK((*thesaurus.find(QStringLiteral("Logement social")))->label ==
          QStringLiteral("Logement locatif intermédiaire"));
}

TEST_CASE("the Authorities page lists, renames and merges names, and the records follow")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record a;
    a.title = QStringLiteral("Premier");
    a.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author}};
    Record b;
    b.title = QStringLiteral("Second");
    b.responsibilities = {{QStringLiteral("Dupond, Marie"), AuthorityKind::Person, Role::Author}};
    auto ids = records.addAll({a, b});
    REQUIRE(ids.ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    window.showModule(ui::MainWindow::Module::Authorities);
    auto* page = window.findChild<ui::AuthoritiesPage*>();
    REQUIRE(page);
    page->setFilter(QStringLiteral("marie"));
    REQUIRE(page->table()->rowCount() == 2);

    // Merge the misspelt form into the right one.
    for (int row = 0; row < 2; ++row)
        if (page->table()->item(row, 0)->text() == QStringLiteral("Dupond, Marie"))
            page->table()->setCurrentCell(row, 0);
    REQUIRE(page->mergeCurrentInto(QStringLiteral("Marie Dupont")));
    CHECK(page->table()->rowCount() == 1);
    CHECK(page->table()->item(0, 2)->text() == QStringLiteral("2"));
    CHECK(records.get(ids->at(1))->authorsDisplay() == QStringLiteral("Dupont, Marie"));

    page->table()->setCurrentCell(0, 0);
    REQUIRE(page->renameCurrent(QStringLiteral("Dupont-Martin, Marie")));
    REQUIRE(page->setCurrentNote(QStringLiteral("Sociologue")));
    CHECK(page->table()->item(0, 3)->text() == QStringLiteral("Sociologue"));
    CHECK(records.get(ids->at(0))->authorsDisplay() == QStringLiteral("Dupont-Martin, Marie"));
    page->setFilter(QStringLiteral("martin"));
    CHECK(page->table()->rowCount() == 1);
}

TEST_CASE("a thesaurus that cannot be read says so in the Thesaurus page instead of an empty tree")
{
    TestCatalogue cat;
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject_broader RENAME TO subject_broader_away")));
    ui::ThesaurusPage page(cat.db(), cat.clock());
    page.show();
    auto* details = page.findChild<QLabel*>(QStringLiteral("thesaurusDetails"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("Cannot read the thesaurus")));
    CHECK(page.findChild<QTreeWidget*>(QStringLiteral("thesaurusTree"))->topLevelItemCount() == 0);
}

TEST_CASE("authorities that cannot be read say so in the Authorities page instead of an empty list")
{
    TestCatalogue cat;
    AuthorityRepository authorities(cat.db(), cat.clock());
    REQUIRE(authorities.findOrCreate(QStringLiteral("Dupont, Marie"), AuthorityKind::Person).ok());
    ui::AuthoritiesPage page(cat.db(), cat.clock());
    page.show();
    auto* error = page.findChild<QLabel*>(QStringLiteral("authorityError"));
    REQUIRE(error);
    CHECK(error->isHidden());
    CHECK(page.table()->rowCount() == 1);
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE responsibility RENAME TO responsibility_away")));
    page.setFilter(QStringLiteral("dupont"));
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("Cannot read the authorities")));
    CHECK(page.table()->rowCount() == 0);
}

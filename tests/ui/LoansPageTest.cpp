#include "ui/circulation/LoansPage.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

void prepare(TestCatalogue& cat)
{
    cat.clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
    RecordRepository records(cat.db(), cat.clock());
    Record book;
    book.type = DocumentType::Book;
    book.title = QStringLiteral("Le logement social");
    book.copies = {Copy{0, QStringLiteral("B1"), {}, {}, CopyStatus::Available, {}},
                   Copy{0, QStringLiteral("B2"), {}, {}, CopyStatus::ReferenceOnly, {}}};
    REQUIRE(records.add(book).ok());
    Borrower b;
    b.name = QStringLiteral("Dupont, Marie");
    b.card = QStringLiteral("C-1");
    b.categoryId = 1;
    REQUIRE(Borrowers(cat.db(), cat.clock()).add(b).ok());
}

// What a barcode scanner does: type the code, press Enter.
void scan(ui::LoansPage& page, const QString& code)
{
    QTest::keyClicks(page.scanBox(), code);
    QTest::keyClick(page.scanBox(), Qt::Key_Return);
}

} // namespace

TEST_CASE("the desk lends, refuses, returns and undoes from the scan box alone")
{
    TestCatalogue cat;
    prepare(cat);
    ui::LoansPage page(cat.db(), cat.clock());
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.scanBox()->hasFocus());

    scan(page, QStringLiteral("C-1"));
    CHECK(page.deskMessage()->text().contains(QStringLiteral("Dupont, Marie")));
    scan(page, QStringLiteral("B1"));
    CHECK(page.deskMessage()->text().contains(QStringLiteral("Lent: Le logement social")));
    REQUIRE(page.deskLoans()->topLevelItemCount() == 1);
    CHECK(page.deskLoans()->topLevelItem(0)->text(1) == QStringLiteral("B1"));
    CHECK(page.scanBox()->text().isEmpty());
    CHECK(page.scanBox()->hasFocus());

    scan(page, QStringLiteral("B2"));
    CHECK(page.deskMessage()->text().contains(QStringLiteral("reference only")));
    scan(page, QStringLiteral("ZZZ"));
    CHECK(page.deskMessage()->text().contains(QStringLiteral("Unknown")));

    // Undo the loan with Ctrl+Z, lend again, then the next borrower (Esc) and a return.
    QTest::keyClick(page.scanBox(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(page.deskMessage()->text().contains(QStringLiteral("undone")));
    CHECK(page.deskLoans()->topLevelItemCount() == 0);
    scan(page, QStringLiteral("B1"));
    QTest::keyClick(page.scanBox(), Qt::Key_Escape);
    CHECK(page.deskLoans()->topLevelItemCount() == 0);
    scan(page, QStringLiteral("B1"));
    CHECK(page.deskMessage()->text().contains(QStringLiteral("Returned: Le logement social")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE returned_on IS NOT NULL")) == 1);
}

TEST_CASE("late loans are listed by borrower, and a loan list that cannot be read says so")
{
    TestCatalogue cat;
    prepare(cat);
    cat.lend(QStringLiteral("B1")); // the team's 30 days: due 31 March
    cat.clock().set(QDateTime(QDate(2027, 4, 12), QTime(9, 0), Qt::UTC));
    ui::LoansPage page(cat.db(), cat.clock());
    page.show();
    page.tabs()->setCurrentIndex(2);
    REQUIRE(page.overdueList()->topLevelItemCount() == 1);
    REQUIRE(page.overdueList()->topLevelItem(0)->childCount() == 1);
    CHECK(page.overdueList()->topLevelItem(0)->child(0)->text(3).contains(QStringLiteral("12")));

    page.tabs()->setCurrentIndex(1);
    CHECK(page.borrowerList()->rowCount() == 2);

    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE loan RENAME TO loan_away")));
    page.tabs()->setCurrentIndex(0);
    page.tabs()->setCurrentIndex(2);
    CHECK(page.overdueList()->topLevelItemCount() == 0);
    CHECK(page.deskMessage()->text().contains(QStringLiteral("Cannot read")));
}

TEST_CASE("the catalogue's selection opens the Labels tab with its copies")
{
    TestCatalogue cat;
    prepare(cat);
    ui::LoansPage page(cat.db(), cat.clock());
    page.show();
    page.showLabelsFor({1});
    CHECK(page.tabs()->currentIndex() == page.tabs()->count() - 1);
    auto* source = page.tabs()->currentWidget()->findChild<QComboBox*>();
    REQUIRE(source);
    CHECK(source->currentData().toString() == QStringLiteral("selection"));
    CHECK(source->currentText().contains(QStringLiteral("1 record")));
}

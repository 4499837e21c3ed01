#include "ui/circulation/BorrowerImportDialog.h"
#include "UiSupport.h"
#include "core/circulation/Borrowers.h"
#include "support/TestCatalogue.h"
#include "ui/circulation/LoansPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

QString cellText(QTableWidget* table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST_CASE("the Loans page imports PMB's borrowers with the keyboard: columns, preview, valid rows, report")
{
    TestCatalogue cat;
    Borrower known;
    known.name = QStringLiteral("Dupont, Marie");
    known.card = QStringLiteral("L0001");
    known.categoryId = 1;
    REQUIRE(Borrowers(cat.db(), cat.clock()).add(known).ok());
    const QString csv = test::writeFile(cat.dir() + QStringLiteral("/lecteurs.csv"),
                                        "empr_cb;empr_nom;empr_prenom;empr_ville;empr_categ;empr_adr1\r\n"
                                        "L0001;DUPONT;Marie;Cergy;professionnel;1 rue A\r\n"
                                        "L0002;MARTIN;Paul;Saint-Denis;elu;\r\n"
                                        "L0003;SANS;Categorie;;inconnue;\r\n"
                                        "L0004;DURAND;Jeanne;Bobigny;;\r\n");

    ui::LoansPage page(cat.db(), cat.clock());
    page.show();
    auto* tabs = page.findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    auto* button = test::child<QPushButton>(&page, "importBorrowers");
    REQUIRE(button);
    bool driven = false;
    test::whenModal(
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<ui::BorrowerImportDialog*>(modal);
            REQUIRE(dialog);
            auto* file = test::child<QLineEdit>(dialog, "borrowerImportFile");
            REQUIRE(file);
            file->setFocus();
            QTest::keyClicks(file, csv);
            // Enter: the columns from the first line, then the preview (the default button).
            QTest::keyClick(file, Qt::Key_Return);
            auto* columns = test::child<QTableWidget>(dialog, "borrowerImportColumns");
            REQUIRE(columns->rowCount() == 6);
            // PMB's address is not kept: its column is left at "—".
            auto* address = qobject_cast<QComboBox*>(columns->cellWidget(5, 1));
            REQUIRE(address);
            CHECK(address->currentData().toString().isEmpty());
            CHECK(qobject_cast<QComboBox*>(columns->cellWidget(0, 1))->currentData().toString() ==
                  QStringLiteral("card"));
            REQUIRE(dialog->plan());
            CHECK(dialog->plan()->rows.size() == 4);
            CHECK(dialog->plan()->withErrors() == 1);
            auto* summary = test::child<QLabel>(dialog, "borrowerImportSummary");
            CHECK(summary->text().contains(QStringLiteral("4 borrower(s) read")));
            auto* rows = test::child<QTableWidget>(dialog, "borrowerImportRows");
            REQUIRE(rows->rowCount() == 4);
            CHECK(cellText(rows, 0, 0) == QStringLiteral("2"));
            CHECK(cellText(rows, 0, 4).contains(QStringLiteral("n° 1")));
            CHECK(cellText(rows, 2, 4).contains(QStringLiteral("inconnue")));
            CHECK(cellText(rows, 1, 2) == QStringLiteral("MARTIN, Paul"));
            CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 1);

            // The valid rows only (Space on the box), then Enter imports.
            auto* validOnly = test::child<QCheckBox>(dialog, "borrowerImportValidOnly");
            REQUIRE(validOnly->isEnabled());
            validOnly->setFocus();
            QTest::keyClick(validOnly, Qt::Key_Space);
            CHECK(validOnly->isChecked());
            QTest::keyClick(rows, Qt::Key_Return);
            REQUIRE(dialog->outcome());
            CHECK(dialog->outcome()->added == 2);
            CHECK(dialog->outcome()->skipped == 1); // the known card, not updated unasked
            auto* report = test::child<QPlainTextEdit>(dialog, "borrowerImportReport");
            CHECK(report->toPlainText().contains(QStringLiteral("line 4")));
            // The report names lines, not people.
            CHECK_FALSE(report->toPlainText().contains(QStringLiteral("MARTIN")));
            driven = true;
        },
        &ui::BorrowerImportDialog::staticMetaObject);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    REQUIRE(driven);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 3);
    auto paul = Borrowers(cat.db(), cat.clock()).byCard(QStringLiteral("L0002"));
    REQUIRE(paul);
    REQUIRE(*paul);
    CHECK((*paul)->commune == QStringLiteral("Saint-Denis"));
    // The list of the page shows them.
    auto* list = test::child<QTableWidget>(&page, "borrowerList");
    REQUIRE(list);
    CHECK(list->rowCount() == 3);
}

TEST_CASE("the borrowers import says what it cannot read and writes nothing")
{
    TestCatalogue cat;
    const QString csv =
        test::writeFile(cat.dir() + QStringLiteral("/sans-carte.csv"), "Nom;Ville\r\nDupont;Cergy\r\n");
    ui::BorrowerImportDialog dialog(cat.db(), cat.clock());
    dialog.setFile(csv);
    const Status refused = dialog.preview();
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("card")));
    CHECK_FALSE(dialog.plan());
    const Status missing = [&] {
        dialog.setFile(cat.dir() + QStringLiteral("/absent.csv"));
        return dialog.preview();
    }();
    REQUIRE_FALSE(missing);
    CHECK(missing.errorMessage().contains(QStringLiteral("absent.csv")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 0);
}

#include "core/circulation/BorrowerImport.h"
#include "core/circulation/Borrowers.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

// The columns of PMB's borrowers export (Lecteurs › Export CSV), in Windows-1252 as PMB often writes it.
const QByteArray kPmb =
    "empr_cb;empr_nom;empr_prenom;empr_adr1;empr_cp;empr_ville;empr_mail;empr_tel1;empr_prof;"
    "empr_categ;empr_date_adhesion\r\n"
    "L0001;DUPONT;Marie;2 rue de l'\xC9glise;95000;Cergy;marie.dupont@exemple.fr;0102030405;"
    "Cheffe de projet;Professionnel;2021-09-01\r\n"
    "L0002;MARTIN;Paul;;93200;Saint-Denis;;;\xC9lu;elu;2022-01-10\r\n"
    "L0003;;;;;;;;;;\r\n"
    "L0004;DURAND;Jeanne;;;;pas-une-adresse;;;Retrait\xE9;\r\n"
    "L0001;DOUBLON;Carte;;;;;;;;\r\n";

} // namespace

TEST_CASE("PMB's borrowers export: columns found, each row's problems by line, the valid ones imported")
{
    TestCatalogue cat;
    BorrowerImport import(cat.db(), cat.clock());
    auto plan = import.prepare(kPmb, QStringLiteral("lecteurs.csv"));
    INFO((plan ? QString() : plan.errorMessage()).toStdString());
    REQUIRE(plan);
    CHECK(plan->mapping.columns.size() == 8); // the address, postcode and dates are not kept
    REQUIRE(plan->rows.size() == 5);
    const auto& marie = plan->rows.at(0);
    CHECK(marie.errors.isEmpty());
    CHECK(marie.line == 2);
    CHECK(marie.borrower.name == QStringLiteral("DUPONT, Marie"));
    CHECK(marie.borrower.card == QStringLiteral("L0001"));
    CHECK(marie.borrower.commune == QStringLiteral("Cergy"));
    CHECK(marie.borrower.function == QStringLiteral("Cheffe de projet"));
    CHECK(marie.borrower.email == QStringLiteral("marie.dupont@exemple.fr"));
    CHECK(plan->rows.at(1).errors.isEmpty()); // the category by its code
    CHECK(plan->rows.at(1).borrower.function == QStringLiteral("Élu"));
    CHECK_FALSE(plan->rows.at(2).errors.isEmpty()); // no name
    REQUIRE_FALSE(plan->rows.at(3).errors.isEmpty());
    CHECK(plan->rows.at(3).errors.join(u' ').contains(
        QStringLiteral("Retraité"))); // not a category of the centre
    CHECK(plan->rows.at(3).errors.join(u' ').contains(QStringLiteral("pas-une-adresse")));
    CHECK(plan->rows.at(4).errors.join(u' ').contains(QStringLiteral("line 2"))); // the same card twice
    CHECK(plan->withErrors() == 3);

    // All or nothing: refused, nothing written.
    auto refused = import.apply(*plan, false, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("line 4")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 0);
    auto outcome = import.apply(*plan, true, false);
    REQUIRE(outcome);
    CHECK(outcome->added == 2);
    CHECK(outcome->leftOut.size() == 3);
    Borrowers borrowers(cat.db(), cat.clock());
    auto paul = borrowers.byCard(QStringLiteral("L0002"));
    REQUIRE(paul);
    REQUIRE(*paul);
    CHECK((*paul)->name == QStringLiteral("MARTIN, Paul"));
    auto elu = borrowers.categoryByCode(QStringLiteral("elu"));
    REQUIRE(elu);
    REQUIRE(*elu);
    CHECK((*elu)->id == (*paul)->categoryId);

    // The same file again: the cards are known and left as they are, unless updating is asked for.
    auto again = import.prepare(kPmb, QStringLiteral("lecteurs.csv"));
    REQUIRE(again);
    CHECK(again->known() == 2);
    auto second = import.apply(*again, true, false);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->skipped == 2);
    QByteArray changed = kPmb;
    changed.replace("Saint-Denis", "Aubervilliers");
    auto third = import.apply(*import.prepare(changed, QStringLiteral("lecteurs.csv")), true, true);
    REQUIRE(third);
    CHECK(third->updated == 2);
    CHECK((*borrowers.byCard(QStringLiteral("L0002")))->commune == QStringLiteral("Aubervilliers"));
}

TEST_CASE("a borrowers file without a card or a name column, or with a mapping that does not fit, is refused")
{
    TestCatalogue cat;
    BorrowerImport import(cat.db(), cat.clock());
    auto noCard = import.prepare("Nom;Ville\nDupont;Cergy\n", QStringLiteral("l.csv"));
    REQUIRE_FALSE(noCard);
    CHECK(noCard.errorMessage().contains(QStringLiteral("l.csv")));
    CsvMapping wrong;
    wrong.columns = {{QStringLiteral("Carte"), QStringLiteral("card")},
                     {QStringLiteral("Nom"), QStringLiteral("surname")}};
    auto missing = import.prepare("Numéro;Nom\nL1;Dupont\n", QStringLiteral("l.csv"), wrong);
    REQUIRE_FALSE(missing);
    CHECK(missing.errorMessage().contains(QStringLiteral("Carte")));
    CsvMapping good;
    good.columns = {{QStringLiteral("Numéro"), QStringLiteral("card")},
                    {QStringLiteral("Nom"), QStringLiteral("name")}};
    auto fine = import.prepare("Numéro;Nom\nL1;Dupont Marie\n", QStringLiteral("l.csv"), good);
    REQUIRE(fine);
    CHECK(fine->rows.first().borrower.name == QStringLiteral("Dupont Marie"));
    CHECK(fine->rows.first().borrower.categoryId > 0); // the first category when none is given
}

TEST_CASE("a borrowers import cancelled while it reads or writes leaves the borrowers as they were")
{
    TestCatalogue cat;
    // Enough rows for the progress to be asked several times.
    QByteArray many = "empr_cb;empr_nom;empr_prenom;empr_categ\r\n";
    for (int i = 1; i <= 300; ++i)
        many += "L" + QByteArray::number(1000 + i) + ";NOM" + QByteArray::number(i) + ";Prénom;elu\r\n";
    BorrowerImport import(cat.db(), cat.clock());
    int asked = 0;
    auto stopReading = import.prepare(many, QStringLiteral("lecteurs.csv"), {},
                                      [&asked](qint64, qint64) { return ++asked < 3; });
    REQUIRE_FALSE(stopReading);
    CHECK(stopReading.errorMessage().contains(QStringLiteral("Cancelled")));

    qint64 lastTotal = 0;
    auto plan = import.prepare(many, QStringLiteral("lecteurs.csv"), {}, [&lastTotal](qint64, qint64 total) {
        lastTotal = total;
        return true;
    });
    REQUIRE(plan);
    CHECK(lastTotal == 300);
    REQUIRE(plan->rows.size() == 300);
    // Cancelled after some rows were written inside the transaction: none stays.
    int calls = 0;
    auto cancelled = import.apply(*plan, false, false, [&calls](qint64, qint64) { return ++calls < 4; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.errorMessage().contains(QStringLiteral("nothing was imported")));
    CHECK(calls == 4);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 0);
    auto done = import.apply(*plan, false, false, [](qint64, qint64) { return true; });
    REQUIRE(done);
    CHECK(done->added == 300);
}

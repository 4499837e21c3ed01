#include "ui/visits/AppointmentsPage.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/visits/Appointments.h"
#include "core/visits/VisitPreparation.h"
#include "core/visits/VisitorData.h"
#include "support/TestCatalogue.h"
#include "ui/visits/AppointmentDialog.h"
#include "ui/visits/VisitDialog.h"
#include "ui/visits/WeekGrid.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;

namespace {

// Monday 4 January 2027, 9:00 in Paris; one appointment on Tuesday at 10:00,
// a closure on Friday 8 January.
struct Agenda
{
    TestCatalogue cat;
    qint64 id = 0;
    qint64 record = 0;

    Agenda()
    {
        cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
        REQUIRE(
            Calendar::addClosure(cat.db(), QDate(2027, 1, 8), QDate(2027, 1, 8), QStringLiteral("Inventaire"))
                .ok());
        Record r;
        r.type = DocumentType::Study;
        r.title = QStringLiteral("Le logement social à Bobigny");
        r.subjects = {QStringLiteral("Logement social")};
        r.copies = {Copy{0,
                         QStringLiteral("L1"),
                         QStringLiteral("LOG 2"),
                         QStringLiteral("Salle B"),
                         CopyStatus::Available,
                         {}}};
        auto added = RecordRepository(cat.db(), cat.clock()).add(r);
        REQUIRE(added.ok());
        record = *added;
        Borrower b;
        b.name = QStringLiteral("Dupont, Marie");
        b.card = QStringLiteral("C-1");
        b.categoryId = 1;
        REQUIRE(Borrowers(cat.db(), cat.clock()).add(b).ok());
        auto service = Appointments::open(cat.db(), cat.clock());
        REQUIRE(service.ok());
        Appointment a;
        a.day = QDate(2027, 1, 5);
        a.startMin = 10 * 60;
        a.visitor.kind = Visitor::Kind::Borrower;
        a.visitor.card = QStringLiteral("C-1");
        a.purpose = VisitPurpose::Consultation;
        a.subjects = {QStringLiteral("Logement social")};
        auto booked = service->book(a);
        REQUIRE(booked.ok());
        REQUIRE(booked->booked());
        id = booked->id;
    }

    Appointment current()
    {
        auto service = Appointments::open(cat.db(), cat.clock());
        REQUIRE(service.ok());
        auto a = service->find(id);
        REQUIRE(a.ok());
        REQUIRE(a->has_value());
        return **a;
    }
};

} // namespace

TEST_CASE("the week shows the appointments; Ctrl+arrows move one, with the checks of a booking")
{
    Agenda agenda;
    ui::AppointmentsPage page(agenda.cat.db(), agenda.cat.clock());
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ui::WeekGrid* grid = page.grid();
    REQUIRE(grid->columnCount() == 5);
    CHECK(grid->dayAt(0) == QDate(2027, 1, 4));
    CHECK(grid->model()->headerData(4, Qt::Horizontal).toString().contains(QStringLiteral("Inventaire")));
    grid->selectAppointment(agenda.id);
    REQUIRE(grid->currentAppointment() == agenda.id);
    CHECK(grid->dayAt(grid->currentColumn()) == QDate(2027, 1, 5));
    CHECK(grid->startAt(grid->currentRow()) == 10 * 60);
    CHECK(grid->item(grid->currentRow(), grid->currentColumn())
              ->text()
              .contains(QStringLiteral("Dupont, Marie")));
    CHECK(page.upcoming()->topLevelItemCount() == 1);

    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Down, Qt::ControlModifier);
    CHECK(agenda.current().startMin == 10 * 60 + 30);
    CHECK(grid->currentAppointment() == agenda.id);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ControlModifier);
    CHECK(agenda.current().day == QDate(2027, 1, 6));
    // Thursday to Friday: the centre is closed, the move is refused and said.
    QTest::keyClick(grid, Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ControlModifier);
    CHECK(agenda.current().day == QDate(2027, 1, 7));
    CHECK(page.message()->text().contains(QStringLiteral("Inventaire")));

    // The next week, then back, from the grid (shortcuts of the active window).
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(grid, Qt::Key_Right, Qt::AltModifier);
    CHECK(grid->dayAt(0) == QDate(2027, 1, 11));
    QTest::keyClick(grid, Qt::Key_Left, Qt::AltModifier);
    CHECK(grid->dayAt(0) == QDate(2027, 1, 4));

    // Delete cancels, after asking.
    grid->selectAppointment(agenda.id);
    whenModal([](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        REQUIRE(box != nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(grid, Qt::Key_Delete);
    CHECK(agenda.current().status == AppointmentStatus::Cancelled);
}

TEST_CASE("Enter on a free slot books from the form; a refused booking offers the nearest free slots")
{
    Agenda agenda;
    ui::AppointmentsPage page(agenda.cat.db(), agenda.cat.clock());
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ui::WeekGrid* grid = page.grid();
    grid->selectSlot(QDate(2027, 1, 5), 10 * 60); // taken by Marie's appointment
    grid->setCurrentCell(grid->currentRow(), 2);  // Wednesday, 10:00
    grid->setFocus();
    QString refusal;
    bool tookNearest = false;
    whenModal([&](QWidget* w) {
        auto* dialog = qobject_cast<ui::AppointmentDialog*>(w);
        REQUIRE(dialog != nullptr);
        auto* kind = infodoc::test::child<QComboBox>(dialog, "visitorKind");
        kind->setCurrentIndex(kind->findData(int(Visitor::Kind::Named)));
        auto* name = infodoc::test::child<QLineEdit>(dialog, "visitorName");
        QTest::keyClicks(name, QStringLiteral("Durand, Sophie"));
        // Move the start onto Marie's appointment the day before: refused.
        dialog->findChild<QDateEdit*>(QStringLiteral("appointmentDate"))->setDate(QDate(2027, 1, 5));
        dialog->accept();
        refusal = dialog->message()->text();
        REQUIRE(dialog->nearest()->count() > 0);
        CHECK(dialog->nearest()->hasFocus());
        QTest::keyClick(dialog->nearest(), Qt::Key_Return);
        tookNearest = dialog->message()->text().contains(QStringLiteral("Slot taken"));
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    });
    QTest::keyClick(grid, Qt::Key_Return);
    CHECK(refusal.contains(QStringLiteral("Nearest free slots")));
    CHECK(tookNearest);
    auto service = Appointments::open(agenda.cat.db(), agenda.cat.clock());
    REQUIRE(service.ok());
    auto week = service->between(QDate(2027, 1, 4), QDate(2027, 1, 8));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 2);
    CHECK(page.message()->text().contains(QStringLiteral("booked")));
}

TEST_CASE("the visit dialog prepares the selection, lends from the visit and closes it with the keyboard")
{
    Agenda agenda;
    auto service = Appointments::open(agenda.cat.db(), agenda.cat.clock());
    REQUIRE(service.ok());
    ui::VisitDialog dialog(agenda.cat.db(), agenda.cat.clock(), *service, agenda.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.suggestions()->topLevelItemCount() >= 1);
    CHECK(dialog.suggestions()->topLevelItem(0)->text(0) == QStringLiteral("Le logement social à Bobigny"));
    dialog.suggestions()->setFocus();
    dialog.suggestions()->setCurrentItem(dialog.suggestions()->topLevelItem(0));
    QTest::keyClick(dialog.suggestions(), Qt::Key_Return);
    REQUIRE(dialog.selection()->topLevelItemCount() == 1);
    CHECK(dialog.suggestions()->topLevelItemCount() == 0); // what is selected is no longer suggested
    dialog.setAside();
    CHECK(dialog.message()->text().contains(QStringLiteral("set aside")));

    // Tuesday, the visit: scan the copy to lend it, tick it consulted, close.
    agenda.cat.clock().set(QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC));
    QTest::keyClicks(dialog.lendBox(), QStringLiteral("L1"));
    QTest::keyClick(dialog.lendBox(), Qt::Key_Return);
    CHECK(dialog.message()->text().contains(QStringLiteral("Lent")));
    dialog.selection()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    dialog.followUp()->setPlainText(QStringLiteral("Envoyer les chiffres du parc social"));
    dialog.closeVisit();
    CHECK(dialog.message()->text().contains(QStringLiteral("closed")));
    const Appointment done = agenda.current();
    CHECK(done.status == AppointmentStatus::Done);
    CHECK(done.followUp == QStringLiteral("Envoyer les chiffres du parc social"));
    VisitPreparation preparation(agenda.cat.db(), agenda.cat.clock(), *service);
    auto loans = preparation.loans(agenda.id);
    REQUIRE(loans.ok());
    CHECK(loans->size() == 1);
    auto items = preparation.selection(agenda.id);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->first().consulted);
}

TEST_CASE("an agenda that cannot be read is said, not shown empty")
{
    Agenda agenda;
    QSqlQuery q(agenda.cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE appointment RENAME TO appointment_gone")));
    ui::AppointmentsPage page(agenda.cat.db(), agenda.cat.clock());
    CHECK(page.grid()->columnCount() == 1);
    CHECK_FALSE(page.message()->text().isEmpty());
    CHECK(page.grid()->item(0, 0)->text() == page.message()->text());
}

TEST_CASE("an appointment dropped on another slot is moved with the checks; a named visitor is erased")
{
    Agenda agenda;
    ui::AppointmentsPage page(agenda.cat.db(), agenda.cat.clock());
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ui::WeekGrid* grid = page.grid();
    auto drop = [&](const QDate& day, int start) {
        std::unique_ptr<QMimeData> mime(ui::WeekGrid::dragData(agenda.id));
        grid->selectSlot(day, start);
        const QPoint at = grid->visualRect(grid->currentIndex()).center();
        QDropEvent event(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(grid->viewport(), &enter);
        QApplication::sendEvent(grid->viewport(), &event);
    };
    drop(QDate(2027, 1, 7), 15 * 60);
    CHECK(agenda.current().day == QDate(2027, 1, 7));
    CHECK(agenda.current().startMin == 15 * 60);
    drop(QDate(2027, 1, 8), 10 * 60); // the closure
    CHECK(agenda.current().day == QDate(2027, 1, 7));
    CHECK(page.message()->text().contains(QStringLiteral("Inventaire")));

    // A named visitor: exported, then erased; the appointment stays, anonymous.
    auto service = Appointments::open(agenda.cat.db(), agenda.cat.clock());
    REQUIRE(service.ok());
    Appointment a;
    a.day = QDate(2027, 1, 6);
    a.startMin = 14 * 60;
    a.visitor.kind = Visitor::Kind::Named;
    a.visitor.name = QStringLiteral("Durand, Sophie");
    a.visitor.commune = QStringLiteral("Bobigny");
    auto booked = service->book(a);
    REQUIRE(booked.ok());
    REQUIRE(booked->booked());
    auto found = VisitorData(agenda.cat.db(), agenda.cat.clock()).find(QStringLiteral("sophie"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    const QString file = agenda.cat.dir() + QStringLiteral("/sophie.json");
    REQUIRE(page.exportNamedVisitor(found->first().key, file));
    CHECK(infodoc::test::fileBytes(file).contains("Durand, Sophie"));
    REQUIRE(page.eraseNamedVisitor(found->first().key));
    auto after = service->find(booked->id);
    REQUIRE(after.ok());
    CHECK((*after)->visitor.kind == Visitor::Kind::Anonymous);
    CHECK((*after)->visitor.commune == QStringLiteral("Bobigny"));
    CHECK_FALSE(page.eraseNamedVisitor(found->first().key));
    CHECK_FALSE(page.message()->text().isEmpty());
}

TEST_CASE("coming back to the Appointments page shows what changed elsewhere")
{
    Agenda agenda;
    ui::AppointmentsPage page(agenda.cat.db(), agenda.cat.clock());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(
        page.grid()->model()->headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("Réunion")));
    page.hide();
    // A closure set in the Loans page's settings meanwhile.
    REQUIRE(
        Calendar::addClosure(agenda.cat.db(), QDate(2027, 1, 6), QDate(2027, 1, 6), QStringLiteral("Réunion"))
            .ok());
    page.show();
    CHECK(page.grid()->model()->headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("Réunion")));
}

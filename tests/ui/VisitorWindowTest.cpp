#include "ui/visitor/VisitorWindow.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/search/TextExtractor.h"
#include "core/visits/Appointments.h"
#include "core/visits/VisitPreparation.h"
#include "core/visits/VisitorMode.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/RecordEditor.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchResultModel.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;

namespace {

void waitForResult(ui::VisitorWindow* desk)
{
    QSignalSpy shown(desk, &ui::VisitorWindow::resultShown);
    for (int i = 0; i < 600 && (shown.isEmpty() || desk->controller()->isBusy()); ++i)
        shown.wait(100);
    REQUIRE_FALSE(shown.isEmpty());
}

QList<qint64> addRecords(TestCatalogue& cat)
{
    RecordRepository records(cat.db(), cat.clock());
    Record guide;
    guide.type = DocumentType::Guide;
    guide.title = QStringLiteral("Créer un jardin partagé");
    guide.date = QStringLiteral("2021");
    guide.callNumber = QStringLiteral("JAR 2 CRE");
    guide.copies = {{0,
                     QStringLiteral("CB-777001"),
                     QStringLiteral("JAR 2 CRE"),
                     QStringLiteral("Salle de lecture"),
                     CopyStatus::Available,
                     {}},
                    {0,
                     QStringLiteral("CB-777002"),
                     QStringLiteral("JAR 2 CRE"),
                     QStringLiteral("Réserve"),
                     CopyStatus::ReferenceOnly,
                     {}}};
    Record study;
    study.type = DocumentType::Study;
    study.title = QStringLiteral("Jardins et lien social");
    study.date = QStringLiteral("2019");
    auto ids = records.addAll({guide, study});
    REQUIRE(ids.ok());
    cat.lend(QStringLiteral("CB-777001"));
    return *ids;
}

} // namespace

TEST_CASE("the visitor desk searches and shows where to find a document, never who has it")
{
    TestCatalogue cat;
    const QList<qint64> ids = addRecords(cat);
    ui::VisitorWindow desk(cat.db(), cat.clock());
    desk.show();
    // A visitor's slip is searched as plain words; the label shows it as text.
    desk.setQuery(QStringLiteral("jardin (<b>x</b>:"));
    waitForResult(&desk);
    auto* status = desk.findChild<QLabel*>(QStringLiteral("visitorStatus"));
    REQUIRE(status);
    CHECK(status->textFormat() == Qt::PlainText);
    CHECK(status->text().contains(QStringLiteral("plain words")));
    desk.setQuery(QStringLiteral("jardin"));
    waitForResult(&desk);
    REQUIRE(desk.model()->rowCount() == 2);
    int guideRow = desk.model()->hit(0).id == ids[0] ? 0 : 1;
    desk.results()->setCurrentIndex(desk.model()->index(guideRow));
    const QString details = desk.details()->toPlainText();
    CHECK(details.contains(QStringLiteral("JAR 2 CRE")));
    CHECK(details.contains(QStringLiteral("Salle de lecture")));
    CHECK(details.contains(QStringLiteral("On loan, back on 01/04"))); // lent 2 March for 30 days
    // No barcode, nothing of the loan: never who has it.
    CHECK_FALSE(details.contains(QStringLiteral("CB-777001")));
    CHECK_FALSE(details.contains(QStringLiteral("Lecteur")));
    CHECK_FALSE(details.contains(QStringLiteral("TEST-CARD")));

    // The visitor's selection, saved as a PDF list with the call numbers.
    desk.addCurrent();
    desk.addCurrent(); // once only
    CHECK(desk.selection() == QList<qint64>{ids[0]});
    auto written = desk.saveSelection();
    REQUIRE(written.ok());
    CHECK(written->startsWith(ui::VisitorWindow::selectionFolder()));
    const ExtractedText text = TextExtractor::extractPdf(*written);
    REQUIRE(text.state == ExtractionState::Done);
    const QString all = text.pages.join(u' ');
    CHECK(all.contains(QStringLiteral("jardin partagé")));
    CHECK(all.contains(QStringLiteral("JAR 2 CRE")));
    QFile::remove(*written);
}

TEST_CASE("visitor mode cannot reach the catalogue, loans or editing, and a wrong PIN keeps it")
{
    TestCatalogue cat;
    addRecords(cat);
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();

    // The first time, the staff PIN is chosen and typed twice.
    int asked = 0;
    std::function<void(QWidget*)> typePin = [&asked, &typePin](QWidget* w) {
        auto* dialog = qobject_cast<QInputDialog*>(w);
        REQUIRE(dialog);
        CHECK(dialog->textEchoMode() == QLineEdit::Password);
        dialog->setTextValue(QStringLiteral("4821"));
        dialog->accept();
        if (++asked == 1)
            whenModal(typePin);
    };
    whenModal(typePin);
    window.enterVisitorMode();
    CHECK(asked == 2);
    ui::VisitorWindow* desk = window.visitorWindow();
    REQUIRE(desk);
    CHECK(desk->isVisible());
    CHECK(desk->isFullScreen());
    CHECK_FALSE(window.isVisible());
    CHECK(*VisitorMode(cat.db()).isActive());

    // Nothing of the staff application lives in it.
    CHECK(desk->findChildren<ui::CataloguePage*>().isEmpty());
    CHECK(desk->findChildren<ui::RecordEditor*>().isEmpty());
    CHECK(desk->findChildren<QMenuBar*>().isEmpty());
    for (QAction* action : desk->findChildren<QAction*>()) {
        for (int module = 0; module < 6; ++module)
            CHECK(action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + module)));
        CHECK(action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_N));
    }
    // The staff window's shortcuts do not reach it.
    QTest::keyClick(desk, Qt::Key_1, Qt::ControlModifier);
    CHECK_FALSE(window.isVisible());

    // Closing by accident does nothing.
    desk->close();
    CHECK(desk->isVisible());
    CHECK(*VisitorMode(cat.db()).isActive());

    // A wrong PIN keeps the mode.
    QString refusal;
    whenModal([&refusal](QWidget* w) {
        if (auto* box = qobject_cast<QMessageBox*>(w))
            refusal = box->text();
    });
    CHECK_FALSE(desk->leave(QStringLiteral("0000")));
    CHECK(refusal.contains(QStringLiteral("Wrong PIN")));
    CHECK(desk->isVisible());
    CHECK_FALSE(window.isVisible());
    CHECK(*VisitorMode(cat.db()).isActive());

    // The right one brings the staff window back and turns the mode off.
    CHECK(desk->leave(QStringLiteral("4821")));
    CHECK(window.isVisible());
    CHECK_FALSE(*VisitorMode(cat.db()).isActive());
    QTest::qWait(50);
    CHECK(window.visitorWindow() == nullptr);
}

TEST_CASE("the visitor mode opened for an appointment keeps the visitor's selection with it")
{
    TestCatalogue cat;
    const QList<qint64> ids = addRecords(cat);
    cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
    auto appointments = Appointments::open(cat.db(), cat.clock());
    REQUIRE(appointments.ok());
    Appointment a;
    a.day = QDate(2027, 1, 5);
    a.startMin = 10 * 60;
    a.visitor.kind = Visitor::Kind::Named;
    a.visitor.name = QStringLiteral("Durand, Sophie");
    auto booked = appointments->book(a);
    REQUIRE(booked.ok());
    REQUIRE(booked->booked());
    VisitPreparation preparation(cat.db(), cat.clock(), *appointments);
    REQUIRE(preparation.select(booked->id, {ids.at(1)}).ok()); // prepared by the documentalist

    VisitorMode mode(cat.db());
    REQUIRE(mode.setPin(QStringLiteral("2468")).ok());
    REQUIRE(mode.enter(booked->id).ok());
    CHECK(*mode.appointment() == booked->id);
    {
        ui::VisitorWindow desk(cat.db(), cat.clock());
        desk.show();
        CHECK(desk.selection() == QList<qint64>{ids.at(1)}); // the prepared one is there
        desk.setQuery(QStringLiteral("jardin partagé"));
        waitForResult(&desk);
        desk.results()->setCurrentIndex(desk.model()->index(0, 0));
        desk.addCurrent();
        // Nothing personal shows: not even the visitor's own name.
        CHECK_FALSE(desk.details()->toPlainText().contains(QStringLiteral("Durand")));
        REQUIRE(desk.leave(QStringLiteral("2468")));
    }
    auto items = preparation.selection(booked->id);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    CHECK(items->at(1).document.recordId == ids.at(0));
    CHECK(items->at(1).chosenBy == VisitPreparation::ChosenBy::Visitor);
    CHECK(*mode.appointment() == 0); // left: the next visitor starts afresh
    // A restart in visitor mode without an appointment keeps nothing.
    REQUIRE(mode.enter().ok());
    ui::VisitorWindow next(cat.db(), cat.clock());
    CHECK(next.selection().isEmpty());
}

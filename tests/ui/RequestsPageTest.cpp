#include "ui/requests/RequestsPage.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/requests/Requests.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/TermListEdit.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::child;
using infodoc::test::TestCatalogue;

namespace {

// Monday 4 January 2027, 9:00 in Paris.
struct Desk
{
    TestCatalogue cat;
    qint64 record = 0;

    Desk()
    {
        cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
        Record r;
        r.type = DocumentType::Study;
        r.title = QStringLiteral("Le chômage dans les quartiers prioritaires");
        r.subjects = {QStringLiteral("Emploi")};
        auto id = RecordRepository(cat.db(), cat.clock()).add(r);
        REQUIRE(id.ok());
        record = *id;
    }
};

void typeInto(QWidget* w, const QString& text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

} // namespace

TEST_CASE("Requests page: a request logged, answered and capitalised from the keyboard")
{
    Desk desk;
    ui::RequestsPage page(desk.cat.db(), desk.cat.clock());
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto* kind = child<QComboBox>(&page, "requesterKind");
    REQUIRE(kind);
    CHECK(kind->currentData().toInt() == int(Visitor::Kind::Named));
    typeInto(child<QLineEdit>(&page, "requesterName"), QStringLiteral("Durand, Sophie"));
    typeInto(child<QLineEdit>(&page, "requesterCommune"), QStringLiteral("Bobigny"));
    auto* subjects = child<ui::TermListEdit>(&page, "requestSubjects");
    REQUIRE(subjects);
    REQUIRE(subjects->addTyped(QStringLiteral("QPV")));
    typeInto(child<QPlainTextEdit>(&page, "requestQuestion"),
             QStringLiteral("Des chiffres du chomage en QPV ?"));
    // Ctrl+S saves.
    QTest::keyClick(child<QPlainTextEdit>(&page, "requestQuestion"), Qt::Key_S, Qt::ControlModifier);
    INFO(page.message()->text().toStdString());
    REQUIRE(page.currentId() > 0);
    const qint64 id = page.currentId();
    REQUIRE(page.list()->topLevelItemCount() == 1);
    CHECK(page.list()->topLevelItem(0)->text(2) == QStringLiteral("Durand, Sophie"));

    // Minutes by hand, then the answer with a record given.
    REQUIRE(page.addMinutes(25));
    CHECK(child<QListWidget>(&page, "requestTimes")->count() == 1);
    CHECK(child<QLabel>(&page, "requestTotalTime")->text().contains(QStringLiteral("25")));
    child<QTextEdit>(&page, "requestAnswer")->setPlainText(QStringLiteral("L’étude de l’observatoire."));
    auto* records = child<QLineEdit>(&page, "requestRecords");
    records->clear();
    typeInto(records, QString::number(desk.record));
    Q_EMIT records->editingFinished();
    CHECK(child<QLabel>(&page, "requestRecordTitles")->text().contains(QStringLiteral("Le chômage")));
    REQUIRE(page.markAnswered());
    auto requests = Requests::open(desk.cat.db(), desk.cat.clock());
    REQUIRE(requests.ok());
    auto saved = requests->find(id);
    REQUIRE(saved.ok());
    CHECK((*saved)->status == RequestStatus::Answered);
    CHECK((*saved)->records == QList<qint64>{desk.record});
    CHECK((*saved)->answered == QDate(2027, 1, 4));
    CHECK(*requests->totalMinutes(id) == 25);
    // Answered requests leave the default "open" list.
    CHECK(page.list()->topLevelItemCount() == 0);

    REQUIRE(page.capitalise());
    CHECK(page.message()->text().contains(QStringLiteral("record")));
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record WHERE type = 'documentary_answer'")) ==
          1);

    // A bad record number is refused, naming it, and nothing changes.
    records->setText(QStringLiteral("12x"));
    CHECK_FALSE(page.save());
    CHECK(page.message()->text().contains(QStringLiteral("12x")));
}

TEST_CASE("Requests page: quick tallies with one key, and the timer counts begun minutes")
{
    Desk desk;
    ui::RequestsPage page(desk.cat.db(), desk.cat.clock());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* theme = child<QLineEdit>(&page, "tallyTheme");
    typeInto(theme, QStringLiteral("Emploi"));
    QTest::keyClick(theme, Qt::Key_F6);
    QTest::keyClick(theme, Qt::Key_F8);
    auto tallies = QuickTallies::open(desk.cat.db(), desk.cat.clock());
    REQUIRE(tallies.ok());
    CHECK(*tallies->countOn(QDate(2027, 1, 4)) == 2);
    CHECK(child<QLabel>(&page, "tallyCount")->text().contains(QStringLiteral("2")));
    theme->setText(QStringLiteral("Pas un descripteur"));
    CHECK_FALSE(page.tally(RequestChannel::Phone));
    CHECK(page.message()->text().contains(QStringLiteral("Pas un descripteur")));
    CHECK(*tallies->countOn(QDate(2027, 1, 4)) == 2);

    // The timer: a request is saved first, then started and stopped (at least a minute counts).
    typeInto(child<QLineEdit>(&page, "requesterName"), QStringLiteral("Petit, Marc"));
    typeInto(child<QPlainTextEdit>(&page, "requestQuestion"), QStringLiteral("Une question"));
    QTest::keyClick(&page, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(page.currentId() > 0);
    QTest::keyClick(&page, Qt::Key_T, Qt::ControlModifier);
    auto requests = Requests::open(desk.cat.db(), desk.cat.clock());
    REQUIRE(requests.ok());
    CHECK(*requests->totalMinutes(page.currentId()) == 1);
}

TEST_CASE("Requests page: a refused request says why and keeps the form")
{
    Desk desk;
    ui::RequestsPage page(desk.cat.db(), desk.cat.clock());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    typeInto(child<QLineEdit>(&page, "requesterName"), QStringLiteral("Durand, Sophie"));
    CHECK_FALSE(page.save()); // no question
    CHECK(page.message()->text().contains(QStringLiteral("question")));
    CHECK(page.currentId() == 0);
    CHECK(child<QLineEdit>(&page, "requesterName")->text() == QStringLiteral("Durand, Sophie"));
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM info_request")) == 0);
}

#include "ui/settings/WelcomeDialog.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/output/CentreIdentity.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace infodoc;
using infodoc::test::child;

namespace {
core::FixedClock& welcomeClock()
{
    static core::FixedClock c(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    return c;
}
} // namespace

TEST_CASE("the welcome creates the centre's catalogue from the keyboard")
{
    QTemporaryDir dir;
    QTemporaryDir drive;
    ui::WelcomeDialog welcome(welcomeClock());
    const QString proposed = dir.filePath(QStringLiteral("catalogue.sqlite"));
    welcome.setProposedPath(proposed);
    welcome.show();
    REQUIRE(QTest::qWaitForWindowExposed(&welcome));
    // The first choice has the focus: Enter opens the form, the name field ready.
    auto* create = child<QCommandLinkButton>(&welcome, "createCentre");
    create->setFocus();
    QTest::keyClick(create, Qt::Key_Space);
    QTRY_VERIFY(child<QLineEdit>(&welcome, "centreName")->hasFocus());
    QTest::keyClicks(child<QLineEdit>(&welcome, "centreName"), QStringLiteral("CRPV du Val-d'Oise"));
    child<QPlainTextEdit>(&welcome, "centreAddress")
        ->setPlainText(QStringLiteral("2 rue des Italiens\n95000 Cergy"));
    CHECK(child<QLineEdit>(&welcome, "cataloguePath")->text() == QDir::toNativeSeparators(proposed));
    child<QLineEdit>(&welcome, "backupFolder")->setText(drive.path());
    child<QCheckBox>(&welcome, "backupsOn")->setChecked(true);
    QTest::keyClick(child<QLineEdit>(&welcome, "centreName"), Qt::Key_Return);
    QTRY_VERIFY(welcome.result() == QDialog::Accepted);
    CHECK(welcome.choice() == ui::WelcomeDialog::Choice::Created);
    CHECK(welcome.cataloguePath() == QFileInfo(proposed).absoluteFilePath());

    auto db = core::Database::open(welcome.cataloguePath(), core::Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    CHECK(core::CentreSettings(**db).load()->name == QStringLiteral("CRPV du Val-d'Oise"));
    auto policy = core::AutomaticBackups::policy(**db);
    REQUIRE(policy.ok());
    CHECK(policy->enabled);

    // The next proposal does not take the same name.
    ui::WelcomeDialog next(welcomeClock());
    next.setProposedPath(proposed);
    CHECK(child<QLineEdit>(&next, "cataloguePath")->text().endsWith(QStringLiteral("catalogue-2.sqlite")));
}

TEST_CASE("the welcome refuses a centre without a name and keeps the form")
{
    QTemporaryDir dir;
    ui::WelcomeDialog welcome(welcomeClock());
    welcome.setProposedPath(dir.filePath(QStringLiteral("catalogue.sqlite")));
    welcome.showCentreForm(false);
    QString warning;
    infodoc::test::whenModal([&warning](QWidget* w) { warning = qobject_cast<QMessageBox*>(w)->text(); });
    CHECK_FALSE(welcome.createCentre());
    CHECK(warning.contains(QStringLiteral("centre's name")));
    CHECK(welcome.choice() == ui::WelcomeDialog::Choice::None);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("the welcome opens the demonstration catalogue, or nothing when cancelled")
{
    QTemporaryDir dir;
    SECTION("demonstration")
    {
        ui::WelcomeDialog welcome(welcomeClock());
        welcome.setDemoPath(dir.filePath(QStringLiteral("demo.sqlite")));
        welcome.setDemoRecords(30);
        REQUIRE(welcome.openDemo());
        CHECK(welcome.choice() == ui::WelcomeDialog::Choice::Demo);
        auto db = core::Database::open(welcome.cataloguePath(), core::Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        CHECK(*core::RecordRepository(**db, welcomeClock()).count() == 30);
    }
    SECTION("quit")
    {
        ui::WelcomeDialog welcome(welcomeClock());
        welcome.setProposedPath(dir.filePath(QStringLiteral("catalogue.sqlite")));
        welcome.show();
        QTest::keyClick(&welcome, Qt::Key_Escape);
        CHECK(welcome.result() == QDialog::Rejected);
        CHECK(welcome.choice() == ui::WelcomeDialog::Choice::None);
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("import: the centre's catalogue first")
    {
        ui::WelcomeDialog welcome(welcomeClock());
        welcome.setProposedPath(dir.filePath(QStringLiteral("catalogue.sqlite")));
        welcome.showCentreForm(true);
        child<QLineEdit>(&welcome, "centreName")->setText(QStringLiteral("CRPV"));
        REQUIRE(welcome.createCentre());
        CHECK(welcome.choice() == ui::WelcomeDialog::Choice::Import);
    }
}

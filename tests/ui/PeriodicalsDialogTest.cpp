#include "ui/catalog/PeriodicalsDialog.h"
#include "UiSupport.h"
#include "core/catalog/Periodicals.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("Periodicals dialog: a scanned issue is received with Enter, late issues listed and claimed")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC));
    Periodical p;
    p.title = QStringLiteral("Territoires");
    p.issn = QStringLiteral("0399-0648");
    p.publisher = QStringLiteral("ADELS");
    p.frequency = Frequency::Monthly;
    p.firstNumber = 40;
    p.firstExpected = QDate(2026, 9, 5);
    REQUIRE(Periodicals(cat.db(), cat.clock()).add(p).ok());

    ui::PeriodicalsDialog dialog(cat.db(), cat.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.titles()->count() == 1);
    // Four issues expected by now (40 to 43; 44 is due tomorrow), none received.
    CHECK(dialog.issues()->topLevelItemCount() == 4);

    // The scanner types the EAN-13 and presses Enter: the dialog stays open.
    QTest::keyClicks(dialog.scan(), QStringLiteral("9770399064006"));
    QTest::keyClick(dialog.scan(), Qt::Key_Return);
    INFO(dialog.message()->text().toStdString());
    CHECK(dialog.isVisible());
    CHECK(dialog.message()->text().contains(QStringLiteral("40")));
    CHECK(dialog.scan()->text().isEmpty());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record WHERE type = 'periodical_issue'")) == 1);
    // A misread code is said, and nothing is received.
    QTest::keyClicks(dialog.scan(), QStringLiteral("9770399064007"));
    QTest::keyClick(dialog.scan(), Qt::Key_Return);
    CHECK(dialog.message()->text().contains(QStringLiteral("EAN-13")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record WHERE type = 'periodical_issue'")) == 1);

    REQUIRE(dialog.receiveNext()); // 41
    dialog.showLate();
    // 42 (5 Nov) and 43 (5 Dec) are past their 15 days of grace; 44 (5 Jan) is not.
    REQUIRE(dialog.issues()->topLevelItemCount() == 2);
    CHECK(dialog.issues()->topLevelItem(0)->text(1) == QStringLiteral("42"));
    const QString path = cat.dir() + QStringLiteral("/claim.odt");
    REQUIRE(dialog.writeClaim(path));
    CHECK(QFile::exists(path));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM periodical_issue WHERE claims = 1")) == 2);
}

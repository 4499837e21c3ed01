#include "ui/reports/ReportsPage.h"
#include "UiSupport.h"
#include "core/requests/Requests.h"
#include "core/storage/Settings.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("Reports page: the year's report with its charts, computed again with Ctrl+R, exported")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    Requests requests(cat.db(), cat.clock(), Calendar({1, 2, 3, 4, 5}, {}, QTimeZone::systemTimeZone()));
    InfoRequest r;
    r.requester.kind = Visitor::Kind::Anonymous;
    r.requester.structureType = StructureType::Association;
    r.subjects = {QStringLiteral("Emploi")};
    r.question = QStringLiteral("Une question");
    REQUIRE(requests.add(r).ok());

    ui::ReportsPage page(cat.db(), cat.clock());
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // Shown: computed for this calendar year, every section in its tab.
    REQUIRE(page.report().has_value());
    CHECK(page.report()->from == QDate(2026, 1, 1));
    CHECK(page.sections()->count() == 6);
    CHECK(page.report()->figure(QStringLiteral("requests"), QStringLiteral("received")) == 1);
    CHECK_FALSE(page.findChildren<QChartView*>().isEmpty());

    // Another request, then Ctrl+R.
    r.question = QStringLiteral("Une autre question");
    REQUIRE(requests.add(r).ok());
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
    CHECK(page.report()->figure(QStringLiteral("requests"), QStringLiteral("received")) == 2);

    // The introduction goes into the document and is kept.
    auto* introduction = page.findChild<QPlainTextEdit*>(QStringLiteral("reportIntroduction"));
    REQUIRE(introduction);
    introduction->setPlainText(QStringLiteral("Une année riche."));
    const QString pdf = cat.dir() + QStringLiteral("/rapport.pdf");
    REQUIRE(page.exportTo(pdf));
    CHECK(QFile(pdf).size() > 1000);
    auto kept = Settings::values(cat.db(), QStringLiteral("reports."), "test");
    REQUIRE(kept.ok());
    CHECK(kept->value(QStringLiteral("reports.introduction")) == QStringLiteral("Une année riche."));
    CHECK_FALSE(page.exportTo(cat.dir() + QStringLiteral("/rapport.docx")));
    CHECK(page.message()->text().contains(QStringLiteral("docx")));
    REQUIRE(page.exportTo(cat.dir() + QStringLiteral("/rapport.xlsx")));
}

#include "ui/settings/BackupsDialog.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/storage/AutomaticBackups.h"
#include "support/TestCatalogue.h"
#include "ui/main/MainWindow.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace infodoc;
using infodoc::test::child;
using infodoc::test::TestCatalogue;

namespace {
void addBook(TestCatalogue& cat, const QString& title)
{
    core::RecordRepository records(cat.db(), cat.clock());
    core::Record r;
    r.title = title;
    REQUIRE(records.add(r).ok());
}
} // namespace

TEST_CASE("the backups dialog keeps the policy, writes a backup and shows each one's state")
{
    TestCatalogue cat;
    addBook(cat, QStringLiteral("Guide de la participation"));
    QTemporaryDir folder;
    ui::BackupsDialog dialog(cat.db(), cat.clock());
    dialog.show();
    // Nothing set yet: no folder, no list, no error.
    CHECK(dialog.list()->topLevelItemCount() == 0);
    CHECK(dialog.listError().isEmpty());

    child<QCheckBox>(&dialog, "backupEnabled")->setChecked(true);
    child<QLineEdit>(&dialog, "backupFolder")->setText(QDir::toNativeSeparators(folder.path()));
    child<QSpinBox>(&dialog, "keepDays")->setValue(3);
    child<QCheckBox>(&dialog, "backupDaily")->setChecked(true);
    child<QTimeEdit>(&dialog, "backupTime")->setTime(QTime(17, 30));
    REQUIRE(dialog.savePolicy());
    auto policy = core::AutomaticBackups::policy(cat.db());
    REQUIRE(policy.ok());
    CHECK(policy->enabled);
    CHECK(policy->daily == 3);
    CHECK(policy->at == QTime(17, 30));
    CHECK(policy->folder == QFileInfo(folder.path()).absoluteFilePath());

    dialog.backUpNow();
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    QTreeWidgetItem* row = dialog.list()->topLevelItem(0);
    CHECK(row->text(3) == QStringLiteral("verified"));
    CHECK(row->text(2) == QStringLiteral("1"));
    const QString path = row->data(0, Qt::UserRole).toString();

    // Damaged on the drive: shown as such when the list is read again.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write("not a database any more");
    }
    dialog.reload();
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(3).startsWith(QStringLiteral("damaged")));

    // The drive unplugged: the list says so rather than showing none.
    REQUIRE(folder.remove());
    dialog.reload();
    CHECK(dialog.list()->topLevelItemCount() == 0);
    CHECK(dialog.listError().contains(QStringLiteral("cannot be found")));

    // A policy that cannot be kept is refused with its reason.
    QString warning;
    infodoc::test::whenModal([&warning](QWidget* w) { warning = qobject_cast<QMessageBox*>(w)->text(); });
    CHECK_FALSE(dialog.savePolicy());
    CHECK(warning.contains(QStringLiteral("does not exist")));
}

TEST_CASE("the main window writes the timed backup when it is due, and reports a folder gone")
{
    TestCatalogue cat;
    addBook(cat, QStringLiteral("Observatoire des quartiers"));
    QTemporaryDir folder;
    core::AutomaticBackups::Policy p;
    p.enabled = true;
    p.folder = folder.path();
    p.at = QTime(0, 0);
    p.atClose = false;
    REQUIRE(core::AutomaticBackups::setPolicy(cat.db(), p).ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.backUpIfDue();
    auto listed = [&] { return core::AutomaticBackups(cat.db(), cat.clock()).list(); };
    QTRY_VERIFY_WITH_TIMEOUT(listed().ok() && listed()->size() == 1, 20000);
    QTest::qWait(50);
    CHECK(listed()->first().state == core::AutomaticBackups::Backup::State::Verified);
    CHECK(window.backupProblem().isEmpty());
    // Done for today: not again.
    window.backUpIfDue();
    QTest::qWait(200);
    CHECK(listed()->size() == 1);

    // The next day, the drive is gone: the status bar says it and keeps saying it.
    cat.clock().advanceSeconds(24 * 3600);
    REQUIRE(folder.remove());
    window.backUpIfDue();
    CHECK(window.backupProblem().contains(QStringLiteral("cannot be found")));
}

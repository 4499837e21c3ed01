#include "ui/settings/SettingsDialog.h"
#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/common/Translations.h"
#include "core/output/CentreIdentity.h"
#include "core/output/Labels.h"
#include "core/requests/Requests.h"
#include "core/search/IndexSync.h"
#include "core/storage/AutomaticBackups.h"
#include "core/visits/OpeningHours.h"
#include "core/visits/VisitorMode.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/RecordListModel.h"
#include "ui/circulation/LoansPage.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/BackupsPage.h"
#include "ui/settings/CentreIdentityPage.h"
#include "ui/settings/GeneralPages.h"
#include "ui/settings/LoanRulesPage.h"
#include "ui/settings/OpeningHoursPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
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

TEST_CASE("the backups page keeps the policy, writes a backup and shows each one's state")
{
    TestCatalogue cat;
    addBook(cat, QStringLiteral("Guide de la participation"));
    QTemporaryDir folder;
    ui::BackupsPage dialog(cat.db(), cat.clock());
    dialog.show();
    // Nothing set yet: no folder, no list, no error.
    CHECK(dialog.list()->topLevelItemCount() == 0);
    CHECK(dialog.listError().isEmpty());

    child<QCheckBox>(&dialog, "backupEnabled")->setChecked(true);
    child<QLineEdit>(&dialog, "backupFolder")->setText(QDir::toNativeSeparators(folder.path()));
    child<QSpinBox>(&dialog, "keepDays")->setValue(3);
    child<QCheckBox>(&dialog, "backupDaily")->setChecked(true);
    child<QTimeEdit>(&dialog, "backupTime")->setTime(QTime(17, 30));
    REQUIRE(dialog.save());
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

    // A policy that cannot be kept is refused with its reason, on the page.
    CHECK_FALSE(dialog.save());
    CHECK(dialog.error().contains(QStringLiteral("does not exist")));
    CHECK(
        child<QLabel>(&dialog, "cataloguePath")->text().contains(QDir::toNativeSeparators(cat.db().path())));
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

TEST_CASE("a read-only catalogue says so in the status bar and is never backed up")
{
    TestCatalogue cat;
    addBook(cat, QStringLiteral("Observatoire des quartiers"));
    QTemporaryDir folder;
    core::AutomaticBackups::Policy p;
    p.enabled = true;
    p.folder = folder.path();
    p.at = QTime(0, 0);
    p.atClose = true;
    REQUIRE(core::AutomaticBackups::setPolicy(cat.db(), p).ok());
    REQUIRE(QFile::setPermissions(cat.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto opened = core::Database::open(cat.path(), core::Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    REQUIRE((*opened)->isReadOnly());
    {
        ui::MainWindow window(**opened, cat.clock());
        window.show();
        auto* label = window.findChild<QLabel*>(QStringLiteral("readOnly"));
        REQUIRE(label != nullptr);
        CHECK(label->isVisible());
        CHECK(label->text() == QStringLiteral("Read-only"));
        // The list is read as usual.
        auto* model = window.cataloguePage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->counting() && model->rowCount() == 1, 20000);
        // Due, and at closing: never written.
        window.backUpIfDue();
        QTest::qWait(300);
        CHECK(window.backupProblem().isEmpty());
        CHECK(window.close());
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    QFile::setPermissions(cat.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("the centre's identity page keeps the identity; a file that is not an image is refused")
{
    TestCatalogue cat;
    ui::CentreIdentityPage page(cat.db());
    child<QLineEdit>(&page, "centreName")->setText(QStringLiteral("CRPV du Val-d'Oise"));
    child<QPlainTextEdit>(&page, "centreAddress")
        ->setPlainText(QStringLiteral("2 rue de l'Église\n95000 Cergy"));
    child<QLineEdit>(&page, "centreEmail")->setText(QStringLiteral("contact@crpv95.example.fr"));
    const QString logo = cat.dir() + QStringLiteral("/logo.png");
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    REQUIRE(image.save(logo));
    page.setLogoFile(logo);
    const QString notImage = test::writeFile(cat.dir() + QStringLiteral("/logo.txt"), "not an image");
    QString warning;
    infodoc::test::whenModal([&warning](QWidget* w) {
        if (auto* box = qobject_cast<QMessageBox*>(w))
            warning = box->text();
    });
    page.setLogoFile(notImage);
    CHECK(warning.contains(QStringLiteral("logo.txt")));
    REQUIRE(page.save());
    const core::CentreIdentity saved = *core::CentreSettings(cat.db()).load();
    CHECK(saved.name == QStringLiteral("CRPV du Val-d'Oise"));
    CHECK(saved.address == QStringLiteral("2 rue de l'Église\n95000 Cergy"));
    CHECK_FALSE(QImage::fromData(saved.logo).isNull());
    // Read back by a new page.
    ui::CentreIdentityPage again(cat.db());
    CHECK(child<QLineEdit>(&again, "centreEmail")->text() == QStringLiteral("contact@crpv95.example.fr"));
}

TEST_CASE("a settings page that cannot be read says so and writes nothing over it")
{
    TestCatalogue cat;
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting RENAME TO setting_gone")));
    ui::CentreIdentityPage page(cat.db());
    CHECK_FALSE(page.error().isEmpty());
    CHECK_FALSE(child<QLineEdit>(&page, "centreName")->isEnabled());
    ui::OpeningHoursPage hours(cat.db(), cat.clock());
    CHECK_FALSE(hours.error().isEmpty());
    ui::StaffPage staff(cat.db());
    CHECK_FALSE(staff.error().isEmpty());
    ui::LabelsPage labels(cat.db());
    CHECK_FALSE(labels.error().isEmpty());
    // Nothing is written over what could not be read.
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting_gone RENAME TO setting")));
    CHECK(page.save());
    CHECK(hours.save());
    CHECK(staff.save());
    CHECK(labels.save());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM setting WHERE key LIKE 'centre.%' OR key LIKE "
                                    "'labels.%' OR key = 'requests.staff'")) == 0);
}

TEST_CASE("opening hours are kept from their page, a bad range refused naming the day")
{
    TestCatalogue cat;
    ui::OpeningHoursPage page(cat.db(), cat.clock());
    CHECK(page.dayEdit(1)->text() == QStringLiteral("09:30-12:30, 14:00-17:30"));
    page.dayEdit(3)->setText(QStringLiteral("14h-12h"));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QLocale().dayName(3)));
    page.dayEdit(3)->setText(QStringLiteral("9h-12h"));
    CHECK(page.save());
    CHECK(page.error().isEmpty());
    auto hours = core::OpeningHours::load(cat.db());
    REQUIRE(hours.ok());
    CHECK(core::OpeningHours::formatRanges(hours->ranges(3)) == QStringLiteral("09:00-12:00"));
}

TEST_CASE("character recognition is turned on and off from its settings page")
{
    TestCatalogue cat;
    {
        ui::OcrPage page(cat.db());
        auto* enabled = child<QCheckBox>(&page, "ocrEnabled");
        CHECK_FALSE(enabled->isChecked());
        CHECK_FALSE(child<QComboBox>(&page, "ocrLanguage")->isEnabled());
        // Without Tesseract the setting stays off and the user is told what to install.
        enabled->setChecked(true);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        CHECK_FALSE(page.save());
        qputenv("PATH", path);
        CHECK(page.error().contains(QStringLiteral("tesseract-ocr-fra")));
        CHECK(core::IndexSync::ocrLanguage(cat.db())->isEmpty());
        REQUIRE(page.save());
        CHECK(*core::IndexSync::ocrLanguage(cat.db()) == QStringLiteral("fra"));
    }
    ui::OcrPage again(cat.db());
    auto* enabled = child<QCheckBox>(&again, "ocrEnabled");
    CHECK(enabled->isChecked());
    enabled->setChecked(false);
    REQUIRE(again.save());
    CHECK(core::IndexSync::ocrLanguage(cat.db())->isEmpty());
}

TEST_CASE("the visitor mode's PIN is chosen, and changed only by whoever knows it")
{
    TestCatalogue cat;
    ui::VisitorPinPage page(cat.db());
    auto* current = child<QLineEdit>(&page, "pinCurrent");
    auto* pin = child<QLineEdit>(&page, "pinNew");
    auto* confirm = child<QLineEdit>(&page, "pinConfirm");
    CHECK_FALSE(current->isEnabled());
    CHECK(page.save()); // nothing typed: nothing changes
    CHECK_FALSE(*core::VisitorMode(cat.db()).hasPin());
    pin->setText(QStringLiteral("2468"));
    confirm->setText(QStringLiteral("2469"));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QStringLiteral("differ")));
    confirm->setText(QStringLiteral("2468"));
    REQUIRE(page.save());
    CHECK(*core::VisitorMode(cat.db()).checkPin(QStringLiteral("2468")));
    CHECK(pin->text().isEmpty());
    CHECK(current->isEnabled());

    // Changing it takes the current one.
    current->setText(QStringLiteral("1111"));
    pin->setText(QStringLiteral("13579"));
    confirm->setText(QStringLiteral("13579"));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QStringLiteral("not right")));
    CHECK(*core::VisitorMode(cat.db()).checkPin(QStringLiteral("2468")));
    current->setText(QStringLiteral("2468"));
    pin->setText(QStringLiteral("12"));
    confirm->setText(QStringLiteral("12"));
    CHECK_FALSE(page.save()); // too short, refused by the rule of the mode
    CHECK(*core::VisitorMode(cat.db()).checkPin(QStringLiteral("2468")));
    current->setText(QStringLiteral("2468"));
    pin->setText(QStringLiteral("13579"));
    confirm->setText(QStringLiteral("13579"));
    REQUIRE(page.save());
    CHECK(*core::VisitorMode(cat.db()).checkPin(QStringLiteral("13579")));
}

TEST_CASE("the centre's label sheets are kept, and the Loans page prints on them by default")
{
    TestCatalogue cat;
    ui::LabelsPage page(cat.db());
    QTableWidget* own = page.ownLayouts();
    own->insertRow(0);
    own->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Avery L7160")));
    own->setItem(0, 1, new QTableWidgetItem(QStringLiteral("3x7:63.5x38.1@15.15,7.2,2.5,0")));
    auto* sheet = child<QComboBox>(&page, "labelsSheet");
    REQUIRE(sheet->findText(QStringLiteral("Avery L7160")) >= 0);
    sheet->setCurrentText(QStringLiteral("Avery L7160"));
    auto* barcode = child<QComboBox>(&page, "labelsBarcode");
    barcode->setCurrentIndex(barcode->findData(QStringLiteral("code39")));
    REQUIRE(page.save());
    auto stored = core::Labels::preferences(cat.db());
    REQUIRE(stored.ok());
    CHECK(stored->sheet == QStringLiteral("Avery L7160"));
    CHECK(stored->barcode == QStringLiteral("code39"));
    REQUIRE(stored->own.size() == 1);
    auto resolved = stored->resolve(QStringLiteral("Avery L7160"));
    REQUIRE(resolved.ok());
    CHECK(resolved->columns == 3);
    CHECK(resolved->rows == 7);

    // The Loans page's labels tab offers it and starts on it.
    ui::LoansPage loans(cat.db(), cat.clock());
    auto* layout = child<QComboBox>(&loans, "labelLayout");
    CHECK(layout->currentText() == QStringLiteral("Avery L7160"));
    CHECK(child<QComboBox>(&loans, "labelBarcode")->currentData().toString() == QStringLiteral("code39"));

    // A sheet that cannot be read is refused, naming it; nothing is written.
    own->setItem(0, 1, new QTableWidgetItem(QStringLiteral("3 by 7")));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QStringLiteral("Avery L7160")));
    CHECK(core::Labels::preferences(cat.db())->own.first().layout ==
          QStringLiteral("3x7:63.5x38.1@15.15,7.2,2.5,0"));
    own->setItem(0, 1, new QTableWidgetItem(QStringLiteral("3x7:63.5x38.1@15.15,7.2,2.5,0")));
    own->insertRow(1);
    own->setItem(1, 0, new QTableWidgetItem(QStringLiteral("avery l7160")));
    own->setItem(1, 1, new QTableWidgetItem(QStringLiteral("3x8:70x36@4.5,0")));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QStringLiteral("Two label layouts")));
}

TEST_CASE("the staff list is kept from its page and offered to the requests")
{
    TestCatalogue cat;
    ui::StaffPage page(cat.db());
    child<QPlainTextEdit>(&page, "staffNames")
        ->setPlainText(QStringLiteral("Claire Martin\n  Karim Benali \n\nClaire Martin\n"));
    REQUIRE(page.save());
    auto staff = core::Requests::staff(cat.db());
    REQUIRE(staff.ok());
    CHECK(*staff == QStringList{QStringLiteral("Claire Martin"), QStringLiteral("Karim Benali")});
    ui::StaffPage again(cat.db());
    CHECK(child<QPlainTextEdit>(&again, "staffNames")->toPlainText() ==
          QStringLiteral("Claire Martin\nKarim Benali"));
}

TEST_CASE("the interface language is kept in the user's settings, not in the catalogue")
{
    TestCatalogue cat;
    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("infodoc.conf")), QSettings::IniFormat);
    CHECK(core::interfaceLanguage(user).isEmpty());
    {
        ui::LanguagePage page(user);
        auto* language = child<QComboBox>(&page, "interfaceLanguage");
        CHECK(language->currentData().toString().isEmpty());
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        REQUIRE(page.save());
    }
    QSettings reread(dir.filePath(QStringLiteral("infodoc.conf")), QSettings::IniFormat);
    CHECK(core::interfaceLanguage(reread) == QStringLiteral("en"));
    CHECK(core::interfaceLocale(QStringLiteral("en")).language() == QLocale::English);
    CHECK(core::interfaceLocale(QStringLiteral("fr")).language() == QLocale::French);
    ui::LanguagePage page(reread);
    auto* language = child<QComboBox>(&page, "interfaceLanguage");
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    language->setCurrentIndex(0); // the system's again
    REQUIRE(page.save());
    CHECK(core::interfaceLanguage(reread).isEmpty());
}

TEST_CASE(
    "loan rules, opening days and delays are kept from the settings; a bad number is refused naming its row")
{
    TestCatalogue cat;
    ui::LoanRulesPage page(cat.db(), cat.clock());
    QTableWidget* rules = page.rules();
    REQUIRE(rules->rowCount() >= 3);
    const qint64 category = rules->item(0, 0)->data(Qt::UserRole).toLongLong();
    rules->item(0, 3)->setText(QStringLiteral("28"));
    REQUIRE(page.save());
    auto stored = core::Borrowers(cat.db(), cat.clock()).category(category);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->ruleFor(QString()).loanDays == 28);

    rules->item(1, 4)->setText(QStringLiteral("beaucoup"));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QStringLiteral("row 2")));
    CHECK(rules->currentRow() == 1);
    rules->item(1, 4)->setText(QStringLiteral("5"));

    auto* reminders = child<QLineEdit>(&page, "reminderDays");
    reminders->setText(QStringLiteral("7, quinze"));
    CHECK_FALSE(page.save());
    CHECK(page.error().contains(QStringLiteral("quinze")));
    reminders->setText(QStringLiteral("10, 30"));
    child<QCheckBox>(&page, "openDay6")->setChecked(true); // Saturday
    REQUIRE(page.save());
    auto calendar = core::Calendar::load(cat.db());
    REQUIRE(calendar.ok());
    CHECK(calendar->openWeekdays().contains(6));
    // Read back by a new page.
    ui::LoanRulesPage again(cat.db(), cat.clock());
    CHECK(again.rules()->item(0, 3)->text() == QStringLiteral("28"));
}

TEST_CASE("the settings window keeps every page, and stays on the page that cannot be kept")
{
    TestCatalogue cat;
    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("infodoc.conf")), QSettings::IniFormat);
    ui::SettingsDialog dialog(cat.db(), cat.clock(), user);
    auto* list = child<QListWidget>(&dialog, "settingsPages");
    REQUIRE(list->count() == 9);
    for (const char* key :
         {"backups", "centre", "ocr", "visitor", "hours", "loans", "labels", "staff", "language"})
        CHECK(dialog.page(QString::fromLatin1(key)) != nullptr);
    // The keyboard moves between pages.
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(dialog.currentPage()->key() == QStringLiteral("centre"));

    int changed = 0;
    QObject::connect(&dialog, &ui::SettingsDialog::settingsChanged, [&changed] { ++changed; });
    child<QLineEdit>(&dialog, "centreName")->setText(QStringLiteral("Pôle ressources ville"));
    child<QPlainTextEdit>(&dialog, "staffNames")->setPlainText(QStringLiteral("Claire Martin"));
    auto* hours = static_cast<ui::OpeningHoursPage*>(dialog.page(QStringLiteral("hours")));
    hours->dayEdit(2)->setText(QStringLiteral("midi"));
    dialog.showPage(QStringLiteral("language"));
    dialog.accept();
    // Refused: still open, on the page at fault; what came before it is kept.
    CHECK(dialog.isVisible());
    CHECK(dialog.currentPage()->key() == QStringLiteral("hours"));
    CHECK_FALSE(hours->error().isEmpty());
    CHECK(core::CentreSettings(cat.db()).load()->name == QStringLiteral("Pôle ressources ville"));
    CHECK(changed == 1);

    hours->dayEdit(2)->setText(QStringLiteral("9h-12h"));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(*core::Requests::staff(cat.db()) == QStringList{QStringLiteral("Claire Martin")});
}

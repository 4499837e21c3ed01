#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "support/LoopbackServers.h"
#include "support/TestCatalogue.h"
#include "ui/interop/CopyCatalogueDialog.h"
#include "ui/interop/ExportDialog.h"
#include "ui/interop/ImportDialog.h"
#include "ui/main/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;

namespace {

template <typename T> T* need(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

QString sample(const char* name)
{
    return QStringLiteral(INFODOC_INTEROP_SAMPLES "/") + QLatin1String(name);
}

} // namespace

TEST_CASE(
    "the import assistant: a spreadsheet's columns matched, corrected, previewed, imported with a report")
{
    TestCatalogue cat;
    const QString csv = test::writeFile(cat.dir() + QStringLiteral("/inventaire.csv"),
                                        "Titre;Auteurs;Parution;Code-barres;Descripteurs\r\n"
                                        "Les quartiers en 2020;Dupont, Marie;2020;B001;QPV\r\n"
                                        ";Sans titre, Jean;2021;;\r\n"
                                        "Habiter la ville;Martin, Paul;2019;B002;Apiculture urbaine\r\n");
    ui::ImportDialog dialog(cat.db(), cat.clock());
    dialog.setFile(csv);
    auto* format = need<QComboBox>(&dialog, "importFormat");
    CHECK(format->currentData().toInt() == int(Importer::Format::Csv));
    auto* columns = need<QTableWidget>(&dialog, "importColumns");
    REQUIRE(columns->rowCount() == 5);
    CHECK(need<QComboBox>(&dialog, "importField0")->currentData().toString() == QStringLiteral("title"));
    // "Parution" is not a name the guess knows: the documentalist says it is the date.
    auto* parution = need<QComboBox>(&dialog, "importField2");
    CHECK(parution->currentData().toString().isEmpty());
    parution->setCurrentIndex(parution->findData(QStringLiteral("date")));
    CHECK(dialog.mapping().columns.size() == 5);

    REQUIRE(dialog.preview());
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->read() == 3);
    auto* preview = need<QTableWidget>(&dialog, "importPreview");
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(1, 3)->text() == QStringLiteral("Error"));
    CHECK(preview->item(1, 4)->text().contains(QStringLiteral("Titre")));
    CHECK(need<QLabel>(&dialog, "importSummary")->text().contains(QStringLiteral("1 with errors")));
    CHECK(need<QLabel>(&dialog, "importUnmatched")->text().contains(QStringLiteral("Apiculture urbaine")));

    // With an error, the import is refused unless the valid ones are asked for; nothing is written.
    const Status refused = dialog.importRecords();
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("1 record(s) have errors")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
    need<QCheckBox>(&dialog, "importValidOnly")->setChecked(true);
    QList<qint64> signalled;
    QObject::connect(&dialog, &ui::ImportDialog::imported,
                     [&signalled](const QList<qint64>& ids) { signalled = ids; });
    REQUIRE(dialog.importRecords());
    REQUIRE(dialog.outcome());
    CHECK(dialog.outcome()->added == 2);
    CHECK(signalled.size() == 2);
    const QString report = need<QPlainTextEdit>(&dialog, "importReport")->toPlainText();
    CHECK(report.contains(QStringLiteral("2 added")));
    CHECK(report.contains(QStringLiteral("Not imported: Record 2, line 3")));
    auto saved = RecordRepository(cat.db(), cat.clock()).get(signalled.first());
    REQUIRE(saved);
    CHECK(saved->date == QStringLiteral("2020"));
    REQUIRE(saved->copies.size() == 1);
    CHECK(saved->copies.first().barcode == QStringLiteral("B001"));
}

TEST_CASE("the import assistant with the keyboard: a PMB-like UNIMARC file, then its duplicates one by one")
{
    TestCatalogue cat;
    {
        ui::ImportDialog first(cat.db(), cat.clock());
        first.show();
        auto* file = need<QLineEdit>(&first, "importFile");
        file->setFocus();
        QTest::keyClicks(file, sample("unimarc-bnf-marcjs-bib.mrc"));
        // Enter previews (the default button), Enter again imports.
        QTest::keyClick(file, Qt::Key_Return);
        REQUIRE(first.plan());
        CHECK(first.plan()->read() == 6);
        QTest::keyClick(need<QTableWidget>(&first, "importPreview"), Qt::Key_Return);
        REQUIRE(first.outcome());
        CHECK(first.outcome()->added == 6);
    }
    ui::ImportDialog again(cat.db(), cat.clock());
    again.setFile(sample("unimarc-bnf-marcjs-bib.mrc"));
    REQUIRE(again.preview());
    CHECK(again.plan()->withDuplicates() == 6);
    // All are skipped but the first, imported as new.
    auto* choice = need<QComboBox>(&again, "importChoice1");
    choice->setCurrentIndex(choice->findData(int(Importer::OnDuplicate::New)));
    REQUIRE(again.importRecords());
    CHECK(again.outcome()->added == 1);
    CHECK(again.outcome()->skipped == 5);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 7);
}

TEST_CASE("the import assistant lists PMB's custom fields; a choice changed is read again, then imported")
{
    TestCatalogue cat;
    const QString pmb =
        infodoc::test::marcFromLineFormat(QStringLiteral(INFODOC_TEST_DATA "/pmb/custom-fields.line"),
                                          cat.dir() + QStringLiteral("/pmb-export.mrc"));

    ui::ImportDialog dialog(cat.db(), cat.clock());
    dialog.show();
    dialog.setFile(pmb);
    REQUIRE(dialog.preview());
    auto* box = need<QWidget>(&dialog, "importLocalFields");
    CHECK(box->isVisible());
    auto* table = need<QTableWidget>(&dialog, "importLocalFieldsTable");
    REQUIRE(table->rowCount() == 7);
    int qpvRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == QLatin1String("cp_qpv"))
            qpvRow = row;
    REQUIRE(qpvRow >= 0);
    CHECK(table->item(qpvRow, 1)->text() == QStringLiteral("Quartier prioritaire"));
    CHECK(table->item(qpvRow, 2)->text() == QStringLiteral("2"));
    auto* target = qobject_cast<QComboBox*>(table->cellWidget(qpvRow, 4));
    REQUIRE(target);
    CHECK(target->currentData().toInt() == int(LocalFields::Target::Territories));
    CHECK(dialog.plan()->records.first().record.territories ==
          QStringList{QStringLiteral("Seine-Saint-Denis")});
    // With the keyboard: the field's list, then "Apply these choices".
    target->setFocus();
    // Keywords is just above Territories in the list.
    QTest::keyClick(target, Qt::Key_Up);
    REQUIRE(target->currentData().toInt() == int(LocalFields::Target::Keywords));
    QTest::keyClick(need<QPushButton>(&dialog, "importLocalFieldsApply"), Qt::Key_Space);
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->records.first().record.territories.isEmpty());
    CHECK(dialog.plan()->records.first().record.keywords.contains(QStringLiteral("Seine-Saint-Denis")));
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
    REQUIRE(dialog.importRecords());
    CHECK(dialog.outcome()->added == 2);
    auto saved = RecordRepository(cat.db(), cat.clock()).get(dialog.outcome()->ids.first());
    REQUIRE(saved);
    CHECK(saved->keywords.contains(QStringLiteral("Seine-Saint-Denis")));
    CHECK(saved->notes.contains(QStringLiteral("Date de saisie")));
}

TEST_CASE("the import assistant says what it cannot read, and writes nothing")
{
    TestCatalogue cat;
    ui::ImportDialog dialog(cat.db(), cat.clock());
    const QString garbage =
        test::writeFile(cat.dir() + QStringLiteral("/notes.dat"), "Rien de bibliographique ici.");
    dialog.setFile(garbage);
    const Status s = dialog.preview();
    REQUIRE_FALSE(s);
    CHECK(s.errorMessage().contains(QStringLiteral("notes.dat")));
    CHECK_FALSE(dialog.plan());
    dialog.setFile(cat.dir() + QStringLiteral("/absent.mrc"));
    REQUIRE_FALSE(dialog.preview());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
}

TEST_CASE("the export dialog writes the selection or the whole catalogue in the chosen format")
{
    TestCatalogue cat;
    {
        ui::ImportDialog dialog(cat.db(), cat.clock());
        dialog.setFile(sample("marc21-pymarc-marc.dat"));
        REQUIRE(dialog.preview());
        REQUIRE(dialog.importRecords());
    }
    ui::ExportDialog dialog(cat.db(), cat.clock(), {1, 2});
    CHECK(need<QRadioButton>(&dialog, "exportSelection")->isChecked());
    dialog.setFormat(Exporter::Format::Csv);
    CHECK(need<QLineEdit>(&dialog, "exportPath")->text().endsWith(QStringLiteral(".csv")));
    const QString csv = cat.dir() + QStringLiteral("/choix.csv");
    auto written = dialog.exportTo(csv);
    REQUIRE(written);
    CHECK(*written == 2);
    need<QRadioButton>(&dialog, "exportEverything")->setChecked(true);
    dialog.setFormat(Exporter::Format::Xlsx);
    const QString xlsx = cat.dir() + QStringLiteral("/tout.xlsx");
    written = dialog.exportTo(xlsx);
    REQUIRE(written);
    CHECK(*written == 20);
    CHECK(QFile::exists(xlsx));
    // A folder that does not exist: said, nothing written.
    auto nowhere = dialog.exportTo(cat.dir() + QStringLiteral("/absent/x.xlsx"));
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.errorMessage().contains(QStringLiteral("x.xlsx")));
}

TEST_CASE("the main window offers import and export in its File menu, with shortcuts")
{
    TestCatalogue cat;
    ui::MainWindow window(cat.db(), cat.clock());
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportAction"));
    REQUIRE(importAction);
    REQUIRE(exportAction);
    CHECK(importAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    bool opened = false;
    whenModal([&opened](QWidget* w) { opened = w->objectName() == QStringLiteral("importDialog"); });
    importAction->trigger();
    CHECK(opened);
}

TEST_CASE("copy cataloguing in the window: a search by ISBN in a Z39.50 catalogue, one record imported")
{
    test::YazTestServer ztest;
    REQUIRE(ztest.started());
    TestCatalogue cat;
    ui::CopyCatalogueDialog dialog(cat.db(), cat.clock());
    // The presets are there; the test uses yaz-ztest on the loopback address.
    CHECK(need<QComboBox>(&dialog, "copyServer")->itemText(0).startsWith(QStringLiteral("BnF")));
    RemoteCatalogue::Server server;
    server.name = QStringLiteral("ztest");
    server.protocol = RemoteCatalogue::Protocol::Z3950;
    server.address = QStringLiteral("127.0.0.1:%1/Default").arg(ztest.port());
    server.flavour = MarcFlavour::Marc21;
    server.timeoutSeconds = 5;
    dialog.setServers({server});
    dialog.show();
    // The barcode scanner types the ISBN and presses Enter: the search runs.
    auto* isbn = need<QLineEdit>(&dialog, "copyIsbn");
    isbn->setFocus();
    QTest::keyClicks(isbn, QStringLiteral("3"));
    QTest::keyClick(isbn, Qt::Key_Return);
    REQUIRE(dialog.plan());
    auto* results = need<QTableWidget>(&dialog, "copyResults");
    REQUIRE(results->rowCount() == 3);
    CHECK(need<QLabel>(&dialog, "copyStatus")->text().contains(QStringLiteral("3")));
    CHECK_FALSE(need<QLabel>(&dialog, "copyDetail")->text().isEmpty());
    qint64 signalled = 0;
    QObject::connect(&dialog, &ui::CopyCatalogueDialog::imported,
                     [&signalled](qint64 id) { signalled = id; });
    auto id = dialog.importRow(1);
    REQUIRE(id);
    CHECK(signalled == *id);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 1);
    // Searched again, the record is seen as already there.
    REQUIRE(dialog.search());
    bool seen = false;
    for (int row = 0; row < results->rowCount(); ++row)
        seen = seen || !results->item(row, 4)->text().isEmpty();
    CHECK(seen);
}

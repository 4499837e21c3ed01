#include "UiSupport.h"
#include "core/catalog/RecordRepository.h"
#include "core/search/TextExtractor.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/common/BackgroundTask.h"
#include "ui/main/MainWindow.h"
#include "ui/output/BibliographyDialog.h"
#include "ui/output/SheetExportDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

QList<qint64> addRecords(TestCatalogue& cat)
{
    QList<Record> records;
    Record book;
    book.type = DocumentType::Book;
    book.title = QStringLiteral("Habiter les grands ensembles");
    book.date = QStringLiteral("2018");
    book.publisher = QStringLiteral("La Découverte");
    book.place = QStringLiteral("Paris");
    book.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author, 0}};
    records.append(book);
    for (int i = 1; i <= 2; ++i) {
        Record sheet;
        sheet.type = DocumentType::ExperienceSheet;
        sheet.title = QStringLiteral("Un jardin partagé n°%1").arg(i);
        sheet.territories = {QStringLiteral("Sarcelles"), QStringLiteral("Les Lochères")};
        ExperienceSheet s;
        s.context = QStringLiteral("Des pelouses délaissées entre les tours.");
        s.objectives = QStringLiteral("Créer du lien entre voisins.");
        s.results = QStringLiteral("Quarante familles inscrites.");
        sheet.sheet = s;
        records.append(sheet);
    }
    RecordRepository repository(cat.db(), cat.clock());
    auto ids = repository.addAll(records);
    REQUIRE(ids);
    return *ids;
}

QString pdfText(const QString& path)
{
    const ExtractedText text = TextExtractor::extractPdf(path);
    REQUIRE(text.state == ExtractionState::Done);
    return text.pages.join(u'\n');
}

} // namespace

TEST_CASE("the bibliography dialog writes the chosen options to a PDF")
{
    TestCatalogue cat;
    const auto ids = addRecords(cat);
    ui::BibliographyDialog dialog(cat.db(), cat.clock(), {ids.at(0)});
    child<QLineEdit>(&dialog, "bibliographyTitle")->setText(QStringLiteral("Lectures pour le comité"));
    auto* style = child<QComboBox>(&dialog, "bibliographyStyle");
    style->setCurrentIndex(1);
    child<QCheckBox>(&dialog, "bibliographyHoldings")->setChecked(true);
    CHECK(dialog.options().reference.style == Iso690::Style::Numeric);
    CHECK(dialog.options().holdings);
    const QString path = cat.dir() + QStringLiteral("/biblio.pdf");
    REQUIRE(dialog.exportTo(BibliographyWriter::Format::Pdf, path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Lectures pour le comité")));
    CHECK(text.contains(QStringLiteral("1. DUPONT")));
    CHECK(text.contains(QStringLiteral("Habiter les grands ensembles")));
    // Counted for the annual report, in the clock's month.
    CHECK(cat.scalar(
              QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM output_month WHERE kind = 'bibliography' "
                             "AND month = '2026-03'")) == 1);

    // An unknown record fails the export with its number, no file, no count.
    ui::BibliographyDialog wrong(cat.db(), cat.clock(), {ids.at(0), 9999});
    const QString none = cat.dir() + QStringLiteral("/none.pdf");
    const Status s = wrong.exportTo(BibliographyWriter::Format::Pdf, none);
    REQUIRE_FALSE(s);
    CHECK(s.errorMessage().contains(QStringLiteral("9999")));
    CHECK_FALSE(QFile::exists(none));
    CHECK(cat.scalar(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM output_month")) == 1);
}

TEST_CASE("the sheet dialog says when the catalogue's template or its records cannot be read")
{
    TestCatalogue cat;
    const auto ids = addRecords(cat);
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('sheet.template', '[]')")));
    {
        ui::SheetExportDialog dialog(cat.db(), ids);
        auto* count = child<QLabel>(&dialog, "sheetCount");
        CHECK(count->text().contains(QStringLiteral("the catalogue's template")));
        CHECK(count->text().contains(QStringLiteral("built-in template is shown instead")));
        // What is shown (the built-in template) is what a sheet gets.
        CHECK(child<QListWidget>(&dialog, "sheetFields")->item(0)->checkState() == Qt::Checked);
        CHECK(dialog.sheetIds().size() == 2);
    }
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE record RENAME TO record_away")));
    ui::SheetExportDialog dialog(cat.db(), ids);
    CHECK(child<QLabel>(&dialog, "sheetCount")->text().contains(QStringLiteral("Cannot read the catalogue")));
    CHECK(dialog.sheetIds().isEmpty());
    CHECK_FALSE(child<QPushButton>(&dialog, "sheetExport")->isEnabled());
}

TEST_CASE("the sheet dialog edits the template, previews it and exports with it")
{
    TestCatalogue cat;
    const auto ids = addRecords(cat);
    ui::SheetExportDialog dialog(cat.db(), ids);
    CHECK(dialog.sheetIds() == QList<qint64>{ids.at(1), ids.at(2)});
    auto* fields = child<QListWidget>(&dialog, "sheetFields");
    REQUIRE(fields->count() == int(SheetTemplates::allFields().size()));
    auto* preview = child<QTextBrowser>(&dialog, "sheetPreview");
    CHECK(preview->toPlainText().contains(QStringLiteral("Un jardin partagé n°1")));
    CHECK(preview->toPlainText().contains(QStringLiteral("Objectives")));

    // Hide the objectives, rename the context, move the results first.
    for (int i = 0; i < fields->count(); ++i) {
        QListWidgetItem* item = fields->item(i);
        if (item->text() == SheetTemplates::label(SheetField::Objectives))
            item->setCheckState(Qt::Unchecked);
        if (item->text() == SheetTemplates::label(SheetField::Context))
            item->setText(QStringLiteral("La situation de départ"));
    }
    for (int i = 0; i < fields->count(); ++i)
        if (fields->item(i)->text() == SheetTemplates::label(SheetField::Results))
            fields->setCurrentRow(i);
    auto* up = child<QPushButton>(&dialog, "sheetFieldUp");
    for (int i = 0; i < 20; ++i)
        up->click();
    CHECK(fields->item(0)->text() == SheetTemplates::label(SheetField::Results));

    const SheetTemplate t = dialog.currentTemplate();
    CHECK(t.fields.first().field == SheetField::Results);
    bool objectives = false;
    for (const auto& f : t.fields)
        objectives = objectives || f.field == SheetField::Objectives;
    CHECK_FALSE(objectives);
    CHECK(preview->toPlainText().contains(QStringLiteral("La situation de départ")));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("Créer du lien")));

    const QString path = cat.dir() + QStringLiteral("/fiches.pdf");
    REQUIRE(dialog.exportTo(SheetWriter::Format::Pdf, path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("La situation de départ")));
    CHECK(text.contains(QStringLiteral("Un jardin partagé n°2")));
    CHECK_FALSE(text.contains(QStringLiteral("Créer du lien")));
    CHECK(text.indexOf(QStringLiteral("Results and evaluation")) <
          text.indexOf(QStringLiteral("La situation")));

    // Kept with the catalogue, found again by the next dialog.
    REQUIRE(SheetTemplates::save(cat.db(), t));
    ui::SheetExportDialog again(cat.db(), ids);
    CHECK(again.currentTemplate().fields == t.fields);
}

TEST_CASE("long work runs beside the window and can be cancelled")
{
    QWidget window;
    window.show();
    int steps = 0;
    whenModal([](QWidget* w) {
        if (auto* progress = qobject_cast<QProgressDialog*>(w))
            progress->cancel();
    });
    const Status s =
        ui::BackgroundTask::run(&window, QStringLiteral("Travail"), [&steps](const auto& progress) {
            // Stops only when cancelled: the dialog must stay responsive.
            for (steps = 0; steps < 100000; ++steps) {
                if (!progress(steps, 100000))
                    return Status(Error{QStringLiteral("stopped")});
                QThread::msleep(1);
            }
            return Status();
        });
    REQUIRE_FALSE(s);
    CHECK(s.errorMessage().contains(QStringLiteral("Cancelled")));
    CHECK(steps < 100000);
}

TEST_CASE("the Documents menu opens the dialogs for the records selected in the catalogue")
{
    TestCatalogue cat;
    const auto ids = addRecords(cat);
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* sheets = window.findChild<QAction*>(QStringLiteral("sheetsAction"));
    REQUIRE(sheets != nullptr);
    CHECK(sheets->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    // Nothing selected: a message, no dialog.
    QString seen;
    whenModal([&seen](QWidget* w) { seen = QString::fromLatin1(w->metaObject()->className()); });
    sheets->trigger();
    CHECK(seen == QStringLiteral("QMessageBox"));

    window.cataloguePage()->table()->selectAll();
    CHECK(window.cataloguePage()->selectedRecordIds().size() == 3);
    int sheetCount = 0;
    whenModal([&seen, &sheetCount](QWidget* w) {
        seen = w->objectName();
        if (auto* d = qobject_cast<ui::SheetExportDialog*>(w))
            sheetCount = int(d->sheetIds().size());
    });
    sheets->trigger();
    CHECK(seen == QStringLiteral("sheetExportDialog"));
    CHECK(sheetCount == 2);

    whenModal([&seen](QWidget* w) { seen = w->objectName(); });
    window.findChild<QAction*>(QStringLiteral("bibliographyAction"))->trigger();
    CHECK(seen == QStringLiteral("bibliographyDialog"));
}

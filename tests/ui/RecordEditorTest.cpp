#include "ui/catalog/RecordEditor.h"
#include "UiSupport.h"
#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "support/TestCatalogue.h"
#include "ui/catalog/BatchEditDialog.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/CopiesEdit.h"
#include "ui/catalog/RecordListModel.h"
#include "ui/catalog/ResponsibilitiesEdit.h"
#include "ui/catalog/TermListEdit.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::test::child;
using infodoc::test::TestCatalogue;
using infodoc::test::whenModal;
using infodoc::test::writePdf;

namespace {

QLineEdit* field(QWidget* editor, const char* name)
{
    auto* line = editor->findChild<QLineEdit*>(QStringLiteral("field_") + QLatin1String(name));
    REQUIRE(line);
    return line;
}

// Types into a line edit as a user would (QTest cannot type accented letters).
void type(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    line->del();
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(line, char(c.unicode()));
        else
            line->insert(QString(c));
    }
    Q_EMIT line->textEdited(line->text());
}

} // namespace

TEST_CASE("a record is created in the form with inline validation, a subject, a copy and a PDF, then found "
          "by search")
{
    TestCatalogue cat;
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    const QString pdf = writePdf(cat.dir() + QStringLiteral("/diagnostic.pdf"),
                                 {QStringLiteral("Sommaire."), QStringLiteral("Méthode de l'enquête."),
                                  QStringLiteral("Les copropriétés dégradées du quartier.")});

    qint64 created = 0;
    whenModal([&](QWidget* w) {
        auto* editor = qobject_cast<ui::RecordEditor*>(w);
        REQUIRE(editor);
        auto* typeBox = child<QComboBox>(editor, "recordType");
        typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("study")));
        type(field(editor, "title"), QStringLiteral("Diagnostic des copropriétés de la Dame Blanche"));
        type(field(editor, "date"), QStringLiteral("2023-13"));
        type(field(editor, "isbn"), QStringLiteral("978-2-13-058804-8"));
        // Validation as you type, under the fields, naming the mistake.
        QTest::qWait(400);
        const auto problems = editor->shownProblems();
        CHECK(problems.value(QStringLiteral("date")).contains(QStringLiteral("2023-13")));
        CHECK(problems.contains(QStringLiteral("isbn")));
        CHECK_FALSE(problems.contains(QStringLiteral("title")));
        // Saving is refused while they remain; nothing is written.
        editor->accept();
        CHECK(editor->isVisible());
        CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
        type(field(editor, "date"), QStringLiteral("2023-05"));
        type(field(editor, "isbn"), QStringLiteral("978-2-13-058804-7"));
        QTest::qWait(400);
        CHECK(editor->shownProblems().isEmpty());

        // A non-preferred term typed leads to its descriptor; an unknown one is refused.
        auto* subjects = child<ui::TermListEdit>(editor, "recordSubjects");
        CHECK(subjects->addTyped(QStringLiteral("HLM")));
        CHECK_FALSE(subjects->addTyped(QStringLiteral("Mot inconnu du thésaurus")));
        CHECK(subjects->terms() == QStringList{QStringLiteral("Logement social")});
        auto* territories = child<ui::TermListEdit>(editor, "recordTerritories");
        CHECK(territories->addTyped(QStringLiteral("sarcelles")));
        CHECK(territories->terms() == QStringList{QStringLiteral("Sarcelles")});

        auto* copiesEdit = editor->findChild<ui::CopiesEdit*>();
        REQUIRE(copiesEdit);
        type(field(editor, "callNumber"), QStringLiteral("LOG 3 DIA"));
        copiesEdit->addCopy(QStringLiteral("LOG 3 DIA"));
        copiesEdit->table()->item(0, 0)->setText(QStringLiteral("CRPV-0001"));
        editor->addFiles({pdf});
        CHECK(editor->isModified());
        editor->accept();
        created = editor->recordId();
    });
    CHECK(window.cataloguePage()->newRecord() > 0);
    REQUIRE(created > 0);

    RecordRepository records(cat.db(), cat.clock());
    auto saved = records.get(created);
    REQUIRE(saved.ok());
    CHECK(saved->type == DocumentType::Study);
    CHECK(saved->isbn == QStringLiteral("9782130588047"));
    CHECK(saved->subjects == QStringList{QStringLiteral("Logement social")});
    REQUIRE(saved->copies.size() == 1);
    CHECK(saved->copies.first().barcode == QStringLiteral("CRPV-0001"));
    CHECK(saved->copies.first().callNumber == QStringLiteral("LOG 3 DIA"));
    REQUIRE(saved->attachments.size() == 1);
    CHECK(saved->attachments.first().fileName == QStringLiteral("diagnostic.pdf"));
    // The list shows the new record, selected.
    CHECK(window.cataloguePage()->selectedRecordIds() == QList<qint64>{created});

    // The Search page finds it, with the PDF page where the words are.
    window.showModule(ui::MainWindow::Module::Search);
    ui::SearchPage* search = window.searchPage();
    QSignalSpy shown(search, &ui::SearchPage::resultShown);
    search->setQuery(QStringLiteral("copropriétés dégradées"));
    for (int i = 0; i < 600 && (shown.isEmpty() || search->controller()->isBusy()); ++i)
        shown.wait(100);
    REQUIRE(search->model()->rowCount() == 1);
    CHECK(search->model()->hit(0).id == created);
    REQUIRE(search->model()->hit(0).attachments.size() == 1);
    CHECK(search->model()->hit(0).attachments.first().pages == QList<int>{3});
}

TEST_CASE("closing a changed form asks first, and Cancel keeps the changes")
{
    TestCatalogue cat;
    Record r;
    r.title = QStringLiteral("Titre d'origine");
    ui::RecordEditor editor(cat.db(), cat.clock(), r);
    editor.show();
    CHECK_FALSE(editor.isModified());
    type(field(&editor, "title"), QStringLiteral("Titre changé"));
    CHECK(editor.isModified());

    QString question;
    whenModal([&question](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        REQUIRE(box);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    editor.reject();
    CHECK(question.contains(QStringLiteral("not saved")));
    CHECK(editor.isVisible());
    CHECK(field(&editor, "title")->text() == QStringLiteral("Titre changé"));

    whenModal([](QWidget* w) { qobject_cast<QMessageBox*>(w)->button(QMessageBox::Discard)->click(); });
    editor.reject();
    CHECK_FALSE(editor.isVisible());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);
}

TEST_CASE("the form follows the document type and warns of duplicates and look-alike names")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record existing;
    existing.title = QStringLiteral("Le renouvellement urbain");
    existing.date = QStringLiteral("2015");
    existing.responsibilities = {{QStringLiteral("Dupont, Marie"), AuthorityKind::Person, Role::Author}};
    auto existingId = records.add(existing);
    REQUIRE(existingId.ok());

    Record r;
    ui::RecordEditor editor(cat.db(), cat.clock(), r);
    editor.show();
    auto* tabs = child<QTabWidget>(&editor, "recordTabs");
    auto sheetTabVisible = [tabs] {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(u'&') == QStringLiteral("Experience sheet"))
                return tabs->isTabVisible(i);
        return false;
    };
    CHECK_FALSE(sheetTabVisible());
    CHECK_FALSE(field(&editor, "containerTitle")->isVisibleTo(&editor));
    auto* typeBox = child<QComboBox>(&editor, "recordType");
    typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("experience_sheet")));
    CHECK(sheetTabVisible());
    typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("article")));
    CHECK_FALSE(sheetTabVisible());
    CHECK(field(&editor, "containerTitle")->isVisibleTo(&editor));
    typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("book")));

    // A name a letter away from an existing authority is pointed out.
    auto* names = editor.findChild<ui::ResponsibilitiesEdit*>();
    REQUIRE(names);
    names->setResponsibilities({{QStringLiteral("Dupond, Marie"), AuthorityKind::Person, Role::Author}});
    CHECK(names->similarWarning().contains(QStringLiteral("Dupont, Marie")));
    names->setResponsibilities({{QStringLiteral("Marie Dupont"), AuthorityKind::Person, Role::Author}});
    CHECK(names->similarWarning().isEmpty());

    // Nearly the same title, year and author: the warning offers to open the existing record.
    type(field(&editor, "title"), QStringLiteral("Renouvellement urbain"));
    type(field(&editor, "date"), QStringLiteral("2015"));
    QString warning;
    whenModal([&warning](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        REQUIRE(box);
        warning = box->text();
        for (QAbstractButton* b : box->buttons())
            if (b->text().remove(u'&').startsWith(QStringLiteral("Open")))
                b->click();
    });
    editor.accept();
    CHECK(warning.contains(QString::number(*existingId)));
    CHECK(editor.result() == ui::RecordEditor::OpenExisting);
    CHECK(editor.recordId() == *existingId);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 1);
}

TEST_CASE("records are duplicated and deleted from the Catalogue page")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Guide de la participation");
    r.type = DocumentType::Guide;
    r.copies = {{0, QStringLiteral("G-1"), {}, {}, CopyStatus::Available, {}}};
    auto id = records.add(r);
    REQUIRE(id.ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    ui::CataloguePage* page = window.cataloguePage();

    whenModal([](QWidget* w) {
        auto* editor = qobject_cast<ui::RecordEditor*>(w);
        REQUIRE(editor);
        // The copy carries the description, not the copies.
        CHECK(field(editor, "title")->text().startsWith(QStringLiteral("Guide de la participation")));
        CHECK(editor->record().copies.isEmpty());
        editor->accept();
    });
    const qint64 copy = page->duplicateRecord(*id);
    REQUIRE(copy > 0);
    CHECK(copy != *id);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 2);

    page->selectRecord(copy);
    whenModal([](QWidget* w) { qobject_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click(); });
    page->deleteSelected();
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 1);
    CHECK_FALSE(*records.exists(copy));
}

TEST_CASE("a batch change on the selected records says how many will change, applies, and is undone")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    QList<Record> list;
    for (int i = 0; i < 4; ++i) {
        Record r;
        r.title = QStringLiteral("Rapport %1").arg(i + 1);
        list.append(r);
    }
    list[0].territories = {QStringLiteral("Cergy")};
    auto ids = records.addAll(list);
    REQUIRE(ids.ok());
    ui::MainWindow window(cat.db(), cat.clock());
    window.show();
    ui::CataloguePage* page = window.cataloguePage();
    page->table()->selectAll();
    REQUIRE(page->selectedRecordIds().size() == 4);

    QString count;
    whenModal([&count](QWidget* w) {
        auto* dialog = qobject_cast<ui::BatchEditDialog*>(w);
        REQUIRE(dialog);
        dialog->setChange({BatchEdit::Action::AddTerritory, QStringLiteral("cergy"), {}});
        count = dialog->countText();
        dialog->accept();
    });
    CHECK(page->batchEditSelected() == 3);
    CHECK(count.contains(QStringLiteral("3 of the 4")));
    for (qint64 id : *ids)
        CHECK(records.get(id)->territories == QStringList{QStringLiteral("Cergy")});
    CHECK(page->canUndoBatch());

    // The second batch puts them back as they were.
    CHECK(page->undoBatch());
    CHECK(records.get(ids->at(0))->territories == QStringList{QStringLiteral("Cergy")});
    CHECK(records.get(ids->at(1))->territories.isEmpty());
    CHECK_FALSE(page->canUndoBatch());

    // A change that cannot apply says why and writes nothing.
    page->table()->selectAll();
    QString refusal;
    whenModal([&refusal](QWidget* w) {
        auto* dialog = qobject_cast<ui::BatchEditDialog*>(w);
        REQUIRE(dialog);
        dialog->setChange({BatchEdit::Action::SetField, QStringLiteral("2021-13"), QStringLiteral("date")});
        whenModal([&refusal](QWidget* box) { refusal = qobject_cast<QMessageBox*>(box)->text(); },
                  &QMessageBox::staticMetaObject);
        dialog->accept();
    });
    CHECK(page->batchEditSelected() == -1);
    CHECK(refusal.contains(QStringLiteral("2021-13")));
    CHECK(records.get(ids->at(2))->date.isEmpty());
}

TEST_CASE("files dropped on the form are attached when it is saved")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Dossier de presse");
    auto id = records.add(r);
    REQUIRE(id.ok());
    ui::RecordEditor editor(cat.db(), cat.clock(), *records.get(*id));
    editor.show();
    const QString pdf =
        writePdf(cat.dir() + QStringLiteral("/revue.pdf"), {QStringLiteral("Revue de presse.")});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(pdf)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&editor, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&editor, &drop);
    CHECK(editor.isModified());
    CHECK(editor.findChild<QListWidget*>(QStringLiteral("recordFiles"))->count() == 1);
    editor.accept();
    const auto saved = records.get(*id);
    REQUIRE(saved->attachments.size() == 1);
    CHECK(saved->attachments.first().fileName == QStringLiteral("revue.pdf"));
}

TEST_CASE("the form warns that a chapter has no book, and saves it all the same")
{
    TestCatalogue cat;
    Record r;
    r.type = DocumentType::Chapter;
    r.title = QStringLiteral("Les conseils citoyens");
    ui::RecordEditor editor(cat.db(), cat.clock(), r);
    editor.show();
    type(field(&editor, "title"), QStringLiteral("Les conseils citoyens, dix ans après"));
    QTest::qWait(400);
    CHECK(editor.shownProblems().value(QStringLiteral("containerTitle")).contains(QStringLiteral("book")));
    editor.accept();
    CHECK_FALSE(editor.isVisible());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record WHERE type = 'chapter'")) == 1);

    type(field(&editor, "containerTitle"), QStringLiteral("Quartiers populaires"));
    QTest::qWait(400);
    CHECK_FALSE(editor.shownProblems().contains(QStringLiteral("containerTitle")));
}

TEST_CASE("a copy on loan shows its due date read-only; 'on loan' is not offered by hand")
{
    ui::CopiesEdit edit;
    core::Copy out{1, QStringLiteral("B-1"), {}, {}, core::CopyStatus::OnLoan, QDate(2027, 3, 22)};
    core::Copy shelf{2, QStringLiteral("B-2"), {}, {}, core::CopyStatus::Available, {}};
    edit.setCopies({out, shelf});
    auto* outStatus = static_cast<QComboBox*>(edit.table()->cellWidget(0, 3));
    auto* shelfStatus = static_cast<QComboBox*>(edit.table()->cellWidget(1, 3));
    REQUIRE(outStatus);
    REQUIRE(shelfStatus);
    CHECK_FALSE(outStatus->isEnabled());
    CHECK(outStatus->currentText().contains(QLocale().toString(QDate(2027, 3, 22), QLocale::ShortFormat)));
    CHECK(shelfStatus->findData(QStringLiteral("on_loan")) == -1);
    CHECK(edit.copies().at(0).status == core::CopyStatus::OnLoan); // saved as read: the loan stays
    CHECK(edit.copies().at(1).status == core::CopyStatus::Available);
}

TEST_CASE("a form whose record was saved elsewhere meanwhile says so, saves nothing and keeps what was typed")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    Record r;
    r.title = QStringLiteral("Diagnostic du quartier");
    r.date = QStringLiteral("2022");
    auto id = records.add(r);
    REQUIRE(id.ok());
    auto read = records.get(*id);
    REQUIRE(read.ok());
    ui::RecordEditor editor(cat.db(), cat.clock(), *read);
    editor.show();
    type(field(&editor, "title"), QStringLiteral("Diagnostic du quartier des Chardonnerets"));

    // Meanwhile, infodoc-cli (another connection) adds a keyword.
    auto other = cat.openAgain();
    RecordRepository there(*other, cat.clock());
    auto theirs = there.get(*id);
    REQUIRE(theirs.ok());
    theirs->keywords = {QStringLiteral("REP+")};
    REQUIRE(there.update(*theirs).ok());

    QString said;
    whenModal([&said](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        REQUIRE(box);
        said = box->text();
    });
    editor.accept();
    CHECK(said.contains(QStringLiteral("n° %1").arg(*id)));
    CHECK(said.contains(QStringLiteral("changed elsewhere")));
    CHECK(editor.isVisible()); // the form stays open, with what was typed
    CHECK(field(&editor, "title")->text() == QStringLiteral("Diagnostic du quartier des Chardonnerets"));
    auto stored = records.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Diagnostic du quartier"));
    CHECK(stored->keywords == QStringList{QStringLiteral("REP+")});
}

#include "ui/catalog/RecordEditor.h"

#include "core/catalog/RecordSaver.h"

#include "core/catalog/AuthorityRepository.h"
#include "core/catalog/RecordJson.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/RecordValidator.h"
#include "core/catalog/Territories.h"
#include "core/catalog/Thesaurus.h"
#include "core/storage/Database.h"
#include "ui/catalog/AttachmentsEdit.h"
#include "ui/catalog/CopiesEdit.h"
#include "ui/catalog/ResponsibilitiesEdit.h"
#include "ui/catalog/TermListEdit.h"
#include "ui/common/Completion.h"
#include "ui/common/TypeIcons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

QString objectNameFor(const QString& field)
{
    return QStringLiteral("field_") + QString(field).replace(u'.', u'_');
}

bool isPartOfWhole(DocumentType type)
{
    return type == DocumentType::Article || type == DocumentType::Chapter ||
           type == DocumentType::PeriodicalIssue;
}

bool usesIssn(DocumentType type)
{
    return type == DocumentType::Article || type == DocumentType::PeriodicalIssue;
}

bool usesIsbn(DocumentType type)
{
    return type != DocumentType::Article && type != DocumentType::PeriodicalIssue &&
           type != DocumentType::WebResource && type != DocumentType::ExperienceSheet;
}

} // namespace

RecordEditor::RecordEditor(Database& db, const Clock& clock, const Record& record, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock),
      m_authorities(std::make_unique<AuthorityRepository>(db, clock)), m_original(record)
{
    setObjectName(QStringLiteral("recordEditor"));
    setWindowTitle(record.id ? tr("Record n° %1").arg(record.id) : tr("New record"));
    setAcceptDrops(true);
    resize(860, 760);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("recordType"));
    m_type->setAccessibleName(tr("Document type"));
    for (DocumentType type : Vocabulary::documentTypes())
        m_type->addItem(documentTypeIcon(style(), type), Vocabulary::label(type), Vocabulary::key(type));
    auto* typeLabel = new QLabel(tr("Document &type:"), this);
    typeLabel->setBuddy(m_type);
    auto* top = new QHBoxLayout;
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    top->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    setUpDescription(m_tabs);
    setUpIndexing(m_tabs);
    m_copies = new CopiesEdit(this);
    m_tabs->addTab(m_copies, tr("C&opies"));
    setUpSheet(m_tabs);
    m_attachments = new AttachmentsEdit(db, clock, record.attachments, this);
    m_tabs->addTab(m_attachments, tr("&Files"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recordProblems"));
    m_summary->setStyleSheet(QStringLiteral("color:#b00020"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditor::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &RecordEditor::validate);

    load(record);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        typeChanged();
        changed();
    });
    connect(m_responsibilities, &ResponsibilitiesEdit::changed, this, &RecordEditor::changed);
    connect(m_subjects, &TermListEdit::changed, this, &RecordEditor::changed);
    connect(m_territories, &TermListEdit::changed, this, &RecordEditor::changed);
    connect(m_copies, &CopiesEdit::changed, this, &RecordEditor::changed);
    connect(m_attachments, &AttachmentsEdit::changed, this, &RecordEditor::changed);
    connect(m_language, &QComboBox::currentTextChanged, this, &RecordEditor::changed);
    for (QLineEdit* line : std::as_const(m_lines))
        connect(line, &QLineEdit::textEdited, this, &RecordEditor::changed);
    for (QPlainTextEdit* text : std::as_const(m_texts))
        connect(text, &QPlainTextEdit::textChanged, this, &RecordEditor::changed);
    connect(m_lines.value(QStringLiteral("title")), &QLineEdit::textEdited, this,
            [this] { m_titleTouched = true; });
    connect(m_lines.value(QStringLiteral("callNumber")), &QLineEdit::textChanged, m_copies,
            &CopiesEdit::setDefaultCallNumber);
    // The form as loaded is the reference for "modified".
    m_originalJson = QJsonDocument(RecordJson::toJson(this->record())).toJson(QJsonDocument::Compact);
    validate();
    m_lines.value(QStringLiteral("title"))->setFocus(Qt::OtherFocusReason);
}

RecordEditor::~RecordEditor()
{
    // The fields go first, while the repositories they call are still alive.
    delete m_tabs;
}

QLabel* RecordEditor::addRow(QGridLayout* grid, const QString& label, QWidget* field, QWidget* buddy)
{
    const int row = grid->rowCount();
    auto* text = new QLabel(label, field->parentWidget());
    text->setBuddy(buddy ? buddy : field);
    text->setContentsMargins(0, 4, 0, 0); // level with the text of the field
    grid->addWidget(text, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(field, row, 1);
    m_labels.insert(field, text);
    return text;
}

QLineEdit* RecordEditor::addLine(QGridLayout* form, const QString& label, const char* field,
                                 const QString& hint)
{
    const QString key = QLatin1String(field);
    auto* line = new QLineEdit(this);
    line->setObjectName(objectNameFor(key));
    line->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    if (!hint.isEmpty())
        line->setPlaceholderText(hint);
    auto* problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color:#b00020"));
    problem->setWordWrap(true);
    problem->hide();
    auto* box = new QWidget(this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(1);
    boxLayout->addWidget(line);
    boxLayout->addWidget(problem);
    addRow(form, label, box, line);
    m_lines.insert(key, line);
    m_problemLabels.insert(key, problem);
    return line;
}

QPlainTextEdit* RecordEditor::addText(QGridLayout* form, const QString& label, const char* field, int lines)
{
    const QString key = QLatin1String(field);
    auto* text = new QPlainTextEdit(this);
    text->setObjectName(objectNameFor(key));
    text->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    text->setTabChangesFocus(true);
    text->setFixedHeight(text->fontMetrics().lineSpacing() * lines + 12);
    addRow(form, label, text);
    m_texts.insert(key, text);
    return text;
}

void RecordEditor::setUpDescription(QTabWidget* tabs)
{
    auto* page = new QWidget;
    m_description = new QGridLayout(page);
    m_description->setColumnStretch(1, 1);
    addLine(m_description, tr("T&itle:"), "title");
    addLine(m_description, tr("Subtitle:"), "subtitle");
    m_responsibilities = new ResponsibilitiesEdit(*m_authorities, page);
    addRow(m_description, tr("Authors:"), m_responsibilities);
    addLine(m_description, tr("Part of (periodical, book):"), "containerTitle");
    addLine(m_description, tr("Volume:"), "volume");
    addLine(m_description, tr("Issue:"), "issue");
    addLine(m_description, tr("Pages:"), "pages", tr("45-60"));
    addLine(m_description, tr("&Publisher:"), "publisher");
    addLine(m_description, tr("Place:"), "place");
    addLine(m_description, tr("&Date:"), "date", tr("2019, 2019-05 or 2019-05-14"));
    addLine(m_description, tr("Edition:"), "edition");
    addLine(m_description, tr("Series:"), "collection");
    addLine(m_description, tr("Number in the series:"), "collectionNumber");
    addLine(m_description, tr("ISBN:"), "isbn", tr("978-2-…"));
    addLine(m_description, tr("ISSN:"), "issn", tr("1234-5678"));
    addLine(m_description, tr("Extent:"), "extent", tr("245 p., 32 min…"));
    addLine(m_description, tr("Nature:"), "genre", tr("Activity report, PhD thesis: geography…"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("field_language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setEditable(true);
    m_language->addItem(QString(), QString());
    for (const QString& code : Vocabulary::commonLanguages())
        m_language->addItem(tr("%1 (%2)").arg(Vocabulary::languageName(code), code), code);
    addRow(m_description, tr("&Language:"), m_language);
    addLine(m_description, tr("Web address:"), "url", tr("https://…"));
    addLine(m_description, tr("Consulted on:"), "accessed", tr("2024-03-18"));
    addLine(m_description, tr("&Call number:"), "callNumber");
    m_description->setRowStretch(m_description->rowCount(), 1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(scroll, tr("D&escription"));
}

void RecordEditor::setUpIndexing(QTabWidget* tabs)
{
    auto* page = new QWidget;
    auto* form = new QGridLayout(page);
    form->setColumnStretch(1, 1);
    Database& db = m_db;
    const Clock& clock = m_clock;
    m_subjects = TermListEdit::descriptors(db, clock, tr("Subjects"), page);
    m_subjects->setObjectName(QStringLiteral("recordSubjects"));
    addRow(form, tr("&Subjects:"), m_subjects);
    m_territories = new TermListEdit(
        tr("Territories"),
        [&db, &clock](const QString& typed) { return territorySuggestions(db, clock, typed); },
        [&db, &clock](const QString& typed, QString* why) -> std::optional<QString> {
            const auto t = Territories(db, clock).find(typed);
            if (!t) {
                *why = t.errorMessage();
                return std::nullopt;
            }
            if (*t)
                return (*t)->name;
            *why = tr("“%1” is not a known territory: choose a suggested one.").arg(typed);
            return std::nullopt;
        },
        page);
    m_territories->setObjectName(QStringLiteral("recordTerritories"));
    addRow(form, tr("Te&rritories:"), m_territories);
    addLine(form, tr("&Keywords:"), "keywords", tr("Free words, separated by commas"));
    addLine(form, tr("Audience:"), "audience");
    addText(form, tr("&Abstract:"), "abstract", 6);
    addText(form, tr("&Notes:"), "notes", 3);
    form->setRowStretch(form->rowCount(), 1);
    tabs->addTab(page, tr("I&ndexing"));
}

void RecordEditor::setUpSheet(QTabWidget* tabs)
{
    auto* page = new QWidget;
    auto* form = new QGridLayout(page);
    form->setColumnStretch(1, 1);
    addText(form, tr("Context:"), "sheet.context");
    addLine(form, tr("Target public:"), "sheet.targetPublic");
    addText(form, tr("Objectives:"), "sheet.objectives");
    addText(form, tr("Actions:"), "sheet.description", 4);
    addText(form, tr("Means and funding:"), "sheet.means");
    addText(form, tr("Results and evaluation:"), "sheet.results");
    addLine(form, tr("Contact:"), "sheet.contact");
    addLine(form, tr("Start:"), "sheet.startDate", tr("2019-09"));
    addLine(form, tr("End:"), "sheet.endDate", tr("2021-06"));
    form->setRowStretch(form->rowCount(), 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_sheetTab = scroll;
    tabs->addTab(scroll, tr("E&xperience sheet"));
}

void RecordEditor::load(const Record& r)
{
    m_type->setCurrentIndex(m_type->findData(Vocabulary::key(r.type)));
    auto set = [this](const char* field, const QString& value) {
        m_lines.value(QLatin1String(field))->setText(value);
    };
    set("title", r.title);
    set("subtitle", r.subtitle);
    set("containerTitle", r.containerTitle);
    set("volume", r.volume);
    set("issue", r.issue);
    set("pages", r.pages);
    set("publisher", r.publisher);
    set("place", r.place);
    set("date", r.date);
    set("edition", r.edition);
    set("collection", r.collection);
    set("collectionNumber", r.collectionNumber);
    set("isbn", r.isbn);
    set("issn", r.issn);
    set("extent", r.extent);
    set("genre", r.genre);
    set("url", r.url);
    set("accessed", r.accessed);
    set("callNumber", r.callNumber);
    set("keywords", r.keywords.join(QStringLiteral(", ")));
    set("audience", r.audience);
    const int language = m_language->findData(r.language);
    if (language >= 0)
        m_language->setCurrentIndex(language);
    else
        m_language->setEditText(r.language);
    m_texts.value(QStringLiteral("abstract"))->setPlainText(r.abstract);
    m_texts.value(QStringLiteral("notes"))->setPlainText(r.notes);
    m_responsibilities->setResponsibilities(r.responsibilities);
    m_subjects->setTerms(r.subjects);
    m_territories->setTerms(r.territories);
    m_copies->setCopies(r.copies);
    m_copies->setDefaultCallNumber(r.callNumber);
    const ExperienceSheet sheet = r.sheet.value_or(ExperienceSheet{});
    m_texts.value(QStringLiteral("sheet.context"))->setPlainText(sheet.context);
    set("sheet.targetPublic", sheet.targetPublic);
    m_texts.value(QStringLiteral("sheet.objectives"))->setPlainText(sheet.objectives);
    m_texts.value(QStringLiteral("sheet.description"))->setPlainText(sheet.description);
    m_texts.value(QStringLiteral("sheet.means"))->setPlainText(sheet.means);
    m_texts.value(QStringLiteral("sheet.results"))->setPlainText(sheet.results);
    set("sheet.contact", sheet.contact);
    set("sheet.startDate", sheet.startDate);
    set("sheet.endDate", sheet.endDate);
    typeChanged();
}

Record RecordEditor::record() const
{
    Record r = m_original;
    r.type = Vocabulary::documentTypeFromKey(m_type->currentData().toString()).value_or(DocumentType::Book);
    auto get = [this](const char* field) { return m_lines.value(QLatin1String(field))->text().trimmed(); };
    r.title = get("title");
    r.subtitle = get("subtitle");
    r.containerTitle = get("containerTitle");
    r.volume = get("volume");
    r.issue = get("issue");
    r.pages = get("pages");
    r.publisher = get("publisher");
    r.place = get("place");
    r.date = get("date");
    r.edition = get("edition");
    r.collection = get("collection");
    r.collectionNumber = get("collectionNumber");
    r.isbn = get("isbn");
    r.issn = get("issn");
    r.extent = get("extent");
    r.genre = get("genre");
    r.url = get("url");
    r.accessed = get("accessed");
    r.callNumber = get("callNumber");
    r.audience = get("audience");
    r.keywords.clear();
    for (const QString& k : get("keywords").split(u',', Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            r.keywords.append(k.trimmed());
    const int language = m_language->findText(m_language->currentText());
    r.language = language >= 0 ? m_language->itemData(language).toString()
                               : m_language->currentText().trimmed().toLower();
    r.abstract = m_texts.value(QStringLiteral("abstract"))->toPlainText().trimmed();
    r.notes = m_texts.value(QStringLiteral("notes"))->toPlainText().trimmed();
    r.responsibilities = m_responsibilities->responsibilities();
    r.subjects = m_subjects->terms();
    r.territories = m_territories->terms();
    r.copies = m_copies->copies();
    if (r.type == DocumentType::ExperienceSheet) {
        ExperienceSheet s;
        auto text = [this](const char* field) {
            return m_texts.value(QLatin1String(field))->toPlainText().trimmed();
        };
        s.context = text("sheet.context");
        s.targetPublic = get("sheet.targetPublic");
        s.objectives = text("sheet.objectives");
        s.description = text("sheet.description");
        s.means = text("sheet.means");
        s.results = text("sheet.results");
        s.contact = get("sheet.contact");
        s.startDate = get("sheet.startDate");
        s.endDate = get("sheet.endDate");
        r.sheet = s;
    } else {
        r.sheet.reset();
    }
    return r;
}

bool RecordEditor::isModified() const
{
    return m_attachments->isModified() ||
           QJsonDocument(RecordJson::toJson(record())).toJson(QJsonDocument::Compact) != m_originalJson;
}

void RecordEditor::typeChanged()
{
    const DocumentType type =
        Vocabulary::documentTypeFromKey(m_type->currentData().toString()).value_or(DocumentType::Book);
    auto show = [this](const char* field, bool visible) {
        QLineEdit* line = m_lines.value(QLatin1String(field));
        // A field with a value stays visible whatever the type. (A grid, not a QFormLayout: hiding
        // rows of a QFormLayout writes out of bounds in Qt 6.4.)
        const bool shown = visible || !line->text().isEmpty();
        QWidget* box = line->parentWidget();
        box->setVisible(shown);
        if (QLabel* label = m_labels.value(box))
            label->setVisible(shown);
    };
    const bool part = isPartOfWhole(type);
    show("containerTitle", part);
    show("volume", part);
    show("issue", part);
    show("pages", part);
    show("issn", usesIssn(type));
    show("isbn", usesIsbn(type));
    show("accessed", type == DocumentType::WebResource);
    show("genre", type == DocumentType::Thesis || type == DocumentType::Report ||
                      type == DocumentType::Study || type == DocumentType::Dossier);
    show("edition", type != DocumentType::Article && type != DocumentType::WebResource);
    m_tabs->setTabVisible(m_tabs->indexOf(m_sheetTab), type == DocumentType::ExperienceSheet);
}

void RecordEditor::changed()
{
    m_validateTimer->start();
}

void RecordEditor::validate()
{
    m_validateTimer->stop();
    const QList<RecordValidator::Problem> problems = RecordValidator::problems(record());
    QHash<QString, QString> byField;
    QStringList others;
    for (const auto& p : problems) {
        if (p.field == QLatin1String("title") && !m_triedSave && !m_titleTouched)
            continue; // not before the user has had a chance to type it
        if (m_problemLabels.contains(p.field))
            byField.insert(p.field, p.message);
        else
            others.append(p.message);
    }
    // Warnings do not stop saving: shown where no problem is, in another colour.
    QHash<QString, QString> warnings;
    for (const auto& w : RecordValidator::warnings(record()))
        if (m_problemLabels.contains(w.field) && !byField.contains(w.field))
            warnings.insert(w.field, w.message);
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it) {
        const bool problem = byField.contains(it.key());
        const QString message = problem ? byField.value(it.key()) : warnings.value(it.key());
        it.value()->setText(message);
        it.value()->setStyleSheet(problem ? QStringLiteral("color:#b00020")
                                          : QStringLiteral("color:#7a4f00"));
        it.value()->setVisible(!message.isEmpty());
        m_lines.value(it.key())->setStyleSheet(problem ? QStringLiteral("border: 1px solid #b00020")
                                                       : QString());
        m_lines.value(it.key())->setAccessibleDescription(message);
    }
    m_summary->setText(others.join(u'\n'));
    m_summary->setVisible(!others.isEmpty());
}

QHash<QString, QString> RecordEditor::shownProblems() const
{
    QHash<QString, QString> out;
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it)
        if (!it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    if (!m_summary->text().isEmpty())
        out.insert(QStringLiteral("record"), m_summary->text());
    return out;
}

void RecordEditor::addFiles(const QStringList& paths)
{
    m_attachments->addFiles(paths);
}

void RecordEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void RecordEditor::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    m_attachments->addFiles(paths);
    m_tabs->setCurrentWidget(m_attachments);
    event->acceptProposedAction();
}

bool RecordEditor::save()
{
    m_triedSave = true;
    validate();
    const Record r = record();
    RecordSaver saver(m_db, m_clock);
    const auto review = saver.review(r);
    if (!review) {
        QMessageBox::warning(this, tr("Save the record"), review.errorMessage());
        return false;
    }
    if (!review->problems.isEmpty()) {
        // Show the first problem's field.
        const QString field = review->problems.first().field;
        if (QWidget* widget = m_lines.value(field)) {
            for (int i = 0; i < m_tabs->count(); ++i)
                if (m_tabs->widget(i)->isAncestorOf(widget))
                    m_tabs->setCurrentIndex(i);
            widget->setFocus(Qt::OtherFocusReason);
        }
        m_summary->setText(tr("The record is not saved: %1").arg(review->problems.first().message));
        m_summary->show();
        return false;
    }
    if (!review->duplicates.isEmpty()) {
        const auto& d = review->duplicates.first();
        QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"), RecordSaver::describe(d),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("duplicateWarning"));
        QPushButton* saveAnyway = box.addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
        QPushButton* open = box.addButton(tr("&Open the existing record"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open) {
            m_resultId = d.record.id;
            QDialog::done(OpenExisting);
            return false;
        }
        if (box.clickedButton() != saveAnyway)
            return false;
    }
    const auto saved = saver.save({r, m_attachments->pendingFiles(), m_attachments->detachedAttachments()},
                                  RecordSaver::Duplicates::Accept);
    if (!saved) {
        QMessageBox::warning(this, tr("Save the record"), saved.errorMessage());
        return false;
    }
    m_resultId = saved->id;
    m_attachments->saved(m_resultId);
    if (!saved->fileFailures.isEmpty())
        QMessageBox::warning(
            this, tr("Attach files"),
            tr("The record n° %1 is saved, but:\n%2").arg(m_resultId).arg(saved->fileFailures.join(u'\n')));
    return true;
}

void RecordEditor::accept()
{
    if (save())
        QDialog::accept();
}

void RecordEditor::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The record has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            accept();
            return;
        }
    }
    QDialog::reject();
}

} // namespace infodoc::ui

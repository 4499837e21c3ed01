#include "ui/interop/ImportDialog.h"

#include "core/catalog/RecordSaver.h"
#include "core/common/Clock.h"
#include "core/common/SaveFile.h"
#include "core/interop/Csv.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Lists.h"
#include "ui/interop/LocalFieldsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

// More rows than this and the preview lists only the records with something to say.
constexpr int kPreviewAll = 5000;
// Duplicates beyond this follow the choice made for all.
constexpr int kChoicesPerRecord = 500;

// BackgroundTask counts in ints: bytes and records scaled to a thousand steps.
Importer::Progress scaled(const BackgroundTask::Progress& progress)
{
    return [progress](qint64 done, qint64 total) {
        return progress(int(total > 0 ? done * 1000 / total : 0), 1000);
    };
}

QString formatLabel(Importer::Format format)
{
    switch (format) {
    case Importer::Format::Detect:
        return ImportDialog::tr("Found from the file");
    case Importer::Format::Iso2709:
        return ImportDialog::tr("MARC (ISO 2709), UNIMARC or MARC21 told apart");
    case Importer::Format::Unimarc:
        return ImportDialog::tr("UNIMARC (ISO 2709): PMB, BnF, SUDOC");
    case Importer::Format::Marc21:
        return ImportDialog::tr("MARC21 (ISO 2709)");
    case Importer::Format::MarcXml:
        return ImportDialog::tr("MARCXML");
    case Importer::Format::Ris:
        return ImportDialog::tr("RIS (Zotero, EndNote)");
    case Importer::Format::Bibtex:
        return ImportDialog::tr("BibTeX");
    case Importer::Format::CslJson:
        return ImportDialog::tr("CSL-JSON (Zotero)");
    case Importer::Format::DublinCore:
        return ImportDialog::tr("Dublin Core, OAI-PMH");
    case Importer::Format::Csv:
        return ImportDialog::tr("Spreadsheet (CSV)");
    case Importer::Format::Package:
        return ImportDialog::tr("Exchange package of a centre (.zip)");
    }
    return {};
}

QString choiceLabel(Importer::OnDuplicate choice)
{
    switch (choice) {
    case Importer::OnDuplicate::Skip:
        return ImportDialog::tr("Skip: keep the catalogue's record");
    case Importer::OnDuplicate::Merge:
        return ImportDialog::tr("Merge: fill in what the catalogue's record lacks");
    case Importer::OnDuplicate::Replace:
        return ImportDialog::tr("Replace the description (copies kept)");
    case Importer::OnDuplicate::New:
        return ImportDialog::tr("Import as a new record");
    }
    return {};
}

const Importer::OnDuplicate kChoices[] = {Importer::OnDuplicate::Skip, Importer::OnDuplicate::Merge,
                                          Importer::OnDuplicate::Replace, Importer::OnDuplicate::New};

} // namespace

ImportDialog::ImportDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Import records"));
    setObjectName(QStringLiteral("importDialog"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildResultPage());

    // Back, then the step forward, then Close, in reading order.
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next = new QPushButton(tr("&Preview >"), this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("importClose"));
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::goBack);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::goNext);
    connect(close, &QPushButton::clicked, this, [this] {
        if (m_outcome)
            accept();
        else
            reject();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addLayout(buttons);
    resize(900, 620);
    updateButtons();
}

QWidget* ImportDialog::buildFilePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout;

    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A PMB export (.mrc), a Zotero file, a spreadsheet…"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    // Editing ends on Enter and whenever the field loses focus: only a new path is read again.
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text().trimmed() != m_path)
            setFile(m_file->text().trimmed());
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (Importer::Format f :
         {Importer::Format::Detect, Importer::Format::Unimarc, Importer::Format::Marc21,
          Importer::Format::Iso2709, Importer::Format::MarcXml, Importer::Format::Ris,
          Importer::Format::Bibtex, Importer::Format::CslJson, Importer::Format::DublinCore,
          Importer::Format::Csv, Importer::Format::Package})
        m_format->addItem(formatLabel(f), int(f));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateFileOptions);
    form->addRow(tr("F&ormat:"), m_format);

    m_charset = new QComboBox(page);
    m_charset->setObjectName(QStringLiteral("importCharset"));
    m_charset->addItem(tr("Found from the bytes (the declared one is often wrong)"),
                       int(MarcCharset::Detect));
    m_charset->addItem(QStringLiteral("UTF-8"), int(MarcCharset::Utf8));
    m_charset->addItem(QStringLiteral("MARC-8"), int(MarcCharset::Marc8));
    m_charset->addItem(tr("ISO 5426 (UNIMARC)"), int(MarcCharset::Iso5426));
    m_charset->addItem(tr("ISO-8859-1 (Latin-1)"), int(MarcCharset::Latin1));
    form->addRow(tr("&Character set (MARC):"), m_charset);

    m_columnsBox = new QGroupBox(tr("The spreadsheet's columns"), page);
    m_columns = new QTableWidget(0, 2, m_columnsBox);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column of the file"), tr("Field of the record")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setTabKeyNavigation(false);
    m_listSeparator = new QLineEdit(QStringLiteral(";"), m_columnsBox);
    m_listSeparator->setObjectName(QStringLiteral("importListSeparator"));
    m_listSeparator->setMaxLength(3);
    auto* loadButton = new QPushButton(tr("&Load a mapping…"), m_columnsBox);
    loadButton->setObjectName(QStringLiteral("importLoadMapping"));
    auto* saveButton = new QPushButton(tr("&Save this mapping…"), m_columnsBox);
    saveButton->setObjectName(QStringLiteral("importSaveMapping"));
    connect(loadButton, &QPushButton::clicked, this, &ImportDialog::loadMapping);
    connect(saveButton, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    auto* columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->addWidget(
        new QLabel(tr("Say where each column goes; a column left at “—” is not imported. "
                      "The headers were matched to the fields by their names."),
                   m_columnsBox));
    columnsLayout->addWidget(m_columns, 1);
    auto* separatorRow = new QHBoxLayout;
    auto* separatorLabel = new QLabel(tr("Se&parator between several values of a cell:"), m_columnsBox);
    separatorLabel->setBuddy(m_listSeparator);
    separatorRow->addWidget(separatorLabel);
    separatorRow->addWidget(m_listSeparator);
    separatorRow->addStretch(1);
    separatorRow->addWidget(loadButton);
    separatorRow->addWidget(saveButton);
    columnsLayout->addLayout(separatorRow);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Nothing is written to the catalogue before the preview, and then only when "
                      "you choose Import."),
                   page));
    layout->addLayout(form);
    layout->addWidget(m_columnsBox, 1);
    updateFileOptions();
    return page;
}

QWidget* ImportDialog::buildPreviewPage()
{
    auto* page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(0, 6, page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("No."), tr("Line"), tr("Title"), tr("State"), tr("What was found"), tr("If already there")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line a record: the whole of what was found is in the tooltip and the report.
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_unmatched = new QLabel(page);
    m_unmatched->setObjectName(QStringLiteral("importUnmatched"));
    // Subjects read from the file: text, never markup.
    m_unmatched->setTextFormat(Qt::PlainText);
    m_unmatched->setWordWrap(true);
    m_unmatched->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_localFields = new LocalFieldsBox(page);
    m_localFields->hide();
    // A new choice: the file is read again with it (nothing is written yet).
    connect(m_localFields, &LocalFieldsBox::applyRequested, this, [this] {
        if (const Status read = preview(); !read)
            QMessageBox::warning(this, windowTitle(), read.errorMessage());
    });

    m_onDuplicate = new QComboBox(page);
    m_onDuplicate->setObjectName(QStringLiteral("importOnDuplicate"));
    for (Importer::OnDuplicate c : kChoices)
        m_onDuplicate->addItem(choiceLabel(c), int(c));
    m_validOnly = new QCheckBox(tr("Import the &valid records and leave a report of the others"), page);
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_addDescriptors =
        new QCheckBox(tr("Add the subjects the thesaurus lacks as &candidate descriptors"), page);
    m_addDescriptors->setObjectName(QStringLiteral("importAddDescriptors"));
    auto* form = new QFormLayout;
    form->addRow(tr("Possible &duplicates:"), m_onDuplicate);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_unmatched);
    layout->addWidget(m_localFields, 1);
    layout->addLayout(form);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_addDescriptors);
    return page;
}

QWidget* ImportDialog::buildResultPage()
{
    auto* page = new QWidget(this);
    m_report = new QPlainTextEdit(page);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    auto* save = new QPushButton(tr("&Save the report…"), page);
    save->setObjectName(QStringLiteral("importSaveReport"));
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveReport);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_report, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    return page;
}

void ImportDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import records"), m_file->text(),
                                     tr("Records (*.mrc *.iso *.dat *.marc *.xml *.ris *.bib *.json *.csv "
                                        "*.tsv *.txt *.zip);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    if (m_file->text() != path)
        m_file->setText(path);
    m_path = path;
    m_plan.reset();
    m_outcome.reset();
    // A spreadsheet: its first line gives the columns to match.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        m_format->setCurrentIndex(m_format->findData(int(Importer::Format::Csv)));
        if (auto header = Csv::headerOfFile(path)) {
            m_header = *header;
            fillColumns(m_header, CsvMapping::guess(m_header));
        } else {
            QMessageBox::warning(this, windowTitle(), header.errorMessage());
        }
    }
    updateFileOptions();
    updateButtons();
}

void ImportDialog::updateFileOptions()
{
    const auto format = Importer::Format(m_format->currentData().toInt());
    const bool csv = format == Importer::Format::Csv;
    m_columnsBox->setVisible(csv);
    m_charset->setEnabled(format == Importer::Format::Detect || format == Importer::Format::Iso2709 ||
                          format == Importer::Format::Unimarc || format == Importer::Format::Marc21);
}

void ImportDialog::fillColumns(const QStringList& header, const CsvMapping& mapping)
{
    m_columns->setRowCount(int(header.size()));
    const QStringList fields = CsvMapping::fields();
    for (int row = 0; row < header.size(); ++row) {
        auto* column = new QTableWidgetItem(header.at(row));
        column->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_columns->setItem(row, 0, column);
        auto* field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("importField%1").arg(row));
        field->addItem(QStringLiteral("—"), QString());
        for (const QString& key : fields)
            field->addItem(CsvMapping::fieldLabel(key), key);
        for (const auto& [name, key] : mapping.columns)
            if (name == header.at(row))
                field->setCurrentIndex(field->findData(key));
        m_columns->setCellWidget(row, 1, field);
    }
    if (!mapping.listSeparator.isEmpty())
        m_listSeparator->setText(mapping.listSeparator);
}

CsvMapping ImportDialog::mapping() const
{
    CsvMapping m;
    m.listSeparator = m_listSeparator->text().isEmpty() ? QStringLiteral(";") : m_listSeparator->text();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1));
        const QString key = field ? field->currentData().toString() : QString();
        if (!key.isEmpty())
            m.columns.append({m_columns->item(row, 0)->text(), key});
    }
    return m;
}

void ImportDialog::setMapping(const CsvMapping& mapping)
{
    QStringList header = m_header;
    // Columns of the mapping the file does not have are shown, to be seen and corrected.
    for (const auto& [column, field] : mapping.columns)
        if (!header.contains(column))
            header.append(column);
    fillColumns(header, mapping);
}

void ImportDialog::loadMapping()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load a mapping"), {}, tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    auto m = CsvMapping::load(path);
    if (!m) {
        QMessageBox::warning(this, tr("Load a mapping"), m.errorMessage());
        return;
    }
    setMapping(*m);
}

void ImportDialog::saveMapping()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save this mapping"), tr("mapping.json"),
                                                tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (auto saved = mapping().save(path); !saved)
        QMessageBox::warning(this, tr("Save this mapping"), saved.errorMessage());
}

Status ImportDialog::preview()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return Error{tr("Choose the file to import.")};
    if (path != m_path)
        setFile(path);
    Importer::Request request;
    request.format = Importer::Format(m_format->currentData().toInt());
    request.charset = MarcCharset(m_charset->currentData().toInt());
    if (request.format == Importer::Format::Csv)
        request.csvMapping = mapping();
    if (m_plan && m_plan->fileName == QFileInfo(path).fileName())
        request.localFields = m_localFields->choices();
    std::optional<Importer::Plan> plan;
    const Clock& clock = m_clock;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Reading %1…").arg(QFileInfo(path).fileName()), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            auto prepared = Importer(db, clock).prepareFile(path, request, scaled(progress));
            if (!prepared)
                return prepared.error();
            plan = std::move(*prepared);
            return {};
        });
    if (!status)
        return status;
    m_plan = std::move(plan);
    m_outcome.reset();
    showPlan();
    m_pages->setCurrentIndex(1);
    updateButtons();
    return {};
}

void ImportDialog::showPlan()
{
    const Importer::Plan& plan = *m_plan;
    int warnings = 0;
    for (const auto& in : plan.records)
        warnings += in.warnings.isEmpty() ? 0 : 1;
    QString summary = tr("%1: %n record(s) read", nullptr, plan.read()).arg(plan.fileName);
    if (!plan.charsets.isEmpty())
        summary += tr(" (%1)").arg(plan.charsets.join(QStringLiteral(", ")));
    summary += QStringLiteral(" — ") + tr("%n with errors", nullptr, plan.withErrors()) +
               QStringLiteral(", ") + tr("%n possible duplicate(s)", nullptr, plan.withDuplicates()) +
               QStringLiteral(", ") + tr("%n with notes", nullptr, warnings) + QStringLiteral(".");
    if (!plan.resumptionToken.isEmpty())
        summary += QStringLiteral(" ") +
                   tr("The repository has more records: the next page is asked for with the token “%1”.")
                       .arg(plan.resumptionToken);
    m_summary->setText(summary);
    m_localFields->setUses(plan.localFields);

    QList<const Importer::Incoming*> shown;
    for (const auto& in : plan.records)
        if (plan.read() <= kPreviewAll || !in.errors.isEmpty() || !in.warnings.isEmpty() ||
            !in.duplicates.isEmpty())
            shown.append(&in);
    m_preview->clearContents();
    m_preview->setRowCount(int(shown.size()));
    int choices = 0;
    for (int row = 0; row < shown.size(); ++row) {
        const Importer::Incoming& in = *shown.at(row);
        QStringList details;
        QString state;
        if (!in.errors.isEmpty()) {
            state = tr("Error");
            for (const auto& p : in.errors)
                details.append(p.field.isEmpty() ? p.message : p.field + QStringLiteral(" : ") + p.message);
        } else if (!in.duplicates.isEmpty()) {
            state = tr("Possible duplicate");
            details.append(RecordSaver::describe(in.duplicates.first()));
        } else {
            state = in.warnings.isEmpty() ? tr("Ready") : tr("Ready, with notes");
        }
        for (const auto& p : in.warnings)
            details.append(p.field.isEmpty() ? p.message : p.field + QStringLiteral(" : ") + p.message);
        if (!in.unmatchedSubjects.isEmpty())
            details.append(tr("Kept as keywords: %1").arg(in.unmatchedSubjects.join(QStringLiteral(" ; "))));
        const QStringList cells = {QString::number(in.number),
                                   in.line > 0 ? QString::number(in.line) : QString(), in.record.title, state,
                                   details.join(QStringLiteral(" ; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, in.number);
            if (c >= 2)
                item->setToolTip(plainToolTip(c == 4 ? details.join(QLatin1Char('\n')) : cells.at(c)));
            m_preview->setItem(row, c, item);
        }
        if (in.errors.isEmpty() && !in.duplicates.isEmpty() && choices < kChoicesPerRecord) {
            ++choices;
            auto* choice = new QComboBox(m_preview);
            choice->setObjectName(QStringLiteral("importChoice%1").arg(in.number));
            choice->addItem(tr("As for all"), -1);
            for (Importer::OnDuplicate c : kChoices)
                choice->addItem(choiceLabel(c), int(c));
            m_preview->setCellWidget(row, 5, choice);
        }
    }

    if (plan.unmatchedSubjects.isEmpty()) {
        m_unmatched->clear();
        m_addDescriptors->setEnabled(false);
    } else {
        QStringList subjects;
        for (auto it = plan.unmatchedSubjects.cbegin(); it != plan.unmatchedSubjects.cend(); ++it)
            subjects.append(tr("%1 (%2)").arg(it.key()).arg(it.value()));
        // A long list would push the records out of sight: the first ones here, all of them in the tooltip.
        constexpr int shownSubjects = 15;
        QString list = QStringList(subjects.mid(0, shownSubjects)).join(QStringLiteral(" ; "));
        if (subjects.size() > shownSubjects)
            list += tr(" … and %n other(s)", nullptr, int(subjects.size()) - shownSubjects);
        m_unmatched->setText(
            tr("Subjects the thesaurus does not have, kept as keywords unless added as candidates: "
               "%1")
                .arg(list));
        m_unmatched->setToolTip(plainToolTip(subjects.join(QLatin1Char('\n'))));
        m_addDescriptors->setEnabled(true);
    }
    m_validOnly->setChecked(false);
    m_validOnly->setEnabled(plan.withErrors() > 0);
}

Importer::Options ImportDialog::options() const
{
    Importer::Options o;
    o.onDuplicate = Importer::OnDuplicate(m_onDuplicate->currentData().toInt());
    o.validOnly = m_validOnly->isChecked();
    o.addCandidateDescriptors = m_addDescriptors->isChecked();
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const auto* choice = qobject_cast<QComboBox*>(m_preview->cellWidget(row, 5));
        if (choice && choice->currentData().toInt() >= 0)
            o.perRecord.insert(m_preview->item(row, 0)->data(Qt::UserRole).toInt(),
                               Importer::OnDuplicate(choice->currentData().toInt()));
    }
    return o;
}

Status ImportDialog::importRecords()
{
    if (!m_plan)
        return Error{tr("Preview the file first.")};
    if (m_plan->withErrors() > 0 && !m_validOnly->isChecked())
        return Error{tr("%n record(s) have errors: correct the file, or choose to import the valid records "
                        "and leave a report of the others.",
                        nullptr, m_plan->withErrors())};
    const Importer::Options chosen = options();
    const Importer::Plan& plan = *m_plan;
    const Clock& clock = m_clock;
    std::optional<Importer::Outcome> outcome;
    const Status status =
        BackgroundTask::runOnCatalogue(this, tr("Importing %n record(s)…", nullptr, plan.read()), m_db.path(),
                                       [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
                                           auto done =
                                               Importer(db, clock).apply(plan, chosen, scaled(progress));
                                           if (!done)
                                               return done.error();
                                           outcome = std::move(*done);
                                           return {};
                                       });
    if (!status)
        return status;
    m_outcome = std::move(outcome);
    m_report->setPlainText(report());
    m_pages->setCurrentIndex(2);
    updateButtons();
    Q_EMIT imported(m_outcome->ids);
    return {};
}

QString ImportDialog::report() const
{
    if (!m_plan)
        return {};
    QStringList lines;
    lines.append(tr("Import of %1: %n record(s) read.", nullptr, m_plan->read()).arg(m_plan->fileName));
    if (m_outcome) {
        lines.append(tr("%n added", nullptr, m_outcome->added) + QStringLiteral(", ") +
                     tr("%n merged", nullptr, m_outcome->merged) + QStringLiteral(", ") +
                     tr("%n replaced", nullptr, m_outcome->replaced) + QStringLiteral(", ") +
                     tr("%n skipped", nullptr, m_outcome->skipped) + QStringLiteral("."));
        if (m_outcome->descriptorsAdded > 0)
            lines.append(tr("%n candidate descriptor(s) added to the thesaurus.", nullptr,
                            m_outcome->descriptorsAdded));
        for (const Importer::Problem& p : m_outcome->leftOut)
            lines.append(tr("Not imported: %1").arg(Importer::describe(p)));
    }
    for (const Importer::Incoming& in : m_plan->records)
        for (const Importer::Problem& p : in.warnings)
            lines.append(tr("Note: %1").arg(Importer::describe(p)));
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::saveReport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), tr("import-report.txt"),
                                                tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!saveWholeFile(path, report().toUtf8(), &why))
        QMessageBox::warning(this, tr("Save the report"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

void ImportDialog::goBack()
{
    if (m_pages->currentIndex() == 1) {
        m_pages->setCurrentIndex(0);
        updateButtons();
    }
}

void ImportDialog::goNext()
{
    const int page = m_pages->currentIndex();
    const Status status = page == 0 ? preview() : page == 1 ? importRecords() : Status::success();
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.errorMessage());
}

void ImportDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    m_back->setEnabled(page == 1);
    m_next->setVisible(page < 2);
    m_next->setText(page == 0 ? tr("&Preview >") : tr("&Import"));
    m_next->setEnabled(page == 1 || !m_file->text().trimmed().isEmpty());
}

} // namespace infodoc::ui

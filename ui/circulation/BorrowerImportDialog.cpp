#include "ui/circulation/BorrowerImportDialog.h"

#include "core/common/Clock.h"
#include "core/common/SaveFile.h"
#include "core/interop/Csv.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Lists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
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

enum Page
{
    FilePage,
    PreviewPage,
    ResultPage,
};

BorrowerImport::Progress scaled(const BackgroundTask::Progress& progress)
{
    return [progress](qint64 done, qint64 total) {
        return progress(int(total > 0 ? done * 1000 / total : 0), 1000);
    };
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(plainToolTip(text));
    return item;
}

} // namespace

BorrowerImportDialog::BorrowerImportDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Import borrowers"));
    setObjectName(QStringLiteral("borrowerImportDialog"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildPreviewPage());
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("borrowerImportReport"));
    m_report->setReadOnly(true);
    auto* resultPage = new QWidget(this);
    auto* save = new QPushButton(tr("&Save the report…"), resultPage);
    connect(save, &QPushButton::clicked, this, &BorrowerImportDialog::saveReport);
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_report, 1);
    resultLayout->addWidget(save, 0, Qt::AlignRight);
    m_pages->addWidget(resultPage);

    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Preview >"), this);
    m_next->setObjectName(QStringLiteral("borrowerImportNext"));
    m_next->setDefault(true);
    auto* close = new QPushButton(tr("Close"), this);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(FilePage);
        updateButtons();
    });
    connect(m_next, &QPushButton::clicked, this, &BorrowerImportDialog::goNext);
    connect(close, &QPushButton::clicked, this, [this] {
        if (m_outcome)
            accept();
        else
            reject();
    });
    connect(m_file, &QLineEdit::textChanged, this, &BorrowerImportDialog::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addLayout(buttons);
    resize(860, 560);
    updateButtons();
}

QWidget* BorrowerImportDialog::buildFilePage()
{
    auto* page = new QWidget(this);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("borrowerImportFile"));
    auto* fileLabel = new QLabel(tr("&File (CSV):"), page);
    fileLabel->setBuddy(m_file);
    auto* browse = new QPushButton(tr("B&rowse…"), page);
    connect(browse, &QPushButton::clicked, this, &BorrowerImportDialog::browse);
    // A path typed or pasted: its columns when the field is left.
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text().trimmed() != m_path)
            setFile(m_file->text().trimmed());
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_columns = new QTableWidget(0, 2, page);
    m_columns->setObjectName(QStringLiteral("borrowerImportColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column of the file"), tr("Field of the borrower")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setTabKeyNavigation(false);
    auto* load = new QPushButton(tr("&Load a mapping…"), page);
    auto* save = new QPushButton(tr("&Save this mapping…"), page);
    connect(load, &QPushButton::clicked, this, &BorrowerImportDialog::loadMapping);
    connect(save, &QPushButton::clicked, this, &BorrowerImportDialog::saveMapping);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addStretch(1);
    mappingRow->addWidget(load);
    mappingRow->addWidget(save);

    auto* explanation = new QLabel(
        tr("PMB's borrowers export (empr_cb, empr_nom, empr_prenom…) or any list with a card number and a "
           "name per line. Say where each column goes; a column left at “—” is not imported (PMB's "
           "address, birth year and dates are not kept). Nothing is written before the preview, and then "
           "only when you choose Import."),
        page);
    explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation);
    layout->addLayout(fileRow);
    layout->addWidget(m_columns, 1);
    layout->addLayout(mappingRow);
    return page;
}

QWidget* BorrowerImportDialog::buildPreviewPage()
{
    auto* page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("borrowerImportSummary"));
    m_summary->setWordWrap(true);
    m_rows = new QTableWidget(0, 5, page);
    m_rows->setObjectName(QStringLiteral("borrowerImportRows"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Line"), tr("Card"), tr("Name"), tr("State"), tr("What was found")});
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(false);
    m_rows->setTabKeyNavigation(false);
    m_update = new QCheckBox(tr("&Update the borrowers whose card is already known"), page);
    m_update->setObjectName(QStringLiteral("borrowerImportUpdate"));
    m_validOnly = new QCheckBox(tr("Import the &valid rows and leave a report of the others"), page);
    m_validOnly->setObjectName(QStringLiteral("borrowerImportValidOnly"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_update);
    layout->addWidget(m_validOnly);
    return page;
}

void BorrowerImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), m_file->text(),
                                                      tr("Spreadsheets (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void BorrowerImportDialog::setFile(const QString& path)
{
    if (m_file->text() != path)
        m_file->setText(path);
    m_path = path;
    m_plan.reset();
    m_outcome.reset();
    m_columns->setRowCount(0);
    // A file that cannot be read is said at the preview, with the reason.
    if (auto header = Csv::headerOfFile(path))
        fillColumns(*header, BorrowerImport::guess(*header));
    updateButtons();
}

void BorrowerImportDialog::fillColumns(const QStringList& header, const CsvMapping& mapping)
{
    m_columns->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        m_columns->setItem(row, 0, cell(header.at(row)));
        auto* field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("borrowerImportField%1").arg(row));
        field->setAccessibleName(tr("Field of the column “%1”").arg(header.at(row)));
        field->addItem(QStringLiteral("—"), QString());
        for (const QString& key : BorrowerImport::fields())
            field->addItem(BorrowerImport::fieldLabel(key), key);
        for (const auto& [name, key] : mapping.columns)
            if (name == header.at(row))
                field->setCurrentIndex(field->findData(key));
        m_columns->setCellWidget(row, 1, field);
    }
}

CsvMapping BorrowerImportDialog::mapping() const
{
    CsvMapping m;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1));
        if (field && !field->currentData().toString().isEmpty())
            m.columns.append({m_columns->item(row, 0)->text(), field->currentData().toString()});
    }
    return m;
}

void BorrowerImportDialog::loadMapping()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load a mapping"), {}, tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    auto loaded = CsvMapping::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Load a mapping"), loaded.errorMessage());
        return;
    }
    QStringList header;
    for (int row = 0; row < m_columns->rowCount(); ++row)
        header.append(m_columns->item(row, 0)->text());
    // Columns of the mapping the file does not have are shown, to be seen and corrected.
    for (const auto& [column, field] : loaded->columns)
        if (!header.contains(column))
            header.append(column);
    fillColumns(header, *loaded);
}

void BorrowerImportDialog::saveMapping()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save this mapping"), tr("borrowers-mapping.json"),
                                                tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (auto saved = mapping().save(path); !saved)
        QMessageBox::warning(this, tr("Save this mapping"), saved.errorMessage());
}

Status BorrowerImportDialog::preview()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return Error{tr("Choose the file to import.")};
    if (path != m_path)
        setFile(path);
    const CsvMapping chosen = mapping();
    const Clock& clock = m_clock;
    std::optional<BorrowerImport::Plan> plan;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Reading %1…").arg(QFileInfo(path).fileName()), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            auto prepared = BorrowerImport(db, clock).prepareFile(path, chosen, scaled(progress));
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
    m_pages->setCurrentIndex(PreviewPage);
    updateButtons();
    return {};
}

void BorrowerImportDialog::showPlan()
{
    const BorrowerImport::Plan& plan = *m_plan;
    int lookAlikes = 0;
    for (const auto& r : plan.rows)
        lookAlikes += r.lookAlikes.isEmpty() ? 0 : 1;
    m_summary->setText(
        tr("%1: %n borrower(s) read", nullptr, int(plan.rows.size())).arg(plan.fileName) +
        QStringLiteral(" — ") + tr("%n with errors", nullptr, plan.withErrors()) + QStringLiteral(", ") +
        tr("%n card(s) already known", nullptr, int(plan.known() - lookAlikes)) + QStringLiteral(", ") +
        tr("%n who may already be borrowers", nullptr, lookAlikes) + QStringLiteral("."));
    m_rows->setRowCount(int(plan.rows.size()));
    for (int i = 0; i < plan.rows.size(); ++i) {
        const BorrowerImport::Row& r = plan.rows.at(i);
        QString state;
        QStringList found = r.errors + r.warnings;
        if (!r.errors.isEmpty())
            state = tr("Error");
        else if (!r.lookAlikes.isEmpty())
            state = tr("Left as it is");
        else if (r.sameCard)
            state = tr("Card known");
        else
            state = tr("New");
        if (r.sameCard)
            found.prepend(
                tr("already the card of borrower n° %1: updated only if you say so.").arg(r.sameCard));
        m_rows->setItem(i, 0, cell(QString::number(r.line)));
        m_rows->setItem(i, 1, cell(r.borrower.card));
        m_rows->setItem(i, 2, cell(r.borrower.name));
        m_rows->setItem(i, 3, cell(state));
        m_rows->setItem(i, 4, cell(found.join(QStringLiteral(" ; "))));
    }
    if (m_rows->rowCount() > 0)
        m_rows->setCurrentCell(0, 0);
    m_validOnly->setEnabled(plan.withErrors() > 0);
    m_validOnly->setChecked(false);
}

Status BorrowerImportDialog::importBorrowers()
{
    if (!m_plan)
        return Error{tr("Preview the file first.")};
    if (m_plan->withErrors() > 0 && !m_validOnly->isChecked())
        return Error{tr("%n row(s) have errors: correct the file, or choose to import the valid rows and "
                        "leave a report of the others.",
                        nullptr, m_plan->withErrors())};
    const BorrowerImport::Plan& plan = *m_plan;
    const bool validOnly = m_validOnly->isChecked();
    const bool update = m_update->isChecked();
    const Clock& clock = m_clock;
    std::optional<BorrowerImport::Outcome> outcome;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Importing %n borrower(s)…", nullptr, int(plan.rows.size())), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            auto done = BorrowerImport(db, clock).apply(plan, validOnly, update, scaled(progress));
            if (!done)
                return done.error();
            outcome = std::move(*done);
            return {};
        });
    if (!status)
        return status;
    m_outcome = std::move(outcome);
    m_report->setPlainText(report());
    m_pages->setCurrentIndex(ResultPage);
    updateButtons();
    Q_EMIT imported();
    return {};
}

QString BorrowerImportDialog::report() const
{
    if (!m_plan)
        return {};
    // Lines and problems, not names: the report may be saved and passed on.
    QStringList lines;
    lines.append(
        tr("Import of %1: %n borrower(s) read.", nullptr, int(m_plan->rows.size())).arg(m_plan->fileName));
    if (m_outcome) {
        lines.append(tr("%n added", nullptr, m_outcome->added) + QStringLiteral(", ") +
                     tr("%n updated", nullptr, m_outcome->updated) + QStringLiteral(", ") +
                     tr("%n left as they were", nullptr, m_outcome->skipped) + QStringLiteral("."));
        for (const QString& l : m_outcome->leftOut)
            lines.append(tr("Not imported: %1").arg(l));
    }
    for (const BorrowerImport::Row& r : m_plan->rows)
        for (const QString& w : r.warnings)
            lines.append(tr("Line %1: %2").arg(r.line).arg(w));
    return lines.join(QLatin1Char('\n'));
}

void BorrowerImportDialog::saveReport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                                tr("borrowers-import-report.txt"), tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!saveWholeFile(path, report().toUtf8(), &why))
        QMessageBox::warning(this, tr("Save the report"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

void BorrowerImportDialog::goNext()
{
    const int page = m_pages->currentIndex();
    const Status status = page == FilePage      ? preview()
                          : page == PreviewPage ? importBorrowers()
                                                : Status::success();
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.errorMessage());
}

void BorrowerImportDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    m_back->setEnabled(page == PreviewPage);
    m_next->setVisible(page != ResultPage);
    m_next->setText(page == FilePage ? tr("&Preview >") : tr("&Import"));
    m_next->setEnabled(page == PreviewPage || !m_file->text().trimmed().isEmpty());
}

} // namespace infodoc::ui

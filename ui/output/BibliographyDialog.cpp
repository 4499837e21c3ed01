#include "ui/output/BibliographyDialog.h"

#include "core/common/Clock.h"
#include "core/output/OutputTotals.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

struct FormatChoice
{
    BibliographyWriter::Format format;
    const char* label;
    const char* suffix;
};

const FormatChoice kFormats[] = {
    {BibliographyWriter::Format::Pdf, QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "PDF document"),
     "pdf"},
    {BibliographyWriter::Format::Odt,
     QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "OpenDocument text (LibreOffice)"), "odt"},
    {BibliographyWriter::Format::Html,
     QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "Web page (HTML)"), "html"},
    {BibliographyWriter::Format::Text, QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "Plain text"),
     "txt"},
    {BibliographyWriter::Format::CslJson,
     QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "CSL-JSON (Zotero, pandoc)"), "json"},
    {BibliographyWriter::Format::Ris, QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "RIS (Zotero)"),
     "ris"},
    {BibliographyWriter::Format::Bibtex, QT_TRANSLATE_NOOP("infodoc::ui::BibliographyDialog", "BibTeX"),
     "bib"},
};

} // namespace

BibliographyDialog::BibliographyDialog(Database& db, const Clock& clock, const QList<qint64>& ids,
                                       QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_ids(ids)
{
    setObjectName(QStringLiteral("bibliographyDialog"));
    setWindowTitle(tr("Bibliography"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("bibliographyTitle"));
    m_title->setPlaceholderText(tr("Bibliography"));
    m_introduction = new QPlainTextEdit(this);
    m_introduction->setObjectName(QStringLiteral("bibliographyIntroduction"));
    m_introduction->setTabChangesFocus(true);
    m_introduction->setFixedHeight(m_introduction->fontMetrics().height() * 4 + 12);

    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("bibliographyStyle"));
    m_style->addItem(tr("NF ISO 690, author-date"), int(Iso690::Style::AuthorDate));
    m_style->addItem(tr("NF ISO 690, numeric"), int(Iso690::Style::Numeric));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("bibliographyOrder"));
    m_order->addItem(tr("Author"), int(BibliographyOptions::Order::Author));
    m_order->addItem(tr("Date, newest first"), int(BibliographyOptions::Order::Date));
    m_order->addItem(tr("Title"), int(BibliographyOptions::Order::Title));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("bibliographyGrouping"));
    m_grouping->addItem(tr("No headings"), int(BibliographyOptions::Grouping::None));
    m_grouping->addItem(tr("By document type"), int(BibliographyOptions::Grouping::Type));
    m_grouping->addItem(tr("By theme of the thesaurus"), int(BibliographyOptions::Grouping::Subject));
    m_grouping->addItem(tr("By territory"), int(BibliographyOptions::Grouping::Territory));
    m_etAl = new QSpinBox(this);
    m_etAl->setObjectName(QStringLiteral("bibliographyEtAl"));
    m_etAl->setRange(0, 20);
    m_etAl->setValue(3);
    m_etAl->setSpecialValueText(tr("every author"));
    m_abstracts = new QCheckBox(tr("Include the &abstracts"), this);
    m_abstracts->setObjectName(QStringLiteral("bibliographyAbstracts"));
    m_holdings = new QCheckBox(tr("Include call numbers and &availability"), this);
    m_holdings->setObjectName(QStringLiteral("bibliographyHoldings"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("bibliographyFormat"));
    for (const FormatChoice& f : kFormats)
        m_format->addItem(tr(f.label), int(f.format));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Introduction:"), m_introduction);
    form->addRow(tr("&Style:"), m_style);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("&Headings:"), m_grouping);
    form->addRow(tr("\"et al.\" a&fter:"), m_etAl);
    form->addRow(QString(), m_abstracts);
    form->addRow(QString(), m_holdings);
    form->addRow(tr("&Format of the file:"), m_format);

    auto* count = new QLabel(tr("%n record(s) chosen.", nullptr, int(ids.size())), this);
    count->setObjectName(QStringLiteral("bibliographyCount"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("bibliographyPreview"));
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("bibliographyExport"));
    exportButton->setDefault(true);
    previewButton->setEnabled(!ids.isEmpty());
    exportButton->setEnabled(!ids.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &BibliographyDialog::preview);
    connect(exportButton, &QPushButton::clicked, this, &BibliographyDialog::exportFile);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

BibliographyOptions BibliographyDialog::options() const
{
    BibliographyOptions o;
    o.reference.style = Iso690::Style(m_style->currentData().toInt());
    o.reference.etAlAfter = m_etAl->value();
    o.order = BibliographyOptions::Order(m_order->currentData().toInt());
    o.grouping = BibliographyOptions::Grouping(m_grouping->currentData().toInt());
    o.abstracts = m_abstracts->isChecked();
    o.holdings = m_holdings->isChecked();
    o.title = m_title->text().trimmed();
    o.introduction = m_introduction->toPlainText().trimmed();
    return o;
}

std::optional<Bibliography> BibliographyDialog::compute()
{
    std::optional<Bibliography> result;
    const BibliographyOptions settings = options();
    const Status s = BackgroundTask::runOnCatalogue(
        this, tr("Reading the records…"), m_db.path(), [&](Database& db, const auto& progress) -> Status {
            auto b = BibliographyBuilder::fromCatalogue(db, m_ids, settings, progress);
            if (!b)
                return b.error();
            result = std::move(*b);
            return {};
        });
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return std::nullopt;
    }
    return result;
}

void BibliographyDialog::preview()
{
    const auto bibliography = compute();
    if (!bibliography)
        return;
    const QString title = BibliographyWriter::titleOf(*bibliography);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — %1").arg(title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&bibliography](QPrinter* p) { BibliographyWriter::print(*bibliography, *p); });
    // Printed from the preview: one bibliography produced.
    if (dialog.exec() == QDialog::Accepted) {
        if (auto s = OutputTotals::count(m_db, OutputTotals::Kind::Bibliography,
                                         m_clock.now().toLocalTime().date());
            !s)
            QMessageBox::warning(this, windowTitle(), s.errorMessage());
    }
}

Status BibliographyDialog::exportTo(BibliographyWriter::Format format, const QString& path)
{
    const BibliographyOptions settings = options();
    return BackgroundTask::runOnCatalogue(this, tr("Writing the bibliography…"), m_db.path(),
                                          [&](Database& db, const auto& progress) -> Status {
                                              auto b = BibliographyBuilder::fromCatalogue(db, m_ids, settings,
                                                                                          progress);
                                              if (!b)
                                                  return b.error();
                                              if (!progress(int(m_ids.size()), int(m_ids.size())))
                                                  return Error{tr("Cancelled.")};
                                              if (auto s = BibliographyWriter::write(*b, format, path); !s)
                                                  return s;
                                              return OutputTotals::count(db, OutputTotals::Kind::Bibliography,
                                                                         m_clock.now().toLocalTime().date());
                                          });
}

void BibliographyDialog::exportFile()
{
    const FormatChoice& choice = kFormats[m_format->currentIndex()];
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
        (m_title->text().trimmed().isEmpty() ? tr("bibliography") : m_title->text().trimmed()) + u'.' +
        QLatin1String(choice.suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the bibliography"), suggested,
        QStringLiteral("%1 (*.%2)").arg(tr(choice.label), QLatin1String(choice.suffix)));
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(choice.format, path); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("The bibliography was written to %1.").arg(path));
}

} // namespace infodoc::ui

#include "ui/interop/ExportDialog.h"

#include "core/catalog/RecordRepository.h"
#include "core/output/CentreIdentity.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

struct FormatChoice
{
    Exporter::Format format;
    const char* label;
};

const FormatChoice kFormats[] = {
    {Exporter::Format::Unimarc,
     QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "UNIMARC (ISO 2709): PMB, a library")},
    {Exporter::Format::Marc21, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "MARC21 (ISO 2709)")},
    {Exporter::Format::MarcXml, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "MARCXML of UNIMARC")},
    {Exporter::Format::MarcXmlMarc21, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "MARCXML of MARC21")},
    {Exporter::Format::Ris, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "RIS (Zotero, EndNote)")},
    {Exporter::Format::Bibtex, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "BibTeX")},
    {Exporter::Format::CslJson, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "CSL-JSON (Zotero, pandoc)")},
    {Exporter::Format::DublinCore, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "Dublin Core (oai_dc)")},
    {Exporter::Format::Csv, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "Spreadsheet (CSV, ; separated)")},
    {Exporter::Format::Xlsx, QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog", "Excel workbook (XLSX)")},
    {Exporter::Format::OaiStatic,
     QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog",
                       "Static OAI-PMH repository, for the network's harvesters")},
    {Exporter::Format::Package,
     QT_TRANSLATE_NOOP("infodoc::ui::ExportDialog",
                       "Exchange package for the network's centres (records, sheets, files)")},
};

} // namespace

ExportDialog::ExportDialog(Database& db, const Clock& clock, const QList<qint64>& selection, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_selection(selection)
{
    setWindowTitle(tr("Export records"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatChoice& f : kFormats)
        m_format->addItem(tr(f.label), int(f.format));
    m_onlySelection =
        new QRadioButton(tr("The &selection (%n record(s))", nullptr, int(selection.size())), this);
    m_onlySelection->setObjectName(QStringLiteral("exportSelection"));
    m_everything = new QRadioButton(tr("The &whole catalogue"), this);
    m_everything->setObjectName(QStringLiteral("exportEverything"));
    (selection.isEmpty() ? m_everything : m_onlySelection)->setChecked(true);
    m_onlySelection->setEnabled(!selection.isEmpty());
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    // The file's suffix follows the format.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString path = m_path->text();
        if (!path.isEmpty())
            m_path->setText(QFileInfo(path).path() + u'/' + QFileInfo(path).completeBaseName() + u'.' +
                            Exporter::suffix(format()));
    });
    m_path->setText(QDir::home().filePath(tr("records") + u'.' + Exporter::suffix(format())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto* which = new QVBoxLayout;
    which->addWidget(m_onlySelection);
    which->addWidget(m_everything);
    form->addRow(tr("Records:"), which);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportRun"));
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Cells a spreadsheet would take for formulas (=, +, -, @) are written after "
                      "an apostrophe."),
                   this));
    layout->addWidget(buttons);
}

Exporter::Format ExportDialog::format() const
{
    return Exporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Exporter::Format f)
{
    m_format->setCurrentIndex(m_format->findData(int(f)));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text());
    if (!path.isEmpty())
        m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + u'.' + Exporter::suffix(format()) : path);
}

Result<int> ExportDialog::exportTo(const QString& path)
{
    const bool everything = m_everything->isChecked();
    const QList<qint64> selection = m_selection;
    const Exporter::Format chosen = format();
    const Clock& clock = m_clock;
    int written = 0;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Exporting to %1…").arg(QFileInfo(path).fileName()), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            QList<qint64> ids = selection;
            if (everything) {
                auto all = RecordRepository(db, clock).allIds();
                if (!all)
                    return all.error();
                ids = *all;
            }
            if (ids.isEmpty())
                return Error{tr("There is no record to export.")};
            const auto centre = CentreSettings(db).load();
            if (!centre)
                return centre.error();
            Exporter exporter(db, clock);
            exporter.setSource(centre->name);
            QString site = centre->website.trimmed();
            if (site.endsWith(u'/'))
                site.chop(1);
            exporter.setRepository(site.isEmpty() ? QString() : site + QStringLiteral("/oai-static.xml"),
                                   centre->email);
            auto done = exporter.write(ids, chosen, path, [&progress](qint64 n, qint64 total) {
                return progress(int(n), int(total));
            });
            if (!done)
                return done.error();
            written = *done;
            return {};
        });
    if (!status)
        return status.error();
    return written;
}

void ExportDialog::run()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the file to write."));
        return;
    }
    auto written = exportTo(path);
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.errorMessage());
        return;
    }
    QMessageBox::information(
        this, windowTitle(),
        tr("%n record(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    accept();
}

} // namespace infodoc::ui

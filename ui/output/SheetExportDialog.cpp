#include "ui/output/SheetExportDialog.h"

#include "core/output/DocumentFile.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

enum Role
{
    FieldRole = Qt::UserRole,
};

struct FormatChoice
{
    SheetWriter::Format format;
    const char* label;
    const char* suffix; // empty: a folder
};

const FormatChoice kFormats[] = {
    {SheetWriter::Format::Pdf, QT_TRANSLATE_NOOP("infodoc::ui::SheetExportDialog", "PDF document"), "pdf"},
    {SheetWriter::Format::Odt,
     QT_TRANSLATE_NOOP("infodoc::ui::SheetExportDialog", "OpenDocument text (LibreOffice)"), "odt"},
    {SheetWriter::Format::Html,
     QT_TRANSLATE_NOOP("infodoc::ui::SheetExportDialog", "Web pages (HTML, for the website)"), "html"},
    {SheetWriter::Format::Json,
     QT_TRANSLATE_NOOP("infodoc::ui::SheetExportDialog", "JSON (exchange between centres)"), "json"},
    {SheetWriter::Format::DublinCore,
     QT_TRANSLATE_NOOP("infodoc::ui::SheetExportDialog", "Dublin Core XML (exchange between centres)"),
     "xml"},
};

} // namespace

SheetExportDialog::SheetExportDialog(Database& db, const QList<qint64>& ids, QWidget* parent)
    : QDialog(parent), m_db(db), m_centre(CentreSettings(db).load())
{
    setObjectName(QStringLiteral("sheetExportDialog"));
    setWindowTitle(tr("Experience sheets"));

    const auto among = ExperienceSheets(db).sheetsAmong(ids);
    if (among)
        m_sheetIds = *among;
    auto* count = new QLabel(this);
    count->setObjectName(QStringLiteral("sheetCount"));
    count->setWordWrap(true);
    if (!among)
        count->setStyleSheet(QStringLiteral("color: #b00020"));
    count->setText(
        !among ? among.errorMessage()
        : m_sheetIds.isEmpty()
            ? tr("None of the %n chosen record(s) is an experience sheet.", nullptr, int(ids.size()))
            : tr("%1 experience sheet(s) among %2 chosen record(s).", nullptr, int(m_sheetIds.size()))
                  .arg(m_sheetIds.size())
                  .arg(ids.size()));

    // The template: fields (checked: shown), order, labels (F2 edits).
    m_fields = new QListWidget(this);
    m_fields->setObjectName(QStringLiteral("sheetFields"));
    m_fields->setAccessibleName(tr("Fields of the sheet"));
    m_fields->setDragDropMode(QAbstractItemView::InternalMove);
    m_fields->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    auto* up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("sheetFieldUp"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto* down = new QPushButton(tr("Move &down"), this);
    down->setObjectName(QStringLiteral("sheetFieldDown"));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    m_showCentre = new QCheckBox(tr("Show the centre's &identity"), this);
    m_showLogo = new QCheckBox(tr("Show the &logo"), this);
    m_colour = new QPushButton(this);
    m_colour->setObjectName(QStringLiteral("sheetColour"));
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const QColor colour = QColorDialog::getColor(QColor(m_accent), this, tr("Colour of the sheets"));
        if (colour.isValid()) {
            m_accent = colour.name();
            updatePreview();
        }
    });
    auto* saveTemplate = new QPushButton(tr("&Keep as the centre's template"), this);
    saveTemplate->setObjectName(QStringLiteral("sheetSaveTemplate"));
    auto* defaults = new QPushButton(tr("Default te&mplate"), this);
    auto* importButton = new QPushButton(tr("&Open a template…"), this);
    auto* exportButton = new QPushButton(tr("Save the template &as…"), this);
    connect(saveTemplate, &QPushButton::clicked, this, &SheetExportDialog::saveAsCentreTemplate);
    connect(defaults, &QPushButton::clicked, this, [this] { setTemplate(SheetTemplates::builtIn()); });
    connect(importButton, &QPushButton::clicked, this, &SheetExportDialog::importTemplate);
    connect(exportButton, &QPushButton::clicked, this, &SheetExportDialog::exportTemplate);

    auto* moves = new QHBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    auto* templateBox = new QGroupBox(tr("Template"), this);
    auto* templateLayout = new QVBoxLayout(templateBox);
    auto* fieldsLabel = new QLabel(tr("&Fields (ticked: shown; F2: rename):"), templateBox);
    fieldsLabel->setBuddy(m_fields);
    templateLayout->addWidget(fieldsLabel);
    templateLayout->addWidget(m_fields, 1);
    templateLayout->addLayout(moves);
    templateLayout->addWidget(m_showCentre);
    templateLayout->addWidget(m_showLogo);
    templateLayout->addWidget(m_colour);
    templateLayout->addWidget(saveTemplate);
    templateLayout->addWidget(defaults);
    templateLayout->addWidget(importButton);
    templateLayout->addWidget(exportButton);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("sheetPreview"));
    m_preview->setAccessibleName(tr("Preview of the first sheet"));
    m_preview->setOpenLinks(false);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(templateBox);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 560});

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("sheetFormat"));
    for (const FormatChoice& f : kFormats)
        m_format->addItem(tr(f.label), int(f.format));
    auto* formatForm = new QFormLayout;
    formatForm->addRow(tr("Fo&rmat:"), m_format);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("sheetPrint"));
    QPushButton* write = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("sheetExport"));
    write->setDefault(true);
    print->setEnabled(!m_sheetIds.isEmpty());
    write->setEnabled(!m_sheetIds.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &SheetExportDialog::printPreview);
    connect(write, &QPushButton::clicked, this, &SheetExportDialog::exportFile);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(splitter, 1);
    layout->addLayout(formatForm);
    layout->addWidget(buttons);

    connect(m_fields, &QListWidget::itemChanged, this, &SheetExportDialog::updatePreview);
    connect(m_fields->model(), &QAbstractItemModel::rowsMoved, this, &SheetExportDialog::updatePreview);
    connect(m_showCentre, &QCheckBox::toggled, this, &SheetExportDialog::updatePreview);
    connect(m_showLogo, &QCheckBox::toggled, this, &SheetExportDialog::updatePreview);
    // A template that cannot be read is said, and the built-in one shown instead: what is
    // shown is what is printed, and saving it mends the catalogue's.
    const auto stored = SheetTemplates::load(db);
    m_base = stored ? *stored : SheetTemplates::builtIn();
    if (!stored) {
        count->setStyleSheet(QStringLiteral("color: #b00020"));
        count->setText(tr("%1\nThe built-in template is shown instead.").arg(stored.errorMessage()) + u'\n' +
                       count->text());
    }
    setTemplate(m_base);
    resize(980, 680);
}

SheetExportDialog::~SheetExportDialog() = default;

void SheetExportDialog::setTemplate(const SheetTemplate& t)
{
    m_updating = true;
    m_fields->clear();
    QList<SheetField> shown;
    auto addItem = [this](SheetField field, const QString& label, bool checked) {
        auto* item = new QListWidgetItem(label.isEmpty() ? SheetTemplates::label(field) : label, m_fields);
        item->setData(FieldRole, int(field));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const auto& f : t.fields) {
        addItem(f.field, f.label, true);
        shown.append(f.field);
    }
    for (SheetField field : SheetTemplates::allFields())
        if (!shown.contains(field))
            addItem(field, {}, false);
    m_fields->setCurrentRow(0);
    m_showCentre->setChecked(t.showCentre);
    m_showLogo->setChecked(t.showLogo);
    m_accent = !t.accentColour.isEmpty() ? t.accentColour
               : m_centre                ? m_centre->accentColour
                                         : CentreIdentity().accentColour;
    m_updating = false;
    updatePreview();
}

SheetTemplate SheetExportDialog::currentTemplate() const
{
    SheetTemplate t = m_base; // fonts and name are kept
    t.fields.clear();
    for (int i = 0; i < m_fields->count(); ++i) {
        const QListWidgetItem* item = m_fields->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const auto field = SheetField(item->data(FieldRole).toInt());
        const QString text = item->text().trimmed();
        t.fields.append({field, text == SheetTemplates::label(field) ? QString() : text});
    }
    t.showCentre = m_showCentre->isChecked();
    t.showLogo = m_showLogo->isChecked();
    t.accentColour = m_accent;
    return t;
}

void SheetExportDialog::moveCurrent(int step)
{
    const int row = m_fields->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_fields->count())
        return;
    m_updating = true;
    QListWidgetItem* item = m_fields->takeItem(row);
    m_fields->insertItem(target, item);
    m_fields->setCurrentRow(target);
    m_updating = false;
    updatePreview();
}

void SheetExportDialog::updatePreview()
{
    if (m_updating)
        return;
    QPixmap swatch(32, 16);
    swatch.fill(QColor(m_accent));
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(tr("&Colour: %1").arg(m_accent));
    if (m_sheetIds.isEmpty()) {
        m_preview->setPlainText(tr("There is no experience sheet to show."));
        return;
    }
    const SheetWriter::Options options = writerOptions();
    auto first = ExperienceSheets(m_db).load({m_sheetIds.first()}, options.layout);
    if (!first) {
        m_preview->setPlainText(first.errorMessage());
        return;
    }
    // The browser owns the document it shows; the previous one goes once
    // replaced.
    QTextDocument* document = SheetWriter::toTextDocument(*first, options).release();
    document->setParent(m_preview);
    m_preview->setDocument(document);
    delete m_previewDocument;
    m_previewDocument = document;
}

void SheetExportDialog::saveAsCentreTemplate()
{
    if (const Status s = SheetTemplates::save(m_db, currentTemplate()); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("The template is kept with the catalogue."));
}

void SheetExportDialog::importTemplate()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a template"), QString(), tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto parsed = SheetTemplates::fromJson(file.readAll(), path);
    if (!parsed) {
        QMessageBox::warning(this, windowTitle(), parsed.errorMessage());
        return;
    }
    m_base = *parsed; // its fonts and name too
    setTemplate(m_base);
}

void SheetExportDialog::exportTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the template"),
                                                      tr("sheet-template.json"), tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = DocumentFile::saveBytes(SheetTemplates::toJson(currentTemplate()), path); !s)
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
}

SheetWriter::Options SheetExportDialog::writerOptions() const
{
    SheetWriter::Options options;
    if (m_centre)
        options.centre = *m_centre;
    options.layout = currentTemplate();
    return options;
}

Status SheetExportDialog::exportTo(SheetWriter::Format format, const QString& path)
{
    if (!m_centre)
        return m_centre.error();
    const SheetWriter::Options options = writerOptions();
    return BackgroundTask::runOnCatalogue(
        this, tr("Writing the experience sheets…"), m_db.path(),
        [&](Database& db, const auto& progress) -> Status {
            auto sheets = ExperienceSheets(db).load(m_sheetIds, options.layout, progress);
            if (!sheets)
                return sheets.error();
            return SheetWriter::write(*sheets, options, format, path, progress);
        });
}

void SheetExportDialog::printPreview()
{
    if (!m_centre) {
        QMessageBox::warning(this, windowTitle(), m_centre.errorMessage());
        return;
    }
    const SheetWriter::Options options = writerOptions();
    QList<SheetDocument> sheets;
    const Status s = BackgroundTask::runOnCatalogue(this, tr("Reading the experience sheets…"), m_db.path(),
                                                    [&](Database& db, const auto& progress) -> Status {
                                                        auto loaded = ExperienceSheets(db).load(
                                                            m_sheetIds, options.layout, progress);
                                                        if (!loaded)
                                                            return loaded.error();
                                                        sheets = *loaded;
                                                        return {};
                                                    });
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — experience sheets"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&sheets, &options](QPrinter* p) { SheetWriter::print(sheets, options, *p); });
    dialog.exec();
}

void SheetExportDialog::exportFile()
{
    const FormatChoice& choice = kFormats[m_format->currentIndex()];
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    if (choice.format == SheetWriter::Format::Html && m_sheetIds.size() > 1) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder of the web pages"), documents);
    } else {
        path = QFileDialog::getSaveFileName(
            this, tr("Export the experience sheets"),
            documents + u'/' + tr("experience-sheets") + u'.' + QLatin1String(choice.suffix),
            QStringLiteral("%1 (*.%2)").arg(tr(choice.label), QLatin1String(choice.suffix)));
    }
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(choice.format, path); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    QMessageBox::information(
        this, windowTitle(),
        tr("%n experience sheet(s) written to %1.", nullptr, int(m_sheetIds.size())).arg(path));
}

} // namespace infodoc::ui

#include "ui/settings/GeneralPages.h"

#include "core/common/Translations.h"
#include "core/output/Labels.h"
#include "core/requests/Requests.h"
#include "core/search/IndexSync.h"
#include "core/search/TextExtractor.h"
#include "core/storage/Database.h"
#include "core/visits/VisitorMode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

// --- character recognition ----------------------------------------------------------

OcrPage::OcrPage(Database& db, QWidget* parent)
    : SettingsPage(QStringLiteral("ocr"), tr("Character recognition"), parent), m_db(db)
{
    QVBoxLayout* layout = body();
    layout->addWidget(note(tr("A scanned PDF has no text to search: character recognition (Tesseract) reads "
                              "its pages as images. It takes a few seconds a page, in the background; "
                              "the search finds those documents once read."),
                           this));
    m_enabled = new QCheckBox(tr("&Read scanned PDFs by character recognition"), this);
    m_enabled->setObjectName(QStringLiteral("ocrEnabled"));
    layout->addWidget(m_enabled);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("ocrLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fra"));
    m_language->addItem(tr("French and English"), QStringLiteral("fra+eng"));
    m_language->addItem(tr("English"), QStringLiteral("eng"));
    form->addRow(tr("&Language of the documents:"), m_language);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_enabled, &QCheckBox::toggled, m_language, &QWidget::setEnabled);

    const auto stored = IndexSync::ocrLanguage(db);
    if (!stored) {
        m_enabled->setEnabled(false);
        m_language->setEnabled(false);
        showError(stored.errorMessage());
        return;
    }
    m_readable = true;
    m_stored = *stored;
    m_enabled->setChecked(!m_stored.isEmpty());
    m_language->setEnabled(!m_stored.isEmpty());
    if (const int i = m_language->findData(m_stored); i >= 0)
        m_language->setCurrentIndex(i);
}

bool OcrPage::save()
{
    if (!m_readable)
        return true;
    clearError();
    const QString language = m_enabled->isChecked() ? m_language->currentData().toString() : QString();
    if (language == m_stored)
        return true;
    if (!language.isEmpty() && !TextExtractor::ocrAvailable(language)) {
        showError(tr("Character recognition needs Tesseract with the data of this language: ask for the "
                     "Debian packages tesseract-ocr and tesseract-ocr-fra (tesseract-ocr-eng for English) "
                     "to be installed."));
        m_enabled->setFocus();
        return false;
    }
    if (auto s = IndexSync::setOcrLanguage(m_db, language); !s) {
        showError(s.errorMessage());
        return false;
    }
    m_stored = language;
    return true;
}

// --- visitor mode -------------------------------------------------------------------

VisitorPinPage::VisitorPinPage(Database& db, QWidget* parent)
    : SettingsPage(QStringLiteral("visitor"), tr("Visitor mode"), parent), m_db(db)
{
    QVBoxLayout* layout = body();
    layout->addWidget(note(tr("The visitor mode turns this workstation into a search desk for visitors: "
                              "no loans, no borrowers, no settings. Leaving it asks for the staff PIN."),
                           this));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("pinState"));
    layout->addWidget(m_state);
    auto* validator = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this);
    auto pinEdit = [&](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setValidator(validator);
        edit->setMaxLength(12);
        return edit;
    };
    m_current = pinEdit("pinCurrent");
    m_pin = pinEdit("pinNew");
    m_confirm = pinEdit("pinConfirm");
    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent PIN:"), m_current);
    form->addRow(tr("&New PIN (4 to 12 digits):"), m_pin);
    form->addRow(tr("&Confirm the new PIN:"), m_confirm);
    layout->addLayout(form);
    layout->addStretch();
    showState();
}

void VisitorPinPage::showState()
{
    const auto pin = VisitorMode(m_db).hasPin();
    if (!pin) {
        m_state->setText(pin.errorMessage());
        m_current->setEnabled(false);
        return;
    }
    const bool set = *pin;
    m_state->setText(set ? tr("A PIN is set. To change it, type it, then the new one twice.")
                         : tr("No PIN yet: choose one here, or when the visitor mode is first opened."));
    m_current->setEnabled(set);
}

bool VisitorPinPage::save()
{
    clearError();
    if (m_pin->text().isEmpty() && m_confirm->text().isEmpty())
        return true; // nothing to change
    VisitorMode mode(m_db);
    const auto set = mode.hasPin();
    if (!set) {
        showError(set.errorMessage());
        return false;
    }
    const auto right = *set ? mode.checkPin(m_current->text()) : Result<bool>(true);
    if (!right) {
        showError(right.errorMessage());
        return false;
    }
    if (!*right) {
        showError(tr("The current PIN is not right."));
        m_current->clear();
        m_current->setFocus();
        return false;
    }
    if (m_pin->text() != m_confirm->text()) {
        showError(tr("The two new PINs differ."));
        m_confirm->clear();
        m_confirm->setFocus();
        return false;
    }
    if (auto s = mode.setPin(m_pin->text()); !s) {
        showError(s.errorMessage());
        m_pin->setFocus();
        return false;
    }
    for (QLineEdit* e : {m_current, m_pin, m_confirm})
        e->clear();
    showState();
    return true;
}

// --- labels -------------------------------------------------------------------------

LabelsPage::LabelsPage(Database& db, QWidget* parent)
    : SettingsPage(QStringLiteral("labels"), tr("Labels"), parent), m_db(db)
{
    QVBoxLayout* layout = body();
    auto* form = new QFormLayout;
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("labelsSheet"));
    m_sheet->setEditable(true);
    m_barcode = new QComboBox(this);
    m_barcode->setObjectName(QStringLiteral("labelsBarcode"));
    m_barcode->addItem(QStringLiteral("Code 128"), QStringLiteral("code128"));
    m_barcode->addItem(QStringLiteral("Code 39"), QStringLiteral("code39"));
    form->addRow(tr("Label &sheet by default:"), m_sheet);
    form->addRow(tr("&Barcode by default:"), m_barcode);
    layout->addLayout(form);
    auto* ownLabel = new QLabel(tr("The centre's &own sheets, in millimetres: "
                                   "COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY]"),
                                this);
    ownLabel->setWordWrap(true);
    layout->addWidget(ownLabel);
    m_own = new QTableWidget(0, 2, this);
    m_own->setObjectName(QStringLiteral("labelsOwn"));
    m_own->setHorizontalHeaderLabels({tr("Name"), tr("Layout")});
    m_own->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_own->setColumnWidth(0, 240);
    m_own->verticalHeader()->hide();
    m_own->setTabKeyNavigation(false);
    ownLabel->setBuddy(m_own);
    layout->addWidget(m_own, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add a sheet"), this);
    auto* remove = new QPushButton(tr("&Remove the sheet"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_own->rowCount();
        m_own->insertRow(row);
        m_own->setItem(row, 0, new QTableWidgetItem(tr("Sheet %1").arg(row + 1)));
        m_own->setItem(row, 1, new QTableWidgetItem(QStringLiteral("3x8:70x36@4.5,0")));
        m_own->setCurrentCell(row, 0);
        m_own->editItem(m_own->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_own->currentRow() >= 0)
            m_own->removeRow(m_own->currentRow());
        fillDefaults(m_sheet->currentText());
    });
    connect(m_own, &QTableWidget::itemChanged, this, [this] { fillDefaults(m_sheet->currentText()); });

    const auto stored = Labels::preferences(db);
    if (!stored) {
        for (QWidget* w :
             {static_cast<QWidget*>(m_sheet), static_cast<QWidget*>(m_barcode), static_cast<QWidget*>(m_own),
              static_cast<QWidget*>(add), static_cast<QWidget*>(remove)})
            w->setEnabled(false);
        showError(stored.errorMessage());
        return;
    }
    m_readable = true;
    {
        const QSignalBlocker blocker(m_own);
        for (const Labels::OwnLayout& o : stored->own) {
            const int row = m_own->rowCount();
            m_own->insertRow(row);
            m_own->setItem(row, 0, new QTableWidgetItem(o.name));
            m_own->setItem(row, 1, new QTableWidgetItem(o.layout));
        }
    }
    fillDefaults(stored->sheet);
    if (const int i = m_barcode->findData(stored->barcode); i >= 0)
        m_barcode->setCurrentIndex(i);
}

void LabelsPage::fillDefaults(const QString& chosen)
{
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    for (const Labels::Sheet& s : Labels::sheets())
        m_sheet->addItem(s.name);
    for (int row = 0; row < m_own->rowCount(); ++row)
        if (const QTableWidgetItem* name = m_own->item(row, 0); name && !name->text().trimmed().isEmpty())
            m_sheet->addItem(name->text().trimmed());
    m_sheet->setCurrentText(chosen);
}

bool LabelsPage::save()
{
    if (!m_readable)
        return true;
    clearError();
    Labels::Preferences p;
    p.sheet = m_sheet->currentText().trimmed();
    p.barcode = m_barcode->currentData().toString();
    for (int row = 0; row < m_own->rowCount(); ++row) {
        const QTableWidgetItem* name = m_own->item(row, 0);
        const QTableWidgetItem* layout = m_own->item(row, 1);
        p.own.append({name ? name->text() : QString(), layout ? layout->text() : QString()});
    }
    if (auto s = Labels::setPreferences(m_db, p); !s) {
        showError(s.errorMessage());
        return false;
    }
    return true;
}

// --- staff --------------------------------------------------------------------------

StaffPage::StaffPage(Database& db, QWidget* parent)
    : SettingsPage(QStringLiteral("staff"), tr("Staff"), parent), m_db(db)
{
    QVBoxLayout* layout = body();
    auto* label = new QLabel(tr("The &members of staff who handle requests and count their time, one "
                                "per line:"),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(QStringLiteral("staffNames"));
    m_names->setTabChangesFocus(true);
    label->setBuddy(m_names);
    layout->addWidget(m_names, 1);
    const auto staff = Requests::staff(db);
    if (!staff) {
        m_names->setEnabled(false);
        showError(staff.errorMessage());
        return;
    }
    m_readable = true;
    m_names->setPlainText(staff->join(u'\n'));
}

bool StaffPage::save()
{
    if (!m_readable)
        return true;
    clearError();
    if (auto s = Requests::setStaff(m_db, m_names->toPlainText().split(u'\n', Qt::SkipEmptyParts)); !s) {
        showError(s.errorMessage());
        return false;
    }
    return true;
}

// --- language -----------------------------------------------------------------------

LanguagePage::LanguagePage(QSettings& user, QWidget* parent)
    : SettingsPage(QStringLiteral("language"), tr("Language"), parent), m_user(user)
{
    QVBoxLayout* layout = body();
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own name, so that it is found whatever the interface speaks.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Interface language:"), m_language);
    layout->addLayout(form);
    layout->addWidget(note(tr("The new language is used from the next start of Infodoc. It is chosen "
                              "for this workstation's user; the catalogue does not change."),
                           this));
    layout->addStretch();
    if (const int i = m_language->findData(interfaceLanguage(user)); i >= 0)
        m_language->setCurrentIndex(i);
}

bool LanguagePage::save()
{
    setInterfaceLanguage(m_user, m_language->currentData().toString());
    if (m_user.status() != QSettings::NoError) {
        showError(tr("The language could not be kept in %1.").arg(m_user.fileName()));
        return false;
    }
    clearError();
    return true;
}

} // namespace infodoc::ui

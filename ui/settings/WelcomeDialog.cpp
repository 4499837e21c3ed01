#include "ui/settings/WelcomeDialog.h"

#include "core/common/Clock.h"
#include "core/setup/NewCatalogue.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/help/HelpWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

WelcomeDialog::WelcomeDialog(const core::Clock& clock, QWidget* parent) : QDialog(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Infodoc"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choicesPage());
    m_pages->addWidget(formPage());
    layout->addWidget(m_pages);
    // F1: the guide's first steps, in the welcome's own window.
    auto* help = new QAction(this);
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, [this] { HelpWindow::open(QStringLiteral("first-run"), this); });
    addAction(help);
    resize(640, 520);
}

QWidget* WelcomeDialog::choicesPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("<h2>Welcome to Infodoc</h2><p>Infodoc keeps the centre's catalogue on this "
                                "computer: the documents, the loans, the appointments and the requests. "
                                "Where do you want to begin?</p>"),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto add = [page, layout](const char* name, const QString& title, const QString& text) {
        auto* b = new QCommandLinkButton(title, text, page);
        b->setObjectName(QString::fromLatin1(name));
        layout->addWidget(b);
        return b;
    };
    auto* create = add("createCentre", tr("&Create the centre's catalogue"),
                       tr("An empty catalogue with the urban-policy thesaurus and the territories, under the "
                          "centre's name."));
    auto* demo = add("openDemo", tr("Look around in the &demonstration catalogue"),
                     tr("Sample records, documents and borrowers, to try everything out. Your own catalogue "
                        "can be created afterwards (File › Open another catalogue)."));
    auto* import = add("importCatalogue", tr("&Import an existing catalogue"),
                       tr("From PMB or another library system (UNIMARC, MARC 21), or from RIS, BibTeX or CSV "
                          "files: the centre's catalogue is created, then the import assistant opens."));
    auto* open = add("openFile", tr("&Open a catalogue file"),
                     tr("A catalogue made by Infodoc, on this "
                        "computer or on a share."));
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, [this] { showCentreForm(false); });
    connect(import, &QPushButton::clicked, this, [this] { showCentreForm(true); });
    connect(demo, &QPushButton::clicked, this, [this] {
        if (openDemo())
            accept();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a catalogue"), QDir::homePath(),
                                                          tr("Infodoc catalogues (*.sqlite)"));
        if (!file.isEmpty() && openFile(file))
            accept();
    });
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addButton(QDialogButtonBox::Help)->setText(tr("&Help (F1)"));
    connect(buttons, &QDialogButtonBox::helpRequested, this,
            [this] { HelpWindow::open(QStringLiteral("first-run"), this); });
    layout->addWidget(buttons);
    return page;
}

QWidget* WelcomeDialog::formPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("<h3>The centre's catalogue</h3><p>The centre's name, address and logo head "
                                "the bibliographies, experience sheets and letters; they can be changed "
                                "later (File › The centre's identity).</p>"),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto row = [page](QLineEdit* edit, const QString& label, const std::function<void()>& choose) {
        auto* h = new QHBoxLayout;
        h->addWidget(edit, 1);
        auto* b = new QPushButton(label, page);
        QObject::connect(b, &QPushButton::clicked, page, choose);
        h->addWidget(b);
        return h;
    };
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("centreName"));
    m_name->setPlaceholderText(tr("Centre de ressources politique de la ville…"));
    form->addRow(tr("Centre's &name:"), m_name);
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("centreAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(64);
    form->addRow(tr("&Address:"), m_address);
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("centreEmail"));
    form->addRow(tr("&E-mail:"), m_email);
    m_logoFile = new QLineEdit(page);
    m_logoFile->setObjectName(QStringLiteral("centreLogoFile"));
    m_logo = new QLabel(page);
    m_logo->setFixedSize(96, 48);
    connect(m_logoFile, &QLineEdit::textChanged, this, [this](const QString& file) {
        QImageReader reader(QDir::fromNativeSeparators(file.trimmed()));
        reader.setScaledSize(reader.size().scaled(m_logo->size(), Qt::KeepAspectRatio));
        const QImage image = reader.read();
        m_logo->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    });
    auto* logoRow = row(m_logoFile, tr("C&hoose…"), [this] { chooseLogo(); });
    logoRow->addWidget(m_logo);
    form->addRow(tr("&Logo (optional):"), logoRow);
    m_where = new QLineEdit(page);
    m_where->setObjectName(QStringLiteral("cataloguePath"));
    form->addRow(tr("Catalogue &file:"), row(m_where, tr("Ch&ange…"), [this] {
                     const QString file =
                         QFileDialog::getSaveFileName(this, tr("Where the catalogue goes"), m_where->text(),
                                                      tr("Infodoc catalogues (*.sqlite)"));
                     if (!file.isEmpty())
                         m_where->setText(QDir::toNativeSeparators(file));
                 }));
    m_backups = new QCheckBox(
        tr("&Back up automatically (when the program closes and every day at 12:30) to:"), page);
    m_backups->setObjectName(QStringLiteral("backupsOn"));
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("a USB drive, a network share…"));
    connect(m_backupFolder, &QLineEdit::textEdited, m_backups, [this] { m_backups->setChecked(true); });
    layout->addLayout(form);
    layout->addWidget(m_backups);
    layout->addLayout(row(m_backupFolder, tr("Choo&se…"), [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder of the backups"), QDir::homePath());
        if (!dir.isEmpty()) {
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
            m_backups->setChecked(true);
        }
    }));
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(page);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    auto* create = buttons->addButton(tr("C&reate the catalogue"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(create, &QPushButton::clicked, this, [this] {
        if (createCentre())
            accept();
    });
    layout->addWidget(buttons);
    return page;
}

void WelcomeDialog::setProposedPath(const QString& path)
{
    // A name not taken yet: catalogue.sqlite, else catalogue-2.sqlite…
    const QFileInfo info(path);
    QString free = info.absoluteFilePath();
    for (int n = 2; QFileInfo::exists(free); ++n)
        free = info.absolutePath() + u'/' + info.completeBaseName() + u'-' + QString::number(n) +
               QStringLiteral(".sqlite");
    m_where->setText(QDir::toNativeSeparators(free));
}

void WelcomeDialog::showCentreForm(bool import)
{
    m_import = import;
    m_pages->setCurrentIndex(1);
    m_name->setFocus();
}

void WelcomeDialog::chooseLogo()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Logo of the centre"), QDir::homePath(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    m_logoFile->setText(QDir::toNativeSeparators(file));
}

bool WelcomeDialog::createCentre()
{
    core::NewCatalogue::Centre centre;
    centre.path = QDir::fromNativeSeparators(m_where->text().trimmed());
    centre.identity.name = m_name->text().trimmed();
    centre.identity.address = m_address->toPlainText().trimmed();
    centre.identity.email = m_email->text().trimmed();
    const QString logo = QDir::fromNativeSeparators(m_logoFile->text().trimmed());
    if (!logo.isEmpty()) {
        // A logo is a small picture: read bounded, checked by CentreSettings.
        QFile f(logo);
        if (f.size() > 5 * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The logo %1 cannot be read, or is larger than 5 MB.")
                                     .arg(QDir::toNativeSeparators(logo)));
            return false;
        }
        centre.identity.logo = f.readAll();
    }
    if (m_backups->isChecked()) {
        core::AutomaticBackups::Policy policy;
        policy.enabled = true;
        policy.folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
        centre.backups = policy;
    }
    auto db = core::NewCatalogue::create(centre, m_clock);
    if (!db) {
        QMessageBox::warning(this, windowTitle(), db.errorMessage());
        return false;
    }
    m_path = (*db)->path();
    m_choice = m_import ? Choice::Import : Choice::Created;
    return true;
}

bool WelcomeDialog::openDemo()
{
    const QString path = m_demoPath.isEmpty() ? core::NewCatalogue::demoPath() : m_demoPath;
    const int records = m_demoRecords;
    const core::Clock& clock = m_clock;
    const core::Status status = BackgroundTask::run(
        this, tr("Making the demonstration catalogue…"),
        [path, records, &clock](const BackgroundTask::Progress& progress) -> core::Status {
            auto db = core::NewCatalogue::createDemo(path, records, clock, progress);
            return db ? core::Status::success() : core::Status(db.error());
        });
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.errorMessage());
        return false;
    }
    m_path = path;
    m_choice = Choice::Demo;
    return true;
}

bool WelcomeDialog::openFile(const QString& path)
{
    // Opening checks that it is a catalogue (and brings it up to date).
    auto db = core::Database::open(path, core::Database::OpenMode::ExistingOnly);
    if (!db) {
        QMessageBox::warning(this, windowTitle(), db.errorMessage());
        return false;
    }
    m_path = (*db)->path();
    m_choice = Choice::Opened;
    return true;
}

} // namespace infodoc::ui

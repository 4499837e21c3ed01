#include "ui/main/MainWindow.h"

#include "core/common/Clock.h"
#include "core/search/IndexSync.h"
#include "core/search/TextExtractor.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/Database.h"
#include "core/visits/VisitorMode.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/DocumentViewer.h"
#include "ui/catalog/PeriodicalsDialog.h"
#include "ui/circulation/LoansPage.h"
#include "ui/common/BackgroundTask.h"
#include "ui/help/HelpWindow.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/interop/CopyCatalogueDialog.h"
#include "ui/interop/ExportDialog.h"
#include "ui/interop/ImportDialog.h"
#include "ui/output/BibliographyDialog.h"
#include "ui/output/SheetExportDialog.h"
#include "ui/reports/ReportsPage.h"
#include "ui/requests/RequestsPage.h"
#include "ui/search/SearchPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WelcomeDialog.h"
#include "ui/visitor/VisitorWindow.h"
#include "ui/visits/AppointmentsPage.h"
#include "ui/vocabulary/AuthoritiesPage.h"
#include "ui/vocabulary/ThesaurusPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace infodoc::ui {

namespace {
const char* const kModuleNames[] = {"catalogue", "search",  "loans",     "appointments",
                                    "requests",  "reports", "thesaurus", "authorities"};
}

MainWindow::MainWindow(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Infodoc — %1").arg(QDir::toNativeSeparators(db.path())));
    resize(1280, 800);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("moduleNavigation"));
    m_navigation->setAccessibleName(tr("Modules"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);

    m_catalogue = new CataloguePage(db, clock, this);
    QStyle* s = style();
    addModule(Module::Catalogue, tr("Catalogue"), s->standardIcon(QStyle::SP_FileDialogDetailedView),
              m_catalogue);
    m_search = new SearchPage(db, clock, this);
    addModule(Module::Search, tr("Search"), s->standardIcon(QStyle::SP_FileDialogContentsView), m_search);
    m_loans = new LoansPage(db, clock, this);
    addModule(Module::Loans, tr("Loans"), s->standardIcon(QStyle::SP_ArrowRight), m_loans);
    // A loan or a return changes a copy's availability: the lists and the index follow.
    connect(m_loans, &LoansPage::circulationChanged, m_search, &SearchPage::catalogueChanged);
    connect(m_loans, &LoansPage::circulationChanged, m_catalogue, &CataloguePage::reload);
    auto* appointments = new AppointmentsPage(db, clock, this);
    m_appointments = appointments;
    addModule(Module::Appointments, tr("Appointments"), s->standardIcon(QStyle::SP_FileDialogInfoView),
              appointments);
    // A loan made during a visit, a copy set aside: the desk, the lists and the index follow.
    connect(appointments, &AppointmentsPage::circulationChanged, m_search, &SearchPage::catalogueChanged);
    connect(appointments, &AppointmentsPage::circulationChanged, m_catalogue, &CataloguePage::reload);
    connect(appointments, &AppointmentsPage::visitorModeRequested, this, &MainWindow::enterVisitorMode);
    connect(appointments, &AppointmentsPage::settingsRequested, this, &MainWindow::openSettings);
    auto* requests = new RequestsPage(db, clock, this);
    addModule(Module::Requests, tr("Requests"), s->standardIcon(QStyle::SP_MessageBoxQuestion), requests);
    // A request kept as a reusable answer is a record: the lists and the index follow.
    connect(requests, &RequestsPage::catalogueChanged, m_search, &SearchPage::catalogueChanged);
    connect(requests, &RequestsPage::catalogueChanged, m_catalogue, &CataloguePage::reload);
    addModule(Module::Reports, tr("Reports"), s->standardIcon(QStyle::SP_FileDialogListView),
              new ReportsPage(db, clock, this));

    auto* thesaurus = new ThesaurusPage(db, clock, this);
    addModule(Module::Thesaurus, tr("Thesaurus"), s->standardIcon(QStyle::SP_DirOpenIcon), thesaurus);
    auto* authorities = new AuthoritiesPage(db, clock, this);
    addModule(Module::Authorities, tr("Authorities"), s->standardIcon(QStyle::SP_DialogApplyButton),
              authorities);
    // Renamed or merged descriptors and names change records: the lists and the index follow.
    connect(thesaurus, &ThesaurusPage::thesaurusChanged, m_catalogue, &CataloguePage::reload);
    connect(thesaurus, &ThesaurusPage::thesaurusChanged, m_search, &SearchPage::catalogueChanged);
    connect(authorities, &AuthoritiesPage::authoritiesChanged, m_catalogue, &CataloguePage::reload);
    connect(authorities, &AuthoritiesPage::authoritiesChanged, m_search, &SearchPage::catalogueChanged);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_catalogue, &CataloguePage::catalogueChanged, m_search, &SearchPage::catalogueChanged);
    // Attached files open in the viewer, at the page where the searched words are.
    connect(m_search, &SearchPage::attachmentOpened, this,
            [this](qint64, qint64 attachmentId, int page, const QStringList& stems, const QList<int>& pages) {
                DocumentViewer::open(m_db, m_clock, attachmentId, page, stems, pages, this);
            });
    connect(m_catalogue, &CataloguePage::attachmentOpened, this, [this](qint64 attachmentId) {
        DocumentViewer::open(m_db, m_clock, attachmentId, 0, {}, {}, this);
    });
    setUpMenus();
    showModule(Module::Catalogue);
    statusBar()->showMessage(tr("Catalogue: %1").arg(QDir::toNativeSeparators(db.path())));
    m_backupProblem = new QLabel(this);
    m_backupProblem->setObjectName(QStringLiteral("backupProblem"));
    m_backupProblem->setTextFormat(Qt::PlainText);
    m_backupProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_backupProblem->hide();
    statusBar()->addPermanentWidget(m_backupProblem);
    if (db.isReadOnly()) {
        // A CD, a read-only share, a copy for consultation: browsed, searched
        // and printed, never changed, so never backed up.
        auto* readOnly = new QLabel(tr("Read-only"), this);
        readOnly->setObjectName(QStringLiteral("readOnly"));
        readOnly->setTextFormat(Qt::PlainText);
        readOnly->setStyleSheet(QStringLiteral("font-weight: bold"));
        readOnly->setToolTip(
            tr("This catalogue cannot be written to: it can be browsed, searched and printed, "
               "nothing in it can be changed. Copy it to a folder where you can write to "
               "change it."));
        statusBar()->addPermanentWidget(readOnly);
        return;
    }
    // The timed backup: looked for every minute.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    m_backupTimer->start();
}

QString MainWindow::backupProblem() const
{
    return m_backupProblem->isHidden() ? QString() : m_backupProblem->text();
}

void MainWindow::backUpIfDue()
{
    if (m_backupThread || m_db.isReadOnly())
        return;
    auto due = core::AutomaticBackups(m_db, m_clock).due();
    const QDate today = m_clock.now().toLocalTime().date();
    if (!due) {
        // Said once a day in the status bar, where it stays; never skipped silently.
        if (m_backupWarned != today) {
            m_backupWarned = today;
            m_backupProblem->setText(tr("Automatic backup not done: %1").arg(due.errorMessage()));
            m_backupProblem->show();
        }
        return;
    }
    if (!*due)
        return;
    auto result = std::make_shared<core::Result<core::AutomaticBackups::Backup>>(core::Error{});
    const QString path = m_db.path();
    const core::Clock& clock = m_clock;
    m_backupThread = QThread::create([path, result, &clock] {
        auto db = core::Database::open(path, core::Database::OpenMode::ExistingOnly);
        if (!db) {
            *result = db.error();
            return;
        }
        core::AutomaticBackups backups(**db, clock);
        *result = backups.run();
    });
    statusBar()->showMessage(tr("Automatic backup in progress…"));
    connect(m_backupThread, &QThread::finished, this, [this, result, today] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (*result) {
            m_backupProblem->hide();
            statusBar()->showMessage(tr("Automatic backup written and verified: %1")
                                         .arg(QDir::toNativeSeparators((*result)->path)),
                                     10000);
        } else {
            m_backupWarned = today;
            m_backupProblem->setText(tr("Automatic backup not done: %1").arg(result->errorMessage()));
            m_backupProblem->show();
            statusBar()->clearMessage();
        }
    });
    m_backupThread->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_backupThread)
        m_backupThread->wait();
    if (m_db.isReadOnly()) {
        QMainWindow::closeEvent(event);
        return;
    }
    auto policy = core::AutomaticBackups::policy(m_db);
    if (!m_pendingRestore.isEmpty() || (policy && (!policy->enabled || !policy->atClose))) {
        QMainWindow::closeEvent(event);
        return;
    }
    core::Status status = policy ? core::Status::success() : core::Status(policy.error());
    if (status) {
        const core::Clock& clock = m_clock;
        status = BackgroundTask::runOnCatalogue(
            this, tr("Backing up the catalogue before closing…"), m_db.path(),
            [&clock](core::Database& db, const BackgroundTask::Progress& progress) -> core::Status {
                auto b = core::AutomaticBackups(db, clock).run(
                    [&progress](const QString&, qint64 done, qint64 total) {
                        return progress(int(done), int(total));
                    });
                return b ? core::Status::success() : core::Status(b.error());
            });
    }
    if (!status) {
        const auto answer = QMessageBox::warning(
            this, tr("Automatic backup"),
            tr("The backup could not be written: %1\n\nClose anyway?").arg(status.errorMessage()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::enterVisitorMode(qint64 appointmentId)
{
    core::VisitorMode mode(m_db);
    const auto set = mode.hasPin();
    if (!set) {
        QMessageBox::warning(this, tr("Visitor mode"), set.errorMessage());
        return;
    }
    if (!*set) {
        bool ok = false;
        const QString pin = QInputDialog::getText(
            this, tr("Visitor mode"),
            tr("Choose the staff PIN (4 to 12 digits). It will be asked to leave the visitor mode:"),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const QString again = QInputDialog::getText(this, tr("Visitor mode"), tr("Type the PIN again:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (pin != again) {
            QMessageBox::warning(this, tr("Visitor mode"), tr("The two PINs differ; nothing was changed."));
            return;
        }
        if (auto s = mode.setPin(pin); !s) {
            QMessageBox::warning(this, tr("Visitor mode"), s.errorMessage());
            return;
        }
    }
    if (auto s = mode.enter(appointmentId); !s) {
        QMessageBox::warning(this, tr("Visitor mode"), s.errorMessage());
        return;
    }
    showVisitorMode();
}

void MainWindow::showVisitorMode()
{
    m_visitor = std::make_unique<VisitorWindow>(m_db, m_clock);
    connect(m_visitor.get(), &VisitorWindow::left, this, [this] {
        show();
        // Not from inside the visitor window's own signal.
        QMetaObject::invokeMethod(
            this, [this] { m_visitor.reset(); }, Qt::QueuedConnection);
    });
    hide();
    m_visitor->showFullScreen();
    m_visitor->activateWindow();
    m_visitor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::addModule(Module module, const QString& label, const QIcon& icon, QWidget* page)
{
    const int index = int(module);
    page->setObjectName(QString::fromLatin1(kModuleNames[index]) + QStringLiteral("Page"));
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(label);
    // Every module's icon at the list's size: a style's icon drawn only
    // small (the folder, the tick) is scaled up like the others.
    const QSize size = m_navigation->iconSize();
    QList<QSize> sizes = icon.availableSizes();
    std::sort(sizes.begin(), sizes.end(),
              [](const QSize& a, const QSize& b) { return a.width() < b.width(); });
    const QSize source = sizes.isEmpty() ? size : sizes.constLast();
    const QPixmap drawn = icon.pixmap(source).scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.drawPixmap((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2, drawn);
    }
    auto* item = new QListWidgetItem(QIcon(pixmap), label, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(label).arg(index + 1));
    m_pages->addWidget(page);
    auto* action = new QAction(label, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, module] { showModule(module); });
    addAction(action);
}

void MainWindow::setUpMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* another = file->addAction(tr("&Open another catalogue…"), this, [this] {
        WelcomeDialog welcome(m_clock, this);
        welcome.setProposedPath(m_db.path());
        if (welcome.exec() != QDialog::Accepted || welcome.cataloguePath() == m_db.path())
            return;
        m_nextCatalogue = welcome.cataloguePath();
        m_importNext = welcome.choice() == WelcomeDialog::Choice::Import;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    another->setObjectName(QStringLiteral("openAnotherAction"));
    m_openAnother = another;
    another->setShortcut(QKeySequence::Open);
    QAction* settings = file->addAction(tr("&Settings…"), this, [this] { openSettings(QString()); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction* backups =
        file->addAction(tr("Automatic &backups…"), this, [this] { openSettings(QStringLiteral("backups")); });
    backups->setObjectName(QStringLiteral("backupsAction"));
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import records…"), this, [this] { importFile({}); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* copyAction = file->addAction(tr("&Copy cataloguing (BnF, SUDOC, Z39.50)…"), this, [this] {
        CopyCatalogueDialog dialog(m_db, m_clock, this);
        connect(&dialog, &CopyCatalogueDialog::imported, this, [this](qint64 id) {
            m_catalogue->reload();
            m_search->catalogueChanged();
            statusBar()->showMessage(tr("Record %1 imported.").arg(id));
        });
        dialog.exec();
    });
    copyAction->setObjectName(QStringLiteral("copyCatalogueAction"));
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction* exportAction = file->addAction(tr("E&xport records…"), this, [this] {
        // The selection if there is one; the whole catalogue can be chosen in the dialog.
        ExportDialog dialog(m_db, m_clock, m_catalogue->selectedRecordIds(), this);
        dialog.exec();
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    file->addSeparator();
    QAction* visitor = file->addAction(tr("&Visitor mode…"), this, [this] { enterVisitorMode(0); });
    visitor->setObjectName(QStringLiteral("visitorModeAction"));
    visitor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* find = go->addAction(tr("&Filter the catalogue"), this, [this] {
        showModule(Module::Catalogue);
        m_catalogue->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* search = go->addAction(tr("&Search the catalogue and documents"), this, [this] {
        showModule(Module::Search);
        m_search->focusQuery();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    for (QAction* action : actions())
        go->addAction(action);

    QMenu* documents = menuBar()->addMenu(tr("&Documents"));
    QAction* bibliography = documents->addAction(tr("&Bibliography of the selection…"), this, [this] {
        const QList<qint64> ids = selectionOrWarn();
        if (ids.isEmpty())
            return;
        BibliographyDialog dialog(m_db, m_clock, ids, this);
        dialog.exec();
    });
    bibliography->setObjectName(QStringLiteral("bibliographyAction"));
    bibliography->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction* sheets = documents->addAction(tr("&Experience sheets of the selection…"), this, [this] {
        const QList<qint64> ids = selectionOrWarn();
        if (ids.isEmpty())
            return;
        SheetExportDialog dialog(m_db, ids, this);
        dialog.exec();
    });
    sheets->setObjectName(QStringLiteral("sheetsAction"));
    sheets->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* labels = documents->addAction(tr("&Labels of the selection's copies…"), this, [this] {
        const QList<qint64> ids = selectionOrWarn();
        if (ids.isEmpty())
            return;
        showModule(Module::Loans);
        m_loans->showLabelsFor(ids);
    });
    labels->setObjectName(QStringLiteral("labelsAction"));
    labels->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    documents->addSeparator();
    QAction* periodicals =
        documents->addAction(tr("&Periodicals: receive an issue, late issues…"), this, [this] {
            PeriodicalsDialog dialog(m_db, m_clock, this);
            // Issues received are records: the lists and the index follow.
            connect(&dialog, &PeriodicalsDialog::catalogueChanged, m_catalogue, &CataloguePage::reload);
            connect(&dialog, &PeriodicalsDialog::catalogueChanged, m_search, &SearchPage::catalogueChanged);
            dialog.exec();
        });
    periodicals->setObjectName(QStringLiteral("periodicalsAction"));
    periodicals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        // The chapter of the page shown.
        static const char* const chapters[] = {"catalogue", "search",  "loans",      "appointments",
                                               "requests",  "reports", "vocabulary", "vocabulary"};
        HelpWindow::open(QString::fromLatin1(chapters[int(currentModule())]), this);
    });
    guide->setObjectName(QStringLiteral("helpAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts…"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Infodoc"), this, [this] {
        QMessageBox::about(
            this, tr("About Infodoc"),
            tr("<p><b>Infodoc %1</b></p><p>Documentation and library manager for urban-policy "
               "resource centres.</p><p>Free software under the GNU General Public License, "
               "version 3 or later.</p><p>Built on free libraries: Qt %2 (LGPL 3), SQLite "
               "(public domain), Xapian and Poppler (GPL 2 or later), libical (LGPL 2.1 or MPL "
               "2.0), Zint and YAZ (BSD 3-clause), libxlsxwriter (BSD 2-clause), minizip "
               "(zlib licence).</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::openSettings(const QString& page)
{
    QSettings user;
    SettingsDialog dialog(m_db, m_clock, user, this);
    if (!page.isEmpty())
        dialog.showPage(page);
    connect(&dialog, &SettingsDialog::restoreRequested, this, [this](const QString& path) {
        m_pendingRestore = path;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    connect(&dialog, &SettingsDialog::openAnotherRequested, this,
            [this] { QTimer::singleShot(0, this, [this] { m_openAnother->trigger(); }); });
    connect(&dialog, &SettingsDialog::settingsChanged, this, [this] {
        // The desk's rules and labels, the appointments' hours, the index (OCR) follow.
        m_loans->settingsChanged();
        m_appointments->reload();
        m_search->catalogueChanged();
        if (auto p = core::AutomaticBackups::policy(m_db); p && !p->enabled)
            m_backupProblem->hide();
    });
    dialog.exec();
}

void MainWindow::importFile(const QString& path)
{
    ImportDialog dialog(m_db, m_clock, this);
    if (!path.isEmpty())
        dialog.setFile(path);
    connect(&dialog, &ImportDialog::imported, this, [this](const QList<qint64>& ids) {
        m_catalogue->reload();
        m_search->catalogueChanged();
        statusBar()->showMessage(tr("%n record(s) imported.", nullptr, int(ids.size())));
    });
    dialog.exec();
}

QList<qint64> MainWindow::selectionOrWarn()
{
    const bool search = currentModule() == Module::Search;
    const QList<qint64> ids = search ? m_search->selectedRecordIds() : m_catalogue->selectedRecordIds();
    if (ids.isEmpty())
        QMessageBox::information(this, tr("No record selected"),
                                 search ? tr("Select one or more search results first (Ctrl+A selects every "
                                             "result shown).")
                                        : tr("Select one or more records in the catalogue first (Ctrl+A "
                                             "selects the whole list)."));
    return ids;
}

void MainWindow::showModule(Module module)
{
    m_navigation->setCurrentRow(int(module));
    m_pages->setCurrentIndex(int(module));
    m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
}

MainWindow::Module MainWindow::currentModule() const
{
    return Module(m_pages->currentIndex());
}

std::optional<MainWindow::Module> MainWindow::moduleFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(kModuleNames)); ++i) {
        if (name == QLatin1String(kModuleNames[i]))
            return Module(i);
    }
    return std::nullopt;
}

} // namespace infodoc::ui

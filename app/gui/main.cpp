#include "core/catalog/RecordRepository.h"
#include "core/circulation/PersonalData.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/storage/Database.h"
#include "core/visits/VisitorMode.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/RecordEditor.h"
#include "ui/common/KeptLayout.h"
#include "ui/common/Screenshot.h"
#include "ui/interop/ImportDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WelcomeDialog.h"
#include "ui/visitor/VisitorWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace infodoc;

int main(int argc, char* argv[])
{
    // The version is asked for in a terminal, perhaps with no display to open.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("infodoc %s\n", INFODOC_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Infodoc"));
    QApplication::setApplicationName(QStringLiteral("infodoc"));
    QApplication::setApplicationDisplayName(QStringLiteral("Infodoc"));
    QApplication::setApplicationVersion(QStringLiteral(INFODOC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.infodoc.Infodoc"));
    // The language chosen in the settings, else the system's.
    {
        const QSettings chosen;
        const QLocale locale = core::interfaceLocale(core::interfaceLanguage(chosen));
        QLocale::setDefault(locale);
        core::installTranslations(app, locale);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Documentation and library manager for resource centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the catalogue FILE."),
                                      QApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as a PNG image and quit."),
        QApplication::translate("main", "PNG"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on the module NAME (catalogue, search, loans, appointments, "
                                        "requests, reports, thesaurus, authorities)."),
        QApplication::translate("main", "NAME"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), QApplication::translate("main", "Open the Search page on the query TEXT."),
        QApplication::translate("main", "TEXT"));
    const QCommandLineOption recordOption(QStringLiteral("record"),
                                          QApplication::translate("main", "Open the form of the record ID."),
                                          QApplication::translate("main", "ID"));
    const QCommandLineOption visitorOption(
        QStringLiteral("visitor"),
        QApplication::translate("main", "Open in visitor mode (a staff PIN must have been set)."));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main",
                                "Open the import assistant on FILE (with --screenshot: its preview)."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("main",
                                "Open the settings on the page NAME (backups, centre, ocr, visitor, hours, "
                                "loans, labels, staff, language)."),
        QApplication::translate("main", "NAME"));
    parser.addOptions({dbOption, screenshotOption, pageOption, queryOption, recordOption, visitorOption,
                       importOption, settingsOption});
    parser.process(app);
    // Pictures do not depend on how the user left the windows.
    ui::setLayoutKept(!parser.isSet(screenshotOption));

    auto fail = [](const QString& message) {
        std::fprintf(stderr, "infodoc: %s\n", qPrintable(message));
        if (qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Infodoc"), message);
        return 1;
    };

    std::optional<ui::MainWindow::Module> module;
    if (parser.isSet(pageOption)) {
        module = ui::MainWindow::moduleFromName(parser.value(pageOption));
        if (!module)
            return fail(
                QApplication::translate("main", "Unknown module \"%1\".").arg(parser.value(pageOption)));
    }

    // An explicit catalogue must exist. Otherwise the one opened last, or the
    // user's default one; with none, the welcome (create, demo, import, open).
    core::SystemClock clock;
    const bool explicitPath = parser.isSet(dbOption) || !qEnvironmentVariableIsEmpty("INFODOC_DB");
    QString path = core::Database::resolvePath(parser.value(dbOption));
    QSettings user;
    const QString rememberedKey = QStringLiteral("catalogue/path");
    bool importAfter = false;
    if (!explicitPath) {
        const QString remembered = user.value(rememberedKey).toString();
        if (!remembered.isEmpty() && QFileInfo::exists(remembered)) {
            path = remembered;
        } else if (!QFileInfo::exists(path)) {
            ui::WelcomeDialog welcome(clock);
            welcome.setProposedPath(path);
            if (parser.isSet(screenshotOption)) {
                welcome.show();
                if (auto s = ui::saveScreenshot(&welcome, parser.value(screenshotOption)); !s)
                    return fail(s.errorMessage());
                return 0;
            }
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            path = welcome.cataloguePath();
            importAfter = welcome.choice() == ui::WelcomeDialog::Choice::Import;
        }
    }
    auto db = core::Database::open(path, core::Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(db.errorMessage());
    if (!explicitPath)
        user.setValue(rememberedKey, (*db)->path());

    auto window = std::make_unique<ui::MainWindow>(**db, clock);
    // The desk was left in visitor mode (closed by accident, or the computer restarted): back to it.
    const auto active = core::VisitorMode(**db).isActive();
    if (!active)
        return fail(active.errorMessage());
    const bool visitor = parser.isSet(visitorOption) || *active;
    if (visitor) {
        if (parser.isSet(visitorOption) && !*active) {
            if (auto s = core::VisitorMode(**db).enter(); !s)
                return fail(s.errorMessage());
        }
        window->showVisitorMode();
        ui::VisitorWindow* desk = window->visitorWindow();
        if (parser.isSet(queryOption))
            desk->setQuery(parser.value(queryOption));
        if (parser.isSet(screenshotOption)) {
            QEventLoop loop;
            QObject::connect(desk, &ui::VisitorWindow::resultShown, &loop, &QEventLoop::quit);
            QTimer::singleShot(300000, &loop, &QEventLoop::quit);
            loop.exec();
            desk->resize(1400, 900);
            if (desk->model()->rowCount() > 0) {
                desk->results()->setCurrentIndex(desk->model()->index(0));
                desk->addCurrent();
            }
            if (auto s = ui::saveScreenshot(desk, parser.value(screenshotOption)); !s)
                return fail(s.errorMessage());
            return 0;
        }
        return QApplication::exec();
    }
    if (module)
        window->showModule(*module);
    if (parser.isSet(queryOption) || window->currentModule() == ui::MainWindow::Module::Search) {
        window->showModule(ui::MainWindow::Module::Search);
        if (parser.isSet(screenshotOption)) {
            // The picture shows the answer, not the page waiting for it.
            QEventLoop loop;
            QObject::connect(window->searchPage(), &ui::SearchPage::resultShown, &loop, &QEventLoop::quit);
            QObject::connect(window->searchPage()->controller(), &ui::SearchController::failed, &loop,
                             &QEventLoop::quit);
            QTimer::singleShot(300000, &loop, &QEventLoop::quit);
            window->searchPage()->setQuery(parser.value(queryOption));
            loop.exec();
            // With the record of the first hit beside the list.
            if (window->searchPage()->model()->rowCount() > 0)
                window->searchPage()->results()->setCurrentIndex(window->searchPage()->model()->index(0));
        } else {
            window->searchPage()->setQuery(parser.value(queryOption));
        }
    }
    if (parser.isSet(recordOption)) {
        const qint64 id = parser.value(recordOption).toLongLong();
        core::RecordRepository records(**db, clock);
        auto record = records.get(id);
        if (!record)
            return fail(record.errorMessage());
        if (parser.isSet(screenshotOption)) {
            ui::RecordEditor editor(**db, clock, *record);
            if (auto s = ui::saveScreenshot(&editor, parser.value(screenshotOption)); !s)
                return fail(s.errorMessage());
            return 0;
        }
        ui::MainWindow* w = window.get();
        QTimer::singleShot(0, w, [w, id] { w->cataloguePage()->editRecord(id); });
    }
    if (parser.isSet(importOption)) {
        if (parser.isSet(screenshotOption)) {
            ui::ImportDialog dialog(**db, clock, window.get());
            dialog.setFile(parser.value(importOption));
            dialog.show();
            if (auto s = dialog.preview(); !s)
                return fail(s.errorMessage());
            if (auto s = ui::saveScreenshot(&dialog, parser.value(screenshotOption)); !s)
                return fail(s.errorMessage());
            return 0;
        }
        ui::MainWindow* w = window.get();
        QTimer::singleShot(0, w, [w, file = parser.value(importOption)] { w->importFile(file); });
    }
    if (parser.isSet(settingsOption)) {
        if (parser.isSet(screenshotOption)) {
            QSettings workstation;
            ui::SettingsDialog dialog(**db, clock, workstation, window.get());
            dialog.showPage(parser.value(settingsOption));
            dialog.show();
            if (auto s = ui::saveScreenshot(&dialog, parser.value(screenshotOption)); !s)
                return fail(s.errorMessage());
            return 0;
        }
        ui::MainWindow* w = window.get();
        QTimer::singleShot(0, w, [w, page = parser.value(settingsOption)] { w->openSettings(page); });
    }
    if (parser.isSet(screenshotOption)) {
        if (auto s = ui::saveScreenshot(window.get(), parser.value(screenshotOption)); !s)
            return fail(s.errorMessage());
        return 0;
    }
    ui::restoreWindow(window.get(), QStringLiteral("main"));
    window->show();
    if (importAfter) {
        ui::MainWindow* w = window.get();
        QTimer::singleShot(0, w, [w] { w->importFile(QString()); });
    }
    int code = QApplication::exec();
    ui::saveWindow(window.get(), QStringLiteral("main"));
    // A backup chosen in the backups dialog (the catalogue closed, restored —
    // checked first, the erased people erased again — and opened again), or
    // another catalogue chosen in File › Open another catalogue.
    while (!window->pendingRestore().isEmpty() || !window->nextCatalogue().isEmpty()) {
        const QString backup = window->pendingRestore();
        const QString next = window->nextCatalogue();
        importAfter = window->importAfterOpening();
        window.reset();
        db->reset();
        QString said;
        if (!backup.isEmpty()) {
            auto restored = core::PersonalData::restoreBackup(backup, path, clock);
            if (!restored)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Restore a backup"),
                                      QApplication::translate("main", "The catalogue was not replaced: %1")
                                          .arg(restored.errorMessage()));
            else
                said = QApplication::translate("main", "Catalogue restored from %1")
                           .arg(QDir::toNativeSeparators(backup));
        } else {
            path = next;
        }
        db = core::Database::open(path, core::Database::OpenMode::ExistingOnly);
        if (!db)
            return fail(db.errorMessage());
        if (!explicitPath)
            user.setValue(rememberedKey, (*db)->path());
        window = std::make_unique<ui::MainWindow>(**db, clock);
        window->show();
        if (!said.isEmpty())
            window->statusBar()->showMessage(said);
        if (importAfter) {
            ui::MainWindow* w = window.get();
            QTimer::singleShot(0, w, [w] { w->importFile(QString()); });
        }
        code = QApplication::exec();
    }
    return code;
}

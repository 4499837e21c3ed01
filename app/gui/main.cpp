#include "catalog/StarterData.h"
#include "common/Clock.h"
#include "common/Screenshot.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace infodoc;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Infodoc"));
    QApplication::setApplicationName(QStringLiteral("infodoc"));
    QApplication::setApplicationDisplayName(QStringLiteral("Infodoc"));
    QApplication::setApplicationVersion(QStringLiteral(INFODOC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.infodoc.Infodoc"));
    core::installTranslations(app);

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
                                        "requests, reports)."),
        QApplication::translate("main", "NAME"));
    parser.addOptions({dbOption, screenshotOption, pageOption});
    parser.process(app);

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

    // An explicit catalogue must exist; the user's default one is created
    // on first start.
    const bool explicitPath = parser.isSet(dbOption) || !qEnvironmentVariableIsEmpty("INFODOC_DB");
    const QString path = core::Database::resolvePath(parser.value(dbOption));
    auto db = core::Database::open(path, explicitPath ? core::Database::OpenMode::ExistingOnly
                                                      : core::Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.errorMessage());
    core::SystemClock clock;
    if ((*db)->wasCreated()) {
        if (auto s = core::StarterData::install(**db, clock); !s)
            return fail(s.errorMessage());
    }

    ui::MainWindow window(**db, clock);
    if (module)
        window.showModule(*module);
    if (parser.isSet(screenshotOption)) {
        if (auto s = ui::saveScreenshot(&window, parser.value(screenshotOption)); !s)
            return fail(s.errorMessage());
        return 0;
    }
    window.show();
    return QApplication::exec();
}

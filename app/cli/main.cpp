#include "app/cli/CliApplication.h"
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

int main(int argc, char* argv[])
{
    // Taken before the application object, which removes the options it
    // knows (QGuiApplication takes --style for itself).
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    // Commands that lay out documents (PDF, ODT) need fonts, hence a GUI
    // application object; without a display it runs on the offscreen platform.
    if (infodoc::app::CliApplication::needsDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Infodoc"));
    QCoreApplication::setApplicationName(QStringLiteral("infodoc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INFODOC_VERSION));
    infodoc::core::installTranslations(*app);
    return infodoc::app::CliApplication().run(arguments);
}

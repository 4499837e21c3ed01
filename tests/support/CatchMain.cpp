#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>
#if defined(INFODOC_GUI_TESTS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(INFODOC_DOCUMENT_TESTS)
// Documents (PDF, ODT) are laid out with fonts: a GUI application object, no widgets.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // Nothing a test does may touch the user's real data folder.
    QStandardPaths::setTestModeEnabled(true);
    // Test discovery runs the binary without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("infodoc-tests"));
    return Catch::Session().run(argc, argv);
}

#include "cli/CliApplication.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Infodoc"));
    QCoreApplication::setApplicationName(QStringLiteral("infodoc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INFODOC_VERSION));
    infodoc::core::installTranslations(app);
    return infodoc::app::CliApplication().run(QCoreApplication::arguments().mid(1));
}

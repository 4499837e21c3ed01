#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace infodoc::core {

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("infodoc"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString interfaceLanguage(const QSettings& user)
{
    const QString language = user.value(QStringLiteral("interface/language")).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

void setInterfaceLanguage(QSettings& user, const QString& language)
{
    if (language.isEmpty())
        user.remove(QStringLiteral("interface/language"));
    else
        user.setValue(QStringLiteral("interface/language"), language);
    user.sync();
}

QLocale interfaceLocale(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French,
                       system.language() == QLocale::French ? system.territory() : QLocale::France);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English,
                       system.language() == QLocale::English ? system.territory() : QLocale::UnitedKingdom);
    return system;
}

} // namespace infodoc::core

#pragma once

#include <QLocale>

class QCoreApplication;
class QSettings;

namespace infodoc::core {

// Installs Infodoc's and Qt's own translations for `locale` (the system
// locale by default). Source strings are English; French is shipped.
void installTranslations(QCoreApplication& app, const QLocale& locale = QLocale::system());

// The interface language chosen by the user of this workstation (setting
// "interface/language": "fr", "en"), empty to follow the system.
QString interfaceLanguage(const QSettings& user);
void setInterfaceLanguage(QSettings& user, const QString& language);
// The locale of the interface: the system's, or the language chosen, in the
// system's country when it speaks it (else France, or the United Kingdom:
// dates stay day first).
QLocale interfaceLocale(const QString& language);

} // namespace infodoc::core

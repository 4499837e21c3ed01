#pragma once

#include <QLocale>

class QCoreApplication;

namespace infodoc::core {

// Installs Infodoc's and Qt's own translations for `locale` (the system
// locale by default). Source strings are English; French is shipped.
void installTranslations(QCoreApplication& app, const QLocale& locale = QLocale::system());

} // namespace infodoc::core

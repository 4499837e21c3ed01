#pragma once

#include <QByteArray>
#include <QString>

namespace infodoc::test {

// Text compared without spaces, hyphens (line ends) or ligatures (ﬁ): what
// a PDF or a converted ODT gives back, whatever the line breaks.
QString withoutSpaces(const QString& text);
// The bytes of a file the test wrote; fails the test if it cannot be read.
QByteArray readAll(const QString& path);

} // namespace infodoc::test

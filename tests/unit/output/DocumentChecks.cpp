#include "output/DocumentChecks.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace infodoc::test {

QString withoutSpaces(const QString& text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace() && c != QChar(0x2011) && c != u'-')
            out += c;
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace infodoc::test

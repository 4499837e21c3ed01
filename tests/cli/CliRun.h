#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace infodoc::test {

// One run of the real infodoc-cli, in English.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& input = {}, const QString& db = {});
QByteArray readFile(const QString& path);

} // namespace infodoc::test

#include "cli/CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

namespace infodoc::test {

Run cli(const QStringList& args, const QByteArray& input, const QString& db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    QStringList all = args;
    if (!db.isEmpty())
        all = QStringList{QStringLiteral("--db"), db} + args;
    p.start(QStringLiteral(INFODOC_CLI), all);
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace infodoc::test

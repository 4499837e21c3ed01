#include "core/demo/SimplePdfWriter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using infodoc::core::SimplePdfWriter;

TEST_CASE("generated PDFs are read back by Poppler's pdftotext with their accents")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // installed by scripts/deps (poppler-utils)
    SimplePdfWriter writer;
    writer.setTitle(QStringLiteral("Réussite éducative"));
    writer.addHeading(QStringLiteral("Réussite éducative à Garges-lès-Gonesse"));
    for (int i = 0; i < 40; ++i)
        writer.addParagraph(
            QStringLiteral("Paragraphe %1 : l’œuvre des équipes (parents, élèves) — bilan \\ 2024.").arg(i));
    CHECK(writer.pageCount() >= 2);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("t.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(writer.toPdf());
    file.close();

    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardError().isEmpty());
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Réussite éducative à Garges-lès-Gonesse")));
    CHECK(text.contains(QStringLiteral("l’œuvre des équipes (parents, élèves) — bilan \\ 2024.")));
    CHECK(text.count(u'\f') == writer.pageCount());
}

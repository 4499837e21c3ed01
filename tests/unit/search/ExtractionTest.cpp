#include "core/search/ExtractionPool.h"
#include "core/search/TextExtractor.h"
#include "core/storage/Zip.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace infodoc::core;
using infodoc::test::writeFile;
using infodoc::test::writePdf;
using infodoc::test::writeScannedPdf;

namespace {

ExtractionPool::Options options(const QString& helper, int timeoutMs = 20000)
{
    ExtractionPool::Options o;
    o.helperPath = helper;
    o.timeoutMs = timeoutMs;
    return o;
}

} // namespace

TEST_CASE("text of a PDF is kept page by page")
{
    QTemporaryDir dir;
    const QString pdf =
        writePdf(dir.filePath(QStringLiteral("a.pdf")),
                 {QStringLiteral("Première page : diagnostic"), QStringLiteral("Deuxième page : santé"),
                  QStringLiteral("Troisième page : éducation")});
    const ExtractedText text = TextExtractor::extractFile(pdf);
    REQUIRE(text.state == ExtractionState::Done);
    REQUIRE(text.pageCount() == 3);
    CHECK(text.pages[1].contains(QStringLiteral("Deuxième page : santé")));
    CHECK(text.pages[2].contains(QStringLiteral("éducation")));
}

TEST_CASE("bad files end in the right state")
{
    QTemporaryDir dir;
    const QString good =
        writePdf(dir.filePath(QStringLiteral("good.pdf")), {QStringLiteral("Texte lisible")});

    SECTION("empty")
    {
        CHECK(TextExtractor::extractFile(writeFile(dir.filePath(QStringLiteral("empty.pdf")), {}),
                                         QStringLiteral("application/pdf"))
                  .state == ExtractionState::Damaged);
    }
    SECTION("truncated")
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const ExtractedText t = TextExtractor::extractFile(
            writeFile(dir.filePath(QStringLiteral("truncated.pdf")), bytes.left(bytes.size() / 3)));
        CHECK(t.state == ExtractionState::Damaged);
        CHECK_FALSE(t.message.isEmpty());
    }
    SECTION("random bytes named .pdf")
    {
        QByteArray noise(20000, '\0');
        QRandomGenerator random(42);
        for (auto& c : noise)
            c = char(random.bounded(256));
        CHECK(TextExtractor::extractFile(writeFile(dir.filePath(QStringLiteral("noise.pdf")), noise),
                                         QStringLiteral("application/pdf"))
                  .state == ExtractionState::Damaged);
        CHECK(TextExtractor::extractFile(writeFile(dir.filePath(QStringLiteral("noise.bin")), noise)).state ==
              ExtractionState::Unsupported);
    }
    SECTION("encrypted")
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        REQUIRE_FALSE(qpdf.isEmpty()); // installed by scripts/deps
        const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
        REQUIRE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("secret"),
                                         QStringLiteral("owner"), QStringLiteral("256"), QStringLiteral("--"),
                                         good, locked}) == 0);
        CHECK(TextExtractor::extractFile(locked).state == ExtractionState::Encrypted);
    }
    SECTION("no text layer")
    {
        const QString scan =
            writePdf(dir.filePath(QStringLiteral("scan.pdf")), {QString(), QString()}, false);
        const ExtractedText t = TextExtractor::extractFile(scan);
        CHECK(t.state == ExtractionState::NoText);
        CHECK(t.pageCount() == 2);
    }
    SECTION("Latin-1 and Windows-1252 text")
    {
        const QByteArray latin1 = "\xC9galit\xE9 des chances \x96 l'\x9Cuvre de l'\xE9"
                                  "cole";
        const ExtractedText t =
            TextExtractor::extractFile(writeFile(dir.filePath(QStringLiteral("note.txt")), latin1));
        REQUIRE(t.state == ExtractionState::Done);
        CHECK(t.pages.first() == QStringLiteral("Égalité des chances – l'œuvre de l'école"));
        const ExtractedText u = TextExtractor::extractFile(
            writeFile(dir.filePath(QStringLiteral("utf8.txt")), QStringLiteral("Égalité").toUtf8()));
        CHECK(u.pages.first() == QStringLiteral("Égalité"));
    }
    SECTION("HTML")
    {
        const ExtractedText t = TextExtractor::extractFile(writeFile(
            dir.filePath(QStringLiteral("page.html")),
            "<html><head><title>Fiche</title><script>var x='cach\xC3\xA9';</script></head><body><p>Jardin "
            "&amp; potager &eacute;t&#233;</p></body></html>"));
        REQUIRE(t.state == ExtractionState::Done);
        CHECK(t.pages.first().contains(QStringLiteral("Jardin & potager été")));
        CHECK(t.pages.first().contains(QStringLiteral("Fiche")));
        CHECK_FALSE(t.pages.first().contains(QStringLiteral("caché")));
    }
    SECTION("a zip bomb disguised as DOCX")
    {
        const QString bomb = dir.filePath(QStringLiteral("rapport.docx"));
        ZipWriter zip;
        REQUIRE(zip.open(bomb));
        REQUIRE(zip.add(QStringLiteral("word/document.xml"), QByteArray(80 << 20, ' ')));
        REQUIRE(zip.close());
        CHECK(QFileInfo(bomb).size() < 1 << 20);
        const ExtractedText t = TextExtractor::extractFile(bomb);
        CHECK(t.state == ExtractionState::Damaged);
        CHECK(t.message.contains(QStringLiteral("64")));
    }
    SECTION("a real DOCX-like document")
    {
        const QString docx = dir.filePath(QStringLiteral("note.docx"));
        ZipWriter zip;
        REQUIRE(zip.open(docx));
        REQUIRE(zip.add(QStringLiteral("word/document.xml"),
                        "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Conseil citoyen</w:t></w:r></w:p>"
                        "<w:p><w:r><w:t>Budget participatif</w:t></w:r></w:p></w:body></w:document>"));
        REQUIRE(zip.close());
        const ExtractedText t = TextExtractor::extractFile(docx);
        REQUIRE(t.state == ExtractionState::Done);
        CHECK(t.pages.first().contains(QStringLiteral("Conseil citoyen\nBudget participatif")));
    }
}

TEST_CASE("the helper processes read many files and survive bad ones")
{
    QTemporaryDir dir;
    QList<ExtractionPool::Job> jobs;
    for (int i = 0; i < 12; ++i)
        jobs.append(
            {writePdf(dir.filePath(QStringLiteral("p%1.pdf").arg(i)), {QStringLiteral("Numéro %1").arg(i)}),
             {}});
    jobs.append({writeFile(dir.filePath(QStringLiteral("bad.pdf")), "%PDF-1.4 garbage"), {}});
    jobs.append({dir.filePath(QStringLiteral("missing.pdf")), {}});
    QMap<int, ExtractedText> results;
    ExtractionPool pool(options(QStringLiteral(INFODOC_EXTRACT)));
    pool.run(jobs, [&](int job, const ExtractedText& r) { results.insert(job, r); });
    REQUIRE(results.size() == jobs.size());
    for (int i = 0; i < 12; ++i) {
        CHECK(results[i].state == ExtractionState::Done);
        CHECK(results[i].pages.value(0).contains(QStringLiteral("Numéro %1").arg(i)));
    }
    CHECK(results[12].state == ExtractionState::Damaged);
    CHECK(results[13].state == ExtractionState::Failed);
}

TEST_CASE("a helper that crashes or hangs costs one file, not the caller")
{
    QTemporaryDir dir;
    const QString crash =
        writeFile(dir.filePath(QStringLiteral("crash.sh")), "#!/bin/sh\nread line\nkill -SEGV $$\n");
    const QString hang =
        writeFile(dir.filePath(QStringLiteral("hang.sh")), "#!/bin/sh\nread line\nexec sleep 60\n");
    QFile::setPermissions(crash, QFile::ReadOwner | QFile::ExeOwner);
    QFile::setPermissions(hang, QFile::ReadOwner | QFile::ExeOwner);
    const QList<ExtractionPool::Job> jobs = {
        {QStringLiteral("/a.pdf"), {}}, {QStringLiteral("/b.pdf"), {}}, {QStringLiteral("/c.pdf"), {}}};
    QMap<int, ExtractedText> results;
    ExtractionPool(options(crash)).run(jobs, [&](int job, const ExtractedText& r) {
        results.insert(job, r);
    });
    REQUIRE(results.size() == 3);
    for (const auto& r : results)
        CHECK(r.state == ExtractionState::Damaged);

    results.clear();
    QElapsedTimer timer;
    timer.start();
    ExtractionPool(options(hang, 300)).run(jobs, [&](int job, const ExtractedText& r) {
        results.insert(job, r);
    });
    REQUIRE(results.size() == 3);
    for (const auto& r : results)
        CHECK(r.state == ExtractionState::TimedOut);
    CHECK(timer.elapsed() < 10000);

    results.clear();
    ExtractionPool(options(dir.filePath(QStringLiteral("no-such-helper"))))
        .run(jobs, [&](int job, const ExtractedText& r) { results.insert(job, r); });
    REQUIRE(results.size() == 3);
    CHECK(results[0].state == ExtractionState::Failed);
}

TEST_CASE("a scanned PDF is read by character recognition only when asked")
{
    REQUIRE(TextExtractor::ocrAvailable(QStringLiteral("fra"))); // tesseract-ocr-fra, from scripts/deps
    CHECK_FALSE(TextExtractor::ocrAvailable(QStringLiteral("xyz")));
    QTemporaryDir dir;
    const QString scan =
        writeScannedPdf(dir.filePath(QStringLiteral("scan.pdf")),
                        {QStringLiteral("Diagnostic du logement social à Sarcelles"),
                         QStringLiteral("Deuxième page : la rénovation urbaine du quartier des Vignes")});
    const ExtractedText plain = TextExtractor::extractFile(scan);
    CHECK(plain.state == ExtractionState::NoText);

    const ExtractedText read = TextExtractor::extractFile(scan, {}, QStringLiteral("fra"));
    REQUIRE(read.state == ExtractionState::Done);
    REQUIRE(read.pageCount() == 2);
    CHECK(read.pages.at(0).contains(QStringLiteral("Sarcelles")));
    CHECK(read.pages.at(0).contains(QStringLiteral("logement social")));
    CHECK(read.pages.at(1).contains(QStringLiteral("rénovation urbaine")));
    CHECK(read.message.contains(QStringLiteral("fra")));

    // A PDF with a text layer is not recognised again.
    const QString typed =
        writePdf(dir.filePath(QStringLiteral("typed.pdf")), {QStringLiteral("Texte saisi")});
    const ExtractedText layer = TextExtractor::extractFile(typed, {}, QStringLiteral("fra"));
    CHECK(layer.state == ExtractionState::Done);
    CHECK(layer.message.isEmpty());

    // Through the helper processes, with the pool's OCR option.
    ExtractionPool::Options o = options(QStringLiteral(INFODOC_EXTRACT));
    o.ocrLanguage = QStringLiteral("fra");
    QMap<int, ExtractedText> results;
    ExtractionPool(o).run({{scan, {}}, {typed, {}}},
                          [&](int job, const ExtractedText& r) { results.insert(job, r); });
    REQUIRE(results.size() == 2);
    CHECK(results[0].state == ExtractionState::Done);
    CHECK(results[0].pages.value(1).contains(QStringLiteral("quartier")));
    CHECK(results[1].pages.value(0).contains(QStringLiteral("Texte saisi")));
}

TEST_CASE("a recognition that takes too long is stopped with its helper")
{
    QTemporaryDir dir;
    // A tesseract that never ends, found first on the PATH the helpers inherit.
    const QString fake = writeFile(dir.filePath(QStringLiteral("tesseract")), "#!/bin/sh\nexec sleep 6173\n");
    QFile::setPermissions(fake, QFile::ReadOwner | QFile::ExeOwner);
    const QString scan =
        writeScannedPdf(dir.filePath(QStringLiteral("scan.pdf")), {QStringLiteral("Conseil citoyen")});
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", dir.path().toUtf8() + ':' + path);
    ExtractionPool::Options o = options(QStringLiteral(INFODOC_EXTRACT), 1500);
    o.ocrLanguage = QStringLiteral("fra");
    o.ocrTimeoutMs = 1500;
    QMap<int, ExtractedText> results;
    ExtractionPool(o).run({{scan, {}}}, [&](int job, const ExtractedText& r) { results.insert(job, r); });
    qputenv("PATH", path);
    REQUIRE(results.size() == 1);
    CHECK(results[0].state == ExtractionState::TimedOut);
    // The fake tesseract died with the helper that was killed.
    bool gone = false;
    for (int i = 0; i < 50 && !gone; ++i) {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("sleep 6173")});
        pgrep.waitForFinished(5000);
        gone = pgrep.exitCode() == 1;
        if (!gone)
            QThread::msleep(100);
    }
    CHECK(gone);
}

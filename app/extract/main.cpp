// infodoc-extract [--memory-mib N] [--ocr LANG]: the isolated text
// extractor. Reads requests on standard
// input, one per line ("path<TAB>mime type"), answers each on standard
// output with a header line "state<TAB>pages<TAB>bytes<TAB>message" then
// `bytes` bytes of UTF-8 text, pages separated by form feeds. A crash or a
// hang costs the file being read; the catalogue restarts the helper.
#include "core/search/ExtractionReply.h"
#include "core/search/TextExtractor.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <sys/resource.h>

using namespace infodoc::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // --memory-mib N: address-space limit, so a file that balloons fails here.
    const QStringList args = app.arguments();
    const int memoryIndex = int(args.indexOf(QStringLiteral("--memory-mib")));
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes of address space for its shadow
    // memory: an address-space limit would stop it from starting.
    const bool limitMemory = false;
#else
    const bool limitMemory = true;
#endif
    if (limitMemory && memoryIndex > 0 && memoryIndex + 1 < args.size()) {
        const rlim_t bytes = rlim_t(args.at(memoryIndex + 1).toULongLong()) * 1024 * 1024;
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_AS, &limit);
    }
    // --ocr LANG: scanned PDFs are read by Tesseract in that language.
    const int ocrIndex = int(args.indexOf(QStringLiteral("--ocr")));
    const QString ocrLanguage =
        ocrIndex > 0 && ocrIndex + 1 < args.size() ? args.at(ocrIndex + 1) : QString();
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    for (;;) {
        const QByteArray line = in.readLine();
        if (line.isEmpty())
            return 0;
        const QList<QByteArray> parts = line.trimmed().split('\t');
        const QString path = QString::fromUtf8(parts.value(0));
        const QString mime = QString::fromUtf8(parts.value(1));
        const ExtractedText result = TextExtractor::extractFile(path, mime, ocrLanguage);
        out.write(ExtractionReply::encode(result));
        out.flush();
    }
}

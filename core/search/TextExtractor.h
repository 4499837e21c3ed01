#pragma once

#include "search/ExtractedText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace infodoc::core {

// Reads the text of one file, in the calling process. The catalogue calls
// it only inside the isolated helper (infodoc-extract), so that a hostile
// file can cost one attachment, never the application.
class TextExtractor
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::TextExtractor)

public:
    // Changes whenever extraction changes, so failed files are retried.
    static QString version();
    // Chooses the reader from the content (and `mimeType` as a hint).
    static ExtractedText extractFile(const QString& path, const QString& mimeType = {});

    static ExtractedText extractPdf(const QString& path);
    static ExtractedText extractPlainText(const QByteArray& bytes);
    static ExtractedText extractHtml(const QByteArray& bytes);
    static ExtractedText extractOfficeZip(const QString& path, bool docx);

    // UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which covers
    // Latin-1): what French offices produce.
    static QString decodeText(const QByteArray& bytes);

    static constexpr qint64 maxTextFileSize = 64 * 1024 * 1024;
    static constexpr qint64 maxZipEntrySize = 64 * 1024 * 1024;
    static constexpr int maxZipEntries = 10000;
};

} // namespace infodoc::core

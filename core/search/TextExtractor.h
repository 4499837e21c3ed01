#pragma once

#include "core/search/ExtractedText.h"

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
    // The version recorded for files read with OCR on: scanned PDFs read
    // without it are read again when OCR is turned on.
    static QString ocrVersion();
    // Chooses the reader from the content (and `mimeType` as a hint). With
    // an `ocrLanguage` (Tesseract's, "fra"), a PDF without a text layer is
    // read by optical character recognition.
    static ExtractedText extractFile(const QString& path, const QString& mimeType = {},
                                     const QString& ocrLanguage = {});

    static ExtractedText extractPdf(const QString& path);
    // The pages of a scanned PDF read by Tesseract (one process for the
    // whole file, pages rendered at 300 dpi in a temporary folder).
    static ExtractedText recognisePdf(const QString& path, const QString& language);
    // Whether Tesseract and its data for `language` are installed.
    static bool ocrAvailable(const QString& language);
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

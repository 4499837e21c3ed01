#pragma once

#include "core/common/Result.h"
#include "core/output/Bibliography.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace infodoc::core {

class BibliographyWriter
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::BibliographyWriter)

public:
    enum class Format
    {
        Pdf,
        Odt,
        Html,
        Text,
        CslJson,
        Ris,
        Bibtex,
    };
    static std::optional<Format> formatFromKey(const QString& key);
    static QString formatKeys();

    // The bibliography's title, "Bibliography" when it has none.
    static QString titleOf(const Bibliography& bibliography);

    static QString toPlainText(const Bibliography& bibliography);
    // Standalone XHTML (well-formed XML), logo inlined.
    static QString toXhtml(const Bibliography& bibliography);
    // For print, print preview, PDF and ODT.
    static std::unique_ptr<QTextDocument> toTextDocument(const Bibliography& bibliography);
    // Lays the bibliography out on `device` (a printer, a PDF) and paints it,
    // with the centre and the title in the footer.
    static void print(const Bibliography& bibliography, QPagedPaintDevice& device);

    static Status write(const Bibliography& bibliography, Format format, const QString& path);
};

} // namespace infodoc::core

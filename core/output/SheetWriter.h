#pragma once

#include "core/common/Result.h"
#include "core/output/CentreIdentity.h"
#include "core/output/ExperienceSheets.h"
#include "core/output/SheetTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace infodoc::core {

// Lays out and writes experience sheets: PDF (one file, a table of contents
// when there are several), ODT, standalone XHTML (a folder with an index page
// for several), JSON and Dublin Core XML for the other centres of the network.
class SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SheetWriter)

public:
    enum class Format
    {
        Pdf,
        Odt,
        Html,
        Json,
        DublinCore,
    };
    static std::optional<Format> formatFromKey(const QString& key);
    static QString formatKeys();

    struct Options
    {
        CentreIdentity centre;
        SheetTemplate layout = SheetTemplates::builtIn();
    };
    using Progress = std::function<bool(int done, int total)>; // false cancels

    // One standalone XHTML page; `indexHref` adds a link back to the index.
    static QString toXhtml(const SheetDocument& sheet, const Options& options, const QString& indexHref = {});
    static QString indexXhtml(const QList<SheetDocument>& sheets, const Options& options);
    // "fiche-12.html": the page of a sheet inside an HTML folder.
    static QString htmlFileName(const SheetDocument& sheet);
    // For print, PDF and ODT. With several sheets, a table of contents comes
    // first; `pages` gives the page where each sheet starts, when known.
    static std::unique_ptr<QTextDocument>
    toTextDocument(const QList<SheetDocument>& sheets, const Options& options, const QList<int>& pages = {});
    // Lays the sheets out on `device` (a printer, a PDF), the table of
    // contents with the right pages, and paints them; returns the page count.
    static int print(const QList<SheetDocument>& sheets, const Options& options, QPagedPaintDevice& device);
    static QByteArray toJson(const QList<SheetDocument>& sheets, const Options& options);
    static QByteArray toDublinCore(const QList<SheetDocument>& sheets, const Options& options);

    // Several sheets as HTML: `path` is a folder (created if missing) that
    // receives index.html and one page a sheet. Every file is written whole or
    // not at all.
    static Status write(const QList<SheetDocument>& sheets, const Options& options, Format format,
                        const QString& path, const Progress& progress = {});

private:
    // Pages where each sheet starts once `document` has been paginated.
    static QList<int> sheetPages(QTextDocument& document);
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace infodoc::core {

// Writes finished documents to disk: whole or not at all (QSaveFile), with
// an error that names the file.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::DocumentFile)

public:
    static Status saveBytes(const QByteArray& bytes, const QString& path);
    using Painter = std::function<void(QPagedPaintDevice& device)>;
    // A PDF whose pages `paint` lays out and paints (paginate, then paint).
    static Status savePdf(const QString& path, const QString& title, const Painter& paint);
    // A PDF of `document` on A4 pages (paginate, then paint with `footer`).
    static Status savePdf(QTextDocument& document, const QString& path, const QString& title,
                          const QString& footer);
    // A list after the file's extension: .pdf (laid out from `html`, the
    // title in the footer), .html/.htm (`html` itself) or .txt (`text`).
    static Status saveAfterExtension(const QString& path, const QString& title, const QString& html,
                                     const QString& text);
    // Lays `document` out on A4 pages for `device` (QPdfWriter, QPrinter).
    static void paginate(QTextDocument& document, QPagedPaintDevice& device);
    // Paints the paginated document, one page after the other, with the
    // footer (left) and "page / pages" (right) at the bottom of every page.
    static void paint(QTextDocument& document, QPagedPaintDevice& device, const QString& footer);
    // OpenDocument text.
    static Status saveOdt(const QTextDocument& document, const QString& path);
};

} // namespace infodoc::core

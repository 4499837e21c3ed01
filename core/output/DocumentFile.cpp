#include "core/output/DocumentFile.h"
#include "core/common/SaveFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>

namespace infodoc::core {

namespace {

Result<std::unique_ptr<QSaveFile>> openForWriting(const QString& path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{DocumentFile::tr("Cannot write %1: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()))};
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Error{
            DocumentFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString())};
    return file;
}

Status commit(QSaveFile& file, const QString& path)
{
    QString why;
    if (!commitSaveFile(file, &why))
        return Error{DocumentFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    return {};
}

} // namespace

Status DocumentFile::saveBytes(const QByteArray& bytes, const QString& path)
{
    auto file = openForWriting(path);
    if (!file)
        return file.error();
    if ((*file)->write(bytes) != bytes.size()) {
        (*file)->cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), (*file)->errorString())};
    }
    return commit(**file, path);
}

void DocumentFile::paginate(QTextDocument& document, QPagedPaintDevice& device)
{
    // As QTextDocument::print does: the whole sheet is the page, the margins
    // belong to the root frame, so that the layout keeps lines off the
    // boundary between two pages.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    document.documentLayout()->setPaintDevice(&device);
    // Lengths of text formats are in 1/96 inch; the layout scales them.
    const qreal mm = 96 / 25.4;
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setLeftMargin(18 * mm);
    frame.setRightMargin(18 * mm);
    frame.setTopMargin(16 * mm);
    frame.setBottomMargin(22 * mm);
    document.rootFrame()->setFrameFormat(frame);
    const QRect page = device.pageLayout().fullRectPixels(device.logicalDpiX());
    document.setPageSize(QSizeF(page.width(), page.height()));
}

void DocumentFile::paint(QTextDocument& document, QPagedPaintDevice& device, const QString& footer)
{
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    QPainter painter(&device);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    const qreal mm = device.logicalDpiY() / 25.4;
    const qreal footerTop = page.height() - 16 * mm;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF line(18 * mm, footerTop, page.width() - 36 * mm, 5 * mm);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
    }
}

Status DocumentFile::savePdf(const QString& path, const QString& title, const Painter& paint)
{
    auto file = openForWriting(path);
    if (!file)
        return file.error();
    {
        QPdfWriter writer(file->get());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Infodoc"));
        writer.setResolution(300);
        paint(writer);
    }
    return commit(**file, path);
}

Status DocumentFile::savePdf(QTextDocument& document, const QString& path, const QString& title,
                             const QString& footer)
{
    return savePdf(path, title, [&](QPagedPaintDevice& device) {
        paginate(document, device);
        paint(document, device, footer);
    });
}

Status DocumentFile::saveAfterExtension(const QString& path, const QString& title, const QString& html,
                                        const QString& text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return saveBytes(text.toUtf8(), path);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return saveBytes(html.toUtf8(), path);
    if (suffix != QLatin1String("pdf"))
        return Error{tr("%1: this list is written as .pdf, .html or .txt.").arg(path)};
    QTextDocument document;
    document.setHtml(html);
    return savePdf(document, path, title, title);
}

Status DocumentFile::saveOdt(const QTextDocument& document, const QString& path)
{
    // The ODF writer closes its device, which a QSaveFile refuses: write to
    // memory first.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Error{tr("Cannot write %1 as OpenDocument text.").arg(QDir::toNativeSeparators(path))};
    return saveBytes(bytes, path);
}

} // namespace infodoc::core

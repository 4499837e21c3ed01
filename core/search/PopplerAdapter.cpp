// The only file that includes Poppler: PDF text, page by page.
#include "search/TextExtractor.h"

#include "common/Logging.h"

#include <poppler-qt6.h>

#include <QFile>

namespace infodoc::core {

namespace {
// Poppler reports every oddity of a malformed file on stderr; keep it for
// debugging only.
void popplerMessage(const QString& message, const QVariant&)
{
    qCDebug(lcSearch) << "poppler:" << message;
}
} // namespace

ExtractedText TextExtractor::extractPdf(const QString& path)
{
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(popplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    ExtractedText result;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && !file.peek(5).startsWith("%PDF-"))
            return {ExtractionState::Damaged, {}, tr("This is not a PDF file.")};
        return {ExtractionState::Damaged, {}, tr("The PDF file is damaged and cannot be read.")};
    }
    if (document->isLocked())
        return {ExtractionState::Encrypted, {}, tr("The PDF file is protected by a password.")};
    const int pages = document->numPages();
    if (pages <= 0)
        return {ExtractionState::Damaged, {}, tr("The PDF file has no pages.")};
    bool anyText = false;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        QString text = page ? page->text(QRectF()) : QString();
        if (!text.trimmed().isEmpty())
            anyText = true;
        text.replace(u'\f', u' ');
        result.pages.append(text);
    }
    result.state = anyText ? ExtractionState::Done : ExtractionState::NoText;
    if (!anyText)
        result.message = tr("The PDF has no text layer (a scan); it can be found by its record only.");
    return result;
}

} // namespace infodoc::core

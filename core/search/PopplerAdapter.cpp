// The only file that includes Poppler: PDF text, page by page.
#include "core/search/FrenchAnalyzer.h"
#include "core/search/PdfDocument.h"
#include "core/search/TextExtractor.h"

#include "core/common/Logging.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>

namespace infodoc::core {

namespace {
// Files up to this size are read whole before Poppler parses them.
constexpr qint64 kPdfReadWholeBytes = 128 * 1024 * 1024;

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
    // Poppler reads a file opened by name a few hundred bytes at a time, a
    // system call each: read whole, the same PDFs take about a fifth less
    // CPU. Very large files are left to Poppler's own reading.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ExtractionState::Failed, {}, tr("Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray contents;
    std::unique_ptr<Poppler::Document> document;
    if (file.size() <= kPdfReadWholeBytes) {
        contents = file.readAll();
        document = Poppler::Document::loadFromData(contents);
    } else {
        contents = file.peek(5);
        document = Poppler::Document::load(path);
    }
    if (!document) {
        if (!contents.startsWith("%PDF-"))
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

ExtractedText TextExtractor::recognisePdf(const QString& path, const QString& language)
{
    const QString noText = tr("The PDF has no text layer (a scan); it can be found by its record only.");
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    QTemporaryDir dir;
    if (!document || document->isLocked() || !dir.isValid())
        return {ExtractionState::NoText, {}, noText};
    QStringList images;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        const QImage image =
            page ? page->renderToImage(300, 300).convertToFormat(QImage::Format_Grayscale8) : QImage();
        const QString file = dir.filePath(QStringLiteral("page-%1.png").arg(i + 1, 5, 10, QLatin1Char('0')));
        if (image.isNull() || !image.save(file))
            return {ExtractionState::NoText, {}, noText};
        images.append(file);
    }
    QFile list(dir.filePath(QStringLiteral("pages.txt")));
    if (!list.open(QIODevice::WriteOnly) || list.write((images.join(u'\n') + u'\n').toUtf8()) < 0)
        return {ExtractionState::NoText, {}, noText};
    list.close();
    // One Tesseract for the whole file; one thread, as two helpers already
    // share the two cores.
    QProcess tesseract;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    tesseract.setProcessEnvironment(env);
    // Tesseract goes when this helper goes (killed for taking too long, or
    // crashed), rather than recognising on for nobody.
    tesseract.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    tesseract.start(QStringLiteral("tesseract"),
                    {list.fileName(), QStringLiteral("stdout"), QStringLiteral("-l"), language});
    if (!tesseract.waitForStarted(10000))
        return {ExtractionState::NoText,
                {},
                tr("The PDF has no text layer, and the character recognition program (tesseract) is not "
                   "installed.")};
    // The pool's time limit stops a file that takes too long.
    tesseract.waitForFinished(-1);
    if (tesseract.exitStatus() != QProcess::NormalExit || tesseract.exitCode() != 0)
        return {ExtractionState::NoText,
                {},
                tr("The PDF has no text layer, and character recognition failed: %1")
                    .arg(QString::fromUtf8(tesseract.readAllStandardError()).trimmed().left(300))};
    ExtractedText result;
    result.pages = QString::fromUtf8(tesseract.readAllStandardOutput()).split(u'\f');
    // Tesseract ends the last page with a form feed too.
    while (result.pages.size() > images.size() && result.pages.last().trimmed().isEmpty())
        result.pages.removeLast();
    bool anyText = false;
    for (const QString& page : std::as_const(result.pages))
        anyText = anyText || !page.trimmed().isEmpty();
    if (!anyText)
        return {
            ExtractionState::NoText, {}, tr("The PDF has no text layer and no text was recognised in it.")};
    result.state = ExtractionState::Done;
    result.message = tr("Text recognised by OCR (%1).").arg(language);
    return result;
}

struct PdfDocument::Private
{
    std::unique_ptr<Poppler::Document> document;
};

PdfDocument::PdfDocument(std::unique_ptr<Private> p) : d(std::move(p)) {}

PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path)
{
    auto p = std::make_unique<Private>();
    p->document = Poppler::Document::load(path);
    if (!p->document)
        return Error{tr("%1 cannot be read as a PDF file.").arg(path)};
    if (p->document->isLocked())
        return Error{tr("%1 is protected by a password.").arg(path)};
    if (p->document->numPages() <= 0)
        return Error{tr("%1 has no pages.").arg(path)};
    p->document->setRenderHint(Poppler::Document::Antialiasing);
    p->document->setRenderHint(Poppler::Document::TextAntialiasing);
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(p)));
}

int PdfDocument::pageCount() const
{
    return d->document->numPages();
}

QSizeF PdfDocument::pageSize(int page) const
{
    const std::unique_ptr<Poppler::Page> p = d->document->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QImage PdfDocument::render(int page, double dpi) const
{
    const std::unique_ptr<Poppler::Page> p = d->document->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

QList<QRectF> PdfDocument::wordBoxes(int page, const QStringList& stems) const
{
    QList<QRectF> boxes;
    const std::unique_ptr<Poppler::Page> p = d->document->page(page);
    if (!p || stems.isEmpty())
        return boxes;
    for (const auto& box : p->textList()) {
        for (const FrenchAnalyzer::Token& token : FrenchAnalyzer::tokenize(box->text())) {
            if (stems.contains(token.stem)) {
                boxes.append(box->boundingBox());
                break;
            }
        }
    }
    return boxes;
}

} // namespace infodoc::core

#include "core/search/TextExtractor.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>

namespace infodoc::core {

namespace {

// Windows-1252 bytes 0x80-0x9F; the other bytes are Latin-1.
constexpr char16_t kCp1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeEntities(const QString& text)
{
    static const QHash<QString, QChar> named = {
        {QStringLiteral("amp"), u'&'},    {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},     {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},  {QStringLiteral("nbsp"), u'\u00A0'},
        {QStringLiteral("eacute"), u'é'}, {QStringLiteral("egrave"), u'è'},
        {QStringLiteral("ecirc"), u'ê'},  {QStringLiteral("agrave"), u'à'},
        {QStringLiteral("acirc"), u'â'},  {QStringLiteral("ccedil"), u'ç'},
        {QStringLiteral("ocirc"), u'ô'},  {QStringLiteral("ucirc"), u'û'},
        {QStringLiteral("ugrave"), u'ù'}, {QStringLiteral("icirc"), u'î'},
        {QStringLiteral("iuml"), u'ï'},   {QStringLiteral("euml"), u'ë'},
        {QStringLiteral("Eacute"), u'É'}, {QStringLiteral("Agrave"), u'À'},
        {QStringLiteral("oelig"), u'œ'},  {QStringLiteral("laquo"), u'«'},
        {QStringLiteral("raquo"), u'»'},  {QStringLiteral("rsquo"), u'’'},
        {QStringLiteral("hellip"), u'…'}, {QStringLiteral("ndash"), u'–'},
        {QStringLiteral("mdash"), u'—'},  {QStringLiteral("euro"), u'€'},
        {QStringLiteral("deg"), u'°'},
    };
    static const QRegularExpression entity(
        QStringLiteral("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code =
                name.startsWith(QLatin1String("#x")) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code < 0x110000)
                out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        } else if (named.contains(name)) {
            out += named.value(name);
        } else {
            out += m.captured(0);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString TextExtractor::version()
{
    return QStringLiteral("1");
}

QString TextExtractor::ocrVersion()
{
    return version() + QStringLiteral("+ocr");
}

bool TextExtractor::ocrAvailable(const QString& language)
{
    QProcess tesseract;
    tesseract.start(QStringLiteral("tesseract"), {QStringLiteral("--list-langs")});
    if (!tesseract.waitForFinished(10000) || tesseract.exitCode() != 0)
        return false;
    const QByteArray out = tesseract.readAllStandardOutput() + tesseract.readAllStandardError();
    return out.split('\n').contains(language.toUtf8());
}

QString TextExtractor::decodeText(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.mid(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    text.clear();
    text.reserve(data.size());
    for (const char c : std::as_const(data)) {
        const auto b = static_cast<unsigned char>(c);
        text += (b >= 0x80 && b < 0xA0) ? QChar(kCp1252[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

ExtractedText TextExtractor::extractPlainText(const QByteArray& bytes)
{
    ExtractedText result;
    const QString text = decodeText(bytes);
    result.state = text.trimmed().isEmpty() ? ExtractionState::NoText : ExtractionState::Done;
    result.pages = {text};
    return result;
}

ExtractedText TextExtractor::extractHtml(const QByteArray& bytes)
{
    QString html = decodeText(bytes);
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral("<(br|p|div|li|tr|h[1-6]|section|article|table|ul|ol)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    // The title is kept: it is often the best summary of a web page.
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QString pageTitle = title.match(html).captured(1);
    html.remove(comment).remove(hidden).replace(block, QStringLiteral("\n")).remove(tag);
    QString text = decodeEntities(pageTitle + u'\n' + html);
    ExtractedText result;
    result.state = text.trimmed().isEmpty() ? ExtractionState::NoText : ExtractionState::Done;
    result.pages = {text};
    return result;
}

ExtractedText TextExtractor::extractFile(const QString& path, const QString& mimeType,
                                         const QString& ocrLanguage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ExtractionState::Failed, {}, tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.peek(4096);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("%PDF-") || mimeType == QLatin1String("application/pdf")) {
        file.close();
        ExtractedText pdf = extractPdf(path);
        if (pdf.state == ExtractionState::NoText && !ocrLanguage.isEmpty())
            return recognisePdf(path, ocrLanguage);
        return pdf;
    }
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        const bool docx =
            suffix == QLatin1String("docx") ||
            mimeType ==
                QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return extractOfficeZip(path, docx);
    }
    const QByteArray lowerHead = head.toLower();
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
                      mimeType == QLatin1String("text/html") || lowerHead.contains("<!doctype html") ||
                      lowerHead.contains("<html");
    const bool text = html || mimeType.startsWith(QLatin1String("text/")) || suffix == QLatin1String("txt") ||
                      suffix == QLatin1String("csv") || suffix == QLatin1String("md");
    if (!text)
        return {ExtractionState::Unsupported, {}, tr("This type of file has no text to index.")};
    if (file.size() > maxTextFileSize)
        return {ExtractionState::Unsupported, {}, tr("The file is larger than 64 MiB.")};
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0') && !html)
        return {ExtractionState::Unsupported, {}, tr("This looks like a binary file, not text.")};
    return html ? extractHtml(bytes) : extractPlainText(bytes);
}

} // namespace infodoc::core

// ODT and DOCX text, with limits on entry sizes and counts so that a zip
// bomb fails one file.
#include "core/search/TextExtractor.h"

#include "core/storage/Zip.h"

#include <QXmlStreamReader>

namespace infodoc::core {

namespace {

QString xmlText(const QByteArray& xml, bool docx, bool* ok)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isEndElement()) {
            const auto name = reader.name();
            // Paragraph and heading ends become line breaks.
            if ((docx && name == QLatin1String("p")) ||
                (!docx && (name == QLatin1String("p") || name == QLatin1String("h"))))
                text += u'\n';
        } else if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("tab") || name == QLatin1String("s"))
                text += u' ';
        }
    }
    *ok = !reader.hasError();
    return text;
}

} // namespace

ExtractedText TextExtractor::extractOfficeZip(const QString& path, bool docx)
{
    ZipReader zip;
    if (!zip.open(path) || zip.entryCount() < 0)
        return {ExtractionState::Damaged, {}, tr("The document archive is damaged.")};
    if (zip.entryCount() > maxZipEntries)
        return {ExtractionState::Damaged, {}, tr("The document archive has too many entries.")};
    const QString wanted = docx ? QStringLiteral("word/document.xml") : QStringLiteral("content.xml");
    if (!zip.contains(wanted))
        return {ExtractionState::Unsupported, {}, tr("This archive is not an ODT or DOCX text document.")};
    // The declared size can lie: no more than the limit is read whatever it says.
    bool tooLarge = false;
    const auto xml = zip.read(wanted, maxZipEntrySize, &tooLarge);
    if (!xml && tooLarge)
        return {ExtractionState::Damaged, {}, tr("The document text is larger than 64 MiB once unpacked.")};
    if (!xml)
        return {ExtractionState::Damaged, {}, tr("The document archive is damaged.")};
    bool ok = false;
    const QString text = xmlText(*xml, docx, &ok);
    if (!ok)
        return {ExtractionState::Damaged, {}, tr("The document text is not valid XML.")};
    ExtractedText result;
    result.state = text.trimmed().isEmpty() ? ExtractionState::NoText : ExtractionState::Done;
    result.pages = {text};
    return result;
}

} // namespace infodoc::core

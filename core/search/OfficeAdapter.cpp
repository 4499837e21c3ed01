// The only file that includes QuaZip: ODT and DOCX text, with limits on
// entry sizes and counts so that a zip bomb fails one file.
#include "core/search/TextExtractor.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

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
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {ExtractionState::Damaged, {}, tr("The document archive is damaged.")};
    if (zip.getEntriesCount() > maxZipEntries)
        return {ExtractionState::Damaged, {}, tr("The document archive has too many entries.")};
    const QString wanted = docx ? QStringLiteral("word/document.xml") : QStringLiteral("content.xml");
    if (!zip.setCurrentFile(wanted))
        return {ExtractionState::Unsupported, {}, tr("This archive is not an ODT or DOCX text document.")};
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info) || info.uncompressedSize > quint64(maxZipEntrySize))
        return {ExtractionState::Damaged, {}, tr("The document text is larger than 64 MiB once unpacked.")};
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return {ExtractionState::Damaged, {}, tr("The document archive is damaged.")};
    // The declared size can lie: read no more than the limit whatever it says.
    QByteArray xml;
    while (!entry.atEnd() && xml.size() <= maxZipEntrySize) {
        const QByteArray chunk = entry.read(1 << 20);
        if (chunk.isEmpty())
            break;
        xml += chunk;
    }
    if (xml.size() > maxZipEntrySize)
        return {ExtractionState::Damaged, {}, tr("The document text is larger than 64 MiB once unpacked.")};
    if (entry.getZipError() != UNZ_OK)
        return {ExtractionState::Damaged, {}, tr("The document archive is damaged.")};
    bool ok = false;
    const QString text = xmlText(xml, docx, &ok);
    if (!ok)
        return {ExtractionState::Damaged, {}, tr("The document text is not valid XML.")};
    ExtractedText result;
    result.state = text.trimmed().isEmpty() ? ExtractionState::NoText : ExtractionState::Done;
    result.pages = {text};
    return result;
}

} // namespace infodoc::core

#include "core/interop/MarcXml_p.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace infodoc::core {

namespace marcxml {

QString cleaned(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x0088 || u == 0x0089 || u == 0x0098 || u == 0x009C || u == 0x00B8)
            continue;
        if (u < 0x20 || (u >= 0x7F && u < 0xA0)) {
            out.append(u' ');
            continue;
        }
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

namespace {

bool validTag(const QString& tag)
{
    if (tag.size() != 3)
        return false;
    return std::all_of(tag.begin(), tag.end(),
                       [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 0x80; });
}

// No namespace, or MARCXML's (some files give MARC21 slim under another spelling).
bool marcNamespace(QStringView uri)
{
    return uri.isEmpty() || uri.contains(QLatin1String("MARC21"), Qt::CaseInsensitive) ||
           uri.contains(QLatin1String("marc"), Qt::CaseInsensitive);
}

QChar indicator(const QString& value)
{
    return value.isEmpty() ? QChar(u' ') : value.at(0);
}

} // namespace

Result<QList<MarcCodec::Entry>> parse(const QByteArray& data, const QString& fileName,
                                      const MarcCodec::Progress& progress)
{
    QXmlStreamReader xml(data);
    QList<MarcCodec::Entry> out;
    MarcCodec::Entry entry;
    bool inRecord = false;
    bool inDatafield = false;
    MarcField field;
    auto fail = [&](const QString& why) {
        return Error{MarcCodec::tr("%1, line %2: %3").arg(fileName).arg(xml.lineNumber()).arg(why)};
    };
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // No DTD is needed for MARCXML; one could declare entities (external or exponential).
            return fail(MarcCodec::tr("the file declares a document type; it is refused, since its entities "
                                      "could read other files."));
        case QXmlStreamReader::EntityReference:
            return fail(MarcCodec::tr("the entity “%1” is not XML’s own; it is not read.").arg(xml.name()));
        case QXmlStreamReader::StartElement: {
            const auto name = xml.name();
            const auto attributes = xml.attributes();
            if (name == QLatin1String("record") && !inRecord && !marcNamespace(xml.namespaceUri())) {
                continue; // an OAI-PMH record: the MARC record is inside its metadata
            } else if (name == QLatin1String("record")) {
                if (inRecord)
                    return fail(MarcCodec::tr("a record inside a record."));
                inRecord = true;
                entry = {};
                entry.number = int(out.size()) + 1;
                entry.line = int(xml.lineNumber());
            } else if (!inRecord) {
                continue; // <collection>, wrappers of OAI-PMH or SRU
            } else if (name == QLatin1String("leader")) {
                entry.record.leader = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("controlfield")) {
                MarcField control;
                control.tag = attributes.value(QLatin1String("tag")).toString();
                control.data = cleaned(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                if (!validTag(control.tag) && entry.error.isEmpty())
                    entry.error = MarcCodec::tr("line %1: a control field has the tag “%2”.")
                                      .arg(xml.lineNumber())
                                      .arg(control.tag);
                entry.record.fields.append(control);
            } else if (name == QLatin1String("datafield")) {
                field = {};
                field.tag = attributes.value(QLatin1String("tag")).toString();
                field.ind1 = indicator(attributes.value(QLatin1String("ind1")).toString());
                field.ind2 = indicator(attributes.value(QLatin1String("ind2")).toString());
                if (!validTag(field.tag) && entry.error.isEmpty())
                    entry.error = MarcCodec::tr("line %1: a data field has the tag “%2”.")
                                      .arg(xml.lineNumber())
                                      .arg(field.tag);
                inDatafield = true;
            } else if (name == QLatin1String("subfield") && inDatafield) {
                const QString code = attributes.value(QLatin1String("code")).toString();
                const QString value = cleaned(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                if (code.size() != 1) {
                    if (entry.error.isEmpty())
                        entry.error =
                            MarcCodec::tr("line %1: field %2 has a subfield without a one-letter code.")
                                .arg(xml.lineNumber())
                                .arg(field.tag);
                    continue;
                }
                field.subfields.append({code.at(0), value});
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const auto name = xml.name();
            if (name == QLatin1String("datafield") && inDatafield) {
                entry.record.fields.append(field);
                inDatafield = false;
            } else if (name == QLatin1String("record") && inRecord) {
                inRecord = false;
                if (entry.error.isEmpty() && entry.record.fields.isEmpty())
                    entry.error = MarcCodec::tr("the record has no field.");
                out.append(entry);
                if (progress && out.size() % 256 == 0 && !progress(xml.characterOffset(), data.size()))
                    return Error{MarcCodec::tr("Cancelled: nothing was read.")};
            }
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(MarcCodec::tr("the XML is not well formed (%1).").arg(xml.errorString()));
    return out;
}

} // namespace marcxml

Result<QList<MarcCodec::Entry>> MarcCodec::readMarcXml(const QByteArray& data, const QString& fileName,
                                                       const Progress& progress)
{
    if (data.size() > kMaxFileBytes)
        return Error{
            tr("%1 is larger than %2 MB: not a file to import.").arg(fileName).arg(kMaxFileBytes >> 20)};
    auto entries = marcxml::parse(data, fileName, progress);
    if (!entries)
        return entries;
    if (entries->isEmpty())
        return Error{tr("%1 holds no MARCXML record.").arg(fileName)};
    return entries;
}

bool MarcCodec::looksLikeMarcXml(const QByteArray& head)
{
    const QByteArray start = head.left(4096);
    return start.contains("<record") || start.contains(":record") || start.contains("<collection") ||
           start.contains(":collection");
}

} // namespace infodoc::core

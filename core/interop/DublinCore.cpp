#include "core/interop/DublinCore.h"

#include "core/catalog/StandardNumber.h"
#include "core/interop/CslItem.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace infodoc::core {

namespace {

const QString kOaiPmhNamespace = QStringLiteral("http://www.openarchives.org/OAI/2.0/");
const QString kDcTermsNamespace = QStringLiteral("http://purl.org/dc/terms/");

QString clean(const QString& s)
{
    return s.simplified().normalized(QString::NormalizationForm_C);
}

// DC does not tell persons from organisations: "Nom, Prénom" is a person,
// and so is any name without the words organisations are named with.
AuthorityKind kindOf(const QString& name)
{
    if (name.contains(u','))
        return AuthorityKind::Person;
    static const QRegularExpression organisation(
        QStringLiteral("\\b(centre|center|association|agence|agency|ville|commune|mairie|minist[eè]re|"
                       "observatoire|institut|universit[eé]|university|conseil|direction|service|"
                       "d[eé]partement|r[eé]gion|office|f[eé]d[eé]ration|soci[eé]t[eé]|groupe|comit[eé]|"
                       "r[eé]seau|fondation|union|caisse|ANRU|ANCT|INSEE|CGET)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return organisation.match(name).hasMatch() ? AuthorityKind::Organisation : AuthorityKind::Person;
}

QString dateOf(const QString& value)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(-\\d{2}(-\\d{2})?)?"));
    if (const auto m = iso.match(value.trimmed()); m.hasMatch())
        return m.captured(0);
    static const QRegularExpression year(QStringLiteral("(?<!\\d)\\d{4}(?!\\d)"));
    const auto m = year.match(value);
    return m.hasMatch() ? m.captured(0) : QString();
}

void map(const QList<DublinCore::Element>& elements, interop::Parsed& p)
{
    Record& r = p.record;
    bool typed = false;
    for (const DublinCore::Element& e : elements) {
        const QString v = clean(e.value);
        if (v.isEmpty())
            continue;
        const QString& n = e.name;
        if (n == QLatin1String("title")) {
            if (r.title.isEmpty())
                r.title = v;
        } else if (n == QLatin1String("alternative")) {
            if (r.subtitle.isEmpty())
                r.subtitle = v;
        } else if (n == QLatin1String("creator")) {
            r.responsibilities.append({v, kindOf(v), Role::Author});
        } else if (n == QLatin1String("contributor")) {
            r.responsibilities.append({v, kindOf(v), Role::Contributor});
        } else if (n == QLatin1String("subject")) {
            static const QRegularExpression separator(QStringLiteral("\\s*;\\s*"));
            for (const QString& s : v.split(separator, Qt::SkipEmptyParts))
                if (!r.subjects.contains(s, Qt::CaseInsensitive))
                    r.subjects.append(s);
        } else if (n == QLatin1String("description") || n == QLatin1String("abstract")) {
            interop::appendLine(r.abstract, e.value.trimmed().normalized(QString::NormalizationForm_C));
        } else if (n == QLatin1String("publisher")) {
            if (r.publisher.isEmpty())
                r.publisher = v;
        } else if (n == QLatin1String("date") || n == QLatin1String("issued") ||
                   n == QLatin1String("created")) {
            if (r.date.isEmpty()) {
                r.date = dateOf(v);
                if (r.date.isEmpty())
                    p.notes.append({QStringLiteral("dc:date"),
                                    DublinCore::tr("“%1” is not a date: it is left out.").arg(v)});
            }
        } else if (n == QLatin1String("type")) {
            if (const auto t = interop::documentTypeOf(v); t && !typed) {
                r.type = *t;
                typed = true;
            }
        } else if (n == QLatin1String("identifier")) {
            const QString lower = v.toLower();
            if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://"))) {
                if (r.url.isEmpty())
                    r.url = v;
            } else if (lower.startsWith(QLatin1String("urn:isbn:")) ||
                       lower.startsWith(QLatin1String("isbn"))) {
                const QString number = v.section(u':', -1).remove(QStringLiteral("ISBN")).trimmed();
                if (StandardNumber::normalizeIsbn(number))
                    r.isbn = number;
                else
                    p.notes.append({QStringLiteral("dc:identifier"),
                                    DublinCore::tr("“%1” is not a valid ISBN: it is left out.").arg(v)});
            } else if (lower.startsWith(QLatin1String("urn:issn:")) ||
                       lower.startsWith(QLatin1String("issn"))) {
                const QString number = v.section(u':', -1).remove(QStringLiteral("ISSN")).trimmed();
                if (StandardNumber::normalizeIssn(number))
                    r.issn = number;
                else
                    p.notes.append({QStringLiteral("dc:identifier"),
                                    DublinCore::tr("“%1” is not a valid ISSN: it is left out.").arg(v)});
            } else if (p.sourceId.isEmpty()) {
                p.sourceId = v;
            }
        } else if (n == QLatin1String("language")) {
            if (r.language.isEmpty()) {
                r.language = CslItem::languageCode(v);
                if (r.language.isEmpty())
                    p.notes.append(
                        {QStringLiteral("dc:language"),
                         DublinCore::tr("The language “%1” is not known: it is left out.").arg(v)});
            }
        } else if (n == QLatin1String("coverage") || n == QLatin1String("spatial")) {
            // A period ("2019-09/2020-06") is not a place.
            static const QRegularExpression period(QStringLiteral("^[\\d\\-/ ]+$"));
            if (!period.match(v).hasMatch())
                p.places.append(v);
        } else if (n == QLatin1String("relation") || n == QLatin1String("source") ||
                   n == QLatin1String("rights") || n == QLatin1String("format")) {
            if (n != QLatin1String("format") || !v.contains(u'/')) // a MIME type says nothing to keep
                interop::appendLine(r.notes, v);
        } else if (n == QLatin1String("isPartOf")) {
            if (r.containerTitle.isEmpty())
                r.containerTitle = v;
        }
    }
}

QString fieldOf(const QString& recordField)
{
    return DublinCore::sourceField(recordField);
}

} // namespace

DublinCore::Description DublinCore::fromRecord(const Record& r, const QString& publisher)
{
    Description d;
    auto add = [&d](const char* name, const QString& value) {
        if (!value.trimmed().isEmpty())
            d.append({QLatin1String(name), value.trimmed()});
    };
    add("title", r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" : ") + r.subtitle);
    for (const Responsibility& p : r.responsibilities) {
        const bool creator =
            p.role == Role::Author || p.role == Role::Director || p.role == Role::LeadOrganisation;
        add(creator ? "creator" : "contributor", p.name);
    }
    for (const QString& s : r.subjects + r.keywords)
        add("subject", s);
    add("description", r.abstract);
    add("publisher", r.publisher.isEmpty() ? publisher : r.publisher);
    add("date", r.date);
    add("type", Vocabulary::label(r.type));
    add("identifier", QStringLiteral("infodoc:record:%1").arg(r.id));
    if (!r.isbn.isEmpty())
        add("identifier", QStringLiteral("urn:isbn:") + r.isbn);
    if (!r.issn.isEmpty())
        add("identifier", QStringLiteral("urn:issn:") + r.issn);
    add("identifier", r.url);
    // Dublin Core takes the IETF tag, or the ISO 639-2 code itself.
    const QString language = CslItem::languageTag(r.language);
    add("language", language.isEmpty() ? r.language : language);
    for (const QString& t : r.territories)
        add("coverage", t);
    if (!r.containerTitle.isEmpty())
        add("relation", r.containerTitle);
    if (!r.collection.isEmpty())
        add("relation", r.collection);
    return d;
}

QByteArray DublinCore::write(const QList<Description>& descriptions, const QString& source)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(kDcNamespace, QStringLiteral("dc"));
    xml.writeNamespace(kOaiDcNamespace, QStringLiteral("oai_dc"));
    xml.writeStartElement(QStringLiteral("records"));
    if (!source.isEmpty())
        xml.writeAttribute(QStringLiteral("source"), source);
    for (const Description& d : descriptions) {
        xml.writeStartElement(kOaiDcNamespace, QStringLiteral("dc"));
        for (const Element& e : d)
            xml.writeTextElement(kDcNamespace, e.name, e.value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray DublinCore::writeStaticRepository(const Repository& repository, const QList<Dated>& records)
{
    const QString sr = QStringLiteral("http://www.openarchives.org/OAI/2.0/static-repository");
    const QString oai = kOaiPmhNamespace;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(sr);
    xml.writeNamespace(oai, QStringLiteral("oai"));
    xml.writeNamespace(kOaiDcNamespace, QStringLiteral("oai_dc"));
    xml.writeNamespace(kDcNamespace, QStringLiteral("dc"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeStartElement(sr, QStringLiteral("Repository"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       sr + QStringLiteral(" http://www.openarchives.org/OAI/2.0/static-repository.xsd"));
    QDate earliest;
    for (const Dated& d : records)
        if (d.datestamp.isValid() && (!earliest.isValid() || d.datestamp < earliest))
            earliest = d.datestamp;
    xml.writeStartElement(sr, QStringLiteral("Identify"));
    xml.writeTextElement(oai, QStringLiteral("repositoryName"), repository.name);
    xml.writeTextElement(oai, QStringLiteral("baseURL"), repository.baseUrl);
    xml.writeTextElement(oai, QStringLiteral("protocolVersion"), QStringLiteral("2.0"));
    xml.writeTextElement(oai, QStringLiteral("adminEmail"), repository.adminEmail);
    xml.writeTextElement(oai, QStringLiteral("earliestDatestamp"),
                         (earliest.isValid() ? earliest : QDate(2000, 1, 1)).toString(Qt::ISODate));
    xml.writeTextElement(oai, QStringLiteral("deletedRecord"), QStringLiteral("no"));
    xml.writeTextElement(oai, QStringLiteral("granularity"), QStringLiteral("YYYY-MM-DD"));
    xml.writeEndElement();
    xml.writeStartElement(sr, QStringLiteral("ListMetadataFormats"));
    xml.writeStartElement(oai, QStringLiteral("metadataFormat"));
    xml.writeTextElement(oai, QStringLiteral("metadataPrefix"), QStringLiteral("oai_dc"));
    xml.writeTextElement(oai, QStringLiteral("schema"),
                         QStringLiteral("http://www.openarchives.org/OAI/2.0/oai_dc.xsd"));
    xml.writeTextElement(oai, QStringLiteral("metadataNamespace"), kOaiDcNamespace);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(sr, QStringLiteral("ListRecords"));
    xml.writeAttribute(QStringLiteral("metadataPrefix"), QStringLiteral("oai_dc"));
    for (const Dated& d : records) {
        xml.writeStartElement(oai, QStringLiteral("record"));
        xml.writeStartElement(oai, QStringLiteral("header"));
        xml.writeTextElement(oai, QStringLiteral("identifier"), repository.identifierPrefix + d.id);
        xml.writeTextElement(oai, QStringLiteral("datestamp"), d.datestamp.toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeStartElement(oai, QStringLiteral("metadata"));
        xml.writeStartElement(kOaiDcNamespace, QStringLiteral("dc"));
        for (const Element& e : d.description)
            xml.writeTextElement(kDcNamespace, e.name, e.value);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

bool DublinCore::looksLikeDublinCore(const QByteArray& head)
{
    const QByteArray start = head.left(8192);
    return start.contains("http://www.openarchives.org/OAI/2.0/oai_dc/") ||
           (start.contains("http://purl.org/dc/elements/1.1/") &&
            !start.contains("http://www.loc.gov/MARC21/slim"));
}

QString DublinCore::sourceField(const QString& recordField)
{
    static const QHash<QString, QString> elements = {
        {QStringLiteral("title"), QStringLiteral("dc:title")},
        {QStringLiteral("isbn"), QStringLiteral("dc:identifier")},
        {QStringLiteral("issn"), QStringLiteral("dc:identifier")},
        {QStringLiteral("url"), QStringLiteral("dc:identifier")},
        {QStringLiteral("date"), QStringLiteral("dc:date")},
        {QStringLiteral("language"), QStringLiteral("dc:language")},
        {QStringLiteral("publisher"), QStringLiteral("dc:publisher")},
        {QStringLiteral("responsibilities"), QStringLiteral("dc:creator")},
        {QStringLiteral("subjects"), QStringLiteral("dc:subject")},
        {QStringLiteral("abstract"), QStringLiteral("dc:description")},
        {QStringLiteral("territories"), QStringLiteral("dc:coverage")},
    };
    QString key = recordField;
    if (const qsizetype bracket = key.indexOf(u'['); bracket > 0)
        key.truncate(bracket);
    return elements.value(key, recordField);
}

Result<QList<interop::Parsed>> DublinCore::read(const QByteArray& data, const QString& fileName,
                                                QString* resumptionToken)
{
    QXmlStreamReader xml(data);
    auto fail = [&](const QString& why) {
        return Error{tr("%1, line %2: %3").arg(fileName).arg(xml.lineNumber()).arg(why)};
    };
    QList<interop::Parsed> out;
    QString headerId;
    bool deleted = false;
    int recordLine = 0;
    bool inDc = false;
    int dcLine = 0;
    QList<Element> elements;
    QString token;
    auto close = [&]() {
        interop::Parsed p;
        p.number = int(out.size()) + 1;
        p.line = recordLine > 0 ? recordLine : dcLine;
        p.fieldOf = fieldOf;
        map(elements, p);
        if (!headerId.isEmpty())
            p.sourceId = headerId;
        out.append(std::move(p));
        elements.clear();
    };
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(tr("the file declares a document type; it is refused, since its entities could read "
                           "other files."));
        case QXmlStreamReader::EntityReference:
            return fail(tr("the entity “%1” is not XML’s own; it is not read.").arg(xml.name()));
        case QXmlStreamReader::StartElement: {
            const QStringView ns = xml.namespaceUri();
            const QStringView name = xml.name();
            if (ns == kOaiPmhNamespace && name == QLatin1String("record")) {
                recordLine = int(xml.lineNumber());
                headerId.clear();
                deleted = false;
            } else if (ns == kOaiPmhNamespace && name == QLatin1String("header")) {
                deleted = xml.attributes().value(QLatin1String("status")) == QLatin1String("deleted");
            } else if (ns == kOaiPmhNamespace && name == QLatin1String("identifier") && !inDc) {
                headerId = xml.readElementText().trimmed();
            } else if (ns == kOaiPmhNamespace && name == QLatin1String("resumptionToken")) {
                token = xml.readElementText().trimmed();
            } else if (ns == kOaiPmhNamespace && name == QLatin1String("error")) {
                const QString code = xml.attributes().value(QLatin1String("code")).toString();
                const QString text = xml.readElementText().simplified();
                if (code == QLatin1String("noRecordsMatch"))
                    break;
                return fail(tr("the repository answers with an error (%1): %2").arg(code, text));
            } else if (ns == kOaiDcNamespace && name == QLatin1String("dc")) {
                if (inDc)
                    return fail(tr("a Dublin Core record inside another."));
                inDc = true;
                dcLine = int(xml.lineNumber());
            } else if (inDc && (ns == kDcNamespace || ns == kDcTermsNamespace)) {
                const QString element = name.toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (xml.hasError())
                    return fail(xml.errorString());
                elements.append({element, text});
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView ns = xml.namespaceUri();
            const QStringView name = xml.name();
            if (ns == kOaiDcNamespace && name == QLatin1String("dc")) {
                inDc = false;
                close();
                recordLine = 0;
            } else if (ns == kOaiPmhNamespace && name == QLatin1String("record") && deleted) {
                // A deleted record carries no metadata: said, not imported.
                interop::Parsed p;
                p.number = int(out.size()) + 1;
                p.line = recordLine;
                p.sourceId = headerId;
                p.error = tr("the repository marks the record %1 as deleted.").arg(headerId);
                out.append(std::move(p));
                recordLine = 0;
            }
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(xml.errorString());
    if (resumptionToken)
        *resumptionToken = token;
    if (out.isEmpty())
        return Error{tr("%1 holds no Dublin Core record (oai_dc:dc).").arg(fileName)};
    return out;
}

} // namespace infodoc::core

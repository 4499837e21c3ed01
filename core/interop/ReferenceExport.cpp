#include "core/interop/ReferenceExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

QString risType(const QString& csl)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("book"), QStringLiteral("BOOK")},
        {QStringLiteral("chapter"), QStringLiteral("CHAP")},
        {QStringLiteral("article-journal"), QStringLiteral("JOUR")},
        {QStringLiteral("report"), QStringLiteral("RPRT")},
        {QStringLiteral("thesis"), QStringLiteral("THES")},
        {QStringLiteral("webpage"), QStringLiteral("ELEC")},
        {QStringLiteral("motion_picture"), QStringLiteral("VIDEO")},
    };
    return map.value(csl, QStringLiteral("GEN"));
}

QString bibtexType(const QString& csl)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("book"), QStringLiteral("book")},
        {QStringLiteral("chapter"), QStringLiteral("incollection")},
        {QStringLiteral("article-journal"), QStringLiteral("article")},
        {QStringLiteral("report"), QStringLiteral("techreport")},
        {QStringLiteral("thesis"), QStringLiteral("phdthesis")},
    };
    return map.value(csl, QStringLiteral("misc"));
}

QString dateText(const CslDate& d, QChar separator)
{
    if (d.isEmpty())
        return {};
    QString s = QString::number(d.year);
    if (d.month > 0)
        s += separator + QStringLiteral("%1").arg(d.month, 2, 10, QChar(u'0'));
    if (d.day > 0)
        s += separator + QStringLiteral("%1").arg(d.day, 2, 10, QChar(u'0'));
    return s;
}

// One line of RIS: no line breaks inside a value.
QString risLine(const char* tag, const QString& value)
{
    return QLatin1String(tag) + QStringLiteral("  - ") + value.simplified() + QStringLiteral("\r\n");
}

QString risName(const CslName& n)
{
    if (!n.literal.isEmpty())
        return n.literal;
    return n.given.isEmpty() ? n.family : n.family + QStringLiteral(", ") + n.given;
}

// BibTeX value in braces: special characters escaped, UTF-8 kept (biber and
// pandoc read it); organisations protected by an extra pair of braces.
QString bibtexEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text.simplified()) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case u'{':
        case u'}':
        case u'%':
        case u'&':
        case u'$':
        case u'#':
        case u'_':
            out += u'\\';
            out += c;
            break;
        case u'~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case u'^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString bibtexNames(const QList<CslName>& names)
{
    QStringList parts;
    for (const CslName& n : names) {
        if (!n.literal.isEmpty())
            parts.append(u'{' + bibtexEscaped(n.literal) + u'}');
        else if (n.given.isEmpty())
            parts.append(bibtexEscaped(n.family));
        else
            parts.append(bibtexEscaped(n.family) + QStringLiteral(", ") + bibtexEscaped(n.given));
    }
    return parts.join(QStringLiteral(" and "));
}

} // namespace

QByteArray ReferenceExport::cslJson(const QList<CslItem>& items, bool withAbstracts)
{
    QJsonArray array;
    for (const CslItem& item : items)
        array.append(item.toJson(withAbstracts));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ReferenceExport::ris(const QList<CslItem>& items, bool withAbstracts)
{
    QString out;
    for (const CslItem& item : items) {
        out += risLine("TY", risType(item.type));
        out += risLine("ID", item.id);
        for (const CslName& n : item.authors)
            out += risLine("AU", risName(n));
        for (const CslName& n : item.editors)
            out += risLine("A2", risName(n));
        out += risLine("TI", item.title);
        if (!item.containerTitle.isEmpty())
            out += risLine(item.type == QLatin1String("article-journal") ? "JO" : "T2", item.containerTitle);
        if (!item.collectionTitle.isEmpty())
            out += risLine("T3", item.collectionTitle);
        const std::pair<const char*, const QString*> fields[] = {
            {"PB", &item.publisher}, {"CY", &item.publisherPlace}, {"ET", &item.edition},
            {"VL", &item.volume},    {"IS", &item.issue},          {"M3", &item.genre},
            {"UR", &item.url},       {"LA", &item.language},
        };
        for (const auto& [tag, value] : fields) {
            if (!value->isEmpty())
                out += risLine(tag, *value);
        }
        if (!item.issued.isEmpty()) {
            out += risLine("PY", QString::number(item.issued.year));
            out += risLine("DA", dateText(item.issued, u'/'));
        }
        if (!item.accessed.isEmpty())
            out += risLine("Y2", dateText(item.accessed, u'/'));
        if (!item.page.isEmpty()) {
            const QStringList range = item.page.split(QRegularExpression(QStringLiteral("\\s*[-–]\\s*")));
            out += risLine("SP", range.constFirst());
            if (range.size() > 1)
                out += risLine("EP", range.constLast());
        }
        if (!item.isbn.isEmpty() || !item.issn.isEmpty())
            out += risLine("SN", item.isbn.isEmpty() ? item.issn : item.isbn);
        for (const QString& keyword : item.keywords)
            out += risLine("KW", keyword);
        if (withAbstracts && !item.abstract.isEmpty())
            out += risLine("AB", item.abstract);
        out += QStringLiteral("ER  - \r\n");
    }
    return out.toUtf8();
}

QByteArray ReferenceExport::bibtex(const QList<CslItem>& items, bool withAbstracts)
{
    QString out;
    for (const CslItem& item : items) {
        const QString type = bibtexType(item.type);
        out += u'@' + type + u'{' + item.id + QStringLiteral(",\n");
        QList<std::pair<QString, QString>> fields;
        if (!item.authors.isEmpty())
            fields.append({QStringLiteral("author"), bibtexNames(item.authors)});
        if (!item.editors.isEmpty())
            fields.append({QStringLiteral("editor"), bibtexNames(item.editors)});
        fields.append({QStringLiteral("title"), u'{' + bibtexEscaped(item.title) + u'}'});
        if (!item.containerTitle.isEmpty())
            fields.append(
                {type == QLatin1String("article") ? QStringLiteral("journal") : QStringLiteral("booktitle"),
                 bibtexEscaped(item.containerTitle)});
        const bool thesisOrReport = type == QLatin1String("phdthesis") || type == QLatin1String("techreport");
        const std::pair<QString, const QString*> texts[] = {
            {thesisOrReport ? (type == QLatin1String("phdthesis") ? QStringLiteral("school")
                                                                  : QStringLiteral("institution"))
                            : QStringLiteral("publisher"),
             &item.publisher},
            {QStringLiteral("address"), &item.publisherPlace},
            {QStringLiteral("edition"), &item.edition},
            {QStringLiteral("series"), &item.collectionTitle},
            {QStringLiteral("volume"), &item.volume},
            {QStringLiteral("number"), &item.issue},
            {QStringLiteral("type"), &item.genre},
            {QStringLiteral("isbn"), &item.isbn},
            {QStringLiteral("issn"), &item.issn},
            {QStringLiteral("langid"), &item.language},
        };
        for (const auto& [name, value] : texts) {
            if (!value->isEmpty())
                fields.append({name, bibtexEscaped(*value)});
        }
        // An address is verbatim for biblatex and the url package: only braces would break it.
        if (!item.url.isEmpty())
            fields.append({QStringLiteral("url"), QString(item.url).remove(u'{').remove(u'}')});
        if (!item.keywords.isEmpty()) {
            QStringList escaped;
            for (const QString& keyword : item.keywords)
                escaped.append(bibtexEscaped(keyword));
            fields.append({QStringLiteral("keywords"), escaped.join(QStringLiteral(", "))});
        }
        if (!item.page.isEmpty())
            fields.append(
                {QStringLiteral("pages"), bibtexEscaped(item.page).replace(u'-', QStringLiteral("--"))});
        if (!item.issued.isEmpty()) {
            fields.append({QStringLiteral("year"), QString::number(item.issued.year)});
            fields.append({QStringLiteral("date"), dateText(item.issued, u'-')});
        }
        if (!item.accessed.isEmpty())
            fields.append({QStringLiteral("urldate"), dateText(item.accessed, u'-')});
        if (withAbstracts && !item.abstract.isEmpty())
            fields.append({QStringLiteral("abstract"), bibtexEscaped(item.abstract)});
        for (const auto& [name, value] : std::as_const(fields))
            out += QStringLiteral("  ") + name + QStringLiteral(" = {") + value + QStringLiteral("},\n");
        out += QStringLiteral("}\n\n");
    }
    return out.toUtf8();
}

} // namespace infodoc::core

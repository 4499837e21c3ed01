#include "core/interop/CslJson.h"

#include "core/catalog/StandardNumber.h"
#include "core/interop/CslItem.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

QString clean(const QString& s)
{
    return s.simplified().normalized(QString::NormalizationForm_C);
}

// A CSL variable as text: strings as they are, numbers written out.
QString textOf(const QJsonValue& v)
{
    if (v.isString())
        return clean(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

DocumentType typeOf(const QString& csl)
{
    static const QHash<QString, DocumentType> types = {
        {QStringLiteral("book"), DocumentType::Book},
        {QStringLiteral("chapter"), DocumentType::Chapter},
        {QStringLiteral("entry-encyclopedia"), DocumentType::Chapter},
        {QStringLiteral("entry-dictionary"), DocumentType::Chapter},
        {QStringLiteral("paper-conference"), DocumentType::Chapter},
        {QStringLiteral("article-journal"), DocumentType::Article},
        {QStringLiteral("article-magazine"), DocumentType::Article},
        {QStringLiteral("article-newspaper"), DocumentType::Article},
        {QStringLiteral("article"), DocumentType::Article},
        {QStringLiteral("periodical"), DocumentType::PeriodicalIssue},
        {QStringLiteral("report"), DocumentType::Report},
        {QStringLiteral("thesis"), DocumentType::Thesis},
        {QStringLiteral("webpage"), DocumentType::WebResource},
        {QStringLiteral("post-weblog"), DocumentType::WebResource},
        {QStringLiteral("post"), DocumentType::WebResource},
        {QStringLiteral("motion_picture"), DocumentType::Audiovisual},
        {QStringLiteral("broadcast"), DocumentType::Audiovisual},
        {QStringLiteral("song"), DocumentType::Audiovisual},
        {QStringLiteral("dataset"), DocumentType::Statistics},
        {QStringLiteral("event"), DocumentType::Proceedings},
    };
    return types.value(csl, DocumentType::Book);
}

// A CSL name as the catalogue writes it: "Gaulle, Charles de", "Ford, Henry, Jr.".
std::optional<Responsibility> nameOf(const QJsonValue& v, Role role)
{
    const QJsonObject o = v.toObject();
    if (const QString literal = textOf(o.value(QLatin1String("literal"))); !literal.isEmpty())
        return Responsibility{literal, AuthorityKind::Organisation, role};
    QString family = textOf(o.value(QLatin1String("family")));
    const QString particle = textOf(o.value(QLatin1String("non-dropping-particle")));
    if (!particle.isEmpty())
        family = particle +
                 (particle.endsWith(u'\'') || particle.endsWith(u'’') ? QString() : QStringLiteral(" ")) +
                 family;
    QString given = textOf(o.value(QLatin1String("given")));
    if (const QString dropping = textOf(o.value(QLatin1String("dropping-particle"))); !dropping.isEmpty())
        given = given.isEmpty() ? dropping : given + u' ' + dropping;
    if (family.isEmpty())
        return std::nullopt;
    QString name = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
    if (const QString suffix = textOf(o.value(QLatin1String("suffix"))); !suffix.isEmpty())
        name += QStringLiteral(", ") + suffix;
    return Responsibility{name, AuthorityKind::Person, role};
}

// {"date-parts": [[2019, 5, 14]]}, {"raw": "2019-05"}, {"literal": "printemps 2019"}, or "2019".
QString dateOf(const QJsonValue& v)
{
    if (v.isString() || v.isDouble())
        return CslDate::fromIso(textOf(v)).isEmpty() ? QString() : textOf(v).left(10);
    const QJsonObject o = v.toObject();
    const QJsonArray parts = o.value(QLatin1String("date-parts")).toArray().at(0).toArray();
    if (!parts.isEmpty()) {
        const int year = parts.at(0).isString() ? parts.at(0).toString().toInt() : parts.at(0).toInt();
        if (year < 1 || year > 9999)
            return {};
        QString date = QStringLiteral("%1").arg(year, 4, 10, QChar(u'0'));
        for (qsizetype i = 1; i < qMin<qsizetype>(parts.size(), 3); ++i) {
            const int n = parts.at(i).isString() ? parts.at(i).toString().toInt() : parts.at(i).toInt();
            if (n < 1 || n > (i == 1 ? 12 : 31))
                break;
            date += QStringLiteral("-%1").arg(n, 2, 10, QChar(u'0'));
        }
        return date;
    }
    for (const char* key : {"raw", "literal"}) {
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})(-\\d{2}(-\\d{2})?)?"));
        static const QRegularExpression year(QStringLiteral("(?<!\\d)\\d{4}(?!\\d)"));
        const QString text = textOf(o.value(QLatin1String(key)));
        if (const auto m = iso.match(text); m.hasMatch())
            return m.captured(0);
        if (const auto m = year.match(text); m.hasMatch())
            return m.captured(0);
    }
    return {};
}

void map(const QJsonObject& o, interop::Parsed& p)
{
    Record& r = p.record;
    auto text = [&o](const char* key) { return textOf(o.value(QLatin1String(key))); };
    r.type = typeOf(text("type"));
    r.title = text("title");
    for (const auto& [key, role] :
         {std::pair{"author", Role::Author}, std::pair{"director", Role::Director},
          std::pair{"editor", Role::Editor}, std::pair{"container-author", Role::Editor},
          std::pair{"translator", Role::Contributor}, std::pair{"contributor", Role::Contributor}}) {
        if (r.type != DocumentType::Chapter && QLatin1String(key) == QLatin1String("container-author"))
            continue;
        for (const QJsonValue& n : o.value(QLatin1String(key)).toArray())
            if (auto name = nameOf(n, role))
                r.responsibilities.append(*name);
    }
    r.publisher = text("publisher");
    r.place = text("publisher-place");
    r.date = dateOf(o.value(QLatin1String("issued")));
    r.edition = text("edition");
    r.collection = text("collection-title");
    r.collectionNumber = text("collection-number");
    r.containerTitle = text("container-title");
    if (r.containerTitle.isEmpty() && r.type == DocumentType::Article)
        r.containerTitle = text("container-title-short");
    r.volume = text("volume");
    r.issue = text("issue");
    const QString page = text("page").replace(QStringLiteral("–"), QStringLiteral("-"));
    if (r.type == DocumentType::Article || r.type == DocumentType::Chapter)
        r.pages = page;
    const QString pages = text("number-of-pages");
    if (!pages.isEmpty())
        r.extent = pages.contains(u'p') ? pages : pages + QStringLiteral(" p.");
    r.genre = text("genre");
    if (r.genre.isEmpty() && r.type == DocumentType::Audiovisual)
        r.genre = text("medium");
    // Zotero writes several ISBNs separated by blanks: the first valid one is kept.
    static const QRegularExpression blanks(QStringLiteral("[\\s,;]+"));
    for (const char* key : {"ISBN", "ISSN"}) {
        const QString value = text(key);
        if (value.isEmpty())
            continue;
        const bool isbn = QLatin1String(key) == QLatin1String("ISBN");
        QString kept;
        for (const QString& candidate : value.split(blanks, Qt::SkipEmptyParts))
            if (isbn ? bool(StandardNumber::normalizeIsbn(candidate))
                     : bool(StandardNumber::normalizeIssn(candidate))) {
                kept = candidate;
                break;
            }
        if (kept.isEmpty())
            p.notes.append({QLatin1String(key),
                            isbn ? CslJson::tr("“%1” is not a valid ISBN: it is left out.").arg(value)
                                 : CslJson::tr("“%1” is not a valid ISSN: it is left out.").arg(value)});
        else if (isbn)
            r.isbn = kept;
        else
            r.issn = kept;
    }
    r.url = text("URL");
    r.abstract =
        o.value(QLatin1String("abstract")).toString().trimmed().normalized(QString::NormalizationForm_C);
    interop::appendLine(r.notes, o.value(QLatin1String("note")).toString().trimmed());
    if (const QString doi = text("DOI"); !doi.isEmpty())
        interop::appendLine(r.notes, QStringLiteral("DOI : ") + doi);
    r.accessed = dateOf(o.value(QLatin1String("accessed")));
    if (const QString tag = text("language"); !tag.isEmpty()) {
        r.language = CslItem::languageCode(tag);
        if (r.language.isEmpty())
            p.notes.append({QStringLiteral("language"),
                            CslJson::tr("The language “%1” is not known: it is left out.").arg(tag)});
    }
    // "keyword": one string, comma-separated (Zotero's tags); an array is taken as well.
    QStringList keywords;
    const QJsonValue keyword = o.value(QLatin1String("keyword"));
    if (keyword.isArray()) {
        for (const QJsonValue& k : keyword.toArray())
            keywords.append(textOf(k));
    } else {
        static const QRegularExpression separator(QStringLiteral("\\s*[,;]\\s*"));
        keywords = textOf(keyword).split(separator, Qt::SkipEmptyParts);
    }
    for (const QString& k : std::as_const(keywords))
        if (!k.isEmpty() && !r.subjects.contains(k, Qt::CaseInsensitive))
            r.subjects.append(k);
    p.sourceId = text("id");
}

QString fieldOf(const QString& recordField)
{
    return CslJson::sourceField(recordField);
}

} // namespace

bool CslJson::looksLikeCslJson(const QByteArray& head)
{
    // An array of objects, one object or {"items": […]}; keys come in any
    // order (Qt and Zotero sort them), so the variables are looked for.
    const QString start = QString::fromUtf8(head.left(16384));
    static const QRegularExpression opening(QStringLiteral("^(\\x{FEFF})?\\s*(\\[\\s*)?\\{"));
    static const QRegularExpression ours(QStringLiteral("\"format\"\\s*:\\s*\"infodoc-"));
    if (!opening.match(start).hasMatch() || ours.match(start).hasMatch())
        return false;
    static const QRegularExpression variable(QStringLiteral("\"(type|title|issued|author|items)\"\\s*:"));
    return variable.match(start).hasMatch();
}

QString CslJson::sourceField(const QString& recordField)
{
    static const QHash<QString, QString> variables = {
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("isbn"), QStringLiteral("ISBN")},
        {QStringLiteral("issn"), QStringLiteral("ISSN")},
        {QStringLiteral("date"), QStringLiteral("issued")},
        {QStringLiteral("language"), QStringLiteral("language")},
        {QStringLiteral("publisher"), QStringLiteral("publisher")},
        {QStringLiteral("place"), QStringLiteral("publisher-place")},
        {QStringLiteral("edition"), QStringLiteral("edition")},
        {QStringLiteral("extent"), QStringLiteral("number-of-pages")},
        {QStringLiteral("pages"), QStringLiteral("page")},
        {QStringLiteral("collection"), QStringLiteral("collection-title")},
        {QStringLiteral("url"), QStringLiteral("URL")},
        {QStringLiteral("containerTitle"), QStringLiteral("container-title")},
        {QStringLiteral("volume"), QStringLiteral("volume")},
        {QStringLiteral("issue"), QStringLiteral("issue")},
        {QStringLiteral("responsibilities"), QStringLiteral("author")},
        {QStringLiteral("subjects"), QStringLiteral("keyword")},
        {QStringLiteral("abstract"), QStringLiteral("abstract")},
    };
    QString key = recordField;
    if (const qsizetype bracket = key.indexOf(u'['); bracket > 0)
        key.truncate(bracket);
    return variables.value(key, recordField);
}

Result<QList<interop::Parsed>> CslJson::read(const QByteArray& data, const QString& fileName)
{
    const QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error{tr("%1, line %2, column %3: this is not JSON (%4).")
                         .arg(fileName)
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())};
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(QLatin1String("items")).isArray())
        items = doc.object().value(QLatin1String("items")).toArray();
    else if (doc.isObject())
        items.append(doc.object());
    QList<interop::Parsed> out;
    out.reserve(items.size());
    for (const QJsonValue& item : std::as_const(items)) {
        interop::Parsed p;
        p.number = int(out.size()) + 1;
        p.fieldOf = fieldOf;
        if (!item.isObject())
            p.error = tr("the item is not a JSON object (CSL-JSON holds one object per reference).");
        else
            map(item.toObject(), p);
        out.append(std::move(p));
    }
    if (out.isEmpty())
        return Error{tr("%1 holds no CSL-JSON item.").arg(fileName)};
    return out;
}

} // namespace infodoc::core

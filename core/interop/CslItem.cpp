#include "core/interop/CslItem.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

// Nature implied by the document type when the record gives none.
QString impliedGenre(DocumentType type)
{
    switch (type) {
    case DocumentType::Study:
        return QStringLiteral("Étude");
    case DocumentType::ExperienceSheet:
        return QStringLiteral("Fiche d’expérience");
    case DocumentType::Proceedings:
        return QStringLiteral("Actes de colloque");
    case DocumentType::Dossier:
        return QStringLiteral("Dossier documentaire");
    case DocumentType::Statistics:
        return QStringLiteral("Données statistiques");
    case DocumentType::DocumentaryAnswer:
        return QStringLiteral("Réponse documentaire");
    default:
        return {};
    }
}

QString cslType(DocumentType type)
{
    switch (type) {
    case DocumentType::Book:
    case DocumentType::Dossier:
    case DocumentType::Proceedings:
    case DocumentType::Statistics:
    case DocumentType::Guide:
        return QStringLiteral("book");
    case DocumentType::Study:
    case DocumentType::Report:
    case DocumentType::ExperienceSheet:
    case DocumentType::DocumentaryAnswer:
        return QStringLiteral("report");
    case DocumentType::Article:
    case DocumentType::PeriodicalIssue:
        return QStringLiteral("article-journal");
    case DocumentType::Chapter:
        return QStringLiteral("chapter");
    case DocumentType::Thesis:
        return QStringLiteral("thesis");
    case DocumentType::Audiovisual:
        return QStringLiteral("motion_picture");
    case DocumentType::WebResource:
        return QStringLiteral("webpage");
    }
    return QStringLiteral("book");
}

QJsonObject dateJson(const CslDate& d)
{
    QJsonArray parts{d.year};
    if (d.month > 0) {
        parts.append(d.month);
        if (d.day > 0)
            parts.append(d.day);
    }
    return QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}};
}

QJsonArray namesJson(const QList<CslName>& names)
{
    QJsonArray array;
    for (const CslName& n : names) {
        QJsonObject o;
        if (!n.literal.isEmpty()) {
            o.insert(QStringLiteral("literal"), n.literal);
        } else {
            o.insert(QStringLiteral("family"), n.family);
            if (!n.given.isEmpty())
                o.insert(QStringLiteral("given"), n.given);
        }
        array.append(o);
    }
    return array;
}

} // namespace

static const QHash<QString, QString>& languageTags()
{
    static const QHash<QString, QString> tags = {
        {QStringLiteral("fre"), QStringLiteral("fr")}, {QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("ger"), QStringLiteral("de")}, {QStringLiteral("spa"), QStringLiteral("es")},
        {QStringLiteral("ita"), QStringLiteral("it")}, {QStringLiteral("por"), QStringLiteral("pt")},
        {QStringLiteral("ara"), QStringLiteral("ar")}, {QStringLiteral("dut"), QStringLiteral("nl")},
        {QStringLiteral("tur"), QStringLiteral("tr")}, {QStringLiteral("rus"), QStringLiteral("ru")},
        {QStringLiteral("chi"), QStringLiteral("zh")}, {QStringLiteral("pol"), QStringLiteral("pl")},
        {QStringLiteral("rum"), QStringLiteral("ro")}, {QStringLiteral("vie"), QStringLiteral("vi")},
    };
    return tags;
}

QString CslItem::languageTag(const QString& code)
{
    return languageTags().value(code);
}

QString CslItem::languageCode(const QString& tagOrName)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("french"), QStringLiteral("fre")},
        {QStringLiteral("français"), QStringLiteral("fre")},
        {QStringLiteral("francais"), QStringLiteral("fre")},
        {QStringLiteral("english"), QStringLiteral("eng")},
        {QStringLiteral("anglais"), QStringLiteral("eng")},
        {QStringLiteral("american"), QStringLiteral("eng")},
        {QStringLiteral("british"), QStringLiteral("eng")},
        {QStringLiteral("german"), QStringLiteral("ger")},
        {QStringLiteral("ngerman"), QStringLiteral("ger")},
        {QStringLiteral("allemand"), QStringLiteral("ger")},
        {QStringLiteral("spanish"), QStringLiteral("spa")},
        {QStringLiteral("espagnol"), QStringLiteral("spa")},
        {QStringLiteral("italian"), QStringLiteral("ita")},
        {QStringLiteral("italien"), QStringLiteral("ita")},
        {QStringLiteral("portuguese"), QStringLiteral("por")},
        {QStringLiteral("portugais"), QStringLiteral("por")},
        {QStringLiteral("dutch"), QStringLiteral("dut")},
        {QStringLiteral("néerlandais"), QStringLiteral("dut")},
        {QStringLiteral("arabic"), QStringLiteral("ara")},
        {QStringLiteral("arabe"), QStringLiteral("ara")},
        {QStringLiteral("fra"), QStringLiteral("fre")},
        {QStringLiteral("deu"), QStringLiteral("ger")},
        {QStringLiteral("nld"), QStringLiteral("dut")},
    };
    const QString key = tagOrName.trimmed().toLower();
    if (const auto code = names.constFind(key); code != names.cend())
        return *code;
    const QString primary = key.section(u'-', 0, 0).section(u'_', 0, 0);
    if (primary.size() == 2) {
        for (auto it = languageTags().cbegin(); it != languageTags().cend(); ++it)
            if (it.value() == primary)
                return it.key();
        return {};
    }
    static const QRegularExpression iso6392(QStringLiteral("^[a-z]{3}$"));
    return iso6392.match(primary).hasMatch() ? primary : QString();
}

CslDate CslDate::fromIso(const QString& iso)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"));
    const auto m = pattern.match(iso.trimmed());
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

CslName CslItem::nameOf(const Responsibility& r)
{
    const QString name = r.name.simplified();
    if (r.kind == AuthorityKind::Organisation)
        return {{}, {}, name};
    const qsizetype comma = name.indexOf(u',');
    if (comma < 0)
        return {name, {}, {}};
    return {name.left(comma).trimmed(), name.mid(comma + 1).trimmed(), {}};
}

CslItem CslItem::fromRecord(const Record& r)
{
    CslItem item;
    item.recordId = r.id;
    item.id = QStringLiteral("infodoc-%1").arg(r.id);
    item.type = cslType(r.type);
    for (const Responsibility& p : r.responsibilities) {
        switch (p.role) {
        case Role::Author:
        case Role::LeadOrganisation:
            item.authors.append(nameOf(p));
            break;
        case Role::Director:
            item.editorsDirect = true;
            item.editors.append(nameOf(p));
            break;
        case Role::Editor:
            item.editors.append(nameOf(p));
            break;
        case Role::Contributor:
        case Role::Commissioner:
        case Role::Partner:
            break;
        }
    }
    item.title = r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" : ") + r.subtitle;
    item.containerTitle = r.containerTitle;
    item.collectionTitle = r.collection;
    item.collectionNumber = r.collectionNumber;
    item.publisher = r.publisher;
    item.publisherPlace = r.place;
    item.edition = r.edition;
    item.volume = r.volume;
    item.issue = r.issue;
    item.page = r.pages;
    const QString genre = r.genre.isEmpty() ? impliedGenre(r.type) : r.genre;
    if (r.type == DocumentType::Audiovisual)
        item.medium = genre;
    else
        item.genre = genre;
    item.isbn = r.isbn;
    item.issn = r.issn;
    item.url = r.url;
    item.abstract = r.abstract;
    item.language = languageTag(r.language);
    item.extent = r.extent;
    item.keywords = r.subjects + r.keywords;
    item.issued = CslDate::fromIso(r.date);
    item.accessed = CslDate::fromIso(r.accessed);
    return item;
}

QJsonObject CslItem::toJson(bool withAbstract) const
{
    QJsonObject o{
        {QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("title"), title}};
    if (!authors.isEmpty())
        o.insert(QStringLiteral("author"), namesJson(authors));
    if (!editors.isEmpty())
        o.insert(QStringLiteral("editor"), namesJson(editors));
    const std::pair<const char*, const QString*> texts[] = {
        {"container-title", &containerTitle},
        {"collection-title", &collectionTitle},
        {"collection-number", &collectionNumber},
        {"publisher", &publisher},
        {"publisher-place", &publisherPlace},
        {"edition", &edition},
        {"volume", &volume},
        {"issue", &issue},
        {"page", &page},
        {"genre", &genre},
        {"medium", &medium},
        {"ISBN", &isbn},
        {"ISSN", &issn},
        {"URL", &url},
        {"language", &language},
    };
    for (const auto& [key, value] : texts) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    if (withAbstract && !abstract.isEmpty())
        o.insert(QStringLiteral("abstract"), abstract);
    if (!issued.isEmpty())
        o.insert(QStringLiteral("issued"), dateJson(issued));
    if (!accessed.isEmpty())
        o.insert(QStringLiteral("accessed"), dateJson(accessed));
    // One string, the tags comma-separated, as Zotero writes it.
    if (!keywords.isEmpty())
        o.insert(QStringLiteral("keyword"), keywords.join(QStringLiteral(", ")));
    return o;
}

} // namespace infodoc::core

#include "core/catalog/RecordJson.h"

#include <QJsonArray>
#include <QSet>

namespace infodoc::core {

namespace {

const QStringList kTextFields = {
    QStringLiteral("title"),      QStringLiteral("subtitle"),
    QStringLiteral("publisher"),  QStringLiteral("place"),
    QStringLiteral("date"),       QStringLiteral("edition"),
    QStringLiteral("collection"), QStringLiteral("collectionNumber"),
    QStringLiteral("isbn"),       QStringLiteral("issn"),
    QStringLiteral("extent"),     QStringLiteral("language"),
    QStringLiteral("abstract"),   QStringLiteral("notes"),
    QStringLiteral("audience"),   QStringLiteral("url"),
    QStringLiteral("callNumber"), QStringLiteral("containerTitle"),
    QStringLiteral("volume"),     QStringLiteral("issue"),
    QStringLiteral("pages"),      QStringLiteral("genre"),
    QStringLiteral("accessed"),
};

QString* textField(Record& r, const QString& name)
{
    static const QHash<QString, QString Record::*> map = {
        {QStringLiteral("title"), &Record::title},
        {QStringLiteral("subtitle"), &Record::subtitle},
        {QStringLiteral("publisher"), &Record::publisher},
        {QStringLiteral("place"), &Record::place},
        {QStringLiteral("date"), &Record::date},
        {QStringLiteral("edition"), &Record::edition},
        {QStringLiteral("collection"), &Record::collection},
        {QStringLiteral("collectionNumber"), &Record::collectionNumber},
        {QStringLiteral("isbn"), &Record::isbn},
        {QStringLiteral("issn"), &Record::issn},
        {QStringLiteral("extent"), &Record::extent},
        {QStringLiteral("language"), &Record::language},
        {QStringLiteral("abstract"), &Record::abstract},
        {QStringLiteral("notes"), &Record::notes},
        {QStringLiteral("audience"), &Record::audience},
        {QStringLiteral("url"), &Record::url},
        {QStringLiteral("callNumber"), &Record::callNumber},
        {QStringLiteral("containerTitle"), &Record::containerTitle},
        {QStringLiteral("volume"), &Record::volume},
        {QStringLiteral("issue"), &Record::issue},
        {QStringLiteral("pages"), &Record::pages},
        {QStringLiteral("genre"), &Record::genre},
        {QStringLiteral("accessed"), &Record::accessed},
    };
    const auto it = map.constFind(name);
    return it == map.constEnd() ? nullptr : &(r.*(*it));
}

const QStringList kSheetFields = {
    QStringLiteral("context"),     QStringLiteral("targetPublic"), QStringLiteral("objectives"),
    QStringLiteral("description"), QStringLiteral("means"),        QStringLiteral("results"),
    QStringLiteral("contact"),     QStringLiteral("startDate"),    QStringLiteral("endDate"),
};

QString* sheetField(ExperienceSheet& s, const QString& name)
{
    static const QHash<QString, QString ExperienceSheet::*> map = {
        {QStringLiteral("context"), &ExperienceSheet::context},
        {QStringLiteral("targetPublic"), &ExperienceSheet::targetPublic},
        {QStringLiteral("objectives"), &ExperienceSheet::objectives},
        {QStringLiteral("description"), &ExperienceSheet::description},
        {QStringLiteral("means"), &ExperienceSheet::means},
        {QStringLiteral("results"), &ExperienceSheet::results},
        {QStringLiteral("contact"), &ExperienceSheet::contact},
        {QStringLiteral("startDate"), &ExperienceSheet::startDate},
        {QStringLiteral("endDate"), &ExperienceSheet::endDate},
    };
    const auto it = map.constFind(name);
    return it == map.constEnd() ? nullptr : &(s.*(*it));
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

Result<QStringList> stringList(const QJsonValue& value, const QString& field)
{
    if (!value.isArray())
        return Error{RecordJson::tr("Field \"%1\" must be a list of texts.").arg(field)};
    QStringList list;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString())
            return Error{RecordJson::tr("Field \"%1\" must be a list of texts.").arg(field)};
        list.append(v.toString());
    }
    return list;
}

Result<QList<Responsibility>> responsibilities(const QJsonValue& value)
{
    if (!value.isArray())
        return Error{RecordJson::tr("Field \"responsibilities\" must be a list.")};
    QList<Responsibility> list;
    int n = 0;
    for (const QJsonValue& v : value.toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("name")).isString())
            return Error{RecordJson::tr("Responsibility %1 must be an object with a \"name\".").arg(n)};
        Responsibility r;
        r.name = o.value(QStringLiteral("name")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("person"));
        const auto k = Vocabulary::authorityKindFromKey(kind);
        if (!k)
            return Error{RecordJson::tr("Responsibility %1: unknown kind \"%2\" (person or organisation).")
                             .arg(n)
                             .arg(kind)};
        r.kind = *k;
        const QString role = o.value(QStringLiteral("role")).toString(QStringLiteral("author"));
        const auto ro = Vocabulary::roleFromKey(role);
        if (!ro)
            return Error{RecordJson::tr("Responsibility %1: unknown role \"%2\" (one of: %3).")
                             .arg(n)
                             .arg(role, Vocabulary::keyList(Vocabulary::roles()))};
        r.role = *ro;
        list.append(r);
    }
    return list;
}

Result<QList<Copy>> copies(const QJsonValue& value)
{
    if (!value.isArray())
        return Error{RecordJson::tr("Field \"copies\" must be a list.")};
    QList<Copy> list;
    int n = 0;
    for (const QJsonValue& v : value.toArray()) {
        ++n;
        if (!v.isObject())
            return Error{RecordJson::tr("Copy %1 must be an object.").arg(n)};
        const QJsonObject o = v.toObject();
        Copy c;
        c.id = o.value(QStringLiteral("id")).toInteger();
        c.barcode = o.value(QStringLiteral("barcode")).toString();
        c.callNumber = o.value(QStringLiteral("callNumber")).toString();
        c.location = o.value(QStringLiteral("location")).toString();
        const QString status = o.value(QStringLiteral("status")).toString(QStringLiteral("available"));
        const auto s = Vocabulary::copyStatusFromKey(status);
        if (!s)
            return Error{RecordJson::tr("Copy %1: unknown status \"%2\" (one of: %3).")
                             .arg(n)
                             .arg(status, Vocabulary::keyList(Vocabulary::copyStatuses()))};
        c.status = *s;
        list.append(c);
    }
    return list;
}

Result<ExperienceSheet> sheet(const QJsonValue& value)
{
    if (!value.isObject())
        return Error{RecordJson::tr("Field \"sheet\" must be an object.")};
    ExperienceSheet s;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString* field = sheetField(s, it.key());
        if (!field)
            return Error{RecordJson::tr("Unknown field \"sheet.%1\" (known: %2).")
                             .arg(it.key(), kSheetFields.join(QLatin1String(", ")))};
        if (!it->isString())
            return Error{RecordJson::tr("Field \"sheet.%1\" must be a text.").arg(it.key())};
        *field = it->toString();
    }
    return s;
}

// Fields a record read back carries but that are set by the catalogue.
const QSet<QString> kReadOnlyFields = {QStringLiteral("id"), QStringLiteral("created"),
                                       QStringLiteral("modified"), QStringLiteral("attachments")};

} // namespace

QJsonObject RecordJson::toJson(const Record& r)
{
    QJsonObject o;
    if (r.id)
        o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("type"), Vocabulary::key(r.type));
    Record copy = r;
    for (const QString& name : kTextFields)
        o.insert(name, *textField(copy, name));
    QJsonArray resp;
    for (const Responsibility& x : r.responsibilities)
        resp.append(QJsonObject{{QStringLiteral("name"), x.name},
                                {QStringLiteral("kind"), Vocabulary::key(x.kind)},
                                {QStringLiteral("role"), Vocabulary::key(x.role)}});
    o.insert(QStringLiteral("responsibilities"), resp);
    o.insert(QStringLiteral("subjects"), toArray(r.subjects));
    o.insert(QStringLiteral("keywords"), toArray(r.keywords));
    o.insert(QStringLiteral("territories"), toArray(r.territories));
    QJsonArray cps;
    for (const Copy& c : r.copies) {
        QJsonObject one{{QStringLiteral("barcode"), c.barcode},
                        {QStringLiteral("callNumber"), c.callNumber},
                        {QStringLiteral("location"), c.location},
                        {QStringLiteral("status"), Vocabulary::key(c.status)}};
        if (c.due.isValid())
            one.insert(QStringLiteral("due"), c.due.toString(Qt::ISODate));
        cps.append(one);
    }
    o.insert(QStringLiteral("copies"), cps);
    if (r.sheet) {
        QJsonObject s;
        ExperienceSheet sh = *r.sheet;
        for (const QString& name : kSheetFields)
            s.insert(name, *sheetField(sh, name));
        o.insert(QStringLiteral("sheet"), s);
    }
    if (r.id) {
        QJsonArray att;
        for (const Attachment& a : r.attachments)
            att.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("fileName"), a.fileName},
                                   {QStringLiteral("sha256"), a.sha256},
                                   {QStringLiteral("size"), a.size},
                                   {QStringLiteral("mimeType"), a.mimeType}});
        o.insert(QStringLiteral("attachments"), att);
        o.insert(QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("modified"), r.modified.toUTC().toString(Qt::ISODate));
    }
    return o;
}

Result<Record> RecordJson::merge(const Record& base, const QJsonObject& o)
{
    Record r = base;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString& name = it.key();
        const QJsonValue& value = it.value();
        if (QString* field = textField(r, name)) {
            if (!value.isString() && !value.isNull())
                return Error{tr("Field \"%1\" must be a text.").arg(name)};
            *field = value.toString();
        } else if (name == QLatin1String("type")) {
            const auto type = Vocabulary::documentTypeFromKey(value.toString());
            if (!type)
                return Error{tr("Unknown document type \"%1\" (one of: %2).")
                                 .arg(value.toString(), Vocabulary::keyList(Vocabulary::documentTypes()))};
            r.type = *type;
        } else if (name == QLatin1String("responsibilities")) {
            auto list = responsibilities(value);
            if (!list)
                return list.error();
            r.responsibilities = *list;
        } else if (name == QLatin1String("subjects") || name == QLatin1String("keywords") ||
                   name == QLatin1String("territories")) {
            auto list = stringList(value, name);
            if (!list)
                return list.error();
            (name == QLatin1String("subjects")   ? r.subjects
             : name == QLatin1String("keywords") ? r.keywords
                                                 : r.territories) = *list;
        } else if (name == QLatin1String("copies")) {
            auto list = copies(value);
            if (!list)
                return list.error();
            r.copies = *list;
        } else if (name == QLatin1String("sheet")) {
            if (value.isNull()) {
                r.sheet.reset();
            } else {
                auto s = sheet(value);
                if (!s)
                    return s.error();
                r.sheet = *s;
            }
        } else if (!kReadOnlyFields.contains(name)) {
            return Error{tr("Unknown field \"%1\".").arg(name)};
        }
    }
    return r;
}

Result<Record> RecordJson::fromJson(const QJsonObject& object)
{
    if (!object.contains(QStringLiteral("type")))
        return Error{tr("Field \"type\" is required (one of: %1).")
                         .arg(Vocabulary::keyList(Vocabulary::documentTypes()))};
    return merge(Record{}, object);
}

} // namespace infodoc::core

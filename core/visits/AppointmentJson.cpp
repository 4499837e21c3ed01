#include "core/visits/AppointmentJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace infodoc::core {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Status unknownFields(const QJsonObject& o, const QSet<QString>& known, const QString& where)
{
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
    if (unknown.isEmpty())
        return Status::success();
    return Error{
        AppointmentJson::tr("Unknown field(s) in %1: %2").arg(where, unknown.join(QStringLiteral(", ")))};
}

Status needText(const QJsonObject& o, const QStringList& keys, const QString& where)
{
    for (const QString& k : keys) {
        if (o.contains(k) && !o.value(k).isString())
            return Error{AppointmentJson::tr("%1: “%2” must be text").arg(where, k)};
    }
    return Status::success();
}

} // namespace

Result<Slot> AppointmentJson::parseStart(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(value.trimmed());
    const QDate day = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
    const int h = m.captured(2).toInt(), min = m.captured(3).toInt();
    if (!day.isValid() || h > 23 || min > 59)
        return Error{tr("“%1” is not a start (2027-01-05T10:00, the centre's time)").arg(value)};
    return Slot{day, h * 60 + min, 0};
}

QString AppointmentJson::startText(const QDate& day, int startMin)
{
    return day.toString(Qt::ISODate) + u'T' + OpeningHours::formatTime(startMin);
}

Status AppointmentJson::applyVisitor(const QJsonValue& value, Visitor& out, const QString& where)
{
    if (!value.isObject())
        return Error{tr("%1 is an object: {\"card\": …}, {\"name\": …} or {\"anonymous\": true}").arg(where)};
    const QJsonObject v = value.toObject();
    static const QSet<QString> visitorKeys = {QStringLiteral("card"),      QStringLiteral("name"),
                                              QStringLiteral("structure"), QStringLiteral("structureType"),
                                              QStringLiteral("function"),  QStringLiteral("commune"),
                                              QStringLiteral("contact"),   QStringLiteral("anonymous")};
    if (auto s = unknownFields(v, visitorKeys, where); !s)
        return s;
    if (auto s = needText(v,
                          {QStringLiteral("card"), QStringLiteral("name"), QStringLiteral("structure"),
                           QStringLiteral("structureType"), QStringLiteral("function"),
                           QStringLiteral("commune"), QStringLiteral("contact")},
                          where);
        !s)
        return s;
    Visitor visitor;
    if (v.value(QStringLiteral("anonymous")).toBool()) {
        if (v.contains(QStringLiteral("name")) || v.contains(QStringLiteral("card")) ||
            v.contains(QStringLiteral("contact")))
            return Error{tr("An anonymous visitor has no card, name or contact")};
        visitor.kind = Visitor::Kind::Anonymous;
    } else if (v.contains(QStringLiteral("card"))) {
        visitor.kind = Visitor::Kind::Borrower;
        visitor.card = text(v, "card").trimmed();
        if (visitor.card.isEmpty())
            return Error{tr("The visitor's card is empty")};
    } else if (v.contains(QStringLiteral("name"))) {
        visitor.kind = Visitor::Kind::Named;
    } else {
        return Error{tr("%1 is an object: {\"card\": …}, {\"name\": …} or {\"anonymous\": true}").arg(where)};
    }
    visitor.name = text(v, "name").trimmed();
    visitor.structure = text(v, "structure").trimmed();
    visitor.function = text(v, "function").trimmed();
    visitor.commune = text(v, "commune").trimmed();
    visitor.contact = text(v, "contact").trimmed();
    if (v.contains(QStringLiteral("structureType"))) {
        auto t = Borrowers::structureTypeFromKey(text(v, "structureType"));
        if (!t) {
            QStringList keys;
            for (StructureType k : Borrowers::structureTypes())
                keys.append(Borrowers::key(k));
            return Error{tr("Unknown structure type “%1” (%2)")
                             .arg(text(v, "structureType"), keys.join(QStringLiteral(", ")))};
        }
        visitor.structureType = *t;
    }
    out = visitor;
    return Status::success();
}

Status AppointmentJson::apply(const QJsonObject& o, Appointment& a)
{
    static const QSet<QString> known = {
        QStringLiteral("start"),   QStringLiteral("length"), QStringLiteral("visitor"),
        QStringLiteral("purpose"), QStringLiteral("status"), QStringLiteral("subjects"),
        QStringLiteral("topic"),   QStringLiteral("notes"),  QStringLiteral("followUp"),
        QStringLiteral("id"),      QStringLiteral("end"),    QStringLiteral("uid")};
    if (auto s = unknownFields(o, known, tr("the appointment")); !s)
        return s;
    if (auto s = needText(o,
                          {QStringLiteral("start"), QStringLiteral("purpose"), QStringLiteral("status"),
                           QStringLiteral("topic"), QStringLiteral("notes"), QStringLiteral("followUp")},
                          tr("the appointment"));
        !s)
        return s;
    if (o.contains(QStringLiteral("start"))) {
        auto start = parseStart(text(o, "start"));
        if (!start)
            return start.error();
        a.day = start->day;
        a.startMin = start->startMin;
    }
    if (o.contains(QStringLiteral("length"))) {
        const QJsonValue v = o.value(QStringLiteral("length"));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() <= 0)
            return Error{tr("“length” is a number of minutes")};
        a.lengthMin = v.toInt();
    }
    if (o.contains(QStringLiteral("purpose"))) {
        auto p = Appointments::purposeFromKey(text(o, "purpose"));
        if (!p) {
            QStringList keys;
            for (VisitPurpose k : Appointments::purposes())
                keys.append(Appointments::key(k));
            return Error{
                tr("Unknown purpose “%1” (%2)").arg(text(o, "purpose"), keys.join(QStringLiteral(", ")))};
        }
        a.purpose = *p;
    }
    if (o.contains(QStringLiteral("status"))) {
        auto s = Appointments::statusFromKey(text(o, "status"));
        if (!s) {
            QStringList keys;
            for (AppointmentStatus k : Appointments::statuses())
                keys.append(Appointments::key(k));
            return Error{
                tr("Unknown status “%1” (%2)").arg(text(o, "status"), keys.join(QStringLiteral(", ")))};
        }
        a.status = *s;
    }
    if (o.contains(QStringLiteral("subjects"))) {
        const QJsonValue v = o.value(QStringLiteral("subjects"));
        if (!v.isArray())
            return Error{tr("“subjects” is a list of descriptors")};
        a.subjects.clear();
        for (const QJsonValue& s : v.toArray()) {
            if (!s.isString())
                return Error{tr("“subjects” is a list of descriptors")};
            a.subjects.append(s.toString());
        }
    }
    if (o.contains(QStringLiteral("topic")))
        a.topic = text(o, "topic");
    if (o.contains(QStringLiteral("notes")))
        a.notes = text(o, "notes");
    if (o.contains(QStringLiteral("followUp")))
        a.followUp = text(o, "followUp");
    if (o.contains(QStringLiteral("visitor"))) {
        if (auto s = applyVisitor(o.value(QStringLiteral("visitor")), a.visitor, tr("the visitor")); !s)
            return s;
    }
    return Status::success();
}

QJsonObject AppointmentJson::toJson(const Slot& s)
{
    return QJsonObject{{QStringLiteral("start"), startText(s.day, s.startMin)},
                       {QStringLiteral("length"), s.lengthMin}};
}

QJsonObject AppointmentJson::visitorJson(const Visitor& v, bool withPerson)
{
    QJsonObject visitor;
    switch (v.kind) {
    case Visitor::Kind::Borrower:
        visitor.insert(QStringLiteral("card"), v.card.isEmpty() ? QJsonValue() : QJsonValue(v.card));
        break;
    case Visitor::Kind::Named:
        if (withPerson) {
            visitor.insert(QStringLiteral("name"), v.name);
            visitor.insert(QStringLiteral("function"), v.function);
            visitor.insert(QStringLiteral("contact"), v.contact);
        }
        break;
    case Visitor::Kind::Anonymous:
        visitor.insert(QStringLiteral("anonymous"), true);
        break;
    }
    if (v.kind != Visitor::Kind::Anonymous && withPerson)
        visitor.insert(QStringLiteral("structure"), v.structure);
    visitor.insert(QStringLiteral("structureType"), Borrowers::key(v.structureType));
    visitor.insert(QStringLiteral("commune"), v.commune);
    return visitor;
}

QJsonObject AppointmentJson::toJson(const Appointment& a, bool withPerson)
{
    const QJsonObject visitor = visitorJson(a.visitor, withPerson);
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("start"), startText(a.day, a.startMin)},
                  {QStringLiteral("end"), startText(a.day, a.endMin())},
                  {QStringLiteral("length"), a.lengthMin},
                  {QStringLiteral("visitor"), visitor},
                  {QStringLiteral("purpose"), Appointments::key(a.purpose)},
                  {QStringLiteral("status"), Appointments::key(a.status)},
                  {QStringLiteral("subjects"), QJsonArray::fromStringList(a.subjects)},
                  {QStringLiteral("topic"), a.topic},
                  {QStringLiteral("uid"), a.uid}};
    if (withPerson) {
        o.insert(QStringLiteral("notes"), a.notes);
        o.insert(QStringLiteral("followUp"), a.followUp);
    }
    return o;
}

} // namespace infodoc::core

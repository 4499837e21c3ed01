#include "core/requests/RequestJson.h"

#include "core/visits/AppointmentJson.h"

#include <QJsonArray>
#include <QSet>

namespace infodoc::core {

namespace {

Result<QDate> dayOf(const QJsonValue& v, const QString& field)
{
    if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return QDate();
    const QDate d = v.isString() ? QDate::fromString(v.toString().trimmed(), Qt::ISODate) : QDate();
    if (!d.isValid())
        return Error{RequestJson::tr("“%1” is a date such as 2027-01-05").arg(field)};
    return d;
}

} // namespace

Status RequestJson::apply(const QJsonObject& o, InfoRequest& r)
{
    static const QSet<QString> known = {
        QStringLiteral("requester"), QStringLiteral("channel"),     QStringLiteral("received"),
        QStringLiteral("wanted"),    QStringLiteral("subjects"),    QStringLiteral("question"),
        QStringLiteral("staff"),     QStringLiteral("status"),      QStringLiteral("answer"),
        QStringLiteral("records"),   QStringLiteral("appointment"), QStringLiteral("id"),
        QStringLiteral("answered"),  QStringLiteral("minutes"),     QStringLiteral("answerRecord")};
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            unknown.append(it.key());
    if (!unknown.isEmpty())
        return Error{tr("Unknown field(s) in the request: %1").arg(unknown.join(QStringLiteral(", ")))};
    for (const char* k : {"channel", "question", "staff", "status", "answer"}) {
        const QString key = QLatin1String(k);
        if (o.contains(key) && !o.value(key).isString())
            return Error{tr("The request: “%1” must be text").arg(key)};
    }
    if (o.contains(QStringLiteral("requester"))) {
        if (auto s = AppointmentJson::applyVisitor(o.value(QStringLiteral("requester")), r.requester,
                                                   tr("the requester"));
            !s)
            return s;
    }
    if (o.contains(QStringLiteral("channel"))) {
        const QString k = o.value(QStringLiteral("channel")).toString();
        auto c = Requests::channelFromKey(k);
        if (!c) {
            QStringList keys;
            for (RequestChannel x : Requests::channels())
                keys.append(Requests::key(x));
            return Error{tr("Unknown channel “%1” (%2)").arg(k, keys.join(QStringLiteral(", ")))};
        }
        r.channel = *c;
    }
    if (o.contains(QStringLiteral("status"))) {
        const QString k = o.value(QStringLiteral("status")).toString();
        auto st = Requests::statusFromKey(k);
        if (!st) {
            QStringList keys;
            for (RequestStatus x : Requests::statuses())
                keys.append(Requests::key(x));
            return Error{tr("Unknown status “%1” (%2)").arg(k, keys.join(QStringLiteral(", ")))};
        }
        r.status = *st;
    }
    for (const auto& [field, target] : {std::pair<const char*, QDate*>{"received", &r.received},
                                        {"wanted", &r.wanted},
                                        {"answered", &r.answered}}) {
        const QString key = QLatin1String(field);
        if (!o.contains(key))
            continue;
        auto d = dayOf(o.value(key), key);
        if (!d)
            return d.error();
        *target = *d;
    }
    if (o.contains(QStringLiteral("subjects"))) {
        const QJsonValue v = o.value(QStringLiteral("subjects"));
        if (!v.isArray())
            return Error{tr("“subjects” is a list of descriptors")};
        r.subjects.clear();
        for (const QJsonValue& s : v.toArray()) {
            if (!s.isString())
                return Error{tr("“subjects” is a list of descriptors")};
            r.subjects.append(s.toString());
        }
    }
    if (o.contains(QStringLiteral("records"))) {
        const QJsonValue v = o.value(QStringLiteral("records"));
        if (!v.isArray())
            return Error{tr("“records” is a list of record numbers")};
        r.records.clear();
        for (const QJsonValue& n : v.toArray()) {
            if (!n.isDouble() || n.toDouble() != double(qint64(n.toDouble())) || n.toDouble() < 1)
                return Error{tr("“records” is a list of record numbers")};
            r.records.append(qint64(n.toDouble()));
        }
    }
    if (o.contains(QStringLiteral("appointment"))) {
        const QJsonValue v = o.value(QStringLiteral("appointment"));
        if (v.isNull())
            r.appointmentId = 0;
        else if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 1)
            return Error{tr("“appointment” is an appointment's number")};
        else
            r.appointmentId = qint64(v.toDouble());
    }
    if (o.contains(QStringLiteral("question")))
        r.question = o.value(QStringLiteral("question")).toString();
    if (o.contains(QStringLiteral("staff")))
        r.staff = o.value(QStringLiteral("staff")).toString();
    if (o.contains(QStringLiteral("answer")))
        r.answer = o.value(QStringLiteral("answer")).toString();
    return Status::success();
}

QJsonObject RequestJson::toJson(const InfoRequest& r, bool withPerson)
{
    auto day = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray records;
    for (qint64 id : r.records)
        records.append(id);
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("requester"), AppointmentJson::visitorJson(r.requester, withPerson)},
        {QStringLiteral("channel"), Requests::key(r.channel)},
        {QStringLiteral("received"), day(r.received)},
        {QStringLiteral("wanted"), day(r.wanted)},
        {QStringLiteral("subjects"), QJsonArray::fromStringList(r.subjects)},
        {QStringLiteral("question"), r.question},
        {QStringLiteral("status"), Requests::key(r.status)},
        {QStringLiteral("staff"), r.staff},
        {QStringLiteral("answer"), r.answer},
        {QStringLiteral("answered"), day(r.answered)},
        {QStringLiteral("records"), records},
        {QStringLiteral("appointment"), r.appointmentId != 0 ? QJsonValue(r.appointmentId) : QJsonValue()},
        {QStringLiteral("answerRecord"), r.answerRecordId != 0 ? QJsonValue(r.answerRecordId) : QJsonValue()},
    };
}

} // namespace infodoc::core

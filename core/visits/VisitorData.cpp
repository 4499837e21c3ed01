#include "core/visits/VisitorData.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SecureDelete.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/visits/Appointments.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the visitors' data");
const char* const kWriteError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot forget the visitors");
const QString kMonthsKey = QStringLiteral("visits.forgetNamedMonths");
constexpr int kDefaultMonths = 12;

} // namespace

VisitorData::VisitorData(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<int> VisitorData::retentionMonths(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("visits."), kReadError);
    if (!values)
        return values.error();
    bool ok = false;
    const int months = values->value(kMonthsKey).toInt(&ok);
    return ok && months >= 1 && months <= 60 ? months : kDefaultMonths;
}

Status VisitorData::setRetentionMonths(Database& db, int months)
{
    if (months < 1 || months > 60)
        return Error{tr("A named visitor is kept from 1 to 60 months after their last visit.")};
    return Settings::write(db, {{kMonthsKey, QString::number(months)}}, kWriteError);
}

Result<QList<VisitorData::Person>> VisitorData::people(const QString& having,
                                                       const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT name_key, MAX(name), MAX(structure), MAX(day), COUNT(*) FROM appointment "
                       "WHERE visitor_kind = 'named' GROUP BY name_key %1 ORDER BY name_key")
            .arg(having));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<Person> list;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                          q.value(4).toInt()});
                         });
        !s)
        return s.error();
    return list;
}

Result<VisitorData::Plan> VisitorData::plan(const QDate& asOf) const
{
    auto months = retentionMonths(m_db);
    if (!months)
        return months.error();
    Plan plan;
    plan.asOf = asOf;
    plan.before = asOf.addMonths(-*months);
    auto found = people(QStringLiteral("HAVING MAX(day) < ?"), {plan.before.toString(Qt::ISODate)});
    if (!found)
        return found.error();
    plan.people = *found;
    return plan;
}

Result<VisitorData::Plan> VisitorData::apply(const QDate& asOf)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto planned = plan(asOf);
    if (!planned)
        return planned.error();
    QStringList keys;
    for (const Person& p : planned->people)
        keys.append(p.key);
    auto forgotten = forget(keys);
    if (!forgotten)
        return forgotten.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    qCInfo(lcVisits) << "retention of named visitors on" << asOf.toString(Qt::ISODate) << ":" << keys.size()
                     << "visitor(s)," << *forgotten << "appointment(s) made anonymous";
    return planned;
}

Result<QList<VisitorData::Person>> VisitorData::find(const QString& name) const
{
    const QStringList words = text::foldedWords(name);
    if (words.isEmpty())
        return QList<Person>();
    QStringList conditions;
    QVariantList values;
    for (const QString& w : words) {
        conditions.append(QStringLiteral("(' ' || name_key || ' ') LIKE ?"));
        values.append(QString(QStringLiteral("%") + w + QStringLiteral("%")));
    }
    return people(QStringLiteral("HAVING ") + conditions.join(QStringLiteral(" AND ")), values);
}

Result<QJsonObject> VisitorData::exportJson(const QString& key) const
{
    auto person = people(QStringLiteral("HAVING name_key = ?"), {key});
    if (!person)
        return person.error();
    if (person->isEmpty())
        return Error{tr("No named visitor is called “%1”.").arg(key)};
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT day, start_min, length_min, name, structure, structure_type, function, "
                       "commune, contact, purpose, topic, status, notes, follow_up FROM appointment WHERE "
                       "visitor_kind = 'named' AND name_key = ? ORDER BY day, start_min"));
    q.addBindValue(key);
    QJsonArray appointments;
    if (auto s = eachRow(
            q, kReadError,
            [&] {
                const int start = q.value(1).toInt();
                appointments.append(QJsonObject{
                    {QStringLiteral("start"),
                     QStringLiteral("%1T%2").arg(q.value(0).toString(), OpeningHours::formatTime(start))},
                    {QStringLiteral("length"), q.value(2).toInt()},
                    {QStringLiteral("name"), q.value(3).toString()},
                    {QStringLiteral("structure"), q.value(4).toString()},
                    {QStringLiteral("structureType"), q.value(5).toString()},
                    {QStringLiteral("function"), q.value(6).toString()},
                    {QStringLiteral("commune"), q.value(7).toString()},
                    {QStringLiteral("contact"), q.value(8).toString()},
                    {QStringLiteral("purpose"), q.value(9).toString()},
                    {QStringLiteral("topic"), q.value(10).toString()},
                    {QStringLiteral("status"), q.value(11).toString()},
                    {QStringLiteral("notes"), q.value(12).toString()},
                    {QStringLiteral("followUp"), q.value(13).toString()},
                });
            });
        !s)
        return s.error();
    return QJsonObject{{QStringLiteral("name"), person->first().name},
                       {QStringLiteral("exported"), m_clock.now().toString(Qt::ISODate)},
                       {QStringLiteral("appointments"), appointments}};
}

Result<int> VisitorData::erase(const QString& key)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto count = forget({key});
    if (!count)
        return count.error();
    if (*count == 0)
        return Error{tr("No named visitor is called “%1”.").arg(key)};
    if (auto s = tx->commit(); !s)
        return s.error();
    qCInfo(lcVisits) << "a named visitor erased on request:" << *count << "appointment(s) made anonymous";
    return count;
}

Result<int> VisitorData::forget(const QStringList& keys)
{
    const QSqlDatabase db = m_db.connection();
    SecureDelete secure(db);
    const QDateTime at = m_clock.now();
    int count = 0;
    QSqlQuery ids(db);
    QSqlQuery update(db);
    for (const QString& key : keys) {
        ids.prepare(
            QStringLiteral("SELECT id FROM appointment WHERE visitor_kind = 'named' AND name_key = ?"));
        ids.addBindValue(key);
        QList<qint64> list;
        if (auto s = eachRow(ids, kReadError, [&] { list.append(ids.value(0).toLongLong()); }); !s)
            return s.error();
        // The notes and the follow-up may name the person too.
        update.prepare(QStringLiteral(
            "UPDATE appointment SET visitor_kind = 'anonymous', name = '', name_key = '', structure = '', "
            "function = '', contact = '', notes = '', follow_up = '', updated = ? WHERE visitor_kind = "
            "'named' AND name_key = ?"));
        update.addBindValue(at.toUTC().toString(Qt::ISODate));
        update.addBindValue(key);
        if (auto s = execOrError(update, kWriteError); !s)
            return s.error();
        for (qint64 id : list)
            if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Appointment, id,
                                               ChangeJournal::Op::Update, at);
                !s)
                return s.error();
        count += int(list.size());
    }
    return count;
}

} // namespace infodoc::core

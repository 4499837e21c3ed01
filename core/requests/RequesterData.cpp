#include "core/requests/RequesterData.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/requests/RequestJson.h"
#include "core/requests/Requests.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SecureDelete.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kReadError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the requesters' data");
const char* const kWriteError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot forget the requesters");
const QString kMonthsKey = QStringLiteral("requests.forgetRequesterMonths");
constexpr int kDefaultMonths = 12;

// The last day of a request: answered, else received.
const QString kLast = QStringLiteral("MAX(COALESCE(answered, received))");
const QString kOpen = QStringLiteral("status NOT IN ('answered', 'closed')");

} // namespace

RequesterData::RequesterData(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<int> RequesterData::retentionMonths(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("requests."), kReadError);
    if (!values)
        return values.error();
    bool ok = false;
    const int months = values->value(kMonthsKey).toInt(&ok);
    return ok && months >= 1 && months <= 60 ? months : kDefaultMonths;
}

Status RequesterData::setRetentionMonths(Database& db, int months)
{
    if (months < 1 || months > 60)
        return Error{tr("A requester is kept from 1 to 60 months after their last request.")};
    return Settings::write(db, {{kMonthsKey, QString::number(months)}}, kWriteError);
}

Result<QList<RequesterData::Person>> RequesterData::people(const QString& having,
                                                           const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT name_key, MAX(name), MAX(structure), %1, COUNT(*), SUM(CASE WHEN %2 THEN 1 "
                       "ELSE 0 END) FROM info_request WHERE requester_kind = 'named' GROUP BY name_key %3 "
                       "ORDER BY name_key")
            .arg(kLast, kOpen, having));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<Person> list;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                          q.value(4).toInt(), q.value(5).toInt()});
                         });
        !s)
        return s.error();
    return list;
}

Result<RequesterData::Plan> RequesterData::plan(const QDate& asOf) const
{
    auto months = retentionMonths(m_db);
    if (!months)
        return months.error();
    Plan plan;
    plan.asOf = asOf;
    plan.before = asOf.addMonths(-*months);
    const QString before = plan.before.toString(Qt::ISODate);
    auto found =
        people(QStringLiteral("HAVING %1 < ? AND SUM(CASE WHEN %2 THEN 1 ELSE 0 END) = 0").arg(kLast, kOpen),
               {before});
    if (!found)
        return found.error();
    plan.people = *found;
    // A borrower's requests lose their link once all the borrower's requests
    // are over and the last one is older than the delay.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id FROM info_request WHERE requester_kind = 'borrower' AND borrower_id IN ("
                       "SELECT borrower_id FROM info_request WHERE requester_kind = 'borrower' AND "
                       "borrower_id IS NOT NULL GROUP BY borrower_id HAVING %1 < ? AND SUM(CASE WHEN %2 "
                       "THEN 1 ELSE 0 END) = 0) ORDER BY id")
            .arg(kLast, kOpen));
    q.addBindValue(before);
    if (auto s = eachRow(q, kReadError, [&] { plan.borrowerRequests.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    return plan;
}

Result<RequesterData::Plan> RequesterData::apply(const QDate& asOf)
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
    auto forgotten = forget(keys, planned->borrowerRequests);
    if (!forgotten)
        return forgotten.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    qCInfo(lcRequests) << "retention of requesters on" << asOf.toString(Qt::ISODate) << ":" << keys.size()
                       << "named requester(s)," << planned->borrowerRequests.size()
                       << "borrower request(s) unlinked," << *forgotten << "request(s) made anonymous";
    return planned;
}

Result<QList<RequesterData::Person>> RequesterData::find(const QString& name) const
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

Result<QJsonObject> RequesterData::exportJson(const QString& key) const
{
    auto person = people(QStringLiteral("HAVING name_key = ?"), {key});
    if (!person)
        return person.error();
    if (person->isEmpty())
        return Error{tr("No named requester is called “%1”.").arg(key)};
    auto requests = Requests::open(m_db, m_clock);
    if (!requests)
        return requests.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id FROM info_request WHERE requester_kind = 'named' AND name_key = ? ORDER BY received, id"));
    q.addBindValue(key);
    QList<qint64> ids;
    if (auto s = eachRow(q, kReadError, [&] { ids.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    QJsonArray list;
    for (qint64 id : std::as_const(ids)) {
        auto r = requests->find(id);
        if (!r)
            return r.error();
        if (r->has_value())
            list.append(RequestJson::toJson(**r, true));
    }
    return QJsonObject{{QStringLiteral("name"), person->first().name},
                       {QStringLiteral("exported"), m_clock.now().toString(Qt::ISODate)},
                       {QStringLiteral("requests"), list}};
}

Result<QJsonObject> RequesterData::exportBorrower(qint64 borrowerId) const
{
    auto requests = Requests::open(m_db, m_clock);
    if (!requests)
        return requests.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM info_request WHERE borrower_id = ? ORDER BY received, id"));
    q.addBindValue(borrowerId);
    QList<qint64> ids;
    if (auto s = eachRow(q, kReadError, [&] { ids.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    QJsonArray list;
    for (qint64 id : std::as_const(ids)) {
        auto r = requests->find(id);
        if (!r)
            return r.error();
        if (r->has_value())
            list.append(RequestJson::toJson(**r, true));
    }
    return QJsonObject{{QStringLiteral("requests"), list}};
}

Result<int> RequesterData::erase(const QString& key)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto count = forget({key}, {});
    if (!count)
        return count.error();
    if (*count == 0)
        return Error{tr("No named requester is called “%1”.").arg(key)};
    if (auto s = tx->commit(); !s)
        return s.error();
    qCInfo(lcRequests) << "a named requester erased on request:" << *count << "request(s) made anonymous";
    return count;
}

Result<int> RequesterData::forget(const QStringList& keys, const QList<qint64>& borrowerRequests)
{
    const QSqlDatabase db = m_db.connection();
    SecureDelete secure(db);
    const QString at = m_clock.now().toUTC().toString(Qt::ISODate);
    int count = 0;
    QList<qint64> touched;
    QSqlQuery ids(db);
    ids.prepare(
        QStringLiteral("SELECT id FROM info_request WHERE requester_kind = 'named' AND name_key = ?"));
    QSqlQuery named(db);
    named.prepare(QStringLiteral(
        "UPDATE info_request SET requester_kind = 'anonymous', name = '', name_key = '', structure = '', "
        "function = '', contact = '', updated = ? WHERE requester_kind = 'named' AND name_key = ?"));
    for (const QString& key : keys) {
        ids.bindValue(0, key);
        if (auto s = eachRow(ids, kReadError, [&] { touched.append(ids.value(0).toLongLong()); }); !s)
            return s.error();
        named.bindValue(0, at);
        named.bindValue(1, key);
        if (auto s = execOrError(named, kWriteError); !s)
            return s.error();
    }
    QSqlQuery unlink(db);
    unlink.prepare(QStringLiteral("UPDATE info_request SET requester_kind = 'anonymous', borrower_id = NULL, "
                                  "structure = '', updated = ? WHERE id = ?"));
    for (qint64 id : borrowerRequests) {
        unlink.bindValue(0, at);
        unlink.bindValue(1, id);
        if (auto s = execOrError(unlink, kWriteError); !s)
            return s.error();
        touched.append(id);
    }
    const QDateTime now = m_clock.now();
    for (qint64 id : std::as_const(touched)) {
        if (auto s =
                ChangeJournal::append(db, ChangeJournal::Entity::Request, id, ChangeJournal::Op::Update, now);
            !s)
            return s.error();
    }
    count = int(touched.size());
    return count;
}

} // namespace infodoc::core

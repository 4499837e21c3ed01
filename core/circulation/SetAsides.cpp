#include "core/circulation/SetAsides.h"

#include "core/common/Clock.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kReadError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the copies set aside");
const char* const kWriteError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot set the copy aside");

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.copy_id, c.barcode, c.record_id, r.title, c.call_number, c.location, s.day, s.label, "
    "s.released_on FROM set_aside s JOIN copy c ON c.id = s.copy_id JOIN record r ON r.id = c.record_id ");

SetAside fromRow(const QSqlQuery& q)
{
    SetAside s;
    s.id = q.value(0).toLongLong();
    s.copyId = q.value(1).toLongLong();
    s.barcode = q.value(2).toString();
    s.recordId = q.value(3).toLongLong();
    s.title = q.value(4).toString();
    s.callNumber = q.value(5).toString();
    s.location = q.value(6).toString();
    s.day = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    s.label = q.value(8).toString();
    s.releasedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    return s;
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

SetAsides::SetAsides(Database& db, const Clock& clock, Calendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

Result<std::optional<SetAside>> SetAsides::activeFor(const QSqlDatabase& db, qint64 copyId,
                                                     const QDate& today)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE s.copy_id = ? AND s.released_on IS NULL AND s.day >= ? "
                                       "ORDER BY s.day, s.id LIMIT 1"));
    q.addBindValue(copyId);
    q.addBindValue(today.toString(Qt::ISODate));
    std::optional<SetAside> found;
    if (auto s = eachRow(q, kReadError, [&] { found = fromRow(q); }); !s)
        return s.error();
    return found;
}

Result<QString> SetAsides::refusal(qint64 copyId, const QDate& day) const
{
    const QSqlDatabase db = m_db.connection();
    const QDate today = m_calendar.today(m_clock);
    if (day < today)
        return tr("The day %1 is past: nothing can be set aside for it.").arg(shortDate(day));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.barcode, r.title, c.status, EXISTS (SELECT 1 FROM loan l WHERE l.copy_id = c.id AND "
        "l.returned_on IS NULL), EXISTS (SELECT 1 FROM hold h WHERE h.copy_id = c.id AND h.status = "
        "'ready') FROM copy c JOIN record r ON r.id = c.record_id WHERE c.id = ?"));
    q.addBindValue(copyId);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return tr("No copy %1.").arg(copyId);
    const QString barcode = q.value(0).toString();
    const QString title = q.value(1).toString();
    const QString status = q.value(2).toString();
    const bool onLoan = q.value(3).toBool();
    const bool held = q.value(4).toBool();
    if (onLoan)
        return tr("The copy %1 (%2) is on loan.").arg(barcode, title);
    if (status == QLatin1String("lost") || status == QLatin1String("withdrawn"))
        return tr("The copy %1 (%2) is not on the shelf (lost or withdrawn).").arg(barcode, title);
    if (held)
        return tr("The copy %1 (%2) is held for a borrower.").arg(barcode, title);
    auto current = activeFor(db, copyId, today);
    if (!current)
        return current.error();
    if (*current)
        return tr("The copy %1 (%2) is already set aside for the %3.").arg(barcode, title, (*current)->label);
    return QString();
}

Result<SetAside> SetAsides::add(qint64 copyId, const QDate& day, const QString& label)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto refused = refusal(copyId, day);
    if (!refused)
        return refused.error();
    if (!refused->isEmpty())
        return Error{*refused};

    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO set_aside (copy_id, day, label) VALUES (?, ?, ?)")))
        return sqlError(q, kWriteError);
    q.addBindValue(copyId);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(sqlText(label));
    if (!q.exec())
        return sqlError(q, kWriteError);
    const qint64 id = q.lastInsertId().toLongLong();
    // The copy's availability ("mis de côté") reaches the index.
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Copy, copyId, ChangeJournal::Op::Update,
                                       m_clock.now());
        !s)
        return s.error();
    auto added = find({id});
    if (!added)
        return added.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return added->first();
}

Status SetAsides::release(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return Status::success();
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto current = find(ids);
    if (!current)
        return current.error();
    QSqlQuery q(db);
    const QString today = m_calendar.today(m_clock).toString(Qt::ISODate);
    for (const SetAside& s : *current) {
        if (s.releasedOn.isValid())
            continue;
        q.prepare(QStringLiteral("UPDATE set_aside SET released_on = ? WHERE id = ?"));
        q.addBindValue(today);
        q.addBindValue(s.id);
        if (!q.exec())
            return sqlError(q, kWriteError);
        if (auto st = ChangeJournal::append(db, ChangeJournal::Entity::Copy, s.copyId,
                                            ChangeJournal::Op::Update, m_clock.now());
            !st)
            return st.error();
    }
    return transaction->commit();
}

Status SetAsides::reschedule(const QList<qint64>& ids, const QDate& day, const QString& label)
{
    if (ids.isEmpty())
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE set_aside SET day = ?, label = ? WHERE released_on IS NULL AND id IN (%1)")
            .arg(sqlIdList(ids)));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(sqlText(label));
    return execOrError(q, kWriteError);
}

Result<QList<SetAside>> SetAsides::find(const QList<qint64>& ids) const
{
    QList<SetAside> list;
    if (ids.isEmpty())
        return list;
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE s.id IN (%1) ORDER BY s.id").arg(sqlIdList(ids)));
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    return list;
}

} // namespace infodoc::core

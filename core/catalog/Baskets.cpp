#include "core/catalog/Baskets.h"

#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kRead = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the baskets");
const char* const kWrite = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the basket");

QString nameKey(const QString& name)
{
    return text::foldCase(name.simplified());
}

// Baskets with their record counts; `key` selects one by its folded name.
Result<QList<Baskets::Basket>> selectBaskets(const QSqlDatabase& db, const QString& key = {})
{
    QList<Baskets::Basket> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.id, b.name, b.modified, (SELECT COUNT(*) FROM basket_item i WHERE "
                             "i.basket_id = b.id) FROM basket b %1 ORDER BY b.norm_key")
                  .arg(key.isEmpty() ? QString() : QStringLiteral("WHERE b.norm_key = ?")));
    if (!key.isEmpty())
        q.addBindValue(key);
    if (auto s = eachRow(q, kRead,
                         [&] {
                             list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toInt(),
                                          QDateTime::fromString(q.value(2).toString(), Qt::ISODate)});
                         });
        !s)
        return s.error();
    return list;
}

// Runs a statement on one basket: an unknown basket is an error.
Status execOnBasket(QSqlQuery& q, qint64 basketId)
{
    if (auto s = execOrError(q, kWrite); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Baskets::tr("There is no basket number %1.").arg(basketId)};
    return {};
}

} // namespace

Baskets::Baskets(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Baskets::Basket>> Baskets::list() const
{
    return selectBaskets(m_db.connection());
}

Result<std::optional<Baskets::Basket>> Baskets::find(const QString& name) const
{
    const auto found = selectBaskets(m_db.connection(), nameKey(name));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Basket>();
    return std::optional<Basket>(found->constFirst());
}

Result<QList<qint64>> Baskets::records(qint64 basketId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id FROM basket_item WHERE basket_id = ? ORDER BY position"));
    q.addBindValue(basketId);
    if (auto s = eachRow(q, kRead, [&] { ids.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    return ids;
}

Result<qint64> Baskets::create(const QString& name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error{tr("A basket needs a name.")};
    const auto existing = find(clean);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{tr("There is already a basket named \"%1\".").arg(clean)};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.now().toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO basket (name, norm_key, created, modified) VALUES (?, ?, ?, ?)"));
    q.addBindValue(clean);
    q.addBindValue(nameKey(clean));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto s = execOrError(q, kWrite); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Status Baskets::rename(qint64 basketId, const QString& name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error{tr("A basket needs a name.")};
    const auto other = find(clean);
    if (!other)
        return other.error();
    if (*other && (*other)->id != basketId)
        return Error{tr("There is already a basket named \"%1\".").arg(clean)};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE basket SET name = ?, norm_key = ?, modified = ? WHERE id = ?"));
    q.addBindValue(clean);
    q.addBindValue(nameKey(clean));
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    q.addBindValue(basketId);
    if (auto s = execOnBasket(q, basketId); !s)
        return s;
    return transaction->commit();
}

Status Baskets::remove(qint64 basketId)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM basket WHERE id = ?"));
    q.addBindValue(basketId);
    if (auto s = execOnBasket(q, basketId); !s)
        return s;
    return transaction->commit();
}

Status Baskets::touch(qint64 basketId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE basket SET modified = ? WHERE id = ?"));
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    q.addBindValue(basketId);
    return execOnBasket(q, basketId);
}

Result<int> Baskets::add(qint64 basketId, const QList<qint64>& recordIds)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = touch(basketId); !s)
        return s.error();
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM record WHERE id = ?"));
    QSqlQuery next(m_db.connection());
    next.prepare(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM basket_item WHERE basket_id = ?"));
    next.addBindValue(basketId);
    if (auto s = execOrError(next, kRead); !s)
        return s.error();
    int position = next.next() ? next.value(0).toInt() : 0;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO basket_item (basket_id, record_id, position) VALUES (?, ?, ?)"));
    int added = 0;
    for (qint64 id : recordIds) {
        exists.bindValue(0, id);
        if (auto s = execOrError(exists, kRead); !s)
            return s.error();
        if (!exists.next())
            return Error{tr("There is no record number %1.").arg(id)};
        insert.bindValue(0, basketId);
        insert.bindValue(1, id);
        insert.bindValue(2, position + 1);
        if (auto s = execOrError(insert, kWrite); !s)
            return s.error();
        if (insert.numRowsAffected() == 1) {
            ++position;
            ++added;
        }
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return added;
}

Result<int> Baskets::removeRecords(qint64 basketId, const QList<qint64>& recordIds)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = touch(basketId); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM basket_item WHERE basket_id = ? AND record_id = ?"));
    int removed = 0;
    for (qint64 id : recordIds) {
        q.bindValue(0, basketId);
        q.bindValue(1, id);
        if (auto s = execOrError(q, kWrite); !s)
            return s.error();
        removed += q.numRowsAffected();
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return removed;
}

Status Baskets::clear(qint64 basketId)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    if (auto s = touch(basketId); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM basket_item WHERE basket_id = ?"));
    q.addBindValue(basketId);
    if (auto s = execOrError(q, kWrite); !s)
        return s;
    return transaction->commit();
}

} // namespace infodoc::core

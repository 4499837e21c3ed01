#include "core/output/OutputTotals.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kCountError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot count the documents produced");

QString key(OutputTotals::Kind kind)
{
    switch (kind) {
    case OutputTotals::Kind::Bibliography:
        return QStringLiteral("bibliography");
    }
    return {};
}

} // namespace

Status OutputTotals::count(Database& db, Kind kind, const QDate& day)
{
    // A copy opened read-only (a CD, a copy for consultation) is not the
    // centre's catalogue: what is printed from it is not counted, and printed.
    if (db.isReadOnly())
        return Status::success();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO output_month (month, kind, total) VALUES (?, ?, 1) ON CONFLICT (month, "
                       "kind) DO UPDATE SET total = output_month.total + 1"));
    q.addBindValue(day.toString(QStringLiteral("yyyy-MM")));
    q.addBindValue(key(kind));
    return execOrError(q, kCountError);
}

Result<qint64> OutputTotals::between(Database& db, Kind kind, const QDate& from, const QDate& to)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM output_month WHERE kind = ? AND month BETWEEN ? "
                       "AND ?"));
    q.addBindValue(key(kind));
    q.addBindValue(from.toString(QStringLiteral("yyyy-MM")));
    q.addBindValue(to.toString(QStringLiteral("yyyy-MM")));
    if (!q.exec() || !q.next())
        return sqlError(q, kCountError);
    return q.value(0).toLongLong();
}

} // namespace infodoc::core

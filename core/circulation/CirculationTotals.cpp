#include "core/circulation/CirculationTotals_p.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core::circulation {

namespace {

const char* const kTotalsError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot update the monthly circulation totals");

} // namespace

Status addToTotals(const QSqlDatabase& db, const QDate& day, const QString& event, qint64 loanId, int delta)
{
    // The loan's own copy of the borrower's category, structure type and
    // commune (kept after anonymisation), the record's type and the top
    // term above its first descriptor.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "WITH RECURSIVE up(id, depth) AS ("
        " SELECT rs.subject_id, 0 FROM loan l JOIN copy c ON c.id = l.copy_id JOIN record_subject rs ON "
        " rs.record_id = c.record_id WHERE l.id = ? AND rs.position = (SELECT MIN(position) FROM "
        "record_subject x "
        " WHERE x.record_id = c.record_id)"
        " UNION SELECT b.broader_id, up.depth + 1 FROM subject_broader b JOIN up ON b.subject_id = up.id"
        " WHERE up.depth < 32) "
        "SELECT l.category_code, l.structure_type, l.commune, r.type, "
        " (SELECT s.label FROM up JOIN subject s ON s.id = up.id WHERE NOT EXISTS (SELECT 1 FROM "
        "subject_broader "
        "  nb WHERE nb.subject_id = up.id) ORDER BY up.depth DESC, s.id LIMIT 1) "
        "FROM loan l JOIN copy c ON c.id = l.copy_id JOIN record r ON r.id = c.record_id WHERE l.id = ?"));
    q.addBindValue(loanId);
    q.addBindValue(loanId);
    if (!q.exec())
        return sqlError(q, kTotalsError);
    if (!q.next())
        return Status::success();
    const std::pair<QString, QString> dimensions[] = {
        {QStringLiteral("all"), QString()},
        {QStringLiteral("category"), q.value(0).toString()},
        {QStringLiteral("structure_type"), q.value(1).toString()},
        {QStringLiteral("commune"), q.value(2).toString()},
        {QStringLiteral("document_type"), q.value(3).toString()},
        {QStringLiteral("theme"), q.value(4).toString()},
    };
    q.finish();
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO circulation_month (month, event, dimension, value, total) VALUES (?, ?, ?, "
        "?, ?) ON CONFLICT (month, event, dimension, value) DO UPDATE SET total = "
        "circulation_month.total + excluded.total"));
    for (const auto& [dimension, value] : dimensions) {
        if (dimension != QLatin1String("all") && value.isEmpty())
            continue;
        up.bindValue(0, month);
        up.bindValue(1, event);
        up.bindValue(2, dimension);
        up.bindValue(3, sqlText(value));
        up.bindValue(4, delta);
        if (auto s = execOrError(up, kTotalsError); !s)
            return s;
    }
    return Status::success();
}

Result<bool> countLate(const QSqlDatabase& db, const QDate& day, qint64 loanId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE loan SET late_counted = 1 WHERE id = ? AND late_counted = 0"));
    q.addBindValue(loanId);
    if (auto s = execOrError(q, kTotalsError); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return false;
    if (auto s = addToTotals(db, day, QStringLiteral("late"), loanId, 1); !s)
        return s.error();
    return true;
}

Status uncountLate(const QSqlDatabase& db, const QDate& day, qint64 loanId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE loan SET late_counted = 0 WHERE id = ? AND late_counted = 1"));
    q.addBindValue(loanId);
    if (auto s = execOrError(q, kTotalsError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::success();
    return addToTotals(db, day, QStringLiteral("late"), loanId, -1);
}

} // namespace infodoc::core::circulation

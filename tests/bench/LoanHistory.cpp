#include "LoanHistory.h"

#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace infodoc::bench {

QString writeLoanHistory(core::Database& db, int count, const QDate& today, quint32 seed)
{
    QSqlQuery q(db.connection());
    std::vector<qint64> copies, borrowers;
    if (!q.exec(QStringLiteral("SELECT id FROM copy")))
        return q.lastError().text();
    while (q.next())
        copies.push_back(q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT id FROM borrower")))
        return q.lastError().text();
    while (q.next())
        borrowers.push_back(q.value(0).toLongLong());
    if (copies.empty() || borrowers.empty())
        return QStringLiteral("no copies or no borrowers to write a history with");
    auto transaction = core::WriteTransaction::begin(db.connection());
    if (!transaction)
        return transaction.errorMessage();
    q.prepare(
        QStringLiteral("INSERT INTO loan (copy_id, borrower_id, out_on, due_on, returned_on, "
                       "category_code, structure_type, commune) VALUES (?, ?, ?, ?, ?, 'professionnel', "
                       "'commune', 'Sarcelles')"));
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        const QDate out = today.addDays(-60 - int(random.bounded(1035u)));
        q.bindValue(0, copies[random.bounded(quint32(copies.size()))]);
        q.bindValue(1, borrowers[random.bounded(quint32(borrowers.size()))]);
        q.bindValue(2, out.toString(Qt::ISODate));
        q.bindValue(3, out.addDays(21).toString(Qt::ISODate));
        q.bindValue(4, out.addDays(1 + int(random.bounded(40u))).toString(Qt::ISODate));
        if (!q.exec())
            return q.lastError().text();
    }
    if (auto s = transaction->commit(); !s)
        return s.errorMessage();
    if (!q.exec(QStringLiteral("ANALYZE")))
        return q.lastError().text();
    return {};
}

} // namespace infodoc::bench

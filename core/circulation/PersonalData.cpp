#include "core/circulation/PersonalData.h"

#include "core/circulation/BorrowerJson.h"
#include "core/circulation/Borrowers.h"
#include "core/common/Clock.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/Maintenance.h"
#include "core/storage/SecureDelete.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

const char* const kReadError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the borrowers' data");
const char* const kWriteError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot apply the retention rules");
const char* const kEraseError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot erase the borrower");

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

Status forgetBorrower(const QSqlDatabase& db, qint64 id, const QDateTime& at, const char* context)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE loan SET borrower_id = NULL WHERE borrower_id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, context); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM hold WHERE borrower_id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, context); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM borrower WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, context); !s)
        return s;
    return ChangeJournal::append(db, ChangeJournal::Entity::Borrower, id, ChangeJournal::Op::Delete, at);
}

} // namespace

PersonalData::PersonalData(Database& db, const Clock& clock, CirculationSettings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings))
{}

QDate PersonalData::anonymiseCutoff(const QDate& asOf, int months)
{
    // Returned in March: kept through April, May, June and July, anonymised
    // from 1 August. The first day of the month `months` before this one.
    return QDate(asOf.year(), asOf.month(), 1).addMonths(-months);
}

Result<PersonalData::Plan> PersonalData::plan(const QDate& asOf) const
{
    if (!asOf.isValid())
        return Error{tr("The retention rules need a valid date.")};
    Plan plan;
    plan.asOf = asOf;
    plan.returnedBefore = anonymiseCutoff(asOf, m_settings.anonymiseMonths);
    plan.endedBefore = asOf.addMonths(-m_settings.deleteBorrowerMonths);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id FROM loan WHERE borrower_id IS NOT NULL AND returned_on IS NOT NULL AND "
                       "returned_on < ? ORDER BY id"));
    q.addBindValue(iso(plan.returnedBefore));
    if (auto s = eachRow(q, kReadError, [&] { plan.loans.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    // The last desk action (a return, a loan, a hold) ends the borrower's
    // activity; loans lose their link after four months, this date stays.
    q.prepare(
        QStringLiteral("SELECT b.id, b.name, b.card, substr(b.last_activity, 1, 10) FROM borrower b WHERE "
                       "substr(b.last_activity, 1, 10) < ? AND NOT EXISTS (SELECT 1 FROM loan l WHERE "
                       "l.borrower_id = b.id AND "
                       "l.returned_on IS NULL) AND NOT EXISTS (SELECT 1 FROM hold h WHERE h.borrower_id = "
                       "b.id AND h.status IN "
                       "('waiting', 'ready')) ORDER BY b.id"));
    q.addBindValue(iso(plan.endedBefore));
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             plan.borrowers.append({q.value(0).toLongLong(), q.value(1).toString(),
                                                    q.value(2).toString(),
                                                    QDate::fromString(q.value(3).toString(), Qt::ISODate)});
                         });
        !s)
        return s.error();
    return plan;
}

Result<PersonalData::Plan> PersonalData::apply(const QDate& asOf, const Progress& progress)
{
    const QSqlDatabase db = m_db.connection();
    SecureDelete secure(db);
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Selected again under the write lock, by the dry run's own function.
    auto selected = plan(asOf);
    if (!selected)
        return selected.error();
    const QDateTime at = m_clock.now();
    const int total = int(selected->loans.size() + selected->borrowers.size());
    int done = 0;
    auto cancelled = [&] {
        ++done;
        return progress && (done % 500 == 0 || done == total) && !progress(done, total);
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE loan SET borrower_id = NULL WHERE id = ?"));
    for (qint64 id : std::as_const(selected->loans)) {
        if (cancelled())
            return Error{tr("Cancelled; nothing was changed.")};
        q.bindValue(0, id);
        if (auto s = execOrError(q, kWriteError); !s)
            return s.error();
        if (auto s =
                ChangeJournal::append(db, ChangeJournal::Entity::Loan, id, ChangeJournal::Op::Update, at);
            !s)
            return s.error();
    }
    for (const Plan::Person& p : std::as_const(selected->borrowers)) {
        if (cancelled())
            return Error{tr("Cancelled; nothing was changed.")};
        if (auto s = forgetBorrower(db, p.id, at, kWriteError); !s)
            return s.error();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO retention_run (run_at, as_of, loans_anonymised, borrowers_deleted) VALUES "
        "(?, ?, ?, ?)"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(iso(asOf));
    q.addBindValue(int(selected->loans.size()));
    q.addBindValue(int(selected->borrowers.size()));
    if (auto s = execOrError(q, kWriteError); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return selected;
}

Result<QList<PersonalData::Run>> PersonalData::runs() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT run_at, as_of, loans_anonymised, borrowers_deleted, borrowers_erased FROM "
                       "retention_run ORDER BY id DESC"));
    QList<Run> list;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             list.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODate),
                                          QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                          q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
                         });
        !s)
        return s.error();
    return list;
}

Result<QJsonObject> PersonalData::exportJson(qint64 borrowerId) const
{
    Borrowers borrowers(m_db, m_clock);
    const auto b = borrowers.find(borrowerId);
    if (!b)
        return b.error();
    if (!*b)
        return Error{tr("There is no borrower number %1.").arg(borrowerId)};
    const auto categories = borrowers.categories();
    if (!categories)
        return categories.error();
    Circulation circulation(m_db, m_clock, Calendar(), m_settings);
    Circulation::LoanFilter filter;
    filter.borrowerId = borrowerId;
    filter.openOnly = false;
    filter.limit = 1000000;
    const auto loans = circulation.loans(filter);
    if (!loans)
        return loans.error();
    Circulation::HoldFilter holdFilter;
    holdFilter.borrowerId = borrowerId;
    holdFilter.activeOnly = false;
    const auto holds = circulation.holds(holdFilter);
    if (!holds)
        return holds.error();
    QJsonArray loanList;
    for (const LoanInfo& l : *loans)
        loanList.append(QJsonObject{
            {QStringLiteral("copy"), l.barcode},
            {QStringLiteral("record"), l.recordId},
            {QStringLiteral("title"), l.title},
            {QStringLiteral("out"), iso(l.out)},
            {QStringLiteral("due"), iso(l.due)},
            {QStringLiteral("returned"), l.returned.isValid() ? QJsonValue(iso(l.returned)) : QJsonValue()},
            {QStringLiteral("renewals"), l.renewals},
            {QStringLiteral("level"), l.reminderLevel},
            {QStringLiteral("lost"), l.lost}});
    QJsonArray holdList;
    for (const HoldInfo& h : *holds)
        holdList.append(QJsonObject{{QStringLiteral("record"), h.recordId},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("placed"), iso(h.placed)},
                                    {QStringLiteral("status"), HoldInfo::key(h.status)}});
    return QJsonObject{{QStringLiteral("borrower"), BorrowerJson::toJson(**b, *categories)},
                       {QStringLiteral("loans"), loanList},
                       {QStringLiteral("holds"), holdList},
                       {QStringLiteral("exported"), m_clock.now().toUTC().toString(Qt::ISODate)}};
}

Result<QString> PersonalData::exportHtml(qint64 borrowerId) const
{
    const auto data = exportJson(borrowerId);
    if (!data)
        return data.error();
    const QJsonObject b = data->value(QStringLiteral("borrower")).toObject();
    const QLocale locale;
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    auto date = [&](const QJsonValue& v) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    QString html =
        QStringLiteral("<h1>%1</h1><p>%2</p><table cellpadding=\"3\">")
            .arg(esc(tr("Personal data held about %1").arg(b.value(QStringLiteral("name")).toString())),
                 esc(tr("Exported on %1 at the request of the person (right of access).")
                         .arg(locale.toString(m_clock.now().toLocalTime(), QLocale::LongFormat))));
    const std::pair<const char*, QString> fields[] = {
        {QT_TR_NOOP("Name"), b.value(QStringLiteral("name")).toString()},
        {QT_TR_NOOP("Card"), b.value(QStringLiteral("card")).toString()},
        {QT_TR_NOOP("Category"), b.value(QStringLiteral("category")).toString()},
        {QT_TR_NOOP("Structure"), b.value(QStringLiteral("structure")).toString()},
        {QT_TR_NOOP("Structure type"),
         Borrowers::label(Borrowers::structureTypeFromKey(b.value(QStringLiteral("structureType")).toString())
                              .value_or(StructureType::Other))},
        {QT_TR_NOOP("Function"), b.value(QStringLiteral("function")).toString()},
        {QT_TR_NOOP("Commune"), b.value(QStringLiteral("commune")).toString()},
        {QT_TR_NOOP("E-mail"), b.value(QStringLiteral("email")).toString()},
        {QT_TR_NOOP("Phone"), b.value(QStringLiteral("phone")).toString()},
        {QT_TR_NOOP("Notes"), b.value(QStringLiteral("notes")).toString()},
        {QT_TR_NOOP("Registered"),
         locale.toString(
             QDateTime::fromString(b.value(QStringLiteral("created")).toString(), Qt::ISODate).date(),
             QLocale::ShortFormat)},
    };
    for (const auto& [label, value] : fields)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(tr(label)), esc(value));
    html += QStringLiteral("</table><h2>%1</h2>").arg(esc(tr("Loans")));
    const QJsonArray loans = data->value(QStringLiteral("loans")).toArray();
    if (loans.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No loan is linked to this person.")));
    } else {
        html +=
            QStringLiteral(
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Title")), esc(tr("Copy")), esc(tr("Lent")), esc(tr("Due")), esc(tr("Returned")));
        for (const QJsonValue& v : loans) {
            const QJsonObject l = v.toObject();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(l.value(QStringLiteral("title")).toString()),
                             esc(l.value(QStringLiteral("copy")).toString()),
                             date(l.value(QStringLiteral("out"))), date(l.value(QStringLiteral("due"))),
                             date(l.value(QStringLiteral("returned"))));
        }
        html += QStringLiteral("</table>");
    }
    const QJsonArray holds = data->value(QStringLiteral("holds")).toArray();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Holds")));
    if (holds.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No hold.")));
    for (const QJsonValue& v : holds) {
        const QJsonObject h = v.toObject();
        html += QStringLiteral("<p>%1 — %2 (%3)</p>")
                    .arg(esc(h.value(QStringLiteral("title")).toString()),
                         date(h.value(QStringLiteral("placed"))),
                         esc(h.value(QStringLiteral("status")).toString()));
    }
    html +=
        QStringLiteral("<p><i>%1</i></p>")
            .arg(esc(
                tr("Returned loans lose their link to the borrower at the end of the %1th month after the "
                   "return; a borrower with nothing on loan is deleted %2 months after their last visit.")
                    .arg(m_settings.anonymiseMonths)
                    .arg(m_settings.deleteBorrowerMonths)));
    return html;
}

QString PersonalData::erasureListPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".erasures");
}

QString PersonalData::cardHash(const QString& card)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArrayLiteral("infodoc-erasure\n") + card.trimmed().toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Status PersonalData::eraseInTransaction(qint64 borrowerId)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id = ? AND returned_on IS NULL"));
    q.addBindValue(borrowerId);
    if (!q.exec() || !q.next())
        return sqlError(q, kEraseError);
    if (const int out = q.value(0).toInt(); out > 0)
        return Error{tr("Refused: the borrower still has %n item(s) on loan; erase them once returned.",
                        nullptr, out)};
    return forgetBorrower(db, borrowerId, m_clock.now(), kEraseError);
}

Status PersonalData::erase(qint64 borrowerId)
{
    Borrowers borrowers(m_db, m_clock);
    const auto b = borrowers.find(borrowerId);
    if (!b)
        return b.error();
    if (!*b)
        return Error{tr("There is no borrower number %1.").arg(borrowerId)};
    const QString hash = cardHash((*b)->card);
    {
        const QSqlDatabase db = m_db.connection();
        SecureDelete secure(db);
        auto transaction = WriteTransaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (auto s = eraseInTransaction(borrowerId); !s)
            return s;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO retention_run (run_at, as_of, loans_anonymised, borrowers_deleted, "
                           "borrowers_erased) VALUES (?, ?, 0, 0, 1)"));
        q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
        q.addBindValue(iso(m_clock.now().date()));
        if (auto s = execOrError(q, kEraseError); !s)
            return s;
        if (auto s = transaction->commit(); !s)
            return s;
        QSqlQuery checkpoint(db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile list(erasureListPath(m_db.path()));
    if (!list.open(QIODevice::Append | QIODevice::Text) || list.write(hash.toLatin1() + '\n') < 0 ||
        !list.flush())
        return Error{
            tr("The borrower is erased, but the list of erasures (%1) could not be written: %2. A backup "
               "restored later would bring the person back.")
                .arg(list.fileName(), list.errorString())};
    return Status::success();
}

Result<int> PersonalData::reapplyErasures()
{
    QFile list(erasureListPath(m_db.path()));
    if (!list.exists())
        return 0;
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("Cannot read the list of erasures %1: %2").arg(list.fileName(), list.errorString())};
    QSet<QString> hashes;
    while (!list.atEnd()) {
        const QString line = QString::fromLatin1(list.readLine(256)).trimmed();
        if (line.size() == 64)
            hashes.insert(line);
    }
    if (hashes.isEmpty())
        return 0;
    const QSqlDatabase db = m_db.connection();
    QList<qint64> found;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, card FROM borrower"));
        if (auto s = eachRow(q, kReadError,
                             [&] {
                                 if (hashes.contains(cardHash(q.value(1).toString())))
                                     found.append(q.value(0).toLongLong());
                             });
            !s)
            return s.error();
    }
    if (found.isEmpty())
        return 0;
    SecureDelete secure(db);
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QDateTime at = m_clock.now();
    for (qint64 id : std::as_const(found)) {
        // Items lent to them in the backup come back anonymous, still out.
        if (auto s = forgetBorrower(db, id, at, kEraseError); !s)
            return s.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO retention_run (run_at, as_of, loans_anonymised, borrowers_deleted, "
                             "borrowers_erased) VALUES (?, ?, 0, 0, ?)"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(iso(at.date()));
    q.addBindValue(int(found.size()));
    if (auto s = execOrError(q, kEraseError); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return int(found.size());
}

Result<int> PersonalData::restoreBackup(const QString& backup, const QString& target, const Clock& clock)
{
    if (auto s = Maintenance::restore(backup, target); !s)
        return s.error();
    auto db = Database::open(target, Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    auto settings = CirculationSettings::load(**db);
    if (!settings)
        return settings.error();
    return PersonalData(**db, clock, *settings).reapplyErasures();
}

} // namespace infodoc::core

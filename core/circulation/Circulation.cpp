#include "core/circulation/Circulation.h"

#include "core/circulation/Borrowers.h"
#include "core/circulation/CirculationTotals_p.h"
#include "core/circulation/SetAsides.h"
#include "core/common/Clock.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the loans");
const char* const kLoanError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot record the loan");
const char* const kHoldError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot record the hold");
const char* const kSettingsError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read or save the circulation settings");

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

const QString kLoanColumns = QStringLiteral(
    "l.id, l.copy_id, c.barcode, c.record_id, r.title, COALESCE(NULLIF(c.call_number, ''), r.call_number), "
    "c.location, COALESCE(l.borrower_id, 0), COALESCE(b.name, ''), COALESCE(b.card, ''), l.out_on, l.due_on, "
    "l.returned_on, l.renewals, l.reminder_level, l.lost");
const QString kLoanFrom =
    QStringLiteral("FROM loan l JOIN copy c ON c.id = l.copy_id JOIN record r ON r.id = c.record_id "
                   "LEFT JOIN borrower b ON b.id = l.borrower_id");

LoanInfo loanFromRow(const QSqlQuery& q)
{
    LoanInfo l;
    l.id = q.value(0).toLongLong();
    l.copyId = q.value(1).toLongLong();
    l.barcode = q.value(2).toString();
    l.recordId = q.value(3).toLongLong();
    l.title = q.value(4).toString();
    l.callNumber = q.value(5).toString();
    l.location = q.value(6).toString();
    l.borrowerId = q.value(7).toLongLong();
    l.borrowerName = q.value(8).toString();
    l.card = q.value(9).toString();
    l.out = dateOf(q.value(10));
    l.due = dateOf(q.value(11));
    l.returned = dateOf(q.value(12));
    l.renewals = q.value(13).toInt();
    l.reminderLevel = q.value(14).toInt();
    l.lost = q.value(15).toBool();
    return l;
}

const QString kHoldColumns = QStringLiteral(
    "h.id, h.record_id, r.title, COALESCE(h.copy_id, 0), COALESCE(c.barcode, ''), h.on_copy, h.borrower_id, "
    "b.name, b.card, h.placed, h.status, h.ready_on, h.pickup_by, "
    "CASE WHEN h.status = 'waiting' THEN (SELECT COUNT(*) FROM hold o WHERE o.record_id = h.record_id AND "
    "o.status = 'waiting' AND o.id <= h.id) ELSE 0 END, b.email");
const QString kHoldFrom =
    QStringLiteral("FROM hold h JOIN record r ON r.id = h.record_id JOIN borrower b ON b.id = h.borrower_id "
                   "LEFT JOIN copy c ON c.id = h.copy_id");

HoldInfo holdFromRow(const QSqlQuery& q)
{
    HoldInfo h;
    h.id = q.value(0).toLongLong();
    h.recordId = q.value(1).toLongLong();
    h.title = q.value(2).toString();
    h.copyId = q.value(3).toLongLong();
    h.barcode = q.value(4).toString();
    h.onCopy = q.value(5).toBool();
    h.borrowerId = q.value(6).toLongLong();
    h.borrowerName = q.value(7).toString();
    h.card = q.value(8).toString();
    h.placed = dateOf(q.value(9));
    const QString status = q.value(10).toString();
    for (auto s : {HoldInfo::Status::Waiting, HoldInfo::Status::Ready, HoldInfo::Status::Collected,
                   HoldInfo::Status::Cancelled, HoldInfo::Status::Expired}) {
        if (HoldInfo::key(s) == status)
            h.status = s;
    }
    h.readyOn = dateOf(q.value(11));
    h.pickupBy = dateOf(q.value(12));
    h.position = q.value(13).toInt();
    h.email = q.value(14).toString();
    return h;
}

// What the desk needs to know about a copy before lending it.
struct CopyRow
{
    qint64 id = 0;
    qint64 recordId = 0;
    QString shelfStatus;
    QString type;
    QString title;
};

Result<std::optional<CopyRow>> copyByBarcode(const QSqlDatabase& db, const QString& barcode)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT c.id, c.record_id, c.status, r.type, r.title FROM copy c JOIN record r ON "
                       "r.id = c.record_id WHERE c.barcode = ?"));
    q.addBindValue(barcode.trimmed());
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return std::optional<CopyRow>();
    return std::optional<CopyRow>(CopyRow{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                          q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString()});
}

Result<std::optional<LoanInfo>> loanWhere(const QSqlDatabase& db, const QString& where, const QVariant& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE %3").arg(kLoanColumns, kLoanFrom, where));
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return std::optional<LoanInfo>();
    return std::optional<LoanInfo>(loanFromRow(q));
}

Result<std::optional<HoldInfo>> holdWhere(const QSqlDatabase& db, const QString& where,
                                          const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE %3").arg(kHoldColumns, kHoldFrom, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return std::optional<HoldInfo>();
    return std::optional<HoldInfo>(holdFromRow(q));
}

Status exec(QSqlQuery& q, const QString& sql, const QVariantList& values, const char* context)
{
    if (!q.prepare(sql))
        return sqlError(q, context);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return execOrError(q, context);
}

Status journal(const QSqlDatabase& db, ChangeJournal::Entity entity, qint64 id, ChangeJournal::Op op,
               const QDateTime& at)
{
    return ChangeJournal::append(db, entity, id, op, at);
}

Status touchBorrower(const QSqlDatabase& db, qint64 borrowerId, const QDateTime& at)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("UPDATE borrower SET last_activity = ? WHERE id = ?"),
                {at.toUTC().toString(Qt::ISODate), borrowerId}, kLoanError);
}

// The next one waiting for this copy (a hold on it, or on its record).
Result<std::optional<HoldInfo>> nextWaiting(const QSqlDatabase& db, qint64 recordId, qint64 copyId)
{
    return holdWhere(
        db,
        QStringLiteral("h.record_id = ? AND h.status = 'waiting' AND (h.on_copy = 0 OR h.copy_id = ?) "
                       "ORDER BY h.id LIMIT 1"),
        {recordId, copyId});
}

} // namespace

// --- settings -------------------------------------------------------------

Result<CirculationSettings> CirculationSettings::load(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("circulation."), kSettingsError);
    if (!values)
        return values.error();
    CirculationSettings s;
    auto number = [&](const char* key, int& field) {
        bool ok = false;
        const int v = values->value(QLatin1String(key)).toInt(&ok);
        if (ok)
            field = v;
    };
    number("circulation.holdPickupDays", s.holdPickupDays);
    number("circulation.anonymiseMonths", s.anonymiseMonths);
    number("circulation.deleteBorrowerMonths", s.deleteBorrowerMonths);
    if (values->contains(QStringLiteral("circulation.reminderDays"))) {
        QList<int> days;
        for (const QString& part : values->value(QStringLiteral("circulation.reminderDays")).split(u','))
            if (const int d = part.trimmed().toInt(); d > 0)
                days.append(d);
        if (!days.isEmpty())
            s.reminderDays = days;
    }
    return s;
}

QStringList CirculationSettings::problems() const
{
    QStringList list;
    if (holdPickupDays < 1 || holdPickupDays > 60)
        list.append(Circulation::tr("A ready hold waits from 1 to 60 opening days."));
    if (reminderDays.isEmpty() || reminderDays.size() > 5)
        list.append(Circulation::tr("There are from 1 to 5 reminder levels."));
    for (int i = 0; i < reminderDays.size(); ++i) {
        if (reminderDays.at(i) < 1 || (i > 0 && reminderDays.at(i) <= reminderDays.at(i - 1)))
            list.append(Circulation::tr("The reminder delays must grow from one level to the next (%1).")
                            .arg(QString::number(reminderDays.at(i))));
    }
    if (anonymiseMonths < 1 || anonymiseMonths > 36)
        list.append(Circulation::tr("A returned loan keeps its borrower from 1 to 36 months."));
    if (deleteBorrowerMonths < 1 || deleteBorrowerMonths > 60)
        list.append(Circulation::tr("An inactive borrower is kept from 1 to 60 months."));
    return list;
}

Status CirculationSettings::save(Database& db) const
{
    if (const QStringList p = problems(); !p.isEmpty())
        return Error{p.join(u' ')};
    QStringList days;
    for (int d : reminderDays)
        days.append(QString::number(d));
    return Settings::write(
        db,
        {{QStringLiteral("circulation.holdPickupDays"), QString::number(holdPickupDays)},
         {QStringLiteral("circulation.reminderDays"), days.join(u',')},
         {QStringLiteral("circulation.anonymiseMonths"), QString::number(anonymiseMonths)},
         {QStringLiteral("circulation.deleteBorrowerMonths"), QString::number(deleteBorrowerMonths)}},
        kSettingsError);
}

int LoanInfo::daysLate(const QDate& today) const
{
    const QDate end = returned.isValid() ? returned : today;
    return due.isValid() && end > due ? int(due.daysTo(end)) : 0;
}

QString HoldInfo::key(Status status)
{
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Ready:
        return QStringLiteral("ready");
    case Status::Collected:
        return QStringLiteral("collected");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString HoldInfo::label(Status status)
{
    switch (status) {
    case Status::Waiting:
        return Circulation::tr("waiting");
    case Status::Ready:
        return Circulation::tr("ready to collect");
    case Status::Collected:
        return Circulation::tr("collected");
    case Status::Cancelled:
        return Circulation::tr("cancelled");
    case Status::Expired:
        return Circulation::tr("expired");
    }
    return {};
}

// --- the service -----------------------------------------------------------

Circulation::Circulation(Database& db, const Clock& clock, Calendar calendar, CirculationSettings settings)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar)), m_settings(std::move(settings))
{}

Result<Circulation> Circulation::open(Database& db, const Clock& clock)
{
    auto calendar = Calendar::load(db);
    if (!calendar)
        return calendar.error();
    auto settings = CirculationSettings::load(db);
    if (!settings)
        return settings.error();
    return Circulation(db, clock, *calendar, *settings);
}

QDate Circulation::today() const
{
    return m_calendar.today(m_clock);
}

QDate Circulation::dayOf(const std::optional<QDate>& on) const
{
    return on && on->isValid() ? *on : today();
}

Result<Circulation::Checkout> Circulation::checkout(const QString& copyBarcode, qint64 borrowerId,
                                                    std::optional<QDate> on)
{
    const QDate day = dayOf(on);
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto copy = copyByBarcode(db, copyBarcode);
    if (!copy)
        return copy.error();
    if (!*copy)
        return Error{tr("Unknown copy: no copy has the barcode %1.").arg(copyBarcode.trimmed())};
    const CopyRow& c = **copy;
    if (c.shelfStatus == QLatin1String("withdrawn"))
        return Error{tr("Refused: the copy %1 (%2) is withdrawn.").arg(copyBarcode.trimmed(), c.title)};
    if (c.shelfStatus == QLatin1String("lost"))
        return Error{
            tr("Refused: the copy %1 (%2) is marked lost; change its status in the record once found.")
                .arg(copyBarcode.trimmed(), c.title)};
    if (c.shelfStatus == QLatin1String("reference_only"))
        return Error{
            tr("Refused: the copy %1 (%2) is for reference only.").arg(copyBarcode.trimmed(), c.title)};

    Borrowers borrowers(m_db, m_clock);
    const auto borrower = borrowers.find(borrowerId);
    if (!borrower)
        return borrower.error();
    if (!*borrower)
        return Error{tr("Unknown borrower number %1.").arg(borrowerId)};
    const Borrower& b = **borrower;

    const auto current = loanWhere(db, QStringLiteral("l.copy_id = ? AND l.returned_on IS NULL"), c.id);
    if (!current)
        return current.error();
    if (*current) {
        const LoanInfo& other = **current;
        if (other.borrowerId == borrowerId)
            return Error{tr("Already on loan to this borrower since %1, due %2 (renew it instead).")
                             .arg(shortDate(other.out), shortDate(other.due))};
        return Error{tr("Already on loan: %1 has had \"%2\" since %3.")
                         .arg(other.borrowerName.isEmpty() ? tr("another borrower") : other.borrowerName,
                              c.title, shortDate(other.out))};
    }

    const auto category = borrowers.category(b.categoryId);
    if (!category)
        return category.error();
    if (!*category)
        return Error{tr("The borrower's category no longer exists.")};
    const LoanRule rule = (*category)->ruleFor(c.type);
    const LoanRule general = (*category)->ruleFor(QString());
    if (!rule.lendable)
        return Error{tr("Refused: \"%1\" is consulted on site only (%2).").arg(c.title, (*category)->name)};

    QSqlQuery q(db);
    if (auto s = exec(
            q,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(r.type = ?), 0) FROM loan l JOIN copy c ON c.id "
                           "= l.copy_id JOIN record r ON r.id = c.record_id WHERE l.borrower_id = ? AND "
                           "l.returned_on IS NULL"),
            {c.type, borrowerId}, kReadError);
        !s)
        return s.error();
    q.next();
    const int out = q.value(0).toInt();
    const int outOfType = q.value(1).toInt();
    if (out >= general.maxItems)
        return Error{tr("Refused: limit reached, %1 already has %2 item(s) out (at most %3).")
                         .arg(b.name)
                         .arg(out)
                         .arg(general.maxItems)};
    bool typeRule = false;
    for (const LoanRule& r : (*category)->rules)
        typeRule = typeRule || r.documentType == c.type;
    if (typeRule && outOfType >= rule.maxItems)
        return Error{
            tr("Refused: limit reached for this type of document, %1 already has %2 out (at most %3).")
                .arg(b.name)
                .arg(outOfType)
                .arg(rule.maxItems)};

    // A copy set aside for someone else stays on the hold shelf.
    const auto ready =
        holdWhere(db, QStringLiteral("h.copy_id = ? AND h.status = 'ready' ORDER BY h.id LIMIT 1"), {c.id});
    if (!ready)
        return ready.error();
    qint64 collected = 0;
    if (*ready) {
        if ((*ready)->borrowerId != borrowerId)
            return Error{tr("Refused: held for %1 until %2.")
                             .arg((*ready)->borrowerName, shortDate((*ready)->pickupBy))};
        collected = (*ready)->id;
    } else {
        const auto own =
            holdWhere(db,
                      QStringLiteral("h.record_id = ? AND h.borrower_id = ? AND h.status = 'waiting' AND "
                                     "(h.on_copy = 0 OR h.copy_id = ?) ORDER BY h.id LIMIT 1"),
                      {c.recordId, borrowerId, c.id});
        if (!own)
            return own.error();
        if (*own)
            collected = (*own)->id;
    }

    // A copy set aside for a visit is lent from that visit, which releases it first.
    const auto aside = SetAsides::activeFor(db, c.id, day);
    if (!aside)
        return aside.error();
    if (*aside)
        return Error{tr("Refused: the copy %1 (%2) is set aside for the %3.")
                         .arg(copyBarcode.trimmed(), c.title, (*aside)->label)};

    const QDate due = m_calendar.nextOpenDay(day.addDays(rule.loanDays));
    const QDateTime at = m_clock.now();
    if (!q.prepare(QStringLiteral("INSERT INTO loan (copy_id, borrower_id, out_on, due_on, category_code, "
                                  "structure_type, commune) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(q, kLoanError);
    q.addBindValue(c.id);
    q.addBindValue(borrowerId);
    q.addBindValue(iso(day));
    q.addBindValue(iso(due));
    q.addBindValue((*category)->code);
    q.addBindValue(Borrowers::key(b.structureType));
    q.addBindValue(sqlText(b.commune));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return Error{tr("Already on loan: another desk has just lent this copy.")};
        return sqlError(q, kLoanError);
    }
    const qint64 loanId = q.lastInsertId().toLongLong();
    if (collected) {
        if (auto s =
                exec(q,
                     QStringLiteral(
                         "UPDATE hold SET status = 'collected', copy_id = ?, closed_on = ? WHERE id = ?"),
                     {c.id, iso(day), collected}, kHoldError);
            !s)
            return s.error();
        if (auto s = journal(db, ChangeJournal::Entity::Hold, collected, ChangeJournal::Op::Update, at); !s)
            return s.error();
    }
    if (auto s = touchBorrower(db, borrowerId, at); !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Loan, loanId, ChangeJournal::Op::Insert, at); !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Copy, c.id, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = circulation::addToTotals(db, day, QStringLiteral("loan"), loanId, 1); !s)
        return s.error();
    // The borrower's first loan of the year counts them as active that year.
    if (auto s =
            exec(q, QStringLiteral("UPDATE borrower SET active_year = ? WHERE id = ? AND active_year <> ?"),
                 {day.year(), borrowerId, day.year()}, kLoanError);
        !s)
        return s.error();
    if (q.numRowsAffected() == 1) {
        if (auto s = exec(q, QStringLiteral("UPDATE loan SET first_of_year = 1 WHERE id = ?"), {loanId},
                          kLoanError);
            !s)
            return s.error();
        if (auto s = circulation::addToTotals(db, day, QStringLiteral("active_borrower"), loanId, 1); !s)
            return s.error();
    }
    const auto loan = loanWhere(db, QStringLiteral("l.id = ?"), loanId);
    if (!loan)
        return loan.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return Checkout{**loan, collected};
}

Result<Circulation::Checkin> Circulation::checkin(const QString& copyBarcode, std::optional<QDate> on)
{
    const QDate day = dayOf(on);
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto copy = copyByBarcode(db, copyBarcode);
    if (!copy)
        return copy.error();
    if (!*copy)
        return Error{tr("Unknown copy: no copy has the barcode %1.").arg(copyBarcode.trimmed())};
    const auto open = loanWhere(db, QStringLiteral("l.copy_id = ? AND l.returned_on IS NULL"), (*copy)->id);
    if (!open)
        return open.error();
    if (!*open)
        return Error{tr("The copy %1 (%2) is not on loan.").arg(copyBarcode.trimmed(), (*copy)->title)};
    LoanInfo loan = **open;
    if (day < loan.out)
        return Error{
            tr("The return date %1 is before the loan date %2.").arg(shortDate(day), shortDate(loan.out))};
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("UPDATE loan SET returned_on = ? WHERE id = ?"), {iso(day), loan.id},
                      kLoanError);
        !s)
        return s.error();
    Checkin result;
    result.late = day > loan.due;
    if (auto s = circulation::addToTotals(db, day, QStringLiteral("return"), loan.id, 1); !s)
        return s.error();
    if (result.late) {
        const auto counted = circulation::countLate(db, day, loan.id);
        if (!counted)
            return counted.error();
        result.countedLate = *counted;
    }
    if (loan.borrowerId) {
        if (auto s = touchBorrower(db, loan.borrowerId, at); !s)
            return s.error();
    }
    const auto next = nextWaiting(db, loan.recordId, loan.copyId);
    if (!next)
        return next.error();
    if (*next) {
        const QDate limit = m_calendar.addOpeningDays(day, m_settings.holdPickupDays);
        if (auto s = exec(
                q,
                QStringLiteral("UPDATE hold SET status = 'ready', copy_id = ?, ready_on = ?, pickup_by = ? "
                               "WHERE id = ?"),
                {loan.copyId, iso(day), iso(limit), (*next)->id}, kHoldError);
            !s)
            return s.error();
        if (auto s = journal(db, ChangeJournal::Entity::Hold, (*next)->id, ChangeJournal::Op::Update, at); !s)
            return s.error();
        HoldInfo h = **next;
        h.status = HoldInfo::Status::Ready;
        h.copyId = loan.copyId;
        h.barcode = loan.barcode;
        h.readyOn = day;
        h.pickupBy = limit;
        h.position = 0;
        result.setAside = h;
    }
    if (auto s = journal(db, ChangeJournal::Entity::Loan, loan.id, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Copy, loan.copyId, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    loan.returned = day;
    result.loan = loan;
    return result;
}

Result<Circulation::Renewal> Circulation::renew(const QString& copyBarcode, std::optional<QDate> on)
{
    const QDate day = dayOf(on);
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto copy = copyByBarcode(db, copyBarcode);
    if (!copy)
        return copy.error();
    if (!*copy)
        return Error{tr("Unknown copy: no copy has the barcode %1.").arg(copyBarcode.trimmed())};
    const auto open = loanWhere(db, QStringLiteral("l.copy_id = ? AND l.returned_on IS NULL"), (*copy)->id);
    if (!open)
        return open.error();
    if (!*open)
        return Error{tr("The copy %1 (%2) is not on loan.").arg(copyBarcode.trimmed(), (*copy)->title)};
    LoanInfo loan = **open;
    if (!loan.borrowerId)
        return Error{tr("This loan has no borrower any more.")};
    Borrowers borrowers(m_db, m_clock);
    const auto borrower = borrowers.find(loan.borrowerId);
    if (!borrower)
        return borrower.error();
    if (!*borrower)
        return Error{tr("Unknown borrower number %1.").arg(loan.borrowerId)};
    const auto category = borrowers.category((*borrower)->categoryId);
    if (!category)
        return category.error();
    if (!*category)
        return Error{tr("The borrower's category no longer exists.")};
    const LoanRule rule = (*category)->ruleFor((*copy)->type);
    if (loan.renewals >= rule.maxRenewals)
        return Error{tr("Refused: \"%1\" has been renewed %2 time(s), the most allowed (%3).")
                         .arg(loan.title)
                         .arg(loan.renewals)
                         .arg(rule.maxRenewals)};
    const auto waiting =
        holdWhere(db,
                  QStringLiteral("h.record_id = ? AND h.status = 'waiting' AND h.borrower_id <> ? AND "
                                 "(h.on_copy = 0 OR h.copy_id = ?) ORDER BY h.id LIMIT 1"),
                  {loan.recordId, loan.borrowerId, loan.copyId});
    if (!waiting)
        return waiting.error();
    if (*waiting)
        return Error{
            tr("Refused: %1 is waiting for \"%2\" (a hold).").arg((*waiting)->borrowerName, loan.title)};
    const QDate due = std::max(loan.due, m_calendar.nextOpenDay(day.addDays(rule.loanDays)));
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    if (auto s =
            exec(q,
                 QStringLiteral("UPDATE loan SET due_on = ?, renewals = renewals + 1, reminder_level = 0, "
                                "reminded_on = NULL WHERE id = ?"),
                 {iso(due), loan.id}, kLoanError);
        !s)
        return s.error();
    if (auto s = circulation::addToTotals(db, day, QStringLiteral("renewal"), loan.id, 1); !s)
        return s.error();
    if (auto s = touchBorrower(db, loan.borrowerId, at); !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Loan, loan.id, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    Renewal result{loan, loan.due};
    result.loan.due = due;
    result.loan.renewals += 1;
    result.loan.reminderLevel = 0;
    return result;
}

Result<LoanInfo> Circulation::markLost(const QString& copyBarcode, std::optional<QDate> on)
{
    const QDate day = dayOf(on);
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto copy = copyByBarcode(db, copyBarcode);
    if (!copy)
        return copy.error();
    if (!*copy)
        return Error{tr("Unknown copy: no copy has the barcode %1.").arg(copyBarcode.trimmed())};
    const auto open = loanWhere(db, QStringLiteral("l.copy_id = ? AND l.returned_on IS NULL"), (*copy)->id);
    if (!open)
        return open.error();
    if (!*open)
        return Error{tr("The copy %1 (%2) is not on loan.").arg(copyBarcode.trimmed(), (*copy)->title)};
    LoanInfo loan = **open;
    if (day < loan.out)
        return Error{tr("The date %1 is before the loan date %2.").arg(shortDate(day), shortDate(loan.out))};
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("UPDATE loan SET returned_on = ?, lost = 1 WHERE id = ?"),
                      {iso(day), loan.id}, kLoanError);
        !s)
        return s.error();
    if (auto s = exec(q, QStringLiteral("UPDATE copy SET status = 'lost' WHERE id = ?"), {loan.copyId},
                      kLoanError);
        !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Loan, loan.id, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Copy, loan.copyId, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = journal(db, ChangeJournal::Entity::Record, loan.recordId, ChangeJournal::Op::Update, at); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    loan.returned = day;
    loan.lost = true;
    return loan;
}

Status Circulation::undoCheckout(const Checkout& done)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto loan = loanWhere(db, QStringLiteral("l.id = ?"), done.loan.id);
    if (!loan)
        return loan.error();
    if (!*loan || !(*loan)->isOpen() || (*loan)->renewals != done.loan.renewals)
        return Error{tr("The loan of \"%1\" has changed since: it cannot be undone.").arg(done.loan.title)};
    const QDateTime at = m_clock.now();
    if (auto s = circulation::addToTotals(db, done.loan.out, QStringLiteral("loan"), done.loan.id, -1); !s)
        return s;
    QSqlQuery q(db);
    // An undone first loan of the year takes its active borrower back.
    if (auto s =
            exec(q, QStringLiteral("SELECT first_of_year, COALESCE(borrower_id, 0) FROM loan WHERE id = ?"),
                 {done.loan.id}, kLoanError);
        !s)
        return s;
    const bool firstOfYear = q.next() && q.value(0).toInt() == 1;
    const qint64 undoneBorrower = firstOfYear ? q.value(1).toLongLong() : 0;
    q.finish();
    if (firstOfYear) {
        if (auto s = circulation::addToTotals(db, done.loan.out, QStringLiteral("active_borrower"),
                                              done.loan.id, -1);
            !s)
            return s;
        if (auto s = exec(q, QStringLiteral("UPDATE borrower SET active_year = 0 WHERE id = ?"),
                          {undoneBorrower}, kLoanError);
            !s)
            return s;
    }
    if (auto s = exec(q, QStringLiteral("DELETE FROM loan WHERE id = ?"), {done.loan.id}, kLoanError); !s)
        return s;
    if (done.collectedHoldId) {
        if (auto s = exec(
                q,
                QStringLiteral("UPDATE hold SET status = CASE WHEN ready_on IS NULL THEN 'waiting' ELSE "
                               "'ready' END, copy_id = CASE WHEN on_copy = 1 OR ready_on IS NOT NULL THEN "
                               "copy_id END, closed_on = NULL WHERE id = ?"),
                {done.collectedHoldId}, kHoldError);
            !s)
            return s;
    }
    if (auto s = journal(db, ChangeJournal::Entity::Loan, done.loan.id, ChangeJournal::Op::Delete, at); !s)
        return s;
    if (auto s = journal(db, ChangeJournal::Entity::Copy, done.loan.copyId, ChangeJournal::Op::Update, at);
        !s)
        return s;
    return transaction->commit();
}

Status Circulation::undoCheckin(const Checkin& done)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto loan = loanWhere(db, QStringLiteral("l.id = ?"), done.loan.id);
    if (!loan)
        return loan.error();
    if (!*loan || (*loan)->isOpen() || (*loan)->borrowerId != done.loan.borrowerId)
        return Error{tr("The return of \"%1\" has changed since: it cannot be undone.").arg(done.loan.title)};
    const auto other =
        loanWhere(db, QStringLiteral("l.copy_id = ? AND l.returned_on IS NULL"), done.loan.copyId);
    if (!other)
        return other.error();
    if (*other)
        return Error{
            tr("\"%1\" has been lent again since: the return cannot be undone.").arg(done.loan.title)};
    const QDateTime at = m_clock.now();
    if (auto s = circulation::addToTotals(db, done.loan.returned, QStringLiteral("return"), done.loan.id, -1);
        !s)
        return s;
    if (done.countedLate) {
        if (auto s = circulation::uncountLate(db, done.loan.returned, done.loan.id); !s)
            return s;
    }
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("UPDATE loan SET returned_on = NULL WHERE id = ?"), {done.loan.id},
                      kLoanError);
        !s)
        return s;
    if (done.setAside) {
        if (auto s = exec(
                q,
                QStringLiteral("UPDATE hold SET status = 'waiting', ready_on = NULL, pickup_by = NULL, "
                               "copy_id = CASE WHEN on_copy = 1 THEN copy_id END WHERE id = ? AND status = "
                               "'ready'"),
                {done.setAside->id}, kHoldError);
            !s)
            return s;
    }
    if (auto s = journal(db, ChangeJournal::Entity::Loan, done.loan.id, ChangeJournal::Op::Update, at); !s)
        return s;
    if (auto s = journal(db, ChangeJournal::Entity::Copy, done.loan.copyId, ChangeJournal::Op::Update, at);
        !s)
        return s;
    return transaction->commit();
}

Status Circulation::undoRenewal(const Renewal& done)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto loan = loanWhere(db, QStringLiteral("l.id = ?"), done.loan.id);
    if (!loan)
        return loan.error();
    if (!*loan || !(*loan)->isOpen() || (*loan)->renewals != done.loan.renewals)
        return Error{
            tr("The loan of \"%1\" has changed since: the renewal cannot be undone.").arg(done.loan.title)};
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("UPDATE loan SET due_on = ?, renewals = renewals - 1 WHERE id = ?"),
                      {iso(done.previousDue), done.loan.id}, kLoanError);
        !s)
        return s;
    if (auto s = circulation::addToTotals(db, today(), QStringLiteral("renewal"), done.loan.id, -1); !s)
        return s;
    if (auto s =
            journal(db, ChangeJournal::Entity::Loan, done.loan.id, ChangeJournal::Op::Update, m_clock.now());
        !s)
        return s;
    return transaction->commit();
}

Result<QList<LoanInfo>> Circulation::loans(const LoanFilter& filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.borrowerId) {
        where.append(QStringLiteral("l.borrower_id = ?"));
        values.append(filter.borrowerId);
    }
    if (filter.copyId) {
        where.append(QStringLiteral("l.copy_id = ?"));
        values.append(filter.copyId);
    }
    if (filter.recordId) {
        where.append(QStringLiteral("c.record_id = ?"));
        values.append(filter.recordId);
    }
    if (!filter.ids.isEmpty())
        where.append(QStringLiteral("l.id IN (%1)").arg(sqlIdList(filter.ids)));
    if (!filter.copyBarcode.isEmpty()) {
        where.append(QStringLiteral("c.barcode = ?"));
        values.append(filter.copyBarcode.trimmed());
    }
    if (filter.openOnly || filter.overdueOnly)
        where.append(QStringLiteral("l.returned_on IS NULL"));
    if (filter.overdueOnly) {
        where.append(QStringLiteral("l.due_on < ?"));
        values.append(iso(today()));
    }
    const QString order = filter.overdueOnly ? QStringLiteral("b.name_key, l.due_on, l.id")
                          : filter.openOnly  ? QStringLiteral("l.due_on, l.id")
                                             : QStringLiteral("l.out_on DESC, l.id DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 %2 %3 ORDER BY %4 LIMIT ?")
            .arg(kLoanColumns, kLoanFrom,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 order));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(std::max(1, filter.limit));
    QList<LoanInfo> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(loanFromRow(q)); }); !s)
        return s.error();
    return list;
}

Result<std::optional<LoanInfo>> Circulation::openLoan(const QString& copyBarcode) const
{
    return loanWhere(m_db.connection(), QStringLiteral("c.barcode = ? AND l.returned_on IS NULL"),
                     copyBarcode.trimmed());
}

Result<std::optional<QString>> Circulation::copyTitle(const QString& copyBarcode) const
{
    const auto copy = copyByBarcode(m_db.connection(), copyBarcode);
    if (!copy)
        return copy.error();
    return *copy ? std::optional<QString>((*copy)->title) : std::optional<QString>();
}

// --- holds -------------------------------------------------------------------

namespace {

struct HoldTarget
{
    qint64 recordId = 0;
    qint64 copyId = 0; // a hold on one copy
    QString title;
    QString type;
};

} // namespace

namespace {

Result<HoldInfo> placeHoldOn(Database& database, const Clock& clock, const Calendar& calendar,
                             const CirculationSettings& settings, const HoldTarget& target, qint64 borrowerId,
                             const QDate& day)
{
    const QSqlDatabase db = database.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    Borrowers borrowers(database, clock);
    const auto borrower = borrowers.find(borrowerId);
    if (!borrower)
        return borrower.error();
    if (!*borrower)
        return Error{Circulation::tr("Unknown borrower number %1.").arg(borrowerId)};
    const auto category = borrowers.category((*borrower)->categoryId);
    if (!category)
        return category.error();
    if (!*category)
        return Error{Circulation::tr("The borrower's category no longer exists.")};
    const LoanRule rule = (*category)->ruleFor(target.type);
    if (!rule.lendable)
        return Error{Circulation::tr("Refused: \"%1\" is consulted on site only.").arg(target.title)};
    if (!rule.holdsAllowed)
        return Error{Circulation::tr("Refused: the category %1 cannot place holds.").arg((*category)->name)};
    QSqlQuery q(db);
    if (auto s =
            exec(q,
                 QStringLiteral("SELECT 1 FROM hold WHERE record_id = ? AND borrower_id = ? AND status IN "
                                "('waiting', 'ready')"),
                 {target.recordId, borrowerId}, kReadError);
        !s)
        return s.error();
    if (q.next())
        return Error{Circulation::tr("%1 already holds \"%2\".").arg((*borrower)->name, target.title)};
    if (auto s = exec(
            q,
            QStringLiteral("SELECT 1 FROM loan l JOIN copy c ON c.id = l.copy_id WHERE c.record_id = ? AND "
                           "l.borrower_id = ? AND l.returned_on IS NULL"),
            {target.recordId, borrowerId}, kReadError);
        !s)
        return s.error();
    if (q.next())
        return Error{Circulation::tr("%1 already has \"%2\" on loan.").arg((*borrower)->name, target.title)};
    // A copy on the shelf, not out and not set aside, is set aside at once.
    if (auto s = exec(
            q,
            QStringLiteral("SELECT c.id FROM copy c WHERE c.record_id = ? AND (? = 0 OR c.id = ?) AND "
                           "c.status = 'available' AND NOT EXISTS (SELECT 1 FROM loan l WHERE l.copy_id = "
                           "c.id AND l.returned_on IS NULL) AND NOT EXISTS (SELECT 1 FROM hold h WHERE "
                           "h.copy_id = c.id AND h.status = 'ready') ORDER BY c.id LIMIT 1"),
            {target.recordId, target.copyId, target.copyId}, kReadError);
        !s)
        return s.error();
    const qint64 free = q.next() ? q.value(0).toLongLong() : 0;
    const QDate limit = calendar.addOpeningDays(day, settings.holdPickupDays);
    if (!q.prepare(
            QStringLiteral("INSERT INTO hold (record_id, copy_id, on_copy, borrower_id, placed, status, "
                           "ready_on, pickup_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(q, kHoldError);
    q.addBindValue(target.recordId);
    q.addBindValue(free            ? QVariant(free)
                   : target.copyId ? QVariant(target.copyId)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(target.copyId ? 1 : 0);
    q.addBindValue(borrowerId);
    q.addBindValue(iso(day));
    q.addBindValue(free ? QStringLiteral("ready") : QStringLiteral("waiting"));
    q.addBindValue(free ? QVariant(iso(day)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(free ? QVariant(iso(limit)) : QVariant(QMetaType(QMetaType::QString)));
    if (auto s = execOrError(q, kHoldError); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    const QDateTime at = clock.now();
    if (auto s = journal(db, ChangeJournal::Entity::Hold, id, ChangeJournal::Op::Insert, at); !s)
        return s.error();
    if (auto s = touchBorrower(db, borrowerId, at); !s)
        return s.error();
    const auto hold = holdWhere(db, QStringLiteral("h.id = ?"), {id});
    if (!hold)
        return hold.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return **hold;
}

} // namespace

Result<HoldInfo> Circulation::placeHold(qint64 recordId, qint64 borrowerId, std::optional<QDate> on)
{
    QSqlQuery q(m_db.connection());
    if (auto s =
            exec(q, QStringLiteral("SELECT title, type FROM record WHERE id = ?"), {recordId}, kReadError);
        !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no record number %1.").arg(recordId)};
    const HoldTarget target{recordId, 0, q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return placeHoldOn(m_db, m_clock, m_calendar, m_settings, target, borrowerId, dayOf(on));
}

Result<HoldInfo> Circulation::placeCopyHold(const QString& copyBarcode, qint64 borrowerId,
                                            std::optional<QDate> on)
{
    const auto copy = copyByBarcode(m_db.connection(), copyBarcode);
    if (!copy)
        return copy.error();
    if (!*copy)
        return Error{tr("Unknown copy: no copy has the barcode %1.").arg(copyBarcode.trimmed())};
    if ((*copy)->shelfStatus != QLatin1String("available"))
        return Error{
            tr("Refused: the copy %1 cannot be lent (%2).").arg(copyBarcode.trimmed(), (*copy)->shelfStatus)};
    const HoldTarget target{(*copy)->recordId, (*copy)->id, (*copy)->title, (*copy)->type};
    return placeHoldOn(m_db, m_clock, m_calendar, m_settings, target, borrowerId, dayOf(on));
}

namespace {

// A copy freed from a hold goes to the next one waiting for it.
Status passOn(const QSqlDatabase& db, const Calendar& calendar, const CirculationSettings& settings,
              qint64 recordId, qint64 copyId, const QDate& day, const QDateTime& at)
{
    if (!copyId)
        return Status::success();
    const auto next = nextWaiting(db, recordId, copyId);
    if (!next)
        return next.error();
    if (!*next)
        return Status::success();
    QSqlQuery q(db);
    if (auto s = exec(
            q,
            QStringLiteral("UPDATE hold SET status = 'ready', copy_id = ?, ready_on = ?, pickup_by = ? WHERE "
                           "id = ?"),
            {copyId, iso(day), iso(calendar.addOpeningDays(day, settings.holdPickupDays)), (*next)->id},
            kHoldError);
        !s)
        return s;
    return journal(db, ChangeJournal::Entity::Hold, (*next)->id, ChangeJournal::Op::Update, at);
}

} // namespace

Status Circulation::cancelHold(qint64 holdId, std::optional<QDate> on)
{
    const QDate day = dayOf(on);
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto hold = holdWhere(db, QStringLiteral("h.id = ?"), {holdId});
    if (!hold)
        return hold.error();
    if (!*hold)
        return Error{tr("There is no hold number %1.").arg(holdId)};
    if ((*hold)->status != HoldInfo::Status::Waiting && (*hold)->status != HoldInfo::Status::Ready)
        return Error{
            tr("The hold number %1 is already %2.").arg(holdId).arg(HoldInfo::label((*hold)->status))};
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("UPDATE hold SET status = 'cancelled', closed_on = ? WHERE id = ?"),
                      {iso(day), holdId}, kHoldError);
        !s)
        return s;
    if (auto s = journal(db, ChangeJournal::Entity::Hold, holdId, ChangeJournal::Op::Update, at); !s)
        return s;
    if ((*hold)->status == HoldInfo::Status::Ready) {
        if (auto s = passOn(db, m_calendar, m_settings, (*hold)->recordId, (*hold)->copyId, day, at); !s)
            return s;
    }
    return transaction->commit();
}

Result<QList<HoldInfo>> Circulation::expireHolds(std::optional<QDate> on)
{
    const QDate day = dayOf(on);
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Looked at first without the write lock: the desk asks each time it is
    // shown, and must not wait for another program's writing for nothing.
    q.prepare(QStringLiteral("SELECT 1 FROM hold WHERE status = 'ready' AND pickup_by < ? LIMIT 1"));
    q.addBindValue(iso(day));
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return QList<HoldInfo>{};
    q.finish();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE h.status = 'ready' AND h.pickup_by < ? ORDER BY h.id")
                  .arg(kHoldColumns, kHoldFrom));
    q.addBindValue(iso(day));
    QList<HoldInfo> expired;
    if (auto s = eachRow(q, kReadError, [&] { expired.append(holdFromRow(q)); }); !s)
        return s.error();
    const QDateTime at = m_clock.now();
    for (const HoldInfo& h : std::as_const(expired)) {
        if (auto s = exec(q, QStringLiteral("UPDATE hold SET status = 'expired', closed_on = ? WHERE id = ?"),
                          {iso(day), h.id}, kHoldError);
            !s)
            return s.error();
        if (auto s = journal(db, ChangeJournal::Entity::Hold, h.id, ChangeJournal::Op::Update, at); !s)
            return s.error();
        if (auto s = passOn(db, m_calendar, m_settings, h.recordId, h.copyId, day, at); !s)
            return s.error();
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return expired;
}

Result<QList<HoldInfo>> Circulation::holds(const HoldFilter& filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.borrowerId) {
        where.append(QStringLiteral("h.borrower_id = ?"));
        values.append(filter.borrowerId);
    }
    if (filter.recordId) {
        where.append(QStringLiteral("h.record_id = ?"));
        values.append(filter.recordId);
    }
    if (filter.readyOnly)
        where.append(QStringLiteral("h.status = 'ready'"));
    else if (filter.activeOnly)
        where.append(QStringLiteral("h.status IN ('waiting', 'ready')"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 %2 %3 ORDER BY h.status = 'waiting', h.record_id, h.id")
                  .arg(kHoldColumns, kHoldFrom,
                       where.isEmpty() ? QString()
                                       : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<HoldInfo> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(holdFromRow(q)); }); !s)
        return s.error();
    return list;
}

// --- closures ----------------------------------------------------------------

Result<Circulation::DatesInside> Circulation::datesInside(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = exec(q,
                      QStringLiteral(
                          "SELECT (SELECT COUNT(*) FROM loan WHERE returned_on IS NULL AND due_on BETWEEN ? "
                          "AND ?), (SELECT COUNT(*) FROM hold WHERE status = 'ready' AND pickup_by BETWEEN ? "
                          "AND ?)"),
                      {iso(from), iso(to), iso(from), iso(to)}, kReadError);
        !s)
        return s.error();
    if (!q.next())
        return sqlError(q, kReadError);
    return DatesInside{q.value(0).toInt(), q.value(1).toInt()};
}

Result<Circulation::DatesInside> Circulation::moveDatesOutOf(const QDate& from, const QDate& to)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    DatesInside moved;
    const QDateTime at = m_clock.now();
    struct Row
    {
        qint64 id;
        QDate date;
    };
    for (const bool loans : {true, false}) {
        QList<Row> rows;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            loans ? QStringLiteral(
                        "SELECT id, due_on FROM loan WHERE returned_on IS NULL AND due_on BETWEEN ? AND ?")
                  : QStringLiteral(
                        "SELECT id, pickup_by FROM hold WHERE status = 'ready' AND pickup_by BETWEEN ? "
                        "AND ?"));
        q.addBindValue(iso(from));
        q.addBindValue(iso(to));
        if (auto s = eachRow(q, kReadError,
                             [&] {
                                 rows.append({q.value(0).toLongLong(), dateOf(q.value(1))});
                             });
            !s)
            return s.error();
        for (const Row& r : std::as_const(rows)) {
            const QDate next = m_calendar.nextOpenDay(r.date);
            if (next == r.date)
                continue;
            if (auto s = exec(q,
                              loans ? QStringLiteral("UPDATE loan SET due_on = ? WHERE id = ?")
                                    : QStringLiteral("UPDATE hold SET pickup_by = ? WHERE id = ?"),
                              {iso(next), r.id}, loans ? kLoanError : kHoldError);
                !s)
                return s.error();
            if (auto s = journal(db, loans ? ChangeJournal::Entity::Loan : ChangeJournal::Entity::Hold, r.id,
                                 ChangeJournal::Op::Update, at);
                !s)
                return s.error();
            ++(loans ? moved.dueDates : moved.pickupLimits);
        }
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return moved;
}

} // namespace infodoc::core

#include "core/catalog/Periodicals.h"

#include "core/catalog/RecordSaver.h"
#include "core/catalog/StandardNumber.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the periodicals");
const char* const kSaveError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the periodical");

// At most this many issues are listed as expected for one title (a weekly
// since 1990 has fewer).
constexpr int kMaxExpected = 5000;

const QString kSelect = QStringLiteral(
    "SELECT id, title, issn, publisher, publisher_address, publisher_email, frequency, own, first_number, "
    "first_expected, grace_days, call_number, location, active FROM periodical ");

Periodical fromRow(const QSqlQuery& q)
{
    Periodical p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.issn = q.value(2).toString();
    p.publisher = q.value(3).toString();
    p.publisherAddress = q.value(4).toString();
    p.publisherEmail = q.value(5).toString();
    p.frequency = Periodicals::frequencyFromKey(q.value(6).toString()).value_or(Frequency::Irregular);
    p.own = q.value(7).toInt() != 0;
    p.firstNumber = q.value(8).toInt();
    p.firstExpected = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    p.graceDays = q.value(10).toInt();
    p.callNumber = q.value(11).toString();
    p.location = q.value(12).toString();
    p.active = q.value(13).toInt() != 0;
    return p;
}

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> intOrNone(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

// The rows kept: received or claimed issues, by number.
Result<QHash<int, PeriodicalIssue>> rows(const QSqlDatabase& db, qint64 periodicalId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, number, expected, COALESCE(received, ''), COALESCE(record_id, 0), "
                             "COALESCE(claimed, ''), claims, print_run, mailed FROM periodical_issue WHERE "
                             "periodical_id = ?"));
    q.addBindValue(periodicalId);
    QHash<int, PeriodicalIssue> out;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             PeriodicalIssue i;
                             i.id = q.value(0).toLongLong();
                             i.periodicalId = periodicalId;
                             i.number = q.value(1).toInt();
                             i.expected = QDate::fromString(q.value(2).toString(), Qt::ISODate);
                             i.received = QDate::fromString(q.value(3).toString(), Qt::ISODate);
                             i.recordId = q.value(4).toLongLong();
                             i.claimed = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                             i.claims = q.value(6).toInt();
                             i.printRun = intOrNone(q.value(7));
                             i.mailed = intOrNone(q.value(8));
                             out.insert(i.number, i);
                         });
        !s)
        return s.error();
    return out;
}

} // namespace

Periodicals::Periodicals(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QList<Frequency> Periodicals::frequencies()
{
    return {Frequency::Weekly,    Frequency::Fortnightly, Frequency::Monthly, Frequency::Bimonthly,
            Frequency::Quarterly, Frequency::HalfYearly,  Frequency::Yearly,  Frequency::Irregular};
}

QString Periodicals::key(Frequency f)
{
    switch (f) {
    case Frequency::Weekly:
        return QStringLiteral("weekly");
    case Frequency::Fortnightly:
        return QStringLiteral("fortnightly");
    case Frequency::Monthly:
        return QStringLiteral("monthly");
    case Frequency::Bimonthly:
        return QStringLiteral("bimonthly");
    case Frequency::Quarterly:
        return QStringLiteral("quarterly");
    case Frequency::HalfYearly:
        return QStringLiteral("half_yearly");
    case Frequency::Yearly:
        return QStringLiteral("yearly");
    case Frequency::Irregular:
        return QStringLiteral("irregular");
    }
    return {};
}

QString Periodicals::label(Frequency f)
{
    switch (f) {
    case Frequency::Weekly:
        return tr("Weekly");
    case Frequency::Fortnightly:
        return tr("Fortnightly");
    case Frequency::Monthly:
        return tr("Monthly");
    case Frequency::Bimonthly:
        return tr("Every two months");
    case Frequency::Quarterly:
        return tr("Quarterly");
    case Frequency::HalfYearly:
        return tr("Half-yearly");
    case Frequency::Yearly:
        return tr("Yearly");
    case Frequency::Irregular:
        return tr("Irregular");
    }
    return {};
}

std::optional<Frequency> Periodicals::frequencyFromKey(const QString& k)
{
    for (Frequency f : frequencies())
        if (key(f) == k)
            return f;
    return std::nullopt;
}

QDate Periodicals::expectedDay(const Periodical& p, int number)
{
    const int n = number - p.firstNumber;
    if (!p.firstExpected.isValid() || n < 0)
        return {};
    switch (p.frequency) {
    case Frequency::Weekly:
        return p.firstExpected.addDays(7LL * n);
    case Frequency::Fortnightly:
        return p.firstExpected.addDays(14LL * n);
    case Frequency::Monthly:
        return p.firstExpected.addMonths(n);
    case Frequency::Bimonthly:
        return p.firstExpected.addMonths(2 * n);
    case Frequency::Quarterly:
        return p.firstExpected.addMonths(3 * n);
    case Frequency::HalfYearly:
        return p.firstExpected.addMonths(6 * n);
    case Frequency::Yearly:
        return p.firstExpected.addYears(n);
    case Frequency::Irregular:
        return {};
    }
    return {};
}

QString Periodicals::issueTitle(const Periodical& p, int number)
{
    return tr("%1 no. %2").arg(p.title).arg(number);
}

Result<qint64> Periodicals::add(Periodical p)
{
    p.id = 0;
    if (auto s = update(p); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM periodical WHERE norm_key = ?"));
    q.addBindValue(text::foldedWords(p.title).join(u' '));
    if (!q.exec() || !q.next())
        return sqlError(q, kReadError);
    return q.value(0).toLongLong();
}

Status Periodicals::update(const Periodical& given)
{
    Periodical p = given;
    p.title = p.title.simplified();
    if (p.title.isEmpty())
        return Error{tr("A periodical needs its title")};
    if (!p.issn.trimmed().isEmpty()) {
        auto issn = StandardNumber::normalizeIssn(p.issn);
        if (!issn)
            return issn.error();
        p.issn = *issn;
    } else {
        p.issn.clear();
    }
    if (p.frequency != Frequency::Irregular && !p.firstExpected.isValid())
        return Error{tr("“%1” comes out %2: give the day its first issue is expected")
                         .arg(p.title, label(p.frequency).toLower())};
    if (p.firstNumber < 0)
        return Error{tr("An issue number is 0 or more, not %1").arg(p.firstNumber)};
    if (p.graceDays < 0 || p.graceDays > 365)
        return Error{tr("The days of grace before an issue is late are 0 to 365, not %1").arg(p.graceDays)};
    const QString normKey = text::foldedWords(p.title).join(u' ');
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery taken(db);
    taken.prepare(
        QStringLiteral("SELECT id FROM periodical WHERE (norm_key = ? OR (issn <> '' AND issn = ?)) "
                       "AND id <> ?"));
    taken.addBindValue(normKey);
    taken.addBindValue(p.issn);
    taken.addBindValue(p.id);
    if (!taken.exec())
        return sqlError(taken, kReadError);
    if (taken.next())
        return Error{tr("A periodical with this title or ISSN is already there (n° %1)")
                         .arg(taken.value(0).toLongLong())};
    taken.finish();
    const QString at = m_clock.now().toUTC().toString(Qt::ISODate);
    QSqlQuery q(db);
    if (p.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO periodical (title, norm_key, issn, publisher, publisher_address, publisher_email, "
            "frequency, own, first_number, first_expected, grace_days, call_number, location, active, "
            "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE periodical SET title = ?, norm_key = ?, issn = ?, publisher = ?, publisher_address = ?, "
            "publisher_email = ?, frequency = ?, own = ?, first_number = ?, first_expected = ?, grace_days = "
            "?, call_number = ?, location = ?, active = ?, created = created, updated = ? WHERE id = ?"));
    }
    q.addBindValue(p.title);
    q.addBindValue(normKey);
    q.addBindValue(sqlText(p.issn));
    q.addBindValue(sqlText(p.publisher.trimmed()));
    q.addBindValue(sqlText(p.publisherAddress.trimmed()));
    q.addBindValue(sqlText(p.publisherEmail.trimmed()));
    q.addBindValue(key(p.frequency));
    q.addBindValue(p.own ? 1 : 0);
    q.addBindValue(p.firstNumber);
    q.addBindValue(sqlText(p.firstExpected.isValid() ? p.firstExpected.toString(Qt::ISODate) : QString()));
    q.addBindValue(p.graceDays);
    q.addBindValue(sqlText(p.callNumber.trimmed()));
    q.addBindValue(sqlText(p.location.trimmed()));
    q.addBindValue(p.active ? 1 : 0);
    if (p.id == 0)
        q.addBindValue(at);
    q.addBindValue(at);
    if (p.id != 0)
        q.addBindValue(p.id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (p.id != 0 && q.numRowsAffected() != 1)
        return Error{tr("No periodical %1").arg(p.id)};
    return tx->commit();
}

Result<std::optional<Periodical>> Periodicals::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    std::optional<Periodical> found;
    if (auto s = eachRow(q, kReadError, [&] { found = fromRow(q); }); !s)
        return s.error();
    return found;
}

Result<std::optional<Periodical>> Periodicals::byIssn(const QString& issn) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE issn = ? AND issn <> ''"));
    q.addBindValue(issn);
    std::optional<Periodical> found;
    if (auto s = eachRow(q, kReadError, [&] { found = fromRow(q); }); !s)
        return s.error();
    return found;
}

Result<QList<Periodical>> Periodicals::list(bool activeOnly) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
              QStringLiteral("ORDER BY own DESC, norm_key"));
    QList<Periodical> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    return list;
}

Result<QList<PeriodicalIssue>> Periodicals::issues(qint64 periodicalId, const QDate& upTo) const
{
    auto p = find(periodicalId);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Error{tr("No periodical %1").arg(periodicalId)};
    auto kept = rows(m_db.connection(), periodicalId);
    if (!kept)
        return kept.error();
    QHash<int, PeriodicalIssue> all = *kept;
    if ((*p)->frequency != Frequency::Irregular && (*p)->active) {
        for (int n = (*p)->firstNumber, i = 0; i < kMaxExpected; ++n, ++i) {
            const QDate day = expectedDay(**p, n);
            if (!day.isValid() || day > upTo)
                break;
            if (!all.contains(n))
                all.insert(n, PeriodicalIssue{0, periodicalId, n, day, {}, 0, {}, 0, {}, {}});
        }
    }
    QList<PeriodicalIssue> list = all.values();
    std::sort(list.begin(), list.end(),
              [](const PeriodicalIssue& a, const PeriodicalIssue& b) { return a.number > b.number; });
    return list;
}

Result<std::optional<PeriodicalIssue>> Periodicals::nextExpected(qint64 periodicalId) const
{
    auto p = find(periodicalId);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Error{tr("No periodical %1").arg(periodicalId)};
    auto kept = rows(m_db.connection(), periodicalId);
    if (!kept)
        return kept.error();
    if ((*p)->frequency == Frequency::Irregular) {
        int next = (*p)->firstNumber;
        for (const PeriodicalIssue& i : std::as_const(*kept))
            if (i.received.isValid())
                next = std::max(next, i.number + 1);
        return std::optional<PeriodicalIssue>(
            PeriodicalIssue{0, periodicalId, next, {}, {}, 0, {}, 0, {}, {}});
    }
    for (int n = (*p)->firstNumber, i = 0; i < kMaxExpected * 2; ++n, ++i) {
        const auto row = kept->constFind(n);
        if (row == kept->cend() || !row->received.isValid())
            return std::optional<PeriodicalIssue>(
                PeriodicalIssue{0, periodicalId, n, expectedDay(**p, n), {}, 0, {}, 0, {}, {}});
    }
    return std::optional<PeriodicalIssue>();
}

Result<qint64> Periodicals::issueRow(const QSqlDatabase& db, const Periodical& p, int number)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM periodical_issue WHERE periodical_id = ? AND number = ?"));
    q.addBindValue(p.id);
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (q.next())
        return q.value(0).toLongLong();
    q.finish();
    const QDate expected = expectedDay(p, number);
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO periodical_issue (periodical_id, number, expected) VALUES (?, ?, ?)"));
    ins.addBindValue(p.id);
    ins.addBindValue(number);
    ins.addBindValue(expected.isValid() ? expected.toString(Qt::ISODate)
                                        : m_clock.now().date().toString(Qt::ISODate));
    if (auto s = execOrError(ins, kSaveError); !s)
        return s.error();
    return ins.lastInsertId().toLongLong();
}

Result<Periodicals::Received> Periodicals::receive(const Receipt& r)
{
    auto found = find(r.periodicalId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No periodical %1").arg(r.periodicalId)};
    const Periodical& p = **found;
    int number = r.number;
    if (number <= 0) {
        auto next = nextExpected(p.id);
        if (!next)
            return next.error();
        if (!next->has_value())
            return Error{tr("No issue of “%1” is expected").arg(p.title)};
        number = (*next)->number;
    }
    if (number < p.firstNumber && p.frequency != Frequency::Irregular)
        return Error{
            tr("“%1” is numbered from %2: there is no issue %3").arg(p.title).arg(p.firstNumber).arg(number)};
    if ((r.printRun && *r.printRun < 0) || (r.mailed && *r.mailed < 0))
        return Error{tr("A print run or a mailing count is 0 or more")};
    const QDate day = r.day.isValid() ? r.day : m_clock.now().toLocalTime().date();
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto kept = rows(db, p.id);
    if (!kept)
        return kept.error();
    if (const auto row = kept->constFind(number); row != kept->cend() && row->received.isValid())
        return Error{tr("%1 was received on %2 already")
                         .arg(issueTitle(p, number), row->received.toString(QStringLiteral("dd/MM/yyyy")))};

    // Its record: an issue of the title, with its copy.
    Record record;
    record.type = DocumentType::PeriodicalIssue;
    record.title = issueTitle(p, number);
    record.containerTitle = p.title;
    record.issn = p.issn;
    record.issue = QString::number(number);
    record.publisher = p.publisher;
    const QDate published = expectedDay(p, number).isValid() ? expectedDay(p, number) : day;
    record.date = published.toString(QStringLiteral("yyyy-MM"));
    record.abstract = r.summary.trimmed();
    record.callNumber = p.callNumber;
    if (!r.barcode.trimmed().isEmpty()) {
        Copy c;
        c.barcode = r.barcode.trimmed();
        c.callNumber = p.callNumber;
        c.location = p.location;
        record.copies = {c};
    }
    RecordSaver saver(m_db, m_clock);
    auto saved = saver.save({record, {}, {}}, RecordSaver::Duplicates::Accept);
    if (!saved)
        return saved.error();
    auto issueId = issueRow(db, p, number);
    if (!issueId)
        return issueId.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE periodical_issue SET received = ?, record_id = ?, print_run = ?, mailed = ? WHERE id = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(saved->id);
    q.addBindValue(optionalInt(r.printRun));
    q.addBindValue(optionalInt(r.mailed));
    q.addBindValue(*issueId);
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return Received{*issueId, saved->id, number, record.title};
}

Result<Periodicals::Received> Periodicals::receiveScanned(const QString& code, const QDate& day)
{
    QString digits;
    for (QChar c : code)
        if (c.isDigit() || c == u'X' || c == u'x')
            digits.append(c.toUpper());
    QString issn;
    int addOn = -1;
    if ((digits.size() == 13 || digits.size() == 15) && digits.startsWith(QLatin1String("977"))) {
        // EAN-13 of a serial: 977, the ISSN without its check digit, two
        // digits, the EAN check digit; a two-digit add-on is the issue. A
        // misread code (its check digit wrong) is refused.
        int ean = 0;
        for (int i = 0; i < 12; ++i)
            ean += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
        if ((10 - ean % 10) % 10 != digits.at(12).digitValue())
            return Error{tr("“%1” is not a valid EAN-13: its check digit is wrong (scan it again)")
                             .arg(code.trimmed())};
        int sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += digits.at(3 + i).digitValue() * (8 - i);
        const int check = (11 - sum % 11) % 11;
        issn = digits.mid(3, 4) + u'-' + digits.mid(7, 3) + (check == 10 ? QChar(u'X') : QChar(u'0' + check));
        if (digits.size() == 15)
            addOn = digits.right(2).toInt();
    } else {
        auto typed = StandardNumber::normalizeIssn(code);
        if (!typed)
            return Error{tr("“%1” is neither a periodical's barcode (977…) nor an ISSN").arg(code.trimmed())};
        issn = *typed;
    }
    auto p = byIssn(issn);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Error{tr("No periodical has the ISSN %1 (scanned “%2”)").arg(issn, code.trimmed())};
    Receipt receipt;
    receipt.periodicalId = (*p)->id;
    receipt.day = day;
    if (addOn >= 0) {
        auto next = nextExpected((*p)->id);
        if (!next)
            return next.error();
        const int from = next->has_value() ? (*next)->number : (*p)->firstNumber;
        auto kept = rows(m_db.connection(), (*p)->id);
        if (!kept)
            return kept.error();
        for (int n = std::max(from - 99, (*p)->firstNumber); n < from + 100; ++n) {
            const auto row = kept->constFind(n);
            if (n % 100 == addOn && (row == kept->cend() || !row->received.isValid())) {
                receipt.number = n;
                break;
            }
        }
        if (receipt.number == 0)
            return Error{tr("No issue of “%1” ending in %2 is waiting")
                             .arg((*p)->title)
                             .arg(addOn, 2, 10, QLatin1Char('0'))};
    }
    return receive(receipt);
}

Status Periodicals::setCirculation(qint64 issueId, std::optional<int> printRun, std::optional<int> mailed)
{
    if ((printRun && *printRun < 0) || (mailed && *mailed < 0))
        return Error{tr("A print run or a mailing count is 0 or more")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE periodical_issue SET print_run = ?, mailed = ? WHERE id = ?"));
    q.addBindValue(optionalInt(printRun));
    q.addBindValue(optionalInt(mailed));
    q.addBindValue(issueId);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{tr("No periodical issue %1").arg(issueId)};
    return Status::success();
}

Result<QList<Periodicals::Late>> Periodicals::late(const QDate& asOf) const
{
    auto titles = list(true);
    if (!titles)
        return titles.error();
    QList<Late> out;
    for (const Periodical& p : std::as_const(*titles)) {
        if (p.frequency == Frequency::Irregular)
            continue;
        auto all = issues(p.id, asOf.addDays(-p.graceDays));
        if (!all)
            return all.error();
        for (const PeriodicalIssue& i : std::as_const(*all)) {
            if (i.received.isValid())
                continue;
            const int days = int(i.expected.daysTo(asOf));
            if (days > p.graceDays)
                out.append({p, i, days});
        }
    }
    std::sort(out.begin(), out.end(), [](const Late& a, const Late& b) {
        return a.issue.expected != b.issue.expected ? a.issue.expected < b.issue.expected
                                                    : a.periodical.title < b.periodical.title;
    });
    return out;
}

Status Periodicals::markClaimed(const QList<Late>& issues, const QDate& day)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE periodical_issue SET claimed = ?, claims = claims + 1 WHERE id = ?"));
    for (const Late& l : issues) {
        auto id = issueRow(db, l.periodical, l.issue.number);
        if (!id)
            return id.error();
        q.bindValue(0, day.toString(Qt::ISODate));
        q.bindValue(1, *id);
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    return tx->commit();
}

Status Periodicals::apply(const QJsonObject& o, Periodical& p)
{
    static const QSet<QString> texts = {QStringLiteral("title"),          QStringLiteral("issn"),
                                        QStringLiteral("publisher"),      QStringLiteral("publisherAddress"),
                                        QStringLiteral("publisherEmail"), QStringLiteral("frequency"),
                                        QStringLiteral("firstExpected"),  QStringLiteral("callNumber"),
                                        QStringLiteral("location")};
    static const QSet<QString> numbers = {QStringLiteral("firstNumber"), QStringLiteral("graceDays")};
    static const QSet<QString> flags = {QStringLiteral("own"), QStringLiteral("active")};
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString& k = it.key();
        if (k == QLatin1String("id"))
            continue;
        if (texts.contains(k)) {
            if (!it.value().isString())
                return Error{tr("The periodical: “%1” must be text").arg(k)};
        } else if (numbers.contains(k)) {
            if (!it.value().isDouble() || it.value().toDouble() != double(it.value().toInt()))
                return Error{tr("The periodical: “%1” must be a whole number").arg(k)};
        } else if (flags.contains(k)) {
            if (!it.value().isBool())
                return Error{tr("The periodical: “%1” must be true or false").arg(k)};
        } else {
            unknown.append(k);
        }
    }
    if (!unknown.isEmpty())
        return Error{tr("Unknown field(s) in the periodical: %1").arg(unknown.join(QStringLiteral(", ")))};
    auto str = [&](const char* k) { return o.value(QLatin1String(k)).toString(); };
    if (o.contains(QStringLiteral("frequency"))) {
        auto f = frequencyFromKey(str("frequency"));
        if (!f) {
            QStringList keys;
            for (Frequency x : frequencies())
                keys.append(key(x));
            return Error{
                tr("Unknown frequency “%1” (%2)").arg(str("frequency"), keys.join(QStringLiteral(", ")))};
        }
        p.frequency = *f;
    }
    if (o.contains(QStringLiteral("firstExpected"))) {
        const QDate d = QDate::fromString(str("firstExpected").trimmed(), Qt::ISODate);
        if (!d.isValid() && !str("firstExpected").trimmed().isEmpty())
            return Error{tr("“firstExpected” is a date such as 2027-01-05")};
        p.firstExpected = d;
    }
    if (o.contains(QStringLiteral("title")))
        p.title = str("title");
    if (o.contains(QStringLiteral("issn")))
        p.issn = str("issn");
    if (o.contains(QStringLiteral("publisher")))
        p.publisher = str("publisher");
    if (o.contains(QStringLiteral("publisherAddress")))
        p.publisherAddress = str("publisherAddress");
    if (o.contains(QStringLiteral("publisherEmail")))
        p.publisherEmail = str("publisherEmail");
    if (o.contains(QStringLiteral("callNumber")))
        p.callNumber = str("callNumber");
    if (o.contains(QStringLiteral("location")))
        p.location = str("location");
    if (o.contains(QStringLiteral("firstNumber")))
        p.firstNumber = o.value(QStringLiteral("firstNumber")).toInt();
    if (o.contains(QStringLiteral("graceDays")))
        p.graceDays = o.value(QStringLiteral("graceDays")).toInt();
    if (o.contains(QStringLiteral("own")))
        p.own = o.value(QStringLiteral("own")).toBool();
    if (o.contains(QStringLiteral("active")))
        p.active = o.value(QStringLiteral("active")).toBool();
    return Status::success();
}

QJsonObject Periodicals::toJson(const Periodical& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("issn"), p.issn},
        {QStringLiteral("publisher"), p.publisher},
        {QStringLiteral("publisherAddress"), p.publisherAddress},
        {QStringLiteral("publisherEmail"), p.publisherEmail},
        {QStringLiteral("frequency"), key(p.frequency)},
        {QStringLiteral("own"), p.own},
        {QStringLiteral("firstNumber"), p.firstNumber},
        {QStringLiteral("firstExpected"),
         p.firstExpected.isValid() ? QJsonValue(p.firstExpected.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("graceDays"), p.graceDays},
        {QStringLiteral("callNumber"), p.callNumber},
        {QStringLiteral("location"), p.location},
        {QStringLiteral("active"), p.active},
    };
}

QJsonObject Periodicals::toJson(const PeriodicalIssue& i)
{
    auto day = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("id"), i.id != 0 ? QJsonValue(i.id) : QJsonValue()},
        {QStringLiteral("number"), i.number},
        {QStringLiteral("expected"), day(i.expected)},
        {QStringLiteral("received"), day(i.received)},
        {QStringLiteral("record"), i.recordId != 0 ? QJsonValue(i.recordId) : QJsonValue()},
        {QStringLiteral("claimed"), day(i.claimed)},
        {QStringLiteral("claims"), i.claims},
        {QStringLiteral("printRun"), i.printRun ? QJsonValue(*i.printRun) : QJsonValue()},
        {QStringLiteral("mailed"), i.mailed ? QJsonValue(*i.mailed) : QJsonValue()},
    };
}

} // namespace infodoc::core

#include "core/circulation/Calendar.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the centre's calendar");
const char* const kWriteError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the centre's calendar");
const QString kOpenDaysKey = QStringLiteral("calendar.openDays");

// A calendar closed for longer than this is a mistake, not a rule: the
// searches for the next opening day stop there.
constexpr int kLongestSearch = 3660;

} // namespace

Calendar::Calendar() : Calendar({1, 2, 3, 4, 5}, {}, QTimeZone::systemTimeZone()) {}

Calendar::Calendar(QList<int> openWeekdays, QList<Closure> closures, QTimeZone zone)
    : m_openWeekdays(std::move(openWeekdays)), m_closures(std::move(closures)), m_zone(std::move(zone))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

Result<Calendar> Calendar::load(Database& db, const QTimeZone& zone)
{
    auto settings = Settings::values(db, kOpenDaysKey, kReadError);
    if (!settings)
        return settings.error();
    QList<int> days = {1, 2, 3, 4, 5};
    if (settings->contains(kOpenDaysKey)) {
        days.clear();
        for (const QString& part : settings->value(kOpenDaysKey).split(u',', Qt::SkipEmptyParts)) {
            const int d = part.trimmed().toInt();
            if (d >= 1 && d <= 7 && !days.contains(d))
                days.append(d);
        }
    }
    QList<Closure> closures;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, starts_on, ends_on, label FROM closure ORDER BY starts_on, id"));
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             closures.append({q.value(0).toLongLong(),
                                              QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                              QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                              q.value(3).toString()});
                         });
        !s)
        return s.error();
    return Calendar(days, closures, zone);
}

QDate Calendar::today(const Clock& clock) const
{
    return clock.now().toTimeZone(m_zone).date();
}

QDate Calendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QString Calendar::publicHoliday(const QDate& day)
{
    if (!day.isValid())
        return {};
    const int m = day.month(), d = day.day();
    if (m == 1 && d == 1)
        return tr("New Year's Day");
    if (m == 5 && d == 1)
        return tr("Labour Day");
    if (m == 5 && d == 8)
        return tr("Victory in Europe Day");
    if (m == 7 && d == 14)
        return tr("Bastille Day");
    if (m == 8 && d == 15)
        return tr("Assumption");
    if (m == 11 && d == 1)
        return tr("All Saints' Day");
    if (m == 11 && d == 11)
        return tr("Armistice Day");
    if (m == 12 && d == 25)
        return tr("Christmas Day");
    const qint64 fromEaster = easterSunday(day.year()).daysTo(day);
    if (fromEaster == 1)
        return tr("Easter Monday");
    if (fromEaster == 39)
        return tr("Ascension Day");
    if (fromEaster == 50)
        return tr("Whit Monday");
    return {};
}

bool Calendar::isOpen(const QDate& day) const
{
    return closedReason(day).isEmpty();
}

QString Calendar::closedReason(const QDate& day) const
{
    if (!day.isValid())
        return tr("invalid date");
    if (!m_openWeekdays.contains(day.dayOfWeek()))
        return QLocale().dayName(day.dayOfWeek());
    if (QString holiday = publicHoliday(day); !holiday.isEmpty())
        return holiday;
    for (const Closure& c : m_closures) {
        if (day >= c.from && day <= c.to)
            return c.label.isEmpty() ? tr("closure") : c.label;
    }
    return {};
}

QDate Calendar::nextOpenDay(const QDate& day) const
{
    QDate d = day;
    for (int i = 0; i < kLongestSearch && d.isValid(); ++i, d = d.addDays(1)) {
        if (isOpen(d))
            return d;
    }
    // No opening day in ten years (no weekday open): the day itself.
    return day;
}

QDate Calendar::addOpeningDays(const QDate& day, int count) const
{
    QDate d = nextOpenDay(day);
    for (int i = 0; i < count; ++i)
        d = nextOpenDay(d.addDays(1));
    return d;
}

Result<QDate> Calendar::parseDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!form.match(text.trimmed()).hasMatch() || !d.isValid())
        return Error{tr("\"%1\" is not a date: write it YYYY-MM-DD (for example 2027-03-15).").arg(text)};
    return d;
}

Result<qint64> Calendar::addClosure(Database& db, const QDate& from, const QDate& to, const QString& label)
{
    if (!from.isValid() || !to.isValid())
        return Error{tr("A closure needs a first and a last day.")};
    if (to < from)
        return Error{tr("The closure ends (%1) before it starts (%2).")
                         .arg(QLocale().toString(to, QLocale::ShortFormat),
                              QLocale().toString(from, QLocale::ShortFormat))};
    if (from.daysTo(to) > 366)
        return Error{tr("A closure cannot last more than a year.")};
    auto transaction = WriteTransaction::begin(db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO closure (starts_on, ends_on, label) VALUES (?, ?, ?)"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(sqlText(label.trimmed()));
    if (auto s = execOrError(q, kWriteError); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Status Calendar::removeClosure(Database& db, qint64 id)
{
    auto transaction = WriteTransaction::begin(db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM closure WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, kWriteError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no closure number %1.").arg(id)};
    return transaction->commit();
}

Status Calendar::setOpenWeekdays(Database& db, const QList<int>& weekdays)
{
    QList<int> days;
    for (int d : weekdays) {
        if (d < 1 || d > 7)
            return Error{tr("A weekday is a number from 1 (Monday) to 7 (Sunday).")};
        if (!days.contains(d))
            days.append(d);
    }
    if (days.isEmpty())
        return Error{tr("The centre must open at least one day a week.")};
    std::sort(days.begin(), days.end());
    QStringList parts;
    for (int d : days)
        parts.append(QString::number(d));
    return Settings::write(db, {{kOpenDaysKey, parts.join(u',')}}, kWriteError);
}

} // namespace infodoc::core

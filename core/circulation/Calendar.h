#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace infodoc::core {

class Clock;
class Database;

// The centre's calendar: the weekdays it opens (Monday to Friday by default),
// the French public holidays (computed, those that follow Easter included)
// and the closures the documentalist enters. Due dates, hold pick-up limits
// and appointments fall on opening days only.
class Calendar
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Calendar)

public:
    struct Closure
    {
        qint64 id = 0;
        QDate from;
        QDate to; // included
        QString label;
    };

    // Monday to Friday, no closure, the system's time zone.
    Calendar();
    Calendar(QList<int> openWeekdays, QList<Closure> closures, QTimeZone zone);

    // The calendar kept in the catalogue (setting "calendar.openDays", table closure).
    static Result<Calendar> load(Database& db, const QTimeZone& zone = QTimeZone::systemTimeZone());

    // The centre's date now, in its time zone.
    QDate today(const Clock& clock) const;
    QTimeZone zone() const { return m_zone; }

    bool isOpen(const QDate& day) const;
    // Why the centre is closed that day ("dimanche", "Ascension", the
    // closure's label); empty when it is open.
    QString closedReason(const QDate& day) const;
    // `day` itself when open, else the next opening day.
    QDate nextOpenDay(const QDate& day) const;
    // The `count`-th opening day after `day` (0: nextOpenDay(day)).
    QDate addOpeningDays(const QDate& day, int count) const;

    QList<int> openWeekdays() const { return m_openWeekdays; }
    QList<Closure> closures() const { return m_closures; }

    // The French public holiday of that day, translated, or empty.
    static QString publicHoliday(const QDate& day);
    static QDate easterSunday(int year);

    // The catalogue's closures and opening days.
    static Result<qint64> addClosure(Database& db, const QDate& from, const QDate& to, const QString& label);
    static Status removeClosure(Database& db, qint64 id);
    static Status setOpenWeekdays(Database& db, const QList<int>& weekdays);
    // "2027-08-01" → a date; anything else is an error naming the text.
    static Result<QDate> parseDate(const QString& text);

private:
    QList<int> m_openWeekdays;
    QList<Closure> m_closures;
    QTimeZone m_zone;
};

} // namespace infodoc::core

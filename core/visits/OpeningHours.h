#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace infodoc::core {

class Database;

// A range of the day in minutes after midnight, end excluded: 9:30–12:30 is {570, 750}.
struct TimeRange
{
    int startMin = 0;
    int endMin = 0;

    bool contains(int start, int length) const { return start >= startMin && start + length <= endMin; }
    bool operator==(const TimeRange& other) const = default;
};

// When the documentary space receives on appointment: ranges per weekday
// (several a day), the lengths offered, the buffer between two
// appointments, how many run at once, the lead time in opening days and the
// step between two proposed starts. Kept in the settings ("hours.*").
class OpeningHours
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::OpeningHours)

public:
    // Monday to Friday 9:30–12:30 and 14:00–17:30; 30, 60 or 90 minutes;
    // 15 minutes between two; one at a time; booked one opening day ahead.
    OpeningHours();

    static Result<OpeningHours> load(Database& db);
    Status save(Database& db) const;
    // What stops a save, translated; empty when the hours can be used.
    QStringList problems() const;

    // weekday: 1 (Monday) to 7 (Sunday).
    QList<TimeRange> ranges(int weekday) const;
    void setRanges(int weekday, QList<TimeRange> ranges);
    // Whether [start, start + length) lies inside one range of that weekday.
    bool fits(int weekday, int startMin, int lengthMin) const;

    QList<int> lengths; // minutes offered
    int bufferMin = 15; // free minutes between two appointments
    int parallel = 1;   // appointments at the same moment (documentalists)
    int leadDays = 1;   // opening days between today and the first bookable day
    int stepMin = 30;   // between two proposed starts

    // "9:30-12:30, 14:00-17:30" (also "9h30–12h30"); "" or "fermé" is no range.
    static Result<QList<TimeRange>> parseRanges(const QString& text);
    static QString formatRanges(const QList<TimeRange>& ranges);
    // "9:30", "09h30", "14h" → minutes; -1 when not a time.
    static int parseTime(const QString& text);
    static QString formatTime(int minutes);

private:
    std::array<QList<TimeRange>, 7> m_ranges;
};

} // namespace infodoc::core

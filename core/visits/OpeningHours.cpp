#include "core/visits/OpeningHours.h"

#include "core/storage/Settings.h"

#include <QRegularExpression>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the opening hours");
const char* const kWriteError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the opening hours");

QString dayKey(int weekday)
{
    return QStringLiteral("hours.day%1").arg(weekday);
}

int intSetting(const QHash<QString, QString>& values, const QString& key, int fallback)
{
    bool ok = false;
    const int v = values.value(key).toInt(&ok);
    return ok ? v : fallback;
}

} // namespace

OpeningHours::OpeningHours() : lengths({30, 60, 90})
{
    for (int d = 1; d <= 5; ++d)
        m_ranges[d - 1] = {{9 * 60 + 30, 12 * 60 + 30}, {14 * 60, 17 * 60 + 30}};
}

QList<TimeRange> OpeningHours::ranges(int weekday) const
{
    return weekday >= 1 && weekday <= 7 ? m_ranges[weekday - 1] : QList<TimeRange>();
}

void OpeningHours::setRanges(int weekday, QList<TimeRange> ranges)
{
    if (weekday < 1 || weekday > 7)
        return;
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.startMin < b.startMin; });
    m_ranges[weekday - 1] = std::move(ranges);
}

bool OpeningHours::fits(int weekday, int startMin, int lengthMin) const
{
    const QList<TimeRange> day = ranges(weekday);
    return std::any_of(day.begin(), day.end(),
                       [&](const TimeRange& r) { return r.contains(startMin, lengthMin); });
}

int OpeningHours::parseTime(const QString& text)
{
    static const QRegularExpression time(QStringLiteral("^\\s*(\\d{1,2})\\s*(?:[:hH]\\s*(\\d{2})?)?\\s*$"));
    const auto m = time.match(text);
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min > 0))
        return -1;
    return h * 60 + min;
}

QString OpeningHours::formatTime(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<QList<TimeRange>> OpeningHours::parseRanges(const QString& text)
{
    QList<TimeRange> list;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QStringLiteral("fermé"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QStringLiteral("closed"), Qt::CaseInsensitive) == 0)
        return list;
    for (const QString& part :
         trimmed.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QRegularExpression(QStringLiteral("[-–—]|\\bà\\b")));
        const int start = ends.size() == 2 ? parseTime(ends.at(0)) : -1;
        const int end = ends.size() == 2 ? parseTime(ends.at(1)) : -1;
        if (start < 0 || end < 0)
            return Error{tr("“%1” is not a time range (9:30-12:30)").arg(part.trimmed())};
        if (end <= start)
            return Error{tr("“%1” ends before it starts").arg(part.trimmed())};
        list.append({start, end});
    }
    std::sort(list.begin(), list.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.startMin < b.startMin; });
    for (int i = 1; i < list.size(); ++i) {
        if (list.at(i).startMin < list.at(i - 1).endMin)
            return Error{tr("The ranges %1 and %2 overlap")
                             .arg(formatRanges({list.at(i - 1)}), formatRanges({list.at(i)}))};
    }
    return list;
}

QString OpeningHours::formatRanges(const QList<TimeRange>& ranges)
{
    QStringList parts;
    for (const TimeRange& r : ranges)
        parts.append(formatTime(r.startMin) + u'-' + formatTime(r.endMin));
    return parts.join(QStringLiteral(", "));
}

QStringList OpeningHours::problems() const
{
    QStringList problems;
    if (lengths.isEmpty())
        problems.append(tr("Offer at least one appointment length"));
    for (int l : lengths) {
        if (l < 5 || l > 600)
            problems.append(tr("An appointment lasts from 5 to 600 minutes, not %1").arg(l));
    }
    if (bufferMin < 0 || bufferMin > 240)
        problems.append(tr("The buffer between two appointments is from 0 to 240 minutes"));
    if (parallel < 1 || parallel > 20)
        problems.append(tr("From 1 to 20 appointments can run at the same moment"));
    if (leadDays < 0 || leadDays > 60)
        problems.append(tr("The lead time is from 0 to 60 opening days"));
    if (stepMin < 5 || stepMin > 240)
        problems.append(tr("The step between two proposed starts is from 5 to 240 minutes"));
    bool any = false;
    for (const QList<TimeRange>& day : m_ranges)
        any = any || !day.isEmpty();
    if (!any)
        problems.append(tr("No weekday has opening hours"));
    return problems;
}

Result<OpeningHours> OpeningHours::load(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("hours."), kReadError);
    if (!values)
        return values.error();
    OpeningHours hours;
    for (int d = 1; d <= 7; ++d) {
        if (!values->contains(dayKey(d)))
            continue;
        auto ranges = parseRanges(values->value(dayKey(d)));
        if (!ranges)
            return Error{tr("The opening hours of the catalogue are damaged (%1): %2")
                             .arg(dayKey(d), ranges.errorMessage())};
        hours.m_ranges[d - 1] = *ranges;
    }
    if (values->contains(QStringLiteral("hours.lengths"))) {
        hours.lengths.clear();
        for (const QString& part :
             values->value(QStringLiteral("hours.lengths")).split(u',', Qt::SkipEmptyParts)) {
            const int l = part.trimmed().toInt();
            if (l > 0 && !hours.lengths.contains(l))
                hours.lengths.append(l);
        }
        std::sort(hours.lengths.begin(), hours.lengths.end());
    }
    hours.bufferMin = intSetting(*values, QStringLiteral("hours.buffer"), hours.bufferMin);
    hours.parallel = intSetting(*values, QStringLiteral("hours.parallel"), hours.parallel);
    hours.leadDays = intSetting(*values, QStringLiteral("hours.lead"), hours.leadDays);
    hours.stepMin = intSetting(*values, QStringLiteral("hours.step"), hours.stepMin);
    return hours;
}

Status OpeningHours::save(Database& db) const
{
    if (const QStringList p = problems(); !p.isEmpty())
        return Error{p.join(u'\n')};
    QList<std::pair<QString, QString>> values;
    for (int d = 1; d <= 7; ++d)
        values.append({dayKey(d), formatRanges(m_ranges[d - 1])});
    QStringList l;
    for (int v : lengths)
        l.append(QString::number(v));
    values.append({QStringLiteral("hours.lengths"), l.join(u',')});
    values.append({QStringLiteral("hours.buffer"), QString::number(bufferMin)});
    values.append({QStringLiteral("hours.parallel"), QString::number(parallel)});
    values.append({QStringLiteral("hours.lead"), QString::number(leadDays)});
    values.append({QStringLiteral("hours.step"), QString::number(stepMin)});
    return Settings::write(db, values, kWriteError);
}

} // namespace infodoc::core

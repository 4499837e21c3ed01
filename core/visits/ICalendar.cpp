#include "core/visits/ICalendar.h"

#include "core/visits/AppointmentJson.h"
#include "core/visits/Appointments.h"

#include <QRegularExpression>

#include <libical/ical.h>

#include <memory>

namespace infodoc::core {

namespace {

// libical objects freed on every path.
struct ComponentDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct IteratorDeleter
{
    void operator()(icalrecur_iterator* i) const { icalrecur_iterator_free(i); }
};

constexpr int kMaxRecurrenceSteps = 200000;

icaltimetype localTime(const QDateTime& at)
{
    icaltimetype t = icaltime_null_time();
    t.year = at.date().year();
    t.month = at.date().month();
    t.day = at.date().day();
    t.hour = at.time().hour();
    t.minute = at.time().minute();
    t.second = at.time().second();
    t.is_date = 0;
    return t;
}

icaltimetype utcTime(const QDateTime& at)
{
    return icaltime_from_timet_with_zone(time_t(at.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

void addX(icalcomponent* c, const char* name, const QString& value)
{
    if (value.isEmpty())
        return;
    icalproperty* p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// The logical lines of a file (folded lines joined), with the number of
// the physical line each starts on: libical does not give line numbers.
struct Line
{
    int number;
    QByteArray name; // upper case, before ';' or ':'
    QByteArray value;
};

struct Scan
{
    QList<Line> lines;
    QList<QPair<int, int>> events; // the [BEGIN, END] indexes in `lines` of each VEVENT
};

Result<Scan> scan(const QByteArray& data, const QString& fileName)
{
    Scan s;
    if (data.contains('\0'))
        return Error{ICalendar::tr("%1 is not an iCalendar file (it holds binary data)").arg(fileName)};
    const QList<QByteArray> physical = data.split('\n');
    QList<QPair<QByteArray, int>> stack;
    int eventStart = -1;
    for (int i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        if ((l.startsWith(' ') || l.startsWith('\t')) && !s.lines.isEmpty()) {
            s.lines.last().value += l.mid(1);
            continue;
        }
        if (l.trimmed().isEmpty())
            continue;
        static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9-]+)[;:]"));
        const auto m = name.match(QString::fromLatin1(l.left(200)));
        if (!m.hasMatch() || !l.contains(':'))
            return Error{
                ICalendar::tr("%1, line %2: not an iCalendar line (NAME:value)").arg(fileName).arg(i + 1)};
        const QByteArray n = m.captured(1).toLatin1().toUpper();
        s.lines.append({i + 1, n, l.mid(l.indexOf(':') + 1)});
        if (s.lines.size() == 1 && (n != "BEGIN" || s.lines.first().value.trimmed().toUpper() != "VCALENDAR"))
            return Error{ICalendar::tr("%1, line %2: an iCalendar file begins with BEGIN:VCALENDAR")
                             .arg(fileName)
                             .arg(i + 1)};
        if (n == "BEGIN") {
            const QByteArray what = s.lines.last().value.trimmed().toUpper();
            if (stack.size() >= 8)
                return Error{
                    ICalendar::tr("%1, line %2: components nested too deep").arg(fileName).arg(i + 1)};
            if (what == "VEVENT" && stack.size() == 1)
                eventStart = int(s.lines.size()) - 1;
            stack.append({what, i + 1});
        } else if (n == "END") {
            const QByteArray what = s.lines.last().value.trimmed().toUpper();
            if (stack.isEmpty() || stack.last().first != what)
                return Error{ICalendar::tr("%1, line %2: END:%3 does not close %4")
                                 .arg(fileName)
                                 .arg(i + 1)
                                 .arg(QString::fromLatin1(what),
                                      stack.isEmpty() ? ICalendar::tr("any component")
                                                      : ICalendar::tr("%1 begun line %2")
                                                            .arg(QString::fromLatin1(stack.last().first))
                                                            .arg(stack.last().second))};
            stack.removeLast();
            if (what == "VEVENT" && stack.size() == 1 && eventStart >= 0) {
                s.events.append({eventStart, int(s.lines.size()) - 1});
                eventStart = -1;
            }
        }
    }
    if (s.lines.isEmpty())
        return Error{ICalendar::tr("%1 is empty").arg(fileName)};
    if (!stack.isEmpty())
        return Error{ICalendar::tr("%1, line %2: the file ends inside %3 begun on that line")
                         .arg(fileName)
                         .arg(stack.last().second)
                         .arg(QString::fromLatin1(stack.last().first))};
    return s;
}

// The line of the property a libical error is about, inside [from, to].
int errorLine(const Scan& s, const QString& message, int from, int to)
{
    static const QRegularExpression property(QStringLiteral("\\b([A-Z][A-Z0-9-]*) property"));
    const auto m = property.match(message);
    if (m.hasMatch()) {
        const QByteArray name = m.captured(1).toLatin1();
        for (int i = from; i <= to && i < s.lines.size(); ++i) {
            if (s.lines.at(i).name == name)
                return s.lines.at(i).number;
        }
    }
    static const QRegularExpression value(QStringLiteral(": (.+)$"));
    const auto v = value.match(message);
    if (v.hasMatch()) {
        const QByteArray bad = v.captured(1).trimmed().toUtf8();
        for (int i = from; i <= to && i < s.lines.size(); ++i) {
            if (!bad.isEmpty() && (s.lines.at(i).value.contains(bad) || s.lines.at(i).name == bad))
                return s.lines.at(i).number;
        }
    }
    return s.lines.value(from).number;
}

Status firstError(icalcomponent* c, const Scan& s, int from, int to, const QString& fileName)
{
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        const QString message = text(icalproperty_get_xlicerror(p)).simplified();
        return Error{
            ICalendar::tr("%1, line %2: %3").arg(fileName).arg(errorLine(s, message, from, to)).arg(message)};
    }
    return Status::success();
}

// A time of the file in the centre's zone: UTC, a TZID (an IANA or Windows
// name, or a VTIMEZONE of the file), or floating (the centre's own time).
Result<QDateTime> toZone(icaltimetype t, icalproperty* p, icalcomponent* root, const QTimeZone& zone)
{
    const QDateTime wall(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second));
    if (!wall.isValid())
        return Error{ICalendar::tr("not a date and time")};
    if (icaltime_is_utc(t))
        return QDateTime(wall.date(), wall.time(), Qt::UTC).toTimeZone(zone);
    icalparameter* tzParam = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    if (!tzParam)
        return QDateTime(wall.date(), wall.time(), zone);
    QString tzid = text(icalparameter_get_tzid(tzParam)).trimmed();
    if (tzid.startsWith(u'"') && tzid.endsWith(u'"') && tzid.size() > 1)
        tzid = tzid.mid(1, tzid.size() - 2);
    // A definition given in the file wins over the name.
    if (icaltimezone* own = icalcomponent_get_timezone(root, icalparameter_get_tzid(tzParam))) {
        const time_t at = icaltime_as_timet_with_zone(t, own);
        return QDateTime::fromSecsSinceEpoch(qint64(at), Qt::UTC).toTimeZone(zone);
    }
    QTimeZone named(tzid.toUtf8());
    if (!named.isValid()) {
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
        if (!iana.isEmpty())
            named = QTimeZone(iana);
    }
    if (!named.isValid())
        return Error{ICalendar::tr("unknown time zone “%1” (no VTIMEZONE for it in the file)").arg(tzid)};
    return QDateTime(wall.date(), wall.time(), named).toTimeZone(zone);
}

QDate dateOf(icaltimetype t)
{
    return QDate(t.year, t.month, t.day);
}

QString statusKey(icalproperty_status s)
{
    switch (s) {
    case ICAL_STATUS_CONFIRMED:
        return QStringLiteral("CONFIRMED");
    case ICAL_STATUS_TENTATIVE:
        return QStringLiteral("TENTATIVE");
    case ICAL_STATUS_CANCELLED:
        return QStringLiteral("CANCELLED");
    default:
        return {};
    }
}

// The date of `weekday` in `month` of 1970 matching a change's rule: the
// last such weekday of the month, or the n-th.
QDate ruleDay1970(const QDate& change, QString& byDay)
{
    static const char* const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const int weekday = change.dayOfWeek();
    const bool last = change.day() + 7 > change.daysInMonth();
    const int nth = (change.day() - 1) / 7 + 1;
    byDay = QStringLiteral("%1%2").arg(last ? QStringLiteral("-1") : QString::number(nth),
                                       QLatin1String(days[weekday - 1]));
    QDate d(1970, change.month(), 1);
    if (last) {
        d = QDate(1970, change.month(), d.daysInMonth());
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
    } else {
        while (d.dayOfWeek() != weekday)
            d = d.addDays(1);
        d = d.addDays(7 * (nth - 1));
    }
    return d;
}

icalcomponent* newTimezone(const QTimeZone& zone, int year)
{
    icalcomponent* tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(tz, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime from(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(year, 12, 31), QTime(23, 59), Qt::UTC);
    const QTimeZone::OffsetDataList changes = zone.transitions(from, to);
    if (changes.isEmpty()) {
        icalcomponent* standard = icalcomponent_new(ICAL_XSTANDARD_COMPONENT);
        const int offset = zone.offsetFromUtc(from);
        icaltimetype start = icaltime_null_time();
        start.year = 1970;
        start.month = 1;
        start.day = 1;
        icalcomponent_add_property(standard, icalproperty_new_dtstart(start));
        icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(offset));
        icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(offset));
        icalcomponent_add_property(standard,
                                   icalproperty_new_tzname(zone.abbreviation(from).toUtf8().constData()));
        icalcomponent_add_component(tz, standard);
        return tz;
    }
    for (const QTimeZone::OffsetData& change : changes) {
        const int before = zone.offsetFromUtc(change.atUtc.addSecs(-1));
        // The change in the wall time it leaves.
        const QDateTime wall = change.atUtc.addSecs(before);
        QString byDay;
        const QDate day = ruleDay1970(wall.date(), byDay);
        icaltimetype start = icaltime_null_time();
        start.year = 1970;
        start.month = day.month();
        start.day = day.day();
        start.hour = wall.time().hour();
        start.minute = wall.time().minute();
        icalcomponent* part = icalcomponent_new(change.daylightTimeOffset != 0 ? ICAL_XDAYLIGHT_COMPONENT
                                                                               : ICAL_XSTANDARD_COMPONENT);
        icalcomponent_add_property(part, icalproperty_new_dtstart(start));
        const QByteArray rule =
            QStringLiteral("FREQ=YEARLY;BYMONTH=%1;BYDAY=%2").arg(day.month()).arg(byDay).toLatin1();
        icalcomponent_add_property(part,
                                   icalproperty_new_rrule(icalrecurrencetype_from_string(rule.constData())));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(before));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetto(change.offsetFromUtc));
        icalcomponent_add_property(part, icalproperty_new_tzname(change.abbreviation.toUtf8().constData()));
        icalcomponent_add_component(tz, part);
    }
    return tz;
}

QByteArray asText(icalcomponent* c)
{
    char* s = icalcomponent_as_ical_string_r(c);
    QByteArray bytes(s);
    icalmemory_free_buffer(s);
    return bytes;
}

} // namespace

QByteArray ICalendar::timezoneBlock(const QTimeZone& zone, int year)
{
    Component tz(newTimezone(zone, year));
    return asText(tz.get());
}

QByteArray ICalendar::write(const QList<Appointment>& appointments, const QStringList& titles,
                            const QTimeZone& zone, const QDateTime& stamp)
{
    Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Infodoc//Rendez-vous//FR"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const int year = appointments.isEmpty() ? stamp.date().year() : appointments.first().day.year();
    icalcomponent_add_component(cal.get(), newTimezone(zone, year));
    const QByteArray tzid = zone.id();
    for (int i = 0; i < appointments.size(); ++i) {
        const Appointment& a = appointments.at(i);
        icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, icalproperty_new_uid(a.uid.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(stamp)));
        const QDateTime start(a.day, QTime(0, 0).addSecs(a.startMin * 60), zone);
        icalproperty* dtstart = icalproperty_new_dtstart(localTime(start));
        icalproperty_add_parameter(dtstart, icalparameter_new_tzid(tzid.constData()));
        icalcomponent_add_property(ev, dtstart);
        icalproperty* dtend = icalproperty_new_dtend(localTime(start.addSecs(a.lengthMin * 60)));
        icalproperty_add_parameter(dtend, icalparameter_new_tzid(tzid.constData()));
        icalcomponent_add_property(ev, dtend);
        icalcomponent_add_property(ev, icalproperty_new_summary(titles.value(i).toUtf8().constData()));
        QStringList description;
        if (!a.topic.isEmpty())
            description.append(a.topic);
        if (!a.notes.isEmpty())
            description.append(a.notes);
        if (!description.isEmpty())
            icalcomponent_add_property(
                ev, icalproperty_new_description(description.join(u'\n').toUtf8().constData()));
        for (const QString& s : a.subjects)
            icalcomponent_add_property(ev, icalproperty_new_categories(s.toUtf8().constData()));
        icalcomponent_add_property(
            ev, icalproperty_new_status(a.status == AppointmentStatus::Cancelled   ? ICAL_STATUS_CANCELLED
                                        : a.status == AppointmentStatus::Requested ? ICAL_STATUS_TENTATIVE
                                                                                   : ICAL_STATUS_CONFIRMED));
        addX(ev, "X-INFODOC-PURPOSE", Appointments::key(a.purpose));
        addX(ev, "X-INFODOC-STATUS", Appointments::key(a.status));
        addX(ev, "X-INFODOC-TOPIC", a.topic);
        addX(ev, "X-INFODOC-STRUCTURE-TYPE", Borrowers::key(a.visitor.structureType));
        addX(ev, "X-INFODOC-COMMUNE", a.visitor.commune);
        icalcomponent_add_component(cal.get(), ev);
    }
    return asText(cal.get());
}

Result<QList<ICalendar::Event>> ICalendar::read(const QByteArray& data, const QString& fileName,
                                                const QTimeZone& zone, const QDate& from, const QDate& to)
{
    if (data.size() > kMaxFileBytes)
        return Error{
            tr("%1 is larger than %2 MB: not a calendar to import").arg(fileName).arg(kMaxFileBytes >> 20)};
    auto scanned = scan(data, fileName);
    if (!scanned)
        return scanned.error();
    const Scan& s = *scanned;
    if (s.events.size() > kMaxEvents)
        return Error{tr("%1 holds more than %2 events").arg(fileName).arg(kMaxEvents)};

    icalerror_set_errors_are_fatal(0);
    Component root(icalparser_parse_string(data.constData()));
    if (!root)
        return Error{tr("%1, line 1: libical could not read the file").arg(fileName)};
    // The calendars: the root itself, or each VCALENDAR of a file that has several.
    QList<icalcomponent*> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else {
        for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    }
    QList<Event> events;
    int index = 0;
    int steps = 0;
    for (icalcomponent* cal : calendars) {
        if (auto e = firstError(cal, s, 0, int(s.lines.size()) - 1, fileName); !e)
            return e.error();
        for (icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), ++index) {
            const auto range = s.events.value(index, {0, int(s.lines.size()) - 1});
            const int line = s.lines.value(range.first).number;
            if (auto e = firstError(ev, s, range.first, range.second, fileName); !e)
                return e.error();
            auto lineOf = [&](const QByteArray& name) {
                for (int i = range.first; i <= range.second && i < s.lines.size(); ++i) {
                    if (s.lines.at(i).name == name)
                        return s.lines.at(i).number;
                }
                return line;
            };
            Event base;
            base.line = line;
            base.uid = text(icalcomponent_get_uid(ev));
            base.summary = text(icalcomponent_get_summary(ev));
            base.description = text(icalcomponent_get_description(ev));
            base.status = statusKey(icalcomponent_get_status(ev));
            for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY); p;
                 p = icalcomponent_get_next_property(ev, ICAL_CATEGORIES_PROPERTY)) {
                for (const QString& c : text(icalproperty_get_categories(p)).split(u',', Qt::SkipEmptyParts))
                    base.categories.append(c.trimmed());
            }
            for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
                 p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
                const QByteArray name = QByteArray(icalproperty_get_x_name(p)).toUpper();
                const QString value = text(icalproperty_get_x(p));
                if (name == "X-INFODOC-PURPOSE")
                    base.purpose = value;
                else if (name == "X-INFODOC-STATUS")
                    base.status = value;
                else if (name == "X-INFODOC-TOPIC")
                    base.topic = value;
                else if (name == "X-INFODOC-STRUCTURE-TYPE")
                    base.structureType = value;
                else if (name == "X-INFODOC-COMMUNE")
                    base.commune = value;
            }
            icalproperty* startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
            if (!startProp)
                return Error{tr("%1, line %2: the event has no start (DTSTART)").arg(fileName).arg(line)};
            const icaltimetype start = icalproperty_get_dtstart(startProp);
            const bool allDay = start.is_date != 0;
            base.allDay = allDay;
            // The length: DTEND, else DURATION, else a day (all-day) or nothing.
            qint64 lengthSecs = allDay ? 86400 : 0;
            QDate endDay;
            if (icalproperty* endProp = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
                const icaltimetype end = icalproperty_get_dtend(endProp);
                if (allDay) {
                    endDay = dateOf(end);
                } else {
                    auto s0 = toZone(start, startProp, cal, zone);
                    auto e0 = toZone(end, endProp, cal, zone);
                    if (!s0)
                        return Error{tr("%1, line %2: %3")
                                         .arg(fileName)
                                         .arg(lineOf("DTSTART"))
                                         .arg(s0.errorMessage())};
                    if (!e0)
                        return Error{
                            tr("%1, line %2: %3").arg(fileName).arg(lineOf("DTEND")).arg(e0.errorMessage())};
                    lengthSecs = s0->secsTo(*e0);
                }
            } else if (icalproperty* d = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
                lengthSecs = icaldurationtype_as_int(icalproperty_get_duration(d));
            }
            if (lengthSecs < 0 || (allDay && endDay.isValid() && endDay < dateOf(start)))
                return Error{
                    tr("%1, line %2: the event ends before it starts").arg(fileName).arg(lineOf("DTEND"))};

            // The occurrences: the start itself, or those of its RRULE inside the period.
            QList<icaltimetype> starts;
            icalproperty* rruleProp = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY);
            if (!rruleProp) {
                starts.append(start);
            } else {
                base.recurring = true;
                QList<icaltimetype> excluded;
                for (icalproperty* x = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); x;
                     x = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY))
                    excluded.append(icalproperty_get_exdate(x));
                std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(
                    icalrecur_iterator_new(icalproperty_get_rrule(rruleProp), start));
                if (!it)
                    return Error{tr("%1, line %2: the repetition rule cannot be read")
                                     .arg(fileName)
                                     .arg(lineOf("RRULE"))};
                for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t);
                     t = icalrecur_iterator_next(it.get())) {
                    if (++steps > kMaxRecurrenceSteps)
                        return Error{tr("%1, line %2: the repetition gives too many occurrences")
                                         .arg(fileName)
                                         .arg(lineOf("RRULE"))};
                    const QDate d = dateOf(t);
                    if (d > to)
                        break;
                    if (d < from)
                        continue;
                    bool skip = false;
                    for (const icaltimetype& x : excluded)
                        skip = skip ||
                               (dateOf(x) == d && (x.is_date || (x.hour == t.hour && x.minute == t.minute)));
                    if (!skip)
                        starts.append(t);
                    if (events.size() + starts.size() > kMaxEvents)
                        return Error{tr("%1 gives more than %2 events").arg(fileName).arg(kMaxEvents)};
                }
            }
            for (const icaltimetype& t : starts) {
                Event e = base;
                if (allDay) {
                    e.firstDay = dateOf(t);
                    const int days = endDay.isValid() ? int(dateOf(start).daysTo(endDay)) : 1;
                    e.lastDay = e.firstDay.addDays(std::max(1, days) - 1);
                } else {
                    auto at = toZone(t, startProp, cal, zone);
                    if (!at)
                        return Error{tr("%1, line %2: %3")
                                         .arg(fileName)
                                         .arg(lineOf("DTSTART"))
                                         .arg(at.errorMessage())};
                    e.start = *at;
                    e.end = at->addSecs(lengthSecs);
                }
                events.append(e);
            }
        }
    }
    return events;
}

} // namespace infodoc::core

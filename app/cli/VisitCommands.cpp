#include "app/cli/VisitCommands.h"

#include "app/cli/CliApplication.h"
#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/common/SaveFile.h"
#include "core/storage/Database.h"
#include "core/visits/AppointmentFiles.h"
#include "core/visits/AppointmentJson.h"
#include "core/visits/Appointments.h"
#include "core/visits/ICalendar.h"
#include "core/visits/OpeningHours.h"
#include "core/visits/VisitLists.h"
#include "core/visits/VisitorData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <memory>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

QString line(const Appointment& a)
{
    return QStringLiteral("%1\t%2\t%3-%4\t%5\t%6\t%7")
        .arg(a.id)
        .arg(a.day.toString(Qt::ISODate), OpeningHours::formatTime(a.startMin),
             OpeningHours::formatTime(a.endMin()), Appointments::label(a.status),
             Appointments::visitorLabel(a.visitor), Appointments::label(a.purpose));
}

const QStringList kDayNames = {QStringLiteral("monday"),    QStringLiteral("tuesday"),
                               QStringLiteral("wednesday"), QStringLiteral("thursday"),
                               QStringLiteral("friday"),    QStringLiteral("saturday"),
                               QStringLiteral("sunday")};
const QStringList kJours = {QStringLiteral("lundi"),   QStringLiteral("mardi"),    QStringLiteral("mercredi"),
                            QStringLiteral("jeudi"),   QStringLiteral("vendredi"), QStringLiteral("samedi"),
                            QStringLiteral("dimanche")};

int weekdayOf(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (kDayNames.contains(t))
        return int(kDayNames.indexOf(t)) + 1;
    if (kJours.contains(t))
        return int(kJours.indexOf(t)) + 1;
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n >= 1 && n <= 7 ? n : 0;
}

} // namespace

VisitCommands::VisitCommands(CliApplication& cli) : m_cli(cli) {}

int VisitCommands::appointment()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    static const QStringList preparing = {QStringLiteral("prepare"),   QStringLiteral("selection"),
                                          QStringLiteral("select"),    QStringLiteral("unselect"),
                                          QStringLiteral("set-aside"), QStringLiteral("print"),
                                          QStringLiteral("lend"),      QStringLiteral("close")};
    static const QStringList withId =
        QStringList{QStringLiteral("show"), QStringLiteral("edit"),    QStringLiteral("cancel"),
                    QStringLiteral("done"), QStringLiteral("confirm"), QStringLiteral("no-show")} +
        preparing;
    static const QStringList alone = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("slots")};
    if (!withId.contains(sub) && !alone.contains(sub))
        return m_cli.usage(
            tr("appointment takes add, list, show, edit, confirm, done, cancel, no-show, slots, prepare, "
               "selection, select, unselect, set-aside, print, lend or close."));
    qint64 id = 0;
    if (withId.contains(sub)) {
        if (args.size() != 2)
            return m_cli.usage(tr("appointment %1 takes the appointment's number.").arg(sub));
        int code = 0;
        if (!m_cli.positiveId(args.at(1), id, code))
            return code;
    } else if (args.size() != 1) {
        return m_cli.usage(tr("appointment %1 takes no other argument.").arg(sub));
    }
    const QHash<QString, QString>& options = m_cli.m_args.options;
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    int code = 0;
    auto clock = m_cli.clockOf(QStringLiteral("today"), code);
    if (!clock)
        return code;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto service = Appointments::open(*db, *clock);
    if (!service)
        return m_cli.fail(service.errorMessage());

    if (preparing.contains(sub))
        return preparation(sub, id, *db, *clock, *service);

    auto printBooking = [&](const Appointments::Booking& b) {
        if (b.booked()) {
            m_cli.m_out
                << QJsonDocument(QJsonObject{{QStringLiteral("id"), b.id}}).toJson(QJsonDocument::Compact)
                << '\n';
            return 0;
        }
        QJsonArray nearest;
        QStringList labels;
        for (const Slot& s : b.nearest) {
            nearest.append(AppointmentJson::toJson(s));
            labels.append(Appointments::slotLabel(s));
        }
        m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("refused"), b.refusal},
                                                 {QStringLiteral("nearest"), nearest}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
        m_cli.m_out.flush();
        return m_cli.fail(
            labels.isEmpty()
                ? b.refusal
                : tr("%1. Nearest free slots: %2").arg(b.refusal, labels.join(QStringLiteral("; "))));
    };

    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        Appointment a;
        if (sub == QLatin1String("edit")) {
            auto found = service->find(id);
            if (!found)
                return m_cli.fail(found.errorMessage());
            if (!found->has_value())
                return m_cli.fail(tr("No appointment %1.").arg(id));
            a = **found;
        }
        QJsonObject object;
        int readCode = 0;
        if (!m_cli.readJsonObject(object, readCode))
            return readCode;
        if (sub == QLatin1String("add") &&
            (!object.contains(QStringLiteral("start")) || !object.contains(QStringLiteral("visitor"))))
            return m_cli.fail(tr("A new appointment needs a “start” and a “visitor”."));
        if (sub == QLatin1String("add") && !object.contains(QStringLiteral("length")) &&
            !service->hours().lengths.isEmpty())
            a.lengthMin = service->hours().lengths.first();
        if (auto s = AppointmentJson::apply(object, a); !s)
            return m_cli.fail(s.errorMessage());
        auto booking = sub == QLatin1String("add") ? service->book(a) : service->update(a);
        if (!booking)
            return m_cli.fail(booking.errorMessage());
        return printBooking(*booking);
    }
    if (sub == QLatin1String("show")) {
        auto found = service->find(id);
        if (!found)
            return m_cli.fail(found.errorMessage());
        if (!found->has_value())
            return m_cli.fail(tr("No appointment %1.").arg(id));
        const Appointment& a = **found;
        if (json) {
            m_cli.m_out << QJsonDocument(AppointmentJson::toJson(a)).toJson(QJsonDocument::Indented);
            return 0;
        }
        m_cli.m_out << tr("Appointment %1: %2").arg(a.id).arg(Appointments::whenLabel(a)) << '\n'
                    << tr("Visitor: %1").arg(Appointments::visitorLabel(a.visitor)) << '\n'
                    << tr("Purpose: %1").arg(Appointments::label(a.purpose)) << '\n'
                    << tr("Status: %1").arg(Appointments::label(a.status)) << '\n';
        if (!a.subjects.isEmpty() || !a.topic.isEmpty())
            m_cli.m_out
                << tr("Topic: %1").arg((a.subjects + QStringList{a.topic}).join(QStringLiteral(" — ")))
                << '\n';
        if (!a.notes.isEmpty())
            m_cli.m_out << tr("Notes: %1").arg(a.notes) << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        QDate from = service->today(), to;
        if (options.contains(QStringLiteral("from"))) {
            auto f = Calendar::parseDate(options.value(QStringLiteral("from")));
            if (!f)
                return m_cli.usage(f.errorMessage());
            from = *f;
        }
        if (options.contains(QStringLiteral("to"))) {
            auto t = Calendar::parseDate(options.value(QStringLiteral("to")));
            if (!t)
                return m_cli.usage(t.errorMessage());
            to = *t;
        }
        if (options.contains(QStringLiteral("week"))) {
            auto w = Calendar::parseDate(options.value(QStringLiteral("week")));
            if (!w)
                return m_cli.usage(w.errorMessage());
            from = w->addDays(1 - w->dayOfWeek());
            to = from.addDays(6);
        }
        Result<QList<Appointment>> list =
            to.isValid() ? service->between(from, to, m_cli.m_args.flags.contains(QStringLiteral("all")))
                         : service->upcoming();
        if (!list)
            return m_cli.fail(list.errorMessage());
        if (options.contains(QStringLiteral("output"))) {
            const QDate last = to.isValid() ? to : (list->isEmpty() ? from : list->constLast().day);
            if (auto s = VisitLists::write(*list, from, last, options.value(QStringLiteral("output"))); !s)
                return m_cli.fail(s.errorMessage());
            return 0;
        }
        if (json) {
            QJsonArray array;
            for (const Appointment& a : *list)
                array.append(AppointmentJson::toJson(a));
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const Appointment& a : *list)
            m_cli.m_out << line(a) << '\n';
        return 0;
    }
    if (sub == QLatin1String("slots")) {
        if (!options.contains(QStringLiteral("date")) && !options.contains(QStringLiteral("from")))
            return m_cli.usage(tr("appointment slots takes --date D (or --from D [--to D])."));
        auto from =
            Calendar::parseDate(options.value(QStringLiteral("from"), options.value(QStringLiteral("date"))));
        if (!from)
            return m_cli.usage(from.errorMessage());
        QDate to = *from;
        if (options.contains(QStringLiteral("to"))) {
            auto t = Calendar::parseDate(options.value(QStringLiteral("to")));
            if (!t)
                return m_cli.usage(t.errorMessage());
            to = *t;
        }
        int length = service->hours().lengths.value(0, 60);
        if (options.contains(QStringLiteral("length"))) {
            bool ok = false;
            length = options.value(QStringLiteral("length")).toInt(&ok);
            if (!ok || length <= 0)
                return m_cli.usage(tr("--length takes a number of minutes."));
        }
        auto slots = service->freeSlots(*from, to, length);
        if (!slots)
            return m_cli.fail(slots.errorMessage());
        if (json) {
            QJsonArray array;
            for (const Slot& s : *slots)
                array.append(AppointmentJson::toJson(s));
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        for (const Slot& s : *slots)
            m_cli.m_out << AppointmentJson::startText(s.day, s.startMin) << '\t'
                        << OpeningHours::formatTime(s.startMin + s.lengthMin) << '\n';
        return 0;
    }
    // confirm, done, cancel, no-show
    const AppointmentStatus status = sub == QLatin1String("confirm")  ? AppointmentStatus::Confirmed
                                     : sub == QLatin1String("done")   ? AppointmentStatus::Done
                                     : sub == QLatin1String("cancel") ? AppointmentStatus::Cancelled
                                                                      : AppointmentStatus::NoShow;
    if (auto s = service->setStatus(id, status); !s)
        return m_cli.fail(s.errorMessage());
    return 0;
}

int VisitCommands::hours()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    if (sub == QLatin1String("show")) {
        if (args.size() != 1)
            return m_cli.usage(tr("hours show takes no other argument."));
    } else if (sub == QLatin1String("set")) {
        if (args.size() != 3)
            return m_cli.usage(
                tr("hours set takes what to set and its value: a weekday (monday or lundi) and its "
                   "ranges, lengths, buffer, parallel, lead or step."));
    } else {
        return m_cli.usage(tr("hours takes show or set."));
    }
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto hours = OpeningHours::load(*db);
    if (!hours)
        return m_cli.fail(hours.errorMessage());
    if (sub == QLatin1String("set")) {
        const QString what = args.at(1).trimmed().toLower();
        const QString value = args.at(2);
        auto number = [&](int& target) {
            bool ok = false;
            const int n = value.trimmed().toInt(&ok);
            if (!ok)
                return false;
            target = n;
            return true;
        };
        if (const int day = weekdayOf(what); day != 0) {
            auto ranges = OpeningHours::parseRanges(value);
            if (!ranges)
                return m_cli.fail(ranges.errorMessage());
            hours->setRanges(day, *ranges);
        } else if (what == QLatin1String("lengths")) {
            hours->lengths.clear();
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const int n = part.trimmed().toInt(&ok);
                if (!ok)
                    return m_cli.usage(tr("lengths takes minutes separated by commas: 30,60,90."));
                hours->lengths.append(n);
            }
            std::sort(hours->lengths.begin(), hours->lengths.end());
        } else if (what == QLatin1String("buffer") || what == QLatin1String("parallel") ||
                   what == QLatin1String("lead") || what == QLatin1String("step")) {
            int& target = what == QLatin1String("buffer")     ? hours->bufferMin
                          : what == QLatin1String("parallel") ? hours->parallel
                          : what == QLatin1String("lead")     ? hours->leadDays
                                                              : hours->stepMin;
            if (!number(target))
                return m_cli.usage(tr("%1 takes a whole number.").arg(what));
        } else {
            return m_cli.usage(tr("Unknown setting “%1”: a weekday, lengths, buffer, parallel, lead or step.")
                                   .arg(args.at(1)));
        }
        if (auto s = hours->save(*db); !s)
            return m_cli.fail(s.errorMessage());
    }
    const QLocale fr(QLocale::French, QLocale::France);
    if (m_cli.m_args.flags.contains(QStringLiteral("json"))) {
        QJsonObject days;
        for (int d = 1; d <= 7; ++d)
            days.insert(kDayNames.at(d - 1), OpeningHours::formatRanges(hours->ranges(d)));
        QJsonArray lengths;
        for (int l : hours->lengths)
            lengths.append(l);
        m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("days"), days},
                                                 {QStringLiteral("lengths"), lengths},
                                                 {QStringLiteral("buffer"), hours->bufferMin},
                                                 {QStringLiteral("parallel"), hours->parallel},
                                                 {QStringLiteral("lead"), hours->leadDays},
                                                 {QStringLiteral("step"), hours->stepMin}})
                           .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (int d = 1; d <= 7; ++d) {
        const QList<TimeRange> ranges = hours->ranges(d);
        m_cli.m_out << kJours.at(d - 1) << '\t'
                    << (ranges.isEmpty() ? tr("no appointments") : OpeningHours::formatRanges(ranges))
                    << '\n';
    }
    QStringList lengths;
    for (int l : hours->lengths)
        lengths.append(QString::number(l));
    m_cli.m_out << tr("Lengths: %1 minutes").arg(lengths.join(QStringLiteral(", "))) << '\n'
                << tr("Between two appointments: %1 minutes").arg(hours->bufferMin) << '\n'
                << tr("At the same moment: %1").arg(hours->parallel) << '\n'
                << tr("Booked %n opening day(s) ahead", nullptr, hours->leadDays) << '\n'
                << tr("Proposed every %1 minutes").arg(hours->stepMin) << '\n';
    return 0;
}

int VisitCommands::ics()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    const QHash<QString, QString>& options = m_cli.m_args.options;
    if (sub == QLatin1String("export")) {
        if (args.size() != 1)
            return m_cli.usage(tr("ics export takes no other argument."));
        if (!options.contains(QStringLiteral("output")))
            return m_cli.usage(tr("ics export needs -o FILE.ics."));
    } else if (sub == QLatin1String("import")) {
        if (args.size() != 2)
            return m_cli.usage(tr("ics import takes the file to import."));
        const QString as = options.value(QStringLiteral("as"), QStringLiteral("appointments"));
        if (as != QLatin1String("appointments") && as != QLatin1String("closures"))
            return m_cli.usage(tr("--as takes appointments or closures."));
    } else {
        return m_cli.usage(tr("ics takes export or import."));
    }
    int clockCode = 0;
    auto clock = m_cli.clockOf(QStringLiteral("today"), clockCode);
    if (!clock)
        return clockCode;
    QString error;
    auto dayOption = [&](const char* name, QDate& day) {
        if (!options.contains(QLatin1String(name)))
            return true;
        auto parsed = Calendar::parseDate(options.value(QLatin1String(name)));
        if (!parsed) {
            error = parsed.errorMessage();
            return false;
        }
        day = *parsed;
        return true;
    };
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto service = Appointments::open(*db, *clock);
    if (!service)
        return m_cli.fail(service.errorMessage());
    const QDate today = service->today();
    if (sub == QLatin1String("export")) {
        // Without a period: from today, a year ahead.
        QDate from = today, to;
        if (!dayOption("from", from) || !dayOption("to", to))
            return m_cli.usage(error);
        if (!to.isValid())
            to = from.addYears(1);
        Result<QByteArray> bytes = QByteArray();
        if (options.contains(QStringLiteral("id"))) {
            qint64 id = 0;
            int idCode = 0;
            if (!m_cli.positiveId(options.value(QStringLiteral("id")), id, idCode))
                return idCode;
            bytes = AppointmentFiles::exportOne(*service, id);
        } else {
            bytes = AppointmentFiles::exportPeriod(*service, from, to);
        }
        if (!bytes)
            return m_cli.fail(bytes.errorMessage());
        const QString path = options.value(QStringLiteral("output"));
        QString why;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() ||
            !commitSaveFile(out, &why))
            return m_cli.fail(tr("Cannot write %1: %2").arg(path, why));
        return 0;
    }
    // import: recurring events are expanded over the period (a year from today by default).
    QDate from = today, to;
    if (!dayOption("from", from) || !dayOption("to", to))
        return m_cli.usage(error);
    if (!to.isValid())
        to = from.addYears(1);
    const QString path = args.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_cli.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(ICalendar::kMaxFileBytes + 1);
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    if (options.value(QStringLiteral("as")) == QLatin1String("closures")) {
        auto added = AppointmentFiles::importClosures(*db, data, path, from, to);
        if (!added)
            return m_cli.fail(added.errorMessage());
        if (json)
            m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("imported"), *added}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        else
            m_cli.m_out << tr("%n closure(s) imported.", nullptr, *added) << '\n';
        return 0;
    }
    auto imported = AppointmentFiles::importAppointments(*service, *db, data, path, from, to);
    if (!imported)
        return m_cli.fail(imported.errorMessage());
    if (json) {
        m_cli.m_out << QJsonDocument(
                           QJsonObject{{QStringLiteral("imported"), imported->added + imported->updated},
                                       {QStringLiteral("added"), imported->added},
                                       {QStringLiteral("updated"), imported->updated},
                                       {QStringLiteral("skipped"), imported->skipped}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
        return 0;
    }
    m_cli.m_out << tr("%n appointment(s) added", nullptr, imported->added) << ", "
                << tr("%n moved or updated", nullptr, imported->updated) << ".\n";
    if (imported->skipped > 0)
        m_cli.m_out << tr("%n all-day event(s) left out (import them with --as closures).", nullptr,
                          imported->skipped)
                    << '\n';
    return 0;
}

int VisitCommands::visitorData()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    static const QStringList subs = {QStringLiteral("find"), QStringLiteral("export"),
                                     QStringLiteral("erase"), QStringLiteral("months")};
    if (!subs.contains(sub) || args.size() != 2)
        return m_cli.usage(tr("visitor-data takes find NAME, export NAME, erase NAME or months N."));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    if (sub == QLatin1String("months")) {
        bool ok = false;
        const int months = args.at(1).toInt(&ok);
        if (!ok)
            return m_cli.usage(tr("visitor-data months takes a number of months."));
        if (auto s = VisitorData::setRetentionMonths(*db, months); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    SystemClock clock;
    VisitorData data(*db, clock);
    auto found = data.find(args.at(1));
    if (!found)
        return m_cli.fail(found.errorMessage());
    if (sub == QLatin1String("find")) {
        for (const auto& p : *found)
            m_cli.m_out << p.name << '\t' << p.structure << '\t' << p.lastVisit.toString(Qt::ISODate) << '\t'
                        << tr("%n appointment(s)", nullptr, p.appointments) << '\n';
        return 0;
    }
    // export and erase act on one person: the name must not be ambiguous.
    if (found->isEmpty())
        return m_cli.fail(tr("No named visitor is called \"%1\".").arg(args.at(1)));
    if (found->size() > 1) {
        QStringList names;
        for (const auto& p : *found)
            names.append(p.name);
        return m_cli.fail(tr("Several named visitors match \"%1\": %2. Give the whole name.")
                              .arg(args.at(1), names.join(QStringLiteral("; "))));
    }
    if (sub == QLatin1String("export")) {
        auto exported = data.exportJson(found->first().key);
        if (!exported)
            return m_cli.fail(exported.errorMessage());
        const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        const QString path = m_cli.m_args.options.value(QStringLiteral("output"));
        if (path.isEmpty()) {
            m_cli.m_out << QString::fromUtf8(bytes);
            return 0;
        }
        QString why;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !commitSaveFile(file, &why))
            return m_cli.fail(tr("Cannot write %1: %2").arg(path, why));
        return 0;
    }
    auto erased = data.erase(found->first().key);
    if (!erased)
        return m_cli.fail(erased.errorMessage());
    m_cli.m_out << tr("%n appointment(s) made anonymous.", nullptr, *erased) << '\n';
    return 0;
}

} // namespace infodoc::app

#include "core/visits/AppointmentFiles.h"

#include "core/catalog/Thesaurus.h"
#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"
#include "core/visits/Appointments.h"
#include "core/visits/ICalendar.h"

namespace infodoc::core {

namespace {

QStringList titles(const QList<Appointment>& list)
{
    QStringList t;
    for (const Appointment& a : list)
        t.append(AppointmentFiles::tr("Appointment: %1 (%2)")
                     .arg(Appointments::visitorLabel(a.visitor), Appointments::label(a.purpose)));
    return t;
}

} // namespace

Result<QByteArray> AppointmentFiles::exportPeriod(Appointments& appointments, const QDate& from,
                                                  const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{tr("The period to export is not valid")};
    auto list = appointments.between(from, to, true);
    if (!list)
        return list.error();
    return ICalendar::write(*list, titles(*list), appointments.calendar().zone(),
                            QDateTime::currentDateTimeUtc());
}

Result<QByteArray> AppointmentFiles::exportOne(Appointments& appointments, qint64 id)
{
    auto found = appointments.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No appointment %1").arg(id)};
    const QList<Appointment> list = {**found};
    return ICalendar::write(list, titles(list), appointments.calendar().zone(),
                            QDateTime::currentDateTimeUtc());
}

Result<AppointmentFiles::Imported> AppointmentFiles::importAppointments(Appointments& appointments,
                                                                        Database& db, const QByteArray& data,
                                                                        const QString& fileName,
                                                                        const QDate& from, const QDate& to,
                                                                        const Progress& progress)
{
    auto events = ICalendar::read(data, fileName, appointments.calendar().zone(), from, to);
    if (!events)
        return events.error();
    auto tx = WriteTransaction::begin(db.connection());
    if (!tx)
        return tx.error();
    FixedClock clock(QDateTime::currentDateTimeUtc());
    Thesaurus thesaurus(db, clock);
    Imported result;
    int done = 0;
    for (const ICalendar::Event& e : *events) {
        if (progress && done++ % 50 == 0 && !progress(done - 1, int(events->size())))
            return Error{tr("Cancelled: nothing was imported.")};
        if (e.allDay) {
            ++result.skipped;
            continue;
        }
        auto fail = [&](const QString& why) {
            return Error{tr("%1, line %2: %3").arg(fileName).arg(e.line).arg(why)};
        };
        if (e.start.date() != e.end.date() && e.end.time() != QTime(0, 0))
            return fail(tr("the event runs over several days: it cannot be an appointment"));
        // Recurring events share their UID: each occurrence has its own.
        const QString uid = e.uid.isEmpty() ? QString()
                            : e.recurring   ? e.uid + u'/' + e.start.date().toString(Qt::ISODate)
                                            : e.uid;
        Appointment a;
        bool known = false;
        if (!uid.isEmpty()) {
            auto found = appointments.findByUid(uid);
            if (!found)
                return found.error();
            if (found->has_value()) {
                a = **found;
                known = true;
            }
        }
        a.day = e.start.date();
        a.startMin = e.start.time().msecsSinceStartOfDay() / 60000;
        a.lengthMin = int((e.start.secsTo(e.end) + 30) / 60);
        if (!known) {
            a.uid = uid;
            a.visitor.kind = Visitor::Kind::Anonymous;
            a.visitor.structureType =
                Borrowers::structureTypeFromKey(e.structureType).value_or(StructureType::Other);
            a.visitor.commune = e.commune;
            a.purpose = Appointments::purposeFromKey(e.purpose).value_or(VisitPurpose::Information);
            a.topic = e.topic.isEmpty() ? e.summary : e.topic;
            QString notes = e.description;
            if (!e.topic.isEmpty() && notes.startsWith(e.topic))
                notes = notes.mid(e.topic.size()).trimmed();
            a.notes = notes;
            QStringList others;
            for (const QString& c : e.categories) {
                auto d = thesaurus.find(c);
                if (!d)
                    return d.error();
                if (d->has_value())
                    a.subjects.append((*d)->label);
                else
                    others.append(c);
            }
            if (!others.isEmpty())
                a.topic = (QStringList{a.topic} + others).join(QStringLiteral(" — "));
        }
        if (auto s = Appointments::statusFromKey(e.status))
            a.status = *s;
        else if (e.status == QLatin1String("CANCELLED"))
            a.status = AppointmentStatus::Cancelled;
        else if (e.status == QLatin1String("TENTATIVE"))
            a.status = AppointmentStatus::Requested;
        else if (!known)
            a.status = AppointmentStatus::Confirmed;
        auto booking = known ? appointments.update(a, Appointments::Rules::Import)
                             : appointments.book(a, Appointments::Rules::Import);
        if (!booking)
            return fail(booking.errorMessage());
        if (!booking->booked())
            return fail(booking->refusal);
        ++(known ? result.updated : result.added);
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return result;
}

Result<int> AppointmentFiles::importClosures(Database& db, const QByteArray& data, const QString& fileName,
                                             const QDate& from, const QDate& to)
{
    auto calendar = Calendar::load(db);
    if (!calendar)
        return calendar.error();
    auto events = ICalendar::read(data, fileName, calendar->zone(), from, to);
    if (!events)
        return events.error();
    auto tx = WriteTransaction::begin(db.connection());
    if (!tx)
        return tx.error();
    int added = 0;
    QList<QPair<QDate, QDate>> seen;
    for (const ICalendar::Event& e : *events) {
        if (e.status == QLatin1String("CANCELLED"))
            continue;
        QDate first = e.allDay ? e.firstDay : e.start.date();
        QDate last = e.allDay ? e.lastDay : e.end.addSecs(-1).date();
        if (last < first)
            last = first;
        // Imported again: a closure already there is not doubled.
        bool there = seen.contains({first, last});
        for (const Calendar::Closure& c : calendar->closures())
            there = there || (c.from == first && c.to == last);
        if (there)
            continue;
        const QString label = e.summary.trimmed().isEmpty() ? tr("Closure") : e.summary.trimmed();
        auto id = Calendar::addClosure(db, first, last, label.left(200));
        if (!id)
            return Error{tr("%1, line %2: %3").arg(fileName).arg(e.line).arg(id.errorMessage())};
        seen.append({first, last});
        ++added;
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return added;
}

} // namespace infodoc::core

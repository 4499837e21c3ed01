#include "core/visits/Appointments.h"

#include "core/visits/VisitTotals_p.h"

#include "core/catalog/Thesaurus.h"
#include "core/circulation/SetAsides.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cstdlib>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the appointments");
const char* const kSaveError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the appointment");

const QString kActive = QStringLiteral("('requested', 'confirmed', 'done')");

// Borrowers' names and contacts are read from their own record, never copied.
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.day, a.start_min, a.length_min, a.visitor_kind, COALESCE(a.borrower_id, 0), "
    "CASE WHEN a.visitor_kind = 'borrower' THEN COALESCE(b.name, '') ELSE a.name END, COALESCE(b.card, ''), "
    "CASE WHEN a.visitor_kind = 'borrower' THEN COALESCE(b.structure, a.structure) ELSE a.structure END, "
    "a.structure_type, "
    "CASE WHEN a.visitor_kind = 'borrower' THEN COALESCE(b.function, a.function) ELSE a.function END, "
    "a.commune, CASE WHEN a.visitor_kind = 'borrower' THEN COALESCE(b.email, '') ELSE a.contact END, "
    "a.purpose, a.topic, a.status, a.notes, a.follow_up, a.uid, a.created, a.updated "
    "FROM appointment a LEFT JOIN borrower b ON b.id = a.borrower_id ");

Visitor::Kind kindFromKey(const QString& key)
{
    if (key == QLatin1String("borrower"))
        return Visitor::Kind::Borrower;
    if (key == QLatin1String("named"))
        return Visitor::Kind::Named;
    return Visitor::Kind::Anonymous;
}

Appointment fromRow(const QSqlQuery& q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    a.startMin = q.value(2).toInt();
    a.lengthMin = q.value(3).toInt();
    a.visitor.kind = kindFromKey(q.value(4).toString());
    a.visitor.borrowerId = q.value(5).toLongLong();
    a.visitor.name = q.value(6).toString();
    a.visitor.card = q.value(7).toString();
    a.visitor.structure = q.value(8).toString();
    a.visitor.structureType =
        Borrowers::structureTypeFromKey(q.value(9).toString()).value_or(StructureType::Other);
    a.visitor.function = q.value(10).toString();
    a.visitor.commune = q.value(11).toString();
    a.visitor.contact = q.value(12).toString();
    a.purpose = Appointments::purposeFromKey(q.value(13).toString()).value_or(VisitPurpose::Information);
    a.topic = q.value(14).toString();
    a.status = Appointments::statusFromKey(q.value(15).toString()).value_or(AppointmentStatus::Requested);
    a.notes = q.value(16).toString();
    a.followUp = q.value(17).toString();
    a.uid = q.value(18).toString();
    a.created = QDateTime::fromString(q.value(19).toString(), Qt::ISODate);
    a.updated = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    return a;
}

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// The subjects of the appointments read, by appointment.
Status readSubjects(const QSqlDatabase& db, QList<Appointment>& list)
{
    if (list.isEmpty())
        return Status::success();
    QHash<qint64, int> index;
    QList<qint64> ids;
    for (int i = 0; i < list.size(); ++i) {
        index.insert(list.at(i).id, i);
        ids.append(list.at(i).id);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT x.appointment_id, s.label FROM appointment_subject x JOIN subject s ON "
                  "s.id = x.subject_id WHERE x.appointment_id IN (%1) ORDER BY x.appointment_id, s.label")
                  .arg(sqlIdList(ids)));
    return eachRow(q, kReadError, [&] {
        list[index.value(q.value(0).toLongLong())].subjects.append(q.value(1).toString());
    });
}

// The largest number of the (buffered) busy intervals that meet at one moment of [start, end).
int mostAtOnce(int start, int end, int buffer, const QList<QPair<int, int>>& busy)
{
    QList<QPair<int, int>> clipped;
    for (const auto& [s, e] : busy) {
        const int from = std::max(start, s - buffer), to = std::min(end, e + buffer);
        if (from < to)
            clipped.append({from, to});
    }
    int most = 0;
    for (const auto& [p, unused] : clipped) {
        int n = 0;
        for (const auto& [s, e] : clipped)
            n += (s <= p && p < e) ? 1 : 0;
        most = std::max(most, n);
    }
    return most;
}

} // namespace

Appointments::Appointments(Database& db, const Clock& clock, Calendar calendar, OpeningHours hours)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar)), m_hours(std::move(hours))
{}

Result<Appointments> Appointments::open(Database& db, const Clock& clock)
{
    auto calendar = Calendar::load(db);
    if (!calendar)
        return calendar.error();
    auto hours = OpeningHours::load(db);
    if (!hours)
        return hours.error();
    return Appointments(db, clock, *calendar, *hours);
}

QDate Appointments::today() const
{
    return m_calendar.today(m_clock);
}

QDate Appointments::earliestDay() const
{
    const QDate t = today();
    return m_hours.leadDays <= 0 ? m_calendar.nextOpenDay(t) : m_calendar.addOpeningDays(t, m_hours.leadDays);
}

Result<QHash<QDate, QList<Appointments::Busy>>> Appointments::busyBetween(const QDate& from, const QDate& to,
                                                                          qint64 exceptId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, day, start_min, length_min FROM appointment WHERE day BETWEEN ? AND ? "
                       "AND status IN %1 AND id <> ?")
            .arg(kActive));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(exceptId);
    QHash<QDate, QList<Busy>> busy;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             const int start = q.value(2).toInt();
                             busy[QDate::fromString(q.value(1).toString(), Qt::ISODate)].append(
                                 {q.value(0).toLongLong(), start, start + q.value(3).toInt()});
                         });
        !s)
        return s.error();
    return busy;
}

QString Appointments::refusalGiven(const QDate& day, int startMin, int lengthMin, const QList<Busy>& busy,
                                   Rules rules) const
{
    const QLocale fr(QLocale::French, QLocale::France);
    if (!day.isValid())
        return tr("The appointment has no date");
    if (lengthMin < 5 || lengthMin > 600 || startMin < 0 || startMin + lengthMin > 24 * 60)
        return tr("An appointment lasts from 5 to 600 minutes, inside one day");
    if (rules == Rules::Desk && !m_hours.lengths.contains(lengthMin)) {
        QStringList offered;
        for (int l : m_hours.lengths)
            offered.append(QString::number(l));
        return tr("An appointment of %1 minutes is not offered (lengths: %2 minutes)")
            .arg(lengthMin)
            .arg(offered.join(QStringLiteral(", ")));
    }
    const QString dayText = fr.toString(day, QStringLiteral("dddd d MMMM yyyy"));
    if (!m_calendar.isOpen(day))
        return tr("The centre is closed on %1 (%2)").arg(dayText, m_calendar.closedReason(day));
    const QDate t = today();
    if (rules == Rules::Desk &&
        (day < t ||
         (day == t &&
          startMin <= m_clock.now().toTimeZone(m_calendar.zone()).time().msecsSinceStartOfDay() / 60000)))
        return tr("%1 at %2 is already past").arg(dayText, OpeningHours::formatTime(startMin));
    const QDate earliest = earliestDay();
    if (rules == Rules::Desk && day < earliest)
        return tr("Appointments are booked %n opening day(s) ahead: the first day is %1", nullptr,
                  m_hours.leadDays)
            .arg(fr.toString(earliest, QStringLiteral("dddd d MMMM yyyy")));
    if (!m_hours.fits(day.dayOfWeek(), startMin, lengthMin)) {
        const QList<TimeRange> ranges = m_hours.ranges(day.dayOfWeek());
        return tr("%1–%2 is outside the opening hours of %3 (%4)")
            .arg(OpeningHours::formatTime(startMin), OpeningHours::formatTime(startMin + lengthMin), dayText,
                 ranges.isEmpty() ? tr("no appointment that day") : OpeningHours::formatRanges(ranges));
    }
    const int end = startMin + lengthMin;
    QList<QPair<int, int>> intervals;
    for (const Busy& b : busy)
        intervals.append({b.startMin, b.endMin});
    if (mostAtOnce(startMin, end, m_hours.bufferMin, intervals) < m_hours.parallel)
        return {};
    // Name the appointment in the way (never who): an overlap first, else the buffer.
    for (const Busy& b : busy) {
        if (b.startMin < end && startMin < b.endMin)
            return tr("%1–%2 overlaps another appointment (%3–%4)")
                .arg(OpeningHours::formatTime(startMin), OpeningHours::formatTime(end),
                     OpeningHours::formatTime(b.startMin), OpeningHours::formatTime(b.endMin));
    }
    for (const Busy& b : busy) {
        if (b.startMin - m_hours.bufferMin < end && startMin < b.endMin + m_hours.bufferMin)
            return tr("%1–%2 leaves less than %3 minutes after or before another appointment (%4–%5)")
                .arg(OpeningHours::formatTime(startMin), OpeningHours::formatTime(end))
                .arg(m_hours.bufferMin)
                .arg(OpeningHours::formatTime(b.startMin), OpeningHours::formatTime(b.endMin));
    }
    return tr("%1–%2 is taken").arg(OpeningHours::formatTime(startMin), OpeningHours::formatTime(end));
}

QList<Slot> Appointments::freeGiven(const QDate& day, int lengthMin, const QList<Busy>& busy) const
{
    QList<Slot> slots;
    if (!m_calendar.isOpen(day) || day < earliestDay())
        return slots;
    const bool isToday = day == today();
    const int now = m_clock.now().toTimeZone(m_calendar.zone()).time().msecsSinceStartOfDay() / 60000;
    QList<QPair<int, int>> intervals;
    for (const Busy& b : busy)
        intervals.append({b.startMin, b.endMin});
    const int step = std::max(5, m_hours.stepMin);
    for (const TimeRange& r : m_hours.ranges(day.dayOfWeek())) {
        for (int t = r.startMin; t + lengthMin <= r.endMin; t += step) {
            if (isToday && t <= now)
                continue;
            if (mostAtOnce(t, t + lengthMin, m_hours.bufferMin, intervals) < m_hours.parallel)
                slots.append({day, t, lengthMin});
        }
    }
    return slots;
}

Result<QString> Appointments::refusal(const QDate& day, int startMin, int lengthMin, qint64 exceptId,
                                      Rules rules) const
{
    auto busy = busyBetween(day, day, exceptId);
    if (!busy)
        return busy.error();
    return refusalGiven(day, startMin, lengthMin, busy->value(day), rules);
}

Result<QList<Slot>> Appointments::freeSlots(const QDate& from, const QDate& to, int lengthMin) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return QList<Slot>();
    if (from.daysTo(to) > 366)
        return Error{tr("Free slots are listed for a year at most")};
    if (!m_hours.lengths.contains(lengthMin))
        return Error{refusalGiven(from, 0, lengthMin, {})};
    auto busy = busyBetween(from, to, 0);
    if (!busy)
        return busy.error();
    QList<Slot> slots;
    for (QDate d = from; d <= to; d = d.addDays(1))
        slots += freeGiven(d, lengthMin, busy->value(d));
    return slots;
}

Result<QList<Slot>> Appointments::nearestFree(const QDate& day, int startMin, int lengthMin, int count,
                                              qint64 exceptId) const
{
    if (!day.isValid() || !m_hours.lengths.contains(lengthMin))
        return QList<Slot>();
    const QDate earliest = earliestDay();
    QList<Slot> found;
    // Widen the window until enough slots turn up (or half a year has been looked at).
    for (int span : {14, 45, 180}) {
        const QDate from = std::max(earliest, day.addDays(-span));
        const QDate to = std::max(day, earliest).addDays(span);
        auto busy = busyBetween(from, to, exceptId);
        if (!busy)
            return busy.error();
        found.clear();
        for (QDate d = from; d <= to; d = d.addDays(1))
            found += freeGiven(d, lengthMin, busy->value(d));
        if (found.size() >= count)
            break;
    }
    auto distance = [&](const Slot& s) {
        return std::llabs(qint64(day.daysTo(s.day)) * 1440 + s.startMin - startMin);
    };
    std::stable_sort(found.begin(), found.end(),
                     [&](const Slot& a, const Slot& b) { return distance(a) < distance(b); });
    if (found.size() > count)
        found.resize(count);
    std::sort(found.begin(), found.end(), [](const Slot& a, const Slot& b) {
        return a.day != b.day ? a.day < b.day : a.startMin < b.startMin;
    });
    return found;
}

Result<std::optional<Appointment>> Appointments::findByUid(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM appointment WHERE uid = ?"));
    q.addBindValue(uid);
    qint64 id = 0;
    if (auto s = eachRow(q, kReadError, [&] { id = q.value(0).toLongLong(); }); !s)
        return s.error();
    if (id == 0)
        return std::optional<Appointment>();
    return find(id);
}

Result<std::optional<Appointment>> Appointments::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    QList<Appointment> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    if (list.isEmpty())
        return std::optional<Appointment>();
    if (auto s = readSubjects(m_db.connection(), list); !s)
        return s.error();
    return std::optional<Appointment>(list.first());
}

Result<QList<Appointment>> Appointments::between(const QDate& from, const QDate& to, bool withCancelled) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE a.day BETWEEN ? AND ? %1 ORDER BY a.day, a.start_min, a.id")
                            .arg(withCancelled ? QString() : QStringLiteral("AND a.status <> 'cancelled'")));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    QList<Appointment> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    if (auto s = readSubjects(m_db.connection(), list); !s)
        return s.error();
    return list;
}

Result<QList<Appointment>> Appointments::upcoming(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE a.day >= ? AND a.status IN ('requested', 'confirmed') "
                                       "ORDER BY a.day, a.start_min, a.id LIMIT ?"));
    q.addBindValue(today().toString(Qt::ISODate));
    q.addBindValue(limit);
    QList<Appointment> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    if (auto s = readSubjects(m_db.connection(), list); !s)
        return s.error();
    return list;
}

Result<Appointments::Booking> Appointments::book(const Appointment& a, Rules rules)
{
    return save(a, true, rules);
}

Result<Appointments::Booking> Appointments::update(const Appointment& a, Rules rules)
{
    return save(a, false, rules);
}

Result<Appointments::Booking> Appointments::move(qint64 id, const QDate& day, int startMin)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No appointment %1").arg(id)};
    Appointment a = **found;
    a.day = day;
    a.startMin = startMin;
    return save(a, false, Rules::Desk);
}

Result<QList<qint64>> Appointments::setAsideIds(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT set_aside_id FROM appointment_set_aside WHERE appointment_id = ?"));
    q.addBindValue(id);
    QList<qint64> ids;
    if (auto s = eachRow(q, kReadError, [&] { ids.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    return ids;
}

Status Appointments::followSetAsides(const Appointment& old, const Appointment& a)
{
    const bool over = !old.isActive() || a.status == AppointmentStatus::Done || !a.isActive();
    if (!over && old.day == a.day && old.startMin == a.startMin)
        return Status::success();
    auto ids = setAsideIds(a.id);
    if (!ids)
        return ids.error();
    SetAsides setAsides(m_db, m_clock, m_calendar);
    // After the visit, or when it will not take place, the copies go back to the shelf.
    if (over)
        return setAsides.release(*ids);
    return setAsides.reschedule(*ids, a.day, setAsideLabel(a));
}

Result<Appointments::Booking> Appointments::save(Appointment a, bool insert, Rules rules)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    std::optional<Appointment> old;
    if (!insert) {
        auto found = find(a.id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("No appointment %1").arg(a.id)};
        old = **found;
        a.uid = old->uid;
        a.created = old->created;
    } else if (a.status != AppointmentStatus::Requested && a.status != AppointmentStatus::Confirmed &&
               rules == Rules::Desk) {
        return Error{tr("A new appointment is requested or confirmed, not %1").arg(label(a.status))};
    }

    // The visitor: a borrower found by card, whose structure type and commune
    // are copied for the statistics (the name stays in the borrower's record).
    Visitor& v = a.visitor;
    if (v.kind == Visitor::Kind::Borrower && (insert || !v.card.isEmpty() || v.borrowerId != 0)) {
        Borrowers borrowers(m_db, m_clock);
        Result<std::optional<Borrower>> b =
            !v.card.trimmed().isEmpty() ? borrowers.byCard(v.card.trimmed()) : borrowers.find(v.borrowerId);
        if (!b)
            return b.error();
        if (!b->has_value()) {
            if (insert || old->visitor.borrowerId != 0)
                return Error{tr("No borrower has the card “%1”").arg(v.card.trimmed())};
        } else {
            v.borrowerId = (*b)->id;
            v.structureType = (*b)->structureType;
            v.commune = (*b)->commune;
            v.structure = (*b)->structure;
        }
        v.name.clear();
        v.contact.clear();
        v.function.clear();
    } else if (v.kind == Visitor::Kind::Named) {
        v.name = v.name.trimmed();
        if (v.name.isEmpty())
            return Error{tr("A named visitor needs a name")};
        v.borrowerId = 0;
    } else if (v.kind == Visitor::Kind::Anonymous) {
        v = Visitor{Visitor::Kind::Anonymous, 0, {}, {}, {}, v.structureType, {}, v.commune.trimmed(), {}};
    }

    // The descriptors of the topic.
    QList<qint64> subjectIds;
    QStringList labels;
    Thesaurus thesaurus(m_db, m_clock);
    for (const QString& label : a.subjects) {
        if (label.trimmed().isEmpty())
            continue;
        auto d = thesaurus.find(label.trimmed());
        if (!d)
            return d.error();
        if (!d->has_value())
            return Error{tr("“%1” is not a descriptor of the thesaurus").arg(label.trimmed())};
        if (!subjectIds.contains((*d)->id)) {
            subjectIds.append((*d)->id);
            labels.append((*d)->label);
        }
    }
    a.subjects = labels;

    const bool moved = insert || old->day != a.day || old->startMin != a.startMin ||
                       old->lengthMin != a.lengthMin || (!old->isActive() && a.isActive());
    if (moved && a.isActive()) {
        auto reason = refusal(a.day, a.startMin, a.lengthMin, a.id, rules);
        if (!reason)
            return reason.error();
        if (!reason->isEmpty()) {
            auto nearest = nearestFree(a.day, a.startMin, a.lengthMin, 3, a.id);
            if (!nearest)
                return nearest.error();
            tx->rollback();
            return Booking{0, *reason, *nearest};
        }
    }

    const QDateTime at = m_clock.now();
    if (insert) {
        if (a.uid.trimmed().isEmpty())
            a.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@infodoc");
        a.created = at;
    }
    a.updated = at;
    QSqlQuery q(db);
    if (insert) {
        q.prepare(QStringLiteral(
            "INSERT INTO appointment (day, start_min, length_min, visitor_kind, borrower_id, name, name_key, "
            "structure, structure_type, function, commune, contact, purpose, topic, status, notes, "
            "follow_up, uid, "
            "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE appointment SET day = ?, start_min = ?, length_min = ?, visitor_kind = ?, borrower_id = "
            "?, "
            "name = ?, name_key = ?, structure = ?, structure_type = ?, function = ?, commune = ?, contact = "
            "?, "
            "purpose = ?, topic = ?, status = ?, notes = ?, follow_up = ?, uid = ?, created = ?, updated = ? "
            "WHERE id = ?"));
    }
    const bool borrower = v.kind == Visitor::Kind::Borrower;
    q.addBindValue(a.day.toString(Qt::ISODate));
    q.addBindValue(a.startMin);
    q.addBindValue(a.lengthMin);
    q.addBindValue(key(v.kind));
    q.addBindValue(v.borrowerId != 0 ? QVariant(v.borrowerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlText(borrower ? QString() : v.name));
    q.addBindValue(sqlText(borrower ? QString() : text::foldedWords(v.name).join(u' ')));
    q.addBindValue(sqlText(v.structure.trimmed()));
    q.addBindValue(Borrowers::key(v.structureType));
    q.addBindValue(sqlText(borrower ? QString() : v.function.trimmed()));
    q.addBindValue(sqlText(v.commune.trimmed()));
    q.addBindValue(sqlText(borrower ? QString() : v.contact.trimmed()));
    q.addBindValue(key(a.purpose));
    q.addBindValue(sqlText(a.topic.trimmed()));
    q.addBindValue(key(a.status));
    q.addBindValue(sqlText(a.notes));
    q.addBindValue(sqlText(a.followUp));
    q.addBindValue(a.uid);
    q.addBindValue(stamp(a.created));
    q.addBindValue(stamp(a.updated));
    if (!insert)
        q.addBindValue(a.id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    if (insert)
        a.id = q.lastInsertId().toLongLong();

    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM appointment_subject WHERE appointment_id = ?"));
    del.addBindValue(a.id);
    if (auto s = execOrError(del, kSaveError); !s)
        return s.error();
    QSqlQuery sub(db);
    sub.prepare(QStringLiteral("INSERT INTO appointment_subject (appointment_id, subject_id) VALUES (?, ?)"));
    for (qint64 id : subjectIds) {
        sub.bindValue(0, a.id);
        sub.bindValue(1, id);
        if (auto s = execOrError(sub, kSaveError); !s)
            return s.error();
    }
    if (old) {
        if (auto s = visits::addToTotals(db, *old, -1); !s)
            return s.error();
    }
    if (auto s = visits::addToTotals(db, a, +1); !s)
        return s.error();
    if (old) {
        if (auto s = followSetAsides(*old, a); !s)
            return s.error();
    }
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Appointment, a.id,
                                       insert ? ChangeJournal::Op::Insert : ChangeJournal::Op::Update, at);
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return Booking{a.id, {}, {}};
}

Status Appointments::setStatus(qint64 id, AppointmentStatus status)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No appointment %1").arg(id)};
    Appointment a = **found;
    if (a.status == status)
        return Status::success();
    if ((status == AppointmentStatus::Done || status == AppointmentStatus::NoShow) && a.day > today())
        return Error{tr("The appointment of %1 has not taken place yet").arg(whenLabel(a))};
    a.status = status;
    auto saved = save(a, false, Rules::Desk);
    if (!saved)
        return saved.error();
    if (!saved->booked())
        return Error{saved->refusal};
    return Status::success();
}

} // namespace infodoc::core

#include "core/requests/Requests.h"

#include "core/requests/RequestTotals_p.h"

#include "core/catalog/RecordRepository.h"
#include "core/catalog/RecordSaver.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/Borrowers.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/output/Bibliography.h"
#include "core/output/BibliographyWriter.h"
#include "core/output/CentreIdentity.h"
#include "core/output/ExperienceSheets.h"
#include "core/output/OutputTotals.h"
#include "core/output/SheetTemplate.h"
#include "core/output/SheetWriter.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the requests");
const char* const kSaveError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the request");
const char* const kStaffError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read or write the list of staff");

constexpr qint64 kMaxDocument = 50 * 1024 * 1024;

// A borrower's name and contact are read from their own record, never copied.
const QString kSelect = QStringLiteral(
    "SELECT q.id, q.requester_kind, COALESCE(q.borrower_id, 0), "
    "CASE WHEN q.requester_kind = 'borrower' THEN COALESCE(b.name, '') ELSE q.name END, "
    "COALESCE(b.card, ''), "
    "CASE WHEN q.requester_kind = 'borrower' THEN COALESCE(b.structure, q.structure) ELSE q.structure END, "
    "q.structure_type, "
    "CASE WHEN q.requester_kind = 'borrower' THEN COALESCE(b.function, q.function) ELSE q.function END, "
    "q.commune, CASE WHEN q.requester_kind = 'borrower' THEN COALESCE(b.email, '') ELSE q.contact END, "
    "q.channel, q.received, COALESCE(q.wanted, ''), q.question, q.status, q.staff, q.answer, "
    "COALESCE(q.answered, ''), COALESCE(q.appointment_id, 0), COALESCE(q.answer_record_id, 0), q.created, "
    "q.updated FROM info_request q LEFT JOIN borrower b ON b.id = q.borrower_id ");

Visitor::Kind kindFromKey(const QString& key)
{
    if (key == QLatin1String("borrower"))
        return Visitor::Kind::Borrower;
    if (key == QLatin1String("named"))
        return Visitor::Kind::Named;
    return Visitor::Kind::Anonymous;
}

InfoRequest fromRow(const QSqlQuery& q)
{
    InfoRequest r;
    r.id = q.value(0).toLongLong();
    r.requester.kind = kindFromKey(q.value(1).toString());
    r.requester.borrowerId = q.value(2).toLongLong();
    r.requester.name = q.value(3).toString();
    r.requester.card = q.value(4).toString();
    r.requester.structure = q.value(5).toString();
    r.requester.structureType =
        Borrowers::structureTypeFromKey(q.value(6).toString()).value_or(StructureType::Other);
    r.requester.function = q.value(7).toString();
    r.requester.commune = q.value(8).toString();
    r.requester.contact = q.value(9).toString();
    r.channel = Requests::channelFromKey(q.value(10).toString()).value_or(RequestChannel::Phone);
    r.received = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    r.wanted = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.question = q.value(13).toString();
    r.status = Requests::statusFromKey(q.value(14).toString()).value_or(RequestStatus::New);
    r.staff = q.value(15).toString();
    r.answer = q.value(16).toString();
    r.answered = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    r.appointmentId = q.value(18).toLongLong();
    r.answerRecordId = q.value(19).toLongLong();
    r.created = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    r.updated = QDateTime::fromString(q.value(21).toString(), Qt::ISODate);
    return r;
}

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QVariant dayOrNull(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The descriptors and the records given of the requests read.
Status readLinks(const QSqlDatabase& db, QList<InfoRequest>& list)
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
    q.prepare(QStringLiteral("SELECT x.request_id, s.label FROM info_request_subject x JOIN subject s ON "
                             "s.id = x.subject_id WHERE x.request_id IN (%1) ORDER BY x.request_id, s.label")
                  .arg(sqlIdList(ids)));
    if (auto s = eachRow(
            q, kReadError,
            [&] { list[index.value(q.value(0).toLongLong())].subjects.append(q.value(1).toString()); });
        !s)
        return s;
    QSqlQuery r(db);
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT request_id, record_id FROM info_request_record WHERE request_id IN (%1) "
                             "ORDER BY request_id, position")
                  .arg(sqlIdList(ids)));
    return eachRow(r, kReadError, [&] {
        list[index.value(r.value(0).toLongLong())].records.append(r.value(1).toLongLong());
    });
}

// The themes (top terms) of descriptors, for the monthly totals.
Result<QStringList> themesOf(Database& db, const Clock& clock, const QStringList& subjects)
{
    Thesaurus thesaurus(db, clock);
    QStringList themes;
    for (const QString& s : subjects) {
        auto t = thesaurus.theme(s);
        if (!t)
            return t.error();
        if (!themes.contains(*t))
            themes.append(*t);
    }
    return themes;
}

} // namespace

Requests::Requests(Database& db, const Clock& clock, Calendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

Result<Requests> Requests::open(Database& db, const Clock& clock)
{
    auto calendar = Calendar::load(db);
    if (!calendar)
        return calendar.error();
    return Requests(db, clock, *calendar);
}

QDate Requests::today() const
{
    return m_calendar.today(m_clock);
}

QList<RequestStatus> Requests::statuses()
{
    return {RequestStatus::New, RequestStatus::InProgress, RequestStatus::Waiting, RequestStatus::Answered,
            RequestStatus::Closed};
}

QString Requests::key(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return QStringLiteral("new");
    case RequestStatus::InProgress:
        return QStringLiteral("in_progress");
    case RequestStatus::Waiting:
        return QStringLiteral("waiting");
    case RequestStatus::Answered:
        return QStringLiteral("answered");
    case RequestStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString Requests::label(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return tr("New");
    case RequestStatus::InProgress:
        return tr("In progress");
    case RequestStatus::Waiting:
        return tr("Waiting for the requester");
    case RequestStatus::Answered:
        return tr("Answered");
    case RequestStatus::Closed:
        return tr("Closed");
    }
    return {};
}

std::optional<RequestStatus> Requests::statusFromKey(const QString& key)
{
    for (RequestStatus s : statuses())
        if (Requests::key(s) == key)
            return s;
    return std::nullopt;
}

QList<RequestChannel> Requests::channels()
{
    return {RequestChannel::Phone, RequestChannel::Email, RequestChannel::Visit, RequestChannel::Letter,
            RequestChannel::Appointment};
}

QString Requests::key(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Phone:
        return QStringLiteral("phone");
    case RequestChannel::Email:
        return QStringLiteral("email");
    case RequestChannel::Visit:
        return QStringLiteral("visit");
    case RequestChannel::Letter:
        return QStringLiteral("letter");
    case RequestChannel::Appointment:
        return QStringLiteral("appointment");
    }
    return {};
}

QString Requests::label(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Phone:
        return tr("Telephone");
    case RequestChannel::Email:
        return tr("E-mail");
    case RequestChannel::Visit:
        return tr("Visit without appointment");
    case RequestChannel::Letter:
        return tr("Letter");
    case RequestChannel::Appointment:
        return tr("Appointment");
    }
    return {};
}

std::optional<RequestChannel> Requests::channelFromKey(const QString& key)
{
    for (RequestChannel c : channels())
        if (Requests::key(c) == key)
            return c;
    return std::nullopt;
}

QString Requests::requesterLabel(const Visitor& v)
{
    QString name = v.name.trimmed();
    if (v.kind == Visitor::Kind::Borrower && name.isEmpty())
        name = tr("Borrower deleted");
    if (v.kind == Visitor::Kind::Anonymous || name.isEmpty()) {
        if (!v.commune.trimmed().isEmpty())
            return tr("Anonymous requester (%1, %2)")
                .arg(Borrowers::label(v.structureType), v.commune.trimmed());
        return tr("Anonymous requester (%1)").arg(Borrowers::label(v.structureType));
    }
    if (!v.structure.trimmed().isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, v.structure.trimmed());
    return name;
}

Result<QStringList> Requests::staff(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("requests.staff"), kStaffError);
    if (!values)
        return values.error();
    const QString text = values->value(QStringLiteral("requests.staff"));
    if (text.isEmpty())
        return QStringList();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return Error{tr("The list of staff in the settings is damaged")};
    QStringList names;
    for (const QJsonValue& v : doc.array())
        names.append(v.toString());
    return names;
}

Status Requests::setStaff(Database& db, const QStringList& names)
{
    QStringList clean;
    for (const QString& n : names) {
        const QString t = n.simplified();
        if (!t.isEmpty() && !clean.contains(t))
            clean.append(t);
    }
    return Settings::write(
        db,
        {{QStringLiteral("requests.staff"),
          QString::fromUtf8(
              QJsonDocument(QJsonArray::fromStringList(clean)).toJson(QJsonDocument::Compact))}},
        kStaffError);
}

Result<qint64> Requests::add(InfoRequest request)
{
    return save(std::move(request), true);
}

Status Requests::update(const InfoRequest& request)
{
    auto saved = save(request, false);
    if (!saved)
        return saved.error();
    return Status::success();
}

Result<qint64> Requests::save(InfoRequest r, bool insert)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    std::optional<InfoRequest> old;
    if (!insert) {
        auto found = find(r.id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("No request %1").arg(r.id)};
        old = **found;
        r.created = old->created;
        r.answerRecordId = old->answerRecordId;
    }
    r.question = r.question.trimmed();
    if (r.question.isEmpty())
        return Error{tr("A request needs its question")};
    if (!r.received.isValid())
        r.received = today();
    if (r.received > today())
        return Error{tr("The request is received on %1, after today").arg(r.received.toString(Qt::ISODate))};
    if (r.wanted.isValid() && r.wanted < r.received)
        return Error{tr("The request is wanted by %1, before it was received (%2)")
                         .arg(r.wanted.toString(Qt::ISODate), r.received.toString(Qt::ISODate))};
    if (!r.isOpen() && !r.answered.isValid())
        r.answered = old && old->answered.isValid() ? old->answered : today();
    if (r.isOpen())
        r.answered = QDate();
    if (r.answered.isValid() && r.answered < r.received)
        return Error{tr("The request is answered on %1, before it was received (%2)")
                         .arg(r.answered.toString(Qt::ISODate), r.received.toString(Qt::ISODate))};

    // The requester: a borrower found by card, whose structure type and
    // commune are copied for the statistics (the name stays in their record).
    Visitor& v = r.requester;
    if (v.kind == Visitor::Kind::Borrower && (insert || !v.card.isEmpty() || v.borrowerId != 0)) {
        Borrowers borrowers(m_db, m_clock);
        Result<std::optional<Borrower>> b =
            !v.card.trimmed().isEmpty() ? borrowers.byCard(v.card.trimmed()) : borrowers.find(v.borrowerId);
        if (!b)
            return b.error();
        if (!b->has_value()) {
            if (insert || old->requester.borrowerId != 0)
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
            return Error{tr("A named requester needs a name")};
        v.borrowerId = 0;
    } else if (v.kind == Visitor::Kind::Anonymous) {
        v = Visitor{Visitor::Kind::Anonymous, 0, {}, {}, {}, v.structureType, {}, v.commune.trimmed(), {}};
    }

    // The theme as descriptors of the thesaurus.
    QList<qint64> subjectIds;
    QStringList labels;
    Thesaurus thesaurus(m_db, m_clock);
    for (const QString& label : std::as_const(r.subjects)) {
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
    r.subjects = labels;

    // The records given must exist.
    QList<qint64> records;
    for (qint64 id : std::as_const(r.records))
        if (!records.contains(id))
            records.append(id);
    if (!records.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM record WHERE id IN (%1)").arg(sqlIdList(records)));
        QSet<qint64> found;
        if (auto s = eachRow(q, kReadError, [&] { found.insert(q.value(0).toLongLong()); }); !s)
            return s.error();
        for (qint64 id : std::as_const(records))
            if (!found.contains(id))
                return Error{tr("Record n° %1 is not in the catalogue").arg(id)};
    }
    r.records = records;

    if (r.appointmentId != 0 && (insert || old->appointmentId != r.appointmentId)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM appointment WHERE id = ?"));
        q.addBindValue(r.appointmentId);
        if (!q.exec())
            return sqlError(q, kReadError);
        if (!q.next())
            return Error{tr("No appointment %1").arg(r.appointmentId)};
    }

    const QDateTime at = m_clock.now();
    if (insert)
        r.created = at;
    r.updated = at;
    QSqlQuery q(db);
    if (insert) {
        q.prepare(QStringLiteral(
            "INSERT INTO info_request (asked_as, requester_kind, borrower_id, name, name_key, structure, "
            "structure_type, "
            "function, commune, contact, channel, received, wanted, question, status, staff, answer, "
            "answered, appointment_id, answer_record_id, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE info_request SET requester_kind = ?, borrower_id = ?, name = ?, name_key = ?, structure "
            "= "
            "?, structure_type = ?, function = ?, commune = ?, contact = ?, channel = ?, received = ?, "
            "wanted = ?, question = ?, status = ?, staff = ?, answer = ?, answered = ?, appointment_id = ?, "
            "answer_record_id = ?, created = ?, updated = ? WHERE id = ?"));
    }
    const bool borrower = v.kind == Visitor::Kind::Borrower;
    if (insert)
        q.addBindValue(Appointments::key(v.kind));
    q.addBindValue(Appointments::key(v.kind));
    q.addBindValue(idOrNull(v.borrowerId));
    q.addBindValue(sqlText(borrower ? QString() : v.name));
    q.addBindValue(sqlText(borrower ? QString() : text::foldedWords(v.name).join(u' ')));
    q.addBindValue(sqlText(v.structure.trimmed()));
    q.addBindValue(Borrowers::key(v.structureType));
    q.addBindValue(sqlText(borrower ? QString() : v.function.trimmed()));
    q.addBindValue(sqlText(v.commune.trimmed()));
    q.addBindValue(sqlText(borrower ? QString() : v.contact.trimmed()));
    q.addBindValue(key(r.channel));
    q.addBindValue(r.received.toString(Qt::ISODate));
    q.addBindValue(dayOrNull(r.wanted));
    q.addBindValue(r.question);
    q.addBindValue(key(r.status));
    q.addBindValue(sqlText(r.staff.simplified()));
    q.addBindValue(sqlText(r.answer));
    q.addBindValue(dayOrNull(r.answered));
    q.addBindValue(idOrNull(r.appointmentId));
    q.addBindValue(idOrNull(r.answerRecordId));
    q.addBindValue(stamp(r.created));
    q.addBindValue(stamp(r.updated));
    if (!insert)
        q.addBindValue(r.id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    if (insert)
        r.id = q.lastInsertId().toLongLong();

    for (const char* table : {"info_request_subject", "info_request_record"}) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)));
        del.addBindValue(r.id);
        if (auto s = execOrError(del, kSaveError); !s)
            return s.error();
    }
    QSqlQuery sub(db);
    sub.prepare(QStringLiteral("INSERT INTO info_request_subject (request_id, subject_id) VALUES (?, ?)"));
    for (qint64 id : std::as_const(subjectIds)) {
        sub.bindValue(0, r.id);
        sub.bindValue(1, id);
        if (auto s = execOrError(sub, kSaveError); !s)
            return s.error();
    }
    QSqlQuery rec(db);
    rec.prepare(
        QStringLiteral("INSERT INTO info_request_record (request_id, record_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < records.size(); ++i) {
        rec.bindValue(0, r.id);
        rec.bindValue(1, records.at(i));
        rec.bindValue(2, i);
        if (auto s = execOrError(rec, kSaveError); !s)
            return s.error();
    }
    // The monthly totals: exactly what was counted before goes, the new count comes.
    QString askedAs = Appointments::key(r.requester.kind);
    if (old) {
        QSqlQuery c(db);
        c.prepare(QStringLiteral("SELECT counted, asked_as FROM info_request WHERE id = ?"));
        c.addBindValue(r.id);
        if (!c.exec() || !c.next())
            return sqlError(c, kReadError);
        const QJsonDocument counted = QJsonDocument::fromJson(c.value(0).toString().toUtf8());
        // Who asked stays, unless the requester itself was changed.
        if (old->requester.kind == r.requester.kind)
            askedAs = c.value(1).toString();
        c.finish();
        if (auto s = requests::apply(db, counted.array(), -1); !s)
            return s.error();
    }
    auto themes = themesOf(m_db, m_clock, r.subjects);
    if (!themes)
        return themes.error();
    const QJsonArray counted = requests::countRequest(r, askedAs, *themes);
    if (auto s = requests::apply(db, counted, +1); !s)
        return s.error();
    QSqlQuery keep(db);
    keep.prepare(
        QStringLiteral("UPDATE info_request SET counted = ?, asked_as = ?, text_key = ? WHERE id = ?"));
    keep.addBindValue(QString::fromUtf8(QJsonDocument(counted).toJson(QJsonDocument::Compact)));
    keep.addBindValue(askedAs);
    keep.addBindValue(
        text::foldedWords(r.question + u' ' + QTextDocumentFragment::fromHtml(r.answer).toPlainText())
            .join(u' '));
    keep.addBindValue(r.id);
    if (auto s = execOrError(keep, kSaveError); !s)
        return s.error();
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Request, r.id,
                                       insert ? ChangeJournal::Op::Insert : ChangeJournal::Op::Update, at);
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return r.id;
}

Status Requests::setStatus(qint64 id, RequestStatus status)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    InfoRequest r = **found;
    if (r.status == status)
        return Status::success();
    if (status == RequestStatus::Answered && r.answer.trimmed().isEmpty() && r.records.isEmpty())
        return Error{tr("Request %1 has no answer yet: write it or give records first").arg(id)};
    r.status = status;
    return update(r);
}

Status Requests::answer(qint64 id, const QString& answerHtml, const QList<qint64>& records)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    InfoRequest r = **found;
    if (QTextDocumentFragment::fromHtml(answerHtml).toPlainText().trimmed().isEmpty() && records.isEmpty())
        return Error{tr("The answer is empty: write it or give records")};
    r.answer = answerHtml;
    r.records = records;
    if (r.status != RequestStatus::Closed)
        r.status = RequestStatus::Answered;
    if (!r.answered.isValid())
        r.answered = today();
    return update(r);
}

Result<qint64> Requests::fromAppointment(qint64 appointmentId)
{
    auto appointments = Appointments::open(m_db, m_clock);
    if (!appointments)
        return appointments.error();
    auto found = appointments->find(appointmentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No appointment %1").arg(appointmentId)};
    const Appointment& a = **found;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM info_request WHERE appointment_id = ?"));
        q.addBindValue(appointmentId);
        if (!q.exec())
            return sqlError(q, kReadError);
        if (q.next())
            return Error{tr("The appointment %1 already became request %2")
                             .arg(appointmentId)
                             .arg(q.value(0).toLongLong())};
    }
    QString question = a.followUp.trimmed();
    if (question.isEmpty())
        question = a.topic.trimmed();
    if (question.isEmpty())
        return Error{
            tr("The appointment %1 has no follow-up or topic to become a request").arg(appointmentId)};
    InfoRequest r;
    r.requester = a.visitor;
    r.requester.card.clear(); // found again by its number
    r.channel = RequestChannel::Appointment;
    r.received = std::min(today(), std::max(a.day, QDate(1900, 1, 1)));
    r.subjects = a.subjects;
    r.question = question;
    r.appointmentId = a.id;
    if (!a.topic.trimmed().isEmpty() && question != a.topic.trimmed())
        r.question = a.topic.trimmed() + QStringLiteral("\n\n") + question;
    return add(r);
}

Result<std::optional<InfoRequest>> Requests::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE q.id = ?"));
    q.addBindValue(id);
    QList<InfoRequest> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    if (list.isEmpty())
        return std::optional<InfoRequest>();
    if (auto s = readLinks(m_db.connection(), list); !s)
        return s.error();
    return std::optional<InfoRequest>(list.first());
}

Result<QList<InfoRequest>> Requests::list(const RequestFilter& f) const
{
    QStringList where;
    QVariantList values;
    if (f.status) {
        where.append(QStringLiteral("q.status = ?"));
        values.append(key(*f.status));
    }
    if (f.openOnly || f.dueBy.isValid())
        where.append(QStringLiteral("q.status NOT IN ('answered', 'closed')"));
    if (f.dueBy.isValid()) {
        where.append(QStringLiteral("q.wanted IS NOT NULL AND q.wanted <= ?"));
        values.append(f.dueBy.toString(Qt::ISODate));
    }
    if (!f.staff.trimmed().isEmpty()) {
        where.append(QStringLiteral("q.staff = ?"));
        values.append(f.staff.simplified());
    }
    if (f.from.isValid()) {
        where.append(QStringLiteral("q.received >= ?"));
        values.append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        where.append(QStringLiteral("q.received <= ?"));
        values.append(f.to.toString(Qt::ISODate));
    }
    if (!f.subject.trimmed().isEmpty()) {
        Thesaurus thesaurus(m_db, m_clock);
        auto d = thesaurus.find(f.subject.trimmed());
        if (!d)
            return d.error();
        if (!d->has_value())
            return Error{tr("“%1” is not a descriptor of the thesaurus").arg(f.subject.trimmed())};
        auto below = thesaurus.narrowerClosure((*d)->id);
        if (!below)
            return below.error();
        QList<qint64> ids = *below;
        ids.prepend((*d)->id);
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM info_request_subject x WHERE x.request_id = q.id "
                                    "AND x.subject_id IN (%1))")
                         .arg(sqlIdList(ids)));
    }
    // Words of the question or the answer, case and accents ignored.
    for (const QString& w : text::foldedWords(f.text)) {
        where.append(QStringLiteral("(' ' || q.text_key || ' ') LIKE ?"));
        values.append(QString(QStringLiteral("% ") + w + u'%'));
    }
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY q.received DESC, q.id DESC LIMIT ?");
    values.append(std::max(1, f.limit));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    QList<InfoRequest> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    if (auto s = readLinks(m_db.connection(), list); !s)
        return s.error();
    return list;
}

Result<QList<InfoRequest>> Requests::late() const
{
    RequestFilter f;
    f.dueBy = today().addDays(-1);
    auto list = this->list(f);
    if (!list)
        return list.error();
    std::sort(list->begin(), list->end(),
              [](const InfoRequest& a, const InfoRequest& b) { return a.wanted < b.wanted; });
    return list;
}

Result<qint64> Requests::addTime(qint64 id, int minutes, const QString& staff, const QDate& day)
{
    if (minutes < 1 || minutes > 1440)
        return Error{tr("Time spent is 1 to 1,440 minutes, not %1").arg(minutes)};
    const QDate when = day.isValid() ? day : today();
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    const QString who = staff.simplified().isEmpty() ? (*found)->staff : staff.simplified();
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO info_request_time (request_id, staff, day, minutes, created) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(sqlText(who));
    q.addBindValue(when.toString(Qt::ISODate));
    q.addBindValue(minutes);
    q.addBindValue(stamp(at));
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    const qint64 timeId = q.lastInsertId().toLongLong();
    if (auto s = requests::addMinutes(db, when, who, minutes); !s)
        return s.error();
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Request, id, ChangeJournal::Op::Update, at);
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return timeId;
}

Status Requests::removeTime(qint64 timeId)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT request_id, staff, day, minutes FROM info_request_time WHERE id = ?"));
    q.addBindValue(timeId);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{tr("No time entry %1").arg(timeId)};
    const qint64 requestId = q.value(0).toLongLong();
    const QString staff = q.value(1).toString();
    const QDate day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    const int minutes = q.value(3).toInt();
    q.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM info_request_time WHERE id = ?"));
    del.addBindValue(timeId);
    if (auto s = execOrError(del, kSaveError); !s)
        return s;
    if (auto s = requests::addMinutes(db, day, staff, -minutes); !s)
        return s;
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Request, requestId,
                                       ChangeJournal::Op::Update, m_clock.now());
        !s)
        return s;
    return tx->commit();
}

Result<QList<TimeEntry>> Requests::times(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, staff, day, minutes FROM info_request_time WHERE request_id = ? ORDER BY day, id"));
    q.addBindValue(id);
    QList<TimeEntry> list;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             list.append({q.value(0).toLongLong(), q.value(1).toString(),
                                          QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                          q.value(3).toInt()});
                         });
        !s)
        return s.error();
    return list;
}

Result<int> Requests::totalMinutes(qint64 id) const
{
    auto list = times(id);
    if (!list)
        return list.error();
    int total = 0;
    for (const TimeEntry& t : *list)
        total += t.minutes;
    return total;
}

Result<qint64> Requests::attach(qint64 id, const QString& fileName, const QByteArray& content)
{
    return attachAs(id, fileName, content, QStringLiteral("file"));
}

Result<qint64> Requests::attachAs(qint64 id, const QString& fileName, const QByteArray& content,
                                  const QString& kind)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty() || name.startsWith(u'.'))
        return Error{tr("“%1” is not a file name").arg(fileName)};
    if (content.size() > kMaxDocument)
        return Error{tr("“%1” is larger than 50 MB: it is not kept with the request").arg(name)};
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO info_request_document (request_id, kind, file_name, mime_type, size, "
                       "sha256, content, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(name);
    q.addBindValue(QMimeDatabase().mimeTypeForFileNameAndData(name, content).name());
    q.addBindValue(qint64(content.size()));
    q.addBindValue(
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(content);
    q.addBindValue(stamp(at));
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    const qint64 documentId = q.lastInsertId().toLongLong();
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Request, id, ChangeJournal::Op::Update, at);
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return documentId;
}

Result<QList<RequestDocument>> Requests::documents(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, file_name, mime_type, size, sha256, added FROM info_request_document "
                       "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(id);
    QList<RequestDocument> list;
    if (auto s =
            eachRow(q, kReadError,
                    [&] {
                        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toLongLong(), q.value(4).toString(),
                                     QDateTime::fromString(q.value(5).toString(), Qt::ISODate)});
                    });
        !s)
        return s.error();
    return list;
}

Result<QByteArray> Requests::documentContent(qint64 documentId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content, sha256 FROM info_request_document WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{tr("No document %1 kept with a request").arg(documentId)};
    const QByteArray content = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) !=
        q.value(1).toString())
        return Error{tr("The document %1 kept with a request is damaged").arg(documentId)};
    return content;
}

Status Requests::removeDocument(qint64 documentId)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT request_id FROM info_request_document WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{tr("No document %1 kept with a request").arg(documentId)};
    const qint64 requestId = q.value(0).toLongLong();
    q.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM info_request_document WHERE id = ?"));
    del.addBindValue(documentId);
    if (auto s = execOrError(del, kSaveError); !s)
        return s;
    if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Request, requestId,
                                       ChangeJournal::Op::Update, m_clock.now());
        !s)
        return s;
    return tx->commit();
}

Result<qint64> Requests::produceBibliography(qint64 id, const QString& formatKey)
{
    const auto format = BibliographyWriter::formatFromKey(formatKey);
    if (!format)
        return Error{
            tr("Unknown format “%1” (formats: %2)").arg(formatKey, BibliographyWriter::formatKeys())};
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    const InfoRequest& r = **found;
    if (r.records.isEmpty())
        return Error{tr("Request %1 gives no records yet: there is nothing to list").arg(id)};
    BibliographyOptions options;
    options.holdings = true;
    QString question = r.question.simplified();
    if (question.size() > 120)
        question = question.left(119).trimmed() + u'…';
    options.title = tr("Bibliography — %1").arg(question);
    auto bibliography = BibliographyBuilder::fromCatalogue(m_db, r.records, options);
    if (!bibliography)
        return bibliography.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{tr("Cannot make a temporary folder for the bibliography: %1").arg(dir.errorString())};
    const QString suffix = formatKey == QLatin1String("csl-json") ? QStringLiteral("json")
                           : formatKey == QLatin1String("bibtex") ? QStringLiteral("bib")
                                                                  : formatKey;
    const QString name = tr("bibliography-request-%1").arg(id) + u'.' + suffix;
    const QString path = dir.filePath(name);
    if (auto s = BibliographyWriter::write(*bibliography, *format, path); !s)
        return s.error();
    if (auto s = OutputTotals::count(m_db, OutputTotals::Kind::Bibliography, today()); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return attachAs(id, name, file.readAll(), QStringLiteral("bibliography"));
}

Result<qint64> Requests::produceSheets(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    ExperienceSheets sheets(m_db);
    const auto among = sheets.sheetsAmong((*found)->records);
    if (!among)
        return among.error();
    const QList<qint64>& ids = *among;
    if (ids.isEmpty())
        return Error{tr("None of the records given for request %1 is an experience sheet").arg(id)};
    SheetWriter::Options layout;
    const auto centre = CentreSettings(m_db).load();
    if (!centre)
        return centre.error();
    layout.centre = *centre;
    const auto stored = SheetTemplates::load(m_db);
    if (!stored)
        return stored.error();
    layout.layout = *stored;
    auto documents = sheets.load(ids, layout.layout);
    if (!documents)
        return documents.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{tr("Cannot make a temporary folder for the sheets: %1").arg(dir.errorString())};
    const QString name = tr("experience-sheets-request-%1").arg(id) + QStringLiteral(".pdf");
    const QString path = dir.filePath(name);
    if (auto s = SheetWriter::write(*documents, layout, SheetWriter::Format::Pdf, path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return attachAs(id, name, file.readAll(), QStringLiteral("sheets"));
}

Result<qint64> Requests::capitalise(qint64 id, const QString& title)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No request %1").arg(id)};
    const InfoRequest& r = **found;
    if (r.isOpen())
        return Error{
            tr("Request %1 is not answered yet: only an answer is kept for the next question").arg(id)};
    const QString answer = QTextDocumentFragment::fromHtml(r.answer).toPlainText().trimmed();

    Record record;
    RecordRepository records(m_db, m_clock);
    if (r.answerRecordId != 0) {
        auto exists = records.exists(r.answerRecordId);
        if (!exists)
            return exists.error();
        if (*exists) {
            auto existing = records.get(r.answerRecordId);
            if (!existing)
                return existing.error();
            record = *existing;
        }
    }
    record.type = DocumentType::DocumentaryAnswer;
    QString t = title.simplified();
    if (t.isEmpty())
        t = record.id != 0 ? record.title : r.question.simplified();
    if (t.size() > 200)
        t = t.left(199).trimmed() + u'…';
    record.title = t;
    record.genre = tr("Documentary answer");
    record.date = r.answered.toString(Qt::ISODate);
    record.subjects = r.subjects;
    record.abstract = r.question;
    // The answer, then the records it gave: the next similar question starts from them.
    QStringList given;
    for (qint64 recordId : r.records) {
        auto exists = records.exists(recordId);
        if (!exists)
            return exists.error();
        if (!*exists)
            continue;
        auto summary = records.get(recordId);
        if (!summary)
            return summary.error();
        const Record& g = *summary;
        QString line = QStringLiteral("- ") + g.title;
        if (!g.authorsDisplay().isEmpty())
            line += QStringLiteral(" / ") + g.authorsDisplay();
        if (g.year() > 0)
            line += QStringLiteral(", %1").arg(g.year());
        line += tr(" (record n° %1)").arg(g.id);
        given.append(line);
    }
    record.notes = answer;
    if (!given.isEmpty())
        record.notes += (answer.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                        tr("Records given in answer:") + u'\n' + given.join(u'\n');

    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    RecordSaver saver(m_db, m_clock);
    auto saved = saver.save({record, {}, {}}, RecordSaver::Duplicates::Accept);
    if (!saved)
        return saved.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE info_request SET answer_record_id = ?, updated = ? WHERE id = ?"));
    q.addBindValue(saved->id);
    q.addBindValue(stamp(m_clock.now()));
    q.addBindValue(id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    qCInfo(lcRequests) << "request" << id << "kept as the documentary answer record" << saved->id;
    return saved->id;
}

Result<QList<Requests::Totals>> Requests::totals(const QString& fromMonth, const QString& toMonth) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT month, event, dimension, value, total FROM request_month WHERE month BETWEEN ? "
        "AND ? ORDER BY month, event, dimension, value"));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    QList<Totals> list;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toInt()});
                         });
        !s)
        return s.error();
    return list;
}

// ---- Quick tallies

QuickTallies::QuickTallies(Database& db, const Clock& clock, Calendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

Result<QuickTallies> QuickTallies::open(Database& db, const Clock& clock)
{
    auto calendar = Calendar::load(db);
    if (!calendar)
        return calendar.error();
    return QuickTallies(db, clock, *calendar);
}

QDate QuickTallies::today() const
{
    return m_calendar.today(m_clock);
}

Result<qint64> QuickTallies::add(RequestChannel channel, const QString& subject, const QDate& day)
{
    const QDate when = day.isValid() ? day : m_calendar.today(m_clock);
    QString label, theme;
    if (!subject.trimmed().isEmpty()) {
        Thesaurus thesaurus(m_db, m_clock);
        auto d = thesaurus.find(subject.trimmed());
        if (!d)
            return d.error();
        if (!d->has_value())
            return Error{Requests::tr("“%1” is not a descriptor of the thesaurus").arg(subject.trimmed())};
        label = (*d)->label;
        auto t = thesaurus.theme(label);
        if (!t)
            return t.error();
        theme = *t;
    }
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO quick_tally (day, channel, subject, theme, created) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(when.toString(Qt::ISODate));
    q.addBindValue(Requests::key(channel));
    q.addBindValue(sqlText(label));
    q.addBindValue(sqlText(theme));
    q.addBindValue(stamp(m_clock.now()));
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = requests::addTally(db, when, Requests::key(channel), label, theme, +1); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Status QuickTallies::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT day, channel, subject, theme FROM quick_tally WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{tr("No quick tally %1").arg(id)};
    const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QString channel = q.value(1).toString();
    const QString label = q.value(2).toString();
    const QString theme = q.value(3).toString();
    q.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM quick_tally WHERE id = ?"));
    del.addBindValue(id);
    if (auto s = execOrError(del, kSaveError); !s)
        return s;
    if (auto s = requests::addTally(db, day, channel, label, theme, -1); !s)
        return s;
    return tx->commit();
}

Result<int> QuickTallies::countOn(const QDate& day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM quick_tally WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return sqlError(q, kReadError);
    return q.value(0).toInt();
}

} // namespace infodoc::core

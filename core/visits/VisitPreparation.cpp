#include "core/visits/VisitPreparation.h"

#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/Clock.h"
#include "core/output/Bibliography.h"
#include "core/output/DocumentFile.h"
#include "core/output/OutputTotals.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/visits/Appointments.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the selection of the visit");
const char* const kWriteError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the selection of the visit");

// Records suggested from each source, before they are merged.
constexpr int kPerSource = 100;
// Selected records whose neighbours are looked for.
constexpr int kSimilarOf = 5;

bool onShelf(CopyStatus status)
{
    return status == CopyStatus::Available || status == CopyStatus::ReferenceOnly;
}

// Why a record has no copy to take from the shelf: the first due date of its loans, or none at all.
QString notOnShelf(const Record& record)
{
    QDate due;
    for (const Copy& c : record.copies)
        if (c.status == CopyStatus::OnLoan && (!due.isValid() || c.due < due))
            due = c.due;
    return due.isValid()
               ? VisitPreparation::tr("on loan until %1").arg(QLocale().toString(due, QLocale::ShortFormat))
               : VisitPreparation::tr("no copy on the shelf");
}

QString key(VisitPreparation::ChosenBy by)
{
    return by == VisitPreparation::ChosenBy::Visitor ? QStringLiteral("visitor")
                                                     : QStringLiteral("documentalist");
}

VisitDocument documentOf(const Record& r)
{
    VisitDocument d;
    d.recordId = r.id;
    d.title = r.title;
    d.authors = r.authorsDisplay();
    d.year = r.year();
    for (const Copy& c : r.copies) {
        if (c.status == CopyStatus::Lost || c.status == CopyStatus::Withdrawn)
            continue;
        if (d.callNumber.isEmpty())
            d.callNumber = c.callNumber;
        ++d.copies;
        if (onShelf(c.status))
            ++d.available;
    }
    return d;
}

} // namespace

VisitPreparation::VisitPreparation(Database& db, const Clock& clock, Appointments& appointments)
    : m_db(db), m_clock(clock), m_appointments(appointments)
{}

Result<Appointment> VisitPreparation::appointment(qint64 id) const
{
    auto found = m_appointments.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("No appointment %1").arg(id)};
    return **found;
}

Result<QList<VisitDocument>> VisitPreparation::documents(const QList<qint64>& recordIds) const
{
    RecordRepository records(m_db, m_clock);
    QList<VisitDocument> list;
    list.reserve(recordIds.size());
    for (qint64 id : recordIds) {
        auto record = records.get(id);
        if (!record)
            return record.error();
        list.append(documentOf(*record));
    }
    return list;
}

Result<QList<VisitPreparation::Item>> VisitPreparation::selection(qint64 appointmentId) const
{
    if (auto a = appointment(appointmentId); !a)
        return a.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT record_id, chosen_by, consulted FROM appointment_item WHERE "
                             "appointment_id = ? ORDER BY position"));
    q.addBindValue(appointmentId);
    QList<qint64> ids;
    QList<Item> items;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             ids.append(q.value(0).toLongLong());
                             Item item;
                             item.chosenBy = q.value(1).toString() == QLatin1String("visitor")
                                                 ? ChosenBy::Visitor
                                                 : ChosenBy::Documentalist;
                             item.consulted = q.value(2).toBool();
                             items.append(item);
                         });
        !s)
        return s.error();
    auto docs = documents(ids);
    if (!docs)
        return docs.error();
    for (int i = 0; i < items.size(); ++i)
        items[i].document = docs->at(i);
    return items;
}

Status VisitPreparation::select(qint64 appointmentId, const QList<qint64>& recordIds, ChosenBy by)
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    if (a->status == AppointmentStatus::Cancelled || a->status == AppointmentStatus::NoShow)
        return Error{tr("The appointment of %1 is %2: its selection cannot change.")
                         .arg(Appointments::whenLabel(*a), Appointments::label(a->status))};
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    RecordRepository records(m_db, m_clock);
    QSqlQuery q(db);
    for (qint64 id : recordIds) {
        auto exists = records.exists(id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error{tr("No record %1: nothing was added to the selection.").arg(id)};
        q.prepare(QStringLiteral(
            "INSERT INTO appointment_item (appointment_id, record_id, chosen_by, position) SELECT ?, ?, ?, "
            "COALESCE(MAX(position), 0) + 1 FROM appointment_item WHERE appointment_id = ? "
            "ON CONFLICT (appointment_id, record_id) DO NOTHING"));
        q.addBindValue(appointmentId);
        q.addBindValue(id);
        q.addBindValue(key(by));
        q.addBindValue(appointmentId);
        if (auto s = execOrError(q, kWriteError); !s)
            return s.error();
    }
    return tx->commit();
}

Status VisitPreparation::unselect(qint64 appointmentId, const QList<qint64>& recordIds)
{
    if (auto a = appointment(appointmentId); !a)
        return a.error();
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto aside = setAsides(appointmentId);
    if (!aside)
        return aside.error();
    QList<qint64> release;
    for (const SetAside& s : *aside)
        if (recordIds.contains(s.recordId))
            release.append(s.id);
    if (auto s = SetAsides(m_db, m_clock, m_appointments.calendar()).release(release); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM appointment_item WHERE appointment_id = ? AND record_id IN (%1)")
                  .arg(sqlIdList(recordIds)));
    q.addBindValue(appointmentId);
    if (auto s = execOrError(q, kWriteError); !s)
        return s.error();
    return tx->commit();
}

Result<QList<VisitPreparation::Suggestion>>
VisitPreparation::suggest(qint64 appointmentId, const SearchService* search, int limit) const
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    auto chosen = selection(appointmentId);
    if (!chosen)
        return chosen.error();
    QSet<qint64> selected;
    for (const Item& item : *chosen)
        selected.insert(item.document.recordId);

    QHash<qint64, Suggestion> byRecord;
    QList<qint64> order; // first seen first, among equal scores
    auto suggest = [&](qint64 id, int score, const QString& reason) {
        if (selected.contains(id))
            return;
        auto it = byRecord.find(id);
        if (it == byRecord.end()) {
            it = byRecord.insert(id, Suggestion{});
            order.append(id);
        }
        it->score += score;
        if (!it->reasons.contains(reason))
            it->reasons.append(reason);
    };

    // The descriptors with their narrower terms weigh most.
    Thesaurus thesaurus(m_db, m_clock);
    for (const QString& label : a->subjects) {
        auto d = thesaurus.find(label);
        if (!d)
            return d.error();
        if (!d->has_value())
            continue; // the descriptor was removed from the thesaurus since
        auto records = thesaurus.recordsOf((*d)->id);
        if (!records)
            return records.error();
        for (int i = 0; i < records->size() && i < kPerSource; ++i)
            suggest(records->at(i), 10, tr("descriptor: %1").arg(label));
    }
    if (search) {
        if (!a->topic.trimmed().isEmpty()) {
            SearchService::Options options;
            options.query = a->topic.trimmed();
            options.limit = kPerSource;
            options.facets = false;
            options.snippets = false;
            options.narrower = true;
            auto found = search->search(options);
            if (!found)
                return found.error();
            for (int i = 0; i < found->hits.size(); ++i)
                suggest(found->hits.at(i).id, std::max(1, 8 - i / 5),
                        tr("topic: %1").arg(a->topic.trimmed()));
        }
        for (int i = 0; i < chosen->size() && i < kSimilarOf; ++i) {
            const VisitDocument& of = chosen->at(i).document;
            auto similar = search->similar(of.recordId, 10);
            if (!similar)
                return similar.error();
            for (int j = 0; j < similar->size(); ++j)
                suggest(similar->at(j).id, std::max(1, 6 - j / 2), tr("similar to: %1").arg(of.title));
        }
    }

    std::stable_sort(order.begin(), order.end(),
                     [&](qint64 x, qint64 y) { return byRecord.value(x).score > byRecord.value(y).score; });
    if (order.size() > limit)
        order.resize(limit);
    auto docs = documents(order);
    if (!docs)
        return docs.error();
    QList<Suggestion> list;
    for (int i = 0; i < order.size(); ++i) {
        Suggestion s = byRecord.value(order.at(i));
        s.document = docs->at(i);
        list.append(s);
    }
    return list;
}

Result<QList<SetAside>> VisitPreparation::setAsides(qint64 appointmentId) const
{
    auto ids = m_appointments.setAsideIds(appointmentId);
    if (!ids)
        return ids.error();
    auto all = SetAsides(m_db, m_clock, m_appointments.calendar()).find(*ids);
    if (!all)
        return all.error();
    const QDate today = m_appointments.today();
    QList<SetAside> active;
    for (const SetAside& s : *all)
        if (s.isActive(today))
            active.append(s);
    return active;
}

Result<VisitPreparation::SetAsideReport> VisitPreparation::setAside(qint64 appointmentId)
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    if (!a->isActive() || a->status == AppointmentStatus::Done)
        return Error{tr("The appointment of %1 is %2: nothing is set aside for it.")
                         .arg(Appointments::whenLabel(*a), Appointments::label(a->status))};
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto items = selection(appointmentId);
    if (!items)
        return items.error();
    auto current = setAsides(appointmentId);
    if (!current)
        return current.error();
    QSet<qint64> done;
    for (const SetAside& s : *current)
        done.insert(s.recordId);

    SetAsides setAsides(m_db, m_clock, m_appointments.calendar());
    RecordRepository records(m_db, m_clock);
    const QString label = Appointments::setAsideLabel(*a);
    SetAsideReport report;
    QSqlQuery link(db);
    for (const Item& item : *items) {
        if (done.contains(item.document.recordId))
            continue;
        auto record = records.get(item.document.recordId);
        if (!record)
            return record.error();
        bool added = false;
        for (const Copy& c : record->copies) {
            if (!onShelf(c.status))
                continue;
            auto refused = setAsides.refusal(c.id, a->day);
            if (!refused)
                return refused.error();
            if (!refused->isEmpty())
                continue; // held for a borrower, set aside for another visit: the next copy
            auto s = setAsides.add(c.id, a->day, label);
            if (!s)
                return s.error();
            link.prepare(QStringLiteral(
                "INSERT INTO appointment_set_aside (appointment_id, set_aside_id) VALUES (?, ?)"));
            link.addBindValue(appointmentId);
            link.addBindValue(s->id);
            if (auto st = execOrError(link, kWriteError); !st)
                return st.error();
            report.added.append(*s);
            added = true;
            break;
        }
        if (added)
            continue;
        report.missing.append(tr("%1: %2").arg(record->title, notOnShelf(*record)));
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return report;
}

Result<QList<VisitPreparation::PullLine>> VisitPreparation::pullList(qint64 appointmentId) const
{
    auto items = selection(appointmentId);
    if (!items)
        return items.error();
    auto aside = setAsides(appointmentId);
    if (!aside)
        return aside.error();
    RecordRepository records(m_db, m_clock);
    QList<PullLine> lines;
    for (const Item& item : *items) {
        bool found = false;
        for (const SetAside& s : *aside) {
            if (s.recordId != item.document.recordId)
                continue;
            lines.append({s.location, s.callNumber, s.barcode, s.title, s.recordId, true, {}});
            found = true;
        }
        if (found)
            continue;
        auto record = records.get(item.document.recordId);
        if (!record)
            return record.error();
        for (const Copy& c : record->copies) {
            if (onShelf(c.status)) {
                lines.append({c.location, c.callNumber, c.barcode, record->title, record->id, false, {}});
                found = true;
                break;
            }
        }
        if (!found)
            lines.append({{}, {}, {}, record->title, record->id, false, notOnShelf(*record)});
    }
    // Shelf order; what cannot be taken from a shelf comes last.
    std::stable_sort(lines.begin(), lines.end(), [](const PullLine& x, const PullLine& y) {
        if (x.barcode.isEmpty() != y.barcode.isEmpty())
            return y.barcode.isEmpty();
        const int byLocation = QString::localeAwareCompare(x.location, y.location);
        if (byLocation != 0)
            return byLocation < 0;
        return QString::localeAwareCompare(x.callNumber, y.callNumber) < 0;
    });
    return lines;
}

Status VisitPreparation::writePullList(qint64 appointmentId, const QString& path) const
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    auto lines = pullList(appointmentId);
    if (!lines)
        return lines.error();
    const QString title = tr("Pull list: visit of %1").arg(Appointments::whenLabel(*a));
    QString text = title + u'\n';
    for (const PullLine& l : *lines)
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(l.location, l.callNumber, l.barcode, l.title,
                         l.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.note));
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>"
                       "<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                       "width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                       "<th>%6</th></tr>")
            .arg(title.toHtmlEscaped(), tr("Location").toHtmlEscaped(), tr("Call number").toHtmlEscaped(),
                 tr("Barcode").toHtmlEscaped(), tr("Title").toHtmlEscaped(), tr("Taken").toHtmlEscaped());
    for (const PullLine& l : *lines)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4%5</td><td>%6</td></tr>")
                    .arg(l.location.toHtmlEscaped(), l.callNumber.toHtmlEscaped(), l.barcode.toHtmlEscaped(),
                         l.title.toHtmlEscaped(),
                         l.note.isEmpty() ? QString()
                                          : QStringLiteral(" <i>(%1)</i>").arg(l.note.toHtmlEscaped()),
                         l.barcode.isEmpty() ? QString() : QStringLiteral("☐"));
    html += QStringLiteral("</table></body></html>");
    return DocumentFile::saveAfterExtension(path, title, html, text);
}

Status VisitPreparation::writeBibliography(qint64 appointmentId, const QString& path,
                                           BibliographyWriter::Format format) const
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    auto items = selection(appointmentId);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return Error{tr("The selection of the visit of %1 is empty.").arg(Appointments::whenLabel(*a))};
    QList<qint64> ids;
    for (const Item& item : *items)
        ids.append(item.document.recordId);
    BibliographyOptions options;
    options.holdings = true;
    options.title = tr("Documents for the visit of %1").arg(Appointments::whenLabel(*a));
    if (!a->topic.trimmed().isEmpty() || !a->subjects.isEmpty())
        options.introduction = tr("Topic: %1")
                                   .arg((a->subjects + QStringList{a->topic.trimmed()})
                                            .filter(QRegularExpression(QStringLiteral("\\S")))
                                            .join(QStringLiteral(", ")));
    auto bibliography = BibliographyBuilder::fromCatalogue(m_db, ids, options);
    if (!bibliography)
        return bibliography.error();
    if (auto s = BibliographyWriter::write(*bibliography, format, path); !s)
        return s;
    return OutputTotals::count(m_db, OutputTotals::Kind::Bibliography, m_appointments.today());
}

Result<LoanInfo> VisitPreparation::lend(qint64 appointmentId, const QString& copyBarcode)
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    if (a->visitor.kind != Visitor::Kind::Borrower || a->visitor.borrowerId == 0)
        return Error{tr("The visitor of %1 has no card: register them as a borrower to lend.")
                         .arg(Appointments::whenLabel(*a))};
    if (!a->isActive())
        return Error{tr("The appointment of %1 is %2.")
                         .arg(Appointments::whenLabel(*a), Appointments::label(a->status))};
    auto circulation = Circulation::open(m_db, m_clock);
    if (!circulation)
        return circulation.error();
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    // The copy set aside for this visit goes to its visitor.
    auto aside = setAsides(appointmentId);
    if (!aside)
        return aside.error();
    QList<qint64> release;
    for (const SetAside& s : *aside)
        if (s.barcode == copyBarcode.trimmed())
            release.append(s.id);
    if (auto s = SetAsides(m_db, m_clock, m_appointments.calendar()).release(release); !s)
        return s.error();
    auto loan = circulation->checkout(copyBarcode, a->visitor.borrowerId);
    if (!loan)
        return loan.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO appointment_loan (appointment_id, loan_id) VALUES (?, ?)"));
    q.addBindValue(appointmentId);
    q.addBindValue(loan->loan.id);
    if (auto s = execOrError(q, kWriteError); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return loan->loan;
}

Result<QList<LoanInfo>> VisitPreparation::loans(qint64 appointmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT loan_id FROM appointment_loan WHERE appointment_id = ? ORDER BY loan_id"));
    q.addBindValue(appointmentId);
    QList<qint64> ids;
    if (auto s = eachRow(q, kReadError, [&] { ids.append(q.value(0).toLongLong()); }); !s)
        return s.error();
    if (ids.isEmpty())
        return QList<LoanInfo>();
    Circulation::LoanFilter filter;
    filter.ids = ids;
    filter.openOnly = false;
    return Circulation(m_db, m_clock, m_appointments.calendar()).loans(filter);
}

Status VisitPreparation::close(qint64 appointmentId, const Closing& closing)
{
    auto a = appointment(appointmentId);
    if (!a)
        return a.error();
    if (a->status == AppointmentStatus::Cancelled || a->status == AppointmentStatus::NoShow)
        return Error{tr("The appointment of %1 is %2: it cannot be closed as a visit.")
                         .arg(Appointments::whenLabel(*a), Appointments::label(a->status))};
    if (a->day > m_appointments.today())
        return Error{tr("The appointment of %1 has not taken place yet").arg(Appointments::whenLabel(*a))};
    const QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    // Scanned copies: their records join the selection, consulted.
    QList<qint64> consulted = closing.consulted;
    QSqlQuery q(db);
    for (const QString& barcode : closing.scanned) {
        if (barcode.trimmed().isEmpty())
            continue;
        q.prepare(QStringLiteral("SELECT record_id FROM copy WHERE barcode = ?"));
        q.addBindValue(barcode.trimmed());
        if (!q.exec())
            return sqlError(q, kReadError);
        if (!q.next())
            return Error{tr("Unknown copy: no copy has the barcode %1.").arg(barcode.trimmed())};
        consulted.append(q.value(0).toLongLong());
    }
    if (auto s = select(appointmentId, consulted); !s)
        return s.error();
    q.prepare(QStringLiteral("UPDATE appointment_item SET consulted = 0 WHERE appointment_id = ?"));
    q.addBindValue(appointmentId);
    if (auto s = execOrError(q, kWriteError); !s)
        return s.error();
    if (!consulted.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE appointment_item SET consulted = 1 WHERE appointment_id = ? AND "
                                 "record_id IN (%1)")
                      .arg(sqlIdList(consulted)));
        q.addBindValue(appointmentId);
        if (auto s = execOrError(q, kWriteError); !s)
            return s.error();
    }
    q.prepare(QStringLiteral("UPDATE appointment SET follow_up = ? WHERE id = ?"));
    q.addBindValue(sqlText(closing.followUp.trimmed()));
    q.addBindValue(appointmentId);
    if (auto s = execOrError(q, kWriteError); !s)
        return s.error();
    // Done: the monthly totals count the visit, its copies go back to the shelf.
    if (auto s = m_appointments.setStatus(appointmentId, AppointmentStatus::Done); !s)
        return s.error();
    return tx->commit();
}

} // namespace infodoc::core

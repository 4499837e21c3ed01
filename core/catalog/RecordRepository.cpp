#include "core/catalog/RecordRepository.h"

#include "core/catalog/AttachmentStore.h"
#include "core/catalog/DuplicateFinder.h"
#include "core/catalog/RecordSession.h"
#include "core/catalog/StandardNumber.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the record");
const char* const kListError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot list the records");

QString sortColumn(RecordSort sort)
{
    switch (sort) {
    case RecordSort::Title:
        return QStringLiteral("title_sort");
    case RecordSort::Authors:
        return QStringLiteral("authors_sort");
    case RecordSort::Year:
        return QStringLiteral("year");
    case RecordSort::Type:
        return QStringLiteral("type");
    case RecordSort::CallNumber:
        return QStringLiteral("call_number");
    case RecordSort::Modified:
        return QStringLiteral("modified");
    }
    return QStringLiteral("title_sort");
}

// WHERE clause and its bound values for a filter.
QString filterClause(const RecordFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (filter.type) {
        conditions.append(QStringLiteral("type = ?"));
        values.append(Vocabulary::key(*filter.type));
    }
    const QStringList words = text::foldedWords(filter.text);
    for (const QString& word : words) {
        conditions.append(QStringLiteral("(title_sort LIKE ? OR authors_sort LIKE ? OR call_number LIKE ?)"));
        const QString pattern = u'%' + word + u'%';
        values << pattern << pattern << pattern;
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

void removeBlobFiles(const QString& filesDir, const QStringList& shas)
{
    for (const QString& sha : shas) {
        if (!QFile::remove(Database::blobPath(filesDir, sha)))
            qCWarning(lcCatalog) << "could not remove stored file" << sha;
    }
}

} // namespace

RecordRepository::RecordRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

RecordRepository::~RecordRepository() = default;

Result<qint64> RecordRepository::add(const Record& record)
{
    auto ids = addAll({record});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> RecordRepository::addAll(const QList<Record>& records, const Progress& progress)
{
    // Checked by the session as each record is written.
    QList<Record> valid = records;
    for (Record& r : valid)
        r.id = 0;
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QList<qint64> ids;
    ids.reserve(valid.size());
    {
        Session session(m_db.connection(), m_clock);
        for (int i = 0; i < valid.size(); ++i) {
            auto id = session.write(valid.at(i));
            if (!id) {
                if (valid.size() == 1)
                    return id.error();
                return Error{
                    tr("Record %1 (\"%2\"): %3").arg(i + 1).arg(valid.at(i).title, id.errorMessage())};
            }
            ids.append(*id);
            if (progress && (i % 256 == 0 || i + 1 == valid.size()) && !progress(i + 1, int(valid.size())))
                return Error{tr("Cancelled; nothing was saved.")};
        }
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return ids;
}

Status RecordRepository::update(const Record& record)
{
    if (record.id <= 0)
        return Error{tr("The record to update has no number.")};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    {
        Session session(m_db.connection(), m_clock);
        if (auto id = session.write(record); !id)
            return id.error();
    }
    return transaction->commit();
}

Status RecordRepository::updateAll(const QList<Record>& records, const Progress& progress)
{
    const QList<Record>& valid = records;
    for (const Record& r : records) {
        if (r.id <= 0)
            return Error{tr("The record to update has no number.")};
    }
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    {
        Session session(m_db.connection(), m_clock);
        for (int i = 0; i < valid.size(); ++i) {
            if (auto id = session.write(valid.at(i)); !id)
                return Error{tr("Record n° %1 (\"%2\"): %3")
                                 .arg(valid.at(i).id)
                                 .arg(valid.at(i).title, id.errorMessage())};
            if (progress && (i % 256 == 0 || i + 1 == valid.size()) && !progress(i + 1, int(valid.size())))
                return Error{tr("Cancelled; nothing was saved.")};
        }
    }
    return transaction->commit();
}

Status RecordRepository::remove(qint64 id)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QStringList orphaned;
    {
        Session session(m_db.connection(), m_clock);
        if (auto s = session.remove(id, &orphaned); !s)
            return s;
    }
    if (auto s = transaction->commit(); !s)
        return s;
    // Only once the rows are gone: a crash before this leaves an unused
    // file, never a row pointing at nothing.
    removeBlobFiles(m_db.filesDirectory(), orphaned);
    return Status::success();
}

Result<bool> RecordRepository::exists(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM record WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kReadError);
    const bool found = q.next();
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    return found;
}

Result<QList<qint64>> RecordRepository::allIds() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM record ORDER BY id")))
        return sqlError(q, kReadError);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    return ids;
}

namespace {

// Prepared statements kept across the records one read reads.
class Statements
{
public:
    explicit Statements(const QSqlDatabase& db) : m_db(db) {}
    QSqlQuery& operator()(const QString& sql, qint64 id)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(sql);
            it = m_queries.insert(sql, q);
        }
        it->bindValue(0, id);
        return *it;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
};

Result<Record> readRecord(Statements& statement, qint64 id)
{
    QSqlQuery& q = statement(
        QStringLiteral(
            "SELECT type, title, subtitle, publisher, place, date, edition, collection, collection_number, "
            "isbn, "
            "issn, extent, language, abstract, notes, audience, url, call_number, container_title, volume, "
            "issue, pages, genre, accessed, created, modified, revision FROM record WHERE id = ?"),
        id);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return Error{RecordRepository::tr("There is no record number %1.").arg(id)};
    Record r;
    r.id = id;
    r.type = Vocabulary::documentTypeFromKey(q.value(0).toString()).value_or(DocumentType::Book);
    QString* fields[] = {&r.title,   &r.subtitle,   &r.publisher,        &r.place,  &r.date,
                         &r.edition, &r.collection, &r.collectionNumber, &r.isbn,   &r.issn,
                         &r.extent,  &r.language,   &r.abstract,         &r.notes,  &r.audience,
                         &r.url,     &r.callNumber, &r.containerTitle,   &r.volume, &r.issue,
                         &r.pages,   &r.genre,      &r.accessed};
    for (int i = 0; i < int(std::size(fields)); ++i)
        *fields[i] = q.value(i + 1).toString();
    const int stamps = int(std::size(fields)) + 1;
    r.created = QDateTime::fromString(q.value(stamps).toString(), Qt::ISODate);
    r.modified = QDateTime::fromString(q.value(stamps + 1).toString(), Qt::ISODate);
    r.revision = q.value(stamps + 2).toLongLong();
    q.finish();

    QSqlQuery& names = statement(
        QStringLiteral("SELECT a.id, a.name, a.kind, r.role FROM responsibility r JOIN authority a ON "
                       "a.id = r.authority_id WHERE r.record_id = ? ORDER BY r.position"),
        id);
    if (!names.exec())
        return sqlError(names, kReadError);
    while (names.next())
        r.responsibilities.append(
            {names.value(1).toString(),
             Vocabulary::authorityKindFromKey(names.value(2).toString()).value_or(AuthorityKind::Person),
             Vocabulary::roleFromKey(names.value(3).toString()).value_or(Role::Author),
             names.value(0).toLongLong()});

    auto strings = [&](const QString& sql, QStringList& out) -> Status {
        QSqlQuery& list = statement(sql, id);
        if (!list.exec())
            return sqlError(list, kReadError);
        while (list.next())
            out.append(list.value(0).toString());
        return Status::success();
    };
    if (auto s = strings(QStringLiteral("SELECT s.label FROM record_subject r JOIN subject s ON s.id = "
                                        "r.subject_id WHERE r.record_id = ? ORDER BY r.position"),
                         r.subjects);
        !s)
        return s.error();
    if (auto s = strings(
            QStringLiteral("SELECT keyword FROM record_keyword WHERE record_id = ? ORDER BY position"),
            r.keywords);
        !s)
        return s.error();
    if (auto s = strings(QStringLiteral("SELECT t.name FROM record_territory r JOIN territory t ON t.id = "
                                        "r.territory_id WHERE r.record_id = ? ORDER BY r.position"),
                         r.territories);
        !s)
        return s.error();

    QSqlQuery& copies = statement(
        QStringLiteral("SELECT id, barcode, call_number, location, status, due_on FROM copy_state WHERE "
                       "record_id = ? ORDER BY id"),
        id);
    if (!copies.exec())
        return sqlError(copies, kReadError);
    while (copies.next())
        r.copies.append(
            {copies.value(0).toLongLong(), copies.value(1).toString(), copies.value(2).toString(),
             copies.value(3).toString(),
             Vocabulary::copyStatusFromKey(copies.value(4).toString()).value_or(CopyStatus::Available),
             QDate::fromString(copies.value(5).toString(), Qt::ISODate)});

    QSqlQuery& sheet =
        statement(QStringLiteral("SELECT context, target_public, objectives, description, means, results, "
                                 "contact, start_date, end_date FROM experience_sheet WHERE record_id = ?"),
                  id);
    if (!sheet.exec())
        return sqlError(sheet, kReadError);
    if (sheet.next()) {
        ExperienceSheet e;
        QString* sheetFields[] = {&e.context, &e.targetPublic, &e.objectives, &e.description, &e.means,
                                  &e.results, &e.contact,      &e.startDate,  &e.endDate};
        for (int i = 0; i < int(std::size(sheetFields)); ++i)
            *sheetFields[i] = sheet.value(i).toString();
        r.sheet = e;
    }
    sheet.finish();

    auto attachments = AttachmentStore::forRecord(statement(AttachmentStore::forRecordSql(), id));
    if (!attachments)
        return attachments.error();
    r.attachments = *attachments;
    return r;
}

} // namespace

Result<Record> RecordRepository::get(qint64 id) const
{
    Statements statements(m_db.connection());
    return readRecord(statements, id);
}

Status RecordRepository::forEach(const QList<qint64>& ids,
                                 const std::function<bool(const Record&)>& each) const
{
    // One snapshot for the whole read (and one lock, not one per statement),
    // unless the connection is already inside a transaction.
    QSqlDatabase db = m_db.connection();
    const bool own = db.transaction();
    Status status = Status::success();
    {
        Statements statements(db);
        for (qint64 id : ids) {
            auto r = readRecord(statements, id);
            if (!r) {
                status = r.error();
                break;
            }
            if (!each(*r)) {
                status = Error{tr("Cancelled.")};
                break;
            }
        }
    }
    if (own)
        db.commit();
    return status;
}

Result<RecordPage> RecordRepository::page(const RecordPageRequest& request) const
{
    RecordPage page;
    QVariantList values;
    QString where = filterClause(request.filter, values);
    const QString column = sortColumn(request.sort);
    const bool ascending = request.order == Qt::AscendingOrder;
    if (request.after) {
        const QString op = ascending ? QStringLiteral(">") : QStringLiteral("<");
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(%1, id) %2 (?, ?)").arg(column, op);
        // A row value lets SQLite seek in the (column, id) index.
        values << request.after->key << request.after->id;
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, type, title, authors_display, year, call_number, modified, %1 FROM record")
            .arg(column) +
        where + QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT %3").arg(column, direction).arg(request.limit));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q, kListError);
    QVariant lastKey;
    while (q.next()) {
        RecordSummary s;
        s.id = q.value(0).toLongLong();
        s.type = Vocabulary::documentTypeFromKey(q.value(1).toString()).value_or(DocumentType::Book);
        s.title = q.value(2).toString();
        s.authors = q.value(3).toString();
        s.year = q.value(4).toInt();
        s.callNumber = q.value(5).toString();
        s.modified = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        lastKey = q.value(7);
        page.rows.append(s);
    }
    if (q.lastError().isValid())
        return sqlError(q, kListError);
    if (page.rows.size() == request.limit)
        page.next = RecordCursor{lastKey, page.rows.last().id};
    return page;
}

Result<qint64> RecordRepository::count(const RecordFilter& filter) const
{
    QVariantList values;
    const QString where = filterClause(filter, values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM record") + where);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return sqlError(q, kListError);
    return q.value(0).toLongLong();
}

namespace {} // namespace

Result<QList<RecordRepository::Duplicate>> RecordRepository::possibleDuplicates(const Record& record) const
{
    QList<Duplicate> out;
    QSet<qint64> seen = {record.id};
    const auto normalized = StandardNumber::normalizeIsbn(record.isbn);
    const QString isbn = normalized && !record.isbn.isEmpty() ? *normalized : QString();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    auto summary = [&q] {
        RecordSummary s;
        s.id = q.value(0).toLongLong();
        s.type = Vocabulary::documentTypeFromKey(q.value(1).toString()).value_or(DocumentType::Book);
        s.title = q.value(2).toString();
        s.authors = q.value(3).toString();
        s.year = q.value(4).toInt();
        s.callNumber = q.value(5).toString();
        return s;
    };
    const QString columns =
        QStringLiteral("SELECT id, type, title, authors_display, year, call_number, subtitle "
                       "FROM record ");
    if (!isbn.isEmpty()) {
        q.prepare(columns + QStringLiteral("WHERE isbn = ? ORDER BY id"));
        q.addBindValue(isbn);
        if (!q.exec())
            return sqlError(q, kReadError);
        while (q.next()) {
            if (seen.contains(q.value(0).toLongLong()))
                continue;
            seen.insert(q.value(0).toLongLong());
            out.append({summary(), Duplicate::Reason::SameIsbn});
        }
    }
    // The same ISSN is the same periodical: a duplicate when volume and issue agree too.
    const auto issn = StandardNumber::normalizeIssn(record.issn);
    if (!record.issn.isEmpty() && issn) {
        q.prepare(columns +
                  QStringLiteral("WHERE issn = ? AND COALESCE(volume, '') = ? AND COALESCE(issue, '') = ? "
                                 "ORDER BY id"));
        q.addBindValue(*issn);
        q.addBindValue(record.volume.trimmed());
        q.addBindValue(record.issue.trimmed());
        if (!q.exec())
            return sqlError(q, kReadError);
        while (q.next()) {
            if (seen.contains(q.value(0).toLongLong()))
                continue;
            seen.insert(q.value(0).toLongLong());
            out.append({summary(), Duplicate::Reason::SameIssn});
        }
    }
    const int year = record.year();
    const QStringList title = DuplicateFinder::titleWords(record.title, record.subtitle);
    if (title.isEmpty())
        return out;
    // Surnames (or organisation words) of the authors, to require one in common.
    const QStringList names = DuplicateFinder::nameWords(record);
    q.prepare(columns + QStringLiteral("WHERE year = ? ORDER BY id"));
    q.addBindValue(year);
    if (!q.exec())
        return sqlError(q, kReadError);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (seen.contains(id))
            continue;
        const QStringList other = DuplicateFinder::titleWords(q.value(2).toString(), q.value(6).toString());
        if (DuplicateFinder::titleSimilarity(title, other) < DuplicateFinder::kSimilarTitle)
            continue;
        if (!DuplicateFinder::sharedAuthor(names, text::foldedWords(q.value(3).toString())))
            continue;
        seen.insert(id);
        out.append({summary(), Duplicate::Reason::SimilarTitle});
    }
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    return out;
}

Status RecordRepository::refreshRecordsOfAuthority(const QSqlDatabase& db, qint64 authorityId,
                                                   const QDateTime& now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT record_id FROM responsibility WHERE authority_id = ?"));
    q.addBindValue(authorityId);
    if (!q.exec())
        return sqlError(q, kReadError);
    QList<qint64> records;
    while (q.next())
        records.append(q.value(0).toLongLong());
    for (qint64 record : records) {
        QSqlQuery names(db);
        names.prepare(QStringLiteral("SELECT a.name, r.role FROM responsibility r JOIN authority a ON a.id = "
                                     "r.authority_id WHERE r.record_id = ? ORDER BY r.position"));
        names.addBindValue(record);
        if (!names.exec())
            return sqlError(names, kReadError);
        Record r;
        while (names.next())
            r.responsibilities.append(
                {names.value(0).toString(), AuthorityKind::Person,
                 Vocabulary::roleFromKey(names.value(1).toString()).value_or(Role::Author)});
        const QString authors = r.authorsDisplay();
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "UPDATE record SET authors_display = ?, authors_sort = ?, modified = ?, revision = revision + 1 "
            "WHERE id = ?"));
        update.addBindValue(authors);
        update.addBindValue(text::foldCase(authors));
        update.addBindValue(now.toUTC().toString(Qt::ISODate));
        update.addBindValue(record);
        if (auto s =
                execOrError(update, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the record"));
            !s)
            return s;
        if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Record, record,
                                           ChangeJournal::Op::Update, now);
            !s)
            return s;
    }
    return Status::success();
}

} // namespace infodoc::core

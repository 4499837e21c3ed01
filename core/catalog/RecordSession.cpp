#include "core/catalog/RecordSession.h"

#include "core/catalog/AuthorityRepository.h"
#include "core/catalog/RecordValidator.h"
#include "core/catalog/Territories.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/SqlError.h"

#include <QLocale>
#include <QSet>
#include <QVariant>

namespace infodoc::core {

namespace {
const char* const kSaveError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the record");
}

RecordRepository::Session::Session(const QSqlDatabase& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_at(clock.now()), m_now(m_at.toUTC().toString(Qt::ISODate)), m_journal(db)
{}

QSqlQuery& RecordRepository::Session::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

Status RecordRepository::Session::journal(ChangeJournal::Entity entity, qint64 id, ChangeJournal::Op op)
{
    return m_journal.append(entity, id, op, m_at);
}

Error RecordRepository::Session::changedElsewhere(const Record& r)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT modified FROM record WHERE id = ?"));
    q.bindValue(0, r.id);
    if (!q.exec())
        return sqlError(q, kSaveError);
    if (!q.next())
        return Error{RecordRepository::tr("There is no record number %1.").arg(r.id)};
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toLocalTime();
    q.finish();
    return Error{
        RecordRepository::tr("Record n° %1 \"%2\" was changed elsewhere (another workstation, "
                             "infodoc-cli or an import) on %3, after it was opened here: nothing "
                             "was saved, so as not to undo that change. Open the record again to see "
                             "it, then make your changes.")
            .arg(r.id)
            .arg(r.title, QLocale().toString(at, QLocale::ShortFormat))};
}

Status RecordRepository::Session::loadVocabulary()
{
    if (m_loaded)
        return Status::success();
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT norm_key, id FROM subject UNION ALL "
                               "SELECT norm_key, subject_id FROM subject_nonpreferred")))
        return sqlError(q, readError);
    while (q.next())
        m_subjects.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT norm_key, id FROM territory ORDER BY CASE level WHEN 'region' THEN 0 "
                               "WHEN 'departement' THEN 1 WHEN 'intercommunality' THEN 2 WHEN 'commune' "
                               "THEN 3 ELSE 4 END, id")))
        return sqlError(q, readError);
    while (q.next())
        m_territories[q.value(0).toString()].append(q.value(1).toLongLong());
    m_loaded = true;
    return Status::success();
}

Result<qint64> RecordRepository::Session::subjectId(const QString& label)
{
    if (auto s = loadVocabulary(); !s)
        return s.error();
    const auto it = m_subjects.constFind(Thesaurus::normalizedKey(label));
    if (it == m_subjects.constEnd())
        return Error{RecordRepository::tr("The subject \"%1\" is not in the thesaurus; add it there first.")
                         .arg(label)};
    return *it;
}

Result<qint64> RecordRepository::Session::territoryId(const QString& name)
{
    if (auto s = loadVocabulary(); !s)
        return s.error();
    const auto it = m_territories.constFind(Territories::normalizedKey(name));
    if (it == m_territories.constEnd() || it->isEmpty())
        return Error{RecordRepository::tr("The territory \"%1\" is unknown; add it to the territories first.")
                         .arg(name)};
    return it->first();
}

Result<qint64> RecordRepository::Session::authorityId(const Responsibility& r)
{
    // A name met before as it is written: no folding again (an import gives the same names many times).
    const QString written = Vocabulary::key(r.kind) + u':' + r.name;
    if (const auto it = m_authoritiesByName.constFind(written); it != m_authoritiesByName.constEnd())
        return *it;
    const QString norm = AuthorityRepository::normalizedKey(r.name, r.kind);
    const QString key = Vocabulary::key(r.kind) + u':' + norm;
    if (const auto it = m_authorities.constFind(key); it != m_authorities.constEnd()) {
        m_authoritiesByName.insert(written, *it);
        return *it;
    }
    if (norm.isEmpty())
        return Error{RecordRepository::tr("The name \"%1\" has no letters or digits.").arg(r.name)};
    QSqlQuery& find = prepared(QStringLiteral("SELECT id FROM authority WHERE kind = ? AND norm_key = ?"));
    find.bindValue(0, Vocabulary::key(r.kind));
    find.bindValue(1, norm);
    if (!find.exec())
        return sqlError(find, kSaveError);
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
        find.finish();
    } else {
        QSqlQuery& insert = prepared(QStringLiteral(
            "INSERT INTO authority (kind, name, norm_key, created, modified) VALUES (?, ?, ?, ?, ?)"));
        insert.bindValue(0, Vocabulary::key(r.kind));
        insert.bindValue(1, r.name.simplified());
        insert.bindValue(2, norm);
        insert.bindValue(3, m_now);
        insert.bindValue(4, m_now);
        if (auto s = execOrError(insert, kSaveError); !s)
            return s.error();
        id = insert.lastInsertId().toLongLong();
        if (auto s = journal(ChangeJournal::Entity::Authority, id, ChangeJournal::Op::Insert); !s)
            return s.error();
    }
    m_authorities.insert(key, id);
    m_authoritiesByName.insert(written, id);
    return id;
}

Result<qint64> RecordRepository::Session::write(const Record& record)
{
    // Checked here too: a batch writer may not have.
    const auto normalized = RecordValidator::normalized(record);
    if (!normalized)
        return normalized.error();
    const Record& r = *normalized;
    const bool replacing = r.id != 0;
    const QString authors = r.authorsDisplay();
    QSqlQuery& q = prepared(
        replacing
            ? QStringLiteral(
                  "UPDATE record SET type = ?, title = ?, subtitle = ?, publisher = ?, place = ?, "
                  "date = ?, year = ?, edition = ?, collection = ?, collection_number = ?, isbn = ?, "
                  "issn = ?, extent = ?, language = ?, abstract = ?, notes = ?, audience = ?, url = ?, "
                  "call_number = ?, container_title = ?, volume = ?, issue = ?, pages = ?, genre = ?, "
                  "accessed = ?, authors_display = ?, title_sort = ?, authors_sort = ?, modified = ?, "
                  "revision = revision + 1 WHERE id = ? AND (? = 0 OR revision = ?)")
            : QStringLiteral(
                  "INSERT INTO record (type, title, subtitle, publisher, place, date, year, edition, "
                  "collection, collection_number, isbn, issn, extent, language, abstract, notes, "
                  "audience, url, call_number, container_title, volume, issue, pages, genre, accessed, "
                  "authors_display, title_sort, authors_sort, modified, created) VALUES (?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {
        Vocabulary::key(r.type),
        r.title,
        r.subtitle,
        r.publisher,
        r.place,
        r.date,
        r.year(),
        r.edition,
        r.collection,
        r.collectionNumber,
        r.isbn,
        r.issn,
        r.extent,
        r.language,
        r.abstract,
        r.notes,
        r.audience,
        r.url,
        r.callNumber,
        r.containerTitle,
        r.volume,
        r.issue,
        r.pages,
        r.genre,
        r.accessed,
        authors,
        text::sortKey(r.title),
        text::foldCase(authors),
        m_now,
    };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i).typeId() == QMetaType::QString ? sqlText(values.at(i).toString())
                                                                   : values.at(i));
    q.bindValue(int(values.size()), replacing ? QVariant(r.id) : QVariant(m_now));
    if (replacing) {
        q.bindValue(int(values.size()) + 1, r.revision);
        q.bindValue(int(values.size()) + 2, r.revision);
    }
    if (auto s = execOrError(q, kSaveError); !s)
        return s.error();
    qint64 id = r.id;
    if (replacing) {
        if (q.numRowsAffected() != 1)
            return changedElsewhere(r);
    } else {
        id = q.lastInsertId().toLongLong();
    }
    if (auto s = writeChildren(id, r, replacing); !s)
        return s.error();
    if (auto s = journal(ChangeJournal::Entity::Record, id,
                         replacing ? ChangeJournal::Op::Update : ChangeJournal::Op::Insert);
        !s)
        return s.error();
    return id;
}

Status RecordRepository::Session::writeChildren(qint64 id, const Record& r, bool replacing)
{
    if (replacing) {
        for (const QString& table : {QStringLiteral("responsibility"), QStringLiteral("record_subject"),
                                     QStringLiteral("record_keyword"), QStringLiteral("record_territory"),
                                     QStringLiteral("experience_sheet")}) {
            QSqlQuery& del =
                prepared(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE record_id = ?"));
            del.bindValue(0, id);
            if (auto s = execOrError(del, kSaveError); !s)
                return s;
        }
    }
    int position = 0;
    for (const Responsibility& resp : r.responsibilities) {
        auto authority = authorityId(resp);
        if (!authority)
            return authority.error();
        QSqlQuery& q = prepared(QStringLiteral(
            "INSERT INTO responsibility (record_id, position, authority_id, role) VALUES (?, ?, ?, ?)"));
        q.bindValue(0, id);
        q.bindValue(1, position++);
        q.bindValue(2, *authority);
        q.bindValue(3, Vocabulary::key(resp.role));
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    QSet<qint64> seen;
    position = 0;
    for (const QString& label : r.subjects) {
        auto subject = subjectId(label);
        if (!subject)
            return subject.error();
        if (seen.contains(*subject))
            continue;
        seen.insert(*subject);
        QSqlQuery& q = prepared(
            QStringLiteral("INSERT INTO record_subject (record_id, subject_id, position) VALUES (?, ?, ?)"));
        q.bindValue(0, id);
        q.bindValue(1, *subject);
        q.bindValue(2, position++);
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    position = 0;
    for (const QString& keyword : r.keywords) {
        QSqlQuery& q = prepared(QStringLiteral(
            "INSERT OR IGNORE INTO record_keyword (record_id, keyword, position) VALUES (?, ?, ?)"));
        q.bindValue(0, id);
        q.bindValue(1, keyword);
        q.bindValue(2, position++);
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    seen.clear();
    position = 0;
    for (const QString& name : r.territories) {
        auto territory = territoryId(name);
        if (!territory)
            return territory.error();
        if (seen.contains(*territory))
            continue;
        seen.insert(*territory);
        QSqlQuery& q = prepared(QStringLiteral(
            "INSERT INTO record_territory (record_id, territory_id, position) VALUES (?, ?, ?)"));
        q.bindValue(0, id);
        q.bindValue(1, *territory);
        q.bindValue(2, position++);
        if (auto s = execOrError(q, kSaveError); !s)
            return s;
    }
    if (r.sheet) {
        QSqlQuery& q =
            prepared(QStringLiteral("INSERT INTO experience_sheet (record_id, context, target_public, "
                                    "objectives, description, means, results, "
                                    "contact, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const ExperienceSheet& s = *r.sheet;
        const QVariantList values = {id,      s.context, s.targetPublic, s.objectives, s.description,
                                     s.means, s.results, s.contact,      s.startDate,  s.endDate};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, i == 0 ? values.at(i) : QVariant(sqlText(values.at(i).toString())));
        if (auto st = execOrError(q, kSaveError); !st)
            return st;
    }
    return writeCopies(id, r.copies, replacing);
}

Status RecordRepository::Session::writeCopies(qint64 id, const QList<Copy>& copies, bool replacing)
{
    // Copies are matched by barcode so that an edit keeps their identity
    // (loans refer to them). Whether a copy is out comes from the loans
    // alone: a record cannot say so, nor drop or change a copy that is out or
    // set aside for a hold.
    struct Stored
    {
        qint64 id = 0;
        QString shelfStatus;
        bool out = false;
        bool held = false;
    };
    QHash<QString, Stored> existing;
    if (replacing) {
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT c.barcode, c.id, c.status, "
            "EXISTS (SELECT 1 FROM loan l WHERE l.copy_id = c.id AND l.returned_on IS NULL), "
            "EXISTS (SELECT 1 FROM hold h WHERE h.copy_id = c.id AND h.status IN ('waiting', 'ready')) "
            "FROM copy c WHERE c.record_id = ?"));
        q.bindValue(0, id);
        if (!q.exec())
            return sqlError(q, kSaveError);
        while (q.next())
            existing.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(),
                                                    q.value(3).toBool(), q.value(4).toBool()});
        QSet<QString> kept;
        for (const Copy& c : copies)
            kept.insert(c.barcode);
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (kept.contains(it.key()))
                continue;
            if (it->out)
                return Error{RecordRepository::tr("The copy %1 is on loan: it cannot be removed before it is "
                                                  "returned.")
                                 .arg(it.key())};
            if (it->held)
                return Error{
                    RecordRepository::tr("The copy %1 is held for a borrower: cancel the hold before "
                                         "removing the copy.")
                        .arg(it.key())};
            QSqlQuery& del = prepared(QStringLiteral("DELETE FROM copy WHERE id = ?"));
            del.bindValue(0, it->id);
            if (auto s = execOrError(del, kSaveError); !s)
                return s;
        }
    }
    for (const Copy& c : copies) {
        const auto stored = existing.constFind(c.barcode);
        const bool out = stored != existing.cend() && stored->out;
        if (c.status == CopyStatus::OnLoan && !out)
            return Error{RecordRepository::tr("The copy %1 cannot be set \"on loan\" by hand: lend it at the "
                                              "Loans desk (infodoc-cli loan checkout).")
                             .arg(c.barcode)};
        if (out && c.status != CopyStatus::OnLoan && Vocabulary::key(c.status) != stored->shelfStatus)
            return Error{
                RecordRepository::tr("The copy %1 is on loan: return it (or mark it lost) at the Loans "
                                     "desk before changing its status.")
                    .arg(c.barcode)};
    }
    for (const Copy& c : copies) {
        const auto stored = existing.constFind(c.barcode);
        const bool known = stored != existing.cend();
        QSqlQuery& q = prepared(
            known ? QStringLiteral("UPDATE copy SET call_number = ?, location = ?, status = ? WHERE id = ?")
                  : QStringLiteral("INSERT INTO copy (call_number, location, status, record_id, barcode) "
                                   "VALUES (?, ?, ?, ?, ?)"));
        q.bindValue(0, sqlText(c.callNumber));
        q.bindValue(1, sqlText(c.location));
        // A copy out keeps its own status under the loan.
        q.bindValue(2, c.status == CopyStatus::OnLoan ? stored->shelfStatus : Vocabulary::key(c.status));
        if (known) {
            q.bindValue(3, stored->id);
        } else {
            q.bindValue(3, id);
            q.bindValue(4, c.barcode);
        }
        if (!q.exec()) {
            if (q.lastError().databaseText().contains(QLatin1String("UNIQUE"))) {
                QSqlQuery owner(m_db);
                owner.prepare(QStringLiteral("SELECT record_id FROM copy WHERE barcode = ?"));
                owner.addBindValue(c.barcode);
                const qint64 other = owner.exec() && owner.next() ? owner.value(0).toLongLong() : 0;
                return Error{RecordRepository::tr("The barcode %1 is already used by a copy of record %2.")
                                 .arg(c.barcode)
                                 .arg(other)};
            }
            return sqlError(q, kSaveError);
        }
    }
    return Status::success();
}

Status RecordRepository::Session::remove(qint64 id, QStringList* orphanedBlobs)
{
    QSqlQuery& shas = prepared(QStringLiteral("SELECT DISTINCT sha256 FROM attachment WHERE record_id = ?"));
    shas.bindValue(0, id);
    if (!shas.exec())
        return sqlError(shas, kSaveError);
    QStringList candidates;
    while (shas.next())
        candidates.append(shas.value(0).toString());
    QSqlQuery& busy = prepared(QStringLiteral(
        "SELECT c.barcode, 1 FROM copy c JOIN loan l ON l.copy_id = c.id AND l.returned_on IS NULL "
        "WHERE c.record_id = ? UNION ALL "
        "SELECT COALESCE(c.barcode, ''), 2 FROM hold h LEFT JOIN copy c ON c.id = h.copy_id "
        "WHERE h.record_id = ? AND h.status IN ('waiting', 'ready') LIMIT 1"));
    busy.bindValue(0, id);
    busy.bindValue(1, id);
    if (!busy.exec())
        return sqlError(busy, kSaveError);
    if (busy.next()) {
        const QString barcode = busy.value(0).toString();
        const bool out = busy.value(1).toInt() == 1;
        busy.finish();
        if (out)
            return Error{RecordRepository::tr("Record %1 cannot be deleted: its copy %2 is on loan.")
                             .arg(id)
                             .arg(barcode)};
        return Error{
            barcode.isEmpty()
                ? RecordRepository::tr("Record %1 cannot be deleted: a borrower holds it (cancel the "
                                       "hold first).")
                      .arg(id)
                : RecordRepository::tr("Record %1 cannot be deleted: its copy %2 is held for a borrower "
                                       "(cancel the hold first).")
                      .arg(id)
                      .arg(barcode)};
    }
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM record WHERE id = ?"));
    q.bindValue(0, id);
    if (auto s = execOrError(q, kSaveError); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{RecordRepository::tr("There is no record number %1.").arg(id)};
    for (const QString& sha : std::as_const(candidates)) {
        QSqlQuery& del = prepared(QStringLiteral(
            "DELETE FROM attachment_blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM attachment WHERE "
            "attachment.sha256 = attachment_blob.sha256)"));
        del.bindValue(0, sha);
        if (auto s = execOrError(del, kSaveError); !s)
            return s;
        if (del.numRowsAffected() == 1 && orphanedBlobs)
            orphanedBlobs->append(sha);
    }
    return journal(ChangeJournal::Entity::Record, id, ChangeJournal::Op::Delete);
}

Result<qint64> RecordRepository::Session::linkAttachment(qint64 recordId, const QString& sha256,
                                                         const QString& fileName, const QString& originalPath)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO attachment (record_id, sha256, file_name, "
                                           "original_path, added) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, recordId);
    q.bindValue(1, sha256);
    q.bindValue(2, sqlText(fileName));
    q.bindValue(3, sqlText(originalPath));
    q.bindValue(4, m_now);
    if (auto s = execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot attach the file")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = journal(ChangeJournal::Entity::Attachment, id, ChangeJournal::Op::Insert); !s)
        return s.error();
    if (auto s = journal(ChangeJournal::Entity::Record, recordId, ChangeJournal::Op::Update); !s)
        return s.error();
    return id;
}

} // namespace infodoc::core

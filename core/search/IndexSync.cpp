#include "core/search/IndexSync.h"

#include "core/catalog/AttachmentStore.h"
#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/search/SearchIndex.h"
#include "core/search/TextExtractor.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace infodoc::core {

namespace {

// The journal's last change and the number of records, read in one snapshot:
// records another program writes between the two reads are not taken for
// documents the index lost.
struct JournalEnd
{
    qint64 seq = 0;
    qint64 records = 0;
};

Result<JournalEnd> journalEnd(const QSqlDatabase& db)
{
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");
    QSqlQuery q(db);
    // Inside a write transaction the reads are one snapshot already.
    const bool own = !WriteTransaction::isOpen(db);
    if (own && !q.exec(QStringLiteral("BEGIN")))
        return sqlError(q, readError);
    auto read = [&]() -> Result<JournalEnd> {
        const auto seq = ChangeJournal::lastSeq(db);
        if (!seq)
            return seq.error();
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM record")) || !q.next())
            return sqlError(q, readError);
        const JournalEnd end{*seq, q.value(0).toLongLong()};
        q.finish();
        return end;
    };
    const auto end = read();
    q.finish();
    if (own && !q.exec(QStringLiteral("COMMIT")) && end)
        return sqlError(q, readError);
    return end;
}

struct TerritoryNode
{
    QString name;
    qint64 parent = 0;
};

// SQL condition on the stored text `t` of a file that must be read again:
// read by another version of the extractor, or found scanned before OCR
// was turned on.
QString textOutdated(bool ocr)
{
    return QStringLiteral("((t.extractor <> '%1' AND t.extractor <> '%2') OR "
                          "(%3 AND t.state = 'no_text' AND t.extractor = '%1'))")
        .arg(TextExtractor::version(), TextExtractor::ocrVersion(),
             ocr ? QStringLiteral("1") : QStringLiteral("0"));
}

// Every record's id, in order.
Result<QList<qint64>> recordIds(const QSqlDatabase& db)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM record ORDER BY id"));
    if (auto s = eachRow(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"),
                         [&] { ids.append(q.value(0).toLongLong()); });
        !s)
        return s.error();
    return ids;
}

} // namespace

IndexSync::IndexSync(Database& db, SearchIndex& index, ExtractionPool::Options extraction)
    : m_db(db), m_index(index), m_extraction(std::move(extraction))
{}

Result<QString> IndexSync::ocrLanguage(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("search.ocr"),
                                   QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    if (!values)
        return values.error();
    return values->value(QStringLiteral("search.ocr"));
}

Status IndexSync::setOcrLanguage(Database& db, const QString& language)
{
    const char* context = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the settings");
    static const QRegularExpression valid(QStringLiteral("^[a-z_]{3,16}$"));
    if (language.isEmpty())
        return Settings::remove(db, QStringLiteral("search.ocr"), context);
    if (!valid.match(language).hasMatch())
        return Error{tr("\"%1\" is not a Tesseract language name (such as fra).").arg(language)};
    return Settings::write(db, {{QStringLiteral("search.ocr"), language}}, context);
}

Result<IndexSync::Lag> IndexSync::lag() const
{
    Lag lag;
    lag.indexedSeq = m_index.lastSeq();
    const auto journalSeq = ChangeJournal::lastSeq(m_db.connection());
    if (!journalSeq)
        return journalSeq.error();
    lag.journalSeq = *journalSeq;
    lag.documents = m_index.documentCount();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM record")) || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    lag.records = q.value(0).toLongLong();
    return lag;
}

Result<QList<IndexDocument>> IndexSync::load(const QList<qint64>& recordIds, const Texts& fresh) const
{
    QList<IndexDocument> documents;
    if (recordIds.isEmpty())
        return documents;
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");
    const QString ids = sqlIdList(recordIds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    QHash<qint64, TerritoryNode> territories;
    if (!q.exec(QStringLiteral("SELECT id, name, COALESCE(parent_id, 0) FROM territory")))
        return sqlError(q, readError);
    while (q.next())
        territories.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});

    QHash<qint64, int> index;
    if (!q.exec(
            QStringLiteral("SELECT id, type, title, subtitle, publisher, place, collection, abstract, notes, "
                           "call_number, language, date, year, title_sort FROM record WHERE id IN (%1)")
                .arg(ids)))
        return sqlError(q, readError);
    while (q.next()) {
        IndexDocument d;
        d.recordId = q.value(0).toLongLong();
        d.type = q.value(1).toString();
        d.title = q.value(2).toString();
        if (!q.value(3).toString().isEmpty())
            d.title += QStringLiteral(" : ") + q.value(3).toString();
        d.text = QStringList{q.value(7).toString(), q.value(8).toString(), q.value(4).toString(),
                             q.value(5).toString(), q.value(6).toString()}
                     .join(u'\n');
        d.callNumber = q.value(9).toString();
        d.language = q.value(10).toString();
        d.date = q.value(11).toString();
        d.year = q.value(12).toInt();
        d.titleSort = q.value(13).toString();
        d.availability = QStringLiteral("none");
        index.insert(d.recordId, int(documents.size()));
        documents.append(d);
    }

    auto each = [&](const QString& sql,
                    const std::function<void(IndexDocument&, const QSqlQuery&)>& apply) -> Status {
        if (!q.exec(sql.arg(ids)))
            return sqlError(q, readError);
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                apply(documents[*it], q);
        }
        return Status::success();
    };
    if (auto s =
            each(QStringLiteral("SELECT r.record_id, a.name FROM responsibility r JOIN authority a ON a.id = "
                                "r.authority_id WHERE r.record_id IN (%1) ORDER BY r.record_id, r.position"),
                 [](IndexDocument& d, const QSqlQuery& r) { d.authors.append(r.value(1).toString()); });
        !s)
        return s.error();
    if (auto s = each(
            QStringLiteral("SELECT r.record_id, s.label, s.id FROM record_subject r JOIN subject s ON "
                           "s.id = r.subject_id WHERE r.record_id IN (%1) ORDER BY r.record_id, r.position"),
            [](IndexDocument& d, const QSqlQuery& r) {
                d.subjects.append(r.value(1).toString());
                d.subjectIds.append(r.value(2).toLongLong());
            });
        !s)
        return s.error();
    if (auto s = each(QStringLiteral("SELECT record_id, keyword FROM record_keyword WHERE record_id IN (%1)"),
                      [](IndexDocument& d, const QSqlQuery& r) { d.text += u'\n' + r.value(1).toString(); });
        !s)
        return s.error();
    // A record about Sarcelles is also about the Val-d'Oise and Île-de-France.
    if (auto s = each(
            QStringLiteral("SELECT record_id, territory_id FROM record_territory WHERE record_id IN (%1)"),
            [&territories](IndexDocument& d, const QSqlQuery& r) {
                qint64 id = r.value(1).toLongLong();
                for (int depth = 0; id && depth < 16; ++depth) {
                    if (!d.territoryIds.contains(id)) {
                        d.territoryIds.append(id);
                        d.territories.append(territories.value(id).name);
                    }
                    id = territories.value(id).parent;
                }
            });
        !s)
        return s.error();
    if (auto s = each(QStringLiteral("SELECT record_id, status FROM copy_state WHERE record_id IN (%1)"),
                      [](IndexDocument& d, const QSqlQuery& r) {
                          static const QStringList rank = {
                              QStringLiteral("none"), QStringLiteral("reference_only"),
                              QStringLiteral("on_loan"), QStringLiteral("available")};
                          const QString status = r.value(1).toString();
                          if (rank.indexOf(status) > rank.indexOf(d.availability))
                              d.availability = status;
                      });
        !s)
        return s.error();
    // Files just read are not read back from the catalogue.
    struct Pending
    {
        int document;
        int attachment;
    };
    QHash<QString, QList<Pending>> stored;
    if (auto s =
            each(QStringLiteral("SELECT a.record_id, a.id, a.sha256, t.state FROM attachment a LEFT JOIN "
                                "attachment_text t ON t.sha256 = a.sha256 WHERE a.record_id IN (%1) "
                                "ORDER BY a.record_id, a.id"),
                 [&](IndexDocument& d, const QSqlQuery& r) {
                     const QString sha = r.value(2).toString();
                     // Read this time (and, in a read-only catalogue, never stored), or stored.
                     const auto text = fresh.constFind(sha);
                     if (text == fresh.constEnd()) {
                         if (r.value(3).toString() != QLatin1String("done"))
                             return;
                         stored[sha].append({int(&d - documents.data()), int(d.attachments.size())});
                     }
                     d.attachments.append(
                         {r.value(1).toLongLong(), text == fresh.constEnd() ? QStringList() : *text});
                 });
        !s)
        return s.error();
    // The stored texts, by 500 files: each SHA-256 a bound parameter.
    const QStringList shas = stored.keys();
    for (qsizetype start = 0; start < shas.size(); start += 500) {
        const QStringList part = shas.mid(start, 500);
        q.prepare(QStringLiteral("SELECT sha256, page, text FROM attachment_page WHERE sha256 IN (%1) "
                                 "ORDER BY sha256, page")
                      .arg(sqlPlaceholders(part.size())));
        for (const QString& sha : part)
            q.addBindValue(sha);
        if (!q.exec())
            return sqlError(q, readError);
        QHash<QString, QStringList> pagesOf;
        if (auto s = eachRow(q, readError,
                             [&] {
                                 QStringList& pages = pagesOf[q.value(0).toString()];
                                 // Pages are numbered from 1 without gaps; a gap stays a blank page.
                                 const int page = q.value(1).toInt();
                                 while (pages.size() + 1 < page)
                                     pages.append(QString());
                                 pages.append(q.value(2).toString());
                             });
            !s)
            return s.error();
        for (auto it = pagesOf.cbegin(); it != pagesOf.cend(); ++it)
            for (const Pending& p : stored.value(it.key()))
                documents[p.document].attachments[p.attachment].pages = it.value();
    }
    return documents;
}

// Extraction and indexing overlap: the helpers read files while this
// thread stores their text and indexes every record whose files are read.
Result<IndexSync::Summary> IndexSync::indexRecords(const QList<qint64>& ids, qint64 lastSeq, bool all,
                                                   const Progress& progress)
{
    Summary summary;
    summary.lastSeq = lastSeq;
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");

    // Files never read, or whose stored text is outdated.
    ExtractionPool::Options extraction = m_extraction;
    auto ocr = ocrLanguage(m_db);
    if (!ocr)
        return ocr.error();
    extraction.ocrLanguage = *ocr;
    const QString extractor =
        extraction.ocrLanguage.isEmpty() ? TextExtractor::version() : TextExtractor::ocrVersion();
    QHash<QString, QList<qint64>> recordsOfFile;
    QHash<qint64, QStringList> filesOfRecord;
    QHash<qint64, int> pending;
    QList<ExtractionPool::Job> jobs;
    QStringList shas;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (int start = 0; start < (all ? 1 : ids.size()); start += 5000) {
        const QString scope =
            all ? QStringLiteral("1")
                : QStringLiteral("a.record_id IN (%1)").arg(sqlIdList(ids.mid(start, 5000)));
        if (!q.exec(QStringLiteral(
                        "SELECT a.record_id, b.sha256, b.mime_type FROM attachment a JOIN attachment_blob b "
                        "ON b.sha256 = a.sha256 LEFT JOIN attachment_text t ON t.sha256 = b.sha256 WHERE %1 "
                        "AND (t.sha256 IS NULL OR %2)")
                        .arg(scope, textOutdated(!extraction.ocrLanguage.isEmpty()))))
            return sqlError(q, readError);
        while (q.next()) {
            const qint64 record = q.value(0).toLongLong();
            const QString sha = q.value(1).toString();
            if (!recordsOfFile.contains(sha)) {
                shas.append(sha);
                jobs.append({Database::blobPath(m_db.filesDirectory(), sha), q.value(2).toString()});
            }
            recordsOfFile[sha].append(record);
            filesOfRecord[record].append(sha);
            ++pending[record];
        }
    }
    q.finish();

    QList<qint64> ready;
    for (qint64 id : ids) {
        if (!pending.contains(id))
            ready.append(id);
    }
    qsizetype readyPos = 0;
    struct Done
    {
        QString sha;
        ExtractedText text;
    };
    QList<Done> extracted;
    // Text read this time, kept until every record of its file is indexed.
    Texts fresh;
    QHash<QString, int> recordsToIndex;
    Status failure;
    bool stop = false;

    auto storeTexts = [&]() -> Status {
        // A read-only catalogue keeps no text: the index gets it from `fresh`.
        if (m_db.isReadOnly())
            extracted.clear();
        if (extracted.isEmpty())
            return Status::success();
        auto transaction = WriteTransaction::begin(m_db.connection());
        if (!transaction)
            return transaction.error();
        const char* const saveError =
            QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the extracted text");
        QSqlQuery insert(m_db.connection());
        QSqlQuery dropPages(m_db.connection());
        QSqlQuery insertPage(m_db.connection());
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO attachment_text (sha256, state, pages, extractor, message, extracted) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET state = excluded.state, "
                "pages = excluded.pages, extractor = excluded.extractor, message = excluded.message, "
                "extracted = excluded.extracted")))
            return sqlError(insert, saveError);
        if (!dropPages.prepare(QStringLiteral("DELETE FROM attachment_page WHERE sha256 = ?")))
            return sqlError(dropPages, saveError);
        if (!insertPage.prepare(
                QStringLiteral("INSERT INTO attachment_page (sha256, page, text) VALUES (?, ?, ?)")))
            return sqlError(insertPage, saveError);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const Done& done : std::as_const(extracted)) {
            insert.bindValue(0, done.sha);
            insert.bindValue(1, Extraction::key(done.text.state));
            insert.bindValue(2, done.text.pageCount());
            insert.bindValue(3, extractor);
            insert.bindValue(4, sqlText(done.text.message));
            insert.bindValue(5, now);
            if (auto s = execOrError(insert, saveError); !s)
                return s;
            dropPages.bindValue(0, done.sha);
            if (auto s = execOrError(dropPages, saveError); !s)
                return s;
            // One row a page: a hit's snippet reads its page alone.
            for (qsizetype page = 0; page < done.text.pages.size(); ++page) {
                insertPage.bindValue(0, done.sha);
                insertPage.bindValue(1, int(page + 1));
                insertPage.bindValue(2, sqlText(done.text.pages.at(page)));
                if (auto s = execOrError(insertPage, saveError); !s)
                    return s;
            }
        }
        extracted.clear();
        return transaction->commit();
    };
    // Indexes up to `count` ready records (their files' text stored first).
    auto indexReady = [&](qsizetype count) -> Status {
        if (readyPos >= ready.size())
            return Status::success();
        if (auto s = storeTexts(); !s)
            return s;
        const QList<qint64> batch = ready.mid(readyPos, count);
        readyPos += batch.size();
        auto documents = load(batch, fresh);
        if (!documents)
            return documents.error();
        for (qint64 id : batch) {
            for (const QString& sha : filesOfRecord.value(id)) {
                if (--recordsToIndex[sha] == 0)
                    fresh.remove(sha);
            }
        }
        QSet<qint64> present;
        for (const IndexDocument& d : std::as_const(*documents))
            present.insert(d.recordId);
        if (auto s = m_index.replaceAll(*documents); !s)
            return s;
        for (qint64 id : batch) {
            if (!present.contains(id)) {
                if (auto s = m_index.remove(id); !s)
                    return s;
            }
        }
        summary.records += int(batch.size());
        if (progress && !progress(tr("Indexing records"), summary.records, int(ids.size())))
            stop = true;
        return Status::success();
    };

    if (!jobs.isEmpty()) {
        ExtractionPool pool(extraction);
        pool.run(
            jobs,
            [&](int job, const ExtractedText& text) {
                if (!failure.ok())
                    return;
                ++summary.extracted;
                if (text.state == ExtractionState::Done)
                    summary.pages += text.pageCount();
                extracted.append({shas.at(job), text});
                if (text.state == ExtractionState::Done) {
                    fresh.insert(shas.at(job), text.pages);
                    recordsToIndex.insert(shas.at(job), int(recordsOfFile.value(shas.at(job)).size()));
                }
                for (qint64 record : recordsOfFile.value(shas.at(job))) {
                    if (--pending[record] == 0)
                        ready.append(record);
                }
                // A share of the ready records per file read keeps both the
                // helpers and this thread busy.
                if (ready.size() - readyPos >= 64)
                    failure = indexReady(64);
                else if (extracted.size() >= 256)
                    failure = storeTexts();
            },
            [&] { return stop || !failure.ok(); });
    }
    while (failure.ok() && !stop && readyPos < ready.size())
        failure = indexReady(batchSize);
    if (failure.ok())
        failure = storeTexts();
    if (!failure.ok())
        return failure.error();
    if (stop)
        return Error{tr("Indexing was stopped.")};
    const auto lastEntry = ChangeJournal::fingerprint(m_db.connection(), lastSeq);
    if (!lastEntry)
        return lastEntry.error();
    if (auto s = m_index.commit(lastSeq, *lastEntry); !s)
        return s.error();
    return summary;
}

// Every read must succeed before the new journal position is committed:
// a change skipped here would stay stale in the index until a rebuild.
Result<IndexSync::Summary> IndexSync::sync(const Progress& progress)
{
    if (m_index.needsRebuild())
        return rebuild(progress);
    const qint64 from = m_index.lastSeq();
    const QSqlDatabase db = m_db.connection();
    const auto end = journalEnd(db);
    if (!end)
        return end.error();
    // Does the index belong with this catalogue? A journal only grows: the
    // index's last change must be there, the same.
    QString drift;
    if (from > end->seq) {
        drift =
            tr("the index had taken in %1 changes, the catalogue has %2 (an older catalogue or a backup put "
               "back)")
                .arg(from)
                .arg(end->seq);
    } else if (from > 0) {
        const auto entry = ChangeJournal::fingerprint(db, from);
        if (!entry)
            return entry.error();
        const QString kept = m_index.lastEntry();
        if (!kept.isEmpty() && kept != *entry)
            drift = tr("the catalogue's change %1 is not the one the index took in (another catalogue or a "
                       "backup put back)")
                        .arg(from);
    } else if (m_index.documentCount() > 0) {
        drift = tr("the index has documents but no position in the catalogue's changes");
    } else {
        // A new index, or one deleted: made whole, faster than replaying the journal.
        return rebuild(progress);
    }
    if (!drift.isEmpty()) {
        qCWarning(lcSearch) << "search index does not match the catalogue:" << drift << "- rebuilding it";
        auto rebuilt = rebuild(progress);
        if (rebuilt)
            rebuilt->repaired = tr("The search index was rebuilt: %1.").arg(drift);
        return rebuilt;
    }
    auto applied = applyJournal(from, end->seq, progress);
    if (!applied)
        return applied;
    // A document for every record, and no other: lost documents (an index
    // file damaged, an index put back that missed some) are found here.
    if (m_index.documentCount() == end->records)
        return applied;
    auto repaired = repairDocuments(applied->lastSeq, progress);
    if (!repaired)
        return repaired;
    repaired->records += applied->records;
    repaired->extracted += applied->extracted;
    repaired->pages += applied->pages;
    return repaired;
}

Result<IndexSync::Summary> IndexSync::repairDocuments(qint64 seq, const Progress& progress)
{
    const auto indexed = m_index.recordIds();
    if (!indexed)
        return indexed.error();
    const auto inCatalogue = recordIds(m_db.connection());
    if (!inCatalogue)
        return inCatalogue.error();
    const QList<qint64>& catalogue = *inCatalogue;
    // Both in order: the ids in one and not the other.
    QList<qint64> missing;
    QList<qint64> gone;
    std::set_difference(catalogue.cbegin(), catalogue.cend(), indexed->cbegin(), indexed->cend(),
                        std::back_inserter(missing));
    std::set_difference(indexed->cbegin(), indexed->cend(), catalogue.cbegin(), catalogue.cend(),
                        std::back_inserter(gone));
    if (missing.isEmpty() && gone.isEmpty())
        return Summary{0, 0, 0, seq, {}}; // the counts were of two moments; nothing lost
    qCWarning(lcSearch) << "search index: documents missing for" << missing.size() << "records,"
                        << gone.size() << "documents of records gone; repairing";
    // A record that is no longer in the catalogue is removed from the index.
    QList<qint64> ids = missing + gone;
    std::sort(ids.begin(), ids.end());
    auto summary = indexRecords(ids, seq, false, progress);
    if (summary)
        summary->repaired =
            tr("The search index was repaired: %n record(s) added to it", nullptr, int(missing.size())) +
            tr(", %n record(s) no longer in the catalogue removed from it.", nullptr, int(gone.size()));
    return summary;
}

Result<IndexSync::Summary> IndexSync::applyJournal(qint64 from, qint64 to, const Progress& progress)
{
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");
    const QSqlDatabase db = m_db.connection();
    const auto ocr = ocrLanguage(m_db);
    if (!ocr)
        return ocr.error();
    // Records whose files' stored text is outdated are read again.
    QSet<qint64> records;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto collect = [&](const QString& sql) -> Status {
        if (!q.prepare(sql))
            return sqlError(q, readError);
        return eachRow(q, readError, [&] { records.insert(q.value(0).toLongLong()); });
    };
    if (auto s =
            collect(QStringLiteral("SELECT DISTINCT a.record_id FROM attachment a JOIN attachment_text t ON "
                                   "t.sha256 = a.sha256 WHERE %1")
                        .arg(textOutdated(!ocr->isEmpty())));
        !s)
        return s.error();
    if (to <= from && records.isEmpty())
        return Summary{0, 0, 0, from, {}};
    QSet<qint64> subjects;
    QSet<qint64> territoriesChanged;
    QSet<qint64> copies;
    qint64 seq = from;
    while (seq < to) {
        // Changes written after the end read with the record count wait for
        // the next sync: the count must describe what is indexed.
        const auto entries = ChangeJournal::since(db, seq, 50000, to);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            break;
        for (const auto& e : *entries) {
            seq = e.seq;
            switch (e.entity) {
            case ChangeJournal::Entity::Record:
                records.insert(e.entityId);
                break;
            case ChangeJournal::Entity::Subject:
                subjects.insert(e.entityId);
                break;
            case ChangeJournal::Entity::Territory:
                territoriesChanged.insert(e.entityId);
                break;
            case ChangeJournal::Entity::Copy:
                copies.insert(e.entityId);
                break;
            case ChangeJournal::Entity::Authority:
            case ChangeJournal::Entity::Attachment:
                // Their records are journaled with them.
                break;
            case ChangeJournal::Entity::Borrower:
            case ChangeJournal::Entity::Loan:
            case ChangeJournal::Entity::Hold:
            case ChangeJournal::Entity::Appointment:
            case ChangeJournal::Entity::Request:
                // Personal data and its links are never indexed; a loan's
                // effect on availability comes as its copy's entry.
                break;
            }
        }
    }
    // A renamed descriptor or territory changes the records that use it.
    if (!subjects.isEmpty()) {
        if (auto s = collect(QStringLiteral("SELECT record_id FROM record_subject WHERE subject_id IN (%1)")
                                 .arg(sqlIdList(QList<qint64>(subjects.begin(), subjects.end()))));
            !s)
            return s.error();
    }
    if (!copies.isEmpty()) {
        if (auto s = collect(QStringLiteral("SELECT record_id FROM copy WHERE id IN (%1)")
                                 .arg(sqlIdList(QList<qint64>(copies.begin(), copies.end()))));
            !s)
            return s.error();
    }
    if (!territoriesChanged.isEmpty()) {
        if (auto s = collect(
                QStringLiteral("SELECT record_id FROM record_territory WHERE territory_id IN (%1)")
                    .arg(sqlIdList(QList<qint64>(territoriesChanged.begin(), territoriesChanged.end()))));
            !s)
            return s.error();
    }
    q.finish();
    QList<qint64> ids(records.begin(), records.end());
    std::sort(ids.begin(), ids.end());
    return indexRecords(ids, seq, false, progress);
}

Result<std::unique_ptr<SearchIndex>>
IndexSync::openUpToDate(Database& db, const ExtractionPool::Options& extraction, const Progress& progress)
{
    const QString dir = SearchIndex::directoryFor(db);
    auto writable = SearchIndex::open(dir, SearchIndex::Mode::ReadWrite);
    if (writable) {
        IndexSync sync(db, **writable, extraction);
        if (auto s = sync.sync(progress); !s)
            return s.error();
        writable->reset();
    } else if (writable.error().kind != Error::Kind::Busy) {
        return writable.error();
    }
    return SearchIndex::open(dir, SearchIndex::Mode::ReadOnly);
}

Result<IndexSync::Summary> IndexSync::rebuild(const Progress& progress)
{
    const auto seq = ChangeJournal::lastSeq(m_db.connection());
    if (!seq)
        return seq.error();
    const auto ids = recordIds(m_db.connection());
    if (!ids)
        return ids.error();
    if (auto s = m_index.clear(); !s)
        return s.error();
    return indexRecords(*ids, *seq, true, progress);
}

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"
#include "core/search/ExtractionPool.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace infodoc::core {

class Database;
class SearchIndex;
struct IndexDocument;

// Brings the search index up to the database: applies the change journal
// after the sequence number stored in the index, one Xapian commit per
// batch; extracts the text of new attachments through the isolated helpers
// on the way. After a crash it simply replays; rebuild() starts again.
class IndexSync
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::IndexSync)

public:
    struct Summary
    {
        int records = 0;   // indexed or removed
        int extracted = 0; // files read this time
        int pages = 0;     // pages of the files read
        qint64 lastSeq = 0;
        // The index did not match the catalogue (deleted, an older or
        // another one put back, documents lost) and what was done: one
        // sentence, empty when it matched.
        QString repaired;
    };
    struct Lag
    {
        qint64 indexedSeq = 0;
        qint64 journalSeq = 0;
        qint64 documents = 0;
        qint64 records = 0;
    };
    // (stage, done, total); return false to stop after the current batch.
    using Progress = std::function<bool(const QString& stage, int done, int total)>;

    IndexSync(Database& db, SearchIndex& index, ExtractionPool::Options extraction);

    // Checks first that the index belongs with the catalogue (its last
    // change is the catalogue's, not ahead of it) and after that it has a
    // document for every record and no other: a mismatch is repaired and
    // said in Summary::repaired.
    Result<Summary> sync(const Progress& progress = {});
    Result<Summary> rebuild(const Progress& progress = {});
    Result<Lag> lag() const;

    // Text of attached files by their SHA-256, pages separated.
    using Texts = QHash<QString, QStringList>;

    // Documents for these records, as the index gets them (missing records
    // are left out). Text of attachments is taken from `fresh` (just read)
    // or else read from the stored extraction.
    Result<QList<IndexDocument>> load(const QList<qint64>& recordIds, const Texts& fresh = {}) const;

    static constexpr int batchSize = 1000;

    // The index of the catalogue brought up to date, open for reading. When
    // another program is writing it, what it holds is searched; any other
    // failure (the index, the catalogue) is an error.
    static Result<std::unique_ptr<SearchIndex>>
    openUpToDate(Database& db, const ExtractionPool::Options& extraction, const Progress& progress = {});

    // Optical character recognition of scanned PDFs, a setting of the
    // catalogue ("search.ocr"): Tesseract's language ("fra"), empty when off.
    // Turning it on reads again the PDFs found without a text layer.
    static Result<QString> ocrLanguage(Database& db);
    static Status setOcrLanguage(Database& db, const QString& language);

private:
    Result<Summary> applyJournal(qint64 from, qint64 to, const Progress& progress);
    // The records missing from the index and the documents of records gone.
    Result<Summary> repairDocuments(qint64 seq, const Progress& progress);
    Result<Summary> indexRecords(const QList<qint64>& ids, qint64 lastSeq, bool all,
                                 const Progress& progress);

    Database& m_db;
    SearchIndex& m_index;
    ExtractionPool::Options m_extraction;
};

} // namespace infodoc::core

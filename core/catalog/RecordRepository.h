#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>

namespace infodoc::core {

class Clock;
class Database;

struct RecordFilter
{
    QString text; // matched in title, authors and call number, accents ignored
    std::optional<DocumentType> type;
};

enum class RecordSort
{
    Title,
    Authors,
    Year,
    Type,
    CallNumber,
    Modified
};

// Where the next page starts (keyset pagination: no OFFSET scans).
struct RecordCursor
{
    QVariant key;
    qint64 id = 0;
};

struct RecordPageRequest
{
    RecordFilter filter;
    RecordSort sort = RecordSort::Title;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<RecordCursor> after;
    int limit = 200;
};

struct RecordPage
{
    QList<RecordSummary> rows;
    std::optional<RecordCursor> next; // empty on the last page
};

// Reads and writes records. Every write is one transaction that also
// appends to the change journal.
class RecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RecordRepository)

public:
    using Progress = std::function<bool(int done, int total)>; // return false to cancel

    RecordRepository(Database& db, const Clock& clock);
    ~RecordRepository();

    Result<qint64> add(const Record& record);
    // All or nothing: one transaction; an error names the record's position
    // (from 1) and nothing is written.
    Result<QList<qint64>> addAll(const QList<Record>& records, const Progress& progress = {});
    Status update(const Record& record);
    // Replaces many records at once, all or nothing; an error names the record's number.
    Status updateAll(const QList<Record>& records, const Progress& progress = {});
    Status remove(qint64 id);

    Result<Record> get(qint64 id) const;
    // Many records in one read (one snapshot, statements prepared once), in
    // the order given, each passed to `each` (false stops: "Cancelled");
    // an error names the first that cannot be read.
    Status forEach(const QList<qint64>& ids, const std::function<bool(const Record&)>& each) const;
    Result<bool> exists(qint64 id) const;
    // Every record's id, in the order they were created (a whole-catalogue export).
    Result<QList<qint64>> allIds() const;
    Result<RecordPage> page(const RecordPageRequest& request) const;
    Result<qint64> count(const RecordFilter& filter = {}) const;

    struct Duplicate
    {
        enum class Reason
        {
            SameIsbn,
            SameIssn,     // the same periodical, volume and issue
            SimilarTitle, // nearly the same title, the same year and a shared author (if any)
            SameSource    // the same record of the same centre, come before in an exchange package
        };
        RecordSummary record;
        Reason reason = Reason::SameIsbn;
    };
    // Other records that may be the same document as `record` (its own id is
    // left out), for the warning before saving.
    Result<QList<Duplicate>> possibleDuplicates(const Record& record) const;

    // Recomputes the denormalised author columns of the records an
    // authority appears in, and journals them; inside a transaction.
    static Status refreshRecordsOfAuthority(const QSqlDatabase& db, qint64 authorityId, const QDateTime& now);

    // The writer used inside an open transaction (for batch writers such as
    // the demo generator and imports).
    class Session;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

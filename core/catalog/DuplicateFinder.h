#pragma once

#include "core/catalog/RecordRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <future>
#include <optional>
#include <vector>

namespace infodoc::core {

// The catalogue's rule for "maybe the same document", and an index of the
// whole catalogue to apply it to many incoming records at once (an import
// checks thousands of records against a hundred thousand without a query
// each). The record form asks RecordRepository::possibleDuplicates, which
// applies the same rule with SQL.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::DuplicateFinder)

public:
    // Significant title words (folded, small words left out).
    static QStringList titleWords(const QString& title, const QString& subtitle);
    // Share of the words two titles have in common (Jaccard) on titleWords.
    static double titleSimilarity(const QStringList& a, const QStringList& b);
    static constexpr double kSimilarTitle = 0.8;
    // Surnames (or organisation words) of a record's responsibilities.
    static QStringList nameWords(const Record& record);
    // An author in common, or no author on one side.
    static bool sharedAuthor(const QStringList& names, const QStringList& otherNames);

    // The index keeps what the rule compares (numbers, folded words as
    // numbers); the summaries shown for a match are read when one is found.
    static Result<DuplicateFinder> load(Database& db);
    // The same, on a connection of its own in another thread, so that the
    // caller reads its file meanwhile; the finder it gives reads the
    // summaries of its matches through `db` (from the caller's thread).
    static std::future<Result<DuplicateFinder>> loadAside(Database& db);

    // The most likely first (same ISBN, same ISSN, then similar titles), at
    // most kMaxMatches; an error if a match's summary cannot be read.
    Result<QList<RecordRepository::Duplicate>> find(const Record& record) const;
    static constexpr int kMaxMatches = 10;
    // The record a copy's barcode belongs to, or 0.
    qint64 recordOfBarcode(const QString& barcode) const { return m_barcodes.value(barcode); }
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        qint64 id = 0;
        std::vector<int> title; // word numbers, sorted
        std::vector<int> names; // the authors' words as numbers, sorted
    };
    // Title words as numbers (one per distinct word), sorted: comparing two
    // titles is then a merge of two short arrays.
    std::vector<int> addWords(const QStringList& words);
    // The entries holding a year and a word number.
    std::pair<const int*, const int*> postings(qint64 yearWord) const;
    std::vector<int> numbersOf(const QStringList& words) const;

    Result<RecordSummary> summary(int index) const;

    Database* m_db = nullptr;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_words;
    QHash<QString, QList<int>> m_byIsbn;
    QHash<QString, QList<int>> m_byIssue; // ISSN, volume and issue
    static QString issueKey(const QString& issn, const QString& volume, const QString& issue);
    // (year, word number) -> entries, as sorted keys and the entries of each
    // in one array: m_postings[m_starts[k] .. m_starts[k + 1]) for m_keys[k].
    std::vector<qint64> m_keys;
    std::vector<int> m_starts;
    std::vector<int> m_postings;
    QHash<QString, qint64> m_barcodes;
    mutable QHash<int, RecordSummary> m_summaries;
    mutable std::optional<QSqlQuery> m_summaryQuery; // prepared on first use, in the caller's thread
    mutable std::vector<int> m_seen;                 // per entry: the last query that compared it
    mutable std::vector<int> m_taken;                // per entry: the last query that found it
    mutable int m_query = 0;
};

} // namespace infodoc::core

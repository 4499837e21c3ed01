#pragma once

#include "core/catalog/RecordRepository.h"

#include <QHash>
#include <QSet>

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

    static Result<DuplicateFinder> load(Database& db);

    QList<RecordRepository::Duplicate> find(const Record& record) const;
    // The record a copy's barcode belongs to, or 0.
    qint64 recordOfBarcode(const QString& barcode) const { return m_barcodes.value(barcode); }
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        RecordSummary summary;
        QString issn;
        QString volume;
        QString issue;
        QStringList title;
        QStringList names;
    };

    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_byIsbn;
    QHash<QString, QList<int>> m_byIssn;
    QHash<int, QHash<QString, QList<int>>> m_byYearWord; // year -> title word -> entries
    QHash<QString, qint64> m_barcodes;
};

} // namespace infodoc::core

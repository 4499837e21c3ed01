#pragma once

#include "core/common/Result.h"
#include "core/search/QueryParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace infodoc::core {

class Database;

// What the index knows of one record (built from the catalogue by IndexSync).
struct IndexDocument
{
    struct AttachmentText
    {
        qint64 attachmentId = 0;
        QStringList pages;
    };

    qint64 recordId = 0;
    QString type;      // document type key
    QString title;     // title and subtitle
    QString titleSort; // folded, article dropped
    QStringList authors;
    QStringList subjects;       // descriptor labels
    QList<qint64> subjectIds;   // descriptors, for facets and sujet:
    QStringList territories;    // names, with their broader territories
    QList<qint64> territoryIds; // the same, for facets
    QString text;               // abstract, notes, keywords, publisher, collection...
    QString callNumber;
    QString language;
    QString availability; // "available", "on_loan", "reference_only", "none"
    QString date;         // as catalogued, for sorting
    int year = 0;
    QList<AttachmentText> attachments;
};

struct SearchRequest
{
    enum class Sort
    {
        Relevance,
        DateNewest,
        DateOldest,
        Title
    };

    QueryNode query;
    // facet name -> accepted values (OR within a facet, AND across facets):
    // type, subject, territory, year, decade, language, availability.
    QHash<QString, QStringList> filters;
    Sort sort = Sort::Relevance;
    int offset = 0;
    int limit = 20;
    bool exact = false; // match accents exactly everywhere
    bool facets = true;
    bool pages = true; // the pages of attached files where the words occur, for each hit
};

struct SearchHit
{
    qint64 recordId = 0;
    double score = 0;
    int percent = 0;
    // Attachment id -> pages (from 1) where the query words occur.
    QMap<qint64, QList<int>> pages;
};

struct FacetCount
{
    QString value;
    int count = 0;
};

struct SearchResult
{
    qint64 total = 0;
    QList<SearchHit> hits;
    QMap<QString, QList<FacetCount>> facets; // most frequent first
    QString suggestion;                      // a corrected query when nothing was found
    // The total and facet counts are estimates scaled from a sample (large
    // result sets only); exact otherwise.
    bool approximate = false;
};

// The Xapian index of the catalogue: derived from the database, disposable,
// one document per record. Xapian stays inside XapianIndex.cpp.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SearchIndex)

public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };

    ~SearchIndex();
    static Result<std::unique_ptr<SearchIndex>> open(const QString& directory, Mode mode);
    // "<catalogue>.index" beside the catalogue file.
    static QString directoryFor(const QString& databasePath);
    // The index of an open catalogue: beside it, or for a read-only one (a
    // CD, a read-only share) in the user's cache folder, one per file
    // (path, size, date), made at the first search.
    static QString directoryFor(const Database& db);

    Status replace(const IndexDocument& document);
    // The same for many records, built on two threads.
    Status replaceAll(const QList<IndexDocument>& documents);
    Status remove(qint64 recordId);
    // Commits pending changes together with the last applied journal number.
    // `lastEntry`: ChangeJournal::fingerprint() of change `lastSeq`.
    Status commit(qint64 lastSeq, const QString& lastEntry = {});
    Status clear();
    qint64 lastSeq() const;
    // The fingerprint given at the last commit (empty for an index made
    // before fingerprints were kept).
    QString lastEntry() const;
    // Every record that has a document, in order.
    Result<QList<qint64>> recordIds() const;
    qint64 documentCount() const;
    // Built by an older version of Infodoc: sync rebuilds it.
    bool needsRebuild() const;
    qint64 sizeOnDisk() const;
    // Sees the latest commit (for a read-only index kept open).
    void reopen();

    Result<SearchResult> search(const SearchRequest& request) const;
    // How many matching documents facets are counted on before the counts
    // are scaled: exact below, fast above.
    static constexpr int facetSample = 5000;
    // Records most like `recordId`, best first.
    Result<QList<qint64>> similar(qint64 recordId, int limit) const;

private:
    class Private;
    explicit SearchIndex(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace infodoc::core

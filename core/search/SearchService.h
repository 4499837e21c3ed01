#pragma once

#include "core/catalog/Vocabulary.h"
#include "core/common/Result.h"
#include "core/search/SearchIndex.h"

#include <QCoreApplication>

#include <memory>

namespace infodoc::core {

class Database;

// Search as the user sees it: the query language, thesaurus expansion,
// facets with labels, and hits with their title, authors, the pages where
// the words occur and a highlighted snippet.
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SearchService)

public:
    struct Options
    {
        QString query;
        QHash<QString, QStringList> filters;
        SearchRequest::Sort sort = SearchRequest::Sort::Relevance;
        int offset = 0;
        int limit = 20;
        bool exact = false;
        bool narrower = false; // a descriptor also finds its narrower terms
        bool facets = true;
        bool snippets = true;
        // A query with a slip (an unclosed parenthesis or quote, "auteur:")
        // is searched as plain words instead of refused, and Result::hint
        // says why: the Search page and the visitor mode. The command line
        // refuses it.
        bool plainWordsOnError = false;
    };
    struct AttachmentPages
    {
        qint64 attachmentId = 0;
        QString fileName;
        QList<int> pages;
    };
    struct Hit
    {
        qint64 id = 0;
        QString title;
        QString authors;
        DocumentType type = DocumentType::Book;
        int year = 0;
        QString callNumber;
        int copies = 0;          // copies that can be consulted or lent (not lost or withdrawn)
        int copiesAvailable = 0; // of them, on the shelf now
        double score = 0;
        QList<AttachmentPages> attachments;
        QString snippet; // HTML: text escaped, matched words in <b>
    };
    struct Facet
    {
        QString value;
        QString label;
        int count = 0;
    };
    struct Result
    {
        qint64 total = 0;
        QList<Hit> hits;
        QMap<QString, QList<Facet>> facets;
        QString suggestion;
        bool approximate = false; // total and facet counts estimated
        QString hint;             // why the query was searched as plain words
    };

    SearchService(Database& db, SearchIndex& index);
    ~SearchService();

    core::Result<Result> search(const Options& options) const;
    // What search() asks the index: the query parsed, thesaurus terms
    // expanded, filters and sort.
    core::Result<SearchRequest> request(const Options& options) const;

private:
    core::Result<SearchRequest> requestFor(const QueryNode& query, const Options& options) const;

public:
    core::Result<QList<Hit>> similar(qint64 recordId, int limit = 10) const;

    // Highlighted extract of `text` around the words whose stems are given.
    static QString snippet(const QString& text, const QStringList& stems, int words = 30);

private:
    struct Descriptor
    {
        QStringList labels; // the descriptor, then its non-preferred terms
        QList<qint64> narrower;
    };
    Status loadVocabulary();
    // The typed words or phrase `typed`, or else the descriptor they name and its other forms.
    std::optional<QueryNode> alternatives(const QString& text, bool narrower, const QueryNode& typed) const;
    QueryNode expand(const QueryNode& node, bool narrower) const;
    core::Result<QList<Hit>> describe(const QList<SearchHit>& hits, const QStringList& stems,
                                      bool snippets) const;

    Database& m_db;
    SearchIndex& m_index;
    // Read once: the thesaurus by folded label (descriptors and non-preferred
    // terms), and the labels facets show.
    QHash<QString, qint64> m_descriptorByKey;
    QHash<qint64, Descriptor> m_descriptors;
    QHash<QString, QString> m_subjectLabels;
    QHash<QString, QString> m_territoryLabels;
    // Whether the above could be read; searching reports it if not.
    Status m_vocabulary;
    // The reads of describe(), prepared at the first search and kept.
    struct Statements;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace infodoc::core

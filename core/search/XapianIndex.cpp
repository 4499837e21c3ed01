// The Xapian adapter, with XapianDocument.cpp (and FrenchAnalyzer.cpp for
// the stemmer) the only files that include xapian.h; every Xapian::Error stops here.
#include "core/search/SearchIndex.h"

#include "core/common/Logging.h"
#include "core/common/TextFolding.h"
#include "core/search/XapianSchema_p.h"
#include "core/storage/Database.h"

#include <xapian.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

namespace infodoc::core {

using namespace xapian;

namespace {

// The facet values of every document, read once from the packed slot (the
// facets in kFacets order, separated by kFieldSeparator, several values of
// one facet by '|') and kept as small numbers: counting the facets of a
// query is then a few array increments per matching document, instead of a
// read of the document's values (which cost half of every query).
class FacetTable
{
public:
    static std::unique_ptr<FacetTable> load(const Xapian::Database& db)
    {
        auto table = std::make_unique<FacetTable>();
        table->m_revision = db.get_revision();
        std::array<std::unordered_map<std::string, std::uint32_t>, kFacetCount> ids;
        table->m_start.assign(std::size_t(db.get_lastdocid()) + 2, 0);
        Xapian::docid filled = 0;
        for (auto v = db.valuestream_begin(FacetsSlot); v != db.valuestream_end(FacetsSlot); ++v) {
            const Xapian::docid did = v.get_docid();
            for (Xapian::docid k = filled + 1; k <= did; ++k)
                table->m_start[k] = std::uint32_t(table->m_codes.size());
            filled = did;
            const std::string packed = *v;
            table->parse(packed, ids);
        }
        for (std::size_t k = std::size_t(filled) + 1; k < table->m_start.size(); ++k)
            table->m_start[k] = std::uint32_t(table->m_codes.size());
        // Every (facet, value) as one number, for counting.
        std::uint32_t offset = 0;
        for (std::size_t f = 0; f < kFacetCount; ++f) {
            table->m_offset[f] = offset;
            offset += std::uint32_t(table->m_values[f].size());
        }
        table->m_flatCount = offset;
        table->m_flat.reserve(table->m_codes.size());
        for (std::uint32_t code : table->m_codes)
            table->m_flat.push_back(table->m_offset[code >> 24] + (code & 0xffffffu));
        // The documents of each year, for year ranges.
        table->m_yearDocs.resize(table->m_values[kYearFacet].size());
        for (Xapian::docid did = 1; std::size_t(did) + 1 < table->m_start.size(); ++did)
            table->each(did, [&](std::size_t facet, std::uint32_t id) {
                if (facet == kYearFacet)
                    table->m_yearDocs[id].push_back(did);
            });
        return table;
    }

    // The documents whose year is within [from, to], as a bit set by docid.
    std::vector<std::uint64_t> yearsBetween(int from, int to, Xapian::doccount* count) const
    {
        std::vector<std::uint64_t> bits(m_start.size() / 64 + 1, 0);
        *count = 0;
        for (std::uint32_t id = 0; id < m_yearDocs.size(); ++id) {
            const int year = std::atoi(m_values[kYearFacet][id].c_str());
            if (year < from || year > to)
                continue;
            for (Xapian::docid did : m_yearDocs[id])
                bits[did / 64] |= std::uint64_t(1) << (did % 64);
            *count += Xapian::doccount(m_yearDocs[id].size());
        }
        return bits;
    }

    Xapian::rev revision() const { return m_revision; }
    const std::string& value(std::size_t facet, std::uint32_t id) const { return m_values[facet][id]; }
    std::size_t valueCount(std::size_t facet) const { return m_values[facet].size(); }

    // The (facet, value) numbers of a document, from 0 to flatCount().
    std::uint32_t flatCount() const { return m_flatCount; }
    std::uint32_t flatOf(std::size_t facet, std::uint32_t id) const { return m_offset[facet] + id; }
    template <typename F> void eachFlat(Xapian::docid did, F&& f) const
    {
        if (std::size_t(did) + 1 >= m_start.size())
            return;
        const std::uint32_t end = m_start[did + 1];
        for (std::uint32_t i = m_start[did]; i < end; ++i)
            f(m_flat[i]);
    }

    // (facet, value id) of a document, in the order of the packed value.
    template <typename F> void each(Xapian::docid did, F&& f) const
    {
        if (std::size_t(did) + 1 >= m_start.size())
            return;
        for (std::uint32_t i = m_start[did]; i < m_start[did + 1]; ++i)
            f(std::size_t(m_codes[i] >> 24), m_codes[i] & 0xffffffu);
    }

private:
    void parse(std::string_view packed,
               std::array<std::unordered_map<std::string, std::uint32_t>, kFacetCount>& ids)
    {
        std::size_t field = 0;
        std::size_t start = 0;
        while (start <= packed.size() && field < kFacetCount) {
            std::size_t end = packed.find(kFieldSeparator, start);
            if (end == std::string_view::npos)
                end = packed.size();
            std::size_t valueStart = start;
            while (valueStart < end) {
                std::size_t valueEnd = kFacets[field].multi ? packed.find('|', valueStart) : end;
                if (valueEnd == std::string_view::npos || valueEnd > end)
                    valueEnd = end;
                if (valueEnd > valueStart) {
                    std::string value(packed.substr(valueStart, valueEnd - valueStart));
                    auto [it, added] = ids[field].try_emplace(value, std::uint32_t(m_values[field].size()));
                    if (added)
                        m_values[field].push_back(std::move(value));
                    m_codes.push_back(std::uint32_t(field) << 24 | it->second);
                }
                valueStart = valueEnd + 1;
            }
            start = end + 1;
            ++field;
        }
    }

    Xapian::rev m_revision = 0;
    std::vector<std::uint32_t> m_start; // by docid: first code; the next docid's start ends it
    std::vector<std::uint32_t> m_codes; // facet << 24 | value id
    std::array<std::vector<std::string>, kFacetCount> m_values;
    std::vector<std::vector<Xapian::docid>> m_yearDocs; // by year value id, in docid order
    std::array<std::uint32_t, kFacetCount> m_offset{};  // of each facet's first value in the flat numbers
    std::vector<std::uint32_t> m_flat;                  // m_codes as flat numbers
    std::uint32_t m_flatCount = 0;
};

// The documents of a bit set by docid, as a posting list without weight
// (a filter): a year range answered from the facet table costs a bit test
// per candidate, where the same range as year terms made Xapian read and
// merge a dozen posting lists (the slowest queries of the benchmark).
class DocumentSetSource : public Xapian::PostingSource
{
public:
    DocumentSetSource(std::shared_ptr<const std::vector<std::uint64_t>> bits, Xapian::doccount count)
        : m_bits(std::move(bits)), m_count(count)
    {}

    Xapian::doccount get_termfreq_min() const override { return m_count; }
    Xapian::doccount get_termfreq_est() const override { return m_count; }
    Xapian::doccount get_termfreq_max() const override { return m_count; }

    void init(const Xapian::Database&) override
    {
        m_did = 0;
        m_atEnd = false;
    }
    void next(double) override { moveTo(m_did + 1); }
    void skip_to(Xapian::docid did, double) override
    {
        if (did > m_did)
            moveTo(did);
    }
    bool check(Xapian::docid did, double) override
    {
        // Known at once: a document is in the set or not.
        if (contains(did)) {
            m_did = did;
            return true;
        }
        m_did = did; // next() goes on after it
        return false;
    }
    bool at_end() const override { return m_atEnd; }
    Xapian::docid get_docid() const override { return m_did; }
    Xapian::PostingSource* clone() const override { return new DocumentSetSource(m_bits, m_count); }
    std::string get_description() const override
    {
        return "DocumentSetSource(" + std::to_string(m_count) + ")";
    }

private:
    bool contains(Xapian::docid did) const
    {
        const std::size_t word = did / 64;
        return word < m_bits->size() && ((*m_bits)[word] >> (did % 64) & 1u);
    }
    void moveTo(Xapian::docid from)
    {
        std::size_t word = from / 64;
        const std::vector<std::uint64_t>& bits = *m_bits;
        if (word < bits.size()) {
            std::uint64_t w = bits[word] & (~std::uint64_t(0) << (from % 64));
            while (true) {
                if (w) {
                    m_did = Xapian::docid(word * 64 + std::size_t(std::countr_zero(w)));
                    return;
                }
                if (++word >= bits.size())
                    break;
                w = bits[word];
            }
        }
        m_atEnd = true;
    }

    std::shared_ptr<const std::vector<std::uint64_t>> m_bits;
    Xapian::doccount m_count;
    Xapian::docid m_did = 0;
    bool m_atEnd = false;
};

// Counts the facet values of every matching document from the table.
class FacetSpy : public Xapian::MatchSpy
{
public:
    explicit FacetSpy(const FacetTable& table) : m_table(table), m_counts(table.flatCount(), 0) {}

    void operator()(const Xapian::Document& doc, double) override
    {
        ++seen;
        m_table.eachFlat(doc.get_docid(), [this](std::uint32_t flat) { ++m_counts[flat]; });
    }

    int count(std::size_t facet, std::uint32_t id) const { return m_counts[m_table.flatOf(facet, id)]; }

    Xapian::doccount seen = 0;

private:
    const FacetTable& m_table;
    std::vector<int> m_counts; // by flat (facet, value) number
};

class StemTermsOnly : public Xapian::ExpandDecider
{
public:
    bool operator()(const std::string& term) const override
    {
        return term.size() > 3 && term[0] == 'Z' && term[1] >= 'a' && term[1] <= 'z';
    }
};

int editDistance(const std::string& a, const std::string& b)
{
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int previous = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int current = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1)});
            previous = current;
        }
    }
    return row[b.size()];
}

} // namespace

class SearchIndex::Private
{
public:
    std::unique_ptr<Xapian::Database> db;
    Xapian::WritableDatabase* writable = nullptr; // same object as db when writable
    QString directory;

    // Words given to Xapian since the last commit: Xapian keeps pending
    // postings in maps that get slower as they grow, so the index commits
    // after a volume of words rather than after a number of documents
    // (measured on 20,000 demo records: 10 s committing every 200,000
    // words, about 600 records, against 13 s every 10,000 records).
    std::size_t pendingWords = 0;
    // Emptied by clear() and not committed since: a record not given since
    // is added without looking for an older version of it (a rebuild).
    bool fresh = false;
    std::unordered_set<qint64> givenSinceClear;
    static constexpr std::size_t commitEveryWords = 200000;
    DocumentBuilder builder;
    // Loaded by the first search that counts facets; dropped by any change.
    std::unique_ptr<FacetTable> facets;

    const FacetTable& facetTable()
    {
        if (!facets || (!writable && facets->revision() != db->get_revision()))
            facets = FacetTable::load(*db);
        return *facets;
    }

    Xapian::Query term(const std::string& t) const { return Xapian::Query(t); }

    // A second reader of a read-only index, for counting beside the ranking.
    std::unique_ptr<Xapian::Database> counter;

    // Whether the counting reader sees what the main one sees.
    bool counterInStep()
    {
        if (!counter || writable)
            return false;
        if (counter->get_revision() != db->get_revision())
            counter->reopen();
        return counter->get_revision() == db->get_revision();
    }

    // The request's query with its facet filters.
    Xapian::Query fullQuery(const SearchRequest& request, const FacetTable* table) const
    {
        Xapian::Query query = build(request.query, request.exact, table);
        for (const Facet& f : kFacets) {
            const QStringList values = request.filters.value(QString::fromLatin1(f.name));
            if (values.isEmpty())
                continue;
            std::vector<Xapian::Query> accepted;
            for (const QString& v : values)
                accepted.emplace_back(f.filterPrefix + utf8(v));
            query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                                  Xapian::Query(Xapian::Query::OP_OR, accepted.begin(), accepted.end()));
        }
        return query;
    }

    Xapian::Query words(const QList<FrenchAnalyzer::Token>& tokens, bool exact) const
    {
        std::vector<Xapian::Query> stems;
        std::vector<Xapian::Query> exactForms;
        for (const auto& t : tokens) {
            // Within a phrase, stop words ("le" of Villiers-le-Bel) are left
            // to the window: their positions are everywhere and checking
            // them cost most of such a query.
            if (tokens.size() == 1 || !FrenchAnalyzer::isStopWord(t.folded))
                stems.emplace_back("Z" + utf8(t.stem));
            exactForms.emplace_back(utf8(t.exact));
        }
        if (tokens.size() == 1)
            return exact ? exactForms.front() : stems.front();
        if (stems.empty()) {
            for (const auto& t : tokens)
                stems.emplace_back("Z" + utf8(t.stem));
        }
        Xapian::Query phrase(Xapian::Query::OP_PHRASE, stems.begin(), stems.end(),
                             Xapian::termcount(tokens.size()));
        if (!exact)
            return phrase;
        return Xapian::Query(Xapian::Query::OP_FILTER, phrase,
                             Xapian::Query(Xapian::Query::OP_AND, exactForms.begin(), exactForms.end()));
    }

    // The documents of a range: from the facet table when it is loaded
    // (every search that counts facets loads it), else as the year terms the
    // index holds (a decade inside the range as its decade term). A value
    // range read every candidate's year from the values, which cost more
    // than the words.
    Xapian::Query yearRange(int from, int to, const FacetTable* table) const
    {
        if (table) {
            Xapian::doccount count = 0;
            auto bits =
                std::make_shared<const std::vector<std::uint64_t>>(table->yearsBetween(from, to, &count));
            if (count == 0)
                return Xapian::Query::MatchNothing;
            return Xapian::Query((new DocumentSetSource(std::move(bits), count))->release());
        }
        std::vector<Xapian::Query> parts;
        std::set<int> decades;
        for (auto t = db->allterms_begin("XYEAR"); t != db->allterms_end("XYEAR"); ++t) {
            const int year = std::atoi((*t).c_str() + 5);
            if (year < from || year > to)
                continue;
            const int decade = year / 10 * 10;
            if (decade >= from && decade + 9 <= to) {
                if (decades.insert(decade).second)
                    parts.emplace_back("XDEC" + std::to_string(decade));
            } else {
                parts.emplace_back(*t);
            }
        }
        if (parts.empty())
            return Xapian::Query::MatchNothing;
        // A filter: no weight of its own.
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                             Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()), 0.0);
    }

    Xapian::Query fieldQuery(const QueryNode& node) const
    {
        std::vector<Xapian::Query> parts;
        auto each = [&](const char* prefix, bool stem) {
            for (const auto& t : node.tokens)
                parts.emplace_back(prefix + utf8(stem ? t.stem : t.folded));
        };
        if (node.field == QLatin1String("author"))
            each("A", false);
        else if (node.field == QLatin1String("title"))
            each("ZS", true);
        else if (node.field == QLatin1String("subject"))
            each("ZK", true);
        else if (node.field == QLatin1String("territory"))
            each("T", false);
        else if (node.field == QLatin1String("callnumber"))
            each("XC", false);
        else if (node.field == QLatin1String("type"))
            parts.emplace_back("XTYPE" + utf8(node.text));
        else if (node.field == QLatin1String("language"))
            parts.emplace_back("XLANG" + utf8(node.text.toLower()));
        else if (node.field == QLatin1String("subjectid")) {
            std::vector<Xapian::Query> ids;
            for (const QString& id : node.text.split(u','))
                ids.emplace_back("XSUBJ" + utf8(id));
            return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
        }
        if (parts.empty())
            return Xapian::Query::MatchNothing;
        return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    }

    // `table`: the facet table if loaded, for year ranges.
    Xapian::Query build(const QueryNode& node, bool exact, const FacetTable* table) const
    {
        switch (node.kind) {
        case QueryNode::Kind::All:
            // MatchAll's own: copying the shared constant would touch its
            // reference count from both searching threads.
            return Xapian::Query(std::string());
        case QueryNode::Kind::Match:
            return words(node.tokens, exact);
        case QueryNode::Kind::Phrase:
            return words(node.tokens, true);
        case QueryNode::Kind::Wildcard:
            // Words written without accents, and the folded forms of those
            // written with accents.
            return Xapian::Query(Xapian::Query::OP_OR,
                                 Xapian::Query(Xapian::Query::OP_WILDCARD, utf8(node.text), 500,
                                               Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT),
                                 Xapian::Query(Xapian::Query::OP_WILDCARD, "F" + utf8(node.text), 500,
                                               Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT));
        case QueryNode::Kind::Field:
            return fieldQuery(node);
        case QueryNode::Kind::YearRange:
            return yearRange(node.from, node.to ? node.to : 9999, table);
        case QueryNode::Kind::And:
        case QueryNode::Kind::Or: {
            std::vector<Xapian::Query> parts;
            for (const auto& c : node.children)
                parts.push_back(build(c, exact, table));
            return Xapian::Query(node.kind == QueryNode::Kind::And ? Xapian::Query::OP_AND
                                                                   : Xapian::Query::OP_OR,
                                 parts.begin(), parts.end());
        }
        case QueryNode::Kind::AndNot: {
            std::vector<Xapian::Query> excluded;
            for (int i = 1; i < node.children.size(); ++i)
                excluded.push_back(build(node.children.at(i), exact, table));
            return Xapian::Query(Xapian::Query::OP_AND_NOT, build(node.children.first(), exact, table),
                                 Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
        }
        }
        return Xapian::Query::MatchNothing;
    }

    // Pages of each attachment where one of `stems` occurs.
    QMap<qint64, QList<int>> pagesOf(Xapian::docid did, const std::string& pageMap,
                                     const QStringList& stems) const
    {
        QMap<qint64, QList<int>> result;
        const QString data = QString::fromStdString(pageMap);
        if (data.isEmpty() || stems.isEmpty())
            return result;
        struct Range
        {
            qint64 attachment;
            QList<Xapian::termpos> starts;
        };
        QList<Range> ranges;
        for (const QString& part : data.split(u';', Qt::SkipEmptyParts)) {
            Range r;
            r.attachment = part.section(u':', 0, 0).toLongLong();
            for (const QString& s : part.section(u':', 1).split(u',', Qt::SkipEmptyParts))
                r.starts.append(Xapian::termpos(s.toUInt()));
            if (!r.starts.isEmpty())
                ranges.append(r);
        }
        for (const QString& stem : stems) {
            const std::string t = "Z" + utf8(stem);
            for (auto it = db->positionlist_begin(did, t); it != db->positionlist_end(did, t); ++it) {
                const Xapian::termpos pos = *it;
                for (int r = ranges.size() - 1; r >= 0; --r) {
                    const Range& range = ranges.at(r);
                    if (pos < range.starts.first())
                        continue;
                    const auto page = std::upper_bound(range.starts.begin(), range.starts.end(), pos) -
                                      range.starts.begin();
                    QList<int>& pages = result[range.attachment];
                    if (!pages.contains(int(page)))
                        pages.append(int(page));
                    break;
                }
            }
        }
        for (auto& pages : result)
            std::sort(pages.begin(), pages.end());
        return result;
    }

    QString suggest(const QueryNode& query) const
    {
        QStringList words;
        bool changed = false;
        std::function<void(const QueryNode&)> walk = [&](const QueryNode& n) {
            if (n.kind == QueryNode::Kind::Match || n.kind == QueryNode::Kind::Phrase) {
                for (const auto& t : n.tokens) {
                    const std::string word = utf8(t.folded);
                    if (word.size() < 4 || db->term_exists(word) || db->term_exists("F" + word)) {
                        words.append(t.folded);
                        continue;
                    }
                    std::string best;
                    Xapian::doccount bestFreq = 0;
                    int bestDistance = 3;
                    // Folded words: those written without accents (no prefix,
                    // ASCII only) and the "F" forms of the others.
                    for (const std::string& prefix : {word.substr(0, 1), "F" + word.substr(0, 1)}) {
                        const bool folded = prefix.size() > 1;
                        for (auto it = db->allterms_begin(prefix); it != db->allterms_end(prefix); ++it) {
                            const std::string candidate = folded ? (*it).substr(1) : *it;
                            if (candidate.size() + 2 < word.size() || candidate.size() > word.size() + 2)
                                continue;
                            if (!folded && std::any_of(candidate.begin(), candidate.end(),
                                                       [](char c) { return (c & 0x80) != 0; }))
                                continue;
                            const int d = editDistance(word, candidate);
                            if (d < bestDistance || (d == bestDistance && it.get_termfreq() > bestFreq)) {
                                best = candidate;
                                bestDistance = d;
                                bestFreq = it.get_termfreq();
                            }
                        }
                    }
                    if (!best.empty()) {
                        words.append(QString::fromStdString(best));
                        changed = true;
                    } else {
                        words.append(t.folded);
                    }
                }
            }
            for (const auto& c : n.children)
                walk(c);
        };
        walk(query);
        return changed ? words.join(u' ') : QString();
    }
};

SearchIndex::SearchIndex(std::unique_ptr<Private> p) : d(std::move(p)) {}

SearchIndex::~SearchIndex()
{
    try {
        if (d->writable)
            d->writable->close();
    } catch (const Xapian::Error& e) {
        qCWarning(lcSearch) << "closing the index:" << QString::fromStdString(e.get_msg());
    }
}

QString SearchIndex::directoryFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".index");
}

QString SearchIndex::directoryFor(const Database& db)
{
    if (!db.isReadOnly())
        return directoryFor(db.path());
    const QFileInfo info(db.path());
    const QByteArray key = QFile::encodeName(info.absoluteFilePath()) + '\n' +
                           QByteArray::number(info.size()) + '\n' +
                           QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/read-only-catalogues/") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24)) +
           QStringLiteral(".index");
}

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString& directory, Mode mode)
{
    auto p = std::make_unique<Private>();
    p->directory = directory;
    try {
        if (mode == Mode::ReadWrite) {
            QDir().mkpath(QFileInfo(directory).absolutePath());
            auto* w = new Xapian::WritableDatabase(utf8(directory), Xapian::DB_CREATE_OR_OPEN);
            p->db.reset(w);
            p->writable = w;
        } else {
            if (!QFileInfo::exists(directory))
                return Error{tr("The search index has not been built yet (infodoc-cli index rebuild).")};
            p->db = std::make_unique<Xapian::Database>(utf8(directory));
            p->counter = std::make_unique<Xapian::Database>(utf8(directory));
        }
    } catch (const Xapian::DatabaseLockError&) {
        return Error{tr("The search index %1 is being updated by another program; try again in a moment.")
                         .arg(QDir::toNativeSeparators(directory)),
                     Error::Kind::Busy};
    } catch (const Xapian::Error& e) {
        return Error{tr("Cannot open the search index %1: %2")
                         .arg(QDir::toNativeSeparators(directory), QString::fromStdString(e.get_msg()))};
    }
    return std::unique_ptr<SearchIndex>(new SearchIndex(std::move(p)));
}

Status SearchIndex::replace(const IndexDocument& in)
{
    return replaceAll({in});
}

Status SearchIndex::replaceAll(const QList<IndexDocument>& documents)
{
    if (!d->writable)
        return Error{tr("The search index is open for reading only.")};
    d->facets.reset();
    qint64 current = 0;
    try {
        d->builder.build(documents, [&](qsizetype i, Xapian::Document& document, std::size_t words) {
            current = documents.at(i).recordId;
            if (d->fresh && d->givenSinceClear.insert(current).second)
                d->writable->add_document(document);
            else
                d->writable->replace_document(idTerm(current), document);
            d->pendingWords += words;
            // The journal number stored in the index is not changed here:
            // a stop before the caller's commit replays these records.
            if (d->pendingWords >= Private::commitEveryWords) {
                d->writable->commit();
                d->pendingWords = 0;
            }
        });
    } catch (const Xapian::Error& e) {
        return Error{tr("Cannot index record %1: %2").arg(current).arg(QString::fromStdString(e.get_msg()))};
    }
    return Status::success();
}

Status SearchIndex::remove(qint64 recordId)
{
    if (!d->writable)
        return Error{tr("The search index is open for reading only.")};
    try {
        d->facets.reset();
        d->givenSinceClear.erase(recordId);
        d->writable->delete_document(idTerm(recordId));
    } catch (const Xapian::Error& e) {
        return Error{tr("Cannot update the search index: %1").arg(QString::fromStdString(e.get_msg()))};
    }
    return Status::success();
}

Status SearchIndex::commit(qint64 lastSeq, const QString& lastEntry)
{
    if (!d->writable)
        return Error{tr("The search index is open for reading only.")};
    try {
        d->writable->set_metadata("last_seq", std::to_string(lastSeq));
        d->writable->set_metadata("last_entry", utf8(lastEntry));
        d->writable->set_metadata("format", kIndexFormat);
        d->writable->commit();
        d->pendingWords = 0;
        d->fresh = false;
        d->givenSinceClear.clear();
    } catch (const Xapian::Error& e) {
        return Error{tr("Cannot update the search index: %1").arg(QString::fromStdString(e.get_msg()))};
    }
    return Status::success();
}

Status SearchIndex::clear()
{
    if (!d->writable)
        return Error{tr("The search index is open for reading only.")};
    try {
        d->facets.reset();
        // Starting afresh is much faster than deleting every document.
        d->writable->close();
        d->db.reset();
        d->writable = nullptr;
        auto* w = new Xapian::WritableDatabase(utf8(d->directory), Xapian::DB_CREATE_OR_OVERWRITE);
        d->db.reset(w);
        d->writable = w;
        d->fresh = true;
        d->givenSinceClear.clear();
    } catch (const Xapian::Error& e) {
        return Error{tr("Cannot update the search index: %1").arg(QString::fromStdString(e.get_msg()))};
    }
    return Status::success();
}

qint64 SearchIndex::lastSeq() const
{
    try {
        return QString::fromStdString(d->db->get_metadata("last_seq")).toLongLong();
    } catch (const Xapian::Error&) {
        return 0;
    }
}

QString SearchIndex::lastEntry() const
{
    try {
        return QString::fromStdString(d->db->get_metadata("last_entry"));
    } catch (const Xapian::Error&) {
        return {};
    }
}

Result<QList<qint64>> SearchIndex::recordIds() const
{
    QList<qint64> ids;
    try {
        const std::string prefix = idTerm(0).substr(0, 1);
        for (auto t = d->db->allterms_begin(prefix); t != d->db->allterms_end(prefix); ++t) {
            const std::string term = *t;
            bool ok = false;
            const qint64 id = QByteArray::fromStdString(term.substr(prefix.size())).toLongLong(&ok);
            if (ok)
                ids.append(id);
        }
    } catch (const Xapian::Error& e) {
        return Error{tr("Cannot read the search index: %1").arg(QString::fromStdString(e.get_msg()))};
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool SearchIndex::needsRebuild() const
{
    try {
        return d->db->get_doccount() > 0 && d->db->get_metadata("format") != kIndexFormat;
    } catch (const Xapian::Error&) {
        return true;
    }
}

qint64 SearchIndex::documentCount() const
{
    try {
        return qint64(d->db->get_doccount());
    } catch (const Xapian::Error&) {
        return 0;
    }
}

qint64 SearchIndex::sizeOnDisk() const
{
    qint64 size = 0;
    QDirIterator it(d->directory, QDir::Files);
    while (it.hasNext()) {
        it.next();
        size += it.fileInfo().size();
    }
    return size;
}

void SearchIndex::reopen()
{
    try {
        d->db->reopen();
        if (d->counter)
            d->counter->reopen();
    } catch (const Xapian::Error& e) {
        qCWarning(lcSearch) << "reopening the index:" << QString::fromStdString(e.get_msg());
    }
}

Result<SearchResult> SearchIndex::search(const SearchRequest& request) const
{
    SearchResult result;
    try {
        const FacetTable* table = request.facets || d->facets ? &d->facetTable() : nullptr;
        // Facets are counted on the first `facetSample` matches: exact for
        // the result sets people browse, scaled estimates for huge ones.
        const Xapian::doccount check =
            request.facets ? std::min<Xapian::doccount>(d->db->get_doccount(), facetSample) : 0;
        std::optional<FacetSpy> spy;
        if (request.facets)
            spy.emplace(*table);
        // A read-only index counts the matches and their facets on a second
        // reader of the same revision, on a thread of its own and without
        // weights, while this one ranks the page of hits: the count stops
        // at the sample where the ranking reads every match.
        struct Count
        {
            Xapian::doccount estimated = 0;
            bool approximate = false;
            std::string error;
        };
        std::future<Count> counted;
        if (request.facets && d->counterInStep()) {
            try {
                counted = std::async(std::launch::async, [this, &request, table, &spy, check] {
                    Count c;
                    try {
                        Xapian::Enquire enquire(*d->counter);
                        enquire.set_query(d->fullQuery(request, table));
                        enquire.set_weighting_scheme(Xapian::BoolWeight());
                        enquire.add_matchspy(&*spy);
                        const Xapian::MSet mset = enquire.get_mset(0, 0, check);
                        c.estimated = mset.get_matches_estimated();
                        c.approximate = mset.get_matches_lower_bound() != mset.get_matches_upper_bound();
                    } catch (const Xapian::Error& e) {
                        c.error = e.get_msg();
                    }
                    return c;
                });
            } catch (const std::system_error&) {
                // No thread to be had: the ranking counts as well.
            }
        }
        Xapian::Enquire enquire(*d->db);
        enquire.set_query(d->fullQuery(request, table));
        switch (request.sort) {
        case SearchRequest::Sort::Relevance:
            break;
        case SearchRequest::Sort::DateNewest:
            enquire.set_sort_by_value_then_relevance(DateSort, true);
            break;
        case SearchRequest::Sort::DateOldest:
            enquire.set_sort_by_value_then_relevance(DateSort, false);
            break;
        case SearchRequest::Sort::Title:
            enquire.set_sort_by_value_then_relevance(TitleSort, false);
            break;
        }
        if (spy && !counted.valid())
            enquire.add_matchspy(&*spy);
        const Xapian::MSet mset =
            enquire.get_mset(Xapian::doccount(std::max(0, request.offset)),
                             Xapian::doccount(std::max(0, request.limit)), counted.valid() ? 0 : check);
        const QStringList stems = request.query.positiveStems();
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            SearchHit hit;
            const std::string data = it.get_document().get_data();
            hit.recordId = recordOfData(data);
            hit.score = it.get_weight();
            hit.percent = it.get_percent();
            if (request.pages)
                hit.pages = d->pagesOf(*it, pageMapOfData(data), stems);
            result.hits.append(hit);
        }
        if (counted.valid()) {
            const Count c = counted.get();
            if (!c.error.empty())
                return Error{tr("The search failed: %1").arg(QString::fromStdString(c.error))};
            result.total = qint64(c.estimated);
            result.approximate = c.approximate;
        } else {
            result.total = qint64(mset.get_matches_estimated());
            result.approximate = mset.get_matches_lower_bound() != mset.get_matches_upper_bound();
        }
        if (spy) {
            const double scale =
                spy->seen > 0 && qint64(spy->seen) < result.total ? double(result.total) / spy->seen : 1.0;
            for (size_t i = 0; i < std::size(kFacets); ++i) {
                const Facet& f = kFacets[i];
                QList<FacetCount> counts;
                for (std::uint32_t id = 0; id < table->valueCount(i); ++id) {
                    if (const int count = spy->count(i, id))
                        counts.append(
                            {QString::fromStdString(table->value(i, id)), int(std::lround(count * scale))});
                }
                std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
                    return a.count != b.count ? a.count > b.count : a.value < b.value;
                });
                result.facets.insert(QString::fromLatin1(f.name), counts);
            }
        }
        if (result.total == 0)
            result.suggestion = d->suggest(request.query);
    } catch (const Xapian::Error& e) {
        return Error{tr("The search failed: %1").arg(QString::fromStdString(e.get_msg()))};
    }
    return result;
}

Result<QList<qint64>> SearchIndex::similar(qint64 recordId, int limit) const
{
    QList<qint64> ids;
    try {
        Xapian::PostingIterator p = d->db->postlist_begin(idTerm(recordId));
        if (p == d->db->postlist_end(idTerm(recordId)))
            return Error{tr("Record %1 is not in the search index.").arg(recordId)};
        Xapian::RSet rset;
        rset.add_document(*p);
        Xapian::Enquire enquire(*d->db);
        enquire.set_query(Xapian::Query(idTerm(recordId)));
        StemTermsOnly decider;
        const Xapian::ESet eset = enquire.get_eset(40, rset, &decider);
        Xapian::Query query(Xapian::Query::OP_OR, eset.begin(), eset.end());
        query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(idTerm(recordId)));
        enquire.set_query(query);
        const Xapian::MSet mset = enquire.get_mset(0, Xapian::doccount(limit));
        for (auto it = mset.begin(); it != mset.end(); ++it)
            ids.append(recordOfData(it.get_document().get_data()));
    } catch (const Xapian::Error& e) {
        return Error{tr("The search failed: %1").arg(QString::fromStdString(e.get_msg()))};
    }
    return ids;
}

} // namespace infodoc::core

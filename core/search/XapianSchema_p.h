#pragma once

// How records are laid out in the Xapian index: term prefixes, value slots,
// facets. Included only by the Xapian adapter's own files (XapianIndex.cpp,
// XapianDocument.cpp); Xapian's own header stays in those .cpp files.
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

namespace Xapian {
class Document;
}

namespace infodoc::core {

struct IndexDocument;

namespace xapian {

// Terms: "Z" folded stem, with positions (words, phrases, pages); no
// prefix: the exact lower-case form (exact mode, wildcards, spelling); "F"
// folded form of a word written with accents (wildcards, spelling); field
// terms "ZS" title stem, "S" title word, "A" author, "ZK" subject stem,
// "T" territory, "XC" call number; boolean "Q" record id, "XTYPE",
// "XSUBJ", "XTERR", "XLANG", "XAVAIL", "XYEAR", "XDEC".
// The base type is Xapian::valueno (checked in XapianDocument.cpp).
enum Slot : unsigned
{
    YearNumber = 0,
    TitleSort = 1,
    DateSort = 2,
    // Every facet value in one slot (one value per document rather than one
    // per facet: fewer value streams for Xapian to write), read once into
    // memory by a searching index.
    FacetsSlot = 3,
};

// Bumped whenever documents are built differently; an older index is rebuilt.
inline constexpr const char* kIndexFormat = "6";

// The facets, in their order in the packed FacetsSlot value: separated by
// kFieldSeparator, several values of one facet by '|'.
struct Facet
{
    const char* name;
    bool multi;
    const char* filterPrefix;
};
inline constexpr char kFieldSeparator = '\x1e';

inline constexpr Facet kFacets[] = {
    {"type", false, "XTYPE"},          {"subject", true, "XSUBJ"}, {"territory", true, "XTERR"},
    {"year", false, "XYEAR"},          {"decade", false, "XDEC"},  {"language", false, "XLANG"},
    {"availability", false, "XAVAIL"},
};
inline constexpr std::size_t kFacetCount = std::size(kFacets);
// The place of the year in kFacets (year ranges are answered from it).
inline constexpr std::size_t kYearFacet = 3;
static_assert(std::string_view(kFacets[kYearFacet].name) == "year");

inline std::string utf8(const QString& s)
{
    return s.toStdString();
}

inline std::string idTerm(qint64 recordId)
{
    return "Q" + std::to_string(recordId);
}

// A document's data: "<record id>|<page map>", the page map listing where
// each page of each attachment starts ("12:1,340,702;13:1"). A hit takes its
// record from here, without reading the document's terms.
inline std::string documentData(qint64 recordId, const std::string& pageMap)
{
    return std::to_string(recordId) + '|' + pageMap;
}

inline qint64 recordOfData(const std::string& data)
{
    return std::strtoll(data.c_str(), nullptr, 10);
}

inline std::string pageMapOfData(const std::string& data)
{
    const auto bar = data.find('|');
    return bar == std::string::npos ? std::string() : data.substr(bar + 1);
}

// Xapian terms are limited to 245 bytes; longer "words" are noise.
inline bool usable(const std::string& term)
{
    return !term.empty() && term.size() < 200;
}

// The Xapian document of a record; `words` receives how many words it
// holds. No shared state: several threads can build documents at once.
Xapian::Document buildDocument(const IndexDocument& in, std::size_t& words);

// Builds the documents of batches of records: a second thread builds ahead
// while the calling one hands the documents to Xapian (and builds too
// rather than wait). The second thread lives as long as the builder, so its
// cache of word analyses lasts from one batch to the next.
class DocumentBuilder
{
public:
    DocumentBuilder();
    ~DocumentBuilder();
    DocumentBuilder(const DocumentBuilder&) = delete;
    DocumentBuilder& operator=(const DocumentBuilder&) = delete;

    // Calls `take` on the calling thread with each document of `records`,
    // in order, and the number of words it holds. An exception thrown by
    // `take` or by building a document ends the batch and is passed on.
    using Take = std::function<void(qsizetype index, Xapian::Document& document, std::size_t words)>;
    void build(const QList<IndexDocument>& records, const Take& take);

private:
    class Thread;
    std::unique_ptr<Thread> m_thread;
};

} // namespace xapian
} // namespace infodoc::core

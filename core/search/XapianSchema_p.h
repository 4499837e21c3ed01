#pragma once

// How records are laid out in the Xapian index: term prefixes, value slots,
// facets. Included only by the Xapian adapter's own files (XapianIndex.cpp,
// XapianDocument.cpp), which build with QT_NO_KEYWORDS.
#include <xapian.h>

#include <QString>

#include <iterator>
#include <string>

namespace infodoc::core {

struct IndexDocument;

namespace xapian {

// Terms: "Z" folded stem, with positions (words, phrases, pages); no
// prefix: the exact lower-case form (exact mode, wildcards, spelling); "F"
// folded form of a word written with accents (wildcards, spelling); field
// terms "ZS" title stem, "S" title word, "A" author, "ZK" subject stem,
// "T" territory, "XC" call number; boolean "Q" record id, "XTYPE",
// "XSUBJ", "XTERR", "XLANG", "XAVAIL", "XYEAR", "XDEC".
enum Slot : Xapian::valueno
{
    YearNumber = 0,
    TitleSort = 1,
    DateSort = 2,
    TypeSlot = 3,
    LanguageSlot = 4,
    AvailabilitySlot = 5,
    SubjectSlot = 6,
    TerritorySlot = 7,
    DecadeSlot = 8,
    YearSlot = 9,
    // Every facet value in one slot, read once per matching document.
    FacetsSlot = 10,
};

// Bumped whenever documents are built differently; an older index is rebuilt.
inline constexpr const char* kIndexFormat = "4";

struct FacetSlot
{
    const char* name;
    Slot slot; // also the facet's place in the packed FacetsSlot value
    bool multi;
    const char* filterPrefix;
};
inline constexpr char kFieldSeparator = '\x1e';

inline constexpr FacetSlot kFacets[] = {
    {"type", TypeSlot, false, "XTYPE"},
    {"subject", SubjectSlot, true, "XSUBJ"},
    {"territory", TerritorySlot, true, "XTERR"},
    {"year", YearSlot, false, "XYEAR"},
    {"decade", DecadeSlot, false, "XDEC"},
    {"language", LanguageSlot, false, "XLANG"},
    {"availability", AvailabilitySlot, false, "XAVAIL"},
};
inline constexpr std::size_t kFacetCount = std::size(kFacets);

inline std::string utf8(const QString& s)
{
    return s.toStdString();
}

inline std::string idTerm(qint64 recordId)
{
    return "Q" + std::to_string(recordId);
}

// Xapian terms are limited to 245 bytes; longer "words" are noise.
inline bool usable(const std::string& term)
{
    return !term.empty() && term.size() < 200;
}

// The Xapian document of a record; `words` receives how many words it
// holds. No shared state: several threads can build documents at once.
Xapian::Document buildDocument(const IndexDocument& in, Xapian::termcount& words);

} // namespace xapian
} // namespace infodoc::core

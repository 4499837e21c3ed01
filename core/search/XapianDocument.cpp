// Builds the Xapian document of a record: the indexing half of the Xapian
// adapter. Most of a rebuild's time outside Xapian is spent here, so words
// are read once (FrenchAnalyzer::scan), their terms come from a cache, and
// the terms without positions are counted per document and handed to
// Xapian once each; a batch of records is built on two threads.
#include "core/search/FrenchAnalyzer.h"
#include "core/search/SearchIndex.h"
#include "core/search/XapianSchema_p.h"

#include "core/common/TextFolding.h"

#include <xapian.h>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace infodoc::core::xapian {

static_assert(std::is_same_v<std::underlying_type_t<Slot>, Xapian::valueno>);

namespace {

// The terms of one distinct lower-case word, and its count in the
// document being built.
struct WordTerms
{
    std::string stem;   // "Z" + folded stem
    std::string exact;  // lower case, accents kept
    std::string folded; // "F" + folded, for a word with accents only
    bool elision = false;
    quint64 document = 0; // the document the counts below belong to
    Xapian::termcount exactCount = 0;
    Xapian::termcount foldedCount = 0;
};

struct Hash
{
    using is_transparent = void;
    std::size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>()(s); }
};

class DocumentWriter
{
public:
    explicit DocumentWriter(Xapian::Document& doc) : m_doc(doc)
    {
        // Entries are referred to by address while a document is built:
        // the cache is only ever emptied between documents.
        if (cache().size() > 300000)
            cache().clear();
        m_stamp = ++documentsBuilt();
    }

    // Words of `text`, with positions; a word of a field with `weight` 4
    // counts as four occurrences (a title word outweighs page 40).
    void text(QStringView text, int weight = 1)
    {
        bool any = false;
        FrenchAnalyzer::scan(text,
                             [&](QStringView lower, qsizetype, qsizetype, bool apostropheFollows, bool) {
                                 WordTerms& w = terms(lower);
                                 if (apostropheFollows && w.elision)
                                     return;
                                 if (usable(w.stem))
                                     m_doc.add_posting(w.stem, m_position, Xapian::termcount(weight));
                                 if (w.document != m_stamp) {
                                     w.document = m_stamp;
                                     w.exactCount = 0;
                                     w.foldedCount = 0;
                                     m_seen.push_back(&w);
                                 }
                                 w.exactCount += Xapian::termcount(weight);
                                 w.foldedCount += 1;
                                 ++m_position;
                                 ++m_words;
                                 any = true;
                             });
        if (any)
            m_position += 99; // no phrase across fields or pages
    }

    // Field terms without positions: `prefix` + the folded stem or word.
    void field(const char* prefix, QStringView text, bool stemmed)
    {
        FrenchAnalyzer::scan(text,
                             [&](QStringView lower, qsizetype, qsizetype, bool apostropheFollows, bool) {
                                 const WordTerms& w = terms(lower);
                                 if (apostropheFollows && w.elision)
                                     return;
                                 std::string term(prefix);
                                 if (stemmed)
                                     term.append(w.stem, 1);
                                 else if (!w.folded.empty())
                                     term.append(w.folded, 1);
                                 else
                                     term += w.exact;
                                 if (usable(term))
                                     m_doc.add_term(term);
                             });
    }

    Xapian::termpos position() const { return m_position; }
    void skip() { ++m_position; }

    // Hands the counted terms to Xapian; returns the number of words.
    Xapian::termcount finish()
    {
        for (const WordTerms* w : m_seen) {
            if (usable(w->exact))
                m_doc.add_term(w->exact, w->exactCount);
            if (usable(w->folded))
                m_doc.add_term(w->folded, w->foldedCount);
        }
        m_seen.clear();
        return m_words;
    }

private:
    using Cache = std::unordered_map<std::u16string, WordTerms, Hash, std::equal_to<>>;
    static Cache& cache()
    {
        thread_local Cache c;
        return c;
    }
    static quint64& documentsBuilt()
    {
        thread_local quint64 n = 0;
        return n;
    }

    static WordTerms& terms(QStringView lower)
    {
        const std::u16string_view key(lower.utf16(), std::size_t(lower.size()));
        Cache& c = cache();
        auto it = c.find(key);
        if (it == c.end()) {
            const QString exact = lower.toString();
            const QString folded = text::foldCase(exact);
            WordTerms w;
            w.stem = "Z" + utf8(FrenchAnalyzer::stem(exact));
            w.exact = utf8(exact);
            // Most words have no accents: their exact form is their folded
            // form, one term instead of two.
            if (folded != exact)
                w.folded = "F" + utf8(folded);
            w.elision = FrenchAnalyzer::isElision(folded);
            it = c.emplace(std::u16string(key), std::move(w)).first;
        }
        return it->second;
    }

    Xapian::Document& m_doc;
    Xapian::termpos m_position = 1;
    Xapian::termcount m_words = 0;
    quint64 m_stamp = 0;
    std::vector<WordTerms*> m_seen;
};

} // namespace

Xapian::Document buildDocument(const IndexDocument& in, std::size_t& words)
{
    Xapian::Document doc;
    DocumentWriter writer(doc);
    doc.add_boolean_term(idTerm(in.recordId));
    doc.add_boolean_term("XTYPE" + utf8(in.type));
    writer.text(in.title, 6);
    writer.field("ZS", in.title, true);
    writer.field("S", in.title, false);
    for (const QString& a : in.authors) {
        writer.text(a, 3);
        writer.field("A", a, false);
    }
    for (const QString& s : in.subjects) {
        writer.text(s, 4);
        writer.field("ZK", s, true);
    }
    for (const QString& t : in.territories) {
        writer.text(t, 2);
        writer.field("T", t, false);
    }
    writer.text(in.text);
    writer.field("XC", in.callNumber, false);
    std::string subjectIds;
    for (qint64 s : in.subjectIds) {
        doc.add_boolean_term("XSUBJ" + std::to_string(s));
        subjectIds += (subjectIds.empty() ? "" : "|") + std::to_string(s);
    }
    std::string territoryIds;
    for (qint64 t : in.territoryIds) {
        doc.add_boolean_term("XTERR" + std::to_string(t));
        territoryIds += (territoryIds.empty() ? "" : "|") + std::to_string(t);
    }
    if (!in.language.isEmpty())
        doc.add_boolean_term("XLANG" + utf8(in.language));
    if (!in.availability.isEmpty())
        doc.add_boolean_term("XAVAIL" + utf8(in.availability));
    std::string year;
    std::string decade;
    if (in.year > 0) {
        year = std::to_string(in.year);
        decade = std::to_string(in.year / 10 * 10);
        doc.add_boolean_term("XYEAR" + year);
        doc.add_boolean_term("XDEC" + decade);
        doc.add_value(YearNumber, Xapian::sortable_serialise(in.year));
    }
    doc.add_value(TitleSort, utf8(in.titleSort));
    doc.add_value(DateSort, utf8(in.date));
    // In kFacets' order.
    const std::string facets[] = {utf8(in.type), subjectIds,        territoryIds,         year,
                                  decade,        utf8(in.language), utf8(in.availability)};
    static_assert(std::size(facets) == kFacetCount);
    std::string packed;
    for (const std::string& value : facets) {
        if (&value != &facets[0])
            packed += kFieldSeparator;
        packed += value;
    }
    doc.add_value(FacetsSlot, packed);

    // Attachments last; where each page starts is kept in the data so a
    // hit can say on which pages the words are.
    std::string pageMap;
    for (const auto& attachment : in.attachments) {
        if (!pageMap.empty())
            pageMap += ';';
        pageMap += std::to_string(attachment.attachmentId) + ':';
        bool first = true;
        for (const QString& page : attachment.pages) {
            if (!first)
                pageMap += ',';
            first = false;
            pageMap += std::to_string(writer.position());
            writer.text(page);
            writer.skip();
        }
    }
    doc.set_data(documentData(in.recordId, pageMap));
    words = writer.finish();
    return doc;
}

// The builder's second thread: runs one task at a time. (A thread per
// batch started with an empty cache and spent its time stemming the same
// words again.)
class DocumentBuilder::Thread
{
public:
    Thread() = default;
    Thread(const Thread&) = delete;
    Thread& operator=(const Thread&) = delete;
    ~Thread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    // Runs `task` on the thread; finish() waits for its end.
    void start(std::function<void()> task)
    {
        if (!m_thread.joinable())
            m_thread = std::thread([this] { loop(); });
        {
            std::lock_guard lock(m_mutex);
            m_task = std::move(task);
            m_busy = true;
        }
        m_changed.notify_all();
    }

    void finish()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
    }

private:
    void loop()
    {
        for (;;) {
            std::function<void()> task;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_quit || m_task; });
                if (!m_task)
                    return;
                task = std::move(m_task);
                m_task = nullptr;
            }
            task();
            {
                std::lock_guard lock(m_mutex);
                m_busy = false;
            }
            m_changed.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_task;
    bool m_busy = false;
    bool m_quit = false;
    std::thread m_thread;
};

DocumentBuilder::DocumentBuilder() : m_thread(std::make_unique<Thread>()) {}

DocumentBuilder::~DocumentBuilder() = default;

void DocumentBuilder::build(const QList<IndexDocument>& records, const Take& take)
{
    const std::size_t n = std::size_t(records.size());
    std::vector<Xapian::Document> built(n);
    std::vector<std::size_t> words(n);
    std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[n] {});
    std::atomic<std::size_t> next{0};
    std::atomic<bool> abandon{false};
    std::exception_ptr failure;
    auto buildOne = [&](std::size_t i) {
        built[i] = buildDocument(records.at(qsizetype(i)), words[i]);
        ready[i].store(true, std::memory_order_release);
        ready[i].notify_one();
    };
    m_thread->start([&] {
        for (std::size_t i = next++; i < n && !abandon; i = next++) {
            try {
                buildOne(i);
            } catch (...) {
                failure = std::current_exception();
                ready[i].store(true, std::memory_order_release);
                ready[i].notify_one();
                return;
            }
        }
    });
    // The thread works on this call's variables: it is done with them
    // before they go, however this call ends.
    struct Finish
    {
        Thread& thread;
        std::atomic<bool>& abandon;
        ~Finish()
        {
            abandon = true;
            thread.finish();
        }
    } finish{*m_thread, abandon};
    for (std::size_t i = 0; i < n; ++i) {
        while (!ready[i].load(std::memory_order_acquire)) {
            if (const std::size_t j = next++; j < n)
                buildOne(j);
            else
                ready[i].wait(false, std::memory_order_acquire);
        }
        if (failure)
            std::rethrow_exception(failure);
        take(qsizetype(i), built[i], words[i]);
        built[i] = Xapian::Document();
    }
}

} // namespace infodoc::core::xapian

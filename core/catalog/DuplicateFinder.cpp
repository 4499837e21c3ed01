#include "core/catalog/DuplicateFinder.h"

#include "core/catalog/StandardNumber.h"
#include "core/common/TextFolding.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");

const QSet<QString>& smallWords()
{
    static const QSet<QString> small = {QStringLiteral("l"),   QStringLiteral("le"), QStringLiteral("la"),
                                        QStringLiteral("les"), QStringLiteral("un"), QStringLiteral("une"),
                                        QStringLiteral("des"), QStringLiteral("de"), QStringLiteral("du"),
                                        QStringLiteral("d"),   QStringLiteral("et"), QStringLiteral("a"),
                                        QStringLiteral("en"),  QStringLiteral("au"), QStringLiteral("aux"),
                                        QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and")};
    return small;
}

// Folded words without the small ones (and without repeats): what titles are compared on.
QStringList significant(QStringList words)
{
    words.removeIf([](const QString& w) { return smallWords().contains(w); });
    words.removeDuplicates();
    return words;
}

} // namespace

QStringList DuplicateFinder::titleWords(const QString& title, const QString& subtitle)
{
    return significant(text::foldedWords(title + u' ' + subtitle));
}

double DuplicateFinder::titleSimilarity(const QStringList& a, const QStringList& b)
{
    // Both are titleWords: small words are already out.
    const QSet<QString> x(a.begin(), a.end());
    const QSet<QString> y(b.begin(), b.end());
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    return double(common) / double(x.size() + y.size() - common);
}

QStringList DuplicateFinder::nameWords(const Record& record)
{
    QStringList names;
    for (const Responsibility& r : record.responsibilities)
        names += text::foldedWords(r.name.section(u',', 0, 0));
    return names;
}

bool DuplicateFinder::sharedAuthor(const QStringList& names, const QStringList& otherNames)
{
    return names.isEmpty() || otherNames.isEmpty() ||
           std::any_of(names.begin(), names.end(), [&](const QString& n) { return otherNames.contains(n); });
}

namespace {

// The words of a text already folded (as the catalogue's sort columns are),
// split as foldedWords splits: on what is neither a letter nor a digit.
QStringList splitFolded(const QString& folded)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(folded.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

qint64 yearWord(int year, int word)
{
    return (qint64(year) << 32) | quint32(word);
}

// Jaccard of two sorted sets of word numbers.
double similarity(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

// Whether two sorted sets of word numbers have one in common.
bool shareOne(const std::vector<int>& a, const std::vector<int>& b)
{
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j])
            return true;
        if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace

std::vector<int> DuplicateFinder::addWords(const QStringList& words)
{
    std::vector<int> out;
    out.reserve(size_t(words.size()));
    for (const QString& w : words) {
        auto it = m_words.constFind(w);
        out.push_back(it != m_words.constEnd() ? *it : *m_words.insert(w, int(m_words.size())));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<int> DuplicateFinder::numbersOf(const QStringList& words) const
{
    std::vector<int> out;
    out.reserve(size_t(words.size()));
    int unknown = -1;
    for (const QString& w : words) {
        auto it = m_words.constFind(w);
        out.push_back(it != m_words.constEnd() ? *it : unknown--); // a word no title has still counts
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<DuplicateFinder> DuplicateFinder::load(Database& db)
{
    DuplicateFinder f;
    f.m_db = &db;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM record")) || !q.next())
        return sqlError(q, kReadError);
    f.m_entries.reserve(size_t(q.value(0).toLongLong()));
    // The sort columns hold the title and the authors folded: no folding here.
    // A periodical's issue is known by its ISSN, volume and issue together.
    if (!q.exec(QStringLiteral("SELECT id, year, subtitle, isbn, title_sort, authors_sort, "
                               "CASE WHEN issn <> '' THEN issn || '\t' || volume || '\t' || issue END "
                               "FROM record ORDER BY id")))
        return sqlError(q, kReadError);
    std::vector<std::pair<qint64, int>> byYearWord; // (year, word number), entry
    byYearWord.reserve(f.m_entries.capacity() * 6);
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        const int year = q.value(1).toInt();
        QStringList words = splitFolded(q.value(4).toString());
        if (const QString subtitle = q.value(2).toString(); !subtitle.isEmpty())
            words += text::foldedWords(subtitle);
        e.title = f.addWords(significant(words));
        e.names = f.addWords(splitFolded(q.value(5).toString()));
        const int index = int(f.m_entries.size());
        if (const QString isbn = q.value(3).toString(); !isbn.isEmpty())
            f.m_byIsbn[isbn].append(index);
        if (const QString issue = q.value(6).toString(); !issue.isEmpty())
            f.m_byIssue[issue].append(index);
        for (int w : e.title)
            byYearWord.emplace_back(yearWord(year, w), index);
        f.m_entries.push_back(std::move(e));
    }
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    // Entries come in order: a stable sort keeps each key's entries in order too.
    std::stable_sort(byYearWord.begin(), byYearWord.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    f.m_postings.reserve(byYearWord.size());
    for (const auto& [key, index] : byYearWord) {
        if (f.m_keys.empty() || f.m_keys.back() != key) {
            f.m_keys.push_back(key);
            f.m_starts.push_back(int(f.m_postings.size()));
        }
        f.m_postings.push_back(index);
    }
    f.m_starts.push_back(int(f.m_postings.size()));
    if (!q.exec(QStringLiteral("SELECT barcode, record_id FROM copy")))
        return sqlError(q, kReadError);
    while (q.next())
        f.m_barcodes.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    f.m_seen.assign(f.m_entries.size(), 0);
    f.m_taken.assign(f.m_entries.size(), 0);
    return f;
}

QString DuplicateFinder::issueKey(const QString& issn, const QString& volume, const QString& issue)
{
    return issn + u'\t' + volume + u'\t' + issue; // as load() reads it
}

std::future<Result<DuplicateFinder>> DuplicateFinder::loadAside(Database& db)
{
    return std::async(std::launch::async, [&db, path = db.path()]() -> Result<DuplicateFinder> {
        auto result = [&path]() -> Result<DuplicateFinder> {
            // The connection opens and closes in this thread, as Qt requires.
            auto own = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!own)
                return own.error();
            return load(**own);
        }();
        if (result)
            result->m_db = &db;
        return result;
    });
}

std::pair<const int*, const int*> DuplicateFinder::postings(qint64 key) const
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    if (it == m_keys.end() || *it != key)
        return {nullptr, nullptr};
    const size_t k = size_t(it - m_keys.begin());
    return {m_postings.data() + m_starts[k], m_postings.data() + m_starts[k + 1]};
}

Result<RecordSummary> DuplicateFinder::summary(int index) const
{
    if (const auto it = m_summaries.constFind(index); it != m_summaries.constEnd())
        return *it;
    if (!m_summaryQuery) {
        m_summaryQuery.emplace(m_db->connection());
        if (!m_summaryQuery->prepare(QStringLiteral(
                "SELECT type, title, authors_display, year, call_number FROM record WHERE id = ?")))
            return sqlError(*m_summaryQuery, kReadError);
    }
    QSqlQuery& q = *m_summaryQuery;
    q.bindValue(0, m_entries[size_t(index)].id);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return q.lastError().isValid()
                   ? sqlError(q, kReadError)
                   : Error{
                         tr("Record n° %1 is no longer in the catalogue.").arg(m_entries[size_t(index)].id)};
    RecordSummary s;
    s.id = m_entries[size_t(index)].id;
    s.type = Vocabulary::documentTypeFromKey(q.value(0).toString()).value_or(DocumentType::Book);
    s.title = q.value(1).toString();
    s.authors = q.value(2).toString();
    s.year = q.value(3).toInt();
    s.callNumber = q.value(4).toString();
    q.finish();
    m_summaries.insert(index, s);
    return s;
}

Result<QList<RecordRepository::Duplicate>> DuplicateFinder::find(const Record& record) const
{
    using Duplicate = RecordRepository::Duplicate;
    QList<std::pair<int, Duplicate::Reason>> found;
    const int query = ++m_query;
    auto take = [&](int index, Duplicate::Reason reason) {
        if (m_entries[size_t(index)].id == record.id || m_taken[size_t(index)] == query ||
            found.size() >= kMaxMatches)
            return;
        m_taken[size_t(index)] = query;
        found.append({index, reason});
    };
    if (!record.isbn.isEmpty())
        if (const auto isbn = StandardNumber::normalizeIsbn(record.isbn))
            for (int index : m_byIsbn.value(*isbn))
                take(index, Duplicate::Reason::SameIsbn);
    if (!record.issn.isEmpty())
        if (const auto issn = StandardNumber::normalizeIssn(record.issn))
            for (int index :
                 m_byIssue.value(issueKey(*issn, record.volume.trimmed(), record.issue.trimmed())))
                take(index, Duplicate::Reason::SameIssn);
    const std::vector<int> title = numbersOf(titleWords(record.title, record.subtitle));
    if (!title.empty()) {
        const int year = record.year();
        // A title at least 80 % similar shares at least ceil(0.8 n) of the n
        // words, hence one of the n - ceil(0.8 n) + 1 rarest: only the records
        // holding those are compared (prefix filtering), which finds the same ones.
        std::vector<std::pair<const int*, const int*>> lists;
        lists.reserve(title.size());
        for (int w : title)
            lists.push_back(postings(yearWord(year, w)));
        std::sort(lists.begin(), lists.end(),
                  [](const auto& a, const auto& b) { return a.second - a.first < b.second - b.first; });
        const int n = int(title.size());
        const int probes = n - int(std::ceil(kSimilarTitle * n - 1e-9)) + 1;
        const std::vector<int> names = numbersOf(nameWords(record));
        for (int i = 0; i < probes && i < n && found.size() < kMaxMatches; ++i)
            for (const int* p = lists[size_t(i)].first; p != lists[size_t(i)].second; ++p) {
                const int index = *p;
                if (m_seen[size_t(index)] == query)
                    continue;
                m_seen[size_t(index)] = query;
                const Entry& e = m_entries[size_t(index)];
                // Sizes too far apart cannot reach the threshold.
                if (double(std::min(e.title.size(), title.size())) <
                    kSimilarTitle * double(std::max(e.title.size(), title.size())))
                    continue;
                if (similarity(title, e.title) >= kSimilarTitle &&
                    (names.empty() || e.names.empty() || shareOne(names, e.names)))
                    take(index, Duplicate::Reason::SimilarTitle);
            }
    }
    QList<Duplicate> out;
    out.reserve(found.size());
    for (const auto& [index, reason] : std::as_const(found)) {
        auto s = summary(index);
        if (!s)
            return s.error();
        out.append({*s, reason});
    }
    std::sort(out.begin(), out.end(), [](const Duplicate& a, const Duplicate& b) {
        return a.reason != b.reason ? a.reason < b.reason : a.record.id < b.record.id;
    });
    return out;
}

} // namespace infodoc::core

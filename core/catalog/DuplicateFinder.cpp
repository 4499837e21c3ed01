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
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The sort columns hold the title and the authors folded: no folding here.
    if (!q.exec(QStringLiteral(
            "SELECT id, type, title, authors_display, year, call_number, subtitle, isbn, issn, "
            "volume, issue, title_sort, authors_sort FROM record ORDER BY id")))
        return sqlError(q, kReadError);
    while (q.next()) {
        Entry e;
        e.summary.id = q.value(0).toLongLong();
        e.summary.type = Vocabulary::documentTypeFromKey(q.value(1).toString()).value_or(DocumentType::Book);
        e.summary.title = q.value(2).toString();
        e.summary.authors = q.value(3).toString();
        e.summary.year = q.value(4).toInt();
        e.summary.callNumber = q.value(5).toString();
        const QString subtitle = q.value(6).toString();
        QStringList words = splitFolded(q.value(11).toString());
        if (!subtitle.isEmpty())
            words += text::foldedWords(subtitle);
        e.title = f.addWords(significant(words));
        e.names = splitFolded(q.value(12).toString());
        e.issn = q.value(8).toString();
        e.volume = q.value(9).toString();
        e.issue = q.value(10).toString();
        const int index = int(f.m_entries.size());
        if (const QString isbn = q.value(7).toString(); !isbn.isEmpty())
            f.m_byIsbn[isbn].append(index);
        if (!e.issn.isEmpty())
            f.m_byIssn[e.issn].append(index);
        for (int w : e.title)
            f.m_byYearWord[yearWord(e.summary.year, w)].push_back(index);
        f.m_entries.append(std::move(e));
    }
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    if (!q.exec(QStringLiteral("SELECT barcode, record_id FROM copy")))
        return sqlError(q, kReadError);
    while (q.next())
        f.m_barcodes.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    f.m_seen.assign(size_t(f.m_entries.size()), 0);
    f.m_taken.assign(size_t(f.m_entries.size()), 0);
    return f;
}

QList<RecordRepository::Duplicate> DuplicateFinder::find(const Record& record) const
{
    using Duplicate = RecordRepository::Duplicate;
    QList<Duplicate> out;
    const int query = ++m_query;
    auto take = [&](int index, Duplicate::Reason reason) {
        if (m_entries.at(index).summary.id == record.id || m_taken[size_t(index)] == query ||
            out.size() >= kMaxMatches)
            return;
        m_taken[size_t(index)] = query;
        out.append({m_entries.at(index).summary, reason});
    };
    if (!record.isbn.isEmpty())
        if (const auto isbn = StandardNumber::normalizeIsbn(record.isbn))
            for (int index : m_byIsbn.value(*isbn))
                take(index, Duplicate::Reason::SameIsbn);
    if (!record.issn.isEmpty())
        if (const auto issn = StandardNumber::normalizeIssn(record.issn))
            for (int index : m_byIssn.value(*issn)) {
                const Entry& e = m_entries.at(index);
                if (e.volume == record.volume.trimmed() && e.issue == record.issue.trimmed())
                    take(index, Duplicate::Reason::SameIssn);
            }
    const std::vector<int> title = numbersOf(titleWords(record.title, record.subtitle));
    if (title.empty())
        return out;
    const int year = record.year();
    // A title at least 80 % similar shares at least ceil(0.8 n) of the n
    // words, hence one of the n - ceil(0.8 n) + 1 rarest: only the records
    // holding those are compared (prefix filtering), which finds the same ones.
    static const std::vector<int> none;
    std::vector<const std::vector<int>*> postings;
    for (int w : title) {
        const auto it = m_byYearWord.constFind(yearWord(year, w));
        postings.push_back(it == m_byYearWord.constEnd() ? &none : &*it);
    }
    std::sort(postings.begin(), postings.end(),
              [](const std::vector<int>* a, const std::vector<int>* b) { return a->size() < b->size(); });
    const int n = int(title.size());
    const int probes = n - int(std::ceil(kSimilarTitle * n - 1e-9)) + 1;
    const QStringList names = nameWords(record);
    for (int i = 0; i < probes && i < n && out.size() < kMaxMatches; ++i)
        for (int index : *postings[size_t(i)]) {
            if (m_seen[size_t(index)] == query)
                continue;
            m_seen[size_t(index)] = query;
            const Entry& e = m_entries.at(index);
            // Sizes too far apart cannot reach the threshold.
            if (double(std::min(e.title.size(), title.size())) <
                kSimilarTitle * double(std::max(e.title.size(), title.size())))
                continue;
            if (similarity(title, e.title) >= kSimilarTitle && sharedAuthor(names, e.names))
                take(index, Duplicate::Reason::SimilarTitle);
        }
    std::sort(out.begin(), out.end(), [](const Duplicate& a, const Duplicate& b) {
        return a.reason != b.reason ? a.reason < b.reason : a.record.id < b.record.id;
    });
    return out;
}

} // namespace infodoc::core

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

} // namespace

QStringList DuplicateFinder::titleWords(const QString& title, const QString& subtitle)
{
    QStringList words = text::foldedWords(title + u' ' + subtitle);
    words.removeIf([](const QString& w) { return smallWords().contains(w); });
    words.removeDuplicates();
    return words;
}

double DuplicateFinder::titleSimilarity(const QStringList& a, const QStringList& b)
{
    QSet<QString> x(a.begin(), a.end());
    QSet<QString> y(b.begin(), b.end());
    x.subtract(smallWords());
    y.subtract(smallWords());
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

Result<DuplicateFinder> DuplicateFinder::load(Database& db)
{
    DuplicateFinder f;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, type, title, authors_display, year, call_number, subtitle, isbn, issn, "
            "volume, issue FROM record ORDER BY id")))
        return sqlError(q, kReadError);
    while (q.next()) {
        Entry e;
        e.summary.id = q.value(0).toLongLong();
        e.summary.type = Vocabulary::documentTypeFromKey(q.value(1).toString()).value_or(DocumentType::Book);
        e.summary.title = q.value(2).toString();
        e.summary.authors = q.value(3).toString();
        e.summary.year = q.value(4).toInt();
        e.summary.callNumber = q.value(5).toString();
        e.title = titleWords(e.summary.title, q.value(6).toString());
        e.names = text::foldedWords(e.summary.authors);
        e.issn = q.value(8).toString();
        e.volume = q.value(9).toString();
        e.issue = q.value(10).toString();
        const int index = int(f.m_entries.size());
        if (const QString isbn = q.value(7).toString(); !isbn.isEmpty())
            f.m_byIsbn[isbn].append(index);
        if (!e.issn.isEmpty())
            f.m_byIssn[e.issn].append(index);
        auto& words = f.m_byYearWord[e.summary.year];
        for (const QString& w : e.title)
            words[w].append(index);
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
    return f;
}

QList<RecordRepository::Duplicate> DuplicateFinder::find(const Record& record) const
{
    using Duplicate = RecordRepository::Duplicate;
    QList<Duplicate> out;
    QSet<int> seen;
    auto take = [&](int index, Duplicate::Reason reason) {
        if (m_entries.at(index).summary.id == record.id || seen.contains(index))
            return;
        seen.insert(index);
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
    const QStringList title = titleWords(record.title, record.subtitle);
    if (title.isEmpty())
        return out;
    const auto year = m_byYearWord.constFind(record.year());
    if (year == m_byYearWord.constEnd())
        return out;
    // A title at least 80 % similar shares at least ceil(0.8 n) of the n
    // words, hence one of the n - ceil(0.8 n) + 1 rarest: only their
    // records are compared (prefix filtering), which finds the same ones.
    QStringList words = title;
    std::sort(words.begin(), words.end(), [&](const QString& a, const QString& b) {
        return year->value(a).size() < year->value(b).size();
    });
    const int n = int(words.size());
    const int probes = n - int(std::ceil(kSimilarTitle * n - 1e-9)) + 1;
    const QStringList names = nameWords(record);
    QSet<int> compared;
    for (int i = 0; i < probes && i < n; ++i)
        for (int index : year->value(words.at(i))) {
            if (compared.contains(index))
                continue;
            compared.insert(index);
            const Entry& e = m_entries.at(index);
            if (titleSimilarity(title, e.title) >= kSimilarTitle && sharedAuthor(names, e.names))
                take(index, Duplicate::Reason::SimilarTitle);
        }
    std::sort(out.begin(), out.end(), [](const Duplicate& a, const Duplicate& b) {
        return a.reason != b.reason ? a.reason < b.reason : a.record.id < b.record.id;
    });
    return out;
}

} // namespace infodoc::core

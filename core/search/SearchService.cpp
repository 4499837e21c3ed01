#include "core/search/SearchService.h"

#include "core/catalog/Thesaurus.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <vector>

namespace infodoc::core {

namespace {

QueryNode matchNode(const QString& text)
{
    QueryNode n;
    n.kind = QueryNode::Kind::Match;
    n.tokens = FrenchAnalyzer::tokenize(text);
    return n;
}

} // namespace

SearchService::SearchService(Database& db, SearchIndex& index) : m_db(db), m_index(index)
{
    m_vocabulary = loadVocabulary();
}

Status SearchService::loadVocabulary()
{
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the thesaurus");
    QSqlQuery q(m_db.connection());
    auto each = [&q, readError](const QString& sql, const std::function<void()>& row) {
        if (!q.prepare(sql))
            return Status(sqlError(q, readError));
        return eachRow(q, readError, row);
    };
    if (auto s = each(QStringLiteral("SELECT id, label, norm_key FROM subject"),
                      [&] {
                          const qint64 id = q.value(0).toLongLong();
                          m_descriptors[id].labels.prepend(q.value(1).toString());
                          m_descriptorByKey.insert(q.value(2).toString(), id);
                          m_subjectLabels.insert(QString::number(id), q.value(1).toString());
                      });
        !s)
        return s;
    if (auto s = each(QStringLiteral("SELECT subject_id, label, norm_key FROM subject_nonpreferred"),
                      [&] {
                          const qint64 id = q.value(0).toLongLong();
                          m_descriptors[id].labels.append(q.value(1).toString());
                          m_descriptorByKey.insert(q.value(2).toString(), id);
                      });
        !s)
        return s;
    if (auto s =
            each(QStringLiteral("SELECT subject_id, broader_id FROM subject_broader"),
                 [&] { m_descriptors[q.value(1).toLongLong()].narrower.append(q.value(0).toLongLong()); });
        !s)
        return s;
    return each(QStringLiteral("SELECT id, name FROM territory"),
                [&] { m_territoryLabels.insert(q.value(0).toString(), q.value(1).toString()); });
}

// A word or phrase that is a descriptor, or one of its non-preferred
// terms, also finds the other forms (and, if asked, the narrower terms).
std::optional<QueryNode> SearchService::alternatives(const QString& text, bool narrower,
                                                     const QueryNode& typed) const
{
    const auto found = m_descriptorByKey.constFind(Thesaurus::normalizedKey(text));
    if (found == m_descriptorByKey.constEnd())
        return std::nullopt;
    QStringList labels = m_descriptors.value(*found).labels;
    if (narrower) {
        QList<qint64> pending = m_descriptors.value(*found).narrower;
        QSet<qint64> seen;
        while (!pending.isEmpty()) {
            const qint64 id = pending.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            labels += m_descriptors.value(id).labels;
            pending += m_descriptors.value(id).narrower;
        }
    }
    // Records indexed with the descriptor, and text using any of its forms.
    // The forms are matched word by word, not as phrases: phrase checks on
    // common words cost too much over a large catalogue.
    QueryNode any;
    any.kind = QueryNode::Kind::Or;
    QueryNode indexed;
    indexed.kind = QueryNode::Kind::Field;
    indexed.field = QStringLiteral("subjectid");
    indexed.text = QString::number(*found);
    any.children.append(indexed);
    QList<QueryNode> forms;
    for (const QString& label : std::as_const(labels)) {
        const QueryNode m = matchNode(label);
        if (m.tokens.size() == 1) {
            forms.prepend(m); // single words first: they may contain the longer forms
        } else if (m.tokens.size() > 1) {
            QueryNode words;
            words.kind = QueryNode::Kind::And;
            for (const auto& t : m.tokens) {
                if (FrenchAnalyzer::isStopWord(t.folded))
                    continue;
                QueryNode w;
                w.kind = QueryNode::Kind::Match;
                w.tokens = {t};
                words.children.append(w);
            }
            if (!words.children.isEmpty())
                forms.append(words);
        }
    }
    // A form whose words include all the words of one already there
    // ("Évaluation des politiques publiques" beside "Évaluation", the label
    // typed as it is) finds no other record: it is left out, which spares
    // Xapian reading the same words again.
    using Word = QPair<QString, QString>; // stem, exact form
    auto wordsOf = [](const QueryNode& n) -> std::optional<QSet<Word>> {
        QSet<Word> set;
        const QList<QueryNode> parts = n.kind == QueryNode::Kind::And ? n.children : QList<QueryNode>{n};
        for (const QueryNode& p : parts) {
            if (p.kind != QueryNode::Kind::Match || p.tokens.size() != 1)
                return std::nullopt;
            set.insert({p.tokens.first().stem, p.tokens.first().exact});
        }
        return set;
    };
    QList<QSet<Word>> kept;
    if (const auto typedWords = wordsOf(typed))
        kept.append(*typedWords);
    any.children.prepend(typed);
    for (const QueryNode& form : std::as_const(forms)) {
        const auto words = wordsOf(form);
        if (words &&
            std::any_of(kept.begin(), kept.end(), [&](const QSet<Word>& k) { return words->contains(k); }))
            continue;
        if (words)
            kept.append(*words);
        any.children.append(form);
    }
    return any;
}

// Thesaurus-aware search; "sujet:" becomes the descriptor itself.
QueryNode SearchService::expand(const QueryNode& node, bool narrower) const
{
    QueryNode out = node;
    switch (node.kind) {
    case QueryNode::Kind::Match: {
        QStringList words;
        for (const auto& t : node.tokens)
            words.append(t.exact);
        if (auto alt = alternatives(words.join(u' '), narrower, node))
            return *alt;
        return node;
    }
    case QueryNode::Kind::Field:
        if (node.field == QLatin1String("subject")) {
            const auto found = m_descriptorByKey.constFind(Thesaurus::normalizedKey(node.text));
            if (found != m_descriptorByKey.constEnd()) {
                QList<qint64> ids = {*found};
                for (int i = 0; narrower && i < ids.size() && i < 10000; ++i)
                    for (qint64 n : m_descriptors.value(ids.at(i)).narrower)
                        if (!ids.contains(n))
                            ids.append(n);
                out.field = QStringLiteral("subjectid");
                out.text = sqlIdList(ids);
            }
        }
        return out;
    case QueryNode::Kind::And: {
        // Several free words may together be a descriptor ("logement social").
        out.children.clear();
        const auto& c = node.children;
        for (int i = 0; i < c.size();) {
            int matched = 0;
            for (int len = std::min<int>(6, int(c.size()) - i); len >= 2 && !matched; --len) {
                QStringList words;
                bool plain = true;
                for (int k = i; k < i + len; ++k) {
                    if (c[k].kind != QueryNode::Kind::Match) {
                        plain = false;
                        break;
                    }
                    for (const auto& t : c[k].tokens)
                        words.append(t.exact);
                }
                if (!plain)
                    continue;
                QueryNode together;
                together.kind = QueryNode::Kind::And;
                together.children = c.mid(i, len);
                if (auto alt = alternatives(words.join(u' '), narrower, together)) {
                    out.children.append(*alt);
                    matched = len;
                }
            }
            if (matched) {
                i += matched;
            } else {
                out.children.append(expand(c[i], narrower));
                ++i;
            }
        }
        return out;
    }
    case QueryNode::Kind::Or:
    case QueryNode::Kind::AndNot:
        for (auto& child : out.children)
            child = expand(child, narrower);
        return out;
    default:
        return node;
    }
}

QString SearchService::snippet(const QString& text, const QStringList& stems, int words)
{
    const auto tokens = FrenchAnalyzer::tokenize(text);
    if (tokens.isEmpty())
        return {};
    // Each word is looked up once; the windows then add up flags.
    const QSet<QString> wanted(stems.begin(), stems.end());
    std::vector<char> matched(std::size_t(tokens.size()), 0);
    for (qsizetype k = 0; k < tokens.size(); ++k)
        matched[std::size_t(k)] = wanted.contains(tokens[k].stem) ? 1 : 0;
    // The window with the most matching words wins.
    int bestStart = 0;
    int bestCount = -1;
    for (int start = 0; start < tokens.size(); start += std::max(1, words / 3)) {
        const int end = std::min<int>(start + words, int(tokens.size()));
        const int count = int(std::count(matched.begin() + start, matched.begin() + end, 1));
        if (count > bestCount) {
            bestCount = count;
            bestStart = start;
        }
        if (start + words >= tokens.size())
            break;
    }
    // The window is cut from the original text: punctuation and case stay.
    const int last = std::min<int>(bestStart + words, int(tokens.size())) - 1;
    QString out;
    if (bestStart > 0)
        out += u'…';
    qsizetype cursor = bestStart == 0 ? 0 : tokens[bestStart].start;
    for (int k = bestStart; k <= last; ++k) {
        const auto& t = tokens[k];
        if (!matched[std::size_t(k)])
            continue;
        out += text.mid(cursor, t.start - cursor).toHtmlEscaped();
        out += QStringLiteral("<b>") + text.mid(t.start, t.end - t.start).toHtmlEscaped() +
               QStringLiteral("</b>");
        cursor = t.end;
    }
    const bool toEnd = last == tokens.size() - 1;
    out += text.mid(cursor, toEnd ? -1 : tokens[last].end - cursor).toHtmlEscaped();
    if (!toEnd)
        out += u'…';
    return out.simplified();
}

// The records of up to kHitsPerRead hits in one read (the unused places
// bound to 0, which is no record), with their copies as they are now, not
// as last indexed; the statement is prepared once and kept.
namespace {
constexpr int kHitsPerRead = 20;

QString hitsStatement()
{
    QStringList places;
    for (int i = 0; i < kHitsPerRead; ++i)
        places.append(QStringLiteral("?"));
    return QStringLiteral(
               "SELECT r.id, r.title, r.authors_display, r.type, r.year, r.call_number, r.abstract, "
               "(SELECT COUNT(*) FROM copy_state c WHERE c.record_id = r.id "
               "AND c.status NOT IN ('lost', 'withdrawn')), "
               "(SELECT COUNT(*) FROM copy_state c WHERE c.record_id = r.id "
               "AND c.status IN ('available', 'reference_only')) "
               "FROM record r WHERE r.id IN (") +
           places.join(QStringLiteral(", ")) + u')';
}
} // namespace

struct SearchService::Statements
{
    explicit Statements(const QSqlDatabase& connection)
        : records(connection), fileName(connection), pageText(connection)
    {
        records.setForwardOnly(true);
        fileName.setForwardOnly(true);
        pageText.setForwardOnly(true);
    }
    Status prepare()
    {
        const char* const readError =
            QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");
        if (!records.prepare(hitsStatement()))
            return sqlError(records, readError);
        if (!fileName.prepare(QStringLiteral("SELECT file_name FROM attachment WHERE id = ?")))
            return sqlError(fileName, readError);
        if (!pageText.prepare(QStringLiteral("SELECT p.text FROM attachment a JOIN attachment_page p ON "
                                             "p.sha256 = a.sha256 WHERE a.id = ? AND p.page = ?")))
            return sqlError(pageText, readError);
        return Status::success();
    }
    QSqlQuery records;
    QSqlQuery fileName;
    QSqlQuery pageText;
};

SearchService::~SearchService() = default;

core::Result<QList<SearchService::Hit>> SearchService::describe(const QList<SearchHit>& hits,
                                                                const QStringList& stems, bool snippets) const
{
    const char* const readError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue");
    QList<Hit> out;
    if (hits.isEmpty())
        return out;
    if (!m_statements) {
        auto statements = std::make_unique<Statements>(m_db.connection());
        if (auto prepared = statements->prepare(); !prepared)
            return prepared.error();
        m_statements = std::move(statements);
    }
    QSqlQuery& q = m_statements->records;
    QHash<qint64, Hit> byId;
    QHash<qint64, QString> abstracts;
    for (qsizetype first = 0; first < hits.size(); first += kHitsPerRead) {
        for (int i = 0; i < kHitsPerRead; ++i)
            q.bindValue(i, first + i < hits.size() ? hits.at(first + i).recordId : qint64(0));
        if (!q.exec())
            return sqlError(q, readError);
        const Status read = eachRow(q, readError, [&] {
            Hit h;
            h.id = q.value(0).toLongLong();
            h.title = q.value(1).toString();
            h.authors = q.value(2).toString();
            h.type = Vocabulary::documentTypeFromKey(q.value(3).toString()).value_or(DocumentType::Book);
            h.year = q.value(4).toInt();
            h.callNumber = q.value(5).toString();
            abstracts.insert(h.id, h.title + QStringLiteral(". ") + q.value(6).toString());
            h.copies = q.value(7).toInt();
            h.copiesAvailable = q.value(8).toInt();
            byId.insert(h.id, h);
        });
        q.finish();
        if (!read)
            return read.error();
    }
    QSqlQuery& fileName = m_statements->fileName;
    QSqlQuery& pageText = m_statements->pageText;
    for (const SearchHit& sh : hits) {
        if (!byId.contains(sh.recordId))
            continue; // deleted since the index was synchronised
        Hit h = byId.value(sh.recordId);
        h.score = sh.score;
        for (auto it = sh.pages.constBegin(); it != sh.pages.constEnd(); ++it) {
            AttachmentPages a;
            a.attachmentId = it.key();
            a.pages = it.value();
            fileName.bindValue(0, a.attachmentId);
            if (!fileName.exec())
                return sqlError(fileName, readError);
            if (fileName.next())
                a.fileName = fileName.value(0).toString();
            fileName.finish();
            h.attachments.append(a);
        }
        if (snippets) {
            h.snippet = snippet(abstracts.value(h.id), stems);
            // The record's own words first; else the first page that matched.
            if (!h.snippet.contains(QLatin1String("<b>")) && !h.attachments.isEmpty() &&
                !h.attachments.first().pages.isEmpty()) {
                const int page = h.attachments.first().pages.first();
                pageText.bindValue(0, h.attachments.first().attachmentId);
                pageText.bindValue(1, page);
                if (!pageText.exec())
                    return sqlError(pageText, readError);
                if (pageText.next())
                    h.snippet = snippet(pageText.value(0).toString(), stems);
                pageText.finish();
            }
        }
        out.append(h);
    }
    return out;
}

core::Result<SearchRequest> SearchService::request(const Options& options) const
{
    if (!m_vocabulary)
        return m_vocabulary.error();
    auto parsed = QueryParser::parse(options.query);
    if (!parsed)
        return parsed.error();
    return requestFor(*parsed, options);
}

core::Result<SearchRequest> SearchService::requestFor(const QueryNode& query, const Options& options) const
{
    if (!m_vocabulary)
        return m_vocabulary.error();
    SearchRequest request;
    request.query = expand(query, options.narrower);
    request.filters = options.filters;
    request.sort = options.sort;
    request.offset = options.offset;
    request.limit = options.limit;
    request.exact = options.exact;
    request.facets = options.facets;
    return request;
}

Result<SearchService::Result> SearchService::search(const Options& options) const
{
    QString hint;
    core::Result<SearchRequest> prepared = Error{};
    if (options.plainWordsOnError) {
        auto parsed = QueryParser::parse(options.query);
        if (parsed) {
            prepared = requestFor(*parsed, options);
        } else {
            hint = parsed.errorMessage();
            prepared = requestFor(QueryParser::plainWords(options.query), options);
        }
    } else {
        prepared = request(options);
    }
    if (!prepared)
        return prepared.error();
    const SearchRequest& request = *prepared;
    auto found = m_index.search(request);
    if (!found)
        return found.error();
    Result result;
    result.total = found->total;
    result.suggestion = found->suggestion;
    result.approximate = found->approximate;
    result.hint = hint;
    auto hits = describe(found->hits, request.query.positiveStems(), options.snippets);
    if (!hits)
        return hits.error();
    result.hits = std::move(*hits);

    const auto& subjectLabels = m_subjectLabels;
    const auto& territoryLabels = m_territoryLabels;
    for (auto it = found->facets.constBegin(); it != found->facets.constEnd(); ++it) {
        QList<Facet> list;
        for (const FacetCount& c : it.value()) {
            QString label = c.value;
            if (it.key() == QLatin1String("type"))
                label = Vocabulary::documentTypeFromKey(c.value).has_value()
                            ? Vocabulary::label(*Vocabulary::documentTypeFromKey(c.value))
                            : c.value;
            else if (it.key() == QLatin1String("subject"))
                label = subjectLabels.value(c.value, c.value);
            else if (it.key() == QLatin1String("territory"))
                label = territoryLabels.value(c.value, c.value);
            else if (it.key() == QLatin1String("availability"))
                label = c.value == QLatin1String("none")
                            ? tr("No copy")
                            : Vocabulary::label(
                                  Vocabulary::copyStatusFromKey(c.value).value_or(CopyStatus::Available));
            else if (it.key() == QLatin1String("language"))
                label = Vocabulary::languageName(c.value);
            else if (it.key() == QLatin1String("decade"))
                label = tr("%1s").arg(c.value);
            list.append({c.value, label, c.count});
        }
        result.facets.insert(it.key(), list);
    }
    return result;
}

core::Result<QList<SearchService::Hit>> SearchService::similar(qint64 recordId, int limit) const
{
    if (!m_vocabulary)
        return m_vocabulary.error();
    auto ids = m_index.similar(recordId, limit);
    if (!ids)
        return ids.error();
    QList<SearchHit> hits;
    for (qint64 id : *ids)
        hits.append({id, 0, 0, {}});
    return describe(hits, {}, false);
}

} // namespace infodoc::core

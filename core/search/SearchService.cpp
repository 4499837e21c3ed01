#include "search/SearchService.h"

#include "catalog/Thesaurus.h"
#include "common/Clock.h"
#include "common/TextFolding.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSet>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QueryNode matchNode(const QString& text)
{
    QueryNode n;
    n.kind = QueryNode::Kind::Match;
    n.tokens = FrenchAnalyzer::tokenize(text);
    return n;
}

} // namespace

SearchService::SearchService(Database& db, SearchIndex& index) : m_db(db), m_index(index) {}

// Thesaurus-aware search: a word or phrase that is a descriptor, or one of
// its non-preferred terms, also finds the other forms; "sujet:" becomes the
// descriptor itself (and, if asked, its narrower terms).
QueryNode SearchService::expand(const QueryNode& node, bool narrower) const
{
    SystemClock clock;
    Thesaurus thesaurus(m_db, clock);
    auto alternatives = [&](const QString& text) -> std::optional<QueryNode> {
        const auto d = thesaurus.find(text);
        if (!d)
            return std::nullopt;
        QueryNode any;
        any.kind = QueryNode::Kind::Or;
        QStringList labels = thesaurus.nonPreferred(d->id);
        labels.prepend(d->label);
        if (narrower) {
            for (qint64 id : thesaurus.narrowerClosure(d->id))
                if (auto n = thesaurus.get(id))
                    labels.append(n->label);
        }
        for (const QString& label : std::as_const(labels)) {
            QueryNode m = matchNode(label);
            if (!m.tokens.isEmpty())
                any.children.append(m);
        }
        return any;
    };

    QueryNode out = node;
    switch (node.kind) {
    case QueryNode::Kind::Match: {
        QStringList words;
        for (const auto& t : node.tokens)
            words.append(t.exact);
        if (auto alt = alternatives(words.join(u' '))) {
            alt->children.prepend(node);
            return *alt;
        }
        return node;
    }
    case QueryNode::Kind::Field:
        if (node.field == QLatin1String("subject")) {
            if (const auto d = thesaurus.find(node.text)) {
                QList<qint64> ids = {d->id};
                if (narrower)
                    ids += thesaurus.narrowerClosure(d->id);
                out.field = QStringLiteral("subjectid");
                out.text = idList(ids);
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
                if (auto alt = alternatives(words.join(u' '))) {
                    QueryNode together;
                    together.kind = QueryNode::Kind::And;
                    together.children = c.mid(i, len);
                    alt->children.prepend(together);
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
    const QSet<QString> wanted(stems.begin(), stems.end());
    // The window with the most matching words wins.
    int bestStart = 0;
    int bestCount = -1;
    for (int start = 0; start < tokens.size(); start += std::max(1, words / 3)) {
        int count = 0;
        for (int k = start; k < std::min<int>(start + words, int(tokens.size())); ++k)
            count += wanted.contains(tokens[k].stem) ? 1 : 0;
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
        if (!wanted.contains(t.stem))
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

QList<SearchService::Hit> SearchService::describe(const QList<SearchHit>& hits, const QStringList& stems,
                                                  bool snippets) const
{
    QList<Hit> out;
    if (hits.isEmpty())
        return out;
    QList<qint64> ids;
    for (const auto& h : hits)
        ids.append(h.recordId);
    QHash<qint64, Hit> byId;
    QHash<qint64, QString> abstracts;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT id, title, authors_display, type, year, call_number, abstract FROM record "
                           "WHERE id IN (%1)")
                .arg(idList(ids)))) {
        while (q.next()) {
            Hit h;
            h.id = q.value(0).toLongLong();
            h.title = q.value(1).toString();
            h.authors = q.value(2).toString();
            h.type = Vocabulary::documentTypeFromKey(q.value(3).toString()).value_or(DocumentType::Book);
            h.year = q.value(4).toInt();
            h.callNumber = q.value(5).toString();
            abstracts.insert(h.id, h.title + QStringLiteral(". ") + q.value(6).toString());
            byId.insert(h.id, h);
        }
    }
    for (const SearchHit& sh : hits) {
        if (!byId.contains(sh.recordId))
            continue; // deleted since the index was synchronised
        Hit h = byId.value(sh.recordId);
        h.score = sh.score;
        QString snippetSource;
        for (auto it = sh.pages.constBegin(); it != sh.pages.constEnd(); ++it) {
            AttachmentPages a;
            a.attachmentId = it.key();
            a.pages = it.value();
            q.prepare(
                QStringLiteral("SELECT a.file_name, t.text FROM attachment a LEFT JOIN attachment_text t ON "
                               "t.sha256 = a.sha256 WHERE a.id = ?"));
            q.addBindValue(a.attachmentId);
            if (q.exec() && q.next()) {
                a.fileName = q.value(0).toString();
                if (snippets && snippetSource.isEmpty() && !a.pages.isEmpty())
                    snippetSource =
                        q.value(1).toString().section(u'\f', a.pages.first() - 1, a.pages.first() - 1);
            }
            h.attachments.append(a);
        }
        if (snippets) {
            const QString fromRecord = snippet(abstracts.value(h.id), stems);
            h.snippet = fromRecord.contains(QLatin1String("<b>")) || snippetSource.isEmpty()
                            ? fromRecord
                            : snippet(snippetSource, stems);
        }
        out.append(h);
    }
    return out;
}

Result<SearchService::Result> SearchService::search(const Options& options) const
{
    auto parsed = QueryParser::parse(options.query);
    if (!parsed)
        return parsed.error();
    SearchRequest request;
    request.query = expand(*parsed, options.narrower);
    request.filters = options.filters;
    request.sort = options.sort;
    request.offset = options.offset;
    request.limit = options.limit;
    request.exact = options.exact;
    request.facets = options.facets;
    auto found = m_index.search(request);
    if (!found)
        return found.error();
    Result result;
    result.total = found->total;
    result.suggestion = found->suggestion;
    result.hits = describe(found->hits, request.query.positiveStems(), options.snippets);

    // Facet labels from the catalogue.
    QHash<QString, QString> subjectLabels;
    QHash<QString, QString> territoryLabels;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, label FROM subject"))) {
        while (q.next())
            subjectLabels.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (q.exec(QStringLiteral("SELECT id, name FROM territory"))) {
        while (q.next())
            territoryLabels.insert(q.value(0).toString(), q.value(1).toString());
    }
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
    auto ids = m_index.similar(recordId, limit);
    if (!ids)
        return ids.error();
    QList<SearchHit> hits;
    for (qint64 id : *ids)
        hits.append({id, 0, 0, {}});
    return describe(hits, {}, false);
}

} // namespace infodoc::core

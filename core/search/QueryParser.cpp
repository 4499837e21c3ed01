#include "core/search/QueryParser.h"

#include "core/catalog/Vocabulary.h"
#include "core/common/TextFolding.h"

#include <QHash>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

struct Lexeme
{
    enum Type
    {
        Word,
        Quoted,
        Open,
        Close,
        And,
        Or,
        Not,
        End
    } type = End;
    QString text;
    bool negated = false; // "-word"
};

QList<Lexeme> lex(const QString& q, QString* error)
{
    QList<Lexeme> out;
    qsizetype i = 0;
    const qsizetype n = q.size();
    while (i < n) {
        const QChar c = q[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'(' || c == u')') {
            out.append({c == u'(' ? Lexeme::Open : Lexeme::Close, {}, false});
            ++i;
            continue;
        }
        bool negated = false;
        if (c == u'-' && i + 1 < n && !q[i + 1].isSpace()) {
            negated = true;
            ++i;
        }
        if (i < n && (q[i] == u'"' || q[i] == u'«' || q[i] == u'“')) {
            const QChar close = q[i] == u'"' ? u'"' : q[i] == u'«' ? u'»' : u'”';
            const qsizetype end = q.indexOf(close, i + 1);
            if (end < 0) {
                *error = QueryParser::tr("A quotation mark is not closed.");
                return {};
            }
            out.append({Lexeme::Quoted, q.mid(i + 1, end - i - 1), negated});
            i = end + 1;
            continue;
        }
        // A word runs to the next space or parenthesis; a field value may be
        // quoted ("auteur:\"Marie Dupont\"").
        const qsizetype start = i;
        while (i < n && !q[i].isSpace() && q[i] != u'(' && q[i] != u')') {
            if (q[i] == u':' && i + 1 < n && q[i + 1] == u'"') {
                const qsizetype end = q.indexOf(u'"', i + 2);
                if (end < 0) {
                    *error = QueryParser::tr("A quotation mark is not closed.");
                    return {};
                }
                i = end + 1;
                break;
            }
            ++i;
        }
        const QString word = q.mid(start, i - start);
        if (!negated && (word == QLatin1String("AND") || word == QLatin1String("ET")))
            out.append({Lexeme::And, {}, false});
        else if (!negated && (word == QLatin1String("OR") || word == QLatin1String("OU")))
            out.append({Lexeme::Or, {}, false});
        else if (!negated && (word == QLatin1String("NOT") || word == QLatin1String("SAUF")))
            out.append({Lexeme::Not, {}, false});
        else
            out.append({Lexeme::Word, word, negated});
    }
    out.append({Lexeme::End, {}, false});
    return out;
}

QString canonicalField(const QString& name)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("auteur"), QStringLiteral("author")},
        {QStringLiteral("author"), QStringLiteral("author")},
        {QStringLiteral("titre"), QStringLiteral("title")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("sujet"), QStringLiteral("subject")},
        {QStringLiteral("subject"), QStringLiteral("subject")},
        {QStringLiteral("type"), QStringLiteral("type")},
        {QStringLiteral("territoire"), QStringLiteral("territory")},
        {QStringLiteral("territory"), QStringLiteral("territory")},
        {QStringLiteral("annee"), QStringLiteral("year")},
        {QStringLiteral("year"), QStringLiteral("year")},
        {QStringLiteral("cote"), QStringLiteral("callnumber")},
        {QStringLiteral("langue"), QStringLiteral("language")},
        {QStringLiteral("language"), QStringLiteral("language")},
    };
    return fields.value(text::foldCase(name));
}

class Parser
{
public:
    Parser(QList<Lexeme> lexemes) : m_lex(std::move(lexemes)) {}

    Result<QueryNode> parseAll()
    {
        auto node = parseOr();
        if (!node)
            return node;
        if (peek().type == Lexeme::Close)
            return Error{QueryParser::tr("A closing parenthesis has no opening one.")};
        return node;
    }

private:
    const Lexeme& peek() const { return m_lex.at(m_pos); }
    Lexeme take() { return m_lex.at(m_pos++); }

    Result<QueryNode> parseOr()
    {
        QList<QueryNode> parts;
        for (;;) {
            auto part = parseAnd();
            if (!part)
                return part;
            parts.append(*part);
            if (peek().type != Lexeme::Or)
                break;
            take();
        }
        if (parts.size() == 1)
            return parts.first();
        QueryNode node;
        node.kind = QueryNode::Kind::Or;
        node.children = parts;
        return node;
    }

    Result<QueryNode> parseAnd()
    {
        QList<QueryNode> positive;
        QList<QueryNode> negative;
        for (;;) {
            const Lexeme::Type t = peek().type;
            if (t == Lexeme::End || t == Lexeme::Close || t == Lexeme::Or)
                break;
            if (t == Lexeme::And) {
                take();
                continue;
            }
            bool negate = false;
            if (t == Lexeme::Not) {
                take();
                negate = true;
            }
            if (peek().negated)
                negate = true;
            auto unit = parseUnit();
            if (!unit)
                return unit;
            if (unit->kind == QueryNode::Kind::All && unit->children.isEmpty() && unit->tokens.isEmpty())
                continue; // only stop words or punctuation
            (negate ? negative : positive).append(*unit);
        }
        QueryNode base;
        if (positive.size() == 1) {
            base = positive.first();
        } else if (positive.size() > 1) {
            base.kind = QueryNode::Kind::And;
            base.children = positive;
        }
        if (negative.isEmpty())
            return base;
        QueryNode node;
        node.kind = QueryNode::Kind::AndNot;
        node.children = {base};
        node.children += negative;
        return node;
    }

    Result<QueryNode> parseUnit()
    {
        const Lexeme lexeme = take();
        QueryNode node;
        switch (lexeme.type) {
        case Lexeme::Open: {
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (take().type != Lexeme::Close)
                return Error{QueryParser::tr("A parenthesis is not closed.")};
            return inner;
        }
        case Lexeme::Quoted:
            node.kind = QueryNode::Kind::Phrase;
            node.tokens = FrenchAnalyzer::tokenize(lexeme.text);
            if (node.tokens.isEmpty())
                node.kind = QueryNode::Kind::All;
            return node;
        case Lexeme::Word:
            return parseWord(lexeme.text);
        default:
            return Error{QueryParser::tr("An operator is missing a search term.")};
        }
    }

    Result<QueryNode> parseWord(const QString& word)
    {
        QueryNode node;
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            const QString field = canonicalField(word.left(colon));
            if (!field.isEmpty()) {
                QString value = word.mid(colon + 1);
                if (value.startsWith(u'"') && value.endsWith(u'"') && value.size() >= 2)
                    value = value.mid(1, value.size() - 2);
                if (value.trimmed().isEmpty())
                    return Error{QueryParser::tr("The field \"%1\" has no value.").arg(word.left(colon))};
                return fieldNode(field, value);
            }
        }
        if (word.endsWith(u'*') && word.size() > 1) {
            const QStringList parts = text::foldedWords(word.chopped(1));
            if (parts.size() == 1 && parts.first().size() >= 2) {
                node.kind = QueryNode::Kind::Wildcard;
                node.text = parts.first();
                return node;
            }
        }
        node.tokens = FrenchAnalyzer::tokenize(word);
        if (node.tokens.isEmpty())
            return node; // All with no tokens: ignored by the caller
        if (node.tokens.size() == 1 && FrenchAnalyzer::isStopWord(node.tokens.first().folded))
            return QueryNode{};
        node.kind = QueryNode::Kind::Match;
        return node;
    }

    Result<QueryNode> fieldNode(const QString& field, const QString& value)
    {
        QueryNode node;
        if (field == QLatin1String("year")) {
            static const QRegularExpression range(QStringLiteral("^(\\d{4})?(\\.\\.(\\d{4})?)?$"));
            const auto m = range.match(value);
            if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
                return Error{
                    QueryParser::tr("\"%1\" is not a year or a range of years (2010..2015).").arg(value)};
            node.kind = QueryNode::Kind::YearRange;
            node.from = m.captured(1).toInt();
            node.to = m.captured(2).isEmpty() ? node.from : m.captured(3).toInt();
            if (node.to && node.from > node.to)
                std::swap(node.from, node.to);
            return node;
        }
        node.kind = QueryNode::Kind::Field;
        node.field = field;
        node.text = value;
        if (field == QLatin1String("type")) {
            node.text = QueryParser::documentTypeKey(value);
            if (node.text.isEmpty())
                return Error{QueryParser::tr("Unknown document type \"%1\".").arg(value)};
            return node;
        }
        node.tokens = FrenchAnalyzer::tokenize(value);
        if (node.tokens.isEmpty() && field != QLatin1String("callnumber"))
            return Error{QueryParser::tr("The field \"%1\" has no value.").arg(field)};
        return node;
    }

    QList<Lexeme> m_lex;
    int m_pos = 0;
};

} // namespace

QStringList QueryNode::positiveStems() const
{
    QStringList stems;
    switch (kind) {
    case Kind::Match:
    case Kind::Phrase:
        for (const auto& t : tokens)
            stems.append(t.stem);
        break;
    case Kind::Field:
        if (field == QLatin1String("title") || field == QLatin1String("subject") ||
            field == QLatin1String("author"))
            for (const auto& t : tokens)
                stems.append(t.stem);
        break;
    case Kind::And:
    case Kind::Or:
        for (const auto& c : children)
            stems += c.positiveStems();
        break;
    case Kind::AndNot:
        if (!children.isEmpty())
            stems += children.first().positiveStems();
        break;
    default:
        break;
    }
    stems.removeDuplicates();
    return stems;
}

QueryNode QueryParser::plainWords(const QString& query)
{
    // "auteur:Dupont" searches Dupont; "auteur:" alone, nothing.
    QStringList kept;
    for (const QString& word : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const qsizetype colon = word.indexOf(u':');
        const QString name = colon > 0 ? word.left(colon) : QString();
        kept.append(!name.isEmpty() && !canonicalField(name.startsWith(u'(') ? name.mid(1) : name).isEmpty()
                        ? word.mid(colon + 1)
                        : word);
    }
    QString text = kept.join(u' ');
    for (QChar& c : text) {
        if (c == u'(' || c == u')' || c == u'"' || c == u':' || c == u'*')
            c = u' ';
    }
    static const QStringList operators = {QStringLiteral("AND"), QStringLiteral("OR"),
                                          QStringLiteral("NOT"), QStringLiteral("ET"),
                                          QStringLiteral("OU"),  QStringLiteral("SAUF")};
    QueryNode all;
    all.kind = QueryNode::Kind::And;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (operators.contains(word))
            continue;
        while (word.startsWith(u'-'))
            word.remove(0, 1);
        QueryNode node;
        node.tokens = FrenchAnalyzer::tokenize(word);
        if (node.tokens.isEmpty() ||
            (node.tokens.size() == 1 && FrenchAnalyzer::isStopWord(node.tokens.first().folded)))
            continue;
        node.kind = QueryNode::Kind::Match;
        all.children.append(node);
    }
    if (all.children.isEmpty())
        return QueryNode{};
    if (all.children.size() == 1)
        return all.children.first();
    return all;
}

QString QueryParser::documentTypeKey(const QString& value)
{
    const QString folded = text::foldedWords(value).join(u' ');
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("ouvrage"), QStringLiteral("book")},
        {QStringLiteral("livre"), QStringLiteral("book")},
        {QStringLiteral("dossier"), QStringLiteral("dossier")},
        {QStringLiteral("dossier thematique"), QStringLiteral("dossier")},
        {QStringLiteral("etude"), QStringLiteral("study")},
        {QStringLiteral("fiche"), QStringLiteral("experience_sheet")},
        {QStringLiteral("fiche experience"), QStringLiteral("experience_sheet")},
        {QStringLiteral("fiche d experience"), QStringLiteral("experience_sheet")},
        {QStringLiteral("actes"), QStringLiteral("proceedings")},
        {QStringLiteral("rapport"), QStringLiteral("report")},
        {QStringLiteral("periodique"), QStringLiteral("periodical_issue")},
        {QStringLiteral("revue"), QStringLiteral("periodical_issue")},
        {QStringLiteral("lettre"), QStringLiteral("periodical_issue")},
        {QStringLiteral("statistiques"), QStringLiteral("statistics")},
        {QStringLiteral("donnees"), QStringLiteral("statistics")},
        {QStringLiteral("guide"), QStringLiteral("guide")},
        {QStringLiteral("audiovisuel"), QStringLiteral("audiovisual")},
        {QStringLiteral("video"), QStringLiteral("audiovisual")},
        {QStringLiteral("film"), QStringLiteral("audiovisual")},
        {QStringLiteral("web"), QStringLiteral("web_resource")},
        {QStringLiteral("site"), QStringLiteral("web_resource")},
        {QStringLiteral("ressource en ligne"), QStringLiteral("web_resource")},
    };
    if (aliases.contains(folded))
        return aliases.value(folded);
    for (DocumentType type : Vocabulary::documentTypes()) {
        if (folded == text::foldedWords(Vocabulary::key(type)).join(u' ') ||
            folded == text::foldedWords(Vocabulary::label(type)).join(u' '))
            return Vocabulary::key(type);
    }
    return {};
}

Result<QueryNode> QueryParser::parse(const QString& query)
{
    QString error;
    QList<Lexeme> lexemes = lex(query, &error);
    if (!error.isEmpty())
        return Error{error};
    return Parser(std::move(lexemes)).parseAll();
}

} // namespace infodoc::core

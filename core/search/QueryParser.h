#pragma once

#include "core/common/Result.h"
#include "core/search/FrenchAnalyzer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infodoc::core {

// A parsed search: free words, quoted phrases, fields, year ranges,
// wildcards and boolean operators, before any index is involved.
struct QueryNode
{
    enum class Kind
    {
        All,       // matches every record
        Match,     // a word, or a compound ("Val-d'Oise") matched as a phrase of its parts
        Phrase,    // a quoted phrase: words in order, accents exact
        Wildcard,  // "logem*": words starting with `text`
        Field,     // field:value
        YearRange, // année:2010..2015
        And,
        Or,
        AndNot, // children[0] without any of the others
    };

    Kind kind = Kind::All;
    QList<FrenchAnalyzer::Token> tokens; // Match, Phrase, Field text
    QString field;                       // author, title, subject, type, territory, callnumber, language
    QString text;                        // Wildcard prefix (folded), Field raw value
    int from = 0;                        // YearRange, 0 for open
    int to = 0;
    QList<QueryNode> children;

    // Words a hit should show highlighted (folded), from the positive parts.
    QStringList positiveStems() const;
};

class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::QueryParser)

public:
    // Fields in French and English: auteur/author, titre/title, sujet/subject,
    // type, territoire/territory, année/annee/year, cote, langue/language.
    // Operators AND/OR/NOT and ET/OU/SAUF (upper case), "-word", (groups).
    static Result<QueryNode> parse(const QString& query);
    // The query's words, every sign of the syntax (parentheses, quotes,
    // "field:", operators, "-") taken as a space: what a search box answers
    // when parse() refuses the query. All when no word is left.
    static QueryNode plainWords(const QString& query);
    // "étude", "study", "fiche d'expérience" -> document type key, or empty.
    static QString documentTypeKey(const QString& value);
};

} // namespace infodoc::core

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace infodoc::core {

// One normalisation for documents and queries: words split on punctuation,
// French elisions removed ("l'habitat" -> "habitat"), compounds split into
// their parts ("Val-d'Oise" -> "val", "oise"), each word stemmed with
// Snowball's French stemmer and then folded ("éducatives" -> "educ").
class FrenchAnalyzer
{
public:
    struct Token
    {
        QString exact;  // lower case, accents kept
        QString folded; // lower case, accents removed
        QString stem;   // stemmed, then folded
        int position = 0;
        bool joinedToPrevious = false; // by a hyphen or apostrophe: part of a compound
        qsizetype start = 0;           // where the word is in the text given
        qsizetype end = 0;
    };

    static QList<Token> tokenize(QStringView text, int firstPosition = 0);
    static QString stem(const QString& lowerWord);
    static bool isStopWord(const QString& foldedWord);
    // "l", "d", "qu"...: a word that is elided before an apostrophe.
    static bool isElision(const QString& foldedWord);

    // The words of `text` one by one, without building tokens: calls
    // `f(lower, start, end, apostropheFollows, joinerFollows)` for each,
    // `lower` being the word in lower case (valid during the call only).
    // tokenize() and the indexer both read text through this.
    template <typename F> static void scan(QStringView text, F&& f)
    {
        QVarLengthArray<char16_t, 64> lower;
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            if (!isWordChar(text[i])) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            lower.clear();
            for (; i < n && isWordChar(text[i]); ++i) {
                const char16_t c = text[i].unicode();
                if (c < 0x80)
                    lower.append(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
                else
                    lower.append(QChar::toLower(c));
            }
            const bool apostropheFollows = i + 1 < n && isApostrophe(text[i]) && isWordChar(text[i + 1]);
            const bool joinerFollows = i + 1 < n && isJoiner(text[i]) && isWordChar(text[i + 1]);
            f(QStringView(lower.constData(), lower.size()), start, i, apostropheFollows, joinerFollows);
        }
    }

private:
    static bool isWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        return c.isLetterOrNumber();
    }
    static bool isApostrophe(QChar c) { return c == u'\'' || c == u'’' || c == u'ʼ'; }
    static bool isJoiner(QChar c) { return c == u'-' || c == u'‑' || isApostrophe(c); }
};

} // namespace infodoc::core

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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
};

} // namespace infodoc::core

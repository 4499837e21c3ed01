// Snowball's French stemmer comes from Xapian; this file and XapianIndex.cpp
// are the only ones that include xapian.h.
#include "core/search/FrenchAnalyzer.h"

#include "core/common/TextFolding.h"

#include <xapian.h>

#include <QHash>
#include <QSet>

namespace infodoc::core {

namespace {

const QSet<QString>& elisions()
{
    static const QSet<QString> set = {
        QStringLiteral("l"),      QStringLiteral("d"),     QStringLiteral("j"),      QStringLiteral("m"),
        QStringLiteral("n"),      QStringLiteral("s"),     QStringLiteral("t"),      QStringLiteral("c"),
        QStringLiteral("qu"),     QStringLiteral("jusqu"), QStringLiteral("lorsqu"), QStringLiteral("puisqu"),
        QStringLiteral("quoiqu"),
    };
    return set;
}

} // namespace

QString FrenchAnalyzer::stem(const QString& lowerWord)
{
    // Stem the accented word, then fold: folding first weakens the stemmer.
    thread_local Xapian::Stem stemmer("french");
    if (lowerWord.isEmpty() || lowerWord.at(0).isDigit())
        return text::foldCase(lowerWord);
    const std::string stemmed = stemmer(lowerWord.toStdString());
    return text::foldCase(QString::fromStdString(stemmed));
}

bool FrenchAnalyzer::isStopWord(const QString& w)
{
    static const QSet<QString> stop = {
        QStringLiteral("le"),   QStringLiteral("la"),  QStringLiteral("les"),  QStringLiteral("de"),
        QStringLiteral("des"),  QStringLiteral("du"),  QStringLiteral("un"),   QStringLiteral("une"),
        QStringLiteral("et"),   QStringLiteral("ou"),  QStringLiteral("a"),    QStringLiteral("au"),
        QStringLiteral("aux"),  QStringLiteral("en"),  QStringLiteral("dans"), QStringLiteral("par"),
        QStringLiteral("pour"), QStringLiteral("sur"), QStringLiteral("avec"), QStringLiteral("se"),
        QStringLiteral("sa"),   QStringLiteral("son"), QStringLiteral("ses"),  QStringLiteral("ce"),
        QStringLiteral("ces"),  QStringLiteral("qui"), QStringLiteral("que"),  QStringLiteral("est"),
        QStringLiteral("the"),  QStringLiteral("of"),  QStringLiteral("and"),  QStringLiteral("in"),
    };
    return stop.contains(w);
}

bool FrenchAnalyzer::isElision(const QString& foldedWord)
{
    return elisions().contains(foldedWord);
}

QList<FrenchAnalyzer::Token> FrenchAnalyzer::tokenize(QStringView text, int firstPosition)
{
    QList<Token> tokens;
    int position = firstPosition;
    bool joined = false;
    scan(text,
         [&](QStringView lower, qsizetype start, qsizetype end, bool apostropheFollows, bool joinerFollows) {
             // Folding and stemming cost far more than a look-up, and a text uses
             // few distinct words many times.
             thread_local QHash<QString, QPair<QString, QString>> cache;
             const QString exact = lower.toString();
             auto cached = cache.constFind(exact);
             if (cached == cache.constEnd()) {
                 if (cache.size() > 500000)
                     cache.clear();
                 cached = cache.insert(exact, {text::foldCase(exact), stem(exact)});
             }
             const QString& folded = cached->first;
             // "l'", "d'", "qu'"...: the article goes, the next word joins the
             // compound the article belonged to ("Val-d'Oise").
             if (apostropheFollows && isElision(folded))
                 return;
             tokens.append({exact, folded, cached->second, position++, joined, start, end});
             joined = joinerFollows;
         });
    return tokens;
}

} // namespace infodoc::core

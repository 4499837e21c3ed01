// Snowball's French stemmer comes from Xapian; this file and XapianIndex.cpp
// are the only ones that include xapian.h.
#include "search/FrenchAnalyzer.h"

#include "common/TextFolding.h"

#include <xapian.h>

#include <QHash>
#include <QSet>

namespace infodoc::core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ';
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'‑' || isApostrophe(c);
}

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

QList<FrenchAnalyzer::Token> FrenchAnalyzer::tokenize(QStringView text, int firstPosition)
{
    QList<Token> tokens;
    int position = firstPosition;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool joined = false;
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(text[i]))
            ++i;
        const QString exact = text.mid(start, i - start).toString().toLower();
        const bool apostropheFollows = i + 1 < n && isApostrophe(text[i]) && isWordChar(text[i + 1]);
        const bool joinerFollows = i + 1 < n && isJoiner(text[i]) && isWordChar(text[i + 1]);
        // Folding and stemming cost far more than a look-up, and a text uses
        // few distinct words many times.
        thread_local QHash<QString, QPair<QString, QString>> cache;
        auto cached = cache.constFind(exact);
        if (cached == cache.constEnd()) {
            if (cache.size() > 500000)
                cache.clear();
            cached = cache.insert(exact, {text::foldCase(exact), stem(exact)});
        }
        const QString& folded = cached->first;
        if (apostropheFollows && elisions().contains(folded)) {
            // "l'", "d'", "qu'"...: the article goes, the next word joins the
            // compound the article belonged to ("Val-d'Oise").
            ++i;
            continue;
        }
        tokens.append({exact, folded, cached->second, position++, joined, start, i});
        joined = joinerFollows;
        if (joinerFollows)
            ++i;
    }
    return tokens;
}

} // namespace infodoc::core

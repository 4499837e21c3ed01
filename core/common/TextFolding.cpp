#include "core/common/TextFolding.h"

#include <QRegularExpression>

namespace infodoc::core::text {

QString foldCase(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        // NFKD leaves these ligatures whole.
        if (c == u'œ' || c == u'Œ')
            out += u"oe";
        else if (c == u'æ' || c == u'Æ')
            out += u"ae";
        else if (c == u'ß')
            out += u"ss";
        else
            out += c.toLower();
    }
    return out;
}

QStringList foldedWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return foldCase(text).split(separators, Qt::SkipEmptyParts);
}

QString foldedKey(const QString& text)
{
    return foldedWords(text).join(QString());
}

QString sortKey(const QString& text)
{
    static const QRegularExpression article(QStringLiteral("^(l'|le |la |les |un |une |des |du |de la |d')"));
    QString key = foldCase(text.trimmed()).replace(u'’', u'\'');
    key.remove(article);
    return key.trimmed();
}

QString likeWordPrefixes(const QStringList& typed)
{
    QString pattern = QStringLiteral("%");
    for (QString w : typed) {
        w.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'_', QLatin1String("\\_"))
            .replace(u'%', QLatin1String("\\%"));
        pattern += w + u'%';
    }
    return pattern;
}

bool wordsStartWith(const QStringList& words, const QStringList& typed)
{
    qsizetype next = 0;
    for (const QString& t : typed) {
        while (next < words.size() && !words.at(next).startsWith(t))
            ++next;
        if (next == words.size())
            return false;
        ++next;
    }
    return true;
}

} // namespace infodoc::core::text

#pragma once

#include <QString>
#include <QStringList>

namespace infodoc::core::text {

// Lower case, diacritics removed ("Études" -> "etudes"); ligatures expanded.
QString foldCase(const QString& text);

// Words of a text after folding, punctuation and apostrophes as separators.
QStringList foldedWords(const QString& text);
// Those words run together, to match names written in many ways
// ("Mots-clés", "mots clés" -> "motscles"; "Publication Year" -> "publicationyear").
QString foldedKey(const QString& text);

// Key used to sort titles and names the French way: folded, leading article
// dropped ("L'Habitat" sorts under "habitat").
QString sortKey(const QString& text);

// A LIKE pattern (ESCAPE '\\') for keys of folded words containing
// words that start with each of `typed`, in order; refine with wordsStartWith.
QString likeWordPrefixes(const QStringList& typed);
// Whether each of `typed` starts a word of `words`, in order.
bool wordsStartWith(const QStringList& words, const QStringList& typed);

} // namespace infodoc::core::text

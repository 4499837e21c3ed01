#pragma once

#include <QString>
#include <QStringList>

namespace infodoc::core::text {

// Lower case, diacritics removed ("Études" -> "etudes"); ligatures expanded.
QString foldCase(const QString& text);

// Words of a text after folding, punctuation and apostrophes as separators.
QStringList foldedWords(const QString& text);

// Key used to sort titles and names the French way: folded, leading article
// dropped ("L'Habitat" sorts under "habitat").
QString sortKey(const QString& text);

} // namespace infodoc::core::text

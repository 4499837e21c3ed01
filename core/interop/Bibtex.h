#pragma once

#include "core/common/Result.h"
#include "core/interop/Parsed_p.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace infodoc::core {

// BibTeX and biblatex (.bib files of JabRef, Zotero, pandoc): entries with
// their fields, @string macros joined with #, the months, crossref (a
// missing field is taken from the entry referred to), LaTeX accents and
// escapes turned into Unicode, names in either order ("Knuth, Donald E." or
// "Donald E. Knuth", "{Corporate and Co}" kept whole).
class Bibtex
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Bibtex)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    static bool looksLikeBibtex(const QByteArray& head);
    // Every entry; an entry that cannot be read (unbalanced braces, a
    // missing "=") is an error naming its line, and reading goes on at the
    // next entry.
    static Result<QList<interop::Parsed>> read(const QByteArray& data, const QString& fileName,
                                               const Progress& progress = {});
    // The BibTeX field a record field is read from ("title" -> "title", "date" -> "year").
    static QString sourceField(const QString& recordField);

    // A field's LaTeX as plain Unicode text: accents (\'e, \"{u}, \c{c}…),
    // ligatures and letters (\oe, \ss, \o…), escaped characters, dashes,
    // ties; braces and unknown commands dropped, their text kept.
    static QString plainText(QStringView latex);
    // The persons of an author or editor field as the catalogue writes them
    // ("Knuth, Donald E.", "Gaulle, Charles de"); a name in braces is an
    // organisation, kept whole; "others" is left out.
    struct Name
    {
        QString name;
        bool organisation = false;
    };
    static QList<Name> names(QStringView latex);
};

} // namespace infodoc::core

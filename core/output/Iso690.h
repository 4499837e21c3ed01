#pragma once

#include "core/interop/CslItem.h"
#include "core/output/RichText.h"

#include <QList>

namespace infodoc::core {

// References in the French norm NF ISO 690 (2010), author-date and numeric
// variants. The wording follows the reference CSL styles
// iso690-author-date-fr and iso690-numeric-fr, with the French usages listed
// in the README ("[s.d.]", "[s.l.]", "(dir.)", "et al.").
class Iso690
{
public:
    enum class Style
    {
        AuthorDate,
        Numeric
    };

    struct Options
    {
        Style style = Style::AuthorDate;
        // More names than this: the first one followed by "et al."; 0 lists all.
        int etAlAfter = 3;
    };

    // One reference. `yearSuffix` ("a", "b"...) tells apart works of the same
    // responsibility and year in the author-date style.
    static RichText format(const CslItem& item, const Options& options, const QString& yearSuffix = {});

    // References in the given order, with the year suffixes of the author-date style.
    static QList<RichText> formatAll(const QList<CslItem>& items, const Options& options);

    // What the author-date style sorts on: the responsibility (or the title
    // that stands for it), then the year.
    static QString sortKey(const CslItem& item);
    // The responsibility alone, for grouping works by the same authors.
    static QString responsibilityKey(const CslItem& item);

    // French typography for a text of the record: ’ for ', « » for "..."
    // pairs, non-breaking spaces before : ; ? !
    static QString typography(const QString& text);
};

} // namespace infodoc::core

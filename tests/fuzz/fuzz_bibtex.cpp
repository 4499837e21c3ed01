// BibTeX from outside: entries, macros, crossref, LaTeX and names, mapped.

#include "core/interop/Bibtex.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto records = Bibtex::read(bytes, QStringLiteral("fuzz.bib"));
    if (records)
        for (const auto& r : *records)
            if (r.error.isEmpty() && r.fieldOf)
                (void)r.fieldOf(QStringLiteral("title"));
    // The LaTeX and name parsers on their own, on the raw text.
    const QString text = QString::fromUtf8(bytes);
    (void)Bibtex::plainText(text);
    (void)Bibtex::names(text);
    return 0;
}

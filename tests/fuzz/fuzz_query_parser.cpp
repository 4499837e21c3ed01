// The search box's query language (fields, ET OU SAUF, phrases, wildcards,
// ranges), as typed at the desk or in the visitor mode: parsed, and on a
// slip its words taken as plain words, as the Search page does.

#include "core/search/QueryParser.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!QueryParser::parse(query).ok())
        (void)QueryParser::plainWords(query);
    return 0;
}

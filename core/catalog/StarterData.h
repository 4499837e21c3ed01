#pragma once

#include "core/common/Result.h"

namespace infodoc::core {

class Clock;
class Database;

// The thesaurus and territories a new catalogue starts with.
class StarterData
{
public:
    // Loads the starter thesaurus and territories into an empty catalogue;
    // does nothing where the catalogue already has descriptors.
    static Status install(Database& db, const Clock& clock);
    static QString thesaurusText();
    static QString territoriesText();
};

} // namespace infodoc::core

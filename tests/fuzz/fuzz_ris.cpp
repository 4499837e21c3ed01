// RIS from outside: read (UTF-8 or Latin-1, continuation lines) and mapped.

#include "core/interop/Ris.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto records = Ris::read(bytes, QStringLiteral("fuzz.ris"));
    if (records)
        for (const auto& r : *records)
            if (r.error.isEmpty() && r.fieldOf)
                (void)r.fieldOf(QStringLiteral("title"));
    return 0;
}

// CSL-JSON from outside: parsed by Qt's JSON reader and mapped item by item.

#include "core/interop/CslJson.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto records = CslJson::read(bytes, QStringLiteral("fuzz.json"));
    if (records)
        for (const auto& r : *records)
            if (r.error.isEmpty() && r.fieldOf)
                (void)r.fieldOf(QStringLiteral("title"));
    return 0;
}

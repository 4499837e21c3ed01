// Dublin Core from outside (a harvested OAI-PMH page, a file of oai_dc
// records): parsed by QXmlStreamReader, no DTD, and mapped.

#include "core/interop/DublinCore.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString token;
    auto records = DublinCore::read(bytes, QStringLiteral("fuzz.xml"), &token);
    if (records)
        for (const auto& r : *records)
            if (r.error.isEmpty() && r.fieldOf)
                (void)r.fieldOf(QStringLiteral("title"));
    return 0;
}

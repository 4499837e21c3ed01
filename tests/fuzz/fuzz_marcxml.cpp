// MARCXML from outside: read (no DTD, no entity), mapped, written again as
// MARCXML and read back.

#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto entries = MarcCodec::readMarcXml(bytes, QStringLiteral("fuzz.xml"));
    if (!entries)
        return 0;
    QList<MarcRecord> again;
    for (const MarcCodec::Entry& e : *entries) {
        if (!e.error.isEmpty())
            continue;
        const auto flavour = MarcCodec::flavourOf(e.record).value_or(MarcFlavour::Marc21);
        again.append(MarcMapping::fromRecord(MarcMapping::toRecord(e.record, flavour).record, flavour,
                                             QDate(2026, 12, 2)));
    }
    if (auto xml = MarcCodec::writeMarcXml(again))
        (void)MarcCodec::readMarcXml(*xml, QStringLiteral("again.xml"));
    return 0;
}

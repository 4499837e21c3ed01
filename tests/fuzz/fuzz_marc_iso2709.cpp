// ISO 2709 from outside: read (YAZ, the character set detected), mapped to
// records, written again. Nothing may crash, leak past the sanitizers or
// loop; each broken record is reported as such.

#include "core/interop/LocalFields.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto entries = MarcCodec::readIso2709(bytes, QStringLiteral("fuzz.mrc"), MarcCharset::Detect);
    if (!entries)
        return 0;
    QList<MarcRecord> again;
    for (const MarcCodec::Entry& e : *entries) {
        if (!e.error.isEmpty())
            continue;
        const auto flavour = MarcCodec::flavourOf(e.record).value_or(MarcFlavour::Unimarc);
        auto mapped = MarcMapping::toRecord(e.record, flavour);
        // The source catalogue's own fields (PMB's 900/999, 676, 014), placed as guessed.
        QList<LocalFields::Use> uses;
        LocalFields::place(LocalFields::read(e.record), {}, uses, mapped.record, mapped.places);
        again.append(MarcMapping::fromRecord(mapped.record, flavour, QDate(2026, 12, 2)));
    }
    (void)MarcCodec::writeIso2709(again);
    return 0;
}

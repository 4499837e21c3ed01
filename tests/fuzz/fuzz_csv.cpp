// CSV from outside: parsed (quotes, line breaks, delimiters, encodings) and
// mapped, once with the mapping guessed from its header, once with every field.

#include "core/interop/Csv.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = Csv::parse(bytes, QStringLiteral("fuzz.csv"));
    (void)Csv::read(bytes, QStringLiteral("fuzz.csv"), {});
    if (table && !table->header.isEmpty()) {
        CsvMapping every;
        const QStringList fields = CsvMapping::fields();
        for (qsizetype i = 0; i < table->header.size() && i < fields.size(); ++i)
            every.columns.append({table->header.at(i), fields.at(i)});
        every.listSeparator = QStringLiteral(",");
        auto records = Csv::read(bytes, QStringLiteral("fuzz.csv"), every);
        if (records)
            for (const auto& r : *records)
                if (r.fieldOf)
                    (void)r.fieldOf(QStringLiteral("title"));
    }
    (void)CsvMapping::fromJson(bytes, QStringLiteral("fuzz.json"));
    return 0;
}

// An experience sheet's template, a JSON file the centre chooses
// (infodoc-cli sheet --template FILE, the settings): parsed and checked,
// written back, and a sheet built with it.

#include "core/catalog/Record.h"
#include "core/output/ExperienceSheets.h"
#include "core/output/SheetTemplate.h"

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto parsed = SheetTemplates::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                           QStringLiteral("fuzz.json"));
    if (!parsed.ok())
        return 0;
    if (!SheetTemplates::fromJson(SheetTemplates::toJson(*parsed), QStringLiteral("again.json")).ok())
        __builtin_trap();
    Record record;
    record.type = DocumentType::ExperienceSheet;
    record.title = QStringLiteral("Jardin partagé à Garges-lès-Gonesse");
    (void)ExperienceSheets::build(record, *parsed, [](const QString&) { return false; });
    return 0;
}

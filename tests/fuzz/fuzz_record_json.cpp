// A record as JSON (infodoc-cli add and edit, an exchange package's
// records): read whole, written back and read again; and applied as a
// change to a record.

#include "core/catalog/RecordJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))).object();
    auto record = RecordJson::fromJson(object);
    if (record.ok()) {
        // What was read is written so that it reads back.
        if (!RecordJson::fromJson(RecordJson::toJson(*record)).ok())
            __builtin_trap();
        (void)RecordJson::merge(*record, object);
    }
    return 0;
}

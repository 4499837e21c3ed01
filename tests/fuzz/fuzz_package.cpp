// An exchange package from outside: the zip opened by minizip, its names,
// manifest, sizes and checksums checked, its records read.

#include "core/interop/ExchangePackage.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The package is read from its file, as the import reads it.
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    auto contents = ExchangePackage::read(path);
    if (contents)
        for (auto it = contents->files.cbegin(); it != contents->files.cend(); ++it)
            for (const auto& f : it.value())
                (void)ExchangePackage::file(path, f.sha256);
    return 0;
}

#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace infodoc::core {

// Zip archives through Debian's minizip (the one zip library in the
// process: libxlsxwriter writes its workbooks with it too). Only Zip.cpp
// includes minizip. Archives from outside are hostile: entry counts and
// sizes are bounded by the caller, and a declared size is never trusted.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ZipReader)

public:
    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    Status open(const QString& path);
    qint64 entryCount() const;
    // The entries' names in archive order (at most `limit`: more is an error).
    Result<QStringList> entries(qint64 limit) const;
    bool contains(const QString& name) const;
    // The entry whole, or an error when it does not exist, is damaged or
    // holds more than `maxBytes` once unpacked (whatever its header says;
    // `tooLarge` tells that case from the others).
    Result<QByteArray> read(const QString& name, qint64 maxBytes, bool* tooLarge = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ZipWriter)

public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    Status open(const QString& path);
    // Deflated; `stored` keeps the bytes as they are (already compressed files).
    Status add(const QString& name, const QByteArray& bytes, bool stored = false);
    Status close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace infodoc::core

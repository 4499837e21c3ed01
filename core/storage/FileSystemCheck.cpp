#include "core/storage/FileSystemCheck.h"

#include <QFile>

#include <sys/vfs.h>

namespace infodoc::core {

QString FileSystemCheck::networkFileSystemNameForType(unsigned long type)
{
    // Magic numbers from linux/magic.h and the CIFS/SMB2 client sources.
    switch (type) {
    case 0x6969UL:
        return QStringLiteral("NFS");
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
        return QStringLiteral("CIFS/SMB");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x6B414653UL:
        return QStringLiteral("AFS");
    default:
        return {};
    }
}

QString FileSystemCheck::networkFileSystemName(const QString& directory)
{
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(directory).constData(), &info) != 0)
        return {};
    return networkFileSystemNameForType(static_cast<unsigned long>(info.f_type));
}

} // namespace infodoc::core

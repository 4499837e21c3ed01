#pragma once

#include <QString>

namespace infodoc::core {

// SQLite's locking is unreliable on network filesystems; catalogues there
// are refused until the multi-workstation (server) mode is used.
class FileSystemCheck
{
public:
    // Name of the network filesystem holding `directory` ("NFS", "CIFS/SMB"),
    // or an empty string for a local one.
    static QString networkFileSystemName(const QString& directory);
    // The same decision from a statfs() f_type value.
    static QString networkFileSystemNameForType(unsigned long type);
};

} // namespace infodoc::core

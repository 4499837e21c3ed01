#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace infodoc::core {

// Commits a QSaveFile only when everything reached the disk. Qt 6.4's
// commit() renames the file in place even when the last buffered write or
// the sync to disk failed (a dying disk, a USB key pulled out): the
// previous file would be replaced by a truncated one. This flushes and
// syncs first; on a failure the previous file stays, the new one is
// discarded, and `why` says what the system said.
bool commitSaveFile(QSaveFile& file, QString* why);

// The whole of `bytes` as the file at `path`, through a QSaveFile and
// commitSaveFile: the previous file stays unless every byte reached the disk.
bool saveWholeFile(const QString& path, const QByteArray& bytes, QString* why);

} // namespace infodoc::core

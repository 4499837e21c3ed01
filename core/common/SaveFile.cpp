#include "core/common/SaveFile.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace infodoc::core {

bool commitSaveFile(QSaveFile& file, QString* why)
{
    if (!file.flush()) {
        *why = file.errorString();
        file.cancelWriting();
        file.commit();
        return false;
    }
#if defined(Q_OS_UNIX)
    if (::fsync(file.handle()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        file.commit();
        return false;
    }
#endif
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

bool saveWholeFile(const QString& path, const QByteArray& bytes, QString* why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *why = file.errorString();
        file.cancelWriting();
        file.commit();
        return false;
    }
    return commitSaveFile(file, why);
}

} // namespace infodoc::core

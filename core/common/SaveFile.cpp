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

} // namespace infodoc::core

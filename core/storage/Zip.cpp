#include "core/storage/Zip.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <unzip.h>
#include <zip.h>

namespace infodoc::core {

struct ZipReader::Private
{
    unzFile zip = nullptr;
    QString path;
};

ZipReader::ZipReader() : d(std::make_unique<Private>()) {}

ZipReader::~ZipReader()
{
    if (d->zip)
        unzClose(d->zip);
}

Status ZipReader::open(const QString& path)
{
    d->path = path;
    d->zip = unzOpen64(QFile::encodeName(path).constData());
    if (!d->zip)
        return Error{tr("%1 is not a readable zip archive.").arg(QDir::toNativeSeparators(path))};
    return {};
}

qint64 ZipReader::entryCount() const
{
    unz_global_info64 info{};
    if (!d->zip || unzGetGlobalInfo64(d->zip, &info) != UNZ_OK)
        return -1;
    return qint64(info.number_entry);
}

Result<QStringList> ZipReader::entries(qint64 limit) const
{
    const qint64 count = entryCount();
    if (count < 0)
        return Error{tr("%1 is a damaged zip archive.").arg(QDir::toNativeSeparators(d->path))};
    if (count > limit)
        return Error{tr("%1 holds %2 files, more than the %3 accepted.")
                         .arg(QDir::toNativeSeparators(d->path))
                         .arg(count)
                         .arg(limit)};
    QStringList names;
    for (int status = unzGoToFirstFile(d->zip); status == UNZ_OK; status = unzGoToNextFile(d->zip)) {
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(d->zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return Error{tr("%1 is a damaged zip archive.").arg(QDir::toNativeSeparators(d->path))};
        names.append(QString::fromUtf8(name));
        if (names.size() > limit)
            break;
    }
    return names;
}

bool ZipReader::contains(const QString& name) const
{
    return d->zip && unzLocateFile(d->zip, name.toUtf8().constData(), 1) == UNZ_OK;
}

Result<QByteArray> ZipReader::read(const QString& name, qint64 maxBytes, bool* tooLarge) const
{
    if (tooLarge)
        *tooLarge = false;
    const QString archive = QDir::toNativeSeparators(d->path);
    if (!contains(name))
        return Error{tr("%1 has no file %2.").arg(archive, name)};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(d->zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Error{tr("%1 is a damaged zip archive.").arg(archive)};
    auto overLimit = [&]() {
        if (tooLarge)
            *tooLarge = true;
        return Error{
            tr("%1 in %2 is larger than %3 MiB once unpacked.").arg(name, archive).arg(maxBytes >> 20)};
    };
    if (info.uncompressed_size > quint64(maxBytes))
        return overLimit();
    if (unzOpenCurrentFile(d->zip) != UNZ_OK)
        return Error{tr("%1 in %2 cannot be unpacked.").arg(name, archive)};
    // The declared size can lie: read no more than the limit whatever it says.
    QByteArray out;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const int n = unzReadCurrentFile(d->zip, chunk.data(), unsigned(chunk.size()));
        if (n < 0) {
            unzCloseCurrentFile(d->zip);
            return Error{tr("%1 in %2 is damaged.").arg(name, archive)};
        }
        if (n == 0)
            break;
        out.append(chunk.constData(), n);
        if (out.size() > maxBytes) {
            unzCloseCurrentFile(d->zip);
            return overLimit();
        }
    }
    // A wrong checksum shows here.
    if (unzCloseCurrentFile(d->zip) != UNZ_OK)
        return Error{tr("%1 in %2 is damaged.").arg(name, archive)};
    return out;
}

struct ZipWriter::Private
{
    zipFile zip = nullptr;
    QString path;
};

ZipWriter::ZipWriter() : d(std::make_unique<Private>()) {}

ZipWriter::~ZipWriter()
{
    if (d->zip)
        zipClose(d->zip, nullptr);
}

Status ZipWriter::open(const QString& path)
{
    d->path = path;
    d->zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!d->zip)
        return Error{tr("Cannot write %1.").arg(QDir::toNativeSeparators(path))};
    return {};
}

Status ZipWriter::add(const QString& name, const QByteArray& bytes, bool stored)
{
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    const QByteArray utf8 = name.toUtf8();
    // Bit 11 of the flags: the name is UTF-8.
    const bool large = bytes.size() >= 0xffffffffLL;
    if (zipOpenNewFileInZip4_64(d->zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS,
                                DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 1 << 11,
                                large ? 1 : 0) != ZIP_OK)
        return Error{tr("Cannot write %1 into %2.").arg(name, QDir::toNativeSeparators(d->path))};
    qsizetype at = 0;
    while (at < bytes.size()) {
        const unsigned n = unsigned(qMin<qsizetype>(bytes.size() - at, 1 << 20));
        if (zipWriteInFileInZip(d->zip, bytes.constData() + at, n) != ZIP_OK) {
            zipCloseFileInZip(d->zip);
            return Error{tr("Cannot write %1 into %2.").arg(name, QDir::toNativeSeparators(d->path))};
        }
        at += n;
    }
    if (zipCloseFileInZip(d->zip) != ZIP_OK)
        return Error{tr("Cannot write %1 into %2.").arg(name, QDir::toNativeSeparators(d->path))};
    return {};
}

Status ZipWriter::close()
{
    const int status = zipClose(d->zip, nullptr);
    d->zip = nullptr;
    if (status != ZIP_OK)
        return Error{tr("Cannot write %1.").arg(QDir::toNativeSeparators(d->path))};
    return {};
}

} // namespace infodoc::core

#include "core/storage/Maintenance.h"

#include "core/common/Logging.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <cstdio>

namespace infodoc::core {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Copies every stored file missing from `to`; content-addressed names make
// an existing file of the same name identical.
Status copyFiles(const QString& from, const QString& to)
{
    if (!QFileInfo::exists(from))
        return Status::success();
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        const QString target = to + u'/' + relative;
        if (QFileInfo::exists(target))
            continue;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return Error{Maintenance::tr("Cannot copy the attached file %1 to %2.")
                             .arg(native(source), native(target))};
    }
    return Status::success();
}

} // namespace

Result<Maintenance::CheckReport> Maintenance::check(Database& db, const QString& filesDirectory)
{
    CheckReport report;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot check the catalogue"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems.append(tr("Database structure: %1").arg(line));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot check the catalogue"));
    while (query.next())
        report.problems.append(
            tr("Table %1, row %2: refers to a missing row of %3.")
                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM record")) || !query.next())
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot check the catalogue"));
    report.records = query.value(0).toLongLong();

    if (!query.exec(QStringLiteral("SELECT sha256, size FROM attachment_blob")))
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot check the catalogue"));
    const QString filesDir = filesDirectory.isEmpty() ? db.filesDirectory() : filesDirectory;
    while (query.next()) {
        ++report.attachments;
        const QString sha = query.value(0).toString();
        const QString path = Database::blobPath(filesDir, sha);
        QFile file(path);
        if (!file.exists()) {
            report.problems.append(tr("Attached file %1 is missing.").arg(native(path)));
            continue;
        }
        if (file.size() != query.value(1).toLongLong() || !file.open(QIODevice::ReadOnly)) {
            report.problems.append(tr("Attached file %1 has been altered.").arg(native(path)));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        if (QString::fromLatin1(hash.result().toHex()) != sha)
            report.problems.append(tr("Attached file %1 has been altered.").arg(native(path)));
    }
    return report;
}

Status Maintenance::backup(Database& db, const QString& destination)
{
    const QFileInfo target(destination);
    if (target.exists())
        return Error{tr("%1 already exists; choose a new name for the backup.").arg(native(destination))};
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error{tr("The folder %1 does not exist.").arg(native(target.absolutePath()))};
    const QString files = Database::filesDirectoryFor(target.absoluteFilePath());
    const bool filesExisted = QFileInfo::exists(files);
    // A backup that failed half-way (a disk error, a key pulled out) leaves
    // nothing that could be taken for one.
    auto removePartial = [&] {
        for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")})
            QFile::remove(target.absoluteFilePath() + suffix);
        if (!filesExisted)
            QDir(files).removeRecursively();
    };
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target.absoluteFilePath());
    if (!query.exec()) {
        removePartial();
        return sqlError(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot write the backup"));
    }
    auto copied = copyFiles(db.filesDirectory(), files);
    if (!copied)
        removePartial();
    return copied;
}

Status Maintenance::restore(const QString& source, const QString& target)
{
    const QString sourcePath = QFileInfo(source).absoluteFilePath();
    const QString targetPath = QFileInfo(target).absoluteFilePath();
    if (!QFileInfo::exists(sourcePath))
        return Error{tr("The backup %1 does not exist.").arg(native(sourcePath))};
    if (sourcePath == targetPath)
        return Error{tr("The backup and the catalogue are the same file.")};

    // Check the backup through a private copy, so that opening it (which may
    // migrate it) never touches the backup itself.
    const QString staging = targetPath + QStringLiteral(".restoring");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staging + suffix);
    if (!QFileInfo(QFileInfo(targetPath).absolutePath()).isDir())
        return Error{tr("The folder %1 does not exist.").arg(native(QFileInfo(targetPath).absolutePath()))};
    if (!QFile::copy(sourcePath, staging))
        return Error{tr("Cannot copy the backup %1 next to the catalogue.").arg(native(sourcePath))};
    auto cleanup = [&staging] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(staging + suffix);
    };
    {
        auto opened = Database::open(staging, Database::OpenMode::ExistingOnly);
        if (!opened) {
            cleanup();
            // The reasons name the staged copy; the user knows the backup.
            QString why = opened.errorMessage();
            why.replace(native(staging), native(sourcePath));
            return Error{tr("The backup %1 cannot be restored: %2").arg(native(sourcePath), why)};
        }
        auto report = check(**opened, AutomaticBackups::filesOf(sourcePath));
        if (!report || !report->problems.isEmpty()) {
            const QString why = report ? report->problems.first() : report.errorMessage();
            cleanup();
            return Error{tr("The backup %1 is damaged: %2").arg(native(sourcePath), why)};
        }
        // Fold the WAL back so the staged catalogue is a single file.
        QSqlQuery query((*opened)->connection());
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // The current catalogue must not be in use, and its WAL must be folded
    // in (or it would be replayed over the restored file).
    if (QFileInfo::exists(targetPath)) {
        auto current = Database::open(targetPath, Database::OpenMode::ExistingOnly);
        if (current) {
            // Leaving WAL mode needs every other connection closed, even an
            // idle one (which holds no lock a transaction would meet); it
            // also folds the WAL into the file.
            QSqlQuery query((*current)->connection());
            query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            const bool alone =
                query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next() &&
                query.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
            if (!alone) {
                cleanup();
                return Error{tr("The catalogue %1 is open in another window or program; close it first.")
                                 .arg(native(targetPath))};
            }
        }
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        cleanup();
        return Error{tr("Cannot replace the catalogue %1.").arg(native(targetPath))};
    }
    QFile::remove(targetPath + QStringLiteral("-wal"));
    QFile::remove(targetPath + QStringLiteral("-shm"));
    qCInfo(lcStorage) << "catalogue restored from a backup";
    return copyFiles(AutomaticBackups::filesOf(sourcePath), Database::filesDirectoryFor(targetPath));
}

} // namespace infodoc::core

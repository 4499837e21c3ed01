#include "core/catalog/AttachmentStore.h"

#include "core/catalog/RecordSession.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace infodoc::core {

AttachmentStore::AttachmentStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString AttachmentStore::pathOf(const QString& sha256) const
{
    return Database::blobPath(m_db.filesDirectory(), sha256);
}

Result<AttachmentStore::StoredFile> AttachmentStore::commitTemporary(const QString& temporaryPath,
                                                                     const QByteArray& sha, qint64 size) const
{
    const QString hex = QString::fromLatin1(sha.toHex());
    const QString target = pathOf(hex);
    if (QFileInfo::exists(target)) {
        QFile::remove(temporaryPath);
        return StoredFile{hex, size, false};
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::rename(temporaryPath, target)) {
        QFile::remove(temporaryPath);
        return Error{tr("Cannot store the file in %1.").arg(QDir::toNativeSeparators(m_db.filesDirectory()))};
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return StoredFile{hex, size, true};
}

namespace {

// "The disk holding … is full: the file needs 12.5 MB, 3.1 MB are free."
Error diskFull(const QString& directory, qint64 needed)
{
    QStorageInfo storage(directory);
    storage.refresh();
    const QLocale locale;
    return Error{AttachmentStore::tr("Cannot store the file: the disk holding %1 is full (the file needs %2, "
                                     "%3 are free). Free some space, or move the catalogue to a larger disk.")
                     .arg(QDir::toNativeSeparators(directory), locale.formattedDataSize(needed),
                          locale.formattedDataSize(qMax<qint64>(0, storage.bytesAvailable())))};
}

bool noSpaceLeft(const QString& directory, qint64 needed)
{
    QStorageInfo storage(directory);
    storage.refresh();
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed;
}

} // namespace

Result<AttachmentStore::StoredFile> AttachmentStore::storeFile(const QString& filePath) const
{
    QFile source(filePath);
    if (!QFileInfo(filePath).isFile())
        return Error{tr("%1 is not a file.").arg(QDir::toNativeSeparators(filePath))};
    if (!source.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), source.errorString())};
    if (!QDir().mkpath(m_db.filesDirectory()))
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_db.filesDirectory()))};
    // Said before a byte is written when the disk cannot hold the file.
    const qint64 needed = source.size();
    if (noSpaceLeft(m_db.filesDirectory(), needed))
        return diskFull(m_db.filesDirectory(), needed);
    QTemporaryFile temporary(m_db.filesDirectory() + QStringLiteral("/incoming-XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return Error{tr("Cannot store the file in %1.").arg(QDir::toNativeSeparators(m_db.filesDirectory()))};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray buffer;
    while (!source.atEnd()) {
        buffer = source.read(1 << 20);
        if (buffer.isEmpty() && source.error() != QFile::NoError)
            break;
        hash.addData(buffer);
        size += buffer.size();
        if (temporary.write(buffer) != buffer.size() || !temporary.flush()) {
            const QString why = temporary.errorString();
            temporary.remove();
            if (noSpaceLeft(m_db.filesDirectory(), needed - size + buffer.size()))
                return diskFull(m_db.filesDirectory(), needed);
            return Error{tr("Cannot store the file in %1: %2")
                             .arg(QDir::toNativeSeparators(m_db.filesDirectory()), why)};
        }
    }
    if (source.error() != QFile::NoError) {
        temporary.remove();
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), source.errorString())};
    }
    if (!temporary.flush()) {
        temporary.remove();
        return Error{tr("Cannot store the file in %1.").arg(QDir::toNativeSeparators(m_db.filesDirectory()))};
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    return commitTemporary(temporaryPath, hash.result(), size);
}

Result<AttachmentStore::StoredFile> AttachmentStore::storeBytes(const QByteArray& bytes) const
{
    if (!QDir().mkpath(m_db.filesDirectory()))
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_db.filesDirectory()))};
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const QString target = pathOf(QString::fromLatin1(sha.toHex()));
    if (QFileInfo::exists(target))
        return StoredFile{QString::fromLatin1(sha.toHex()), bytes.size(), false};
    QTemporaryFile temporary(m_db.filesDirectory() + QStringLiteral("/incoming-XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush()) {
        temporary.remove();
        if (noSpaceLeft(m_db.filesDirectory(), bytes.size()))
            return diskFull(m_db.filesDirectory(), bytes.size());
        return Error{tr("Cannot store the file in %1.").arg(QDir::toNativeSeparators(m_db.filesDirectory()))};
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    return commitTemporary(temporaryPath, sha, bytes.size());
}

void AttachmentStore::discard(const StoredFile& file) const
{
    if (file.created)
        QFile::remove(pathOf(file.sha256));
}

Status AttachmentStore::registerBlob(const QSqlDatabase& db, const StoredFile& file, const QString& mimeType)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO attachment_blob (sha256, size, mime_type) VALUES (?, ?, ?)"));
    q.addBindValue(file.sha256);
    q.addBindValue(file.size);
    q.addBindValue(sqlText(mimeType));
    return execOrError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot attach the file"));
}

Result<Attachment> AttachmentStore::attach(qint64 recordId, const QString& filePath)
{
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM record WHERE id = ?"));
        q.addBindValue(recordId);
        if (!q.exec())
            return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot attach the file"));
        if (!q.next())
            return Error{tr("There is no record number %1.").arg(recordId)};
    }
    auto stored = storeFile(filePath);
    if (!stored)
        return stored.error();
    const QFileInfo info(filePath);
    const QString mime =
        QMimeDatabase().mimeTypeForFile(pathOf(stored->sha256), QMimeDatabase::MatchContent).name();
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction) {
        discard(*stored);
        return transaction.error();
    }
    qint64 id = 0;
    {
        RecordRepository::Session session(m_db.connection(), m_clock);
        Status status = registerBlob(m_db.connection(), *stored, mime);
        if (status) {
            auto linked =
                session.linkAttachment(recordId, stored->sha256, info.fileName(), info.absoluteFilePath());
            if (linked)
                id = *linked;
            else
                status = linked.error();
        }
        if (!status) {
            transaction->rollback();
            discard(*stored);
            return status.error();
        }
    }
    if (auto s = transaction->commit(); !s) {
        discard(*stored);
        return s.error();
    }
    return attachment(id);
}

namespace {

const QString kSelectAttachments =
    QStringLiteral("SELECT a.id, a.sha256, a.file_name, a.original_path, b.size, b.mime_type, a.added "
                   "FROM attachment a JOIN attachment_blob b ON b.sha256 = a.sha256 ");

Attachment attachmentFromRow(const QSqlQuery& q)
{
    return Attachment{q.value(0).toLongLong(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toLongLong(),
                      q.value(5).toString(),
                      QDateTime::fromString(q.value(6).toString(), Qt::ISODate)};
}

} // namespace

Result<Attachment> AttachmentStore::attachment(qint64 attachmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectAttachments + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the attached file"));
    if (!q.next())
        return Error{tr("There is no attached file number %1.").arg(attachmentId)};
    return attachmentFromRow(q);
}

QString AttachmentStore::forRecordSql()
{
    return kSelectAttachments + QStringLiteral("WHERE a.record_id = ? ORDER BY a.id");
}

Result<QList<Attachment>> AttachmentStore::forRecord(const QSqlDatabase& db, qint64 recordId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(forRecordSql());
    q.addBindValue(recordId);
    return forRecord(q);
}

Result<QList<Attachment>> AttachmentStore::forRecord(QSqlQuery& q)
{
    QList<Attachment> list;
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the record"));
    while (q.next())
        list.append(attachmentFromRow(q));
    return list;
}

Result<QList<Attachment>> AttachmentStore::attachments(qint64 recordId) const
{
    return forRecord(m_db.connection(), recordId);
}

Status AttachmentStore::detach(qint64 attachmentId)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT record_id, sha256 FROM attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next())
        return Error{tr("There is no attachment number %1.").arg(attachmentId)};
    const qint64 recordId = q.value(0).toLongLong();
    const QString sha = q.value(1).toString();
    const char* const error = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot remove the attachment");
    q.prepare(QStringLiteral("DELETE FROM attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (auto s = execOrError(q, error); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM attachment_blob WHERE sha256 = ? AND NOT EXISTS "
                             "(SELECT 1 FROM attachment WHERE sha256 = attachment_blob.sha256)"));
    q.addBindValue(sha);
    if (auto s = execOrError(q, error); !s)
        return s;
    const bool lastReference = q.numRowsAffected() == 1;
    const QDateTime now = m_clock.now();
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Attachment, attachmentId,
                                       ChangeJournal::Op::Delete, now);
        !s)
        return s;
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Record, recordId,
                                       ChangeJournal::Op::Update, now);
        !s)
        return s;
    if (auto s = transaction->commit(); !s)
        return s;
    if (lastReference && !QFile::remove(pathOf(sha)))
        qCWarning(lcCatalog) << "could not remove stored file" << sha;
    return Status::success();
}

} // namespace infodoc::core

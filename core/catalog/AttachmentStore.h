#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace infodoc::core {

class Clock;
class Database;

// Attached files, copied into a content-addressed store beside the
// catalogue ("<catalogue>.files/ab/abcdef…" by SHA-256). The same file
// attached twice is stored once; the last reference removed deletes it.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::AttachmentStore)

public:
    struct StoredFile
    {
        QString sha256;
        qint64 size = 0;
        bool created = false; // false if the store already had it
    };

    AttachmentStore(Database& db, const Clock& clock);

    Result<Attachment> attach(qint64 recordId, const QString& filePath);
    Status detach(qint64 attachmentId);
    Result<QList<Attachment>> attachments(qint64 recordId) const;
    // An error if it cannot be read or there is no such attachment.
    Result<Attachment> attachment(qint64 attachmentId) const;
    QString pathOf(const QString& sha256) const;

    // Copies a file (or bytes) into the store without linking it; the caller
    // links it in its own transaction and removes it with discard() if that
    // fails and `created` is true.
    Result<StoredFile> storeFile(const QString& filePath) const;
    Result<StoredFile> storeBytes(const QByteArray& bytes) const;
    void discard(const StoredFile& file) const;
    // Inserts the blob row if missing; inside the caller's transaction.
    static Status registerBlob(const QSqlDatabase& db, const StoredFile& file, const QString& mimeType);

    // Every attachment of a record, in one query (for the record repository).
    static Result<QList<Attachment>> forRecord(const QSqlDatabase& db, qint64 recordId);
    // The same read with a statement the caller keeps prepared (a reader of many
    // records): its SQL, with the record number as its only value, then the rows.
    static QString forRecordSql();
    static Result<QList<Attachment>> forRecord(QSqlQuery& prepared);

private:
    Result<StoredFile> commitTemporary(const QString& temporaryPath, const QByteArray& sha,
                                       qint64 size) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

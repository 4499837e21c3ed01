#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace infodoc::core {

// One open catalogue: an SQLite file with Infodoc's schema, plus the folder
// of attached files beside it. Each instance owns its own connection and is
// used from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Database)

public:
    enum class OpenMode
    {
        ExistingOnly, // the catalogue must exist
        CreateIfMissing,
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and migrates) a catalogue. On any error the file is left as it was.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // Where attachments are stored: "<catalogue>.files/" beside the file.
    QString filesDirectory() const;
    int schemaVersion() const;
    bool wasCreated() const { return m_created; }
    // Opened read-only: the file or its folder cannot be written to (a CD,
    // a read-only share). Reading, searching and printing work; each write
    // is refused with one line (WriteTransaction::begin).
    bool isReadOnly() const { return m_readOnly; }
    static bool isReadOnly(const QSqlDatabase& connection);

    static QString filesDirectoryFor(const QString& databasePath);
    // Where a stored file lives: "<files>/ab/abcdef…" by its SHA-256.
    static QString blobPath(const QString& filesDirectory, const QString& sha256);
    // The catalogue to use: `explicitPath` (--db), else $INFODOC_DB, else
    // "catalogue.sqlite" in the application data folder.
    static QString resolvePath(const QString& explicitPath);
    // 'Info' in ASCII, written in the SQLite header to recognise our files.
    static constexpr int applicationId = 0x496E666F;

private:
    Database(QString path, QString connectionName, bool created);

    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    bool m_readOnly = false;
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"
#include "core/interop/Parsed_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace infodoc::core {

class Clock;
class Database;

// The exchange package between centres of the network: a zip holding
// records.json (the records, experience sheets included, as the catalogue
// writes them, each with its provenance), files/<sha256> (their attached
// files) and manifest.json (the centre, the date, the counts, the SHA-256
// and size of every file). Reading checks everything before anything is
// imported: no path outside the package, no file the manifest does not
// list, no size or checksum that differs, bounded sizes (a zip bomb is
// refused).
class ExchangePackage
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ExchangePackage)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    static constexpr qint64 kMaxEntries = 100000;
    static constexpr qint64 kMaxJsonBytes = qint64(256) << 20;
    static constexpr qint64 kMaxFileBytes = qint64(512) << 20;
    static constexpr qint64 kMaxTotalBytes = qint64(8) << 30;

    struct File
    {
        QString sha256;
        QString fileName; // as the other centre named it
    };

    struct Contents
    {
        QString centre;
        QDateTime created;
        QList<interop::Parsed> records; // sourceId: the record's number at the centre
        QHash<int, QList<File>> files;  // record number (from 1) -> its attached files
        QHash<int, QString> remoteModified;
    };

    static bool looksLikePackage(const QByteArray& head);

    // The records of `ids` and their files; the number written. Written
    // beside `path` and renamed: whole or not at all.
    static Result<int> write(Database& db, const Clock& clock, const QList<qint64>& ids,
                             const QString& centre, const QString& path, const Progress& progress = {});
    // Everything checked, the records read; the files are read again (and
    // checked again) when imported.
    static Result<Contents> read(const QString& path, const Progress& progress = {});
    // One attached file of the package, checked against its SHA-256.
    static Result<QByteArray> file(const QString& path, const QString& sha256);
};

} // namespace infodoc::core

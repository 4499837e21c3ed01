#pragma once

#include "core/common/Result.h"
#include "core/interop/Marc.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// Writes records of the catalogue to an exchange file. The file appears
// whole or not at all (written aside, then renamed): a cancel or a failure
// leaves nothing half-written.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Exporter)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    enum class Format
    {
        Unimarc,       // ISO 2709
        Marc21,        // ISO 2709
        MarcXml,       // MARCXML of UNIMARC
        MarcXmlMarc21, // MARCXML of MARC21
    };

    Exporter(Database& db, const Clock& clock);

    // "unimarc", "marc21", "marcxml" (with `flavour` "marc21" for MARC21 in XML).
    static std::optional<Format> formatFromKey(const QString& key, const QString& flavour = {});

    Result<QByteArray> encode(const QList<qint64>& ids, Format format, const Progress& progress = {});
    // The number of records written.
    Result<int> write(const QList<qint64>& ids, Format format, const QString& path,
                      const Progress& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

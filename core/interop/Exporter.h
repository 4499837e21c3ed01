#pragma once

#include "core/catalog/Record.h"
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
        Ris,
        Bibtex,
        CslJson,
        DublinCore, // oai_dc records
        Csv,        // ';', UTF-8 with a BOM (Excel opens it as it is), CRLF
        Xlsx,
        Package,   // the exchange package between centres (a zip)
        OaiStatic, // an OAI-PMH static repository of oai_dc records
    };

    Exporter(Database& db, const Clock& clock);

    // "unimarc", "marc21", "marcxml" (with `flavour` "marc21" for MARC21 in
    // XML), "ris", "bibtex", "csl-json", "dc", "csv", "xlsx".
    static std::optional<Format> formatFromKey(const QString& key, const QString& flavour = {});
    static QString suffix(Format format); // "mrc", "xml", "ris"…

    // The columns of the CSV and XLSX exports: the fields of a column
    // mapping (CsvMapping::fields()), headed by their labels, so that the
    // file comes back in through the import with the mapping guessed.
    static QStringList tableColumns();
    static QStringList tableRow(const Record& record);

    // Every format but XLSX, which only goes to a file.
    Result<QByteArray> encode(const QList<qint64>& ids, Format format, const Progress& progress = {});
    // The number of records written.
    Result<int> write(const QList<qint64>& ids, Format format, const QString& path,
                      const Progress& progress = {});

    // The centre's name, as Dublin Core's publisher when a record has none.
    void setSource(const QString& centre) { m_source = centre; }
    // For the static repository: where it will be published and who answers for it.
    void setRepository(const QString& baseUrl, const QString& adminEmail)
    {
        m_baseUrl = baseUrl;
        m_adminEmail = adminEmail;
    }

private:
    Result<QByteArray> encodeMarc(const QList<qint64>& ids, Format format, const Progress& progress);
    Result<QByteArray> encodeOther(const QList<qint64>& ids, Format format, const Progress& progress);
    Result<int> writeXlsx(const QList<qint64>& ids, const QString& path, const Progress& progress);

    QString m_source;
    QString m_baseUrl;
    QString m_adminEmail;
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

#pragma once

#include "core/catalog/Record.h"
#include "core/catalog/RecordRepository.h"
#include "core/common/Result.h"
#include "core/interop/Csv.h"
#include "core/interop/LocalFields.h"
#include "core/interop/Marc.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>
#include <future>
#include <optional>

namespace infodoc::core {

class Clock;
class Database;
class DuplicateFinder;
namespace interop {
struct Parsed;
}

// Importing a file of records: read and map it (prepare), show the plan —
// every problem with its record number, line and field, the possible
// duplicates, the subjects the thesaurus does not have — then write it in
// one transaction (apply) through the catalogue's record writer, so that
// the journal and the index follow. Nothing is written before apply, nor
// after a cancel or an error.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Importer)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    enum class Format
    {
        Detect,
        Iso2709, // MARC, UNIMARC or MARC21 told apart per record
        Unimarc, // ISO 2709 read as UNIMARC
        Marc21,  // ISO 2709 read as MARC21
        MarcXml,
        Ris,
        Bibtex,
        CslJson,
        Csv,
        DublinCore, // oai_dc records, an OAI-PMH answer among them
        Package,    // an exchange package between centres (read from its file)
    };

    enum class OnDuplicate
    {
        Skip,    // keep the catalogue's record, import nothing
        Merge,   // fill the catalogue's record with what it lacks
        Replace, // the file's description replaces the catalogue's (copies kept)
        New,     // import as a new record all the same
    };

    struct Request
    {
        Format format = Format::Detect;
        MarcCharset charset = MarcCharset::Detect;
        CsvMapping csvMapping; // no columns: guessed from the first line
        // UNIMARC: where each of the source catalogue's own fields goes (LocalFields::Value::id);
        // a field not named here is guessed from its name and label.
        QHash<QString, LocalFields::Target> localFields;
    };

    struct Problem
    {
        int record = 0; // from 1 in file order; 0 for the whole file
        int line = 0;   // text formats: the line where the record starts
        QString field;  // "200$a", "995$f"
        QString message;
    };

    struct Incoming
    {
        int number = 0;
        int line = 0;
        QString sourceId; // the file's own number of the record (001)
        // Subjects the thesaurus has (as its descriptors), the others as
        // keywords; places known as territories, the others as keywords.
        Record record;
        QStringList unmatchedSubjects;
        QList<RecordRepository::Duplicate> duplicates;
        QHash<QString, qint64> barcodesInCatalogue; // copies a duplicate already has: barcode -> record
        QList<Problem> errors;                      // the record cannot be imported as it is
        QList<Problem> warnings;
        // Package: the attached files (SHA-256, name), when the record last
        // changed at its centre, and the choice the provenance suggests
        // (replace a record the centre changed and nobody edited here).
        QList<std::pair<QString, QString>> files;
        QString remoteModified;
        std::optional<OnDuplicate> suggested;
    };

    struct Plan
    {
        QString fileName;
        Format format = Format::Detect;
        QStringList charsets; // MARC: as read, e.g. "utf-8", "marc-8"
        QList<Incoming> records;
        QMap<QString, int> unmatchedSubjects; // subject -> how many records give it
        CsvMapping csvMapping;                // CSV: the mapping read with, guessed or given
        QStringList csvHeader;                // CSV: the columns of the first line
        QList<LocalFields::Use> localFields;  // UNIMARC: PMB's custom fields met, and where they went
        QString resumptionToken;              // OAI-PMH: the next page is asked for with it
        QString packagePath;                  // Package: the file, read again for the attached files
        QString packageCentre;                // Package: the centre it comes from

        int read() const { return int(records.size()); }
        int withErrors() const;
        int withDuplicates() const;
    };

    struct Options
    {
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        QHash<int, OnDuplicate> perRecord; // a choice made for one record in the preview
        bool validOnly = false;            // import the valid records, report the others
        bool addCandidateDescriptors = false;
        QSet<int> only; // the records to import (numbers from 1); empty: all of them
    };

    struct Outcome
    {
        int added = 0;
        int merged = 0;
        int replaced = 0;
        int skipped = 0;
        QList<qint64> ids;      // the catalogue's records written, in file order
        QList<Problem> leftOut; // records not imported (valid-only), and why
        int descriptorsAdded = 0;
    };

    Importer(Database& db, const Clock& clock);

    static constexpr qint64 kMaxFileBytes = qint64(512) << 20;

    Result<Plan> prepareFile(const QString& path, const Request& request, const Progress& progress = {});
    Result<Plan> prepare(const QByteArray& data, const QString& fileName, const Request& request,
                         const Progress& progress = {});
    Result<Outcome> apply(const Plan& plan, const Options& options, const Progress& progress = {});

    static QString key(Format format);
    static std::optional<Format> formatFromKey(const QString& key);
    static QString key(OnDuplicate choice);
    static std::optional<OnDuplicate> onDuplicateFromKey(const QString& key);
    static QString key(RecordRepository::Duplicate::Reason reason);
    // "Record 12, line 40, 200$a: message" for a report.
    static QString describe(const Problem& problem);

private:
    Result<Plan> preparePackage(const QString& path, const Progress& progress);
    // `catalogue` is the index of the catalogue being loaded meanwhile (DuplicateFinder::loadAside).
    Status planRecords(Plan& plan, QList<interop::Parsed>& parsed, qint64 size,
                       std::future<Result<DuplicateFinder>> catalogue, const Progress& progress,
                       const QHash<QString, LocalFields::Target>& localFields = {});
    Status matchProvenance(Plan& plan);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

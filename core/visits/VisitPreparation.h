#pragma once

#include "core/circulation/Circulation.h"
#include "core/circulation/SetAsides.h"
#include "core/common/Result.h"
#include "core/output/BibliographyWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace infodoc::core {

class Appointments;
class Clock;
class Database;
class SearchService;
struct Appointment;

// A document as the preparation of a visit shows it.
struct VisitDocument
{
    qint64 recordId = 0;
    QString title;
    QString authors;
    int year = 0;
    QString callNumber; // of its first copy
    int copies = 0;     // that can be consulted (not lost or withdrawn)
    int available = 0;  // of them, on the shelf now
};

// Preparing a visit and closing it: documents suggested from the topic, the
// selection (chosen by the documentalist or put in "Ma sélection" by the
// visitor), copies set aside for the day, the two printouts, the loans made
// during the visit and what was consulted.
class VisitPreparation
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::VisitPreparation)

public:
    VisitPreparation(Database& db, const Clock& clock, Appointments& appointments);

    struct Suggestion
    {
        VisitDocument document;
        QStringList reasons; // "descripteur : Logement", "texte : …", "proche de : …"
        int score = 0;
    };
    // Suggestions for the appointment, best first, the selection left out:
    // records of its descriptors and their narrower terms, then, with a
    // search service, those the free topic finds and those similar to the
    // documents already selected.
    Result<QList<Suggestion>> suggest(qint64 appointmentId, const SearchService* search = nullptr,
                                      int limit = 50) const;

    enum class ChosenBy
    {
        Documentalist,
        Visitor,
    };
    struct Item
    {
        VisitDocument document;
        ChosenBy chosenBy = ChosenBy::Documentalist;
        bool consulted = false;
    };
    Result<QList<Item>> selection(qint64 appointmentId) const;
    // Adds records to the selection (those already in it stay where they are).
    Status select(qint64 appointmentId, const QList<qint64>& recordIds,
                  ChosenBy by = ChosenBy::Documentalist);
    // Takes records out of the selection, and their copies back to the shelf.
    Status unselect(qint64 appointmentId, const QList<qint64>& recordIds);

    // Sets aside one copy on the shelf of each selected record that has none
    // set aside yet; tells which records had none on the shelf, and why.
    struct SetAsideReport
    {
        QList<SetAside> added;
        QStringList missing; // "Titre : en prêt jusqu'au 12/01/2027"
    };
    Result<SetAsideReport> setAside(qint64 appointmentId);
    Result<QList<SetAside>> setAsides(qint64 appointmentId) const;

    // The copies to take from the shelves, by location then call number:
    // those set aside, else the first copy on the shelf of each selected
    // record, and the records with none (note says why).
    struct PullLine
    {
        QString location;
        QString callNumber;
        QString barcode;
        QString title;
        qint64 recordId = 0;
        bool setAside = false;
        QString note;
    };
    Result<QList<PullLine>> pullList(qint64 appointmentId) const;
    // PDF, HTML or text after the file's extension.
    Status writePullList(qint64 appointmentId, const QString& path) const;
    // The selection as an NF ISO 690 bibliography with call numbers and locations.
    Status writeBibliography(qint64 appointmentId, const QString& path,
                             BibliographyWriter::Format format) const;

    // Lends a copy to the appointment's borrower, the loan linked to the
    // appointment (its set-aside released in the same transaction).
    Result<LoanInfo> lend(qint64 appointmentId, const QString& copyBarcode);
    Result<QList<LoanInfo>> loans(qint64 appointmentId) const;

    // Closing the visit: what was consulted (records of the selection, or
    // copies scanned, added to it), the follow-up note; the appointment is
    // done and its copies back on the shelf. All or nothing.
    struct Closing
    {
        QList<qint64> consulted;
        QStringList scanned; // copy barcodes
        QString followUp;
    };
    Status close(qint64 appointmentId, const Closing& closing);

private:
    Result<Appointment> appointment(qint64 id) const;
    Result<QList<VisitDocument>> documents(const QList<qint64>& recordIds) const;

    Database& m_db;
    const Clock& m_clock;
    Appointments& m_appointments;
};

} // namespace infodoc::core

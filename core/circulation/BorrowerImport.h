#pragma once

#include "core/circulation/Borrowers.h"
#include "core/common/Result.h"
#include "core/interop/Csv.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// Borrowers from a spreadsheet, PMB's borrowers export first among them
// (empr_cb, empr_nom, empr_prenom…): the columns mapped to the borrower's
// fields (guessed from the headers, or a saved mapping), then a plan —
// each row's problems with its line and column, the cards already known,
// the people who may already be borrowers — then one transaction.
// Personal data: nothing of it goes to the logs or the search index.
class BorrowerImport
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::BorrowerImport)

public:
    struct Row
    {
        int line = 0;
        Borrower borrower;
        QStringList errors; // the row cannot be imported as it is
        QStringList warnings;
        qint64 sameCard = 0;      // a borrower already has this card
        QList<qint64> lookAlikes; // same e-mail, or nearly the same name and structure
    };

    struct Plan
    {
        QString fileName;
        QStringList header;
        CsvMapping mapping;
        QList<Row> rows;

        int withErrors() const;
        int known() const; // rows whose card or person is already there
    };

    struct Outcome
    {
        int added = 0;
        int updated = 0;
        int skipped = 0;
        QStringList leftOut; // "line 12: …"
    };

    // The borrower's fields a column may go to.
    static QStringList fields();
    static QString fieldLabel(const QString& key);
    static CsvMapping guess(const QStringList& header);

    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    BorrowerImport(Database& db, const Clock& clock);

    Result<Plan> prepareFile(const QString& path, const CsvMapping& mapping = {},
                             const Progress& progress = {});
    Result<Plan> prepare(const QByteArray& data, const QString& fileName, const CsvMapping& mapping = {},
                         const Progress& progress = {});
    // All or nothing, unless `validOnly`; a known card is updated only with
    // `updateKnown`, else left as it is (so are look-alikes). Nothing is
    // written after a cancel.
    Result<Outcome> apply(const Plan& plan, bool validOnly, bool updateKnown, const Progress& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

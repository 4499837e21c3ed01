#pragma once

#include "core/circulation/Circulation.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace infodoc::core {

class Clock;
class Database;

// The borrowers' personal data under the CNIL rules: retention (a returned
// loan loses its borrower at the end of the fourth month after the return;
// a borrower with nothing open goes a year after their last loan ended),
// the right of access (export) and the right to erasure. Monthly totals are
// written with each event, so nothing here touches them.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::PersonalData)

public:
    PersonalData(Database& db, const Clock& clock, CirculationSettings settings);

    // What a retention run selects on `asOf`. The dry run and the real run
    // select with this same function, so they act on the same rows.
    struct Plan
    {
        QDate asOf;
        QDate returnedBefore; // loans returned before this day lose their borrower
        QDate endedBefore;    // borrowers whose last loan ended before this day go
        QList<qint64> loans;
        struct Person
        {
            qint64 id = 0;
            QString name; // shown to the documentalist in the dry run, never logged
            QString card;
            QDate lastEnded;
        };
        QList<Person> borrowers;
    };
    static QDate anonymiseCutoff(const QDate& asOf, int months);
    Result<Plan> plan(const QDate& asOf) const;
    // Applies the plan of `asOf` in one transaction and logs the counts;
    // `progress` returning false cancels, and nothing is written.
    using Progress = std::function<bool(int done, int total)>;
    Result<Plan> apply(const QDate& asOf, const Progress& progress = {});

    struct Run
    {
        QDateTime at;
        QDate asOf;
        int loansAnonymised = 0;
        int borrowersDeleted = 0;
        int borrowersErased = 0;
    };
    Result<QList<Run>> runs() const;

    // Right of access: everything the catalogue holds about the borrower.
    Result<QJsonObject> exportJson(qint64 borrowerId) const;
    // The same, as an HTML page for the readable PDF.
    Result<QString> exportHtml(qint64 borrowerId) const;

    // Right to erasure: refused while something is out; the history is
    // anonymised, the holds dropped, the person deleted with the freed pages
    // overwritten, and the card's hash added to the list kept beside the
    // catalogue (outside it), so that restoring an older backup erases the
    // person again.
    Status erase(qint64 borrowerId);
    // After a restore: erases again the borrowers listed as erased. Returns
    // how many were found.
    Result<int> reapplyErasures();
    // Replaces the catalogue at `target` (not open anywhere) with a checked
    // backup, then erases again the borrowers erased since it was taken.
    // Returns how many were.
    static Result<int> restoreBackup(const QString& backup, const QString& target, const Clock& clock);
    // "<catalogue>.erasures": one hash per line.
    static QString erasureListPath(const QString& databasePath);
    static QString cardHash(const QString& card);

private:
    Status eraseInTransaction(qint64 borrowerId);

    Database& m_db;
    const Clock& m_clock;
    CirculationSettings m_settings;
};

} // namespace infodoc::core

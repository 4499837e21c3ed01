#pragma once

#include "core/circulation/Circulation.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace infodoc::core {

class Clock;
class Database;
struct CentreIdentity;

// Reminder letters for late loans, at the levels the centre sets (for
// example 7, 21 and 45 days after the due date). The level reached is kept
// per loan: each run moves a late loan up one level at most, so a late run
// catches up without skipping a level's letter, and no level is sent twice;
// a level waits the gap between its delay and the previous one after the
// previous letter. Returned loans never get one.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Reminders)

public:
    Reminders(Database& db, const Clock& clock, CirculationSettings settings);

    struct Item
    {
        LoanInfo loan;
        int level = 0; // the level this run sends
        int daysLate = 0;
    };
    // One letter per borrower with all their items reaching a new level.
    struct Letter
    {
        qint64 borrowerId = 0;
        QString name;
        QString card;
        QString email;
        QString structure;
        int level = 0; // the highest level among the items
        QList<Item> items;
    };
    // What a run on `asOf` would send (the dry run).
    Result<QList<Letter>> due(const QDate& asOf) const;
    // Stores the levels of `letters` (selected again under the write lock
    // by due(); returns what was stored).
    Result<QList<Letter>> record(const QDate& asOf);

    // The wording of a level's letter, editable per level and kept in the
    // catalogue ("reminders.<level>.subject" / ".body"). In the body:
    // {name}, {items} (the list of late documents), {centre}, {date}.
    struct Wording
    {
        QString subject;
        QString body;
    };
    static Wording defaultWording(int level);
    static Result<Wording> wording(Database& db, int level);
    static Status setWording(Database& db, int level, const Wording& wording);

    // Writes a letter per borrower into `folder` ("rappel-<level>-<card>"
    // in PDF and ODT, and an .eml when the borrower has an e-mail address),
    // then stores the levels: all or nothing (the files are removed if the
    // levels cannot be stored). Needs a GUI application object (fonts).
    struct Sent
    {
        QList<Letter> letters;
        QStringList files;
    };
    Result<Sent> send(const QDate& asOf, const QString& folder);

    // The letter as rich text for a PDF or ODT, with the centre's identity.
    static QString letterHtml(const Letter& letter, const Wording& wording, const CentreIdentity& centre,
                              const QDate& date);
    // The same as an e-mail a mail client opens (RFC 5322, UTF-8; the
    // program sends no mail itself).
    static QByteArray eml(const Letter& letter, const Wording& wording, const CentreIdentity& centre,
                          const QDateTime& at);

    // Telling a borrower that the copy they hold is ready: the text (for a
    // letter or the telephone) and the same as an e-mail file.
    struct Notice
    {
        QString subject;
        QString body;
    };
    static Notice holdNotice(const HoldInfo& hold, const CentreIdentity& centre);
    static QByteArray holdEml(const HoldInfo& hold, const CentreIdentity& centre, const QDateTime& at);

private:
    Database& m_db;
    const Clock& m_clock;
    CirculationSettings m_settings;
};

} // namespace infodoc::core

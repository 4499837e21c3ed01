#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>

namespace infodoc::core {

class Clock;
class Database;

// Rotating backups of the open catalogue into a folder the documentalist
// chooses (a USB drive, a network share): each one a consistent copy with the
// attached files, verified by opening and checking it, the newest of each of
// the last days, weeks and months kept. The policy is kept in the catalogue.
class AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::AutomaticBackups)

public:
    struct Policy
    {
        bool enabled = false;
        QString folder;
        int daily = 7;
        int weekly = 4;
        int monthly = 12;
        bool atClose = true;
        QTime at = QTime(12, 30); // while the program is open; invalid = never
    };

    struct Backup
    {
        enum class State
        {
            Verified,   // checked when written and unchanged since
            Damaged,    // failed its check, or altered since it was checked
            Unverified, // never checked (written by something else)
        };
        QString path;    // the .sqlite file; its attached files in <name>.files beside it
        QDateTime taken; // local time, read from the name
        qint64 bytes = 0;
        qint64 records = 0;
        int files = 0;
        State state = State::Unverified;
        QString problem; // why it is damaged
    };

    // What progress says: the step, how far (total 0: no measure yet).
    // Returning false cancels (the backup being written is removed).
    using Progress = std::function<bool(const QString& step, qint64 done, qint64 total)>;
    // Bytes free where the backups go: QStorageInfo unless a test says otherwise.
    using FreeSpace = std::function<qint64(const QString& folder)>;

    AutomaticBackups(Database& db, const Clock& clock);

    static Result<Policy> policy(Database& db);
    // Checks the policy (a folder that exists, counts from 1 to 400) before keeping it.
    static Status setPolicy(Database& db, const Policy& policy);

    // The backups of this catalogue in the policy's folder, newest first.
    // Damaged ones are named as such.
    Result<QList<Backup>> list() const;
    static Result<QList<Backup>> list(const QString& folder, const QString& catalogueName);

    // Writes a new backup, verifies it, then removes those the rotation no
    // longer keeps. A missing folder, a full disk or a failed check is an
    // error naming the folder, and the new backup is not left half-written.
    Result<Backup> run(const Progress& progress = {});

    // True when the policy's time of day has passed today and no backup was
    // taken since then.
    Result<bool> due() const;

    // Opens the backup read-only and checks it entirely: structure, schema
    // version, every attached file's size and content.
    static Backup verify(const QString& path);
    // Where a backup's attached files are: the folder's shared store for an
    // automatic backup, <name>.files beside one written by hand.
    static QString filesOf(const QString& backupPath);

    // The backups (newest first) that the rotation keeps: the newest of each of
    // the `daily` last days, `weekly` last weeks, `monthly` last months holding one.
    static QList<Backup> kept(const QList<Backup>& backups, const Policy& policy);

    void setFreeSpace(FreeSpace freeSpace) { m_freeSpace = std::move(freeSpace); }

    static QString stateText(const Backup& backup);

private:
    Database& m_db;
    const Clock& m_clock;
    FreeSpace m_freeSpace;
};

} // namespace infodoc::core

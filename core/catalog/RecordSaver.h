#pragma once

#include "core/catalog/Record.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/RecordValidator.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace infodoc::core {

class Clock;
class Database;

// Saving one record as the record form, infodoc-cli add/edit and the
// importers do it: checked here whatever the caller checked, duplicates
// looked for, added or updated, then its files attached and detached.
class RecordSaver
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RecordSaver)

public:
    struct Draft
    {
        Record record; // id 0 for a new record
        QStringList filesToAttach;
        QList<qint64> attachmentsToDetach;
    };

    // What a form shows before saving.
    struct Review
    {
        QList<RecordValidator::Problem> problems; // saving is refused while there are any
        QList<RecordValidator::Problem> warnings;
        QList<RecordRepository::Duplicate> duplicates;
    };

    enum class Duplicates
    {
        Refuse, // a possible duplicate is an error naming it
        Accept  // the user has seen them and saves anyway
    };

    struct Saved
    {
        qint64 id = 0;
        QList<RecordRepository::Duplicate> duplicates; // found, and accepted
        QList<RecordValidator::Problem> warnings;
        // The record is saved; each file that could not be attached or
        // detached is one line here.
        QStringList fileFailures;
    };

    RecordSaver(Database& db, const Clock& clock);

    Result<Review> review(const Record& record) const;
    Result<Saved> save(const Draft& draft, Duplicates duplicates);

    // "Record n° 12 "Title" has the same ISBN." for a message.
    static QString describe(const RecordRepository::Duplicate& duplicate);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace infodoc::core {

class Clock;
class Database;

// One change made to many records at once (modification par lot): add or
// remove a subject, a territory or a keyword, or set a field. Applied in one
// transaction; the records as they were come back so that a second batch
// puts them back.
class BatchEdit
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::BatchEdit)

public:
    enum class Action
    {
        AddSubject,
        RemoveSubject,
        AddTerritory,
        RemoveTerritory,
        AddKeyword,
        RemoveKeyword,
        SetField
    };
    struct Change
    {
        Action action = Action::AddSubject;
        QString value;
        QString field; // for SetField: one of settableFields()
    };
    // The records before the change, to write back.
    struct Undo
    {
        QList<Record> before;
    };
    using Progress = std::function<bool(int done, int total)>;

    BatchEdit(Database& db, const Clock& clock);

    // "type", "publisher", "place", "date", "language", "audience", "collection", "genre", "callNumber".
    static QStringList settableFields();
    static QString fieldLabel(const QString& field);
    static std::optional<Action> actionFromKey(const QString& key);

    // The records among `ids` the change would modify (a record that already
    // has the subject, or already has the value, is left alone).
    Result<QList<qint64>> affected(const QList<qint64>& ids, const Change& change,
                                   const Progress& progress = {}) const;
    // Applies the change; nothing is written if one record cannot take it.
    Result<Undo> apply(const QList<qint64>& ids, const Change& change, const Progress& progress = {});
    // Writes the records back as they were before apply().
    Status undo(const Undo& undo, const Progress& progress = {});

private:
    // The change made to one record; false if it changes nothing.
    bool changeRecord(Record& record, const Change& change, const QString& resolved) const;
    // The stored form of the value (a descriptor for a non-preferred term), or why it cannot be.
    Result<QString> resolve(const Change& change) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

#pragma once

#include "core/catalog/Vocabulary.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// Persons and organisations, deduplicated on a normalised name.
class AuthorityRepository
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::AuthorityRepository)

public:
    struct Authority
    {
        qint64 id = 0;
        AuthorityKind kind = AuthorityKind::Person;
        QString name;
        QString note;
        int recordCount = 0;
    };

    AuthorityRepository(Database& db, const Clock& clock);

    // Case, accents and punctuation ignored; for persons the word order too,
    // so "Dupont, Marie", "Marie Dupont" and "DUPONT Marie" are one person.
    static QString normalizedKey(const QString& name, AuthorityKind kind);

    // The authority of that name, none if there is none yet; an error if it cannot be read.
    Result<std::optional<Authority>> find(const QString& name, AuthorityKind kind) const;
    // An error if it cannot be read or there is no such authority.
    Result<Authority> get(qint64 id) const;
    // Names containing `text` (folded), most used first.
    Result<QList<Authority>> search(const QString& text, int limit = 50) const;

    // Authorities of the same kind that look like `name` without being it: a
    // letter or two apart ("Dupond" for "Dupont"), or one name's words inside
    // the other's ("Dupont" and "Dupont, Marie"). Closest first.
    Result<QList<Authority>> similar(const QString& name, AuthorityKind kind, int limit = 5) const;

    // Creates the authority if no equivalent exists, in its own transaction.
    Result<qint64> findOrCreate(const QString& name, AuthorityKind kind);
    Status rename(qint64 id, const QString& name);
    // The documentalist's note on a person or organisation (dates, role, other forms).
    Status setNote(qint64 id, const QString& note);
    // Moves every link of `removeId` to `keepId`, then deletes `removeId`.
    Status merge(qint64 keepId, qint64 removeId);

    // For the record repository: same as findOrCreate, inside the caller's
    // open transaction.
    Result<qint64> resolveInTransaction(const QString& name, AuthorityKind kind);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

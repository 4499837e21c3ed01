#pragma once

#include "core/common/Result.h"
#include "core/storage/ChangeJournal.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// The subject thesaurus: descriptors with broader/narrower and related
// terms, and non-preferred terms (use-for) that lead to a descriptor.
class Thesaurus
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Thesaurus)

public:
    struct Descriptor
    {
        qint64 id = 0;
        QString label;
        QString scopeNote;
    };

    Thesaurus(Database& db, const Clock& clock);

    static QString normalizedKey(const QString& label);

    struct Completion
    {
        QString term;       // what matched: the descriptor or one of its non-preferred terms
        QString descriptor; // the descriptor to use
    };
    // Descriptors and non-preferred terms whose words start with the words
    // typed (case and accents ignored), descriptors first, most used first.
    Result<QList<Completion>> complete(const QString& text, int limit = 20) const;

    // A descriptor by its label or by one of its non-preferred terms.
    Result<std::optional<Descriptor>> find(const QString& label) const;
    Result<std::optional<Descriptor>> get(qint64 id) const;
    // Every descriptor's label under its normalised key and under the keys
    // of its non-preferred terms (an import matches thousands of subjects).
    Result<QHash<QString, QString>> descriptorsByKey() const;
    // The descriptor, or an error naming the number when there is none.
    Result<Descriptor> existing(qint64 id) const;
    Result<QList<Descriptor>> topTerms() const;
    Result<QList<Descriptor>> broader(qint64 id) const;
    Result<QList<Descriptor>> narrower(qint64 id) const;
    Result<QList<Descriptor>> related(qint64 id) const;
    Result<QStringList> nonPreferred(qint64 id) const;
    // Every descriptor below `id`, at any depth.
    Result<QList<qint64>> narrowerClosure(qint64 id) const;
    Result<int> descriptorCount() const;
    Result<int> recordCount(qint64 id) const;
    // Records indexed with the descriptor or one of its narrower terms.
    Result<QList<qint64>> recordsOf(qint64 id) const;
    // The theme of a descriptor: its top term, following the first broader
    // term at each level; the label itself when it has none or is unknown.
    Result<QString> theme(const QString& label) const;

    Result<qint64> addDescriptor(const QString& label, qint64 broaderId = 0, const QString& scopeNote = {});
    Status addNonPreferred(qint64 id, const QString& label);
    Status removeNonPreferred(const QString& label);
    Status addBroader(qint64 id, qint64 broaderId);
    // Moves a descriptor (with everything below it) under `broaderId`, or to
    // the top with 0, in place of all its broader terms.
    Status moveUnder(qint64 id, qint64 broaderId);
    Status addRelated(qint64 a, qint64 b);
    Status removeRelated(qint64 a, qint64 b);
    Status setScopeNote(qint64 id, const QString& note);
    Status rename(qint64 id, const QString& label);
    // Records, relations and non-preferred terms of `removeId` go to
    // `keepId`; the removed label becomes a non-preferred term.
    Status merge(qint64 keepId, qint64 removeId);
    Status remove(qint64 id);

    // Loads a thesaurus written as an indented tree (two spaces a level);
    // "= term" adds a non-preferred term and "~ term" a related term to the
    // descriptor above. Errors name the line.
    Status importText(const QString& text, const QString& sourceName);

private:
    Result<qint64> addDescriptorInTransaction(const QString& label, qint64 broaderId,
                                              const QString& scopeNote);
    Status addNonPreferredInTransaction(qint64 id, const QString& label);
    Status addRelatedInTransaction(qint64 a, qint64 b);
    Status journal(qint64 id, ChangeJournal::Op op);
    Result<bool> labelTaken(const QString& key, qint64 exceptDescriptor) const;
    // Whether `broaderId` may become a broader term of `id`: both exist, and no loop.
    Status checkBroader(qint64 id, qint64 broaderId) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

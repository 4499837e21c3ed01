#pragma once

#include "core/catalog/RecordRepository.h"
#include "core/storage/ChangeJournal.h"

#include <QHash>
#include <QSqlQuery>

namespace infodoc::core {

// Writes records inside a transaction the caller holds, with prepared
// statements and look-up caches reused across records.
class RecordRepository::Session
{
public:
    Session(const QSqlDatabase& db, const Clock& clock);

    // Inserts (record.id == 0) or replaces a record, checked and normalised
    // here; returns its id.
    Result<qint64> write(const Record& record);
    Status remove(qint64 id, QStringList* orphanedBlobs);
    // Links a stored file (its blob row must exist) to a record.
    Result<qint64> linkAttachment(qint64 recordId, const QString& sha256, const QString& fileName,
                                  const QString& originalPath);

private:
    // The subject and territory keys, read once per session.
    Status loadVocabulary();
    Result<qint64> subjectId(const QString& label);
    Result<qint64> territoryId(const QString& name);
    Result<qint64> authorityId(const Responsibility& r);
    Status writeChildren(qint64 id, const Record& r, bool replacing);
    Status writeCopies(qint64 id, const QList<Copy>& copies, bool replacing);
    Status journal(ChangeJournal::Entity entity, qint64 id, ChangeJournal::Op op);
    // Why a replacing write changed no row: the record is gone, or it was
    // saved elsewhere after `r` was read.
    Error changedElsewhere(const Record& r);
    QSqlQuery& prepared(const QString& sql);

    QSqlDatabase m_db;
    const Clock& m_clock;
    QDateTime m_at;
    QString m_now;
    ChangeJournal m_journal;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, qint64> m_subjects; // folded label (or non-preferred term) -> descriptor
    QHash<QString, QList<qint64>> m_territories;
    QHash<QString, qint64> m_authorities;       // kind + key -> id
    QHash<QString, qint64> m_authoritiesByName; // kind + name as written -> id
    bool m_loaded = false;
};

} // namespace infodoc::core

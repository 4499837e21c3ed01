#include "core/catalog/RecordSaver.h"

#include "core/catalog/AttachmentStore.h"
#include "core/storage/Database.h"

#include <QDir>

#include <algorithm>

namespace infodoc::core {

RecordSaver::RecordSaver(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString RecordSaver::describe(const RecordRepository::Duplicate& d)
{
    if (d.reason == RecordRepository::Duplicate::Reason::SameIsbn)
        return tr("Record n° %1 “%2” has the same ISBN.").arg(d.record.id).arg(d.record.title);
    if (d.reason == RecordRepository::Duplicate::Reason::SameIssn)
        return tr("Record n° %1 “%2” has the same ISSN, volume and issue.")
            .arg(d.record.id)
            .arg(d.record.title);
    if (d.reason == RecordRepository::Duplicate::Reason::SameSource)
        return tr("Record n° %1 “%2” is this record, come from the same centre before.")
            .arg(d.record.id)
            .arg(d.record.title);
    return tr("Record n° %1 “%2” (%3, %4) looks like this one.")
        .arg(d.record.id)
        .arg(d.record.title, d.record.authors,
             d.record.year ? QString::number(d.record.year) : tr("no date"));
}

Result<RecordSaver::Review> RecordSaver::review(const Record& record) const
{
    Review review;
    review.problems = RecordValidator::problems(record);
    review.warnings = RecordValidator::warnings(record);
    auto duplicates = RecordRepository(m_db, m_clock).possibleDuplicates(record);
    if (!duplicates)
        return duplicates.error();
    review.duplicates = *duplicates;
    return review;
}

Result<RecordSaver::Saved> RecordSaver::save(const Draft& draft, Duplicates policy)
{
    auto normalized = RecordValidator::normalized(draft.record);
    if (!normalized)
        return normalized.error();
    RecordRepository records(m_db, m_clock);
    Saved saved;
    saved.warnings = RecordValidator::warnings(*normalized);
    auto duplicates = records.possibleDuplicates(*normalized);
    if (!duplicates)
        return duplicates.error();
    if (!duplicates->isEmpty() && policy == Duplicates::Refuse)
        return Error{tr("Not saved, this may be a duplicate: %1").arg(describe(duplicates->first()))};
    saved.duplicates = *duplicates;
    if (normalized->id) {
        if (auto s = records.update(*normalized); !s)
            return s.error();
        saved.id = normalized->id;
    } else {
        auto id = records.add(*normalized);
        if (!id)
            return id.error();
        saved.id = *id;
    }
    // The record is saved; files follow, each on its own.
    AttachmentStore store(m_db, m_clock);
    if (!draft.attachmentsToDetach.isEmpty()) {
        const auto current = AttachmentStore::forRecord(m_db.connection(), saved.id);
        if (!current)
            return current.error();
        for (qint64 attachment : draft.attachmentsToDetach) {
            const bool own = std::any_of(current->begin(), current->end(),
                                         [attachment](const Attachment& a) { return a.id == attachment; });
            if (!own)
                saved.fileFailures.append(
                    tr("Attachment %1 is not a file of record n° %2.").arg(attachment).arg(saved.id));
            else if (auto s = store.detach(attachment); !s)
                saved.fileFailures.append(s.errorMessage());
        }
    }
    for (const QString& path : draft.filesToAttach)
        if (auto a = store.attach(saved.id, path); !a)
            saved.fileFailures.append(tr("%1: %2").arg(QDir::toNativeSeparators(path), a.errorMessage()));
    return saved;
}

} // namespace infodoc::core

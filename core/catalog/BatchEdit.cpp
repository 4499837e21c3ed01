#include "core/catalog/BatchEdit.h"

#include "core/catalog/RecordRepository.h"
#include "core/catalog/Territories.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/TextFolding.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"

namespace infodoc::core {

namespace {

const struct
{
    BatchEdit::Action action;
    const char* key;
} kActions[] = {
    {BatchEdit::Action::AddSubject, "add-subject"},
    {BatchEdit::Action::RemoveSubject, "remove-subject"},
    {BatchEdit::Action::AddTerritory, "add-territory"},
    {BatchEdit::Action::RemoveTerritory, "remove-territory"},
    {BatchEdit::Action::AddKeyword, "add-keyword"},
    {BatchEdit::Action::RemoveKeyword, "remove-keyword"},
    {BatchEdit::Action::SetField, "set"},
};

// Removes the entries equal to `value`, case and accents ignored.
bool removeFolded(QStringList& list, const QString& value)
{
    const QString key = text::foldCase(value.simplified());
    const qsizetype before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&key](const QString& v) { return text::foldCase(v.simplified()) == key; }),
               list.end());
    return list.size() != before;
}

bool containsFolded(const QStringList& list, const QString& value)
{
    const QString key = text::foldCase(value.simplified());
    return std::any_of(list.begin(), list.end(),
                       [&key](const QString& v) { return text::foldCase(v.simplified()) == key; });
}

} // namespace

BatchEdit::BatchEdit(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QStringList BatchEdit::settableFields()
{
    return {QStringLiteral("type"),       QStringLiteral("publisher"), QStringLiteral("place"),
            QStringLiteral("date"),       QStringLiteral("language"),  QStringLiteral("audience"),
            QStringLiteral("collection"), QStringLiteral("genre"),     QStringLiteral("callNumber")};
}

QString BatchEdit::fieldLabel(const QString& field)
{
    if (field == QLatin1String("type"))
        return tr("Document type");
    if (field == QLatin1String("publisher"))
        return tr("Publisher");
    if (field == QLatin1String("place"))
        return tr("Place of publication");
    if (field == QLatin1String("date"))
        return tr("Date");
    if (field == QLatin1String("language"))
        return tr("Language");
    if (field == QLatin1String("audience"))
        return tr("Audience");
    if (field == QLatin1String("collection"))
        return tr("Series");
    if (field == QLatin1String("genre"))
        return tr("Nature");
    if (field == QLatin1String("callNumber"))
        return tr("Call number");
    return field;
}

std::optional<BatchEdit::Action> BatchEdit::actionFromKey(const QString& key)
{
    for (const auto& a : kActions)
        if (key == QLatin1String(a.key))
            return a.action;
    return std::nullopt;
}

Result<QString> BatchEdit::resolve(const Change& change) const
{
    const QString value = change.value.simplified();
    switch (change.action) {
    case Action::AddSubject:
    case Action::RemoveSubject: {
        const auto d = Thesaurus(m_db, m_clock).find(value);
        if (!d)
            return d.error();
        if (!*d)
            return Error{tr("\"%1\" is not in the thesaurus.").arg(value)};
        return (*d)->label;
    }
    case Action::AddTerritory:
    case Action::RemoveTerritory: {
        const auto t = Territories(m_db, m_clock).find(value);
        if (!t)
            return t.error();
        if (!*t)
            return Error{tr("\"%1\" is not a known territory.").arg(value)};
        return (*t)->name;
    }
    case Action::AddKeyword:
    case Action::RemoveKeyword:
        if (value.isEmpty())
            return Error{tr("Give the keyword to add or remove.")};
        return value;
    case Action::SetField:
        if (!settableFields().contains(change.field))
            return Error{tr("The field \"%1\" cannot be changed in a batch (fields: %2).")
                             .arg(change.field, settableFields().join(QStringLiteral(", ")))};
        if (change.field == QLatin1String("type")) {
            if (!Vocabulary::documentTypeFromKey(value))
                return Error{tr("Unknown document type \"%1\" (types: %2).")
                                 .arg(value, Vocabulary::keyList(Vocabulary::documentTypes()))};
        }
        return value;
    }
    return value;
}

bool BatchEdit::changeRecord(Record& r, const Change& change, const QString& value) const
{
    switch (change.action) {
    case Action::AddSubject:
        if (containsFolded(r.subjects, value))
            return false;
        r.subjects.append(value);
        return true;
    case Action::RemoveSubject:
        return removeFolded(r.subjects, value);
    case Action::AddTerritory:
        if (containsFolded(r.territories, value))
            return false;
        r.territories.append(value);
        return true;
    case Action::RemoveTerritory:
        return removeFolded(r.territories, value);
    case Action::AddKeyword:
        if (containsFolded(r.keywords, value))
            return false;
        r.keywords.append(value);
        return true;
    case Action::RemoveKeyword:
        return removeFolded(r.keywords, value);
    case Action::SetField: {
        const QString& f = change.field;
        QString* target = f == QLatin1String("publisher")    ? &r.publisher
                          : f == QLatin1String("place")      ? &r.place
                          : f == QLatin1String("date")       ? &r.date
                          : f == QLatin1String("language")   ? &r.language
                          : f == QLatin1String("audience")   ? &r.audience
                          : f == QLatin1String("collection") ? &r.collection
                          : f == QLatin1String("genre")      ? &r.genre
                          : f == QLatin1String("callNumber") ? &r.callNumber
                                                             : nullptr;
        if (target) {
            if (*target == value)
                return false;
            *target = value;
            return true;
        }
        if (f == QLatin1String("type")) {
            const DocumentType type = *Vocabulary::documentTypeFromKey(value);
            if (r.type == type)
                return false;
            r.type = type;
            // Experience-sheet fields belong to experience sheets only.
            if (type == DocumentType::ExperienceSheet && !r.sheet)
                r.sheet = ExperienceSheet{};
            if (type != DocumentType::ExperienceSheet)
                r.sheet.reset();
            return true;
        }
        return false;
    }
    }
    return false;
}

Result<QList<qint64>> BatchEdit::affected(const QList<qint64>& ids, const Change& change,
                                          const Progress& progress) const
{
    auto value = resolve(change);
    if (!value)
        return value.error();
    RecordRepository records(m_db, m_clock);
    QList<qint64> out;
    for (int i = 0; i < ids.size(); ++i) {
        auto r = records.get(ids.at(i));
        if (!r)
            return r.error();
        if (changeRecord(*r, change, *value))
            out.append(ids.at(i));
        if (progress && i % 64 == 0 && !progress(i + 1, int(ids.size())))
            return Error{tr("Cancelled.")};
    }
    return out;
}

Result<BatchEdit::Undo> BatchEdit::apply(const QList<qint64>& ids, const Change& change,
                                         const Progress& progress)
{
    auto value = resolve(change);
    if (!value)
        return value.error();
    RecordRepository records(m_db, m_clock);
    // Read and written under one write lock: a record saved elsewhere at the
    // same moment is changed as it now is, never put back as it was.
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    Undo undo;
    QList<Record> changed;
    // Reading is the first half of the work, writing the second.
    const int total = int(ids.size()) * 2;
    for (int i = 0; i < ids.size(); ++i) {
        auto r = records.get(ids.at(i));
        if (!r)
            return r.error();
        Record after = *r;
        if (changeRecord(after, change, *value)) {
            undo.before.append(*r);
            changed.append(after);
        }
        if (progress && i % 64 == 0 && !progress(i + 1, total))
            return Error{tr("Cancelled; nothing was changed.")};
    }
    const int read = int(ids.size());
    const int writes = int(changed.size());
    auto writing = [&progress, read, writes, total](int done, int) {
        return !progress || progress(read + (writes ? done * read / writes : 0), total);
    };
    if (auto s = records.updateAll(changed, writing); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    // Undoing puts them back only if nobody saved them since.
    for (Record& r : undo.before)
        ++r.revision;
    return undo;
}

Status BatchEdit::undo(const Undo& undo, const Progress& progress)
{
    return RecordRepository(m_db, m_clock).updateAll(undo.before, progress);
}

} // namespace infodoc::core

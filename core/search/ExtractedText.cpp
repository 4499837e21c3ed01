#include "core/search/ExtractedText.h"

#include "core/search/TextExtractor.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {
const std::pair<ExtractionState, const char*> kStates[] = {
    {ExtractionState::Done, "done"},           {ExtractionState::NoText, "no_text"},
    {ExtractionState::Encrypted, "encrypted"}, {ExtractionState::Damaged, "damaged"},
    {ExtractionState::TimedOut, "timed_out"},  {ExtractionState::Unsupported, "unsupported"},
    {ExtractionState::Failed, "failed"},
};
} // namespace

QString Extraction::key(ExtractionState state)
{
    for (const auto& [s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ExtractionState> Extraction::stateFromKey(const QString& key)
{
    for (const auto& [s, name] : kStates) {
        if (key == QLatin1String(name))
            return s;
    }
    return std::nullopt;
}

QString Extraction::describe(ExtractionState state, int pages)
{
    switch (state) {
    case ExtractionState::Done:
        return tr("Text extracted, %n page(s)", nullptr, pages);
    case ExtractionState::NoText:
        return tr("No text layer (scanned document)");
    case ExtractionState::Encrypted:
        return tr("Encrypted: the text cannot be read");
    case ExtractionState::Damaged:
        return tr("Damaged file");
    case ExtractionState::TimedOut:
        return tr("Extraction took too long and was stopped");
    case ExtractionState::Unsupported:
        return tr("File type not supported for full-text search");
    case ExtractionState::Failed:
        return tr("Extraction failed");
    }
    return {};
}

QString Extraction::describe(const Stored& stored)
{
    if (stored.recognised && stored.state == ExtractionState::Done)
        return tr("Text recognised by OCR, %n page(s)", nullptr, stored.pages);
    return describe(stored.state, stored.pages);
}

Result<std::optional<Extraction::Stored>> Extraction::stored(Database& db, const QString& sha256)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT state, pages, message, extractor FROM attachment_text WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    if (!q.next())
        return std::optional<Stored>();
    Stored s{stateFromKey(q.value(0).toString()).value_or(ExtractionState::Failed), q.value(1).toInt(),
             q.value(2).toString()};
    // Read with OCR on, a PDF with a text layer has no message; a scan has
    // the recognition's.
    s.recognised = s.state == ExtractionState::Done && q.value(3).toString() == TextExtractor::ocrVersion() &&
                   !s.message.isEmpty();
    return std::optional<Stored>(s);
}

QString Extraction::stateLine(Database& db, const QString& sha256, const QString& notRead)
{
    const auto s = stored(db, sha256);
    if (!s)
        return s.errorMessage();
    return *s ? describe(**s) : notRead;
}

} // namespace infodoc::core

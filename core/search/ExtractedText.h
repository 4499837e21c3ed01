#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace infodoc::core {

class Database;

// What became of an attached file's text.
enum class ExtractionState
{
    Done,
    NoText,
    Encrypted,
    Damaged,
    TimedOut,
    Unsupported,
    Failed
};

struct ExtractedText
{
    ExtractionState state = ExtractionState::Failed;
    QStringList pages; // one entry per page (a single one for non-paged formats)
    QString message;   // why it failed, for the user

    int pageCount() const { return int(pages.size()); }
};

class Extraction
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Extraction)

public:
    static QString key(ExtractionState state);
    static std::optional<ExtractionState> stateFromKey(const QString& key);
    // "Done, 12 pages", "Scanned (no text layer)", ...
    static QString describe(ExtractionState state, int pages);

    struct Stored
    {
        ExtractionState state = ExtractionState::Failed;
        int pages = 0;
        QString message;
        bool recognised = false; // the text of a scan, read by OCR
    };
    // The same, saying when the text was read by OCR.
    static QString describe(const Stored& stored);
    // What the last extraction of a stored file gave; empty if not read yet.
    static Result<std::optional<Stored>> stored(Database& db, const QString& sha256);
    // The state line of a stored file for a list: its extraction, "not read
    // yet" (`notRead`), or the error if it cannot be read.
    static QString stateLine(Database& db, const QString& sha256, const QString& notRead);
};

} // namespace infodoc::core

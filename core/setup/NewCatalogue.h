#pragma once

#include "core/common/Result.h"
#include "core/output/CentreIdentity.h"
#include "core/storage/AutomaticBackups.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// The catalogues a first run makes: the centre's own (with its identity for
// the documents and its automatic backups), or a demonstration one to look
// around. Each is made whole or not at all: a failed step removes the file.
class NewCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::NewCatalogue)

public:
    struct Centre
    {
        QString path;            // must not exist yet
        CentreIdentity identity; // the name at least
        std::optional<AutomaticBackups::Policy> backups;
    };

    static Result<std::unique_ptr<Database>> create(const Centre& centre, const Clock& clock);

    using Progress = std::function<bool(int done, int total)>; // false cancels
    // A demonstration catalogue of `records` sample records at `path`, made
    // afresh (one left from an earlier look is replaced).
    static Result<std::unique_ptr<Database>> createDemo(const QString& path, int records, const Clock& clock,
                                                        const Progress& progress = {});

    // Where the demonstration catalogue goes: beside the user's default one.
    static QString demoPath();
    // Removes a catalogue file with its log and attached files.
    static void removeCatalogueFiles(const QString& path);
};

} // namespace infodoc::core

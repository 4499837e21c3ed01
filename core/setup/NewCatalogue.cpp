#include "core/setup/NewCatalogue.h"

#include "core/catalog/StarterData.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace infodoc::core {

void NewCatalogue::removeCatalogueFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir(Database::filesDirectoryFor(path)).removeRecursively();
}

Result<std::unique_ptr<Database>> NewCatalogue::create(const Centre& centre, const Clock& clock)
{
    if (centre.path.isEmpty())
        return Error{tr("Choose where the catalogue goes.")};
    const QString path = QFileInfo(centre.path).absoluteFilePath();
    if (QFileInfo::exists(path))
        return Error{
            tr("%1 exists already: open it, or choose another name.").arg(QDir::toNativeSeparators(path))};
    if (centre.identity.name.trimmed().isEmpty())
        return Error{tr("Give the centre's name: it heads the documents Infodoc prints.")};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};

    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    auto undo = [&db, &path](const Error& error) -> Result<std::unique_ptr<Database>> {
        db->reset();
        removeCatalogueFiles(path);
        return error;
    };
    if (auto s = StarterData::install(**db, clock); !s)
        return undo(s.error());
    if (auto s = CentreSettings(**db).save(centre.identity); !s)
        return undo(s.error());
    if (centre.backups) {
        if (auto s = AutomaticBackups::setPolicy(**db, *centre.backups); !s)
            return undo(s.error());
    }
    qCInfo(lcSetup) << "the centre's catalogue was created";
    return std::move(*db);
}

Result<std::unique_ptr<Database>> NewCatalogue::createDemo(const QString& path, int records,
                                                           const Clock& clock, const Progress& progress)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    removeCatalogueFiles(absolute);
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error{tr("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(absolute).absolutePath()))};
    auto db = Database::open(absolute, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    auto undo = [&db, &absolute](const Error& error) -> Result<std::unique_ptr<Database>> {
        db->reset();
        removeCatalogueFiles(absolute);
        return error;
    };
    if (auto s = StarterData::install(**db, clock); !s)
        return undo(s.error());
    CentreIdentity identity;
    identity.name = tr("Demonstration resource centre");
    identity.address = tr("1 place de la République\n95000 Cergy");
    if (auto s = CentreSettings(**db).save(identity); !s)
        return undo(s.error());
    DemoGenerator::Options options;
    options.records = records;
    auto summary = DemoGenerator(**db, clock).generate(options, progress);
    if (!summary)
        return undo(summary.error());
    return std::move(*db);
}

QString NewCatalogue::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demonstration.sqlite");
}

} // namespace infodoc::core

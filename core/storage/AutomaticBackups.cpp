#include "core/storage/AutomaticBackups.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/SaveFile.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <algorithm>
#include <atomic>

namespace infodoc::core {

namespace {

const char* const context = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the automatic backups");
const QString stampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The backups of a catalogue are named after it and the moment they were
// taken, local time: catalogue-2026-03-02-093000.sqlite.
QString backupName(const QString& catalogueName, const QDateTime& taken)
{
    return catalogueName + u'-' + taken.toString(stampFormat) + QStringLiteral(".sqlite");
}

// The attached files of every backup of a catalogue, stored once by their
// content in the backup folder: a new backup copies only the new files.
QString sharedFiles(const QString& folder, const QString& catalogueName)
{
    return folder + u'/' + catalogueName + QStringLiteral(".files");
}

QString checkPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".check.json");
}

// A connection of its own, read-only (a backup is never changed by being
// checked), removed with the object.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("infodoc-backup-check-%1").arg(counter.fetch_add(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

struct Blob
{
    QString sha256;
    qint64 size = 0;
};

Result<QList<Blob>> blobsOf(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sha256, size FROM attachment_blob")))
        return Error{query.lastError().text()};
    QList<Blob> blobs;
    while (query.next())
        blobs.append({query.value(0).toString(), query.value(1).toLongLong()});
    return blobs;
}

bool sameContent(const QString& path, const QString& sha256)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

// Checks a backup file: structure, version, and its attached files in
// `files` (content hashed for those in `hashed`, or all when it is null).
AutomaticBackups::Backup check(const QString& path, const QString& files, const QSet<QString>* hashed)
{
    AutomaticBackups::Backup backup;
    backup.path = path;
    backup.bytes = QFileInfo(path).size();
    backup.state = AutomaticBackups::Backup::State::Damaged;
    ReadOnlyConnection connection(path);
    if (!connection.isOpen()) {
        backup.problem = AutomaticBackups::tr("it cannot be opened (%1)").arg(connection.error());
        return backup;
    }
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
        query.value(0).toInt() != Database::applicationId) {
        backup.problem = AutomaticBackups::tr("it is not an Infodoc catalogue");
        return backup;
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        backup.problem = query.lastError().text();
        return backup;
    }
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok")) {
            backup.problem =
                AutomaticBackups::tr("its structure is damaged (%1)").arg(query.value(0).toString());
            return backup;
        }
    }
    auto version = Migrations::currentVersion(connection.db());
    if (!version || *version > Migrations::latestVersion()) {
        backup.problem = AutomaticBackups::tr("it was written by a newer version of Infodoc");
        return backup;
    }
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM record")) || !query.next()) {
        backup.problem = query.lastError().text();
        return backup;
    }
    backup.records = query.value(0).toLongLong();
    auto blobs = blobsOf(connection.db());
    if (!blobs) {
        backup.problem = blobs.errorMessage();
        return backup;
    }
    for (const Blob& blob : *blobs) {
        const QString file = Database::blobPath(files, blob.sha256);
        const QFileInfo info(file);
        if (!info.exists()) {
            backup.problem = AutomaticBackups::tr("the attached file %1 is missing").arg(native(file));
            return backup;
        }
        if (info.size() != blob.size ||
            ((!hashed || hashed->contains(blob.sha256)) && !sameContent(file, blob.sha256))) {
            backup.problem = AutomaticBackups::tr("the attached file %1 has been altered").arg(native(file));
            return backup;
        }
    }
    backup.files = int(blobs->size());
    backup.state = AutomaticBackups::Backup::State::Verified;
    return backup;
}

void writeCheck(const AutomaticBackups::Backup& backup, const QDateTime& when)
{
    const QFileInfo info(backup.path);
    QJsonObject o;
    o.insert(QStringLiteral("size"), double(info.size()));
    o.insert(QStringLiteral("modified"), double(info.lastModified().toMSecsSinceEpoch()));
    o.insert(QStringLiteral("records"), double(backup.records));
    o.insert(QStringLiteral("files"), backup.files);
    o.insert(QStringLiteral("verified"), when.toUTC().toString(Qt::ISODate));
    if (!backup.problem.isEmpty())
        o.insert(QStringLiteral("problem"), backup.problem);
    QString why;
    QSaveFile file(checkPath(backup.path));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        if (!commitSaveFile(file, &why))
            qCWarning(lcStorage) << "cannot record the check of a backup";
    }
}

void removeBackupFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(checkPath(path));
}

QString sizeKey(const QString& key)
{
    return QStringLiteral("backup.") + key;
}

} // namespace

AutomaticBackups::AutomaticBackups(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock),
      m_freeSpace([](const QString& folder) { return QStorageInfo(folder).bytesAvailable(); })
{}

Result<AutomaticBackups::Policy> AutomaticBackups::policy(Database& db)
{
    auto values = Settings::values(db, QStringLiteral("backup."), context);
    if (!values)
        return values.error();
    Policy p;
    p.enabled = values->value(sizeKey(QStringLiteral("enabled"))) == QLatin1String("1");
    p.folder = values->value(sizeKey(QStringLiteral("folder")));
    auto count = [&](const QString& key, int fallback) {
        bool ok = false;
        const int n = values->value(sizeKey(key)).toInt(&ok);
        return ok ? n : fallback;
    };
    p.daily = count(QStringLiteral("daily"), p.daily);
    p.weekly = count(QStringLiteral("weekly"), p.weekly);
    p.monthly = count(QStringLiteral("monthly"), p.monthly);
    if (values->contains(sizeKey(QStringLiteral("at_close"))))
        p.atClose = values->value(sizeKey(QStringLiteral("at_close"))) == QLatin1String("1");
    if (values->contains(sizeKey(QStringLiteral("at"))))
        p.at = QTime::fromString(values->value(sizeKey(QStringLiteral("at"))), QStringLiteral("HH:mm"));
    return p;
}

Status AutomaticBackups::setPolicy(Database& db, const Policy& p)
{
    if (p.enabled) {
        if (p.folder.isEmpty())
            return Error{tr("Choose the folder where the backups go.")};
        if (!QFileInfo(p.folder).isDir())
            return Error{tr("The backup folder %1 does not exist.").arg(native(p.folder))};
        if (QFileInfo(p.folder).absoluteFilePath() == QFileInfo(db.path()).absolutePath())
            return Error{tr("The backups must not go into the catalogue's own folder: choose another "
                            "drive or folder, so that they survive the loss of the catalogue's.")};
    }
    for (int n : {p.daily, p.weekly, p.monthly}) {
        if (n < 0 || n > 400)
            return Error{tr("Keep from 0 to 400 backups of each kind.")};
    }
    if (p.enabled && p.daily + p.weekly + p.monthly == 0)
        return Error{tr("Keep at least one backup.")};
    return Settings::write(
        db,
        {{sizeKey(QStringLiteral("enabled")), p.enabled ? QStringLiteral("1") : QStringLiteral("0")},
         {sizeKey(QStringLiteral("folder")), QFileInfo(p.folder).absoluteFilePath()},
         {sizeKey(QStringLiteral("daily")), QString::number(p.daily)},
         {sizeKey(QStringLiteral("weekly")), QString::number(p.weekly)},
         {sizeKey(QStringLiteral("monthly")), QString::number(p.monthly)},
         {sizeKey(QStringLiteral("at_close")), p.atClose ? QStringLiteral("1") : QStringLiteral("0")},
         {sizeKey(QStringLiteral("at")),
          p.at.isValid() ? p.at.toString(QStringLiteral("HH:mm")) : QStringLiteral("-")}},
        context);
}

Result<QList<AutomaticBackups::Backup>> AutomaticBackups::list() const
{
    auto p = policy(m_db);
    if (!p)
        return p.error();
    if (p->folder.isEmpty())
        return QList<Backup>{};
    return list(p->folder, QFileInfo(m_db.path()).completeBaseName());
}

Result<QList<AutomaticBackups::Backup>> AutomaticBackups::list(const QString& folder,
                                                               const QString& catalogueName)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error{tr("The backup folder %1 cannot be found: is the drive or the share connected?")
                         .arg(native(folder))};
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$")
                                         .arg(QRegularExpression::escape(catalogueName)));
    const QFileInfoList entries =
        dir.entryInfoList({catalogueName + QStringLiteral("-*.sqlite")}, QDir::Files);
    QList<Backup> backups;
    for (const QFileInfo& info : entries) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        Backup b;
        b.path = info.absoluteFilePath();
        b.taken = QDateTime::fromString(match.captured(1), stampFormat);
        if (!b.taken.isValid())
            continue;
        b.bytes = info.size();
        QFile checkFile(checkPath(b.path));
        if (checkFile.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(checkFile.read(64 * 1024)).object();
            b.records = qint64(o.value(QStringLiteral("records")).toDouble());
            b.files = o.value(QStringLiteral("files")).toInt();
            b.problem = o.value(QStringLiteral("problem")).toString();
            if (!b.problem.isEmpty()) {
                b.state = Backup::State::Damaged;
            } else if (qint64(o.value(QStringLiteral("size")).toDouble()) != info.size() ||
                       qint64(o.value(QStringLiteral("modified")).toDouble()) !=
                           info.lastModified().toMSecsSinceEpoch()) {
                b.state = Backup::State::Damaged;
                b.problem = tr("it has been changed since it was checked");
            } else {
                b.state = Backup::State::Verified;
            }
        }
        // A file that no longer begins as a database is damaged whatever was recorded.
        QFile file(b.path);
        if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            b.state = Backup::State::Damaged;
            b.problem = tr("it is not a database");
        }
        backups.append(b);
    }
    std::sort(backups.begin(), backups.end(),
              [](const Backup& a, const Backup& b) { return a.taken > b.taken; });
    return backups;
}

QList<AutomaticBackups::Backup> AutomaticBackups::kept(const QList<Backup>& backups, const Policy& policy)
{
    QSet<QString> keep;
    auto pick = [&](int count, auto periodOf) {
        QSet<qint64> periods;
        for (const Backup& b : backups) { // newest first: the first of a period is its newest
            if (b.state == Backup::State::Damaged)
                continue;
            const qint64 period = periodOf(b.taken.date());
            if (periods.contains(period))
                continue;
            if (periods.size() >= count)
                break;
            periods.insert(period);
            keep.insert(b.path);
        }
    };
    pick(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
    pick(policy.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    pick(policy.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QList<Backup> result;
    for (const Backup& b : backups) {
        if (keep.contains(b.path))
            result.append(b);
    }
    return result;
}

Result<bool> AutomaticBackups::due() const
{
    auto p = policy(m_db);
    if (!p)
        return p.error();
    if (!p->enabled || !p->at.isValid())
        return false;
    const QDateTime now = m_clock.now().toLocalTime();
    const QDateTime slot(now.date(), p->at);
    if (now < slot)
        return false;
    auto backups = list();
    if (!backups)
        return backups.error();
    for (const Backup& b : *backups) {
        if (b.taken >= slot && b.state != Backup::State::Damaged)
            return false;
    }
    return true;
}

QString AutomaticBackups::filesOf(const QString& backupPath)
{
    // An automatic backup's files are in the folder's shared store, a backup
    // written by hand has its own beside it.
    const QFileInfo info(backupPath);
    const QString own = Database::filesDirectoryFor(info.absoluteFilePath());
    const QRegularExpression stamp(QStringLiteral("^(.*)-\\d{4}-\\d{2}-\\d{2}-\\d{6}$"));
    if (const auto m = stamp.match(info.completeBaseName()); m.hasMatch() && !QFileInfo::exists(own))
        return sharedFiles(info.absolutePath(), m.captured(1));
    return own;
}

AutomaticBackups::Backup AutomaticBackups::verify(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        Backup missing;
        missing.path = absolute;
        missing.state = Backup::State::Damaged;
        missing.problem = tr("the file %1 does not exist").arg(native(absolute));
        return missing;
    }
    return check(absolute, filesOf(absolute), nullptr);
}

QString AutomaticBackups::stateText(const Backup& backup)
{
    switch (backup.state) {
    case Backup::State::Verified:
        return tr("verified");
    case Backup::State::Damaged:
        return tr("damaged: %1").arg(backup.problem);
    case Backup::State::Unverified:
        break;
    }
    return tr("not verified");
}

Result<AutomaticBackups::Backup> AutomaticBackups::run(const Progress& progress)
{
    auto p = policy(m_db);
    if (!p)
        return p.error();
    if (p->folder.isEmpty())
        return Error{tr("No folder is set for the automatic backups.")};
    const QString folder = p->folder;
    if (!QFileInfo(folder).isDir())
        return Error{tr("The backup folder %1 cannot be found: is the drive or the share connected?")
                         .arg(native(folder))};
    if (!QFileInfo(folder).isWritable())
        return Error{tr("The backup folder %1 cannot be written to.").arg(native(folder))};
    auto say = [&progress](const QString& step, qint64 done, qint64 total) {
        return !progress || progress(step, done, total);
    };

    const QString catalogueName = QFileInfo(m_db.path()).completeBaseName();
    const QString store = sharedFiles(folder, catalogueName);
    QDateTime taken = m_clock.now().toLocalTime();
    taken.setTime(QTime(taken.time().hour(), taken.time().minute(), taken.time().second()));
    QString path = folder + u'/' + backupName(catalogueName, taken);
    while (QFileInfo::exists(path)) { // two in the same second
        taken = taken.addSecs(1);
        path = folder + u'/' + backupName(catalogueName, taken);
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);

    // The room needed: the catalogue (its log included, an upper bound) and the
    // attached files the folder does not hold yet.
    auto blobs = blobsOf(m_db.connection());
    if (!blobs)
        return Error{tr("Cannot read the catalogue's attached files: %1").arg(blobs.errorMessage())};
    QList<Blob> missing;
    qint64 needed = QFileInfo(m_db.path()).size() + QFileInfo(m_db.path() + QStringLiteral("-wal")).size();
    for (const Blob& blob : *blobs) {
        if (QFileInfo(Database::blobPath(store, blob.sha256)).size() != blob.size) {
            missing.append(blob);
            needed += blob.size;
        }
    }
    const qint64 free = m_freeSpace(folder);
    if (free >= 0 && free < needed)
        return Error{tr("The backup folder %1 is full: the backup needs %2, %3 are free.")
                         .arg(native(folder), megabytes(needed), megabytes(free))};

    auto abandon = [&](const QStringList& copied) {
        QFile::remove(partial);
        for (const QString& f : copied)
            QFile::remove(f);
    };
    if (!say(tr("Copying the catalogue"), 0, 0))
        return Error{tr("Backup cancelled.")};
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec()) {
            const QString why = query.lastError().text();
            abandon({});
            const qint64 freeNow = m_freeSpace(folder);
            if (freeNow >= 0 && freeNow < needed)
                return Error{tr("The backup folder %1 is full: the backup needs %2, %3 are free.")
                                 .arg(native(folder), megabytes(needed), megabytes(freeNow))};
            return Error{tr("Cannot write the backup into %1: %2").arg(native(folder), why)};
        }
    }

    // The new attached files, each copied through a temporary name so that
    // a file of the store is always whole.
    QStringList copied;
    QSet<QString> fresh;
    qint64 done = 0;
    for (const Blob& blob : missing) {
        if (!say(tr("Copying the attached files"), done, missing.size())) {
            abandon(copied);
            return Error{tr("Backup cancelled.")};
        }
        const QString source = Database::blobPath(m_db.filesDirectory(), blob.sha256);
        const QString target = Database::blobPath(store, blob.sha256);
        const QString temporary = target + QStringLiteral(".partial");
        QFile::remove(temporary);
        QFile::remove(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, temporary) ||
            !QFile::rename(temporary, target)) {
            QFile::remove(temporary);
            abandon(copied);
            const qint64 freeNow = m_freeSpace(folder);
            if (freeNow >= 0 && freeNow < blob.size)
                return Error{tr("The backup folder %1 is full: the backup needs %2, %3 are free.")
                                 .arg(native(folder), megabytes(needed), megabytes(freeNow))};
            return Error{tr("Cannot copy the attached file %1 into %2.").arg(native(source), native(store))};
        }
        copied.append(target);
        fresh.insert(blob.sha256);
        ++done;
    }

    if (!say(tr("Checking the backup"), 0, 0)) {
        abandon(copied);
        return Error{tr("Backup cancelled.")};
    }
    Backup backup = check(partial, store, &fresh);
    if (backup.state != Backup::State::Verified) {
        abandon(copied);
        return Error{
            tr("The backup written into %1 failed its check: %2").arg(native(folder), backup.problem)};
    }
    if (!QFile::rename(partial, path)) {
        abandon(copied);
        return Error{tr("Cannot write the backup into %1.").arg(native(folder))};
    }
    backup.path = path;
    backup.taken = taken;
    backup.bytes = QFileInfo(path).size();
    writeCheck(backup, m_clock.now());
    qCInfo(lcStorage) << "automatic backup written and verified:" << backup.records << "records,"
                      << backup.files << "files";

    // The rotation: the backups no longer kept go, then the attached files
    // that no kept backup refers to.
    auto all = list(folder, catalogueName);
    if (!all)
        return backup;
    const QList<Backup> keep = kept(*all, *p);
    QSet<QString> keptPaths;
    for (const Backup& b : keep)
        keptPaths.insert(b.path);
    keptPaths.insert(path);
    for (const Backup& b : *all) {
        if (!keptPaths.contains(b.path))
            removeBackupFiles(b.path);
    }
    QSet<QString> referenced;
    for (const QString& kp : keptPaths) {
        ReadOnlyConnection connection(kp);
        auto kb =
            connection.isOpen() ? blobsOf(connection.db()) : Result<QList<Blob>>(Error{connection.error()});
        if (!kb) // never remove a file a backup might still need
            return backup;
        for (const Blob& b : *kb)
            referenced.insert(b.sha256);
    }
    QDir storeDir(store);
    const QFileInfoList prefixes = storeDir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& prefix : prefixes) {
        const QFileInfoList files = QDir(prefix.absoluteFilePath()).entryInfoList(QDir::Files);
        for (const QFileInfo& f : files) {
            if (!referenced.contains(f.fileName()))
                QFile::remove(f.absoluteFilePath());
        }
    }
    return backup;
}

} // namespace infodoc::core

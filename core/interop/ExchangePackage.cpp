#include "core/interop/ExchangePackage.h"

#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordJson.h"
#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/storage/Zip.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace infodoc::core {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kRecords = QStringLiteral("records.json");
const QString kFormat = QStringLiteral("infodoc-exchange");

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isFileEntry(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^files/[0-9a-f]{64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

bool ExchangePackage::looksLikePackage(const QByteArray& head)
{
    return head.startsWith("PK\x03\x04") && (head.contains("manifest.json") || head.contains("records.json"));
}

Result<int> ExchangePackage::write(Database& db, const Clock& clock, const QList<qint64>& ids,
                                   const QString& centre, const QString& path, const Progress& progress)
{
    const QString name = QDir::toNativeSeparators(path);
    if (ids.isEmpty())
        return Error{tr("There is no record to put in the package.")};
    if (!QFileInfo(path).dir().exists())
        return Error{tr("Cannot write %1: its folder does not exist.").arg(name)};
    const QString partial = path + QStringLiteral(".partial");
    AttachmentStore store(db, clock);
    QJsonArray records;
    QJsonArray listed;
    QSet<QString> written;
    int sheets = 0;
    qint64 done = 0;
    bool cancelled = false;
    Status failure = Status::success();
    {
        ZipWriter zip;
        if (auto opened = zip.open(partial); !opened)
            return opened.error();
        const Status read = RecordRepository(db, clock).forEach(ids, [&](const Record& record) {
            QJsonObject o = RecordJson::toJson(record);
            o.insert(
                QStringLiteral("provenance"),
                QJsonObject{{QStringLiteral("centre"), centre},
                            {QStringLiteral("id"), QString::number(record.id)},
                            {QStringLiteral("modified"), record.modified.toUTC().toString(Qt::ISODate)}});
            records.append(o);
            if (record.sheet)
                ++sheets;
            for (const Attachment& a : record.attachments) {
                if (written.contains(a.sha256))
                    continue;
                QFile file(store.pathOf(a.sha256));
                if (!file.open(QIODevice::ReadOnly)) {
                    failure = Error{tr("The file %1 of record %2 cannot be read: %3")
                                        .arg(a.fileName)
                                        .arg(record.id)
                                        .arg(file.errorString())};
                    return false;
                }
                const QByteArray bytes = file.readAll();
                if (auto added = zip.add(QStringLiteral("files/") + a.sha256, bytes, true); !added) {
                    failure = added;
                    return false;
                }
                written.insert(a.sha256);
                listed.append(
                    QJsonObject{{QStringLiteral("path"), QString(QStringLiteral("files/") + a.sha256)},
                                {QStringLiteral("sha256"), sha256Of(bytes)},
                                {QStringLiteral("size"), qint64(bytes.size())}});
            }
            ++done;
            cancelled = progress && done % 64 == 1 && !progress(done, ids.size());
            return !cancelled;
        });
        if (failure && !read)
            failure = read;
        if (failure && !cancelled) {
            const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("records"), records}})
                                        .toJson(QJsonDocument::Compact);
            failure = zip.add(kRecords, json);
            listed.prepend(QJsonObject{{QStringLiteral("path"), kRecords},
                                       {QStringLiteral("sha256"), sha256Of(json)},
                                       {QStringLiteral("size"), qint64(json.size())}});
            const QJsonObject manifest{
                {QStringLiteral("format"), kFormat},
                {QStringLiteral("version"), 1},
                {QStringLiteral("centre"), centre},
                {QStringLiteral("created"), clock.now().toUTC().toString(Qt::ISODate)},
                {QStringLiteral("counts"), QJsonObject{{QStringLiteral("records"), int(records.size())},
                                                       {QStringLiteral("sheets"), sheets},
                                                       {QStringLiteral("files"), int(written.size())}}},
                {QStringLiteral("files"), listed}};
            if (failure)
                failure = zip.add(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
            if (failure)
                failure = zip.close();
        }
    }
    if (cancelled || !failure) {
        QFile::remove(partial);
        if (cancelled)
            return Error{tr("Cancelled: nothing was written.")};
        return failure.error();
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Error{tr("Cannot write %1: %2").arg(name, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    return int(records.size());
}

Result<ExchangePackage::Contents> ExchangePackage::read(const QString& path, const Progress& progress)
{
    const QString name = QFileInfo(path).fileName();
    ZipReader zip;
    if (auto opened = zip.open(path); !opened)
        return opened.error();
    auto entries = zip.entries(kMaxEntries);
    if (!entries)
        return entries.error();
    // Only the package's own names: nothing that could land outside it.
    for (const QString& entry : std::as_const(*entries))
        if (entry != kManifest && entry != kRecords && !isFileEntry(entry))
            return Error{tr("%1 holds “%2”, which is not a file of an exchange package: it is refused.")
                             .arg(name, entry)};
    auto manifestBytes = zip.read(kManifest, qint64(16) << 20);
    if (!manifestBytes)
        return Error{tr("%1 is not an exchange package: %2").arg(name, manifestBytes.errorMessage())};
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        manifest.value(QLatin1String("format")).toString() != kFormat)
        return Error{tr("%1: its manifest is not that of an exchange package.").arg(name)};
    if (manifest.value(QLatin1String("version")).toInt() != 1)
        return Error{tr("%1: the package is of version %2, which this Infodoc does not read.")
                         .arg(name)
                         .arg(manifest.value(QLatin1String("version")).toInt())};
    // Every file as the manifest lists it, and nothing else.
    QHash<QString, std::pair<QString, qint64>> listed;
    qint64 total = 0;
    for (const QJsonValue& v : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString entry = f.value(QLatin1String("path")).toString();
        const qint64 size = f.value(QLatin1String("size")).toInteger(-1);
        if ((entry != kRecords && !isFileEntry(entry)) || size < 0)
            return Error{
                tr("%1: the manifest lists “%2”, which is not a file of a package.").arg(name, entry)};
        listed.insert(entry, {f.value(QLatin1String("sha256")).toString(), size});
        total += size;
    }
    if (total > kMaxTotalBytes)
        return Error{tr("%1 would take more than %2 GiB once unpacked: it is refused.")
                         .arg(name)
                         .arg(kMaxTotalBytes >> 30)};
    for (const QString& entry : std::as_const(*entries))
        if (entry != kManifest && !listed.contains(entry))
            return Error{tr("%1 holds %2, which its manifest does not list: the package was changed.")
                             .arg(name, entry)};
    qint64 checked = 0;
    QByteArray recordsJson;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!zip.contains(it.key()))
            return Error{tr("%1: %2 is listed in the manifest but missing.").arg(name, it.key())};
        auto bytes = zip.read(it.key(), it.key() == kRecords ? kMaxJsonBytes : kMaxFileBytes);
        if (!bytes)
            return bytes.error();
        if (bytes->size() != it.value().second || sha256Of(*bytes) != it.value().first)
            return Error{
                tr("%1: %2 is not the file the manifest describes (its size or its SHA-256 differs).")
                    .arg(name, it.key())};
        if (it.key() == kRecords)
            recordsJson = *bytes;
        checked += bytes->size();
        if (progress && !progress(checked, qMax<qint64>(total, 1)))
            return Error{tr("Cancelled: nothing was read.")};
    }
    if (recordsJson.isEmpty())
        return Error{tr("%1 has no records.json.").arg(name)};
    const QJsonDocument doc = QJsonDocument::fromJson(recordsJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("%1: records.json is not JSON (%2).").arg(name, parseError.errorString())};

    Contents contents;
    contents.centre = manifest.value(QLatin1String("centre")).toString().simplified();
    contents.created =
        QDateTime::fromString(manifest.value(QLatin1String("created")).toString(), Qt::ISODate);
    if (contents.centre.isEmpty())
        return Error{tr("%1: the manifest does not name the centre the package comes from.").arg(name)};
    for (const QJsonValue& v : doc.object().value(QLatin1String("records")).toArray()) {
        interop::Parsed p;
        p.number = int(contents.records.size()) + 1;
        const QJsonObject o = v.toObject();
        const QJsonObject provenance = o.value(QLatin1String("provenance")).toObject();
        p.sourceId = provenance.value(QLatin1String("id")).toString();
        // The fields the catalogue reads back; what belongs to the other centre stays there.
        QJsonObject fields = o;
        for (const char* local :
             {"id", "created", "modified", "attachments", "provenance", "copies", "callNumber"})
            fields.remove(QLatin1String(local));
        auto record = RecordJson::fromJson(fields);
        if (!record) {
            p.error = record.errorMessage();
        } else {
            p.record = *record;
            p.places = p.record.territories;
            p.record.territories.clear();
        }
        if (p.sourceId.isEmpty())
            p.error = tr("the record has no number at its centre (provenance.id).");
        contents.remoteModified.insert(p.number, provenance.value(QLatin1String("modified")).toString());
        for (const QJsonValue& a : o.value(QLatin1String("attachments")).toArray()) {
            const QString sha = a.toObject().value(QLatin1String("sha256")).toString();
            const QString file =
                QFileInfo(a.toObject().value(QLatin1String("fileName")).toString()).fileName();
            if (!listed.contains(QStringLiteral("files/") + sha)) {
                p.notes.append({QStringLiteral("attachments"),
                                tr("The file “%1” is not in the package: it is left out.").arg(file)});
                continue;
            }
            contents.files[p.number].append({sha, file.isEmpty() ? sha : file});
        }
        contents.records.append(std::move(p));
    }
    if (contents.records.isEmpty())
        return Error{tr("%1 holds no record.").arg(name)};
    return contents;
}

Result<QByteArray> ExchangePackage::file(const QString& path, const QString& sha256)
{
    ZipReader zip;
    if (auto opened = zip.open(path); !opened)
        return opened.error();
    auto bytes = zip.read(QStringLiteral("files/") + sha256, kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    if (sha256Of(*bytes) != sha256)
        return Error{
            tr("%1: the file %2 is not the one its name says.").arg(QFileInfo(path).fileName(), sha256)};
    return bytes;
}

} // namespace infodoc::core

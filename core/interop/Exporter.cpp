#include "core/interop/Exporter.h"

#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"

#include <QDir>
#include <QSaveFile>

namespace infodoc::core {

Exporter::Exporter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

std::optional<Exporter::Format> Exporter::formatFromKey(const QString& key, const QString& flavour)
{
    const QString k = key.trimmed().toLower();
    const QString f = flavour.trimmed().toLower();
    if (!f.isEmpty() && f != QLatin1String("unimarc") && f != QLatin1String("marc21"))
        return std::nullopt;
    if (k == QLatin1String("unimarc"))
        return Format::Unimarc;
    if (k == QLatin1String("marc21"))
        return Format::Marc21;
    if (k == QLatin1String("marcxml"))
        return f == QLatin1String("marc21") ? Format::MarcXmlMarc21 : Format::MarcXml;
    return std::nullopt;
}

Result<QByteArray> Exporter::encode(const QList<qint64>& ids, Format format, const Progress& progress)
{
    const MarcFlavour flavour = format == Format::Marc21 || format == Format::MarcXmlMarc21
                                    ? MarcFlavour::Marc21
                                    : MarcFlavour::Unimarc;
    const QDate today = m_clock.now().date();
    MarcCodec::Writer writer(format == Format::MarcXml || format == Format::MarcXmlMarc21
                                 ? MarcCodec::Writer::Container::MarcXml
                                 : MarcCodec::Writer::Container::Iso2709);
    qint64 done = 0;
    bool cancelled = false;
    Status failure = Status::success();
    const Status read = RecordRepository(m_db, m_clock).forEach(ids, [&](const Record& record) {
        if (auto s = writer.add(MarcMapping::fromRecord(record, flavour, today)); !s) {
            failure = s;
            return false;
        }
        ++done;
        cancelled = progress && done % 256 == 0 && !progress(done, ids.size());
        return !cancelled;
    });
    if (!failure)
        return failure.error();
    if (cancelled)
        return Error{tr("Cancelled: nothing was exported.")};
    if (!read)
        return read.error();
    return writer.finish();
}

Result<int> Exporter::write(const QList<qint64>& ids, Format format, const QString& path,
                            const Progress& progress)
{
    auto bytes = encode(ids, format, progress);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(name, file.errorString())};
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(name, file.errorString())};
    return int(ids.size());
}

} // namespace infodoc::core

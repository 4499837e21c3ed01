#include "core/interop/Exporter.h"

#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/common/SaveFile.h"
#include "core/interop/CslItem.h"
#include "core/interop/Csv.h"
#include "core/interop/DublinCore.h"
#include "core/interop/ExchangePackage.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"
#include "core/interop/ReferenceExport.h"
#include "core/interop/XlsxTable_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

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
    if (!f.isEmpty())
        return std::nullopt;
    static const QHash<QString, Format> others = {
        {QStringLiteral("ris"), Format::Ris},          {QStringLiteral("bibtex"), Format::Bibtex},
        {QStringLiteral("csl-json"), Format::CslJson}, {QStringLiteral("dc"), Format::DublinCore},
        {QStringLiteral("csv"), Format::Csv},          {QStringLiteral("xlsx"), Format::Xlsx},
    };
    if (const auto o = others.constFind(k); o != others.cend())
        return *o;
    return std::nullopt;
}

QString Exporter::suffix(Format format)
{
    switch (format) {
    case Format::Unimarc:
    case Format::Marc21:
        return QStringLiteral("mrc");
    case Format::MarcXml:
    case Format::MarcXmlMarc21:
    case Format::DublinCore:
    case Format::OaiStatic:
        return QStringLiteral("xml");
    case Format::Ris:
        return QStringLiteral("ris");
    case Format::Bibtex:
        return QStringLiteral("bib");
    case Format::CslJson:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Package:
        return QStringLiteral("zip");
    }
    return {};
}

QStringList Exporter::tableColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("type"),
            QStringLiteral("title"),
            QStringLiteral("subtitle"),
            QStringLiteral("author"),
            QStringLiteral("organisation"),
            QStringLiteral("editor"),
            QStringLiteral("publisher"),
            QStringLiteral("place"),
            QStringLiteral("date"),
            QStringLiteral("edition"),
            QStringLiteral("collection"),
            QStringLiteral("collectionNumber"),
            QStringLiteral("isbn"),
            QStringLiteral("issn"),
            QStringLiteral("extent"),
            QStringLiteral("language"),
            QStringLiteral("containerTitle"),
            QStringLiteral("volume"),
            QStringLiteral("issue"),
            QStringLiteral("pages"),
            QStringLiteral("genre"),
            QStringLiteral("abstract"),
            QStringLiteral("notes"),
            QStringLiteral("subjects"),
            QStringLiteral("keywords"),
            QStringLiteral("territories"),
            QStringLiteral("url"),
            QStringLiteral("callNumber"),
            QStringLiteral("barcode"),
            QStringLiteral("location")};
}

QStringList Exporter::tableRow(const Record& r)
{
    const QString separator = QStringLiteral("; ");
    QStringList persons, organisations, editors;
    for (const Responsibility& p : r.responsibilities) {
        if (p.role == Role::Editor || p.role == Role::Director)
            editors.append(p.name);
        else if (p.kind == AuthorityKind::Organisation)
            organisations.append(p.name);
        else
            persons.append(p.name);
    }
    QStringList barcodes, locations;
    for (const Copy& c : r.copies) {
        if (!c.barcode.isEmpty())
            barcodes.append(c.barcode);
        if (!c.location.isEmpty() && !locations.contains(c.location))
            locations.append(c.location);
    }
    return {QString::number(r.id),
            Vocabulary::label(r.type),
            r.title,
            r.subtitle,
            persons.join(separator),
            organisations.join(separator),
            editors.join(separator),
            r.publisher,
            r.place,
            r.date,
            r.edition,
            r.collection,
            r.collectionNumber,
            r.isbn,
            r.issn,
            r.extent,
            r.language,
            r.containerTitle,
            r.volume,
            r.issue,
            r.pages,
            r.genre,
            r.abstract,
            r.notes,
            r.subjects.join(separator),
            r.keywords.join(separator),
            r.territories.join(separator),
            r.url,
            r.callNumber,
            barcodes.join(separator),
            locations.join(separator)};
}

Result<QByteArray> Exporter::encode(const QList<qint64>& ids, Format format, const Progress& progress)
{
    switch (format) {
    case Format::Unimarc:
    case Format::Marc21:
    case Format::MarcXml:
    case Format::MarcXmlMarc21:
        return encodeMarc(ids, format, progress);
    case Format::Xlsx:
    case Format::Package:
        return Error{tr("An XLSX workbook or an exchange package is written to a file only.")};
    default:
        return encodeOther(ids, format, progress);
    }
}

Result<QByteArray> Exporter::encodeOther(const QList<qint64>& ids, Format format, const Progress& progress)
{
    QList<CslItem> items;
    QList<DublinCore::Description> descriptions;
    QList<DublinCore::Dated> dated;
    QString csv;
    if (format == Format::OaiStatic && (m_baseUrl.isEmpty() || m_adminEmail.isEmpty()))
        return Error{tr("A static repository needs the address it will be published at and an e-mail address "
                        "(the centre's identity).")};
    if (format == Format::Csv) {
        QStringList header;
        for (const QString& column : tableColumns())
            header.append(CsvMapping::fieldLabel(column));
        csv = Csv::line(header, u';');
    }
    qint64 done = 0;
    bool cancelled = false;
    const Status read = RecordRepository(m_db, m_clock).forEach(ids, [&](const Record& record) {
        switch (format) {
        case Format::DublinCore:
            descriptions.append(DublinCore::fromRecord(record, m_source));
            break;
        case Format::OaiStatic:
            dated.append({QString::number(record.id), record.modified.toUTC().date(),
                          DublinCore::fromRecord(record, m_source)});
            break;
        case Format::Csv: {
            QStringList cells = tableRow(record);
            for (QString& cell : cells)
                cell = Csv::neutralised(cell);
            csv += Csv::line(cells, u';');
            break;
        }
        default: {
            CslItem item = CslItem::fromRecord(record);
            item.id = QStringLiteral("infodoc-%1").arg(record.id);
            items.append(std::move(item));
        }
        }
        ++done;
        cancelled = progress && done % 256 == 1 && !progress(done, ids.size());
        return !cancelled;
    });
    if (cancelled)
        return Error{tr("Cancelled: nothing was exported.")};
    if (!read)
        return read.error();
    switch (format) {
    case Format::Ris:
        return ReferenceExport::ris(items, true);
    case Format::Bibtex:
        return ReferenceExport::bibtex(items, true);
    case Format::CslJson:
        return ReferenceExport::cslJson(items, true);
    case Format::DublinCore:
        return DublinCore::write(descriptions, m_source);
    case Format::OaiStatic: {
        // oai:<the host of the address>:record/<id>
        const QString host = QUrl(m_baseUrl).host();
        return DublinCore::writeStaticRepository(
            {m_source, m_baseUrl, m_adminEmail,
             QStringLiteral("oai:%1:record/").arg(host.isEmpty() ? QStringLiteral("infodoc") : host)},
            dated);
    }
    case Format::Csv:
        return QByteArray(QByteArray("\xEF\xBB\xBF") + csv.toUtf8());
    default:
        return Error{tr("This format is not one to encode here.")};
    }
}

Result<QByteArray> Exporter::encodeMarc(const QList<qint64>& ids, Format format, const Progress& progress)
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
        cancelled = progress && done % 256 == 1 && !progress(done, ids.size());
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

Result<int> Exporter::writeXlsx(const QList<qint64>& ids, const QString& path, const Progress& progress)
{
    // Written beside its place, then renamed over it: never a workbook half-written.
    const QString name = QDir::toNativeSeparators(path);
    const QString partial = path + QStringLiteral(".partial");
    if (!QFileInfo(path).dir().exists())
        return Error{tr("Cannot write %1: %2").arg(name, tr("its folder does not exist"))};
    QStringList header;
    for (const QString& column : tableColumns())
        header.append(CsvMapping::fieldLabel(column));
    Status failure = Status::success();
    bool cancelled = false;
    {
        interop::XlsxTable table;
        if (auto opened = table.open(partial, tr("Records"), header, path); !opened) {
            QFile::remove(partial);
            return opened.error();
        }
        qint64 done = 0;
        const Status read = RecordRepository(m_db, m_clock).forEach(ids, [&](const Record& record) {
            QStringList cells = tableRow(record);
            for (QString& cell : cells)
                cell = Csv::neutralised(cell);
            if (auto added = table.addRow(cells); !added) {
                failure = added;
                return false;
            }
            ++done;
            cancelled = progress && done % 256 == 1 && !progress(done, ids.size());
            return !cancelled;
        });
        if (failure && !read)
            failure = read;
        if (failure && !cancelled)
            failure = table.close();
    }
    if (cancelled || !failure) {
        QFile::remove(partial);
        if (cancelled)
            return Error{tr("Cancelled: nothing was exported.")};
        return failure.error();
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Error{tr("Cannot write %1: %2").arg(name, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    return int(ids.size());
}

Result<int> Exporter::write(const QList<qint64>& ids, Format format, const QString& path,
                            const Progress& progress)
{
    if (format == Format::Xlsx)
        return writeXlsx(ids, path, progress);
    if (format == Format::Package) {
        if (m_source.trimmed().isEmpty())
            return Error{
                tr("Name the centre first (File › The centre's identity): a package says where its records "
                   "come from.")};
        return ExchangePackage::write(m_db, m_clock, ids, m_source, path, progress);
    }
    auto bytes = encode(ids, format, progress);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(name, file.errorString())};
    QString why;
    if (file.write(*bytes) != bytes->size())
        return Error{tr("Cannot write %1: %2").arg(name, file.errorString())};
    if (!commitSaveFile(file, &why))
        return Error{tr("Cannot write %1: %2").arg(name, why)};
    return int(ids.size());
}

} // namespace infodoc::core

#include "core/interop/Importer.h"

#include "core/catalog/AttachmentStore.h"
#include "core/catalog/DuplicateFinder.h"
#include "core/catalog/RecordSession.h"
#include "core/catalog/RecordValidator.h"
#include "core/catalog/Territories.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/interop/Bibtex.h"
#include "core/interop/CslJson.h"
#include "core/interop/DublinCore.h"
#include "core/interop/ExchangePackage.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"
#include "core/interop/Provenance.h"
#include "core/interop/Ris.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

#include <memory>

namespace infodoc::core {

namespace {

struct Vocabularies
{
    QHash<QString, QString> subjects;    // key -> descriptor
    QHash<QString, QString> territories; // key -> name
};

// Subjects to descriptors and places to territories where the catalogue
// has them; the others become keywords.
void matchVocabulary(Importer::Incoming& in, const QStringList& places, const Vocabularies& v)
{
    Record& r = in.record;
    const QStringList given = r.subjects;
    r.subjects.clear();
    auto keyword = [&r](const QString& word) {
        if (!r.keywords.contains(word, Qt::CaseInsensitive))
            r.keywords.append(word);
    };
    for (const QString& s : given) {
        const auto it = v.subjects.constFind(Thesaurus::normalizedKey(s));
        if (it != v.subjects.constEnd()) {
            if (!r.subjects.contains(*it))
                r.subjects.append(*it);
        } else {
            in.unmatchedSubjects.append(s);
            keyword(s);
        }
    }
    for (const QString& p : places) {
        const auto it = v.territories.constFind(Territories::normalizedKey(p));
        if (it != v.territories.constEnd()) {
            if (!r.territories.contains(*it))
                r.territories.append(*it);
        } else {
            keyword(p);
        }
    }
}

QString folded(const QString& s)
{
    return text::foldedWords(s).join(u' ');
}

// The catalogue's record with what the file adds: empty fields filled,
// names, subjects, keywords, places and copies it lacks.
Record merged(Record to, const Record& from)
{
    auto fill = [](QString& a, const QString& b) {
        if (a.trimmed().isEmpty())
            a = b;
    };
    for (auto field : {&Record::subtitle,
                       &Record::publisher,
                       &Record::place,
                       &Record::date,
                       &Record::edition,
                       &Record::collection,
                       &Record::collectionNumber,
                       &Record::isbn,
                       &Record::issn,
                       &Record::extent,
                       &Record::language,
                       &Record::abstract,
                       &Record::notes,
                       &Record::audience,
                       &Record::url,
                       &Record::callNumber,
                       &Record::containerTitle,
                       &Record::volume,
                       &Record::issue,
                       &Record::pages,
                       &Record::genre,
                       &Record::accessed})
        fill(to.*field, from.*field);
    QSet<QString> names;
    for (const Responsibility& p : to.responsibilities)
        names.insert(Vocabulary::key(p.kind) + folded(p.name));
    for (const Responsibility& p : from.responsibilities)
        if (!names.contains(Vocabulary::key(p.kind) + folded(p.name))) {
            Responsibility added = p;
            added.authorityId = 0;
            to.responsibilities.append(added);
        }
    for (auto list : {&Record::subjects, &Record::keywords, &Record::territories})
        for (const QString& v : from.*list)
            if (!(to.*list).contains(v, Qt::CaseInsensitive))
                (to.*list).append(v);
    QSet<QString> barcodes;
    for (const Copy& c : to.copies)
        barcodes.insert(c.barcode);
    for (const Copy& c : from.copies)
        if (!barcodes.contains(c.barcode))
            to.copies.append(c);
    if (!to.sheet && from.sheet)
        to.sheet = from.sheet;
    return to;
}

// The file's description in place of the catalogue's; the copies stay (loans
// refer to them), the file's new ones are added, and so is the sheet.
Record replaced(const Record& existing, Record from)
{
    QList<Copy> copies = existing.copies;
    QSet<QString> barcodes;
    for (const Copy& c : copies)
        barcodes.insert(c.barcode);
    for (const Copy& c : from.copies)
        if (!barcodes.contains(c.barcode))
            copies.append(c);
    from.copies = copies;
    from.id = existing.id;
    if (!from.sheet)
        from.sheet = existing.sheet;
    return from;
}

QString unimarcField(const QString& field)
{
    return MarcMapping::sourceField(field, MarcFlavour::Unimarc);
}

QString marc21Field(const QString& field)
{
    return MarcMapping::sourceField(field, MarcFlavour::Marc21);
}

// MARC records as the import takes them from any reader.
QList<interop::Parsed> fromMarc(const QList<MarcCodec::Entry>& entries, Importer::Format format,
                                QSet<QString>& charsets)
{
    QList<interop::Parsed> out;
    out.reserve(entries.size());
    for (const MarcCodec::Entry& entry : entries) {
        interop::Parsed p;
        p.number = entry.number;
        p.line = entry.line;
        p.error = entry.error;
        if (p.error.isEmpty()) {
            charsets.insert(MarcCodec::key(entry.charset));
            const std::optional<MarcFlavour> flavour =
                format == Importer::Format::Unimarc  ? MarcFlavour::Unimarc
                : format == Importer::Format::Marc21 ? MarcFlavour::Marc21
                                                     : MarcCodec::flavourOf(entry.record);
            if (!flavour) {
                p.error =
                    Importer::tr("the record has neither a UNIMARC title (200) nor a MARC21 title (245).");
            } else {
                MarcMapping::Mapped mapped = MarcMapping::toRecord(entry.record, *flavour);
                p.sourceId = mapped.sourceId;
                p.record = std::move(mapped.record);
                p.places = std::move(mapped.places);
                for (const MarcMapping::Note& n : mapped.notes)
                    p.notes.append({n.field, n.message});
                p.fieldOf = *flavour == MarcFlavour::Unimarc ? unimarcField : marc21Field;
                if (*flavour == MarcFlavour::Unimarc)
                    p.local = LocalFields::read(entry.record);
            }
        }
        out.append(std::move(p));
    }
    return out;
}

// Files stored for an import, discarded unless the import commits.
class StoredFiles
{
public:
    explicit StoredFiles(const AttachmentStore& store) : m_store(store) {}
    ~StoredFiles()
    {
        if (!m_kept)
            for (const auto& f : std::as_const(m_files))
                if (f.created)
                    m_store.discard(f);
    }
    void add(const AttachmentStore::StoredFile& f) { m_files.append(f); }
    void keep() { m_kept = true; }

private:
    const AttachmentStore& m_store;
    QList<AttachmentStore::StoredFile> m_files;
    bool m_kept = false;
};

// A package's record written: its files linked (those it does not have
// already), and where it came from kept.
Status linkPackageFiles(Database& db, const Clock& clock, const Importer::Plan& plan,
                        const Importer::Incoming& in, qint64 id, RecordRepository::Session& session,
                        StoredFiles& stored)
{
    auto existing = AttachmentStore::forRecord(db.connection(), id);
    if (!existing)
        return existing.error();
    QSet<QString> has;
    for (const Attachment& a : std::as_const(*existing))
        has.insert(a.sha256);
    AttachmentStore store(db, clock);
    const QMimeDatabase mimes;
    for (const auto& [sha, name] : in.files) {
        if (has.contains(sha))
            continue;
        auto bytes = ExchangePackage::file(plan.packagePath, sha);
        if (!bytes)
            return bytes.error();
        auto file = store.storeBytes(*bytes);
        if (!file)
            return file.error();
        stored.add(*file);
        if (auto s = AttachmentStore::registerBlob(db.connection(), *file,
                                                   mimes.mimeTypeForFileNameAndData(name, *bytes).name());
            !s)
            return s;
        if (auto link =
                session.linkAttachment(id, sha, name, plan.packageCentre + QStringLiteral(" : ") + name);
            !link)
            return link.error();
        has.insert(sha);
    }
    return Provenance::record(db.connection(), id, plan.packageCentre, in.sourceId, in.remoteModified,
                              clock.now());
}

} // namespace

Importer::Importer(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

int Importer::Plan::withErrors() const
{
    return int(
        std::count_if(records.begin(), records.end(), [](const Incoming& i) { return !i.errors.isEmpty(); }));
}

int Importer::Plan::withDuplicates() const
{
    return int(std::count_if(records.begin(), records.end(), [](const Incoming& i) {
        return i.errors.isEmpty() && !i.duplicates.isEmpty();
    }));
}

QString Importer::key(Format format)
{
    switch (format) {
    case Format::Detect:
        return QStringLiteral("auto");
    case Format::Iso2709:
        return QStringLiteral("marc");
    case Format::Unimarc:
        return QStringLiteral("unimarc");
    case Format::Marc21:
        return QStringLiteral("marc21");
    case Format::MarcXml:
        return QStringLiteral("marcxml");
    case Format::Ris:
        return QStringLiteral("ris");
    case Format::Bibtex:
        return QStringLiteral("bibtex");
    case Format::CslJson:
        return QStringLiteral("csl-json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::DublinCore:
        return QStringLiteral("dc");
    case Format::Package:
        return QStringLiteral("package");
    }
    return {};
}

std::optional<Importer::Format> Importer::formatFromKey(const QString& key)
{
    for (Format f :
         {Format::Detect, Format::Iso2709, Format::Unimarc, Format::Marc21, Format::MarcXml, Format::Ris,
          Format::Bibtex, Format::CslJson, Format::Csv, Format::DublinCore, Format::Package})
        if (Importer::key(f) == key.trimmed().toLower())
            return f;
    if (key.trimmed().isEmpty())
        return Format::Detect;
    return std::nullopt;
}

QString Importer::key(OnDuplicate choice)
{
    switch (choice) {
    case OnDuplicate::Skip:
        return QStringLiteral("skip");
    case OnDuplicate::Merge:
        return QStringLiteral("merge");
    case OnDuplicate::Replace:
        return QStringLiteral("replace");
    case OnDuplicate::New:
        return QStringLiteral("new");
    }
    return {};
}

std::optional<Importer::OnDuplicate> Importer::onDuplicateFromKey(const QString& key)
{
    for (OnDuplicate c : {OnDuplicate::Skip, OnDuplicate::Merge, OnDuplicate::Replace, OnDuplicate::New})
        if (Importer::key(c) == key.trimmed().toLower())
            return c;
    return std::nullopt;
}

QString Importer::key(RecordRepository::Duplicate::Reason reason)
{
    switch (reason) {
    case RecordRepository::Duplicate::Reason::SameIsbn:
        return QStringLiteral("same-isbn");
    case RecordRepository::Duplicate::Reason::SameIssn:
        return QStringLiteral("same-issn");
    case RecordRepository::Duplicate::Reason::SimilarTitle:
        return QStringLiteral("similar-title");
    case RecordRepository::Duplicate::Reason::SameSource:
        return QStringLiteral("same-source");
    }
    return {};
}

QString Importer::describe(const Problem& p)
{
    QStringList where;
    if (p.record > 0)
        where.append(tr("record %1").arg(p.record));
    if (p.line > 0)
        where.append(tr("line %1").arg(p.line));
    if (!p.field.isEmpty())
        where.append(p.field);
    if (where.isEmpty())
        return p.message;
    QString head = where.join(QLatin1String(", "));
    head[0] = head[0].toUpper();
    return tr("%1: %2").arg(head, p.message);
}

Result<Importer::Plan> Importer::prepareFile(const QString& path, const Request& request,
                                             const Progress& progress)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(name)};
    if (info.size() > kMaxFileBytes)
        return Error{tr("%1 is larger than %2 MB: not a file to import.").arg(name).arg(kMaxFileBytes >> 20)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(name, file.errorString())};
    if (request.format == Format::Package ||
        (request.format == Format::Detect && ExchangePackage::looksLikePackage(file.peek(4096))))
        return preparePackage(path, progress);
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read %1: %2").arg(name, file.errorString())};
    return prepare(data, info.fileName(), request, progress);
}

Result<Importer::Plan> Importer::prepare(const QByteArray& data, const QString& fileName,
                                         const Request& request, const Progress& progress)
{
    if (data.size() > kMaxFileBytes)
        return Error{
            tr("%1 is larger than %2 MB: not a file to import.").arg(fileName).arg(kMaxFileBytes >> 20)};
    if (request.format == Format::Package)
        return Error{tr("%1: an exchange package is read from its file.").arg(fileName)};
    Plan plan;
    plan.fileName = fileName;
    plan.format = request.format;
    if (plan.format == Format::Detect) {
        qsizetype at = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (at < data.size() && QChar::isSpace(uchar(data.at(at))))
            ++at;
        // Dublin Core first: an OAI-PMH answer has <record> elements too.
        if (at < data.size() && data.at(at) == '<' && DublinCore::looksLikeDublinCore(data))
            plan.format = Format::DublinCore;
        else if (at < data.size() && data.at(at) == '<' && MarcCodec::looksLikeMarcXml(data))
            plan.format = Format::MarcXml;
        else if (MarcCodec::looksLikeIso2709(data))
            plan.format = Format::Iso2709;
        else if (Ris::looksLikeRis(data))
            plan.format = Format::Ris;
        else if (Bibtex::looksLikeBibtex(data))
            plan.format = Format::Bibtex;
        else if (CslJson::looksLikeCslJson(data))
            plan.format = Format::CslJson;
        else if (Csv::looksLikeCsv(data, fileName))
            plan.format = Format::Csv;
        else
            return Error{tr("%1: the format is not recognised (MARC in ISO 2709 or MARCXML, RIS, BibTeX, "
                            "CSL-JSON, Dublin Core, CSV); say which it is.")
                             .arg(fileName)};
    }
    // The catalogue's index loads while the file is read.
    auto catalogue = DuplicateFinder::loadAside(m_db);
    // Reading is the first half of the work, matching the second.
    auto half = [&progress](qint64 offset) {
        return [&progress, offset](qint64 done, qint64 total) {
            return !progress || progress(offset + done / 2, total);
        };
    };
    QSet<QString> charsets;
    QList<interop::Parsed> parsed;
    if (plan.format == Format::Ris || plan.format == Format::Bibtex || plan.format == Format::CslJson ||
        plan.format == Format::Csv || plan.format == Format::DublinCore) {
        auto read =
            plan.format == Format::Ris       ? Ris::read(data, fileName, half(0))
            : plan.format == Format::Bibtex  ? Bibtex::read(data, fileName, half(0))
            : plan.format == Format::CslJson ? CslJson::read(data, fileName)
            : plan.format == Format::DublinCore
                ? DublinCore::read(data, fileName, &plan.resumptionToken)
                : Csv::read(data, fileName, request.csvMapping, half(0), &plan.csvMapping, &plan.csvHeader);
        if (!read)
            return read.error();
        parsed = std::move(*read);
    } else {
        auto entries = plan.format == Format::MarcXml
                           ? MarcCodec::readMarcXml(data, fileName, half(0))
                           : MarcCodec::readIso2709(data, fileName, request.charset, half(0));
        if (!entries)
            return entries.error();
        parsed = fromMarc(*entries, plan.format, charsets);
    }

    if (auto planned =
            planRecords(plan, parsed, data.size(), std::move(catalogue), progress, request.localFields);
        !planned)
        return planned.error();
    plan.charsets = QStringList(charsets.begin(), charsets.end());
    plan.charsets.sort();
    return plan;
}

Status Importer::planRecords(Plan& plan, QList<interop::Parsed>& parsed, qint64 size,
                             std::future<Result<DuplicateFinder>> catalogue, const Progress& progress,
                             const QHash<QString, LocalFields::Target>& localFields)
{
    Vocabularies vocabularies;
    auto subjects = Thesaurus(m_db, m_clock).descriptorsByKey();
    if (!subjects)
        return subjects.error();
    vocabularies.subjects = *subjects;
    auto territories = Territories(m_db, m_clock).namesByKey();
    if (!territories)
        return territories.error();
    vocabularies.territories = *territories;

    // First what each record says by itself, while the catalogue's index is
    // still loading on its own connection; then what the catalogue has.
    const qsizetype first = plan.records.size();
    std::vector<QString> copyFields(size_t(parsed.size()));
    plan.records.reserve(first + parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        interop::Parsed& entry = parsed[i];
        Incoming in;
        in.number = entry.number;
        in.line = entry.line;
        auto problem = [&in](const QString& field, const QString& message) {
            return Problem{in.number, in.line, field, message};
        };
        if (!entry.error.isEmpty()) {
            in.errors.append(problem({}, entry.error));
            plan.records.append(in);
            continue;
        }
        in.sourceId = entry.sourceId;
        in.record = std::move(entry.record);
        for (const interop::Parsed::Note& n : std::as_const(entry.notes))
            in.warnings.append(problem(n.field, n.message));
        // A reader that names its fields as the catalogue does gives no translation.
        const std::function<QString(const QString&)> fieldOf =
            entry.fieldOf ? entry.fieldOf : [](const QString& field) { return field; };
        if (!entry.local.isEmpty())
            LocalFields::place(entry.local, localFields, plan.localFields, in.record, entry.places);
        matchVocabulary(in, entry.places, vocabularies);
        for (const RecordValidator::Problem& p : RecordValidator::problems(in.record))
            in.errors.append(problem(fieldOf(p.field), p.message));
        for (const RecordValidator::Problem& p : RecordValidator::warnings(in.record))
            in.warnings.append(problem(fieldOf(p.field), p.message));
        copyFields[size_t(i)] = fieldOf(QStringLiteral("copies"));
        for (const QString& s : std::as_const(in.unmatchedSubjects))
            ++plan.unmatchedSubjects[s];
        plan.records.append(std::move(in));
        if (progress && i % 256 == 0 && !progress(size / 2 + (size / 4) * i / parsed.size(), size))
            return Error{tr("Cancelled: nothing was imported.")};
    }

    auto finder = catalogue.get();
    // A second connection may be refused (a read-only medium): the index is then read on this one.
    if (!finder)
        finder = DuplicateFinder::load(m_db);
    if (!finder)
        return finder.error();
    QHash<QString, int> barcodesInFile;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!parsed.at(i).error.isEmpty())
            continue;
        Incoming& in = plan.records[first + i];
        auto duplicates = finder->find(in.record);
        if (!duplicates)
            return duplicates.error();
        in.duplicates = std::move(*duplicates);
        QSet<qint64> duplicateIds;
        for (const RecordRepository::Duplicate& d : std::as_const(in.duplicates))
            duplicateIds.insert(d.record.id);
        const QString& copyField = copyFields[size_t(i)];
        for (const Copy& c : std::as_const(in.record.copies)) {
            if (const qint64 owner = finder->recordOfBarcode(c.barcode);
                owner && !duplicateIds.contains(owner))
                in.errors.append(
                    {in.number, in.line, copyField,
                     tr("the barcode %1 is already a copy of record n° %2.").arg(c.barcode).arg(owner)});
            else if (owner)
                in.barcodesInCatalogue.insert(c.barcode, owner);
            if (const int other = barcodesInFile.value(c.barcode); other && other != in.number)
                in.errors.append({in.number, in.line, copyField,
                                  tr("the barcode %1 is also given in record %2 of this file.")
                                      .arg(c.barcode)
                                      .arg(other)});
            else
                barcodesInFile.insert(c.barcode, in.number);
        }
        if (progress && i % 256 == 0 && !progress(size * 3 / 4 + (size / 4) * i / parsed.size(), size))
            return Error{tr("Cancelled: nothing was imported.")};
    }
    return {};
}

Result<Importer::Plan> Importer::preparePackage(const QString& path, const Progress& progress)
{
    auto catalogue = DuplicateFinder::loadAside(m_db);
    auto contents = ExchangePackage::read(
        path, [&progress](qint64 done, qint64 total) { return !progress || progress(done / 2, total); });
    if (!contents)
        return contents.error();
    Plan plan;
    plan.fileName = QFileInfo(path).fileName();
    plan.format = Format::Package;
    plan.packagePath = path;
    plan.packageCentre = contents->centre;
    const qint64 size = QFileInfo(path).size();
    if (auto planned = planRecords(plan, contents->records, size, std::move(catalogue), progress); !planned)
        return planned.error();
    for (Incoming& in : plan.records) {
        for (const ExchangePackage::File& f : contents->files.value(in.number))
            in.files.append({f.sha256, f.fileName});
        in.remoteModified = contents->remoteModified.value(in.number);
    }
    if (auto matched = matchProvenance(plan); !matched)
        return matched.error();
    return plan;
}

// A record that came from the same centre before is that record: it comes
// first among the duplicates. Replaced without asking only when the centre
// changed it and nobody here did; a record edited here is kept unless the
// documentalist chooses to replace it.
Status Importer::matchProvenance(Plan& plan)
{
    for (Incoming& in : plan.records) {
        if (!in.errors.isEmpty() || in.sourceId.isEmpty())
            continue;
        auto known = Provenance::find(m_db.connection(), plan.packageCentre, in.sourceId);
        if (!known)
            return known.error();
        if (!*known)
            continue;
        const Provenance::Entry& e = **known;
        auto summary = RecordRepository(m_db, m_clock).get(e.recordId);
        if (!summary)
            return summary.error();
        RecordRepository::Duplicate same;
        same.record.id = e.recordId;
        same.record.type = summary->type;
        same.record.title = summary->title;
        same.record.authors = summary->authorsDisplay();
        same.record.year = summary->year();
        same.reason = RecordRepository::Duplicate::Reason::SameSource;
        in.duplicates.removeIf(
            [&e](const RecordRepository::Duplicate& d) { return d.record.id == e.recordId; });
        in.duplicates.prepend(same);
        in.barcodesInCatalogue.clear();
        const bool editedHere = e.localModified > e.importedAt;
        const bool changedThere = !in.remoteModified.isEmpty() && in.remoteModified > e.remoteModified;
        if (editedHere)
            in.warnings.append(
                {in.number,
                 in.line,
                 {},
                 tr("Record n° %1 was edited here since it came from %2 on %3: it is kept as it "
                    "is unless you choose to replace it.")
                     .arg(e.recordId)
                     .arg(plan.packageCentre, e.importedAt.toLocalTime().toString(Qt::ISODate))});
        else if (changedThere)
            in.suggested = OnDuplicate::Replace;
        else
            in.suggested = OnDuplicate::Skip; // nothing new at the centre
    }
    return {};
}

Result<Importer::Outcome> Importer::apply(const Plan& plan, const Options& options, const Progress& progress)
{
    Outcome outcome;
    // Copy cataloguing imports one record of the plan: the others are not looked at.
    auto chosen = [&options](const Incoming& in) {
        return options.only.isEmpty() || options.only.contains(in.number);
    };
    const int errors = int(std::count_if(plan.records.begin(), plan.records.end(), [&](const Incoming& in) {
        return chosen(in) && !in.errors.isEmpty();
    }));
    if (!options.only.isEmpty()) {
        for (int number : options.only)
            if (number < 1 || number > plan.read())
                return Error{tr("There is no record %1 in %2 (%n record(s)).", nullptr, plan.read())
                                 .arg(number)
                                 .arg(plan.fileName)};
    }
    if (errors && !options.validOnly) {
        const auto first = std::find_if(plan.records.begin(), plan.records.end(),
                                        [&](const Incoming& i) { return chosen(i) && !i.errors.isEmpty(); });
        return Error{
            tr("%n record(s) of %1 cannot be imported as they are (%2); nothing was imported. Correct the "
               "file, or import only the valid records.",
               nullptr, errors)
                .arg(plan.fileName, describe(first->errors.first()))};
    }
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    // Candidate descriptors first: the writer reads the thesaurus once.
    QSet<QString> candidates;
    if (options.addCandidateDescriptors) {
        Thesaurus thesaurus(m_db, m_clock);
        QSet<QString> wanted;
        for (const Incoming& in : plan.records)
            if (chosen(in))
                for (const QString& s : in.unmatchedSubjects)
                    wanted.insert(s);
        for (auto it = plan.unmatchedSubjects.constBegin(); it != plan.unmatchedSubjects.constEnd(); ++it) {
            if (!wanted.contains(it.key()))
                continue;
            const QString key = Thesaurus::normalizedKey(it.key());
            if (key.isEmpty() || candidates.contains(key))
                continue;
            auto id = thesaurus.addDescriptor(
                it.key(), 0,
                tr("Candidate descriptor, from the import of %1: to be placed.").arg(plan.fileName));
            if (!id)
                return Error{tr("The descriptor “%1” cannot be added: %2").arg(it.key(), id.errorMessage())};
            candidates.insert(key);
            ++outcome.descriptorsAdded;
        }
    }
    RecordRepository records(m_db, m_clock);
    auto session = std::make_unique<RecordRepository::Session>(m_db.connection(), m_clock);
    // Files copied into the store for a package: taken back if the import does not commit.
    AttachmentStore store(m_db, m_clock);
    StoredFiles storedFiles(store);
    const qsizetype total = plan.records.size();
    for (qsizetype i = 0; i < total; ++i) {
        const Incoming& in = plan.records.at(i);
        if (progress && (i % 256 == 0) && !progress(i, total))
            return Error{tr("Cancelled: nothing was imported.")};
        if (!chosen(in))
            continue;
        if (!in.errors.isEmpty()) {
            outcome.leftOut.append(in.errors.first());
            continue;
        }
        Record record = in.record;
        record.id = 0;
        if (!candidates.isEmpty())
            for (const QString& s : in.unmatchedSubjects)
                if (candidates.contains(Thesaurus::normalizedKey(s))) {
                    record.keywords.removeAll(s);
                    if (!record.subjects.contains(s))
                        record.subjects.append(s);
                }
        const OnDuplicate choice =
            in.duplicates.isEmpty()
                ? OnDuplicate::New
                : options.perRecord.value(in.number, in.suggested.value_or(options.onDuplicate));
        auto leaveOut = [&](const QString& message) -> Status {
            const Problem p{in.number, in.line, {}, message};
            if (!options.validOnly)
                return Error{tr("%1 Nothing was imported.").arg(describe(p))};
            outcome.leftOut.append(p);
            return Status::success();
        };
        if (choice == OnDuplicate::Skip) {
            ++outcome.skipped;
            continue;
        }
        if (choice == OnDuplicate::Merge || choice == OnDuplicate::Replace) {
            const qint64 target = in.duplicates.first().record.id;
            auto existing = records.get(target);
            if (!existing)
                return existing.error();
            record = choice == OnDuplicate::Merge ? merged(*existing, record) : replaced(*existing, record);
        } else if (!in.barcodesInCatalogue.isEmpty()) {
            const auto first = in.barcodesInCatalogue.constBegin();
            if (auto s =
                    leaveOut(tr("the barcode %1 is already a copy of record n° %2: merge or replace that "
                                "record rather than import this one as new.")
                                 .arg(first.key())
                                 .arg(first.value()));
                !s)
                return s.error();
            continue;
        }
        // In valid-only mode each record is a savepoint: one that fails is left out alone.
        std::optional<WriteTransaction> savepoint;
        if (options.validOnly) {
            auto sp = WriteTransaction::begin(m_db.connection());
            if (!sp)
                return sp.error();
            savepoint.emplace(std::move(*sp));
        }
        auto id = session->write(record);
        if (!id) {
            if (savepoint) {
                savepoint->rollback();
                // The writer's caches may name rows the savepoint took back.
                session = std::make_unique<RecordRepository::Session>(m_db.connection(), m_clock);
            }
            if (auto s = leaveOut(id.errorMessage()); !s)
                return s.error();
            continue;
        }
        if (plan.format == Format::Package) {
            if (auto s = linkPackageFiles(m_db, m_clock, plan, in, *id, *session, storedFiles); !s) {
                if (!savepoint)
                    return s.error();
                savepoint->rollback();
                session = std::make_unique<RecordRepository::Session>(m_db.connection(), m_clock);
                if (auto left = leaveOut(s.errorMessage()); !left)
                    return left.error();
                continue;
            }
        }
        if (savepoint)
            if (auto s = savepoint->commit(); !s)
                return s.error();
        outcome.ids.append(*id);
        if (choice == OnDuplicate::Merge)
            ++outcome.merged;
        else if (choice == OnDuplicate::Replace)
            ++outcome.replaced;
        else
            ++outcome.added;
    }
    session.reset();
    if (progress && !progress(total, total))
        return Error{tr("Cancelled: nothing was imported.")};
    if (auto s = transaction->commit(); !s)
        return s.error();
    storedFiles.keep();
    return outcome;
}

} // namespace infodoc::core

// The catalogue's own commands of infodoc-cli: init, demo, add, show, list,
// edit, delete, attach, detach, check, backup, restore, thesaurus. The
// command table, parsing and help are in CliApplication.cpp.
#include "app/cli/CliApplication.h"
#include "core/setup/NewCatalogue.h"
#include "core/storage/AutomaticBackups.h"

#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordJson.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/RecordSaver.h"
#include "core/catalog/StarterData.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/PersonalData.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/search/ExtractedText.h"
#include "core/storage/Database.h"
#include "core/storage/Maintenance.h"
#include "core/storage/WriteTransaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

const QHash<QString, RecordSort>& sorts()
{
    static const QHash<QString, RecordSort> map = {
        {QStringLiteral("title"), RecordSort::Title},
        {QStringLiteral("authors"), RecordSort::Authors},
        {QStringLiteral("year"), RecordSort::Year},
        {QStringLiteral("type"), RecordSort::Type},
        {QStringLiteral("call-number"), RecordSort::CallNumber},
        {QStringLiteral("modified"), RecordSort::Modified},
    };
    return map;
}

} // namespace

int CliApplication::cmdInit()
{
    const QHash<QString, QString>& options = m_args.options;
    const bool centre = options.contains(QStringLiteral("centre"));
    for (const char* o : {"address", "email", "logo", "backups"}) {
        if (!centre && options.contains(QLatin1String(o)))
            return usage(tr("--%1 goes with --centre NAME.").arg(QLatin1String(o)));
    }
    if (centre) {
        NewCatalogue::Centre setup;
        setup.path = Database::resolvePath(options.value(QStringLiteral("db")));
        setup.identity.name = options.value(QStringLiteral("centre"));
        setup.identity.address =
            options.value(QStringLiteral("address")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        setup.identity.email = options.value(QStringLiteral("email"));
        if (options.contains(QStringLiteral("logo"))) {
            QFile logo(options.value(QStringLiteral("logo")));
            if (logo.size() > 5 * 1024 * 1024 || !logo.open(QIODevice::ReadOnly))
                return fail(tr("Cannot read the logo %1, or it is larger than 5 MB.").arg(logo.fileName()));
            setup.identity.logo = logo.readAll();
        }
        if (options.contains(QStringLiteral("backups"))) {
            AutomaticBackups::Policy policy;
            policy.enabled = true;
            policy.folder = options.value(QStringLiteral("backups"));
            setup.backups = policy;
        }
        SystemClock clock;
        auto db = NewCatalogue::create(setup, clock);
        if (!db)
            return fail(db.errorMessage());
        m_out << tr("Catalogue ready: %1").arg((*db)->path()) << '\n';
        return 0;
    }
    int code = 0;
    auto db = openCatalogue(true, code);
    if (!db)
        return code;
    SystemClock clock;
    if (auto s = StarterData::install(*db, clock); !s)
        return fail(s.errorMessage());
    m_out << tr("Catalogue ready: %1").arg(db->path()) << '\n';
    return 0;
}

int CliApplication::cmdDemo()
{
    DemoGenerator::Options options;
    bool ok = true;
    if (m_args.options.contains(QStringLiteral("records")))
        options.records = m_args.options.value(QStringLiteral("records")).toInt(&ok);
    if (!ok || options.records < 0)
        return usage(tr("--records takes a whole number."));
    if (m_args.options.contains(QStringLiteral("pdf-every")))
        options.pdfEvery = m_args.options.value(QStringLiteral("pdf-every")).toInt(&ok);
    if (!ok || options.pdfEvery < 0)
        return usage(tr("--pdf-every takes a whole number (0 for no PDF)."));
    if (m_args.options.contains(QStringLiteral("seed")))
        options.seed = m_args.options.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usage(tr("--seed takes a whole number."));
    int code = 0;
    auto db = openCatalogue(true, code);
    if (!db)
        return code;
    SystemClock clock;
    DemoGenerator generator(*db, clock);
    QElapsedTimer timer;
    timer.start();
    auto summary = generator.generate(options, [this](int done, int total) {
        m_err << '\r' << tr("Writing demo records: %1/%2").arg(done).arg(total);
        m_err.flush();
        return true;
    });
    m_err << '\n';
    if (!summary)
        return fail(summary.errorMessage());
    m_out << tr("Wrote %1 records and %2 PDFs (%3 pages) in %4 s.")
                 .arg(summary->records)
                 .arg(summary->pdfs)
                 .arg(summary->pdfPages)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    if (summary->loans > 0)
        m_out << tr("Lent %1 copies to %2 sample borrowers.").arg(summary->loans).arg(summary->borrowers)
              << '\n';
    return 0;
}

// Saved all the same: what the form would have shown before saving.
void CliApplication::warnAbout(const RecordSaver::Saved& saved)
{
    for (const auto& w : saved.warnings)
        m_err << tr("warning: record %1: %2").arg(saved.id).arg(w.message) << '\n';
    for (const auto& d : saved.duplicates)
        m_err << tr("warning: record %1 may be a duplicate: %2").arg(saved.id).arg(RecordSaver::describe(d))
              << '\n';
}

int CliApplication::cmdAdd()
{
    int code = 0;
    QJsonObject object;
    if (!readJsonObject(object, code))
        return code;
    auto record = RecordJson::fromJson(object);
    if (!record)
        return fail(record.errorMessage());
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    record->id = 0;
    auto saved = RecordSaver(*db, clock).save({*record, {}, {}}, RecordSaver::Duplicates::Accept);
    if (!saved)
        return fail(saved.errorMessage());
    warnAbout(*saved);
    if (m_args.flags.contains(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), saved->id}}).toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << saved->id << '\n';
    return 0;
}

int CliApplication::cmdShow()
{
    int code = 0;
    qint64 id = 0;
    if (!positiveId(m_args.positional.first(), id, code))
        return code;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    RecordRepository records(*db, clock);
    auto record = records.get(id);
    if (!record)
        return fail(record.errorMessage());
    if (m_args.flags.contains(QStringLiteral("json"))) {
        QJsonObject json = RecordJson::toJson(*record);
        QJsonArray attachments = json.value(QStringLiteral("attachments")).toArray();
        for (int i = 0; i < attachments.size(); ++i) {
            QJsonObject a = attachments.at(i).toObject();
            const auto stored = Extraction::stored(*db, a.value(QStringLiteral("sha256")).toString());
            if (!stored)
                return fail(stored.errorMessage());
            if (const auto& e = *stored)
                a.insert(QStringLiteral("extraction"),
                         QJsonObject{{QStringLiteral("state"), Extraction::key(e->state)},
                                     {QStringLiteral("pages"), e->pages},
                                     {QStringLiteral("message"), e->message},
                                     {QStringLiteral("ocr"), e->recognised}});
            attachments[i] = a;
        }
        json.insert(QStringLiteral("attachments"), attachments);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    const Record& r = *record;
    m_out << tr("Record %1 — %2").arg(r.id).arg(Vocabulary::label(r.type)) << '\n';
    m_out
        << tr("Title: %1").arg(r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" : ") + r.subtitle)
        << '\n';
    for (const Responsibility& p : r.responsibilities)
        m_out << tr("%1: %2").arg(Vocabulary::label(p.role), p.name) << '\n';
    auto line = [this](const QString& label, const QString& value) {
        if (!value.isEmpty())
            m_out << tr("%1: %2").arg(label, value) << '\n';
    };
    line(tr("Publisher"), QStringList({r.place, r.publisher})
                              .filter(QRegularExpression(QStringLiteral(".")))
                              .join(QStringLiteral(" : ")));
    line(tr("Date"), r.date);
    line(tr("Part of"),
         QStringList({r.containerTitle, r.volume.isEmpty() ? QString() : tr("vol. %1").arg(r.volume),
                      r.issue.isEmpty() ? QString() : tr("no. %1").arg(r.issue),
                      r.pages.isEmpty() ? QString() : tr("pp. %1").arg(r.pages)})
             .filter(QRegularExpression(QStringLiteral(".")))
             .join(QStringLiteral(", ")));
    line(tr("Nature"), r.genre);
    line(tr("Consulted on"), r.accessed);
    line(tr("ISBN"), r.isbn);
    line(tr("ISSN"), r.issn);
    line(tr("Extent"), r.extent);
    line(tr("Subjects"), r.subjects.join(QStringLiteral(" ; ")));
    line(tr("Keywords"), r.keywords.join(QStringLiteral(" ; ")));
    line(tr("Territories"), r.territories.join(QStringLiteral(" ; ")));
    line(tr("Call number"), r.callNumber);
    line(tr("Abstract"), r.abstract);
    for (const Copy& c : r.copies)
        m_out << tr("Copy %1: %2, %3 (%4)")
                     .arg(c.barcode, c.callNumber, c.location, Vocabulary::label(c.status))
              << '\n';
    for (const Attachment& a : r.attachments) {
        m_out << tr("Attachment %1: %2 (%3 bytes) — %4")
                     .arg(a.id)
                     .arg(a.fileName)
                     .arg(a.size)
                     .arg(Extraction::stateLine(*db, a.sha256, tr("not read yet for search")))
              << '\n';
    }
    return 0;
}

int CliApplication::cmdList()
{
    RecordPageRequest request;
    if (m_args.options.contains(QStringLiteral("type"))) {
        const auto type = Vocabulary::documentTypeFromKey(m_args.options.value(QStringLiteral("type")));
        if (!type)
            return usage(tr("Unknown document type \"%1\" (one of: %2).")
                             .arg(m_args.options.value(QStringLiteral("type")),
                                  Vocabulary::keyList(Vocabulary::documentTypes())));
        request.filter.type = type;
    }
    request.filter.text = m_args.options.value(QStringLiteral("search"));
    if (m_args.options.contains(QStringLiteral("sort"))) {
        const QString key = m_args.options.value(QStringLiteral("sort"));
        if (!sorts().contains(key))
            return usage(tr("Unknown sort \"%1\".").arg(key));
        request.sort = sorts().value(key);
    }
    if (m_args.flags.contains(QStringLiteral("desc")))
        request.order = Qt::DescendingOrder;
    qint64 limit = -1;
    if (m_args.options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_args.options.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            return usage(tr("--limit takes a whole number."));
    }
    int code = 0;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    RecordRepository records(*db, clock);
    const bool json = m_args.flags.contains(QStringLiteral("json"));
    qint64 printed = 0;
    if (json)
        m_out << "[";
    request.limit = 500;
    for (;;) {
        const auto read = records.page(request);
        if (!read)
            return fail(read.errorMessage());
        const RecordPage& page = *read;
        for (const RecordSummary& s : page.rows) {
            if (limit >= 0 && printed >= limit)
                break;
            if (json) {
                auto record = records.get(s.id);
                if (!record)
                    return fail(record.errorMessage());
                m_out << (printed ? ",\n" : "\n")
                      << QJsonDocument(RecordJson::toJson(*record)).toJson(QJsonDocument::Compact);
            } else {
                m_out << s.id << '\t' << Vocabulary::key(s.type) << '\t'
                      << (s.year ? QString::number(s.year) : QString()) << '\t' << s.title << '\t'
                      << s.authors << '\n';
            }
            ++printed;
        }
        if (!page.next || (limit >= 0 && printed >= limit))
            break;
        request.after = page.next;
    }
    if (json)
        m_out << (printed ? "\n]\n" : "]\n");
    return 0;
}

int CliApplication::cmdEdit()
{
    int code = 0;
    qint64 id = 0;
    if (!positiveId(m_args.positional.first(), id, code))
        return code;
    QJsonObject patch;
    if (!readJsonObject(patch, code))
        return code;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    RecordRepository records(*db, clock);
    // The patch is applied to the record as it is when written: read and
    // saved under one write lock.
    auto transaction = WriteTransaction::begin(db->connection());
    if (!transaction)
        return fail(transaction.errorMessage());
    auto record = records.get(id);
    if (!record)
        return fail(record.errorMessage());
    auto changed = RecordJson::merge(*record, patch);
    if (!changed)
        return fail(tr("Record %1: %2").arg(id).arg(changed.errorMessage()));
    auto saved = RecordSaver(*db, clock).save({*changed, {}, {}}, RecordSaver::Duplicates::Accept);
    if (!saved)
        return fail(tr("Record %1: %2").arg(id).arg(saved.errorMessage()));
    if (auto s = transaction->commit(); !s)
        return fail(s.errorMessage());
    warnAbout(*saved);
    return 0;
}

int CliApplication::cmdDelete()
{
    int code = 0;
    qint64 id = 0;
    if (!positiveId(m_args.positional.first(), id, code))
        return code;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    RecordRepository records(*db, clock);
    if (auto s = records.remove(id); !s)
        return fail(s.errorMessage());
    return 0;
}

int CliApplication::cmdAttach()
{
    int code = 0;
    qint64 id = 0;
    if (!positiveId(m_args.positional.first(), id, code))
        return code;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    AttachmentStore store(*db, clock);
    auto attachment = store.attach(id, m_args.positional.at(1));
    if (!attachment)
        return fail(attachment.errorMessage());
    if (m_args.flags.contains(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), attachment->id},
                                           {QStringLiteral("sha256"), attachment->sha256},
                                           {QStringLiteral("size"), attachment->size}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << attachment->id << '\n';
    return 0;
}

int CliApplication::cmdDetach()
{
    int code = 0;
    qint64 id = 0;
    if (!positiveId(m_args.positional.first(), id, code))
        return code;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    AttachmentStore store(*db, clock);
    if (auto s = store.detach(id); !s)
        return fail(s.errorMessage());
    return 0;
}

int CliApplication::cmdCheck()
{
    int code = 0;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    auto report = Maintenance::check(*db);
    if (!report)
        return fail(report.errorMessage());
    for (const QString& problem : report->problems)
        m_out << problem << '\n';
    if (!report->problems.isEmpty())
        return fail(tr("%n problem(s) found.", nullptr, int(report->problems.size())));
    m_out << tr("Catalogue sound: %1 records, %2 stored files.").arg(report->records).arg(report->attachments)
          << '\n';
    return 0;
}

int CliApplication::cmdBackup()
{
    int code = 0;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    if (auto s = Maintenance::backup(*db, m_args.positional.first()); !s)
        return fail(s.errorMessage());
    m_out << tr("Backup written: %1").arg(m_args.positional.first()) << '\n';
    return 0;
}

int CliApplication::cmdRestore()
{
    const QString target = Database::resolvePath(m_args.options.value(QStringLiteral("db")));
    SystemClock clock;
    // The people erased since that backup are erased again.
    auto erased = PersonalData::restoreBackup(m_args.positional.first(), target, clock);
    if (!erased)
        return fail(erased.errorMessage());
    m_out << tr("Catalogue restored from %1").arg(m_args.positional.first()) << '\n';
    if (*erased > 0)
        m_out << tr("%n borrower(s) erased since that backup erased again.", nullptr, *erased) << '\n';
    return 0;
}

int CliApplication::cmdThesaurus()
{
    int code = 0;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    Thesaurus thesaurus(*db, clock);
    if (m_args.positional.isEmpty()) {
        std::function<Status(const Thesaurus::Descriptor&, int)> print = [&](const Thesaurus::Descriptor& d,
                                                                             int depth) -> Status {
            m_out << QString(depth * 2, u' ') << d.label << '\n';
            const auto narrower = thesaurus.narrower(d.id);
            if (!narrower)
                return narrower.error();
            for (const auto& n : *narrower)
                if (auto s = print(n, depth + 1); !s)
                    return s;
            return Status::success();
        };
        const auto tops = thesaurus.topTerms();
        if (!tops)
            return fail(tops.errorMessage());
        for (const auto& top : *tops)
            if (auto s = print(top, 0); !s)
                return fail(s.errorMessage());
        return 0;
    }
    const auto found = thesaurus.find(m_args.positional.first());
    if (!found)
        return fail(found.errorMessage());
    if (!*found)
        return fail(tr("\"%1\" is not in the thesaurus.").arg(m_args.positional.first()));
    const Thesaurus::Descriptor& d = **found;
    const auto broader = thesaurus.broader(d.id);
    const auto narrower = thesaurus.narrower(d.id);
    const auto related = thesaurus.related(d.id);
    const auto nonPreferred = thesaurus.nonPreferred(d.id);
    const auto records = thesaurus.recordCount(d.id);
    for (const QString& error : {broader.errorMessage(), narrower.errorMessage(), related.errorMessage(),
                                 nonPreferred.errorMessage(), records.errorMessage()})
        if (!error.isEmpty())
            return fail(error);
    auto labels = [](const QList<Thesaurus::Descriptor>& list) {
        QStringList out;
        for (const auto& x : list)
            out.append(x.label);
        return out.join(QStringLiteral(" ; "));
    };
    m_out << d.label << '\n';
    m_out << tr("  BT (broader): %1").arg(labels(*broader)) << '\n';
    m_out << tr("  NT (narrower): %1").arg(labels(*narrower)) << '\n';
    m_out << tr("  RT (related): %1").arg(labels(*related)) << '\n';
    m_out << tr("  UF (used for): %1").arg(nonPreferred->join(QStringLiteral(" ; "))) << '\n';
    m_out << tr("  Records: %1").arg(*records) << '\n';
    return 0;
}

} // namespace infodoc::app

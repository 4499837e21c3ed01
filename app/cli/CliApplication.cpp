#include "cli/CliApplication.h"

#include "cli/OutputCommands.h"
#include "cli/SearchCommands.h"

#include "catalog/AttachmentStore.h"
#include "catalog/RecordJson.h"
#include "catalog/RecordRepository.h"
#include "catalog/StarterData.h"
#include "catalog/Thesaurus.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "search/ExtractedText.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

struct CommandSpec
{
    QStringList valueOptions;
    QStringList flagOptions;
    int minPositional = 0;
    int maxPositional = 0;
};

const QHash<QString, CommandSpec>& commands()
{
    static const QHash<QString, CommandSpec> specs = {
        {QStringLiteral("init"), {{}, {}, 0, 0}},
        {QStringLiteral("demo"),
         {{QStringLiteral("records"), QStringLiteral("pdf-every"), QStringLiteral("seed")}, {}, 0, 0}},
        {QStringLiteral("add"), {{QStringLiteral("file")}, {QStringLiteral("json")}, 0, 0}},
        {QStringLiteral("show"), {{}, {QStringLiteral("json")}, 1, 1}},
        {QStringLiteral("list"),
         {{QStringLiteral("type"), QStringLiteral("search"), QStringLiteral("limit"), QStringLiteral("sort")},
          {QStringLiteral("json"), QStringLiteral("desc")},
          0,
          0}},
        {QStringLiteral("edit"), {{QStringLiteral("file")}, {}, 1, 1}},
        {QStringLiteral("delete"), {{}, {}, 1, 1}},
        {QStringLiteral("attach"), {{}, {QStringLiteral("json")}, 2, 2}},
        {QStringLiteral("detach"), {{}, {}, 1, 1}},
        {QStringLiteral("check"), {{}, {}, 0, 0}},
        {QStringLiteral("backup"), {{}, {}, 1, 1}},
        {QStringLiteral("restore"), {{}, {}, 1, 1}},
        {QStringLiteral("thesaurus"), {{}, {}, 0, 1}},
        {QStringLiteral("search"),
         {{QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("sort"),
           QStringLiteral("filter"), QStringLiteral("similar")},
          {QStringLiteral("json"), QStringLiteral("exact"), QStringLiteral("narrower"),
           QStringLiteral("no-facets")},
          0,
          1}},
        {QStringLiteral("index"), {{}, {QStringLiteral("json")}, 1, 1}},
        {QStringLiteral("bibliography"),
         {{QStringLiteral("query"), QStringLiteral("basket"), QStringLiteral("subject"),
           QStringLiteral("ids"), QStringLiteral("limit"), QStringLiteral("style"),
           QStringLiteral("group-by"), QStringLiteral("order"), QStringLiteral("et-al"),
           QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("title"),
           QStringLiteral("intro")},
          {QStringLiteral("abstracts"), QStringLiteral("holdings")},
          0,
          0}},
        {QStringLiteral("sheet"),
         {{QStringLiteral("query"), QStringLiteral("basket"), QStringLiteral("subject"),
           QStringLiteral("limit"), QStringLiteral("format"), QStringLiteral("output"),
           QStringLiteral("template"), QStringLiteral("ids")},
          {},
          0,
          100000}},
        {QStringLiteral("sheet-template"), {{}, {}, 1, 2}},
        {QStringLiteral("basket"), {{}, {}, 0, 1000}},
        {QStringLiteral("centre"),
         {{QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("website"),
           QStringLiteral("email"), QStringLiteral("logo"), QStringLiteral("colour")},
          {},
          0,
          0}},
    };
    return specs;
}

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

CliApplication::CliApplication() : m_out(stdout), m_err(stderr) {}

int CliApplication::usage(const QString& message)
{
    m_err << "infodoc-cli: " << message << '\n' << tr("Try \"infodoc-cli --help\".") << '\n';
    m_err.flush();
    return 2;
}

int CliApplication::fail(const QString& message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    m_err << "infodoc-cli: " << tr("error: %1").arg(line) << '\n';
    m_err.flush();
    return 1;
}

bool CliApplication::parse(const QStringList& arguments, Parsed& parsed, QString& error)
{
    // Global options may stand anywhere; the first bare word is the command.
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (a.contains(u'=')) {
                parsed.options.insert(QStringLiteral("db"), a.section(u'=', 1));
            } else if (i + 1 < arguments.size()) {
                parsed.options.insert(QStringLiteral("db"), arguments.at(++i));
            } else {
                error = tr("--db needs a file name.");
                return false;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            parsed.flags.insert(QStringLiteral("help"));
        } else if (a == QLatin1String("--version")) {
            parsed.flags.insert(QStringLiteral("version"));
        } else {
            rest.append(a);
        }
    }
    if (parsed.flags.contains(QStringLiteral("help")) || parsed.flags.contains(QStringLiteral("version")))
        return true;
    if (rest.isEmpty()) {
        error = tr("No command given.");
        return false;
    }
    parsed.command = rest.takeFirst();
    const auto spec = commands().constFind(parsed.command);
    if (spec == commands().constEnd()) {
        error = tr("Unknown command \"%1\".").arg(parsed.command);
        return false;
    }
    bool onlyPositional = false;
    for (int i = 0; i < rest.size(); ++i) {
        const QString a = rest.at(i) == QLatin1String("-o") ? QStringLiteral("--output") : rest.at(i);
        if (!onlyPositional && a == QLatin1String("--")) {
            onlyPositional = true;
        } else if (!onlyPositional && a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const bool inlineValue = name.contains(u'=');
            if (inlineValue) {
                value = name.section(u'=', 1);
                name = name.section(u'=', 0, 0);
            }
            if (spec->flagOptions.contains(name) && !inlineValue) {
                parsed.flags.insert(name);
            } else if (spec->valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= rest.size()) {
                        error = tr("--%1 needs a value.").arg(name);
                        return false;
                    }
                    value = rest.at(++i);
                }
                parsed.options.insert(name, value);
            } else {
                error = tr("Unknown option --%1 for \"%2\".").arg(name, parsed.command);
                return false;
            }
        } else {
            parsed.positional.append(a);
        }
    }
    if (parsed.positional.size() < spec->minPositional || parsed.positional.size() > spec->maxPositional) {
        error = tr("Wrong number of arguments for \"%1\".").arg(parsed.command);
        return false;
    }
    return true;
}

int CliApplication::run(const QStringList& arguments)
{
    QString error;
    if (!parse(arguments, m_args, error))
        return usage(error);
    if (m_args.flags.contains(QStringLiteral("help"))) {
        printHelp();
        return 0;
    }
    if (m_args.flags.contains(QStringLiteral("version"))) {
        m_out << "infodoc-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString& c = m_args.command;
    if (c == QLatin1String("init"))
        return cmdInit();
    if (c == QLatin1String("demo"))
        return cmdDemo();
    if (c == QLatin1String("add"))
        return cmdAdd();
    if (c == QLatin1String("show"))
        return cmdShow();
    if (c == QLatin1String("list"))
        return cmdList();
    if (c == QLatin1String("edit"))
        return cmdEdit();
    if (c == QLatin1String("delete"))
        return cmdDelete();
    if (c == QLatin1String("attach"))
        return cmdAttach();
    if (c == QLatin1String("detach"))
        return cmdDetach();
    if (c == QLatin1String("check"))
        return cmdCheck();
    if (c == QLatin1String("backup"))
        return cmdBackup();
    if (c == QLatin1String("restore"))
        return cmdRestore();
    if (c == QLatin1String("thesaurus"))
        return cmdThesaurus();
    if (c == QLatin1String("search"))
        return SearchCommands(*this).search();
    if (c == QLatin1String("index"))
        return SearchCommands(*this).index();
    if (c == QLatin1String("bibliography"))
        return OutputCommands(*this).bibliography();
    if (c == QLatin1String("sheet"))
        return OutputCommands(*this).sheet();
    if (c == QLatin1String("sheet-template"))
        return OutputCommands(*this).sheetTemplate();
    if (c == QLatin1String("basket"))
        return OutputCommands(*this).basket();
    if (c == QLatin1String("centre"))
        return OutputCommands(*this).centre();
    return usage(tr("Unknown command \"%1\".").arg(c));
}

void CliApplication::printHelp()
{
    m_out << tr(
        "Usage: infodoc-cli [--db FILE] COMMAND [OPTIONS]\n"
        "\n"
        "The catalogue is FILE, else $INFODOC_DB, else the default catalogue of the user.\n"
        "\n"
        "Commands:\n"
        "  init                      create the catalogue with the starter thesaurus and territories\n"
        "  demo --records N          add N generated sample records (--pdf-every N, --seed S)\n"
        "  add [--file F] [--json]   add one record read as JSON (standard input by default)\n"
        "  show ID [--json]          print a record\n"
        "  list [--json] [--type T] [--search TEXT] [--sort KEY] [--desc] [--limit N]\n"
        "                            list records (KEY: title, authors, year, type, call-number, modified)\n"
        "  edit ID [--file F]        change the fields given as JSON\n"
        "  delete ID                 delete a record with its copies and attachments\n"
        "  attach ID FILE [--json]   attach a file to a record\n"
        "  detach ATTACHMENT-ID      remove an attachment\n"
        "  check                     check the catalogue and its attached files\n"
        "  backup FILE               write a consistent copy of the catalogue\n"
        "  restore FILE              replace the catalogue with a checked backup\n"
        "  thesaurus [TERM]          print the thesaurus, or one descriptor and its relations\n"
        "  search QUERY [--json] [--limit N] [--offset N] [--sort relevance|date|date-asc|title]\n"
        "         [--filter FACET=VALUE;...] [--exact] [--narrower] [--no-facets] [--similar ID]\n"
        "                            full-text search (fields: auteur: titre: sujet: type: territoire:\n"
        "                            annee:2010..2015 cote: langue: ; ET OU SAUF, -word, \"phrase\", "
        "logem*)\n"
        "  index rebuild|sync|status build, update or examine the search index\n"
        "  bibliography --query Q | --basket NAME | --subject TERM | --ids 1,2,3\n"
        "      [--style iso690-author-date|iso690-numeric] [--group-by none|type|subject|territory]\n"
        "      [--order author|date|title] [--abstracts] [--holdings] [--title T] [--intro T] [--et-al N]\n"
        "      --format pdf|odt|html|txt|csl-json|ris|bibtex -o FILE\n"
        "                            write a bibliography in NF ISO 690\n"
        "  sheet ID... | --basket NAME | --subject TERM | --query Q  [--template FILE]\n"
        "      --format pdf|odt|html|json|dc -o PATH\n"
        "                            write experience sheets (several in HTML: PATH is a folder)\n"
        "  sheet-template show | export FILE | import FILE | reset\n"
        "                            the layout of experience sheets kept in the catalogue\n"
        "  basket list | create NAME | show NAME | add NAME ID... | remove NAME ID... |\n"
        "         rename NAME NEW | clear NAME | delete NAME\n"
        "                            named selections of records\n"
        "  centre [--name N] [--address A] [--website W] [--email E] [--logo FILE] [--colour #RRGGBB]\n"
        "                            the centre's identity printed on bibliographies and sheets\n"
        "\n"
        "Exit status: 0 success, 1 error, 2 wrong usage.\n");
}

std::unique_ptr<Database> CliApplication::openCatalogue(bool create, int& exitCode)
{
    const QString path = Database::resolvePath(m_args.options.value(QStringLiteral("db")));
    auto db =
        Database::open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!db) {
        exitCode = fail(db.errorMessage());
        return nullptr;
    }
    if ((*db)->wasCreated()) {
        SystemClock clock;
        if (auto s = StarterData::install(**db, clock); !s) {
            exitCode = fail(s.errorMessage());
            return nullptr;
        }
    }
    return std::move(*db);
}

bool CliApplication::readJsonObject(QJsonObject& object, int& exitCode)
{
    const QString file = m_args.options.value(QStringLiteral("file"));
    QByteArray data;
    QString source = tr("standard input");
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            exitCode = fail(tr("Cannot read %1: %2").arg(file, f.errorString()));
            return false;
        }
        data = f.readAll();
        source = file;
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            exitCode = fail(tr("Cannot read the standard input."));
            return false;
        }
        data = in.readAll();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        exitCode = fail(tr("%1, line %2: invalid JSON (%3).").arg(source).arg(line).arg(error.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        exitCode = fail(tr("%1: a record must be a JSON object.").arg(source));
        return false;
    }
    object = doc.object();
    return true;
}

bool CliApplication::positiveId(const QString& text, qint64& id, int& exitCode)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = usage(tr("\"%1\" is not a record number.").arg(text));
        return false;
    }
    return true;
}

int CliApplication::cmdInit()
{
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
    return 0;
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
    RecordRepository records(*db, clock);
    auto id = records.add(*record);
    if (!id)
        return fail(id.errorMessage());
    if (m_args.flags.contains(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << *id << '\n';
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
            if (const auto e =
                    Extraction::stored(db->connection(), a.value(QStringLiteral("sha256")).toString()))
                a.insert(QStringLiteral("extraction"),
                         QJsonObject{{QStringLiteral("state"), Extraction::key(e->state)},
                                     {QStringLiteral("pages"), e->pages},
                                     {QStringLiteral("message"), e->message}});
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
        const auto extraction = Extraction::stored(db->connection(), a.sha256);
        m_out << tr("Attachment %1: %2 (%3 bytes) — %4")
                     .arg(a.id)
                     .arg(a.fileName)
                     .arg(a.size)
                     .arg(extraction ? Extraction::describe(extraction->state, extraction->pages)
                                     : tr("not read yet for search"))
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
        const RecordPage page = records.page(request);
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
    auto record = records.get(id);
    if (!record)
        return fail(record.errorMessage());
    auto changed = RecordJson::merge(*record, patch);
    if (!changed)
        return fail(tr("Record %1: %2").arg(id).arg(changed.errorMessage()));
    if (auto s = records.update(*changed); !s)
        return fail(tr("Record %1: %2").arg(id).arg(s.errorMessage()));
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
    if (auto s = Maintenance::restore(m_args.positional.first(), target); !s)
        return fail(s.errorMessage());
    m_out << tr("Catalogue restored from %1").arg(m_args.positional.first()) << '\n';
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
        std::function<void(const Thesaurus::Descriptor&, int)> print = [&](const Thesaurus::Descriptor& d,
                                                                           int depth) {
            m_out << QString(depth * 2, u' ') << d.label << '\n';
            for (const auto& n : thesaurus.narrower(d.id))
                print(n, depth + 1);
        };
        for (const auto& top : thesaurus.topTerms())
            print(top, 0);
        return 0;
    }
    const auto d = thesaurus.find(m_args.positional.first());
    if (!d)
        return fail(tr("\"%1\" is not in the thesaurus.").arg(m_args.positional.first()));
    auto labels = [](const QList<Thesaurus::Descriptor>& list) {
        QStringList out;
        for (const auto& x : list)
            out.append(x.label);
        return out.join(QStringLiteral(" ; "));
    };
    m_out << d->label << '\n';
    m_out << tr("  BT (broader): %1").arg(labels(thesaurus.broader(d->id))) << '\n';
    m_out << tr("  NT (narrower): %1").arg(labels(thesaurus.narrower(d->id))) << '\n';
    m_out << tr("  RT (related): %1").arg(labels(thesaurus.related(d->id))) << '\n';
    m_out << tr("  UF (used for): %1").arg(thesaurus.nonPreferred(d->id).join(QStringLiteral(" ; "))) << '\n';
    m_out << tr("  Records: %1").arg(thesaurus.recordCount(d->id)) << '\n';
    return 0;
}

} // namespace infodoc::app

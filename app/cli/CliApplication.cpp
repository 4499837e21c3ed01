#include "cli/CliApplication.h"

#include "cli/OutputCommands.h"
#include "cli/SearchCommands.h"

#include "catalog/StarterData.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>

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
           QStringLiteral("filter"), QStringLiteral("similar"), QStringLiteral("save"),
           QStringLiteral("saved")},
          {QStringLiteral("json"), QStringLiteral("exact"), QStringLiteral("narrower"),
           QStringLiteral("no-facets")},
          0,
          1}},
        {QStringLiteral("searches"), {{}, {}, 0, 2}},
        {QStringLiteral("visitor"), {{}, {}, 1, 1}},
        {QStringLiteral("batch"),
         {{QStringLiteral("query"), QStringLiteral("basket"), QStringLiteral("subject"),
           QStringLiteral("ids"), QStringLiteral("limit"), QStringLiteral("add-subject"),
           QStringLiteral("remove-subject"), QStringLiteral("add-territory"),
           QStringLiteral("remove-territory"), QStringLiteral("add-keyword"),
           QStringLiteral("remove-keyword"), QStringLiteral("set")},
          {QStringLiteral("dry-run")},
          0,
          0}},
        {QStringLiteral("index"), {{QStringLiteral("language")}, {QStringLiteral("json")}, 1, 2}},
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
    if (c == QLatin1String("searches"))
        return SearchCommands(*this).searches();
    if (c == QLatin1String("visitor"))
        return cmdVisitor();
    if (c == QLatin1String("batch"))
        return OutputCommands(*this).batch();
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
        "         [--save NAME] [--saved NAME]\n"
        "                            keep the search under NAME, or run the search kept as NAME\n"
        "  searches [delete NAME]    list the saved searches, or delete one\n"
        "  index rebuild|sync|status build, update or examine the search index\n"
        "  index ocr [on [--language fra] | off]\n"
        "                            read scanned PDFs by character recognition (Tesseract)\n"
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
        "  batch --query Q | --basket NAME | --subject TERM | --ids 1,2,3  [--dry-run]\n"
        "      --add-subject T | --remove-subject T | --add-territory T | --remove-territory T |\n"
        "      --add-keyword K | --remove-keyword K | --set FIELD=VALUE\n"
        "                            change many records at once (all or nothing)\n"
        "  visitor status | pin | leave\n"
        "                            the visitor mode: set the staff PIN or leave the mode (PIN on standard "
        "input)\n"
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

} // namespace infodoc::app

#include "app/cli/OutputCommands.h"

#include "app/cli/CliApplication.h"
#include "app/cli/SearchCommands.h"
#include "core/catalog/Baskets.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/Clock.h"
#include "core/output/Bibliography.h"
#include "core/output/BibliographyWriter.h"
#include "core/output/CentreIdentity.h"
#include "core/output/DocumentFile.h"
#include "core/output/ExperienceSheets.h"
#include "core/output/OutputTotals.h"
#include "core/output/SheetTemplate.h"
#include "core/output/SheetWriter.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QHash>

namespace infodoc::app {

using namespace infodoc::core;

OutputCommands::OutputCommands(CliApplication& cli) : m_cli(cli) {}

std::optional<QList<qint64>> OutputCommands::selection(Database& db, int& exitCode)
{
    const auto& options = m_cli.m_args.options;
    const QStringList sources = {QStringLiteral("query"), QStringLiteral("basket"), QStringLiteral("subject"),
                                 QStringLiteral("ids")};
    int given = 0;
    for (const QString& s : sources)
        given += options.contains(s) ? 1 : 0;
    if (given != 1) {
        exitCode = m_cli.usage(tr("Choose the records with one of --query, --basket, --subject or --ids."));
        return std::nullopt;
    }
    QList<qint64> ids;
    if (options.contains(QStringLiteral("ids"))) {
        if (!m_cli.idList(options.value(QStringLiteral("ids")), ids, exitCode))
            return std::nullopt;
    } else if (options.contains(QStringLiteral("basket"))) {
        SystemClock clock;
        Baskets baskets(db, clock);
        const auto basket = baskets.find(options.value(QStringLiteral("basket")));
        if (!basket || !*basket) {
            exitCode = m_cli.fail(
                !basket
                    ? basket.errorMessage()
                    : tr("There is no basket named \"%1\".").arg(options.value(QStringLiteral("basket"))));
            return std::nullopt;
        }
        const auto records = baskets.records((*basket)->id);
        if (!records) {
            exitCode = m_cli.fail(records.errorMessage());
            return std::nullopt;
        }
        ids = *records;
    } else if (options.contains(QStringLiteral("subject"))) {
        SystemClock clock;
        Thesaurus thesaurus(db, clock);
        const auto descriptor = thesaurus.find(options.value(QStringLiteral("subject")));
        if (!descriptor) {
            exitCode = m_cli.fail(descriptor.errorMessage());
            return std::nullopt;
        }
        if (!*descriptor) {
            exitCode = m_cli.fail(tr("\"%1\" is not a descriptor of the thesaurus.")
                                      .arg(options.value(QStringLiteral("subject"))));
            return std::nullopt;
        }
        // The descriptor and its narrower terms, as a documentalist expects.
        const auto records = thesaurus.recordsOf((*descriptor)->id);
        if (!records) {
            exitCode = m_cli.fail(records.errorMessage());
            return std::nullopt;
        }
        ids = *records;
    } else {
        auto index = SearchCommands::upToDateIndex(db);
        if (!index) {
            exitCode = m_cli.fail(index.errorMessage());
            return std::nullopt;
        }
        SearchService service(db, **index);
        SearchService::Options search;
        search.query = options.value(QStringLiteral("query"));
        search.limit = options.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt();
        search.facets = false;
        search.snippets = false;
        auto result = service.search(search);
        if (!result) {
            exitCode = m_cli.fail(result.errorMessage());
            return std::nullopt;
        }
        for (const auto& hit : result->hits)
            ids.append(hit.id);
    }
    return ids;
}

int OutputCommands::bibliography()
{
    const auto& options = m_cli.m_args.options;
    BibliographyOptions settings;
    const auto style = BibliographyOptions::styleFromKey(
        options.value(QStringLiteral("style"), QStringLiteral("iso690-author-date")));
    if (!style)
        return m_cli.usage(tr("--style takes iso690-author-date or iso690-numeric."));
    settings.reference.style = *style;
    const auto grouping = BibliographyOptions::groupingFromKey(
        options.value(QStringLiteral("group-by"), QStringLiteral("none")));
    if (!grouping)
        return m_cli.usage(tr("--group-by takes none, type, subject or territory."));
    settings.grouping = *grouping;
    const auto order =
        BibliographyOptions::orderFromKey(options.value(QStringLiteral("order"), QStringLiteral("author")));
    if (!order)
        return m_cli.usage(tr("--order takes author, date or title."));
    settings.order = *order;
    if (options.contains(QStringLiteral("et-al"))) {
        bool ok = false;
        settings.reference.etAlAfter = options.value(QStringLiteral("et-al")).toInt(&ok);
        if (!ok || settings.reference.etAlAfter < 0)
            return m_cli.usage(tr("--et-al takes a whole number (0 lists every author)."));
    }
    const auto format = BibliographyWriter::formatFromKey(options.value(QStringLiteral("format")));
    if (!format)
        return m_cli.usage(tr("--format takes one of: %1.").arg(BibliographyWriter::formatKeys()));
    const QString output = options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return m_cli.usage(tr("Name the file to write with -o FILE."));
    settings.abstracts = m_cli.m_args.flags.contains(QStringLiteral("abstracts"));
    settings.holdings = m_cli.m_args.flags.contains(QStringLiteral("holdings"));
    settings.title = options.value(QStringLiteral("title"));
    settings.introduction = options.value(QStringLiteral("intro"));

    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    const auto ids = selection(*db, code);
    if (!ids)
        return code;
    const auto bibliography = BibliographyBuilder::fromCatalogue(*db, *ids, settings);
    if (!bibliography)
        return m_cli.fail(bibliography.errorMessage());
    if (auto s = BibliographyWriter::write(*bibliography, *format, output); !s)
        return m_cli.fail(s.errorMessage());
    // Counted for the annual report, on the day it is (--today D for another).
    auto clock = m_cli.clockOf(QStringLiteral("today"), code);
    if (!clock)
        return code;
    if (auto s =
            OutputTotals::count(*db, OutputTotals::Kind::Bibliography, clock->now().toLocalTime().date());
        !s)
        return m_cli.fail(s.errorMessage());
    m_cli.m_err << tr("%n reference(s) written to %1.", nullptr, bibliography->count()).arg(output) << '\n';
    return 0;
}

int OutputCommands::basket()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString action = args.value(0, QStringLiteral("list"));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    Baskets baskets(*db, clock);
    if (action == QLatin1String("list")) {
        if (args.size() != 1 && !args.isEmpty())
            return m_cli.usage(tr("\"basket list\" takes no argument."));
        const auto list = baskets.list();
        if (!list)
            return m_cli.fail(list.errorMessage());
        for (const auto& b : *list)
            m_cli.m_out << b.name << '\t' << tr("%n record(s)", nullptr, b.count) << '\n';
        return 0;
    }
    if (args.size() < 2)
        return m_cli.usage(tr("\"basket %1\" needs a basket name.").arg(action));
    const QString name = args.at(1);
    if (action == QLatin1String("create")) {
        if (auto id = baskets.create(name); !id)
            return m_cli.fail(id.errorMessage());
        return 0;
    }
    const auto found = baskets.find(name);
    if (!found)
        return m_cli.fail(found.errorMessage());
    if (!*found)
        return m_cli.fail(tr("There is no basket named \"%1\".").arg(name));
    const auto& basket = *found;
    QList<qint64> ids;
    for (qsizetype i = 2; i < args.size(); ++i) {
        qint64 id = 0;
        if (!m_cli.positiveId(args.at(i), id, code))
            return code;
        ids.append(id);
    }
    if (action == QLatin1String("show")) {
        RecordRepository repository(*db, clock);
        const auto records = baskets.records(basket->id);
        if (!records)
            return m_cli.fail(records.errorMessage());
        for (qint64 id : *records) {
            auto r = repository.get(id);
            if (!r)
                return m_cli.fail(r.errorMessage());
            m_cli.m_out << id << '\t' << r->title << '\t' << r->authorsDisplay() << '\n';
        }
        return 0;
    }
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        if (ids.isEmpty())
            return m_cli.usage(tr("\"basket %1\" needs record numbers.").arg(action));
        auto n = action == QLatin1String("add") ? baskets.add(basket->id, ids)
                                                : baskets.removeRecords(basket->id, ids);
        if (!n)
            return m_cli.fail(n.errorMessage());
        m_cli.m_err << (action == QLatin1String("add") ? tr("%n record(s) added.", nullptr, *n)
                                                       : tr("%n record(s) removed.", nullptr, *n))
                    << '\n';
        return 0;
    }
    if (action == QLatin1String("rename")) {
        if (args.size() != 3)
            return m_cli.usage(tr("\"basket rename\" takes the old and the new name."));
        if (auto s = baskets.rename(basket->id, args.at(2)); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (action == QLatin1String("clear") || action == QLatin1String("delete")) {
        auto s = action == QLatin1String("clear") ? baskets.clear(basket->id) : baskets.remove(basket->id);
        if (!s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    return m_cli.usage(tr("\"basket\" takes list, create, show, add, remove, rename, clear or delete."));
}

int OutputCommands::centre()
{
    const auto& options = m_cli.m_args.options;
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    CentreSettings settings(*db);
    auto stored = settings.load();
    if (!stored)
        return m_cli.fail(stored.errorMessage());
    CentreIdentity identity = *stored;
    bool changed = false;
    const std::pair<const char*, QString*> texts[] = {
        {"name", &identity.name},   {"address", &identity.address},     {"website", &identity.website},
        {"email", &identity.email}, {"colour", &identity.accentColour},
    };
    for (const auto& [key, field] : texts) {
        if (options.contains(QLatin1String(key))) {
            *field = options.value(QLatin1String(key));
            field->replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            changed = true;
        }
    }
    if (options.contains(QStringLiteral("logo"))) {
        const QString path = options.value(QStringLiteral("logo"));
        if (path.isEmpty()) {
            identity.logo.clear();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return m_cli.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
            identity.logo = file.read(4 * 1024 * 1024 + 1);
            if (identity.logo.size() > 4 * 1024 * 1024)
                return m_cli.fail(tr("The logo %1 is larger than 4 MiB.").arg(path));
        }
        changed = true;
    }
    if (changed) {
        if (auto s = settings.save(identity); !s)
            return m_cli.fail(s.errorMessage());
    }
    m_cli.m_out << tr("Name: %1").arg(identity.name) << '\n'
                << tr("Address: %1").arg(QString(identity.address).replace(u'\n', QStringLiteral(" / ")))
                << '\n'
                << tr("Website: %1").arg(identity.website) << '\n'
                << tr("E-mail: %1").arg(identity.email) << '\n'
                << tr("Colour: %1").arg(identity.accentColour) << '\n'
                << tr("Logo: %1")
                       .arg(identity.logo.isEmpty() ? tr("none")
                                                    : tr("%n byte(s)", nullptr, int(identity.logo.size())))
                << '\n';
    return 0;
}

int OutputCommands::sheet()
{
    const auto& options = m_cli.m_args.options;
    const auto format = SheetWriter::formatFromKey(options.value(QStringLiteral("format")));
    if (!format)
        return m_cli.usage(tr("--format takes one of: %1.").arg(SheetWriter::formatKeys()));
    const QString output = options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return m_cli.usage(
            tr("Name the file (or, for several sheets in HTML, the folder) to write with -o PATH."));
    int code = 0;
    QList<qint64> ids;
    for (const QString& arg : m_cli.m_args.positional) {
        qint64 id = 0;
        if (!m_cli.positiveId(arg, id, code))
            return code;
        ids.append(id);
    }
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    ExperienceSheets sheets(*db);
    if (ids.isEmpty()) {
        // A search, a basket or a subject may hold other documents too.
        const auto chosen = selection(*db, code);
        if (!chosen)
            return code;
        const auto among = sheets.sheetsAmong(*chosen);
        if (!among)
            return m_cli.fail(among.errorMessage());
        ids = *among;
        if (ids.isEmpty())
            return m_cli.fail(tr("There is no experience sheet among the %n chosen record(s).", nullptr,
                                 int(chosen->size())));
    } else if (options.contains(QStringLiteral("query")) || options.contains(QStringLiteral("basket")) ||
               options.contains(QStringLiteral("subject")) || options.contains(QStringLiteral("ids"))) {
        return m_cli.usage(tr("Give record numbers or one of --query, --basket, --subject, not both."));
    }
    SheetWriter::Options layout;
    const auto centre = CentreSettings(*db).load();
    if (!centre)
        return m_cli.fail(centre.errorMessage());
    layout.centre = *centre;
    if (!options.contains(QStringLiteral("template"))) {
        const auto stored = SheetTemplates::load(*db);
        if (!stored)
            return m_cli.fail(stored.errorMessage());
        layout.layout = *stored;
    } else {
        const QString path = options.value(QStringLiteral("template"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return m_cli.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        auto parsed = SheetTemplates::fromJson(file.readAll(), path);
        if (!parsed)
            return m_cli.fail(parsed.errorMessage());
        layout.layout = *parsed;
    }
    auto documents = sheets.load(ids, layout.layout);
    if (!documents)
        return m_cli.fail(documents.errorMessage());
    if (auto s = SheetWriter::write(*documents, layout, *format, output); !s)
        return m_cli.fail(s.errorMessage());
    m_cli.m_err << tr("%n experience sheet(s) written to %1.", nullptr, int(documents->size())).arg(output)
                << '\n';
    return 0;
}

int OutputCommands::sheetTemplate()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString action = args.value(0);
    const bool withFile = action == QLatin1String("export") || action == QLatin1String("import");
    if (withFile != (args.size() == 2) ||
        !(withFile || action == QLatin1String("show") || action == QLatin1String("reset")))
        return m_cli.usage(tr("Use: sheet-template show | export FILE | import FILE | reset"));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    if (action == QLatin1String("show") || action == QLatin1String("export")) {
        const auto stored = SheetTemplates::load(*db);
        if (!stored)
            return m_cli.fail(stored.errorMessage());
        const QByteArray json = SheetTemplates::toJson(*stored);
        if (action == QLatin1String("show")) {
            m_cli.m_out << QString::fromUtf8(json);
            return 0;
        }
        if (auto s = DocumentFile::saveBytes(json, args.at(1)); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (action == QLatin1String("reset")) {
        if (auto s = SheetTemplates::reset(*db); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return m_cli.fail(tr("Cannot read %1: %2").arg(args.at(1), file.errorString()));
    auto parsed = SheetTemplates::fromJson(file.readAll(), args.at(1));
    if (!parsed)
        return m_cli.fail(parsed.errorMessage());
    if (auto s = SheetTemplates::save(*db, *parsed); !s)
        return m_cli.fail(s.errorMessage());
    return 0;
}

} // namespace infodoc::app

#include "app/cli/InteropCommands.h"

#include "app/cli/CliApplication.h"
#include "app/cli/OutputCommands.h"
#include "core/common/Clock.h"
#include "core/interop/Exporter.h"
#include "core/interop/Importer.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/RemoteCatalogue.h"
#include "core/output/CentreIdentity.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

QJsonObject problemJson(const Importer::Problem& p)
{
    return QJsonObject{{QStringLiteral("record"), p.record},
                       {QStringLiteral("line"), p.line},
                       {QStringLiteral("field"), p.field},
                       {QStringLiteral("message"), p.message}};
}

} // namespace

InteropCommands::InteropCommands(CliApplication& cli) : m_cli(cli) {}

int InteropCommands::importFile()
{
    const auto& options = m_cli.m_args.options;
    const auto& flags = m_cli.m_args.flags;
    Importer::Request request;
    const auto format = Importer::formatFromKey(options.value(QStringLiteral("format")));
    if (!format)
        return m_cli.usage(tr("Unknown format \"%1\" (marc, unimarc, marc21, marcxml, ris, bibtex, csl-json, "
                              "dc, csv, package).")
                               .arg(options.value(QStringLiteral("format"))));
    request.format = *format;
    const auto charset = MarcCodec::charsetFromKey(options.value(QStringLiteral("charset")));
    if (!charset)
        return m_cli.usage(tr("Unknown character set \"%1\" (utf-8, marc-8, iso-5426, iso-8859-1).")
                               .arg(options.value(QStringLiteral("charset"))));
    request.charset = *charset;
    if (options.contains(QStringLiteral("mapping"))) {
        auto mapping = CsvMapping::load(options.value(QStringLiteral("mapping")));
        if (!mapping)
            return m_cli.fail(mapping.errorMessage());
        request.csvMapping = *mapping;
    }
    if (options.contains(QStringLiteral("custom-field"))) {
        QString error;
        const auto chosen = LocalFields::parseChoices(options.value(QStringLiteral("custom-field")), &error);
        if (!chosen)
            return m_cli.usage(tr("--custom-field: %1").arg(error));
        request.localFields = *chosen;
    }
    Importer::Options choices;
    if (options.contains(QStringLiteral("on-duplicate"))) {
        const auto choice = Importer::onDuplicateFromKey(options.value(QStringLiteral("on-duplicate")));
        if (!choice)
            return m_cli.usage(tr("--on-duplicate takes skip, merge, replace or new."));
        choices.onDuplicate = *choice;
    }
    choices.validOnly = flags.contains(QStringLiteral("valid-only"));
    choices.addCandidateDescriptors = flags.contains(QStringLiteral("add-descriptors"));
    const bool dryRun = flags.contains(QStringLiteral("dry-run"));
    const bool json = flags.contains(QStringLiteral("json"));

    int exitCode = 0;
    auto db = m_cli.openCatalogue(false, exitCode);
    if (!db)
        return exitCode;
    SystemClock clock;
    Importer importer(*db, clock);
    const QString path = m_cli.m_args.positional.at(0);
    auto plan = importer.prepareFile(path, request);
    if (!plan)
        return m_cli.fail(plan.errorMessage());
    // The columns as read, to correct and give again with --mapping.
    if (options.contains(QStringLiteral("save-mapping"))) {
        if (plan->format != Importer::Format::Csv)
            return m_cli.usage(tr("--save-mapping is for a CSV file."));
        if (auto saved = plan->csvMapping.save(options.value(QStringLiteral("save-mapping"))); !saved)
            return m_cli.fail(saved.errorMessage());
    }

    std::optional<Importer::Outcome> outcome;
    QString refusal;
    if (!dryRun) {
        auto applied = importer.apply(*plan, choices);
        if (applied)
            outcome = *applied;
        else
            refusal = applied.errorMessage();
    }

    if (json) {
        QJsonArray duplicates, errors, warnings, unmatched;
        for (const Importer::Incoming& in : plan->records) {
            for (const Importer::Problem& p : in.errors)
                errors.append(problemJson(p));
            for (const Importer::Problem& p : in.warnings)
                warnings.append(problemJson(p));
            if (in.duplicates.isEmpty() || !in.errors.isEmpty())
                continue;
            QJsonArray matches;
            for (const auto& d : in.duplicates)
                matches.append(d.record.id);
            duplicates.append(
                QJsonObject{{QStringLiteral("record"), in.number},
                            {QStringLiteral("matches"), matches},
                            {QStringLiteral("reason"), Importer::key(in.duplicates.first().reason)}});
        }
        for (auto it = plan->unmatchedSubjects.constBegin(); it != plan->unmatchedSubjects.constEnd(); ++it)
            unmatched.append(
                QJsonObject{{QStringLiteral("subject"), it.key()}, {QStringLiteral("records"), it.value()}});
        QJsonObject out{{QStringLiteral("read"), plan->read()},
                        {QStringLiteral("format"), Importer::key(plan->format)},
                        {QStringLiteral("charsets"), QJsonArray::fromStringList(plan->charsets)},
                        {QStringLiteral("dryRun"), dryRun},
                        {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("errors"), errors},
                        {QStringLiteral("warnings"), warnings},
                        {QStringLiteral("unmatchedSubjects"), unmatched}};
        const int imported = outcome ? outcome->added + outcome->merged + outcome->replaced : 0;
        out.insert(QStringLiteral("imported"), imported);
        if (outcome) {
            out.insert(QStringLiteral("added"), outcome->added);
            out.insert(QStringLiteral("merged"), outcome->merged);
            out.insert(QStringLiteral("replaced"), outcome->replaced);
            out.insert(QStringLiteral("skipped"), outcome->skipped);
            QJsonArray ids;
            for (qint64 id : outcome->ids)
                ids.append(id);
            out.insert(QStringLiteral("ids"), ids);
        }
        if (!refusal.isEmpty())
            out.insert(QStringLiteral("refused"), refusal);
        if (!plan->resumptionToken.isEmpty())
            out.insert(QStringLiteral("resumptionToken"), plan->resumptionToken);
        if (!plan->localFields.isEmpty()) {
            QJsonArray fields;
            for (const LocalFields::Use& u : plan->localFields)
                fields.append(QJsonObject{{QStringLiteral("field"), u.id},
                                          {QStringLiteral("label"), u.label},
                                          {QStringLiteral("tag"), u.tag},
                                          {QStringLiteral("records"), u.records},
                                          {QStringLiteral("to"), LocalFields::key(u.target)}});
            out.insert(QStringLiteral("customFields"), fields);
        }
        if (plan->format == Importer::Format::Csv) {
            QJsonArray columns;
            for (const auto& [column, field] : plan->csvMapping.columns)
                columns.append(
                    QJsonObject{{QStringLiteral("column"), column}, {QStringLiteral("field"), field}});
            out.insert(QStringLiteral("columns"), columns);
        }
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        m_cli.m_out.flush();
        return refusal.isEmpty() ? 0 : m_cli.fail(refusal);
    }

    // The preview, as the assistant shows it.
    auto& out = m_cli.m_out;
    out << tr("%1: %n record(s) read", nullptr, plan->read()).arg(QDir::toNativeSeparators(path));
    if (!plan->charsets.isEmpty())
        out << tr(" (%1)").arg(plan->charsets.join(QLatin1String(", ")));
    out << ".\n";
    if (plan->format == Importer::Format::Csv) {
        QStringList columns;
        for (const auto& [column, field] : plan->csvMapping.columns)
            columns.append(tr("%1 → %2").arg(column, CsvMapping::fieldLabel(field)));
        QStringList left;
        for (const QString& column : plan->csvHeader)
            if (std::none_of(plan->csvMapping.columns.cbegin(), plan->csvMapping.columns.cend(),
                             [&column](const auto& c) { return c.first == column; }))
                left.append(column);
        out << tr("Columns: %1.").arg(columns.join(QLatin1String(" ; "))) << '\n';
        if (!left.isEmpty())
            out << tr("Columns left out (--save-mapping FILE, edit, then --mapping FILE): %1.")
                       .arg(left.join(QLatin1String(" ; ")))
                << '\n';
    }
    if (!plan->localFields.isEmpty()) {
        QStringList fields;
        for (const LocalFields::Use& u : plan->localFields)
            fields.append(tr("%1 (%2, %3, %n record(s)) → %4", nullptr, u.records)
                              .arg(u.id, u.label, u.tag, LocalFields::key(u.target)));
        out << tr("The catalogue's own fields (change with --custom-field NAME=TARGET;…): %1.")
                   .arg(fields.join(QLatin1String(" ; ")))
            << '\n';
    }
    if (!plan->resumptionToken.isEmpty())
        out << tr("The repository has more records: ask it for the next page with the resumption token “%1”.")
                   .arg(plan->resumptionToken)
            << '\n';
    for (const Importer::Incoming& in : plan->records) {
        for (const Importer::Problem& p : in.errors)
            out << tr("Error: %1").arg(Importer::describe(p)) << '\n';
        for (const Importer::Problem& p : in.warnings)
            out << tr("Note: %1").arg(Importer::describe(p)) << '\n';
        if (!in.duplicates.isEmpty() && in.errors.isEmpty())
            out << tr("Record %1 “%2” may already be in the catalogue: %3")
                       .arg(in.number)
                       .arg(in.record.title, RecordSaver::describe(in.duplicates.first()))
                << '\n';
    }
    if (!plan->unmatchedSubjects.isEmpty())
        out << tr("Subjects not in the thesaurus, kept as keywords (--add-descriptors adds them as "
                  "candidates): %1")
                   .arg(QStringList(plan->unmatchedSubjects.keys()).join(QLatin1String(" ; ")))
            << '\n';
    if (dryRun) {
        out << tr("Nothing was written (--dry-run): %n record(s) with errors, ", nullptr, plan->withErrors())
            << tr("%n possible duplicate(s).", nullptr, plan->withDuplicates()) << '\n';
        return 0;
    }
    if (!refusal.isEmpty())
        return m_cli.fail(refusal);
    out << tr("Imported: %n added", nullptr, outcome->added) << ", "
        << tr("%n merged", nullptr, outcome->merged) << ", " << tr("%n replaced", nullptr, outcome->replaced)
        << ", " << tr("%n skipped", nullptr, outcome->skipped) << ".\n";
    if (outcome->descriptorsAdded)
        out << tr("%n candidate descriptor(s) added to the thesaurus.", nullptr, outcome->descriptorsAdded)
            << '\n';
    for (const Importer::Problem& p : outcome->leftOut)
        out << tr("Not imported: %1").arg(Importer::describe(p)) << '\n';
    return 0;
}

int InteropCommands::exportFile()
{
    const auto& options = m_cli.m_args.options;
    const auto format = Exporter::formatFromKey(options.value(QStringLiteral("format")),
                                                options.value(QStringLiteral("flavour")));
    if (!format)
        return m_cli.usage(
            tr("--format takes unimarc, marc21, marcxml (--flavour unimarc|marc21), ris, bibtex, "
               "csl-json, dc, csv, xlsx, package or oai-static."));
    if (!options.contains(QStringLiteral("output")))
        return m_cli.usage(tr("Give the file to write with -o FILE."));
    int exitCode = 0;
    auto db = m_cli.openCatalogue(false, exitCode);
    if (!db)
        return exitCode;
    const auto ids = OutputCommands(m_cli).selection(*db, exitCode);
    if (!ids)
        return exitCode;
    SystemClock clock;
    const QString path = options.value(QStringLiteral("output"));
    Exporter exporter(*db, clock);
    const auto centre = CentreSettings(*db).load();
    if (!centre)
        return m_cli.fail(centre.errorMessage());
    exporter.setSource(centre->name);
    // The static repository is published on the centre's site unless told otherwise.
    QString baseUrl = options.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty() && !centre->website.isEmpty())
        baseUrl = centre->website.trimmed().chopped(centre->website.trimmed().endsWith(u'/') ? 1 : 0) +
                  QStringLiteral("/oai-static.xml");
    exporter.setRepository(baseUrl, centre->email);
    auto written = exporter.write(*ids, *format, path);
    if (!written)
        return m_cli.fail(written.errorMessage());
    m_cli.m_err << tr("%n record(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path))
                << '\n';
    return 0;
}

int InteropCommands::copyCatalogue(bool z3950)
{
    const auto& options = m_cli.m_args.options;
    const auto& flags = m_cli.m_args.flags;
    if (!options.contains(QStringLiteral("server")))
        return m_cli.usage(tr("Name the server with --server NAME or --server ADDRESS."));
    RemoteCatalogue::Query query;
    query.isbn = options.value(QStringLiteral("isbn"));
    query.title = options.value(QStringLiteral("title"));
    query.author = options.value(QStringLiteral("author"));
    if (query.isEmpty())
        return m_cli.usage(tr("Search with --isbn, --title or --author."));
    int limit = 20;
    if (options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > RemoteCatalogue::kMaxRecords)
            return m_cli.usage(tr("--limit takes a number from 1 to %1.").arg(RemoteCatalogue::kMaxRecords));
    }
    int chosen = 0;
    if (options.contains(QStringLiteral("import"))) {
        bool ok = false;
        chosen = options.value(QStringLiteral("import")).toInt(&ok);
        if (!ok || chosen < 1)
            return m_cli.usage(tr("--import takes the number of a record in the answer (from 1)."));
    }
    Importer::Options choices;
    if (options.contains(QStringLiteral("on-duplicate"))) {
        const auto choice = Importer::onDuplicateFromKey(options.value(QStringLiteral("on-duplicate")));
        if (!choice)
            return m_cli.usage(tr("--on-duplicate takes skip, merge, replace or new."));
        choices.onDuplicate = *choice;
    }
    choices.addCandidateDescriptors = flags.contains(QStringLiteral("add-descriptors"));
    const bool json = flags.contains(QStringLiteral("json"));

    int exitCode = 0;
    auto db = m_cli.openCatalogue(false, exitCode);
    if (!db)
        return exitCode;
    auto server = RemoteCatalogue::find(*db, options.value(QStringLiteral("server")));
    if (!server)
        return m_cli.usage(server.errorMessage());
    if ((server->protocol == RemoteCatalogue::Protocol::Z3950) != z3950)
        return m_cli.usage(
            z3950 ? tr("%1 answers by SRU: infodoc-cli sru --server %1 …").arg(server->name)
                  : tr("%1 answers by Z39.50: infodoc-cli z3950 --server %1 …").arg(server->name));
    auto answer = RemoteCatalogue::search(*server, query, limit);
    if (!answer)
        return m_cli.fail(answer.errorMessage());
    SystemClock clock;
    Importer importer(*db, clock);
    Importer::Request request;
    request.format = answer->format;
    std::optional<Importer::Plan> plan;
    if (answer->count > 0) {
        auto prepared = importer.prepare(answer->records, server->name, request);
        if (!prepared)
            return m_cli.fail(prepared.errorMessage());
        plan = std::move(*prepared);
    }
    std::optional<Importer::Outcome> outcome;
    if (chosen > 0) {
        if (!plan)
            return m_cli.fail(tr("%1 found nothing: there is no record to import.").arg(server->name));
        choices.only = {chosen};
        auto applied = importer.apply(*plan, choices);
        if (!applied)
            return m_cli.fail(applied.errorMessage());
        outcome = *applied;
    }
    if (json) {
        QJsonArray records;
        if (plan) {
            for (const Importer::Incoming& in : plan->records) {
                QJsonArray duplicates, errors;
                for (const auto& d : in.duplicates)
                    duplicates.append(d.record.id);
                for (const auto& p : in.errors)
                    errors.append(problemJson(p));
                records.append(QJsonObject{{QStringLiteral("record"), in.number},
                                           {QStringLiteral("title"), in.record.title},
                                           {QStringLiteral("authors"), in.record.authorsDisplay()},
                                           {QStringLiteral("date"), in.record.date},
                                           {QStringLiteral("isbn"), in.record.isbn},
                                           {QStringLiteral("publisher"), in.record.publisher},
                                           {QStringLiteral("duplicates"), duplicates},
                                           {QStringLiteral("errors"), errors}});
            }
        }
        QJsonObject out{{QStringLiteral("server"), server->name},
                        {QStringLiteral("query"), RemoteCatalogue::queryText(*server, query)},
                        {QStringLiteral("hits"), answer->hits},
                        {QStringLiteral("records"), records}};
        if (outcome) {
            QJsonArray ids;
            for (qint64 id : outcome->ids)
                ids.append(id);
            out.insert(QStringLiteral("imported"), outcome->added + outcome->merged + outcome->replaced);
            out.insert(QStringLiteral("ids"), ids);
        }
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    auto& out = m_cli.m_out;
    out << tr("%1: %n record(s) found", nullptr, int(qMin<qint64>(answer->hits, 2'000'000'000)))
               .arg(server->name);
    if (plan && plan->read() < answer->hits)
        out << tr(", the first %1 shown").arg(plan->read());
    out << ".\n";
    if (plan) {
        for (const Importer::Incoming& in : plan->records) {
            QStringList parts = {in.record.title};
            if (!in.record.authorsDisplay().isEmpty())
                parts.append(in.record.authorsDisplay());
            if (!in.record.publisher.isEmpty() || !in.record.date.isEmpty())
                parts.append(QStringList{in.record.publisher, in.record.date}.join(u' ').trimmed());
            if (!in.record.isbn.isEmpty())
                parts.append(QStringLiteral("ISBN ") + in.record.isbn);
            out << in.number << ". " << parts.join(QStringLiteral(" — ")) << '\n';
            if (!in.duplicates.isEmpty() && in.errors.isEmpty())
                out << "   "
                    << tr("may already be in the catalogue: %1")
                           .arg(RecordSaver::describe(in.duplicates.first()))
                    << '\n';
            for (const auto& p : in.errors)
                out << "   " << tr("cannot be imported: %1").arg(Importer::describe(p)) << '\n';
        }
    }
    if (outcome)
        out << tr("Imported: %n added", nullptr, outcome->added) << ", "
            << tr("%n merged", nullptr, outcome->merged) << ", "
            << tr("%n replaced", nullptr, outcome->replaced) << ", "
            << tr("%n skipped", nullptr, outcome->skipped) << ".\n";
    else if (plan)
        out << tr("Import one with --import N.") << '\n';
    return 0;
}

} // namespace infodoc::app

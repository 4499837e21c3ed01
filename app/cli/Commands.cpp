#include "app/cli/CliApplication.h"

#include "app/cli/BackupCommands.h"
#include "app/cli/CirculationCommands.h"
#include "app/cli/InteropCommands.h"
#include "app/cli/OutputCommands.h"
#include "app/cli/RequestCommands.h"
#include "app/cli/SearchCommands.h"
#include "app/cli/VisitCommands.h"

namespace infodoc::app {

// Every command once: its name, what it takes, its lines of help and what
// runs it. Parsing, dispatch, help and main()'s choice of application object
// read this table.
const QList<CliApplication::Command>& CliApplication::commands()
{
    auto values = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* n : names)
            list.append(QLatin1String(n));
        return list;
    };
    static const QList<Command> list = {
        {QStringLiteral("init"),
         values({"centre", "address", "email", "logo", "backups"}),
         {},
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "[--centre NAME [--address TEXT] [--email E] [--logo IMAGE] [--backups DIR]]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "create the catalogue with the starter thesaurus and territories; with --centre, "
               "the centre's catalogue with its identity and automatic backups to DIR")}},
         [](CliApplication& c) { return c.cmdInit(); }},
        {QStringLiteral("demo"),
         values({"records", "pdf-every", "seed"}),
         {},
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "--records N"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "add N generated sample records (--pdf-every N, --seed S)")}},
         [](CliApplication& c) { return c.cmdDemo(); }},
        {QStringLiteral("add"),
         values({"file"}),
         values({"json"}),
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "[--file F] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "add one record read as JSON (standard input by default)")}},
         [](CliApplication& c) { return c.cmdAdd(); }},
        {QStringLiteral("show"),
         {},
         values({"json"}),
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "ID [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "print a record")}},
         [](CliApplication& c) { return c.cmdShow(); }},
        {QStringLiteral("list"),
         values({"type", "search", "limit", "sort"}),
         values({"json", "desc"}),
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "[--json] [--type T] [--search TEXT] [--sort KEY] [--desc] [--limit N]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "list records (KEY: title, authors, year, type, call-number, modified)")}},
         [](CliApplication& c) { return c.cmdList(); }},
        {QStringLiteral("edit"),
         values({"file"}),
         {},
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "ID [--file F]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "change the fields given as JSON")}},
         [](CliApplication& c) { return c.cmdEdit(); }},
        {QStringLiteral("delete"),
         {},
         {},
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "ID"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "delete a record with its copies and attachments")}},
         [](CliApplication& c) { return c.cmdDelete(); }},
        {QStringLiteral("attach"),
         {},
         values({"json"}),
         2,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "ID FILE [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "attach a file to a record")}},
         [](CliApplication& c) { return c.cmdAttach(); }},
        {QStringLiteral("detach"),
         {},
         {},
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "ATTACHMENT-ID"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "remove an attachment")}},
         [](CliApplication& c) { return c.cmdDetach(); }},
        {QStringLiteral("check"),
         {},
         {},
         0,
         0,
         false,
         {{"", QT_TRANSLATE_NOOP("infodoc::app::Commands", "check the catalogue and its attached files")}},
         [](CliApplication& c) { return c.cmdCheck(); }},
        {QStringLiteral("backup"),
         {},
         {},
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "FILE"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "write a consistent copy of the catalogue")}},
         [](CliApplication& c) { return c.cmdBackup(); }},
        {QStringLiteral("restore"),
         {},
         {},
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "FILE"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "replace the catalogue with a checked backup")}},
         [](CliApplication& c) { return c.cmdRestore(); }},
        {QStringLiteral("backups"),
         values({"folder", "daily", "weekly", "monthly", "at", "at-close"}),
         values({"on", "off", "json"}),
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "policy [--on|--off] [--folder DIR] [--daily N] [--weekly N] [--monthly N]\n"
                             "[--at HH:MM|never] [--at-close yes|no] | run | list [--json] | verify FILE"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "automatic backups: where they go and how many are kept, write one now (verified, "
               "then the rotation), list them with their state, check one")}},
         [](CliApplication& c) { return BackupCommands(c).backups(); }},
        {QStringLiteral("thesaurus"),
         {},
         {},
         0,
         1,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "[TERM]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "print the thesaurus, or one descriptor and its relations")}},
         [](CliApplication& c) { return c.cmdThesaurus(); }},
        {QStringLiteral("search"),
         values({"limit", "offset", "sort", "filter", "similar", "save", "saved"}),
         values({"json", "exact", "narrower", "no-facets"}),
         0,
         1,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "QUERY [--json] [--limit N] [--offset N] [--sort relevance|date|date-asc|title]\n"
               "[--filter FACET=VALUE;...] [--exact] [--narrower] [--no-facets] "
               "[--similar ID]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "full-text search (fields: auteur: titre: sujet: type: territoire:\n"
                             "annee:2010..2015 cote: langue: ; ET OU SAUF, -word, \"phrase\", logem*)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "[--save NAME] [--saved NAME]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "keep the search under NAME, or run the search kept as NAME")}},
         [](CliApplication& c) { return SearchCommands(c).search(); }},
        {QStringLiteral("searches"),
         {},
         {},
         0,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "[delete NAME]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "list the saved searches, or delete one")}},
         [](CliApplication& c) { return SearchCommands(c).searches(); }},
        {QStringLiteral("index"),
         values({"language"}),
         values({"json"}),
         1,
         2,
         false,
         {{"rebuild|sync|status",
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "build, update or examine the search index")},
          {"ocr [on [--language fra] | off]",
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "read scanned PDFs by character recognition (Tesseract)")}},
         [](CliApplication& c) { return SearchCommands(c).index(); }},
        {QStringLiteral("bibliography"),
         values({"query", "basket", "subject", "ids", "limit", "style", "group-by", "order", "et-al",
                 "format", "output", "title", "intro", "today"}),
         values({"abstracts", "holdings"}),
         0,
         0,
         true,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "--query Q | --basket NAME | --subject TERM | --ids 1,2,3\n"
               "[--style iso690-author-date|iso690-numeric] [--group-by none|type|subject|territory]\n"
               "[--order author|date|title] [--abstracts] [--holdings] [--title T] [--intro T] "
               "[--et-al N]\n"
               "--format pdf|odt|html|txt|csl-json|ris|bibtex -o FILE"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "write a bibliography in NF ISO 690")}},
         [](CliApplication& c) { return OutputCommands(c).bibliography(); }},
        {QStringLiteral("sheet"),
         values({"query", "basket", "subject", "limit", "format", "output", "template", "ids"}),
         {},
         0,
         100000,
         true,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "ID... | --basket NAME | --subject TERM | --query Q  [--template FILE]\n"
                             "--format pdf|odt|html|json|dc -o PATH"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "write experience sheets (several in HTML: PATH is a folder)")}},
         [](CliApplication& c) { return OutputCommands(c).sheet(); }},
        {QStringLiteral("sheet-template"),
         {},
         {},
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "show | export FILE | import FILE | reset"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the layout of experience sheets kept in the catalogue")}},
         [](CliApplication& c) { return OutputCommands(c).sheetTemplate(); }},
        {QStringLiteral("basket"),
         {},
         {},
         0,
         1000,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "list | create NAME | show NAME | add NAME ID... | remove NAME ID... |\n"
                             "rename NAME NEW | clear NAME | delete NAME"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "named selections of records")}},
         [](CliApplication& c) { return OutputCommands(c).basket(); }},
        {QStringLiteral("centre"),
         values({"name", "address", "website", "email", "logo", "colour"}),
         {},
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "[--name N] [--address A] [--website W] [--email E] [--logo FILE] [--colour #RRGGBB]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the centre's identity printed on bibliographies and sheets")}},
         [](CliApplication& c) { return OutputCommands(c).centre(); }},
        {QStringLiteral("batch"),
         values({"query", "basket", "subject", "ids", "limit", "add-subject", "remove-subject",
                 "add-territory", "remove-territory", "add-keyword", "remove-keyword", "set"}),
         values({"dry-run"}),
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "--query Q | --basket NAME | --subject TERM | --ids 1,2,3  [--dry-run]\n"
               "--add-subject T | --remove-subject T | --add-territory T | --remove-territory T "
               "|\n"
               "--add-keyword K | --remove-keyword K | --set FIELD=VALUE"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "change many records at once (all or nothing)")}},
         [](CliApplication& c) { return OutputCommands(c).batch(); }},
        {QStringLiteral("borrower"),
         values({"file", "search", "limit", "output", "date", "mapping"}),
         values({"json", "dry-run", "valid-only", "update"}),
         1,
         2,
         true,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "add [--file F] | edit CARD [--file F]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "add or change a borrower read as JSON (standard input by default)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "show CARD [--json] | list [--search TEXT] [--limit N] [--json] | delete CARD"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "the borrowers, their loans and holds")},
          {QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "import FILE.csv [--mapping FILE] [--dry-run] [--valid-only] [--update] [--json]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "borrowers from a spreadsheet, PMB's borrowers export among them (all or nothing)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "export CARD [-o FILE.json|FILE.pdf] | erase CARD"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "a person's data (right of access), or erase it (right to erasure)")}},
         [](CliApplication& c) { return CirculationCommands(c).borrower(); }},
        {QStringLiteral("loan"),
         values({"borrower", "date", "copy", "record"}),
         values({"json", "overdue", "all"}),
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "checkout COPY --borrower CARD | checkin COPY | renew COPY | lost COPY  [--date D]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "lend, return, renew, mark lost (--date: a loan made on another day)")},
          {QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "list [--overdue] [--borrower CARD] [--copy COPY] [--record ID] [--all] [--json] [--date D]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the loans out, the late ones, or a history (--all)")}},
         [](CliApplication& c) { return CirculationCommands(c).loan(); }},
        {QStringLiteral("hold"),
         values({"borrower", "record", "copy", "date", "output"}),
         values({"json", "ready"}),
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "add --record ID|--copy COPY --borrower CARD | list [--ready] [--borrower CARD]\n"
               "cancel ID | expire  [--date D]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "holds: the queue, the copies set aside, expiry")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "notify [-o DIR]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "the text telling each borrower their copy is ready (an e-mail file each with -o)")}},
         [](CliApplication& c) { return CirculationCommands(c).hold(); }},
        {QStringLiteral("closure"),
         values({"label", "date"}),
         values({"move-dates"}),
         1,
         3,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "add FROM TO [--label L] [--move-dates] | list | remove ID"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the centre's closures; due dates inside move to the next opening day")}},
         [](CliApplication& c) { return CirculationCommands(c).closure(); }},
        {QStringLiteral("appointment"),
         values({"date", "from", "to", "week", "length", "file", "today", "records", "copy", "consulted",
                 "scanned", "follow-up", "output", "format", "limit"}),
         values({"json", "all", "by-visitor", "pull-list", "bibliography"}),
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "add [--file F] | edit ID [--file F]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "book or change an appointment read as JSON (standard input by default); a refused "
               "booking gives the reason and the nearest free slots")},
          {QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "list [--from D --to D | --week D] [--all] [--json] [-o FILE.pdf] | show ID [--json]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "the appointments coming, or of a period; -o prints the list (PDF, HTML, text)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "confirm ID | done ID | cancel ID | no-show ID"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "an appointment's status")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "slots --date D [--to D] [--length MIN] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "the free slots of a day or a period")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "prepare ID [--limit N] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "documents suggested from the topic: descriptors and their narrower terms, the "
                             "free text, records similar to the selection")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "select ID --records 1,2 [--by-visitor] | unselect ID --records 1,2 | "
                             "selection ID [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the visit's selection, its copies set aside and its loans")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "set-aside ID [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "set aside a copy on the shelf of each selected record for the day")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "print ID --pull-list|--bibliography -o FILE [--format pdf|odt|html|txt]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the copies to take from the shelves, or the selection as an NF ISO 690 "
                             "bibliography with call numbers")},
          {QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "lend ID --copy B | close ID [--consulted 1,2] [--scanned B1,B2] [--follow-up T]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "a loan linked to the visit; closing the visit: what was consulted, the "
                             "follow-up")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "… --today D"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "as of another day (the lead time counts from it)")}},
         [](CliApplication& c) { return VisitCommands(c).appointment(); }},
        {QStringLiteral("hours"),
         {},
         values({"json"}),
         1,
         3,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "show [--json] | set DAY \"9:30-12:30, 14:00-17:30\" | set lengths 30,60,90\n"
                             "set buffer|parallel|lead|step N"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "the opening hours for appointments, the lengths offered, the minutes between two, "
               "how many at once, the lead time in opening days")}},
         [](CliApplication& c) { return VisitCommands(c).hours(); }},
        {QStringLiteral("import"),
         values({"format", "charset", "on-duplicate", "mapping", "save-mapping", "custom-field"}),
         values({"dry-run", "valid-only", "add-descriptors", "json"}),
         1,
         1,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "FILE [--format marc|unimarc|marc21|marcxml|ris|bibtex|csl-json|dc|csv|package] [--charset "
               "C]\n"
               "[--mapping FILE] [--save-mapping FILE] [--custom-field NAME=TARGET;...] [--dry-run]\n"
               "[--on-duplicate skip|merge|replace|new] [--valid-only] [--add-descriptors] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "import records (a PMB, BnF or SUDOC export, a Zotero "
                             "file, a spreadsheet): the preview, then all or nothing")}},
         [](CliApplication& c) { return InteropCommands(c).importFile(); }},
        {QStringLiteral("export"),
         values({"format", "flavour", "output", "ids", "basket", "query", "subject", "limit", "base-url"}),
         {},
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "--format unimarc|marc21|marcxml|ris|bibtex|csl-json|dc|csv|xlsx|package|oai-static\n"
               "[--flavour unimarc|marc21] [--base-url URL] --ids 1,2 | --basket NAME | --query Q | "
               "--subject S\n"
               "-o FILE"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "write records to an exchange file (MARC, a reference "
                             "manager's format, Dublin Core, a spreadsheet, a package for "
                             "the network, a static OAI-PMH repository)")}},
         [](CliApplication& c) { return InteropCommands(c).exportFile(); }},
        {QStringLiteral("sru"),
         values({"server", "isbn", "title", "author", "import", "on-duplicate", "limit"}),
         values({"add-descriptors", "json"}),
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "--server NAME|URL --isbn N | --title T | --author A [--limit N]\n"
                             "[--import N [--on-duplicate skip|merge|replace|new]] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "copy cataloguing: search a library's catalogue by SRU "
                             "(the BnF, the SUDOC), import one of its records")}},
         [](CliApplication& c) { return InteropCommands(c).copyCatalogue(false); }},
        {QStringLiteral("z3950"),
         values({"server", "isbn", "title", "author", "import", "on-duplicate", "limit"}),
         values({"add-descriptors", "json"}),
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "--server NAME|z3950://HOST:PORT/DB --isbn N | --title T | --author A\n"
                             "[--limit N] [--import N [--on-duplicate skip|merge|replace|new]] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "copy cataloguing by Z39.50: the same, from a Z39.50 "
                                                       "server")}},
         [](CliApplication& c) { return InteropCommands(c).copyCatalogue(true); }},
        {QStringLiteral("ics"),
         values({"output", "from", "to", "id", "as", "today"}),
         values({"json"}),
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "export [--from D --to D | --id N] -o FILE.ics"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the appointments for Outlook or Thunderbird (a year from today by default)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "import FILE.ics [--as appointments|closures] [--from D --to D] [--json]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "an agenda or a list of closures, all or nothing; repeated events over the period")}},
         [](CliApplication& c) { return VisitCommands(c).ics(); }},
        {QStringLiteral("reminders"),
         values({"output", "date"}),
         values({"dry-run", "json"}),
         0,
         0,
         true,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "[--dry-run] [--date D] [--json] -o DIR"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "reminder letters for late loans (PDF, ODT and an e-mail file per borrower)")}},
         [](CliApplication& c) { return CirculationCommands(c).reminders(); }},
        {QStringLiteral("reminder-text"),
         values({"subject", "file"}),
         {},
         2,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "show LEVEL | set LEVEL [--subject S] [--file F] | reset LEVEL"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the wording of a reminder level ({name}, {items}, {centre}, {date})")}},
         [](CliApplication& c) { return CirculationCommands(c).reminderText(); }},
        {QStringLiteral("retention"),
         values({"date"}),
         values({"dry-run", "json"}),
         0,
         0,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "[--dry-run] [--date D] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "apply the CNIL retention delays to loans, borrowers and named visitors "
                             "(counts, never names, are logged)")}},
         [](CliApplication& c) { return CirculationCommands(c).retention(); }},
        {QStringLiteral("labels"),
         values({"copies", "records", "basket", "new-since", "borrowers", "layout", "start", "kind",
                 "barcode", "output"}),
         {},
         0,
         0,
         true,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "--copies B1,B2 | --records 1,2 | --basket NAME | --new-since D | --borrowers C1,C2|all\n"
               "[--kind barcode|spine] [--barcode code128|code39] [--layout 3x8|3x7|4x10|2x7|"
               "CxR:WxH@TOP,LEFT]\n"
               "[--start N] -o FILE.pdf"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "barcode and spine labels, borrower cards, on A4 label sheets")}},
         [](CliApplication& c) { return CirculationCommands(c).labels(); }},
        {QStringLiteral("label-sheets"),
         values({"default", "barcode", "add", "remove"}),
         values({"json"}),
         0,
         0,
         true,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "[--default SHEET] [--barcode code128|code39] [--add \"NAME=CxR:WxH@TOP,LEFT\"] "
                             "[--remove NAME] [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the label sheets: the one and the barcode printed by default, the centre's own "
                             "sheets by name")}},
         [](CliApplication& c) { return CirculationCommands(c).labelSheets(); }},
        {QStringLiteral("request"),
         values({"file", "today", "status", "subject", "staff", "text", "due", "from", "to", "minutes",
                 "date", "records", "title", "format", "document", "output", "set"}),
         values({"json", "open"}),
         1,
         3,
         true,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "add [--file F] | edit ID [--file F]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "log or change an Info-Doc request read as JSON (standard input by default): "
                             "requester, channel, received, wanted, subjects, question, staff, status")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "list [--status S] [--open] [--due D] [--subject T] [--staff S] [--text W]\n"
                             "[--from D --to D] [--json] | late | show ID [--json]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the requests, filtered; those wanted by a past day and still open")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "time ID [--minutes N [--staff S] [--date D]]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "time spent on a request, or its entries and total")},
          {QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "answer ID [--text T | --file F.html] [--records 1,2] | capitalise ID [--title T]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the answer and the records given; an answered request kept as a reusable "
                             "“documentary answer” record, without the requester")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "bibliography ID [--format pdf|odt|html|txt] | sheets ID | attach ID FILE |\n"
                             "documents ID [--document N -o FILE]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "documents kept with the request: the records given as an NF ISO 690 "
                             "bibliography or as experience sheets, or any file")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "from-appointment ID | staff [--set \"A, B\"]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "a request from an appointment's follow-up; the staff who handle requests")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "… --today D"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands", "as of another day")}},
         [](CliApplication& c) { return RequestCommands(c).request(); }},
        {QStringLiteral("tally"),
         values({"channel", "subject", "date", "today"}),
         {},
         1,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "add --channel phone|email|visit|letter|appointment [--subject S] [--date D] | "
                             "remove ID | count [--date D]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "quick tallies: a short question answered on the spot, counted by channel and "
                             "theme only")}},
         [](CliApplication& c) { return RequestCommands(c).tally(); }},
        {QStringLiteral("periodical"),
         values({"file", "today", "date", "number", "summary", "barcode", "print-run", "mailed", "scan",
                 "output"}),
         values({"json", "claim"}),
         1,
         2,
         true,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "add [--file F] | edit ID [--file F] | list [--json]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "periodical titles read as JSON: title, issn, publisher, publisherAddress, frequency "
               "(weekly…irregular), own, firstNumber, firstExpected, graceDays")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "receive ID [--number N] [--date D] [--summary T] [--barcode B] [--print-run N] "
                             "[--mailed N] | receive --scan CODE"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "an issue received: its periodical-issue record and copy; the next expected by "
                             "default, or the one of the EAN-13 scanned (977…)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "issues ID [--json] | late [--json] [--claim -o FILE.pdf|odt] [--today D]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "a title's issues; the late and missing issues, and the claim letters to their "
                             "publishers")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "circulation ISSUE [--print-run N] [--mailed N]"),
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "the print run and copies mailed of an issue of the centre's newsletter (its \"id\" "
               "in issues --json)")}},
         [](CliApplication& c) { return RequestCommands(c).periodical(); }},
        {QStringLiteral("report"),
         values({"from", "to", "format", "output", "sections", "introduction", "today"}),
         {},
         0,
         0,
         true,
         {{QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "[--from D --to D] [--sections documents,circulation,visits,requests,publications,"
               "evolution]\n--format pdf|odt|xlsx|csv|json [-o PATH] [--introduction FILE.txt]"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "the annual activity report (a calendar year by default) beside the previous "
                             "period; json without -o prints every figure by section")}},
         [](CliApplication& c) { return RequestCommands(c).report(); }},
        {QStringLiteral("requester-data"),
         values({"output"}),
         {},
         2,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "find NAME | export NAME [-o FILE] | erase NAME"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "named Info-Doc requesters: right of access and erasure (their requests become "
                             "anonymous)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "months N"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "months a requester is kept after their last request ended (12)")}},
         [](CliApplication& c) { return RequestCommands(c).requesterData(); }},
        {QStringLiteral("visitor-data"),
         values({"output"}),
         {},
         2,
         2,
         false,
         {{QT_TRANSLATE_NOOP("infodoc::app::Commands", "find NAME | export NAME [-o FILE] | erase NAME"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "named visitors without a card: right of access and erasure (their "
                             "appointments become anonymous)")},
          {QT_TRANSLATE_NOOP("infodoc::app::Commands", "months N"),
           QT_TRANSLATE_NOOP("infodoc::app::Commands",
                             "months a named visitor is kept after their last visit (12)")}},
         [](CliApplication& c) { return VisitCommands(c).visitorData(); }},
        {QStringLiteral("visitor"),
         {},
         {},
         1,
         1,
         false,
         {{"status | pin | leave",
           QT_TRANSLATE_NOOP(
               "infodoc::app::Commands",
               "the visitor mode: set the staff PIN or leave the mode (PIN on standard input)")}},
         [](CliApplication& c) { return c.cmdVisitor(); }},
    };
    return list;
}

const CliApplication::Command* CliApplication::command(const QString& name)
{
    for (const Command& c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

bool CliApplication::needsDocuments(const QStringList& arguments)
{
    for (const QString& a : arguments)
        if (const Command* c = command(a); c && c->documents)
            return true;
    return false;
}

void CliApplication::printHelp()
{
    auto translate = [](const char* text) {
        return *text ? QCoreApplication::translate("infodoc::app::Commands", text) : QString();
    };
    m_out << tr("Usage: infodoc-cli [--db FILE] COMMAND [OPTIONS]\n"
                "\n"
                "The catalogue is FILE, else $INFODOC_DB, else the default catalogue of the user.\n"
                "\n"
                "Commands:\n");
    const QString indent(28, u' ');
    for (const Command& c : commands()) {
        for (const Command::Usage& usage : c.usages) {
            const QStringList synopsis = translate(usage.synopsis).split(u'\n');
            const QStringList description = translate(usage.description).split(u'\n');
            const QString first = QStringLiteral("  ") + c.name +
                                  (synopsis.first().isEmpty() ? QString() : u' ' + synopsis.first());
            // A short one-line synopsis has its description beside it.
            if (synopsis.size() == 1 && first.size() < indent.size()) {
                m_out << first.leftJustified(indent.size()) << description.first() << '\n';
                for (qsizetype i = 1; i < description.size(); ++i)
                    m_out << indent << description.at(i) << '\n';
                continue;
            }
            m_out << first << '\n';
            for (qsizetype i = 1; i < synopsis.size(); ++i)
                m_out << "      " << synopsis.at(i) << '\n';
            for (const QString& line : description)
                m_out << indent << line << '\n';
        }
    }
    m_out << '\n' << tr("Exit status: 0 success, 1 error, 2 wrong usage.") << '\n';
}

} // namespace infodoc::app

#include "app/cli/SearchCommands.h"

#include "app/cli/CliApplication.h"
#include "core/common/Clock.h"
#include "core/search/IndexSync.h"
#include "core/search/SavedSearches.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/search/TextExtractor.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace infodoc::app {

using namespace infodoc::core;

SearchCommands::SearchCommands(CliApplication& cli) : m_cli(cli) {}

namespace {

ExtractionPool::Options extractionOptions()
{
    ExtractionPool::Options options;
    options.helperPath = ExtractionPool::defaultHelperPath();
    return options;
}

// "Character recognition of scanned PDFs: on (fra)." for `index status` and `index ocr`.
Result<QString> ocrState(Database& db)
{
    const auto language = IndexSync::ocrLanguage(db);
    if (!language)
        return language.error();
    return language->isEmpty()
               ? SearchCommands::tr("Character recognition of scanned PDFs: off.")
               : SearchCommands::tr("Character recognition of scanned PDFs: on (%1).").arg(*language);
}

} // namespace

Result<std::unique_ptr<SearchIndex>> SearchCommands::upToDateIndex(Database& db)
{
    return IndexSync::openUpToDate(db, extractionOptions());
}

int SearchCommands::index()
{
    const QString action = m_cli.m_args.positional.first();
    if (action != QLatin1String("rebuild") && action != QLatin1String("sync") &&
        action != QLatin1String("status") && action != QLatin1String("ocr"))
        return m_cli.usage(tr("\"index\" takes rebuild, sync, status or ocr."));
    if (action != QLatin1String("ocr") && m_cli.m_args.positional.size() > 1)
        return m_cli.usage(tr("\"index %1\" takes no other argument.").arg(action));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    if (action == QLatin1String("ocr"))
        return ocr(*db);
    auto index = SearchIndex::open(SearchIndex::directoryFor(*db), action == QLatin1String("status")
                                                                       ? SearchIndex::Mode::ReadOnly
                                                                       : SearchIndex::Mode::ReadWrite);
    if (!index)
        return m_cli.fail(index.errorMessage());
    IndexSync sync(*db, **index, extractionOptions());
    if (action == QLatin1String("status")) {
        const auto lagRead = sync.lag();
        if (!lagRead)
            return m_cli.fail(lagRead.errorMessage());
        const IndexSync::Lag& lag = *lagRead;
        const auto ocr = ocrState(*db);
        if (!ocr)
            return m_cli.fail(ocr.errorMessage());
        if (m_cli.m_args.flags.contains(QStringLiteral("json"))) {
            m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("indexedSeq"), lag.indexedSeq},
                                                     {QStringLiteral("journalSeq"), lag.journalSeq},
                                                     {QStringLiteral("lag"), lag.journalSeq - lag.indexedSeq},
                                                     {QStringLiteral("documents"), lag.documents},
                                                     {QStringLiteral("records"), lag.records},
                                                     {QStringLiteral("bytes"), (*index)->sizeOnDisk()}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            m_cli.m_out
                << tr("Indexed up to change %1 of %2 (%3 behind); %4 documents for %5 records; %6 on disk.")
                       .arg(lag.indexedSeq)
                       .arg(lag.journalSeq)
                       .arg(lag.journalSeq - lag.indexedSeq)
                       .arg(lag.documents)
                       .arg(lag.records)
                       .arg(QLocale().formattedDataSize((*index)->sizeOnDisk()))
                << '\n';
            m_cli.m_out << *ocr << '\n';
        }
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    auto progress = [this](const QString& stage, int done, int total) {
        m_cli.m_err << '\r' << stage << ": " << done << '/' << total;
        m_cli.m_err.flush();
        return true;
    };
    auto summary = action == QLatin1String("rebuild") ? sync.rebuild(progress) : sync.sync(progress);
    m_cli.m_err << '\n';
    if (!summary)
        return m_cli.fail(summary.errorMessage());
    if (!summary->repaired.isEmpty())
        m_cli.m_out << summary->repaired << '\n';
    m_cli.m_out << tr("%1 records indexed, %2 files read (%3 pages) in %4 s.")
                       .arg(summary->records)
                       .arg(summary->extracted)
                       .arg(summary->pages)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
    return 0;
}

int SearchCommands::ocr(Database& db)
{
    const QString setting = m_cli.m_args.positional.value(1);
    if (setting.isEmpty()) {
        const auto state = ocrState(db);
        if (!state)
            return m_cli.fail(state.errorMessage());
        m_cli.m_out << *state << '\n';
        return 0;
    }
    if (setting == QLatin1String("off")) {
        if (auto s = IndexSync::setOcrLanguage(db, {}); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (setting != QLatin1String("on"))
        return m_cli.usage(tr("\"index ocr\" takes on or off."));
    const QString language = m_cli.m_args.options.value(QStringLiteral("language"), QStringLiteral("fra"));
    if (!TextExtractor::ocrAvailable(language))
        return m_cli.fail(tr("Character recognition needs Tesseract with its \"%1\" data: install the Debian "
                             "packages tesseract-ocr and tesseract-ocr-%1.")
                              .arg(language));
    if (auto s = IndexSync::setOcrLanguage(db, language); !s)
        return m_cli.fail(s.errorMessage());
    m_cli.m_out
        << tr("Scanned PDFs will be read by character recognition (%1) at the next update of the index "
              "(infodoc-cli index sync).")
               .arg(language)
        << '\n';
    return 0;
}

int SearchCommands::searches()
{
    const QString action = m_cli.m_args.positional.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("delete"))
        return m_cli.usage(tr("\"searches\" takes list or delete NAME."));
    if ((action == QLatin1String("delete")) != (m_cli.m_args.positional.size() == 2))
        return m_cli.usage(tr("\"searches delete\" takes the name of a saved search."));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    SavedSearches saved(*db, clock);
    if (action == QLatin1String("delete")) {
        const QString name = m_cli.m_args.positional.at(1);
        const auto found = saved.find(name);
        if (!found)
            return m_cli.fail(found.errorMessage());
        if (!*found)
            return m_cli.fail(tr("There is no saved search named \"%1\".").arg(name));
        if (auto s = saved.remove((*found)->id); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    const auto list = saved.list();
    if (!list)
        return m_cli.fail(list.errorMessage());
    for (const auto& s : *list) {
        QStringList filters;
        for (auto it = s.options.filters.constBegin(); it != s.options.filters.constEnd(); ++it)
            filters.append(it.key() + u'=' + it.value().join(u','));
        filters.sort();
        m_cli.m_out << s.name << '\t' << s.options.query << '\t' << filters.join(u';') << '\t'
                    << SavedSearches::sortKey(s.options.sort) << '\n';
    }
    return 0;
}

int SearchCommands::search()
{
    SearchService::Options options;
    options.query = m_cli.m_args.positional.value(0);
    bool ok = true;
    if (m_cli.m_args.options.contains(QStringLiteral("limit")))
        options.limit = m_cli.m_args.options.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || options.limit < 0)
        return m_cli.usage(tr("--limit takes a whole number."));
    if (m_cli.m_args.options.contains(QStringLiteral("offset")))
        options.offset = m_cli.m_args.options.value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || options.offset < 0)
        return m_cli.usage(tr("--offset takes a whole number."));
    const QString sort = m_cli.m_args.options.value(QStringLiteral("sort"), QStringLiteral("relevance"));
    const auto sortKey = SavedSearches::sortFromKey(sort);
    if (!sortKey)
        return m_cli.usage(tr("Unknown sort \"%1\".").arg(sort));
    options.sort = *sortKey;
    for (const QString& filter :
         m_cli.m_args.options.value(QStringLiteral("filter")).split(u';', Qt::SkipEmptyParts)) {
        const QString name = filter.section(u'=', 0, 0).trimmed();
        const QStringList values = filter.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        if (name.isEmpty() || values.isEmpty())
            return m_cli.usage(tr("--filter takes FACET=VALUE[,VALUE][;FACET=VALUE]."));
        options.filters[name] += values;
    }
    options.exact = m_cli.m_args.flags.contains(QStringLiteral("exact"));
    options.narrower = m_cli.m_args.flags.contains(QStringLiteral("narrower"));
    options.facets = !m_cli.m_args.flags.contains(QStringLiteral("no-facets"));
    const QString savedName = m_cli.m_args.options.value(QStringLiteral("saved"));
    if (options.query.isEmpty() && savedName.isEmpty() &&
        !m_cli.m_args.options.contains(QStringLiteral("similar")))
        return m_cli.usage(tr("\"search\" needs a query."));

    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    SavedSearches saved(*db, clock);
    if (!savedName.isEmpty()) {
        const auto found = saved.find(savedName);
        if (!found)
            return m_cli.fail(found.errorMessage());
        if (!*found)
            return m_cli.fail(tr("There is no saved search named \"%1\".").arg(savedName));
        const int limit = options.limit;
        const int offset = options.offset;
        options = (*found)->options;
        options.limit = limit;
        options.offset = offset;
    }
    if (m_cli.m_args.options.contains(QStringLiteral("save"))) {
        if (auto s = saved.save(m_cli.m_args.options.value(QStringLiteral("save")), options); !s)
            return m_cli.fail(s.errorMessage());
    }
    auto index = upToDateIndex(*db);
    if (!index)
        return m_cli.fail(index.errorMessage());
    SearchService service(*db, **index);
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));

    auto hitJson = [](const SearchService::Hit& h) {
        QJsonArray pages;
        QJsonArray attachments;
        for (const auto& a : h.attachments) {
            QJsonArray p;
            for (int page : a.pages) {
                p.append(page);
                pages.append(page);
            }
            attachments.append(QJsonObject{{QStringLiteral("id"), a.attachmentId},
                                           {QStringLiteral("fileName"), a.fileName},
                                           {QStringLiteral("pages"), p}});
        }
        return QJsonObject{{QStringLiteral("id"), h.id},
                           {QStringLiteral("title"), h.title},
                           {QStringLiteral("authors"), h.authors},
                           {QStringLiteral("type"), Vocabulary::key(h.type)},
                           {QStringLiteral("year"), h.year},
                           {QStringLiteral("callNumber"), h.callNumber},
                           {QStringLiteral("copies"), h.copies},
                           {QStringLiteral("copiesAvailable"), h.copiesAvailable},
                           {QStringLiteral("score"), h.score},
                           {QStringLiteral("pages"), pages},
                           {QStringLiteral("attachments"), attachments},
                           {QStringLiteral("snippet"), h.snippet}};
    };

    if (m_cli.m_args.options.contains(QStringLiteral("similar"))) {
        qint64 id = 0;
        if (!m_cli.positiveId(m_cli.m_args.options.value(QStringLiteral("similar")), id, code))
            return code;
        auto hits = service.similar(id, options.limit);
        if (!hits)
            return m_cli.fail(hits.errorMessage());
        QJsonArray array;
        for (const auto& h : *hits) {
            if (json)
                array.append(hitJson(h));
            else
                m_cli.m_out << h.id << '\t' << h.title << '\t' << h.authors << '\n';
        }
        if (json)
            m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("total"), qint64(hits->size())},
                                                     {QStringLiteral("hits"), array}})
                               .toJson(QJsonDocument::Indented);
        return 0;
    }

    auto result = service.search(options);
    if (!result)
        return m_cli.fail(result.errorMessage());
    if (json) {
        QJsonArray hits;
        for (const auto& h : result->hits)
            hits.append(hitJson(h));
        QJsonObject facets;
        for (auto it = result->facets.constBegin(); it != result->facets.constEnd(); ++it) {
            QJsonArray values;
            for (const auto& f : it.value())
                values.append(QJsonObject{{QStringLiteral("value"), f.value},
                                          {QStringLiteral("label"), f.label},
                                          {QStringLiteral("count"), f.count}});
            facets.insert(it.key(), values);
        }
        QJsonObject out{{QStringLiteral("total"), result->total},
                        {QStringLiteral("hits"), hits},
                        {QStringLiteral("facets"), facets}};
        if (!result->suggestion.isEmpty())
            out.insert(QStringLiteral("suggestion"), result->suggestion);
        out.insert(QStringLiteral("approximate"), result->approximate);
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    m_cli.m_out << (result->approximate ? tr("About %n record(s) found", nullptr, int(result->total))
                                        : tr("%n record(s) found", nullptr, int(result->total)))
                << '\n';
    if (!result->suggestion.isEmpty())
        m_cli.m_out << tr("Did you mean: %1").arg(result->suggestion) << '\n';
    for (const auto& h : result->hits) {
        m_cli.m_out << h.id << '\t' << h.title << '\t' << h.authors << '\t'
                    << (h.year ? QString::number(h.year) : QString()) << '\n';
        for (const auto& a : h.attachments) {
            QStringList pages;
            for (int p : a.pages)
                pages.append(QString::number(p));
            m_cli.m_out << "\t" << tr("%1, pages %2").arg(a.fileName, pages.join(QStringLiteral(", ")))
                        << '\n';
        }
        if (!h.snippet.isEmpty()) {
            QString plain = h.snippet;
            plain.replace(QLatin1String("<b>"), QLatin1String("["))
                .replace(QLatin1String("</b>"), QLatin1String("]"));
            m_cli.m_out << "\t"
                        << plain.replace(QLatin1String("&lt;"), QLatin1String("<"))
                               .replace(QLatin1String("&gt;"), QLatin1String(">"))
                               .replace(QLatin1String("&amp;"), QLatin1String("&"))
                               .replace(QLatin1String("&quot;"), QLatin1String("\""))
                        << '\n';
        }
    }
    return 0;
}

} // namespace infodoc::app

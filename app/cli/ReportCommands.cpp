#include "app/cli/RequestCommands.h"

#include "app/cli/CliApplication.h"
#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/reports/ActivityReport.h"
#include "core/reports/ReportDocument.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonDocument>

namespace infodoc::app {

using namespace infodoc::core;

// infodoc-cli report: the annual activity report, to a file or, as JSON, to the standard output.
int RequestCommands::report()
{
    const QHash<QString, QString>& options = m_cli.m_args.options;
    const QString key = options.value(QStringLiteral("format"));
    const auto format = ReportDocument::formatFromKey(key);
    if (!format)
        return m_cli.usage(tr("report takes --format %1.").arg(ReportDocument::formatKeys()));
    const QString path = options.value(QStringLiteral("output"));
    if (path.isEmpty() && *format != ReportDocument::Format::Json)
        return m_cli.usage(tr("report --format %1 takes -o PATH.").arg(key));
    int code = 0;
    auto clock = m_cli.clockOf(QStringLiteral("today"), code);
    if (!clock)
        return code;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto calendar = Calendar::load(*db);
    if (!calendar)
        return m_cli.fail(calendar.errorMessage());
    auto [from, to] = ActivityReports::defaultPeriod(calendar->today(*clock));
    for (const auto& [name, day] : {std::pair<const char*, QDate*>{"from", &from}, {"to", &to}}) {
        if (!options.contains(QLatin1String(name)))
            continue;
        auto d = Calendar::parseDate(options.value(QLatin1String(name)));
        if (!d)
            return m_cli.usage(d.errorMessage());
        *day = *d;
    }
    const QStringList sections = options.value(QStringLiteral("sections")).split(u',', Qt::SkipEmptyParts);
    auto report = ActivityReports::build(*db, *clock, from, to, sections);
    if (!report)
        return m_cli.fail(report.errorMessage());
    if (options.contains(QStringLiteral("introduction"))) {
        QFile f(options.value(QStringLiteral("introduction")));
        if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
            return m_cli.fail(tr("Cannot read %1: %2")
                                  .arg(f.fileName(), f.isOpen() ? tr("larger than 1 MB") : f.errorString()));
        report->introduction = QString::fromUtf8(f.readAll());
    }
    if (path.isEmpty()) {
        m_cli.m_out << QJsonDocument(ActivityReports::toJson(*report)).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (auto s = ReportDocument::write(*report, *db, *format, path); !s)
        return m_cli.fail(s.errorMessage());
    return 0;
}

} // namespace infodoc::app

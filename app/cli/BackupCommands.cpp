#include "app/cli/BackupCommands.h"

#include "app/cli/CliApplication.h"
#include "core/common/Clock.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTextStream>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

QString stateKey(AutomaticBackups::Backup::State state)
{
    switch (state) {
    case AutomaticBackups::Backup::State::Verified:
        return QStringLiteral("verified");
    case AutomaticBackups::Backup::State::Damaged:
        return QStringLiteral("damaged");
    case AutomaticBackups::Backup::State::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

QJsonObject toJson(const AutomaticBackups::Backup& b)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), b.path);
    o.insert(QStringLiteral("taken"), b.taken.toString(Qt::ISODate));
    o.insert(QStringLiteral("bytes"), double(b.bytes));
    o.insert(QStringLiteral("records"), double(b.records));
    o.insert(QStringLiteral("files"), b.files);
    o.insert(QStringLiteral("state"), stateKey(b.state));
    if (!b.problem.isEmpty())
        o.insert(QStringLiteral("problem"), b.problem);
    return o;
}

} // namespace

BackupCommands::BackupCommands(CliApplication& cli) : m_cli(cli) {}

int BackupCommands::backups()
{
    const QString sub = m_cli.m_args.positional.value(0);
    const int count = int(m_cli.m_args.positional.size());
    if (sub == QLatin1String("verify")) {
        if (count != 2)
            return m_cli.usage(tr("backups verify takes the backup file."));
        return verify();
    }
    if (count != 1)
        return m_cli.usage(tr("backups %1 takes no other argument.").arg(sub));
    if (sub == QLatin1String("policy"))
        return policy();
    if (sub == QLatin1String("run"))
        return run();
    if (sub == QLatin1String("list"))
        return list();
    return m_cli.usage(tr("backups takes policy, run, list or verify FILE."));
}

int BackupCommands::policy()
{
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto p = AutomaticBackups::policy(*db);
    if (!p)
        return m_cli.fail(p.errorMessage());
    const QHash<QString, QString>& options = m_cli.m_args.options;
    const QSet<QString>& flags = m_cli.m_args.flags;
    if (flags.contains(QStringLiteral("on")) && flags.contains(QStringLiteral("off")))
        return m_cli.usage(tr("Give --on or --off, not both."));
    bool changed = false;
    if (flags.contains(QStringLiteral("on")) || flags.contains(QStringLiteral("off"))) {
        p->enabled = flags.contains(QStringLiteral("on"));
        changed = true;
    }
    if (options.contains(QStringLiteral("folder"))) {
        p->folder = options.value(QStringLiteral("folder"));
        changed = true;
    }
    for (const auto& [key, field] :
         {std::pair{QStringLiteral("daily"), &p->daily}, std::pair{QStringLiteral("weekly"), &p->weekly},
          std::pair{QStringLiteral("monthly"), &p->monthly}}) {
        if (!options.contains(key))
            continue;
        bool ok = false;
        *field = options.value(key).toInt(&ok);
        if (!ok)
            return m_cli.usage(tr("--%1 takes a number of backups.").arg(key));
        changed = true;
    }
    if (options.contains(QStringLiteral("at"))) {
        const QString at = options.value(QStringLiteral("at"));
        p->at = at == QLatin1String("never") ? QTime() : QTime::fromString(at, QStringLiteral("HH:mm"));
        if (at != QLatin1String("never") && !p->at.isValid())
            return m_cli.usage(tr("--at takes a time of day (HH:MM) or never."));
        changed = true;
    }
    if (options.contains(QStringLiteral("at-close"))) {
        const QString v = options.value(QStringLiteral("at-close"));
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return m_cli.usage(tr("--at-close takes yes or no."));
        p->atClose = v == QLatin1String("yes");
        changed = true;
    }
    if (changed) {
        if (auto s = AutomaticBackups::setPolicy(*db, *p); !s)
            return m_cli.fail(s.errorMessage());
    }
    QTextStream& out = m_cli.m_out;
    out << (p->enabled ? tr("Automatic backups: on") : tr("Automatic backups: off")) << '\n';
    out << tr("Folder: %1").arg(p->folder.isEmpty() ? tr("(none)") : QDir::toNativeSeparators(p->folder))
        << '\n';
    out << tr("Kept: %1 daily, %2 weekly, %3 monthly").arg(p->daily).arg(p->weekly).arg(p->monthly) << '\n';
    out << tr("Written: %1%2")
               .arg(p->atClose ? tr("when the program closes") : tr("not when the program closes"),
                    p->at.isValid() ? tr(", and every day at %1").arg(p->at.toString(QStringLiteral("HH:mm")))
                                    : QString())
        << '\n';
    return 0;
}

int BackupCommands::run()
{
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    AutomaticBackups backups(*db, clock);
    auto written = backups.run();
    if (!written)
        return m_cli.fail(written.errorMessage());
    m_cli.m_out << tr("Backup written and verified: %1 (%2 records, %3 attached files)")
                       .arg(QDir::toNativeSeparators(written->path))
                       .arg(written->records)
                       .arg(written->files)
                << '\n';
    return 0;
}

int BackupCommands::list()
{
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    SystemClock clock;
    auto listed = AutomaticBackups(*db, clock).list();
    if (!listed)
        return m_cli.fail(listed.errorMessage());
    if (m_cli.m_args.flags.contains(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& b : *listed)
            array.append(toJson(b));
        m_cli.m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const auto& b : *listed) {
        m_cli.m_out << QLocale().toString(b.taken, QLocale::ShortFormat) << '\t'
                    << QLocale().formattedDataSize(b.bytes) << '\t' << AutomaticBackups::stateText(b) << '\t'
                    << QDir::toNativeSeparators(b.path) << '\n';
    }
    if (listed->isEmpty())
        m_cli.m_out << tr("No automatic backup yet.") << '\n';
    return 0;
}

int BackupCommands::verify()
{
    const auto checked = AutomaticBackups::verify(m_cli.m_args.positional.at(1));
    if (checked.state != AutomaticBackups::Backup::State::Verified)
        return m_cli.fail(
            tr("The backup %1 is damaged: %2").arg(QDir::toNativeSeparators(checked.path), checked.problem));
    m_cli.m_out << tr("The backup %1 is sound: %2 records, %3 attached files.")
                       .arg(QDir::toNativeSeparators(checked.path))
                       .arg(checked.records)
                       .arg(checked.files)
                << '\n';
    return 0;
}

} // namespace infodoc::app

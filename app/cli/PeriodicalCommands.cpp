#include "app/cli/RequestCommands.h"

#include "app/cli/CliApplication.h"
#include "core/catalog/Periodicals.h"
#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/output/ClaimLetters.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace infodoc::app {

using namespace infodoc::core;

// infodoc-cli periodical: titles, receiving issues, late ones and claims.
int RequestCommands::periodical()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    static const QStringList withId = {QStringLiteral("edit"), QStringLiteral("issues"),
                                       QStringLiteral("circulation")};
    static const QStringList subs = {QStringLiteral("add"),        QStringLiteral("list"),
                                     QStringLiteral("receive"),    QStringLiteral("late"),
                                     QStringLiteral("edit"),       QStringLiteral("issues"),
                                     QStringLiteral("circulation")};
    if (!subs.contains(sub))
        return m_cli.usage(tr("periodical takes add, edit, list, issues, receive, circulation or late."));
    const QHash<QString, QString>& options = m_cli.m_args.options;
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    int code = 0;
    qint64 id = 0;
    const bool scan = sub == QLatin1String("receive") && options.contains(QStringLiteral("scan"));
    if (withId.contains(sub) || (sub == QLatin1String("receive") && !scan)) {
        if (args.size() != 2)
            return m_cli.usage(tr("periodical %1 takes the periodical's number.").arg(sub));
        if (!m_cli.positiveId(args.at(1), id, code))
            return code;
    } else if (args.size() != 1) {
        return m_cli.usage(tr("periodical %1 takes no other argument.").arg(sub));
    }
    auto clock = m_cli.clockOf(QStringLiteral("today"), code);
    if (!clock)
        return code;
    auto intOption = [&](const char* name, std::optional<int>& out) {
        const QString key = QLatin1String(name);
        if (!options.contains(key))
            return true;
        bool ok = false;
        const int v = options.value(key).toInt(&ok);
        if (!ok) {
            code = m_cli.usage(tr("--%1 takes a whole number.").arg(key));
            return false;
        }
        out = v;
        return true;
    };
    QDate day;
    if (options.contains(QStringLiteral("date"))) {
        auto d = Calendar::parseDate(options.value(QStringLiteral("date")));
        if (!d)
            return m_cli.usage(d.errorMessage());
        day = *d;
    }
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    Periodicals periodicals(*db, *clock);
    auto print = [&](const QJsonObject& o) {
        m_cli.m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    };
    auto calendar = Calendar::load(*db);
    if (!calendar)
        return m_cli.fail(calendar.errorMessage());
    const QDate today = calendar->today(*clock);

    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        Periodical p;
        if (sub == QLatin1String("edit")) {
            auto found = periodicals.find(id);
            if (!found)
                return m_cli.fail(found.errorMessage());
            if (!found->has_value())
                return m_cli.fail(tr("No periodical %1.").arg(id));
            p = **found;
        }
        QJsonObject object;
        int readCode = 0;
        if (!m_cli.readJsonObject(object, readCode))
            return readCode;
        if (auto s = Periodicals::apply(object, p); !s)
            return m_cli.fail(s.errorMessage());
        if (sub == QLatin1String("add")) {
            auto added = periodicals.add(p);
            if (!added)
                return m_cli.fail(added.errorMessage());
            return print({{QStringLiteral("id"), *added}});
        }
        if (auto s = periodicals.update(p); !s)
            return m_cli.fail(s.errorMessage());
        return print({{QStringLiteral("id"), id}});
    }
    if (sub == QLatin1String("list")) {
        auto list = periodicals.list();
        if (!list)
            return m_cli.fail(list.errorMessage());
        QJsonArray array;
        for (const Periodical& p : *list) {
            auto next = periodicals.nextExpected(p.id);
            if (!next)
                return m_cli.fail(next.errorMessage());
            QJsonObject o = Periodicals::toJson(p);
            if (next->has_value())
                o.insert(QStringLiteral("next"), Periodicals::toJson(**next));
            array.append(o);
            if (!json)
                m_cli.m_out << p.id << '\t' << p.title << '\t' << Periodicals::label(p.frequency) << '\t'
                            << (next->has_value() ? tr("next no. %1%2")
                                                        .arg((*next)->number)
                                                        .arg((*next)->expected.isValid()
                                                                 ? QStringLiteral(", ") +
                                                                       (*next)->expected.toString(Qt::ISODate)
                                                                 : QString())
                                                  : QString())
                            << '\n';
        }
        if (json)
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (sub == QLatin1String("issues")) {
        auto list = periodicals.issues(id, today);
        if (!list)
            return m_cli.fail(list.errorMessage());
        QJsonArray array;
        for (const PeriodicalIssue& i : *list) {
            array.append(Periodicals::toJson(i));
            if (!json)
                m_cli.m_out << i.number << '\t' << i.expected.toString(Qt::ISODate) << '\t'
                            << (i.received.isValid() ? tr("received %1").arg(i.received.toString(Qt::ISODate))
                                                     : tr("not received"))
                            << '\n';
        }
        if (json)
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (sub == QLatin1String("circulation")) {
        // ID is the issue's own number ("id" in periodical issues --json).
        std::optional<int> printRun, mailed;
        if (!intOption("print-run", printRun) || !intOption("mailed", mailed))
            return code;
        if (auto s = periodicals.setCirculation(id, printRun, mailed); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (sub == QLatin1String("receive")) {
        Result<Periodicals::Received> received = Error{QString()};
        if (scan) {
            received = periodicals.receiveScanned(options.value(QStringLiteral("scan")), day);
        } else {
            Periodicals::Receipt r;
            r.periodicalId = id;
            r.day = day;
            std::optional<int> number;
            if (!intOption("number", number) || !intOption("print-run", r.printRun) ||
                !intOption("mailed", r.mailed))
                return code;
            r.number = number.value_or(0);
            r.summary = options.value(QStringLiteral("summary"));
            r.barcode = options.value(QStringLiteral("barcode"));
            received = periodicals.receive(r);
        }
        if (!received)
            return m_cli.fail(received.errorMessage());
        return print({{QStringLiteral("issue"), received->issueId},
                      {QStringLiteral("record"), received->recordId},
                      {QStringLiteral("number"), received->number},
                      {QStringLiteral("title"), received->title}});
    }
    // late
    auto late = periodicals.late(today);
    if (!late)
        return m_cli.fail(late.errorMessage());
    if (m_cli.m_args.flags.contains(QStringLiteral("claim"))) {
        const QString path = options.value(QStringLiteral("output"));
        if (path.isEmpty())
            return m_cli.usage(tr("periodical late --claim takes -o FILE.pdf or FILE.odt."));
        if (auto s = ClaimLetters::write(*db, *clock, *late, today, path); !s)
            return m_cli.fail(s.errorMessage());
    }
    QJsonArray array;
    for (const auto& l : *late) {
        QJsonObject o = Periodicals::toJson(l.issue);
        o.insert(QStringLiteral("periodical"), l.periodical.id);
        o.insert(QStringLiteral("title"), l.periodical.title);
        o.insert(QStringLiteral("daysLate"), l.daysLate);
        array.append(o);
        if (!json)
            m_cli.m_out << l.periodical.title << '\t' << l.issue.number << '\t'
                        << l.issue.expected.toString(Qt::ISODate) << '\t'
                        << tr("%n day(s) late", nullptr, l.daysLate) << '\n';
    }
    if (json)
        m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace infodoc::app

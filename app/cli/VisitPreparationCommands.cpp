// infodoc-cli appointment prepare|selection|select|unselect|set-aside|print|lend|close:
// preparing a visit and closing it.
#include "app/cli/CliApplication.h"
#include "app/cli/SearchCommands.h"
#include "app/cli/VisitCommands.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/visits/Appointments.h"
#include "core/visits/VisitPreparation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

QJsonObject toJson(const VisitDocument& d)
{
    return {{QStringLiteral("record"), d.recordId},       {QStringLiteral("title"), d.title},
            {QStringLiteral("authors"), d.authors},       {QStringLiteral("year"), d.year},
            {QStringLiteral("callNumber"), d.callNumber}, {QStringLiteral("copies"), d.copies},
            {QStringLiteral("available"), d.available}};
}

QJsonObject toJson(const SetAside& s)
{
    return {
        {QStringLiteral("barcode"), s.barcode},       {QStringLiteral("record"), s.recordId},
        {QStringLiteral("title"), s.title},           {QStringLiteral("location"), s.location},
        {QStringLiteral("callNumber"), s.callNumber}, {QStringLiteral("day"), s.day.toString(Qt::ISODate)}};
}

QString documentLine(const VisitDocument& d)
{
    return QStringLiteral("%1\t%2\t%3\t%4/%5")
        .arg(d.recordId)
        .arg(d.title, d.callNumber)
        .arg(d.available)
        .arg(d.copies);
}

} // namespace

int VisitCommands::preparation(const QString& sub, qint64 id, Database& db, const Clock& clock,
                               Appointments& appointments)
{
    const QHash<QString, QString>& options = m_cli.m_args.options;
    const QSet<QString>& flags = m_cli.m_args.flags;
    const bool json = flags.contains(QStringLiteral("json"));
    VisitPreparation preparation(db, clock, appointments);
    auto print = [&](const QJsonValue& value) {
        m_cli.m_out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                           .toJson(QJsonDocument::Indented);
        return 0;
    };

    if (sub == QLatin1String("prepare")) {
        bool ok = true;
        const int limit = options.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
        if (!ok || limit < 1)
            return m_cli.usage(tr("--limit takes a number of records."));
        auto index = SearchCommands::upToDateIndex(db);
        if (!index)
            return m_cli.fail(index.errorMessage());
        SearchService search(db, **index);
        auto suggested = preparation.suggest(id, &search, limit);
        if (!suggested)
            return m_cli.fail(suggested.errorMessage());
        if (json) {
            QJsonArray list;
            for (const auto& s : *suggested) {
                QJsonObject o = toJson(s.document);
                o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons));
                o.insert(QStringLiteral("score"), s.score);
                list.append(o);
            }
            return print(list);
        }
        for (const auto& s : *suggested)
            m_cli.m_out << documentLine(s.document) << '\t' << s.reasons.join(QStringLiteral("; ")) << '\n';
        return 0;
    }

    if (sub == QLatin1String("select") || sub == QLatin1String("unselect")) {
        QList<qint64> records;
        int code = 0;
        if (!options.contains(QStringLiteral("records")))
            return m_cli.usage(tr("appointment %1 takes --records ID,ID.").arg(sub));
        if (!m_cli.idList(options.value(QStringLiteral("records")), records, code))
            return code;
        const Status done = sub == QLatin1String("select")
                                ? preparation.select(id, records,
                                                     flags.contains(QStringLiteral("by-visitor"))
                                                         ? VisitPreparation::ChosenBy::Visitor
                                                         : VisitPreparation::ChosenBy::Documentalist)
                                : preparation.unselect(id, records);
        if (!done)
            return m_cli.fail(done.errorMessage());
        return 0;
    }

    if (sub == QLatin1String("selection")) {
        auto items = preparation.selection(id);
        if (!items)
            return m_cli.fail(items.errorMessage());
        auto aside = preparation.setAsides(id);
        if (!aside)
            return m_cli.fail(aside.errorMessage());
        auto loans = preparation.loans(id);
        if (!loans)
            return m_cli.fail(loans.errorMessage());
        if (json) {
            QJsonArray list, copies, lent;
            for (const auto& item : *items) {
                QJsonObject o = toJson(item.document);
                o.insert(QStringLiteral("chosenBy"), item.chosenBy == VisitPreparation::ChosenBy::Visitor
                                                         ? QStringLiteral("visitor")
                                                         : QStringLiteral("documentalist"));
                o.insert(QStringLiteral("consulted"), item.consulted);
                list.append(o);
            }
            for (const auto& s : *aside)
                copies.append(toJson(s));
            for (const auto& l : *loans)
                lent.append(QJsonObject{{QStringLiteral("loan"), l.id},
                                        {QStringLiteral("barcode"), l.barcode},
                                        {QStringLiteral("title"), l.title},
                                        {QStringLiteral("due"), l.due.toString(Qt::ISODate)}});
            return print(QJsonObject{{QStringLiteral("items"), list},
                                     {QStringLiteral("setAside"), copies},
                                     {QStringLiteral("loans"), lent}});
        }
        for (const auto& item : *items)
            m_cli.m_out << documentLine(item.document) << '\t'
                        << (item.chosenBy == VisitPreparation::ChosenBy::Visitor ? tr("chosen by the visitor")
                                                                                 : tr("prepared"))
                        << (item.consulted ? QStringLiteral("\t") + tr("consulted") : QString()) << '\n';
        if (!aside->isEmpty())
            m_cli.m_out << tr("Set aside:") << '\n';
        for (const auto& s : *aside)
            m_cli.m_out << "  " << s.barcode << '\t' << s.location << '\t' << s.callNumber << '\t' << s.title
                        << '\n';
        if (!loans->isEmpty())
            m_cli.m_out << tr("Lent during the visit:") << '\n';
        for (const auto& l : *loans)
            m_cli.m_out << "  " << l.barcode << '\t' << l.title << '\t'
                        << QLocale().toString(l.due, QLocale::ShortFormat) << '\n';
        return 0;
    }

    if (sub == QLatin1String("set-aside")) {
        auto report = preparation.setAside(id);
        if (!report)
            return m_cli.fail(report.errorMessage());
        if (json) {
            QJsonArray added;
            for (const auto& s : report->added)
                added.append(toJson(s));
            return print(
                QJsonObject{{QStringLiteral("setAside"), added},
                            {QStringLiteral("missing"), QJsonArray::fromStringList(report->missing)}});
        }
        for (const auto& s : report->added)
            m_cli.m_out << s.barcode << '\t' << s.location << '\t' << s.callNumber << '\t' << s.title << '\n';
        for (const QString& missing : report->missing)
            m_cli.m_err << missing << '\n';
        m_cli.m_out << tr("Copies set aside: %n.", nullptr, int(report->added.size())) << '\n';
        return 0;
    }

    if (sub == QLatin1String("print")) {
        const bool pull = flags.contains(QStringLiteral("pull-list"));
        const bool bibliography = flags.contains(QStringLiteral("bibliography"));
        const QString path = options.value(QStringLiteral("output"));
        if (pull == bibliography || path.isEmpty())
            return m_cli.usage(tr("appointment print takes --pull-list or --bibliography, and -o FILE."));
        Status written = Status::success();
        if (pull) {
            written = preparation.writePullList(id, path);
        } else {
            const QString key = options.value(QStringLiteral("format"), QFileInfo(path).suffix().toLower());
            const auto format = BibliographyWriter::formatFromKey(key);
            if (!format)
                return m_cli.usage(
                    tr("Unknown format \"%1\" (formats: %2).").arg(key, BibliographyWriter::formatKeys()));
            written = preparation.writeBibliography(id, path, *format);
        }
        if (!written)
            return m_cli.fail(written.errorMessage());
        return 0;
    }

    if (sub == QLatin1String("lend")) {
        const QString copy = options.value(QStringLiteral("copy"));
        if (copy.trimmed().isEmpty())
            return m_cli.usage(tr("appointment lend takes --copy BARCODE."));
        auto loan = preparation.lend(id, copy);
        if (!loan)
            return m_cli.fail(loan.errorMessage());
        if (json)
            return print(QJsonObject{{QStringLiteral("loan"), loan->id},
                                     {QStringLiteral("due"), loan->due.toString(Qt::ISODate)}});
        m_cli.m_out << tr("Lent: \"%1\", due %2.")
                           .arg(loan->title, QLocale().toString(loan->due, QLocale::ShortFormat))
                    << '\n';
        return 0;
    }

    // close
    VisitPreparation::Closing closing;
    int code = 0;
    if (!m_cli.idList(options.value(QStringLiteral("consulted")), closing.consulted, code))
        return code;
    closing.scanned = options.value(QStringLiteral("scanned")).split(u',', Qt::SkipEmptyParts);
    closing.followUp = options.value(QStringLiteral("follow-up"));
    if (auto s = preparation.close(id, closing); !s)
        return m_cli.fail(s.errorMessage());
    return 0;
}

} // namespace infodoc::app

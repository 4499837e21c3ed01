#include "app/cli/RequestCommands.h"

#include "app/cli/CliApplication.h"
#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/common/SaveFile.h"
#include "core/requests/RequestJson.h"
#include "core/requests/RequesterData.h"
#include "core/requests/Requests.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocumentFragment>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

QString line(const InfoRequest& r)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(r.id)
        .arg(r.received.toString(Qt::ISODate), Requests::label(r.status),
             Requests::requesterLabel(r.requester),
             r.wanted.isValid() ? r.wanted.toString(Qt::ISODate) : QStringLiteral("-"),
             r.question.simplified().left(80));
}

} // namespace

RequestCommands::RequestCommands(CliApplication& cli) : m_cli(cli) {}

int RequestCommands::request()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    static const QStringList withId = {
        QStringLiteral("show"),      QStringLiteral("edit"),         QStringLiteral("time"),
        QStringLiteral("answer"),    QStringLiteral("capitalise"),   QStringLiteral("attach"),
        QStringLiteral("documents"), QStringLiteral("bibliography"), QStringLiteral("from-appointment"),
        QStringLiteral("sheets")};
    static const QStringList alone = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("late"),
                                      QStringLiteral("staff")};
    if (!withId.contains(sub) && !alone.contains(sub))
        return m_cli.usage(tr("request takes add, list, late, show, edit, time, answer, capitalise, attach, "
                              "documents, bibliography, sheets, from-appointment or staff."));
    qint64 id = 0;
    if (withId.contains(sub)) {
        const int wanted = sub == QLatin1String("attach") ? 3 : 2;
        if (args.size() != wanted)
            return m_cli.usage(sub == QLatin1String("attach")
                                   ? tr("request attach takes the request's number and a file.")
                                   : tr("request %1 takes the request's number.").arg(sub));
        int code = 0;
        if (!m_cli.positiveId(args.at(1), id, code))
            return code;
    } else if (args.size() != 1) {
        return m_cli.usage(tr("request %1 takes no other argument.").arg(sub));
    }
    const QHash<QString, QString>& options = m_cli.m_args.options;
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    int code = 0;
    auto clock = m_cli.clockOf(QStringLiteral("today"), code);
    if (!clock)
        return code;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto service = Requests::open(*db, *clock);
    if (!service)
        return m_cli.fail(service.errorMessage());
    auto printId = [&](const char* key, qint64 value) {
        m_cli.m_out << QJsonDocument(QJsonObject{{QLatin1String(key), value}}).toJson(QJsonDocument::Compact)
                    << '\n';
        return 0;
    };
    auto dateOption = [&](const QString& name, QDate& day) {
        if (!options.contains(name))
            return true;
        auto d = Calendar::parseDate(options.value(name));
        if (!d) {
            code = m_cli.usage(d.errorMessage());
            return false;
        }
        day = *d;
        return true;
    };

    if (sub == QLatin1String("staff")) {
        if (options.contains(QStringLiteral("set"))) {
            if (auto s = Requests::setStaff(*db, options.value(QStringLiteral("set")).split(u',')); !s)
                return m_cli.fail(s.errorMessage());
        }
        auto staff = Requests::staff(*db);
        if (!staff)
            return m_cli.fail(staff.errorMessage());
        for (const QString& name : *staff)
            m_cli.m_out << name << '\n';
        return 0;
    }

    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        InfoRequest r;
        if (sub == QLatin1String("edit")) {
            auto found = service->find(id);
            if (!found)
                return m_cli.fail(found.errorMessage());
            if (!found->has_value())
                return m_cli.fail(tr("No request %1.").arg(id));
            r = **found;
        }
        QJsonObject object;
        int readCode = 0;
        if (!m_cli.readJsonObject(object, readCode))
            return readCode;
        if (sub == QLatin1String("add") &&
            (!object.contains(QStringLiteral("question")) || !object.contains(QStringLiteral("requester"))))
            return m_cli.fail(tr("A new request needs a “requester” and a “question”."));
        if (auto s = RequestJson::apply(object, r); !s)
            return m_cli.fail(s.errorMessage());
        if (sub == QLatin1String("add")) {
            auto added = service->add(r);
            if (!added)
                return m_cli.fail(added.errorMessage());
            return printId("id", *added);
        }
        if (auto s = service->update(r); !s)
            return m_cli.fail(s.errorMessage());
        return printId("id", id);
    }

    if (sub == QLatin1String("from-appointment")) {
        auto added = service->fromAppointment(id);
        if (!added)
            return m_cli.fail(added.errorMessage());
        return printId("id", *added);
    }

    if (sub == QLatin1String("list") || sub == QLatin1String("late")) {
        Result<QList<InfoRequest>> list = QList<InfoRequest>();
        if (sub == QLatin1String("late")) {
            list = service->late();
        } else {
            RequestFilter f;
            if (options.contains(QStringLiteral("status"))) {
                f.status = Requests::statusFromKey(options.value(QStringLiteral("status")));
                if (!f.status) {
                    QStringList keys;
                    for (RequestStatus s : Requests::statuses())
                        keys.append(Requests::key(s));
                    return m_cli.usage(
                        tr("Unknown status \"%1\" (%2).")
                            .arg(options.value(QStringLiteral("status")), keys.join(QStringLiteral(", "))));
                }
            }
            f.openOnly = m_cli.m_args.flags.contains(QStringLiteral("open"));
            f.subject = options.value(QStringLiteral("subject"));
            f.staff = options.value(QStringLiteral("staff"));
            f.text = options.value(QStringLiteral("text"));
            if (!dateOption(QStringLiteral("due"), f.dueBy) || !dateOption(QStringLiteral("from"), f.from) ||
                !dateOption(QStringLiteral("to"), f.to))
                return code;
            list = service->list(f);
        }
        if (!list)
            return m_cli.fail(list.errorMessage());
        if (json) {
            QJsonArray array;
            for (const InfoRequest& r : *list)
                array.append(RequestJson::toJson(r));
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const InfoRequest& r : *list)
            m_cli.m_out << line(r) << '\n';
        return 0;
    }

    auto found = service->find(id);
    if (!found)
        return m_cli.fail(found.errorMessage());
    if (!found->has_value())
        return m_cli.fail(tr("No request %1.").arg(id));
    const InfoRequest& r = **found;

    if (sub == QLatin1String("show")) {
        auto minutes = service->totalMinutes(id);
        if (!minutes)
            return m_cli.fail(minutes.errorMessage());
        if (json) {
            QJsonObject o = RequestJson::toJson(r);
            o.insert(QStringLiteral("minutes"), *minutes);
            m_cli.m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        m_cli.m_out << tr("Request %1, received %2 (%3)")
                           .arg(r.id)
                           .arg(r.received.toString(Qt::ISODate), Requests::label(r.channel))
                    << '\n'
                    << tr("Requester: %1").arg(Requests::requesterLabel(r.requester)) << '\n'
                    << tr("Status: %1").arg(Requests::label(r.status)) << '\n';
        if (r.wanted.isValid())
            m_cli.m_out << tr("Wanted by: %1").arg(r.wanted.toString(Qt::ISODate)) << '\n';
        if (!r.subjects.isEmpty())
            m_cli.m_out << tr("Theme: %1").arg(r.subjects.join(QStringLiteral(" ; "))) << '\n';
        if (!r.staff.isEmpty())
            m_cli.m_out << tr("Handled by: %1").arg(r.staff) << '\n';
        m_cli.m_out << tr("Question: %1").arg(r.question) << '\n';
        if (!r.answer.isEmpty())
            m_cli.m_out << tr("Answer: %1").arg(QTextDocumentFragment::fromHtml(r.answer).toPlainText())
                        << '\n';
        m_cli.m_out << tr("Time spent: %1 min").arg(*minutes) << '\n';
        return 0;
    }

    if (sub == QLatin1String("time")) {
        if (options.contains(QStringLiteral("minutes"))) {
            bool ok = false;
            const int minutes = options.value(QStringLiteral("minutes")).toInt(&ok);
            if (!ok)
                return m_cli.usage(tr("--minutes takes a number of minutes."));
            QDate day;
            if (!dateOption(QStringLiteral("date"), day))
                return code;
            auto added = service->addTime(id, minutes, options.value(QStringLiteral("staff")), day);
            if (!added)
                return m_cli.fail(added.errorMessage());
            return printId("id", *added);
        }
        auto times = service->times(id);
        if (!times)
            return m_cli.fail(times.errorMessage());
        int total = 0;
        for (const TimeEntry& t : *times) {
            m_cli.m_out << t.id << '\t' << t.day.toString(Qt::ISODate) << '\t' << t.staff << '\t' << t.minutes
                        << '\n';
            total += t.minutes;
        }
        m_cli.m_out << tr("Total: %1 min").arg(total) << '\n';
        return 0;
    }

    if (sub == QLatin1String("answer")) {
        QString answer = options.value(QStringLiteral("text"));
        if (options.contains(QStringLiteral("file"))) {
            QFile f(options.value(QStringLiteral("file")));
            if (!f.open(QIODevice::ReadOnly))
                return m_cli.fail(tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            answer = QString::fromUtf8(f.readAll());
        } else if (!answer.isEmpty()) {
            answer = answer.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
        }
        QList<qint64> records = r.records;
        if (options.contains(QStringLiteral("records"))) {
            records.clear();
            if (!m_cli.idList(options.value(QStringLiteral("records")), records, code))
                return code;
        }
        if (answer.isEmpty())
            answer = r.answer;
        if (auto s = service->answer(id, answer, records); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }

    if (sub == QLatin1String("capitalise")) {
        auto record = service->capitalise(id, options.value(QStringLiteral("title")));
        if (!record)
            return m_cli.fail(record.errorMessage());
        return printId("record", *record);
    }

    if (sub == QLatin1String("attach")) {
        QFile f(args.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return m_cli.fail(tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        if (f.size() > 50 * 1024 * 1024)
            return m_cli.fail(
                tr("“%1” is larger than 50 MB: it is not kept with the request").arg(args.at(2)));
        auto added = service->attach(id, QFileInfo(f).fileName(), f.readAll());
        if (!added)
            return m_cli.fail(added.errorMessage());
        return printId("document", *added);
    }

    if (sub == QLatin1String("sheets")) {
        auto added = service->produceSheets(id);
        if (!added)
            return m_cli.fail(added.errorMessage());
        return printId("document", *added);
    }

    if (sub == QLatin1String("bibliography")) {
        auto added =
            service->produceBibliography(id, options.value(QStringLiteral("format"), QStringLiteral("pdf")));
        if (!added)
            return m_cli.fail(added.errorMessage());
        return printId("document", *added);
    }

    // documents: the list, or one written out with --document N -o FILE.
    if (options.contains(QStringLiteral("document"))) {
        qint64 documentId = 0;
        if (!m_cli.positiveId(options.value(QStringLiteral("document")), documentId, code))
            return code;
        const QString path = options.value(QStringLiteral("output"));
        if (path.isEmpty())
            return m_cli.usage(tr("request documents ID --document N takes -o FILE."));
        auto docs = service->documents(id);
        if (!docs)
            return m_cli.fail(docs.errorMessage());
        if (std::none_of(docs->begin(), docs->end(),
                         [&](const RequestDocument& d) { return d.id == documentId; }))
            return m_cli.fail(tr("Request %1 keeps no document %2.").arg(id).arg(documentId));
        auto content = service->documentContent(documentId);
        if (!content)
            return m_cli.fail(content.errorMessage());
        QString why;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
            !commitSaveFile(file, &why))
            return m_cli.fail(tr("Cannot write %1: %2").arg(path, why));
        return 0;
    }
    auto docs = service->documents(id);
    if (!docs)
        return m_cli.fail(docs.errorMessage());
    for (const RequestDocument& d : *docs)
        m_cli.m_out << d.id << '\t' << d.fileName << '\t' << d.mimeType << '\t' << d.size << '\n';
    return 0;
}

int RequestCommands::tally()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    if (sub != QLatin1String("add") && sub != QLatin1String("remove") && sub != QLatin1String("count"))
        return m_cli.usage(tr("tally takes add --channel C [--subject S], remove ID or count."));
    const QHash<QString, QString>& options = m_cli.m_args.options;
    int code = 0;
    auto clock = m_cli.clockOf(QStringLiteral("today"), code);
    if (!clock)
        return code;
    QDate day;
    if (options.contains(QStringLiteral("date"))) {
        auto d = Calendar::parseDate(options.value(QStringLiteral("date")));
        if (!d)
            return m_cli.usage(d.errorMessage());
        day = *d;
    }
    qint64 id = 0;
    if (sub == QLatin1String("remove")) {
        if (args.size() != 2)
            return m_cli.usage(tr("tally remove takes the tally's number."));
        if (!m_cli.positiveId(args.at(1), id, code))
            return code;
    } else if (args.size() != 1) {
        return m_cli.usage(tr("tally %1 takes no other argument.").arg(sub));
    }
    std::optional<RequestChannel> channel;
    if (sub == QLatin1String("add")) {
        channel = Requests::channelFromKey(options.value(QStringLiteral("channel")));
        if (!channel) {
            QStringList keys;
            for (RequestChannel c : Requests::channels())
                keys.append(Requests::key(c));
            return m_cli.usage(tr("tally add takes --channel %1.").arg(keys.join(u'|')));
        }
    }
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    auto tallies = QuickTallies::open(*db, *clock);
    if (!tallies)
        return m_cli.fail(tallies.errorMessage());
    if (sub == QLatin1String("add")) {
        auto added = tallies->add(*channel, options.value(QStringLiteral("subject")), day);
        if (!added)
            return m_cli.fail(added.errorMessage());
        m_cli.m_out
            << QJsonDocument(QJsonObject{{QStringLiteral("id"), *added}}).toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        if (auto s = tallies->remove(id); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (!day.isValid())
        day = tallies->today();
    auto count = tallies->countOn(day);
    if (!count)
        return m_cli.fail(count.errorMessage());
    m_cli.m_out << *count << '\n';
    return 0;
}

int RequestCommands::requesterData()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    static const QStringList subs = {QStringLiteral("find"), QStringLiteral("export"),
                                     QStringLiteral("erase"), QStringLiteral("months")};
    if (!subs.contains(sub) || args.size() != 2)
        return m_cli.usage(tr("requester-data takes find NAME, export NAME, erase NAME or months N."));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    if (sub == QLatin1String("months")) {
        bool ok = false;
        const int months = args.at(1).toInt(&ok);
        if (!ok)
            return m_cli.usage(tr("requester-data months takes a number of months."));
        if (auto s = RequesterData::setRetentionMonths(*db, months); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    SystemClock clock;
    RequesterData data(*db, clock);
    auto found = data.find(args.at(1));
    if (!found)
        return m_cli.fail(found.errorMessage());
    if (sub == QLatin1String("find")) {
        for (const auto& p : *found)
            m_cli.m_out << p.name << '\t' << p.structure << '\t' << p.last.toString(Qt::ISODate) << '\t'
                        << tr("%n request(s)", nullptr, p.requests) << '\n';
        return 0;
    }
    if (found->isEmpty())
        return m_cli.fail(tr("No named requester is called \"%1\".").arg(args.at(1)));
    if (found->size() > 1) {
        QStringList names;
        for (const auto& p : *found)
            names.append(p.name);
        return m_cli.fail(tr("Several named requesters match \"%1\": %2. Give the whole name.")
                              .arg(args.at(1), names.join(QStringLiteral("; "))));
    }
    if (sub == QLatin1String("export")) {
        auto exported = data.exportJson(found->first().key);
        if (!exported)
            return m_cli.fail(exported.errorMessage());
        const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        const QString path = m_cli.m_args.options.value(QStringLiteral("output"));
        if (path.isEmpty()) {
            m_cli.m_out << QString::fromUtf8(bytes);
            return 0;
        }
        QString why;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !commitSaveFile(file, &why))
            return m_cli.fail(tr("Cannot write %1: %2").arg(path, why));
        return 0;
    }
    auto erased = data.erase(found->first().key);
    if (!erased)
        return m_cli.fail(erased.errorMessage());
    m_cli.m_out << tr("%n request(s) made anonymous.", nullptr, *erased) << '\n';
    return 0;
}

} // namespace infodoc::app

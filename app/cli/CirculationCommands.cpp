#include "app/cli/CirculationCommands.h"

#include "app/cli/CliApplication.h"
#include "core/catalog/Baskets.h"
#include "core/circulation/BorrowerImport.h"
#include "core/circulation/BorrowerJson.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/circulation/Circulation.h"
#include "core/circulation/PersonalData.h"
#include "core/circulation/Reminders.h"
#include "core/common/Clock.h"
#include "core/output/CentreIdentity.h"
#include "core/output/DocumentFile.h"
#include "core/output/Labels.h"
#include "core/requests/Retention.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextDocument>

#include <memory>

namespace infodoc::app {

using namespace infodoc::core;

namespace {

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QJsonValue isoOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject loanJson(const LoanInfo& l, const QDate& today)
{
    return QJsonObject{{QStringLiteral("copy"), l.barcode},
                       {QStringLiteral("record"), l.recordId},
                       {QStringLiteral("title"), l.title},
                       {QStringLiteral("borrower"), l.borrowerId ? QJsonValue(l.card) : QJsonValue()},
                       {QStringLiteral("out"), isoOrNull(l.out)},
                       {QStringLiteral("due"), isoOrNull(l.due)},
                       {QStringLiteral("returned"), isoOrNull(l.returned)},
                       {QStringLiteral("level"), l.reminderLevel},
                       {QStringLiteral("renewals"), l.renewals},
                       {QStringLiteral("lost"), l.lost},
                       {QStringLiteral("daysLate"), l.daysLate(today)}};
}

QJsonObject holdJson(const HoldInfo& h)
{
    return QJsonObject{{QStringLiteral("id"), h.id},
                       {QStringLiteral("record"), h.recordId},
                       {QStringLiteral("title"), h.title},
                       {QStringLiteral("copy"), h.barcode.isEmpty() ? QJsonValue() : QJsonValue(h.barcode)},
                       {QStringLiteral("borrower"), h.card},
                       {QStringLiteral("status"), HoldInfo::key(h.status)},
                       {QStringLiteral("placed"), isoOrNull(h.placed)},
                       {QStringLiteral("pickupBy"), isoOrNull(h.pickupBy)},
                       {QStringLiteral("position"), h.position}};
}

} // namespace

CirculationCommands::CirculationCommands(CliApplication& cli) : m_cli(cli) {}

CirculationCommands::Desk::~Desk() = default;

bool CirculationCommands::open(Desk& desk, int& exitCode)
{
    desk.clock = m_cli.clockOf(QStringLiteral("date"), exitCode);
    if (!desk.clock)
        return false;
    if (m_cli.m_args.options.contains(QStringLiteral("date")))
        desk.date = desk.clock->now().date();
    desk.db = m_cli.openCatalogue(false, exitCode);
    return desk.db != nullptr;
}

namespace {

Result<Borrower> borrowerByCard(Borrowers& borrowers, const QString& card)
{
    auto found = borrowers.byCard(card);
    if (!found)
        return found.error();
    if (!*found)
        return Error{CirculationCommands::tr("Unknown card: no borrower has the card %1.").arg(card)};
    return **found;
}

} // namespace

int CirculationCommands::borrower()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    static const QStringList withCard = {QStringLiteral("show"), QStringLiteral("edit"),
                                         QStringLiteral("delete"), QStringLiteral("export"),
                                         QStringLiteral("erase")};
    if (sub == QLatin1String("import"))
        return importBorrowers();
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && !withCard.contains(sub))
        return m_cli.usage(tr("borrower takes add, import, show, list, edit, delete, export or erase."));
    if (withCard.contains(sub) && args.size() != 2)
        return m_cli.usage(tr("borrower %1 takes a card number.").arg(sub));
    if (!withCard.contains(sub) && args.size() != 1)
        return m_cli.usage(tr("borrower %1 takes no other argument.").arg(sub));
    QJsonObject input;
    int readCode = 0;
    if ((sub == QLatin1String("add") || sub == QLatin1String("edit")) &&
        !m_cli.readJsonObject(input, readCode))
        return readCode;
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    Borrowers borrowers(*db, *day.clock);
    const auto categories = borrowers.categories();
    if (!categories)
        return m_cli.fail(categories.errorMessage());

    if (sub == QLatin1String("add")) {
        Borrower b;
        if (auto s = BorrowerJson::apply(input, *categories, b); !s)
            return m_cli.fail(s.errorMessage());
        if (!input.contains(QStringLiteral("category")) && !categories->isEmpty())
            b.categoryId = categories->first().id;
        const auto dupes = borrowers.possibleDuplicates(b);
        if (!dupes)
            return m_cli.fail(dupes.errorMessage());
        auto id = borrowers.add(b);
        if (!id)
            return m_cli.fail(id.errorMessage());
        for (const Borrower& d : *dupes)
            m_cli.m_err << tr("warning: borrower %1 may be the same person as %2 (card %3).")
                               .arg(*id)
                               .arg(d.name, d.card)
                        << '\n';
        m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact)
                    << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        bool ok = true;
        const int limit =
            m_cli.m_args.options.value(QStringLiteral("limit"), QStringLiteral("500")).toInt(&ok);
        if (!ok || limit <= 0)
            return m_cli.usage(tr("--limit takes a positive whole number."));
        const auto list = borrowers.list(m_cli.m_args.options.value(QStringLiteral("search")), limit);
        if (!list)
            return m_cli.fail(list.errorMessage());
        if (json) {
            QJsonArray array;
            for (const Borrower& b : *list)
                array.append(BorrowerJson::toJson(b, *categories));
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Borrower& b : *list)
                m_cli.m_out << b.card << '\t' << b.name << '\t' << b.structure << '\n';
        }
        return 0;
    }
    auto b = borrowerByCard(borrowers, args.at(1));
    if (!b)
        return m_cli.fail(b.errorMessage());
    auto circulation = Circulation::open(*db, *day.clock);
    if (!circulation)
        return m_cli.fail(circulation.errorMessage());
    PersonalData personal(*db, *day.clock, circulation->settings());
    if (sub == QLatin1String("show")) {
        Circulation::LoanFilter filter;
        filter.borrowerId = b->id;
        const auto loans = circulation->loans(filter);
        if (!loans)
            return m_cli.fail(loans.errorMessage());
        Circulation::HoldFilter holdFilter;
        holdFilter.borrowerId = b->id;
        const auto holds = circulation->holds(holdFilter);
        if (!holds)
            return m_cli.fail(holds.errorMessage());
        const QDate today = circulation->today();
        if (json) {
            QJsonObject o = BorrowerJson::toJson(*b, *categories);
            QJsonArray loanArray, holdArray;
            for (const LoanInfo& l : *loans)
                loanArray.append(loanJson(l, today));
            for (const HoldInfo& h : *holds)
                holdArray.append(holdJson(h));
            o.insert(QStringLiteral("loans"), loanArray);
            o.insert(QStringLiteral("holds"), holdArray);
            m_cli.m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        m_cli.m_out << b->name << " (" << b->card << ")\n";
        if (!b->structure.isEmpty())
            m_cli.m_out << b->structure << " — " << Borrowers::label(b->structureType) << '\n';
        for (const LoanInfo& l : *loans) {
            const int late = l.daysLate(today);
            m_cli.m_out << "  " << l.barcode << '\t' << l.title << '\t' << tr("due %1").arg(shortDate(l.due))
                        << (late > 0 ? QStringLiteral("\t") + tr("%n day(s) late", nullptr, late) : QString())
                        << '\n';
        }
        for (const HoldInfo& h : *holds)
            m_cli.m_out << "  " << tr("hold") << '\t' << h.title << '\t' << HoldInfo::label(h.status) << '\n';
        return 0;
    }
    if (sub == QLatin1String("edit")) {
        Borrower changed = *b;
        if (auto s = BorrowerJson::apply(input, *categories, changed); !s)
            return m_cli.fail(s.errorMessage());
        if (auto s = borrowers.update(changed); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        if (auto s = borrowers.remove(b->id); !s)
            return m_cli.fail(s.errorMessage());
        m_cli.m_out << tr("Borrower %1 deleted; their past loans are kept anonymously.").arg(b->card) << '\n';
        return 0;
    }
    if (sub == QLatin1String("export")) {
        const QString output = m_cli.m_args.options.value(QStringLiteral("output"));
        if (output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            const auto html = personal.exportHtml(b->id);
            if (!html)
                return m_cli.fail(html.errorMessage());
            QTextDocument document;
            document.setHtml(*html);
            const auto centre = CentreSettings(*db).load();
            if (!centre)
                return m_cli.fail(centre.errorMessage());
            if (auto s = DocumentFile::savePdf(document, output, tr("Personal data"), centre->name); !s)
                return m_cli.fail(s.errorMessage());
            return 0;
        }
        const auto data = personal.exportJson(b->id);
        if (!data)
            return m_cli.fail(data.errorMessage());
        const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
        if (output.isEmpty()) {
            m_cli.m_out << QString::fromUtf8(bytes);
            return 0;
        }
        if (auto s = DocumentFile::saveBytes(bytes, output); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    // erase
    if (auto s = personal.erase(b->id); !s)
        return m_cli.fail(s.errorMessage());
    m_cli.m_out << tr("Borrower %1 erased; their history is anonymous.").arg(b->card) << '\n';
    return 0;
}

int CirculationCommands::loan()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    static const QStringList withCopy = {QStringLiteral("checkout"), QStringLiteral("checkin"),
                                         QStringLiteral("renew"), QStringLiteral("lost")};
    if (!withCopy.contains(sub) && sub != QLatin1String("list"))
        return m_cli.usage(tr("loan takes checkout, checkin, renew, lost or list."));
    if (withCopy.contains(sub) && args.size() != 2)
        return m_cli.usage(tr("loan %1 takes a copy's barcode.").arg(sub));
    if (sub == QLatin1String("checkout") && !m_cli.m_args.options.contains(QStringLiteral("borrower")))
        return m_cli.usage(tr("loan checkout needs --borrower CARD."));
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    auto circulation = Circulation::open(*db, *day.clock);
    if (!circulation)
        return m_cli.fail(circulation.errorMessage());
    Borrowers borrowers(*db, *day.clock);
    const QDate today = circulation->today();
    auto print = [&](const LoanInfo& l, const QString& line) {
        if (json)
            m_cli.m_out << QJsonDocument(loanJson(l, today)).toJson(QJsonDocument::Compact) << '\n';
        else
            m_cli.m_out << line << '\n';
        return 0;
    };
    if (sub == QLatin1String("checkout")) {
        auto b = borrowerByCard(borrowers, m_cli.m_args.options.value(QStringLiteral("borrower")));
        if (!b)
            return m_cli.fail(b.errorMessage());
        auto done = circulation->checkout(args.at(1), b->id, day.date);
        if (!done)
            return m_cli.fail(done.errorMessage());
        return print(done->loan,
                     tr("Lent: %1 (%2) to %3, due %4.")
                         .arg(done->loan.title, done->loan.barcode, b->name, shortDate(done->loan.due)));
    }
    if (sub == QLatin1String("checkin")) {
        auto done = circulation->checkin(args.at(1), day.date);
        if (!done)
            return m_cli.fail(done.errorMessage());
        QString line = tr("Returned: %1 (%2).").arg(done->loan.title, done->loan.barcode);
        if (done->late)
            line += u' ' + tr("%n day(s) late.", nullptr, done->loan.daysLate(today));
        if (done->setAside)
            line += u' ' + tr("Set it aside for %1 (hold, to collect by %2).")
                               .arg(done->setAside->borrowerName, shortDate(done->setAside->pickupBy));
        return print(done->loan, line);
    }
    if (sub == QLatin1String("renew")) {
        auto done = circulation->renew(args.at(1), day.date);
        if (!done)
            return m_cli.fail(done.errorMessage());
        return print(done->loan, tr("Renewed: %1 (%2), now due %3.")
                                     .arg(done->loan.title, done->loan.barcode, shortDate(done->loan.due)));
    }
    if (sub == QLatin1String("lost")) {
        auto done = circulation->markLost(args.at(1), day.date);
        if (!done)
            return m_cli.fail(done.errorMessage());
        return print(*done, tr("Marked lost: %1 (%2).").arg(done->title, done->barcode));
    }
    Circulation::LoanFilter filter;
    filter.overdueOnly = m_cli.m_args.flags.contains(QStringLiteral("overdue"));
    filter.openOnly = !m_cli.m_args.flags.contains(QStringLiteral("all"));
    if (m_cli.m_args.options.contains(QStringLiteral("borrower"))) {
        auto b = borrowerByCard(borrowers, m_cli.m_args.options.value(QStringLiteral("borrower")));
        if (!b)
            return m_cli.fail(b.errorMessage());
        filter.borrowerId = b->id;
    }
    filter.copyBarcode = m_cli.m_args.options.value(QStringLiteral("copy"));
    if (m_cli.m_args.options.contains(QStringLiteral("record"))) {
        int idCode = 0;
        if (!m_cli.positiveId(m_cli.m_args.options.value(QStringLiteral("record")), filter.recordId, idCode))
            return idCode;
    }
    const auto loans = circulation->loans(filter);
    if (!loans)
        return m_cli.fail(loans.errorMessage());
    if (json) {
        QJsonArray array;
        for (const LoanInfo& l : *loans)
            array.append(loanJson(l, today));
        m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    QString lastBorrower;
    for (const LoanInfo& l : *loans) {
        const QString who =
            l.borrowerId ? QStringLiteral("%1 (%2)").arg(l.borrowerName, l.card) : tr("(anonymised)");
        if (filter.overdueOnly && who != lastBorrower) {
            m_cli.m_out << who << '\n';
            lastBorrower = who;
        }
        const int late = l.daysLate(today);
        m_cli.m_out << (filter.overdueOnly ? QStringLiteral("  ") : who + u'\t') << l.barcode << '\t'
                    << l.title << '\t' << tr("due %1").arg(shortDate(l.due))
                    << (late > 0 ? QStringLiteral("\t") + tr("%n day(s) late", nullptr, late) : QString())
                    << '\n';
    }
    return 0;
}

int CirculationCommands::hold()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    const auto& options = m_cli.m_args.options;
    if (sub == QLatin1String("add")) {
        if (args.size() != 1 || !options.contains(QStringLiteral("borrower")) ||
            options.contains(QStringLiteral("record")) == options.contains(QStringLiteral("copy")))
            return m_cli.usage(tr("hold add takes --record ID or --copy BARCODE, and --borrower CARD."));
    } else if (sub == QLatin1String("cancel")) {
        if (args.size() != 2)
            return m_cli.usage(tr("hold cancel takes the hold's number."));
    } else if (sub != QLatin1String("list") && sub != QLatin1String("expire") &&
               sub != QLatin1String("notify")) {
        return m_cli.usage(tr("hold takes add, list, cancel, expire or notify."));
    }
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    auto circulation = Circulation::open(*db, *day.clock);
    if (!circulation)
        return m_cli.fail(circulation.errorMessage());
    Borrowers borrowers(*db, *day.clock);
    if (sub == QLatin1String("add")) {
        auto b = borrowerByCard(borrowers, options.value(QStringLiteral("borrower")));
        if (!b)
            return m_cli.fail(b.errorMessage());
        Result<HoldInfo> placed = Error{};
        if (options.contains(QStringLiteral("record"))) {
            qint64 record = 0;
            int idCode = 0;
            if (!m_cli.positiveId(options.value(QStringLiteral("record")), record, idCode))
                return idCode;
            placed = circulation->placeHold(record, b->id, day.date);
        } else {
            placed = circulation->placeCopyHold(options.value(QStringLiteral("copy")), b->id, day.date);
        }
        if (!placed)
            return m_cli.fail(placed.errorMessage());
        if (json)
            m_cli.m_out << QJsonDocument(holdJson(*placed)).toJson(QJsonDocument::Compact) << '\n';
        else if (placed->status == HoldInfo::Status::Ready)
            m_cli.m_out << tr("Hold %1: a copy is on the shelf; set %2 aside for %3 (to collect by %4).")
                               .arg(placed->id)
                               .arg(placed->barcode, b->name, shortDate(placed->pickupBy))
                        << '\n';
        else
            m_cli.m_out << tr("Hold %1 placed for %2, number %3 in the queue.")
                               .arg(placed->id)
                               .arg(b->name)
                               .arg(placed->position)
                        << '\n';
        return 0;
    }
    if (sub == QLatin1String("cancel")) {
        qint64 id = 0;
        int idCode = 0;
        if (!m_cli.positiveId(args.at(1), id, idCode))
            return idCode;
        if (auto s = circulation->cancelHold(id, day.date); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    if (sub == QLatin1String("expire")) {
        const auto expired = circulation->expireHolds(day.date);
        if (!expired)
            return m_cli.fail(expired.errorMessage());
        m_cli.m_out << tr("%n hold(s) expired.", nullptr, int(expired->size())) << '\n';
        return 0;
    }
    if (sub == QLatin1String("notify")) {
        // The text to tell each borrower whose copy is ready; -o DIR: an e-mail file each.
        Circulation::HoldFilter ready;
        ready.readyOnly = true;
        const auto holds = circulation->holds(ready);
        if (!holds)
            return m_cli.fail(holds.errorMessage());
        const auto identity = CentreSettings(*db).load();
        if (!identity)
            return m_cli.fail(identity.errorMessage());
        const CentreIdentity& centre = *identity;
        const QString folder = options.value(QStringLiteral("output"));
        if (!folder.isEmpty() && !QDir().mkpath(folder))
            return m_cli.fail(tr("Cannot create the folder %1.").arg(folder));
        int written = 0;
        for (const HoldInfo& h : *holds) {
            const Reminders::Notice notice = Reminders::holdNotice(h, centre);
            if (folder.isEmpty()) {
                m_cli.m_out << h.borrowerName << " (" << h.card << ")"
                            << (h.email.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(h.email)) << '\n'
                            << notice.subject << "\n\n"
                            << notice.body << "\n\n";
                continue;
            }
            if (h.email.isEmpty()) {
                m_cli.m_err << tr("%1 (card %2) has no e-mail address: tell them by letter or telephone.")
                                   .arg(h.borrowerName, h.card)
                            << '\n';
                continue;
            }
            const QString path = QDir(folder).filePath(QStringLiteral("reservation-%1.eml").arg(h.id));
            if (auto s = DocumentFile::saveBytes(Reminders::holdEml(h, centre, day.clock->now()), path); !s)
                return m_cli.fail(s.errorMessage());
            ++written;
        }
        if (!folder.isEmpty())
            m_cli.m_out << tr("%n e-mail(s) written to %1.", nullptr, written).arg(folder) << '\n';
        return 0;
    }
    Circulation::HoldFilter filter;
    filter.readyOnly = m_cli.m_args.flags.contains(QStringLiteral("ready"));
    if (options.contains(QStringLiteral("borrower"))) {
        auto b = borrowerByCard(borrowers, options.value(QStringLiteral("borrower")));
        if (!b)
            return m_cli.fail(b.errorMessage());
        filter.borrowerId = b->id;
    }
    const auto holds = circulation->holds(filter);
    if (!holds)
        return m_cli.fail(holds.errorMessage());
    if (json) {
        QJsonArray array;
        for (const HoldInfo& h : *holds)
            array.append(holdJson(h));
        m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const HoldInfo& h : *holds) {
        m_cli.m_out << h.id << '\t' << h.title << '\t' << h.borrowerName << " (" << h.card << ")\t"
                    << HoldInfo::label(h.status);
        if (h.status == HoldInfo::Status::Ready)
            m_cli.m_out << '\t' << tr("copy %1, to collect by %2").arg(h.barcode, shortDate(h.pickupBy));
        else
            m_cli.m_out << '\t' << tr("number %1 in the queue").arg(h.position);
        m_cli.m_out << '\n';
    }
    return 0;
}

int CirculationCommands::closure()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        if (args.size() != 3)
            return m_cli.usage(tr("closure add takes the first and the last day (YYYY-MM-DD)."));
    } else if (sub == QLatin1String("remove")) {
        if (args.size() != 2)
            return m_cli.usage(tr("closure remove takes the closure's number."));
    } else if (sub != QLatin1String("list")) {
        return m_cli.usage(tr("closure takes add, list or remove."));
    }
    std::optional<QDate> from, to;
    if (sub == QLatin1String("add")) {
        auto f = Calendar::parseDate(args.at(1));
        if (!f)
            return m_cli.usage(f.errorMessage());
        auto t = Calendar::parseDate(args.at(2));
        if (!t)
            return m_cli.usage(t.errorMessage());
        from = *f;
        to = *t;
    }
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    if (sub == QLatin1String("list")) {
        auto calendar = Calendar::load(*db);
        if (!calendar)
            return m_cli.fail(calendar.errorMessage());
        for (const Calendar::Closure& c : calendar->closures())
            m_cli.m_out << c.id << '\t' << c.from.toString(Qt::ISODate) << '\t' << c.to.toString(Qt::ISODate)
                        << '\t' << c.label << '\n';
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        qint64 id = 0;
        int idCode = 0;
        if (!m_cli.positiveId(args.at(1), id, idCode))
            return idCode;
        if (auto s = Calendar::removeClosure(*db, id); !s)
            return m_cli.fail(s.errorMessage());
        return 0;
    }
    auto id = Calendar::addClosure(*db, *from, *to, m_cli.m_args.options.value(QStringLiteral("label")));
    if (!id)
        return m_cli.fail(id.errorMessage());
    auto circulation = Circulation::open(*db, *day.clock);
    if (!circulation)
        return m_cli.fail(circulation.errorMessage());
    m_cli.m_out << tr("Closure %1 added.").arg(*id) << '\n';
    if (m_cli.m_args.flags.contains(QStringLiteral("move-dates"))) {
        const auto moved = circulation->moveDatesOutOf(*from, *to);
        if (!moved)
            return m_cli.fail(moved.errorMessage());
        m_cli.m_out << tr("Moved to the next opening day: %1 due date(s), %2 pick-up limit(s).")
                           .arg(moved->dueDates)
                           .arg(moved->pickupLimits)
                    << '\n';
    } else {
        const auto inside = circulation->datesInside(*from, *to);
        if (!inside)
            return m_cli.fail(inside.errorMessage());
        if (inside->dueDates + inside->pickupLimits > 0)
            m_cli.m_out
                << tr("%1 due date(s) and %2 pick-up limit(s) fall inside; add it with --move-dates to move "
                      "them to the next opening day.")
                       .arg(inside->dueDates)
                       .arg(inside->pickupLimits)
                << '\n';
    }
    return 0;
}

int CirculationCommands::reminders()
{
    const bool dryRun = m_cli.m_args.flags.contains(QStringLiteral("dry-run"));
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    const QString output = m_cli.m_args.options.value(QStringLiteral("output"));
    if (!dryRun && output.isEmpty())
        return m_cli.usage(tr("reminders needs -o DIR (the folder for the letters), or --dry-run."));
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    auto circulation = Circulation::open(*db, *day.clock);
    if (!circulation)
        return m_cli.fail(circulation.errorMessage());
    const QDate asOf = circulation->today();
    Reminders reminders(*db, *day.clock, circulation->settings());
    auto letters = reminders.due(asOf);
    if (!letters)
        return m_cli.fail(letters.errorMessage());
    auto summary = [&](const QList<Reminders::Letter>& list) {
        if (json) {
            QJsonArray array;
            for (const auto& l : list) {
                QJsonArray items;
                for (const auto& i : l.items)
                    items.append(QJsonObject{{QStringLiteral("copy"), i.loan.barcode},
                                             {QStringLiteral("level"), i.level},
                                             {QStringLiteral("daysLate"), i.daysLate}});
                array.append(QJsonObject{{QStringLiteral("borrower"), l.card},
                                         {QStringLiteral("level"), l.level},
                                         {QStringLiteral("items"), items}});
            }
            m_cli.m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return;
        }
        for (const auto& l : list)
            m_cli.m_out << tr("Level %1").arg(l.level) << '\t' << l.name << " (" << l.card << ")\t"
                        << tr("%n item(s)", nullptr, int(l.items.size())) << '\n';
    };
    if (dryRun) {
        summary(*letters);
        return 0;
    }
    auto recorded = reminders.send(asOf, output);
    if (!recorded)
        return m_cli.fail(recorded.errorMessage());
    summary(recorded->letters);
    if (!json)
        m_cli.m_out << tr("%n letter(s) written to %1.", nullptr, int(recorded->letters.size())).arg(output)
                    << '\n';
    return 0;
}

int CirculationCommands::retention()
{
    const bool dryRun = m_cli.m_args.flags.contains(QStringLiteral("dry-run"));
    const bool json = m_cli.m_args.flags.contains(QStringLiteral("json"));
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    auto settings = CirculationSettings::load(*db);
    if (!settings)
        return m_cli.fail(settings.errorMessage());
    auto circulation = Circulation::open(*db, *day.clock);
    if (!circulation)
        return m_cli.fail(circulation.errorMessage());
    const QDate asOf = circulation->today();
    // The borrowers and the named visitors without a card, in one run.
    auto run = dryRun ? Retention::plan(*db, *day.clock, *settings, asOf)
                      : Retention::apply(*db, *day.clock, *settings, asOf);
    if (!run)
        return m_cli.fail(run.errorMessage());
    const PersonalData::Plan& plan = run->borrowers;
    const VisitorData::Plan& visitors = run->visitors;
    const RequesterData::Plan& requesters = run->requesters;
    if (json) {
        QJsonArray people;
        if (dryRun)
            for (const auto& p : plan.borrowers)
                people.append(QJsonObject{{QStringLiteral("card"), p.card},
                                          {QStringLiteral("name"), p.name},
                                          {QStringLiteral("lastActivity"), isoOrNull(p.lastEnded)}});
        QJsonObject o{{QStringLiteral("loansToAnonymise"), int(plan.loans.size())},
                      {QStringLiteral("borrowersToDelete"), int(plan.borrowers.size())},
                      {QStringLiteral("asOf"), isoOrNull(asOf)},
                      {QStringLiteral("returnedBefore"), isoOrNull(plan.returnedBefore)},
                      {QStringLiteral("inactiveSince"), isoOrNull(plan.endedBefore)},
                      {QStringLiteral("dryRun"), dryRun}};
        o.insert(QStringLiteral("visitorsToForget"), int(visitors.people.size()));
        o.insert(QStringLiteral("visitedBefore"), isoOrNull(visitors.before));
        o.insert(QStringLiteral("requestersToForget"), int(requesters.people.size()));
        o.insert(QStringLiteral("requestRequesterLinksToDrop"), int(requesters.borrowerRequests.size()));
        o.insert(QStringLiteral("requestsEndedBefore"), isoOrNull(requesters.before));
        if (dryRun) {
            o.insert(QStringLiteral("borrowers"), people);
            QJsonArray named;
            for (const auto& p : visitors.people)
                named.append(QJsonObject{{QStringLiteral("name"), p.name},
                                         {QStringLiteral("lastVisit"), isoOrNull(p.lastVisit)}});
            o.insert(QStringLiteral("visitors"), named);
            QJsonArray asked;
            for (const auto& p : requesters.people)
                asked.append(QJsonObject{{QStringLiteral("name"), p.name},
                                         {QStringLiteral("lastRequest"), isoOrNull(p.last)}});
            o.insert(QStringLiteral("requesters"), asked);
        }
        m_cli.m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (dryRun) {
        m_cli.m_out
            << tr("Dry run on %1: %2 loan(s) returned before %3 would lose their borrower; %4 borrower(s) "
                  "inactive since %5 would be deleted:")
                   .arg(shortDate(asOf))
                   .arg(plan.loans.size())
                   .arg(shortDate(plan.returnedBefore))
                   .arg(plan.borrowers.size())
                   .arg(shortDate(plan.endedBefore))
            << '\n';
        for (const auto& p : plan.borrowers)
            m_cli.m_out << "  " << p.card << '\t' << p.name << '\t' << shortDate(p.lastEnded) << '\n';
        m_cli.m_out << tr("%1 named visitor(s) without a card, last come before %2, would be forgotten:")
                           .arg(visitors.people.size())
                           .arg(shortDate(visitors.before))
                    << '\n';
        for (const auto& p : visitors.people)
            m_cli.m_out << "  " << p.name << '\t' << shortDate(p.lastVisit) << '\n';
        m_cli.m_out << tr("%1 named requester(s) whose last request ended before %2 would be forgotten; %3 "
                          "request(s) of borrowers would lose their link to the card:")
                           .arg(requesters.people.size())
                           .arg(shortDate(requesters.before))
                           .arg(requesters.borrowerRequests.size())
                    << '\n';
        for (const auto& p : requesters.people)
            m_cli.m_out << "  " << p.name << '\t' << shortDate(p.last) << '\n';
        return 0;
    }
    m_cli.m_out << tr("Applied on %1: %2 loan(s) anonymised, %3 borrower(s) deleted, %4 named visitor(s) "
                      "forgotten, %5 requester(s) forgotten.")
                       .arg(shortDate(asOf))
                       .arg(plan.loans.size())
                       .arg(plan.borrowers.size())
                       .arg(visitors.people.size())
                       .arg(requesters.people.size() + requesters.borrowerRequests.size())
                << '\n';
    return 0;
}

int CirculationCommands::reminderText()
{
    const QStringList& args = m_cli.m_args.positional;
    const QString sub = args.value(0);
    bool ok = false;
    const int level = args.value(1).toInt(&ok);
    if ((sub != QLatin1String("show") && sub != QLatin1String("set") && sub != QLatin1String("reset")) ||
        args.size() != 2 || !ok)
        return m_cli.usage(tr("reminder-text takes show, set or reset, and a level (1, 2, 3…)."));
    QString body;
    if (sub == QLatin1String("set")) {
        const QString file = m_cli.m_args.options.value(QStringLiteral("file"));
        QFile in;
        if (file.isEmpty() ? !in.open(stdin, QIODevice::ReadOnly)
                           : (in.setFileName(file), !in.open(QIODevice::ReadOnly)))
            return m_cli.fail(tr("Cannot read %1: %2")
                                  .arg(file.isEmpty() ? tr("the standard input") : file, in.errorString()));
        body = QString::fromUtf8(in.read(64 * 1024));
    }
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    auto settings = CirculationSettings::load(*db);
    if (!settings)
        return m_cli.fail(settings.errorMessage());
    if (level < 1 || level > settings->reminderDays.size())
        return m_cli.fail(tr("There is no reminder level %1 (the centre has %2).")
                              .arg(level)
                              .arg(settings->reminderDays.size()));
    if (sub == QLatin1String("show")) {
        auto wording = Reminders::wording(*db, level);
        if (!wording)
            return m_cli.fail(wording.errorMessage());
        m_cli.m_out << wording->subject << "\n\n" << wording->body << '\n';
        return 0;
    }
    Reminders::Wording wording =
        sub == QLatin1String("reset")
            ? Reminders::defaultWording(level)
            : Reminders::Wording{m_cli.m_args.options.value(QStringLiteral("subject")), body};
    if (sub == QLatin1String("set") && wording.subject.isEmpty()) {
        auto current = Reminders::wording(*db, level);
        if (!current)
            return m_cli.fail(current.errorMessage());
        wording.subject = current->subject;
    }
    if (auto s = Reminders::setWording(*db, level, wording); !s)
        return m_cli.fail(s.errorMessage());
    return 0;
}

int CirculationCommands::labels()
{
    const auto& options = m_cli.m_args.options;
    const QString output = options.value(QStringLiteral("output"));
    const int sources = int(options.contains(QStringLiteral("copies"))) +
                        int(options.contains(QStringLiteral("basket"))) +
                        int(options.contains(QStringLiteral("records"))) +
                        int(options.contains(QStringLiteral("new-since"))) +
                        int(options.contains(QStringLiteral("borrowers")));
    if (sources != 1 || output.isEmpty())
        return m_cli.usage(
            tr("labels takes one of --copies, --records, --basket, --new-since or --borrowers, and -o "
               "FILE.pdf."));
    const QString kind = options.value(QStringLiteral("kind"), QStringLiteral("barcode"));
    if (kind != QLatin1String("barcode") && kind != QLatin1String("spine"))
        return m_cli.usage(tr("--kind takes barcode or spine."));
    std::optional<QDate> since;
    if (options.contains(QStringLiteral("new-since"))) {
        auto d = Calendar::parseDate(options.value(QStringLiteral("new-since")));
        if (!d)
            return m_cli.usage(d.errorMessage());
        since = *d;
    }
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database* db = day.db.get();
    // The centre's sheets and barcode (Settings › Labels) unless others are given.
    const auto preferences = Labels::preferences(*db);
    if (!preferences)
        return m_cli.fail(preferences.errorMessage());
    auto sheet = preferences->resolve(options.value(QStringLiteral("layout"), preferences->sheet));
    if (!sheet)
        return m_cli.usage(sheet.errorMessage());
    auto symbology = Labels::symbology(options.value(QStringLiteral("barcode"), preferences->barcode));
    if (!symbology)
        return m_cli.usage(symbology.errorMessage());
    bool ok = true;
    const int start = options.value(QStringLiteral("start"), QStringLiteral("1")).toInt(&ok);
    if (!ok)
        return m_cli.usage(
            tr("--start takes the position of the first free label (1 to %1).").arg(sheet->perSheet()));
    const auto identity = CentreSettings(*db).load();
    if (!identity)
        return m_cli.fail(identity.errorMessage());
    const QString centre = identity->name;
    QList<Labels::Label> list;
    auto split = [](const QString& text) { return text.split(u',', Qt::SkipEmptyParts); };
    if (options.contains(QStringLiteral("borrowers"))) {
        Borrowers borrowers(*db, *day.clock);
        const QString wanted = options.value(QStringLiteral("borrowers"));
        QList<Borrower> people;
        if (wanted == QLatin1String("all")) {
            auto all = borrowers.list({}, 1000000);
            if (!all)
                return m_cli.fail(all.errorMessage());
            people = *all;
        } else {
            for (const QString& card : split(wanted)) {
                auto b = borrowerByCard(borrowers, card.trimmed());
                if (!b)
                    return m_cli.fail(b.errorMessage());
                people.append(*b);
            }
        }
        for (const Borrower& b : std::as_const(people))
            list.append(Labels::borrowerCard(centre, b.name, b.card));
    } else {
        Labels::Copies copies;
        if (options.contains(QStringLiteral("copies")))
            copies.barcodes = split(options.value(QStringLiteral("copies")));
        int idCode = 0;
        if (!m_cli.idList(options.value(QStringLiteral("records")), copies.records, idCode))
            return idCode;
        if (options.contains(QStringLiteral("basket"))) {
            Baskets baskets(*db, *day.clock);
            const auto basket = baskets.find(options.value(QStringLiteral("basket")));
            if (!basket)
                return m_cli.fail(basket.errorMessage());
            if (!*basket)
                return m_cli.fail(
                    tr("There is no basket \"%1\".").arg(options.value(QStringLiteral("basket"))));
            const auto records = baskets.records((*basket)->id);
            if (!records)
                return m_cli.fail(records.errorMessage());
            copies.records = *records;
        }
        if (since)
            copies.createdSince = *since;
        auto found = Labels::forCopies(*db, copies, kind == QLatin1String("spine"), centre);
        if (!found)
            return m_cli.fail(found.errorMessage());
        list = *found;
    }
    if (auto s = Labels::writePdf(list, *sheet, start, *symbology, output); !s)
        return m_cli.fail(s.errorMessage());
    m_cli.m_out << tr("%n label(s) written to %1.", nullptr, int(list.size())).arg(output) << '\n';
    return 0;
}

// borrower import FILE.csv: PMB's borrowers export or any spreadsheet of borrowers.
int CirculationCommands::importBorrowers()
{
    const QStringList& args = m_cli.m_args.positional;
    if (args.size() != 2)
        return m_cli.usage(tr("borrower import takes the CSV file."));
    const auto& options = m_cli.m_args.options;
    const auto& flags = m_cli.m_args.flags;
    CsvMapping mapping;
    if (options.contains(QStringLiteral("mapping"))) {
        auto loaded = CsvMapping::load(options.value(QStringLiteral("mapping")));
        if (!loaded)
            return m_cli.fail(loaded.errorMessage());
        mapping = *loaded;
    }
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    BorrowerImport import(*day.db, *day.clock);
    auto plan = import.prepareFile(args.at(1), mapping);
    if (!plan)
        return m_cli.fail(plan.errorMessage());
    const bool dryRun = flags.contains(QStringLiteral("dry-run"));
    std::optional<BorrowerImport::Outcome> outcome;
    if (!dryRun) {
        auto applied = import.apply(*plan, flags.contains(QStringLiteral("valid-only")),
                                    flags.contains(QStringLiteral("update")));
        if (!applied)
            return m_cli.fail(applied.errorMessage());
        outcome = *applied;
    }
    if (flags.contains(QStringLiteral("json"))) {
        QJsonArray errors;
        for (const auto& r : plan->rows)
            for (const QString& e : r.errors)
                errors.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("message"), e}});
        QJsonObject out{{QStringLiteral("read"), int(plan->rows.size())},
                        {QStringLiteral("known"), plan->known()},
                        {QStringLiteral("errors"), errors},
                        {QStringLiteral("dryRun"), dryRun}};
        if (outcome) {
            out.insert(QStringLiteral("added"), outcome->added);
            out.insert(QStringLiteral("updated"), outcome->updated);
            out.insert(QStringLiteral("skipped"), outcome->skipped);
        }
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    // Lines and problems only: the people's names are not written out.
    auto& out = m_cli.m_out;
    out << tr("%1: %n borrower(s) read", nullptr, int(plan->rows.size())).arg(plan->fileName) << ", "
        << tr("%n already known", nullptr, plan->known()) << ", "
        << tr("%n with errors", nullptr, plan->withErrors()) << ".\n";
    QStringList columns;
    for (const auto& [column, field] : plan->mapping.columns)
        columns.append(column + QStringLiteral(" → ") + BorrowerImport::fieldLabel(field));
    out << tr("Columns: %1.").arg(columns.join(QStringLiteral(" ; "))) << '\n';
    for (const auto& r : plan->rows) {
        for (const QString& e : r.errors)
            out << tr("Line %1: %2").arg(r.line).arg(e) << '\n';
        for (const QString& w : r.warnings)
            out << tr("Line %1: %2").arg(r.line).arg(w) << '\n';
    }
    if (outcome) {
        out << tr("Imported: %n added", nullptr, outcome->added) << ", "
            << tr("%n updated", nullptr, outcome->updated) << ", "
            << tr("%n left as they were", nullptr, outcome->skipped) << ".\n";
        for (const QString& l : outcome->leftOut)
            out << tr("Not imported: %1").arg(l) << '\n';
    } else {
        out << tr("Nothing was written (--dry-run).") << '\n';
    }
    return 0;
}

int CirculationCommands::labelSheets()
{
    const auto& options = m_cli.m_args.options;
    Desk day;
    int code = 0;
    if (!open(day, code))
        return code;
    Database& db = *day.db;
    auto preferences = Labels::preferences(db);
    if (!preferences)
        return m_cli.fail(preferences.errorMessage());
    Labels::Preferences p = *preferences;
    bool changed = false;
    if (options.contains(QStringLiteral("remove"))) {
        const QString name = options.value(QStringLiteral("remove")).trimmed();
        const auto before = p.own.size();
        p.own.removeIf(
            [&name](const Labels::OwnLayout& o) { return o.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (p.own.size() == before)
            return m_cli.fail(tr("The centre has no label sheet named \"%1\".").arg(name));
        if (p.sheet.compare(name, Qt::CaseInsensitive) == 0)
            p.sheet = Labels::Preferences().sheet;
        changed = true;
    }
    if (options.contains(QStringLiteral("add"))) {
        const QString text = options.value(QStringLiteral("add"));
        const qsizetype eq = text.lastIndexOf(u'=');
        if (eq <= 0)
            return m_cli.usage(
                tr("--add takes NAME=LAYOUT (\"Avery L7160=3x7:63.5x38.1@15.15,7.2,2.5,0\")."));
        const QString name = text.left(eq).trimmed();
        p.own.removeIf(
            [&name](const Labels::OwnLayout& o) { return o.name.compare(name, Qt::CaseInsensitive) == 0; });
        p.own.append({name, text.mid(eq + 1).trimmed()});
        changed = true;
    }
    if (options.contains(QStringLiteral("default"))) {
        p.sheet = options.value(QStringLiteral("default")).trimmed();
        changed = true;
    }
    if (options.contains(QStringLiteral("barcode"))) {
        p.barcode = options.value(QStringLiteral("barcode")).trimmed().toLower();
        changed = true;
    }
    if (changed) {
        if (auto s = Labels::setPreferences(db, p); !s)
            return m_cli.fail(s.errorMessage());
    }
    if (m_cli.m_args.flags.contains(QStringLiteral("json"))) {
        QJsonArray own;
        for (const Labels::OwnLayout& o : std::as_const(p.own))
            own.append(QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("layout"), o.layout}});
        m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("default"), p.sheet},
                                                 {QStringLiteral("barcode"), p.barcode},
                                                 {QStringLiteral("own"), own}})
                           .toJson(QJsonDocument::Indented);
        return 0;
    }
    m_cli.m_out << tr("By default: %1, %2").arg(p.sheet, p.barcode) << '\n';
    QStringList usual;
    for (const Labels::Sheet& s : Labels::sheets())
        usual.append(s.name);
    m_cli.m_out << tr("Usual sheets: %1").arg(usual.join(QStringLiteral(", "))) << '\n';
    for (const Labels::OwnLayout& o : std::as_const(p.own))
        m_cli.m_out << tr("The centre's sheet \"%1\": %2").arg(o.name, o.layout) << '\n';
    return 0;
}

} // namespace infodoc::app

// Report benchmark: ten years (2017–2026) of a centre's activity in a real
// catalogue — 1,000,000 loans, 30,000 appointments, 20,000 requests by
// default — then the annual report of 2026 built (its figures) and written
// as PDF with its charts, ODT and XLSX. Prints the median of several runs.
//
// Appointments and requests are entered through their use cases (their
// monthly totals written as at the desk). The loans are written in bulk
// with the monthly totals the desk's checkout would have written for them
// (the same dimensions), since a million checkouts through the desk would
// take hours; the report reads those totals and the loan table.
//
//   build/tests/bench/bench_reports [--loans N] [--appointments N] [--requests N] [--runs R]

#include "BenchSupport.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/Borrowers.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/reports/ActivityReport.h"
#include "core/reports/ReportDocument.h"
#include "core/requests/Requests.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"
#include "core/visits/Appointments.h"

#include <QGuiApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <vector>

using namespace infodoc::core;
using infodoc::bench::median;
using infodoc::bench::ms;

namespace {

bool exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // fonts for the PDF and ODT
    int loans = 1000000, appointments = 30000, requests = 20000, runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--loans"))
            loans = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--appointments"))
            appointments = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--requests"))
            requests = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    auto opened =
        Database::open(dir.filePath(QStringLiteral("bench.sqlite")), Database::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Database& db = **opened;
    FixedClock clock(QDateTime(QDate(2017, 1, 2), QTime(9, 0), Qt::UTC));
    QRandomGenerator random(42);

    QElapsedTimer fill;
    fill.start();
    // 5,000 records with their copies, subjects and borrowers (the demo catalogue).
    DemoGenerator::Options demo;
    demo.records = 5000;
    demo.pdfEvery = 0;
    if (auto s = DemoGenerator(db, clock).generate(demo); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 1;
    }
    QSqlQuery q(db.connection());
    // Each copy's document type and theme, as the checkout's totals take them.
    struct CopyInfo
    {
        qint64 id;
        QString type;
        QString theme;
    };
    std::vector<CopyInfo> copies;
    Thesaurus thesaurus(db, clock);
    QHash<QString, QString> themes;
    q.prepare(
        QStringLiteral("SELECT c.id, r.type, COALESCE((SELECT s.label FROM record_subject rs JOIN subject s "
                       "ON s.id = rs.subject_id WHERE rs.record_id = r.id ORDER BY rs.position LIMIT 1), '') "
                       "FROM copy c JOIN record r ON r.id = c.record_id"));
    if (!exec(q))
        return 1;
    while (q.next()) {
        const QString label = q.value(2).toString();
        if (!label.isEmpty() && !themes.contains(label)) {
            auto theme = thesaurus.theme(label);
            themes.insert(label, theme ? *theme : label);
        }
        copies.push_back({q.value(0).toLongLong(), q.value(1).toString(), themes.value(label)});
    }
    q.finish();
    const QStringList categories = {QStringLiteral("professionnel"), QStringLiteral("elu"),
                                    QStringLiteral("etudiant"), QStringLiteral("equipe")};
    QStringList structures;
    for (StructureType t : Borrowers::structureTypes())
        structures.append(Borrowers::key(t));

    // A million loans over ten years, by 3,000 borrowers, with the monthly totals they make.
    {
        auto tx = WriteTransaction::begin(db.connection());
        if (!tx)
            return 1;
        QSqlQuery ins(db.connection());
        ins.prepare(
            QStringLiteral("INSERT INTO loan (copy_id, borrower_id, out_on, due_on, returned_on, "
                           "category_code, structure_type, commune, first_of_year) VALUES (?, NULL, ?, ?, "
                           "?, ?, ?, ?, ?)"));
        QHash<QString, qint64> totals;         // month|event|dimension|value
        QSet<QPair<qint64, int>> activeInYear; // (borrower, year): their first loan of that year is counted
        const QDate first(2017, 1, 2);
        const int days = int(first.daysTo(QDate(2026, 12, 31)));
        for (int i = 0; i < loans; ++i) {
            const CopyInfo& c = copies[size_t(random.bounded(int(copies.size())))];
            const qint64 borrower = random.bounded(3000);
            const QDate out = first.addDays(random.bounded(days));
            const QString category = categories.at(int(borrower % categories.size()));
            const QString structure = structures.at(int(borrower % structures.size()));
            const QString commune = QStringLiteral("Commune %1").arg(borrower % 40);
            const bool firstOfYear = !activeInYear.contains({borrower, out.year()});
            if (firstOfYear)
                activeInYear.insert({borrower, out.year()});
            ins.bindValue(0, c.id);
            ins.bindValue(1, out.toString(Qt::ISODate));
            ins.bindValue(2, out.addDays(21).toString(Qt::ISODate));
            ins.bindValue(3, out.addDays(14).toString(Qt::ISODate));
            ins.bindValue(4, category);
            ins.bindValue(5, structure);
            ins.bindValue(6, commune);
            ins.bindValue(7, firstOfYear ? 1 : 0);
            if (!exec(ins))
                return 1;
            const QString month = out.toString(QStringLiteral("yyyy-MM"));
            const QString back = out.addDays(14).toString(QStringLiteral("yyyy-MM"));
            const std::pair<QString, QString> dims[] = {{QStringLiteral("all"), QString()},
                                                        {QStringLiteral("category"), category},
                                                        {QStringLiteral("structure_type"), structure},
                                                        {QStringLiteral("commune"), commune},
                                                        {QStringLiteral("document_type"), c.type},
                                                        {QStringLiteral("theme"), c.theme}};
            for (const auto& [dimension, value] : dims) {
                if (dimension != QLatin1String("all") && value.isEmpty())
                    continue;
                totals[month + u'|' + QStringLiteral("loan|") + dimension + u'|' + value] += 1;
                totals[back + u'|' + QStringLiteral("return|") + dimension + u'|' + value] += 1;
                if (firstOfYear)
                    totals[month + u'|' + QStringLiteral("active_borrower|") + dimension + u'|' + value] += 1;
            }
        }
        QSqlQuery t(db.connection());
        // Added to what the demo's own loans counted.
        t.prepare(QStringLiteral(
            "INSERT INTO circulation_month (month, event, dimension, value, total) VALUES (?, ?, "
            "?, ?, ?) ON CONFLICT (month, event, dimension, value) DO UPDATE SET total = "
            "circulation_month.total + excluded.total"));
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            const QStringList parts = it.key().split(u'|');
            for (int k = 0; k < 4; ++k)
                t.bindValue(k, parts.at(k));
            t.bindValue(4, it.value());
            if (!exec(t))
                return 1;
        }
        if (!tx->commit())
            return 1;
        std::printf("%d loans and %lld monthly totals written in %.1f s\n", loans, qint64(totals.size()),
                    ms(fill) / 1000.0);
    }

    // Appointments through their use case (an imported agenda's rules).
    const QTimeZone zone = QTimeZone::systemTimeZone();
    OpeningHours hours;
    hours.leadDays = 0;
    hours.parallel = 3; // three people receive at once: twelve visits a day
    {
        QElapsedTimer t;
        t.start();
        auto tx = WriteTransaction::begin(db.connection());
        if (!tx)
            return 1;
        Appointments service(db, clock, Calendar({1, 2, 3, 4, 5}, {}, zone), hours);
        QDate day(2017, 1, 2);
        int made = 0;
        const int starts[] = {9 * 60 + 30, 11 * 60, 14 * 60, 15 * 60 + 30};
        const QList<VisitPurpose> purposes = Appointments::purposes();
        while (made < appointments && day.year() < 2027) {
            if (service.calendar().isOpen(day)) {
                for (int k = 0; k < 12 && made < appointments; ++k) {
                    Appointment a;
                    a.day = day;
                    a.startMin = starts[k % 4];
                    a.lengthMin = 60;
                    a.visitor.kind = Visitor::Kind::Anonymous;
                    a.visitor.commune = QStringLiteral("Commune %1").arg(made % 40);
                    a.purpose = purposes.at(made % purposes.size());
                    a.status = made % 9 == 0 ? AppointmentStatus::NoShow : AppointmentStatus::Done;
                    auto b = service.book(a, Appointments::Rules::Import);
                    if (!b || !b->booked())
                        break;
                    ++made;
                }
            }
            day = day.addDays(1);
        }
        if (!tx->commit())
            return 1;
        std::printf("%d appointments in %.1f s\n", made, ms(t) / 1000.0);
    }

    // Requests through their use case, answered within the month.
    {
        QElapsedTimer t;
        t.start();
        auto tx = WriteTransaction::begin(db.connection());
        if (!tx)
            return 1;
        clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
        Requests service(db, clock, Calendar({1, 2, 3, 4, 5}, {}, zone));
        const QStringList subjects = {QStringLiteral("Logement social"), QStringLiteral("Emploi"),
                                      QStringLiteral("QPV"), QStringLiteral("Santé"),
                                      QStringLiteral("Participation des habitants")};
        const QList<RequestChannel> channels = Requests::channels();
        for (int i = 0; i < requests; ++i) {
            InfoRequest r;
            r.requester.kind = Visitor::Kind::Anonymous;
            r.requester.structureType = StructureType(i % 5);
            r.requester.commune = QStringLiteral("Commune %1").arg(i % 40);
            r.channel = channels.at(i % channels.size());
            r.received = QDate(2017, 1, 2).addDays(i * 3652 / requests);
            r.subjects = {subjects.at(i % subjects.size())};
            r.question = QStringLiteral("Question %1").arg(i);
            r.status = RequestStatus::Answered;
            r.answer = QStringLiteral("Réponse");
            r.answered = r.received.addDays(i % 20);
            r.staff = i % 2 ? QStringLiteral("Claire") : QStringLiteral("Karim");
            auto id = service.add(r);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
                return 1;
            }
        }
        if (!tx->commit())
            return 1;
        std::printf("%d requests in %.1f s\n", requests, ms(t) / 1000.0);
    }

    std::vector<double> build, pdf, odt, xlsx;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto report = ActivityReports::build(db, clock, QDate(2026, 1, 1), QDate(2026, 12, 31));
        build.push_back(ms(t));
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.errorMessage()));
            return 1;
        }
        if (run == 0)
            std::printf("2026: %.0f loans, %.0f active borrowers, %.0f visits, %.0f requests\n",
                        report->figure(QStringLiteral("circulation"), QStringLiteral("loans")),
                        report->figure(QStringLiteral("circulation"), QStringLiteral("active_borrowers")),
                        report->figure(QStringLiteral("visits"), QStringLiteral("done")),
                        report->figure(QStringLiteral("requests"), QStringLiteral("received")));
        const std::pair<ReportDocument::Format, std::vector<double>*> outputs[] = {
            {ReportDocument::Format::Pdf, &pdf},
            {ReportDocument::Format::Odt, &odt},
            {ReportDocument::Format::Xlsx, &xlsx}};
        for (const auto& [format, samples] : outputs) {
            t.restart();
            const QString path = dir.filePath(QStringLiteral("rapport.%1").arg(int(format)));
            if (auto s = ReportDocument::write(*report, db, format, path); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
                return 1;
            }
            samples->push_back(ms(t));
        }
    }
    std::printf("report figures (all sections)  median %.0f ms  (%d runs; target < 1000)\n", median(build),
                runs);
    std::printf("report PDF with charts          median %.0f ms  (target < 3000)\n", median(pdf));
    std::printf("report ODT                      median %.0f ms\n", median(odt));
    std::printf("report XLSX                     median %.0f ms\n", median(xlsx));
    std::printf("peak memory %ld MiB\n", infodoc::bench::maxRssMiB());
    return 0;
}

// Visits benchmark: ten years of appointments (30,000 by default) in a real
// catalogue, then the week view read, the free slots of a week, a booking
// with its checks (each one transaction) and a year exported to .ics.
// Prints p50/p95/max per operation.
//
//   build/tests/bench/bench_visits [--appointments N] [--runs R]

#include "BenchSupport.h"
#include "core/catalog/StarterData.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"
#include "core/visits/AppointmentFiles.h"
#include "core/visits/Appointments.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace infodoc::core;
using infodoc::bench::ms;
using infodoc::bench::report;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 30000;
    int runs = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--appointments"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    auto db =
        Database::open(dir.filePath(QStringLiteral("bench.sqlite")), Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const QTimeZone paris("Europe/Paris");
    FixedClock clock(QDateTime(QDate(2017, 1, 2), QTime(7, 0), Qt::UTC));
    OpeningHours hours;
    hours.leadDays = 0;
    hours.parallel = 2;
    Appointments service(**db, clock, Calendar({1, 2, 3, 4, 5}, {}, paris), hours);

    // Ten years of appointments, booked through the use case (imported rules: past days allowed).
    QElapsedTimer fill;
    fill.start();
    {
        auto tx = WriteTransaction::begin((*db)->connection());
        if (!tx)
            return 1;
        QDate day(2017, 1, 2);
        int made = 0;
        const int starts[] = {9 * 60 + 30, 11 * 60, 14 * 60, 15 * 60 + 30};
        while (made < count) {
            if (service.calendar().isOpen(day)) {
                for (int k = 0; k < 12 && made < count; ++k) {
                    Appointment a;
                    a.day = day;
                    a.startMin = starts[k % 4];
                    a.lengthMin = 60;
                    a.visitor.kind = Visitor::Kind::Anonymous;
                    a.visitor.commune = QStringLiteral("Commune %1").arg(made % 40);
                    a.status = AppointmentStatus::Confirmed;
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
        std::printf("%d appointments up to %s in %.1f s\n", made, qPrintable(day.toString(Qt::ISODate)),
                    ms(fill) / 1000.0);
    }

    std::vector<double> week, slots, booking, ics;
    QDate monday(2021, 3, 1);
    for (int i = 0; i < runs; ++i) {
        const QDate m = monday.addDays(7 * (i % 200));
        QElapsedTimer t;
        t.start();
        auto list = service.between(m, m.addDays(4));
        week.push_back(ms(t));
        if (!list || list->isEmpty())
            return 1;
        t.restart();
        auto free = service.freeSlots(m, m.addDays(4), 30);
        slots.push_back(ms(t));
        if (!free)
            return 1;
    }
    // Bookings in the future, with every check (the desk's rules).
    clock.set(QDateTime(QDate(2027, 1, 4), QTime(7, 0), Qt::UTC));
    Appointments desk(**db, clock, Calendar({1, 2, 3, 4, 5}, {}, paris), hours);
    QDate day(2027, 1, 5);
    for (int i = 0; i < runs; ++i) {
        Appointment a;
        a.day = day;
        a.startMin = 9 * 60 + 30 + (i % 2) * 90;
        a.lengthMin = 60;
        a.visitor.kind = Visitor::Kind::Anonymous;
        QElapsedTimer t;
        t.start();
        auto b = desk.book(a);
        booking.push_back(ms(t));
        if (!b)
            return 1;
        if (i % 2 == 1)
            day = desk.calendar().nextOpenDay(day.addDays(1));
    }
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto bytes = AppointmentFiles::exportPeriod(service, QDate(2020, 1, 1), QDate(2020, 12, 31));
        ics.push_back(ms(t));
        if (!bytes)
            return 1;
        if (i == 0)
            std::printf("a year to .ics: %lld bytes\n", static_cast<long long>(bytes->size()));
    }
    report("week view (Mon-Fri)", week);
    report("free slots of a week", slots);
    report("booking with its checks", booking);
    report("a year to .ics", ics);
    return 0;
}

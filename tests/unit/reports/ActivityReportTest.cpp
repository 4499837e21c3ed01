#include "core/reports/ActivityReport.h"
#include "core/reports/ReportDocument.h"

#include "core/catalog/Periodicals.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/interop/Csv.h"
#include "core/output/OutputTotals.h"
#include "core/requests/Requests.h"
#include "core/requests/Retention.h"
#include "core/storage/Database.h"
#include "core/visits/Appointments.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

// A year of known activity, 2026, and a little of 2025, entered through the
// use cases as the desk would, the clock moved to each day.
struct Year
{
    TestCatalogue cat;
    Calendar calendar{{1, 2, 3, 4, 5}, {}, QTimeZone::systemTimeZone()};
    qint64 borrowerA = 0, borrowerB = 0;

    void at(const QDate& day, int hour = 10)
    {
        cat.clock().set(QDateTime(day, QTime(hour, 0), Qt::LocalTime));
    }

    qint64 record(const QString& title, DocumentType type, const QString& subject, const QString& barcode)
    {
        Record r;
        r.type = type;
        r.title = title;
        r.subjects = {subject};
        if (!barcode.isEmpty()) {
            Copy c;
            c.barcode = barcode;
            r.copies = {c};
        }
        auto id = RecordRepository(cat.db(), cat.clock()).add(r);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 borrower(const QString& card, const char* category, StructureType type, const QString& commune)
    {
        Borrowers borrowers(cat.db(), cat.clock());
        auto c = borrowers.categoryByCode(QLatin1String(category));
        REQUIRE(c.ok());
        Borrower b;
        b.name = QStringLiteral("Lecteur ") + card;
        b.card = card;
        b.categoryId = (*c)->id;
        b.structureType = type;
        b.commune = commune;
        auto id = borrowers.add(b);
        INFO((id ? QString() : id.errorMessage()).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    void lend(const QString& barcode, qint64 borrowerId, const QDate& day)
    {
        at(day);
        auto c = Circulation::open(cat.db(), cat.clock());
        REQUIRE(c.ok());
        auto done = c->checkout(barcode, borrowerId, day);
        INFO((done ? QString() : done.errorMessage()).toStdString());
        REQUIRE(done.ok());
    }

    void giveBack(const QString& barcode, const QDate& day)
    {
        at(day);
        auto c = Circulation::open(cat.db(), cat.clock());
        REQUIRE(c.ok());
        REQUIRE(c->checkin(barcode, day).ok());
    }

    void visit(const QDate& day, AppointmentStatus end, const QString& commune)
    {
        at(day.addDays(-7));
        OpeningHours hours;
        Appointments appointments(cat.db(), cat.clock(), calendar, hours);
        Appointment a;
        a.day = day;
        a.startMin = 14 * 60;
        a.lengthMin = hours.lengths.value(0, 60);
        a.visitor.kind = Visitor::Kind::Anonymous;
        a.visitor.structureType = StructureType::Association;
        a.visitor.commune = commune;
        a.purpose = VisitPurpose::Consultation;
        auto booked = appointments.book(a);
        REQUIRE(booked.ok());
        INFO(booked->refusal.toStdString());
        REQUIRE(booked->booked());
        if (end == AppointmentStatus::Requested)
            return;
        at(day.addDays(1));
        REQUIRE(appointments.setStatus(booked->id, end).ok());
    }

    qint64 request(const QDate& received, const QString& name, const QString& subject, RequestChannel channel)
    {
        at(received);
        Requests requests(cat.db(), cat.clock(), calendar);
        InfoRequest r;
        r.requester.kind = Visitor::Kind::Named;
        r.requester.name = name;
        r.requester.structureType = StructureType::Commune;
        r.requester.commune = QStringLiteral("Bobigny");
        r.channel = channel;
        r.received = received;
        r.subjects = {subject};
        r.question = QStringLiteral("Question de ") + name;
        auto id = requests.add(r);
        REQUIRE(id.ok());
        return *id;
    }

    void answer(qint64 id, const QDate& day, int minutes)
    {
        at(day);
        Requests requests(cat.db(), cat.clock(), calendar);
        REQUIRE(requests.addTime(id, minutes, QStringLiteral("Claire"), day).ok());
        REQUIRE(requests.answer(id, QStringLiteral("Réponse."), {}).ok());
    }

    Year()
    {
        at(QDate(2025, 6, 2));
        record(QStringLiteral("Étude de 2025"), DocumentType::Study, QStringLiteral("Emploi"),
               QStringLiteral("B0"));
        at(QDate(2026, 2, 2));
        record(QStringLiteral("Le logement social"), DocumentType::Study, QStringLiteral("Logement social"),
               QStringLiteral("B1"));
        record(QStringLiteral("Les emplois francs"), DocumentType::Report, QStringLiteral("Emplois francs"),
               QStringLiteral("B2"));
        record(QStringLiteral("Une fiche d’expérience"), DocumentType::ExperienceSheet,
               QStringLiteral("Participation des habitants"), QString());
        borrowerA = borrower(QStringLiteral("CARTE-A"), "professionnel", StructureType::Commune,
                             QStringLiteral("Bondy"));
        borrowerB =
            borrower(QStringLiteral("CARTE-B"), "elu", StructureType::Association, QStringLiteral("Pantin"));

        // 2025: one loan. 2026: four loans by two borrowers (A twice in March, once in June).
        lend(QStringLiteral("B0"), borrowerA, QDate(2025, 6, 3));
        giveBack(QStringLiteral("B0"), QDate(2025, 6, 20));
        lend(QStringLiteral("B1"), borrowerA, QDate(2026, 3, 2));
        lend(QStringLiteral("B2"), borrowerA, QDate(2026, 3, 3));
        giveBack(QStringLiteral("B1"), QDate(2026, 3, 16));
        lend(QStringLiteral("B1"), borrowerB, QDate(2026, 3, 17));
        giveBack(QStringLiteral("B1"), QDate(2026, 4, 1));
        giveBack(QStringLiteral("B2"), QDate(2026, 4, 1));
        lend(QStringLiteral("B1"), borrowerA, QDate(2026, 6, 1));
        giveBack(QStringLiteral("B1"), QDate(2026, 6, 10));

        // Visits: three in 2026 (two done, one did not come), one done in 2025.
        visit(QDate(2025, 5, 6), AppointmentStatus::Done, QStringLiteral("Bondy"));
        visit(QDate(2026, 4, 7), AppointmentStatus::Done, QStringLiteral("Bondy"));
        visit(QDate(2026, 5, 5), AppointmentStatus::Done, QStringLiteral("Pantin"));
        visit(QDate(2026, 5, 12), AppointmentStatus::NoShow, QStringLiteral("Pantin"));

        // Requests: three received in 2026, two answered (4 and 10 days), 90 minutes.
        const qint64 r1 = request(QDate(2026, 1, 12), QStringLiteral("Durand, Sophie"), QStringLiteral("QPV"),
                                  RequestChannel::Email);
        const qint64 r2 = request(QDate(2026, 2, 9), QStringLiteral("Petit, Marc"),
                                  QStringLiteral("Logement social"), RequestChannel::Phone);
        request(QDate(2026, 11, 2), QStringLiteral("Martin, Léa"), QStringLiteral("Emploi"),
                RequestChannel::Phone);
        answer(r1, QDate(2026, 1, 16), 30);
        {
            // Two bibliographies in 2026: one made for a request, one from the selection (counted by the
            // caller).
            at(QDate(2026, 1, 16));
            Requests requests(cat.db(), cat.clock(), calendar);
            REQUIRE(requests.answer(r1, QStringLiteral("Réponse."), {2}).ok());
            REQUIRE(requests.produceBibliography(r1).ok());
            REQUIRE(OutputTotals::count(cat.db(), OutputTotals::Kind::Bibliography, QDate(2026, 5, 4)).ok());
            REQUIRE(OutputTotals::count(cat.db(), OutputTotals::Kind::Bibliography, QDate(2025, 5, 4)).ok());
        }
        answer(r2, QDate(2026, 2, 19), 60);
        at(QDate(2026, 3, 4));
        QuickTallies tallies(cat.db(), cat.clock(), calendar);
        REQUIRE(tallies.add(RequestChannel::Phone, QStringLiteral("Emploi")).ok());
        REQUIRE(tallies.add(RequestChannel::Visit).ok());

        // The newsletter: two issues in 2026, 2,300 and 2,400 copies.
        Periodicals periodicals(cat.db(), cat.clock());
        Periodical own;
        own.title = QStringLiteral("La Lettre");
        own.own = true;
        own.frequency = Frequency::Monthly;
        own.firstExpected = QDate(2026, 9, 15);
        auto ownId = periodicals.add(own);
        REQUIRE(ownId.ok());
        for (const auto& [day, printed] :
             {std::pair{QDate(2026, 9, 15), 2300}, {QDate(2026, 10, 15), 2400}}) {
            at(day);
            Periodicals::Receipt r;
            r.periodicalId = *ownId;
            r.day = day;
            r.printRun = printed;
            r.mailed = printed - 200;
            REQUIRE(periodicals.receive(r).ok());
        }
        at(QDate(2027, 1, 10));
    }

    ActivityReport build()
    {
        auto report = ActivityReports::build(cat.db(), cat.clock(), QDate(2026, 1, 1), QDate(2026, 12, 31));
        INFO((report ? QString() : report.errorMessage()).toStdString());
        REQUIRE(report.ok());
        return *report;
    }
};

double rowValue(const ActivityReport& r, const QString& section, const QString& table, const QString& key,
                int column = 0)
{
    const ReportSection* s = r.section(section);
    REQUIRE(s);
    for (const ReportTable& t : s->tables)
        if (t.key == table)
            for (const auto& row : t.rows)
                if (row.key == key)
                    return row.values.value(column);
    return -1;
}

} // namespace

TEST_CASE("the activity report's figures are what was entered, beside the previous year")
{
    Year y;
    const ActivityReport r = y.build();
    CHECK(r.previousFrom == QDate(2025, 1, 1));
    CHECK(r.previousTo == QDate(2025, 12, 31));
    // The 2026 issue records count as records added too: 3 + 2.
    CHECK(r.figure(QStringLiteral("documents"), QStringLiteral("records_added")) == 5);
    CHECK(r.figure(QStringLiteral("documents"), QStringLiteral("records_added"), true) == 1);
    CHECK(rowValue(r, QStringLiteral("documents"), QStringLiteral("added_by_type"),
                   QStringLiteral("study")) == 1);
    CHECK(rowValue(r, QStringLiteral("documents"), QStringLiteral("added_by_type"), QStringLiteral("study"),
                   1) == 1);
    CHECK(rowValue(r, QStringLiteral("documents"), QStringLiteral("added_by_theme"),
                   QStringLiteral("Emploi et développement économique")) == 1);
    CHECK(rowValue(r, QStringLiteral("documents"), QStringLiteral("most_borrowed"), QStringLiteral("2")) ==
          3);

    CHECK(r.figure(QStringLiteral("circulation"), QStringLiteral("loans")) == 4);
    CHECK(r.figure(QStringLiteral("circulation"), QStringLiteral("loans"), true) == 1);
    CHECK(r.figure(QStringLiteral("circulation"), QStringLiteral("returns")) == 4);
    CHECK(r.figure(QStringLiteral("circulation"), QStringLiteral("active_borrowers")) == 2);
    CHECK(r.figure(QStringLiteral("circulation"), QStringLiteral("active_borrowers"), true) == 1);
    CHECK(rowValue(r, QStringLiteral("circulation"), QStringLiteral("loans_by_month"),
                   QStringLiteral("2026-03")) == 3);
    CHECK(rowValue(r, QStringLiteral("circulation"), QStringLiteral("active_by_category"),
                   QStringLiteral("professionnel")) == 1);
    CHECK(rowValue(r, QStringLiteral("circulation"), QStringLiteral("active_by_commune"),
                   QStringLiteral("Pantin")) == 1);

    CHECK(r.figure(QStringLiteral("visits"), QStringLiteral("done")) == 2);
    CHECK(r.figure(QStringLiteral("visits"), QStringLiteral("no_show")) == 1);
    CHECK(r.figure(QStringLiteral("visits"), QStringLiteral("booked")) == 3);
    CHECK(r.figure(QStringLiteral("visits"), QStringLiteral("done"), true) == 1);
    CHECK(r.figure(QStringLiteral("visits"), QStringLiteral("no_show_rate")) == Approx(100.0 / 3));
    CHECK(rowValue(r, QStringLiteral("visits"), QStringLiteral("visits_by_commune"),
                   QStringLiteral("Pantin")) == 1);

    CHECK(r.figure(QStringLiteral("requests"), QStringLiteral("received")) == 3);
    CHECK(r.figure(QStringLiteral("requests"), QStringLiteral("answered")) == 2);
    CHECK(r.figure(QStringLiteral("requests"), QStringLiteral("average_days")) == Approx(7.0));
    CHECK(r.figure(QStringLiteral("requests"), QStringLiteral("hours")) == Approx(1.5));
    CHECK(r.figure(QStringLiteral("requests"), QStringLiteral("tallies")) == 2);
    CHECK(rowValue(r, QStringLiteral("requests"), QStringLiteral("requests_by_channel"),
                   QStringLiteral("phone")) == 2);
    CHECK(rowValue(r, QStringLiteral("requests"), QStringLiteral("requests_by_theme"),
                   QStringLiteral("Politique de la ville")) == 1);
    CHECK(rowValue(r, QStringLiteral("requests"), QStringLiteral("hours_by_staff"),
                   QStringLiteral("Claire")) == Approx(1.5));

    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("newsletter_issues")) == 2);
    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("newsletter_printed")) == 4700);
    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("newsletter_average_print_run")) == 2350);
    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("newsletter_mailed")) == 4300);
    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("experience_sheets")) == 1);
    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("bibliographies")) == 2);
    CHECK(r.figure(QStringLiteral("publications"), QStringLiteral("bibliographies"), true) == 1);

    CHECK(rowValue(r, QStringLiteral("evolution"), QStringLiteral("by_year"), QStringLiteral("2026"), 0) ==
          4);
    CHECK(rowValue(r, QStringLiteral("evolution"), QStringLiteral("by_year"), QStringLiteral("2025"), 1) ==
          1);
    CHECK(rowValue(r, QStringLiteral("evolution"), QStringLiteral("by_year"), QStringLiteral("2026"), 2) ==
          3);

    // No name anywhere in the report.
    const QByteArray json = QJsonDocument(ActivityReports::toJson(r)).toJson();
    for (const char* name : {"Durand", "Petit", "Lecteur"})
        CHECK_FALSE(json.contains(name));
}

TEST_CASE("the report's figures stay the same after the retention run has anonymised the year")
{
    Year y;
    const QByteArray before = QJsonDocument(ActivityReports::toJson(y.build())).toJson();
    CirculationSettings settings;
    y.at(QDate(2028, 3, 1));
    auto applied = Retention::apply(y.cat.db(), y.cat.clock(), settings, QDate(2028, 3, 1));
    REQUIRE(applied.ok());
    CHECK(applied->requesters.people.size() == 2); // the open request's requester is kept
    CHECK(y.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id IS NOT NULL")) == 0);
    const QByteArray after = QJsonDocument(ActivityReports::toJson(y.build())).toJson();
    CHECK(after == before);
}

TEST_CASE("a report section can be chosen; bad periods and sections are refused")
{
    Year y;
    auto some = ActivityReports::build(y.cat.db(), y.cat.clock(), QDate(2026, 1, 1), QDate(2026, 6, 30),
                                       {QStringLiteral("circulation")});
    REQUIRE(some.ok());
    REQUIRE(some->sections.size() == 1);
    CHECK(some->previousFrom == QDate(2025, 7, 1));
    CHECK(some->figure(QStringLiteral("circulation"), QStringLiteral("loans")) == 4);
    CHECK_FALSE(ActivityReports::build(y.cat.db(), y.cat.clock(), QDate(2026, 2, 1), QDate(2026, 1, 1)).ok());
    auto unknown = ActivityReports::build(y.cat.db(), y.cat.clock(), QDate(2026, 1, 1), QDate(2026, 12, 31),
                                          {QStringLiteral("weather")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("weather")));
    CHECK(ActivityReports::defaultPeriod(QDate(2027, 2, 10)).first == QDate(2026, 1, 1));
    CHECK(ActivityReports::defaultPeriod(QDate(2027, 6, 10)).second == QDate(2027, 12, 31));
    // A module with nothing in either period says so instead of zeros.
    auto empty = ActivityReports::build(y.cat.db(), y.cat.clock(), QDate(2020, 1, 1), QDate(2020, 12, 31));
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->section(QStringLiteral("circulation"))->available);
    CHECK_FALSE(empty->section(QStringLiteral("circulation"))->note.isEmpty());
}

TEST_CASE("the report's documents read back: PDF by Poppler, XLSX by openpyxl, CSV by a strict parser, ODT")
{
    Year y;
    ActivityReport r = y.build();
    r.introduction = QStringLiteral("Une année de travail avec les communes du territoire.");
    const QDir dir(y.cat.dir());

    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Pdf, pdf).ok());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Activity report 2026")));
    CHECK(text.contains(QStringLiteral("Une année de travail")));
    CHECK(text.contains(QStringLiteral("Info-Doc")));
    CHECK(text.contains(QStringLiteral("Active borrowers")));
    CHECK(text.contains(QStringLiteral("Newsletter copies printed")));
    // The charts are drawn, not pasted: the PDF holds no picture but the logo's (none here).
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    REQUIRE_FALSE(pdfimages.isEmpty());
    QProcess images;
    images.start(pdfimages, {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(30000));
    CHECK(QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(u'\n').size() ==
          2); // header lines

    const QString xlsx = dir.filePath(QStringLiteral("rapport.xlsx"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Xlsx, xlsx).ok());
    // Debian's python3, which has python3-openpyxl (scripts/deps).
    const QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    REQUIRE_FALSE(python.isEmpty());
    QProcess openpyxl;
    openpyxl.start(python,
                   {QStringLiteral("-c"),
                    QStringLiteral("import openpyxl, sys\n"
                                   "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                   "ws = wb['Loans']\n"
                                   "rows = {r[0]: r[1] for r in ws.iter_rows(min_row=4, values_only=True)}\n"
                                   "print(len(wb.sheetnames), rows['Active borrowers'], rows['Loans'])\n"),
                    xlsx});
    REQUIRE(openpyxl.waitForFinished(30000));
    INFO(openpyxl.readAllStandardError().toStdString());
    CHECK(QString::fromUtf8(openpyxl.readAllStandardOutput()).trimmed().endsWith(QStringLiteral(" 2 4")));

    const QString csv = dir.filePath(QStringLiteral("rapport.csv"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Csv, csv).ok());
    auto table = Csv::parse(infodoc::test::fileBytes(csv), csv, u',');
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("section"), QStringLiteral("table"),
                                       QStringLiteral("row"), QStringLiteral("label"),
                                       QStringLiteral("column"), QStringLiteral("value")});
    bool found = false;
    for (const auto& row : table->rows) {
        REQUIRE(row.cells.size() == 6);
        if (row.cells.at(0) == QLatin1String("requests") && row.cells.at(2) == QLatin1String("received") &&
            row.cells.at(4) == QLatin1String("2026"))
            found = row.cells.at(5) == QLatin1String("3");
    }
    CHECK(found);

    const QString odt = dir.filePath(QStringLiteral("rapport.odt"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Odt, odt).ok());
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    REQUIRE_FALSE(soffice.isEmpty());
    QProcess office;
    office.setWorkingDirectory(dir.path());
    office.start(soffice,
                 {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text"),
                  QStringLiteral("--outdir"), dir.path(), odt});
    REQUIRE(office.waitForFinished(180000));
    INFO(office.readAllStandardError().toStdString());
    REQUIRE(office.exitCode() == 0);
    const QString odtText =
        QString::fromUtf8(infodoc::test::fileBytes(dir.filePath(QStringLiteral("rapport.txt"))));
    CHECK(odtText.contains(QStringLiteral("Activity report 2026")));
    CHECK(odtText.contains(QStringLiteral("Newsletter copies printed")));
}

TEST_CASE("text from the catalogue is text in every report document: markup shown, formulas neutralised")
{
    Year y;
    // A title with markup and a descriptor, a commune that a spreadsheet would take for formulas.
    const QString title =
        QStringLiteral("<img src=\"file:///etc/hostname\"><script>alert(1)</script> Rapport");
    const QString subject = QStringLiteral("=HYPERLINK(\"http://exemple.org\",\"clic\")");
    const QString commune = QStringLiteral("@SUM(1+1)");
    y.at(QDate(2026, 7, 1));
    REQUIRE(Thesaurus(y.cat.db(), y.cat.clock()).addDescriptor(subject).ok());
    y.record(title, DocumentType::Report, subject, QStringLiteral("B9"));
    const qint64 c = y.borrower(QStringLiteral("CARTE-C"), "professionnel", StructureType::Commune, commune);
    y.lend(QStringLiteral("B9"), c, QDate(2026, 7, 2));
    y.at(QDate(2027, 1, 10));
    ActivityReport r = y.build();
    const QDir dir(y.cat.dir());

    // CSV: no text cell begins as a formula would; the descriptor is there, after an apostrophe.
    const QString csv = dir.filePath(QStringLiteral("rapport.csv"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Csv, csv).ok());
    auto table = Csv::parse(infodoc::test::fileBytes(csv), csv, u',');
    REQUIRE(table.ok());
    QStringList texts;
    for (const auto& row : table->rows)
        texts << row.cells.mid(0, 5);
    for (const QString& cell : std::as_const(texts)) {
        INFO(cell.toStdString());
        CHECK_FALSE((!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0))));
    }
    CHECK(texts.contains(u'\'' + subject));
    CHECK(texts.contains(u'\'' + commune));
    CHECK(texts.contains(title));

    // XLSX, read by openpyxl: not one formula, the same cells after their apostrophe.
    const QString xlsx = dir.filePath(QStringLiteral("rapport.xlsx"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Xlsx, xlsx).ok());
    QProcess openpyxl;
    openpyxl.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import openpyxl, sys\n"
                                   "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                   "cells = [c for ws in wb for row in ws.iter_rows() for c in row]\n"
                                   "print(sum(c.data_type == 'f' for c in cells))\n"
                                   "print(sum(c.value == sys.argv[2] for c in cells) > 0)\n"
                                   "print(sum(c.value == sys.argv[3] for c in cells) > 0)\n"),
                    xlsx, u'\'' + subject, u'\'' + commune});
    REQUIRE(openpyxl.waitForFinished(30000));
    INFO(openpyxl.readAllStandardError().toStdString());
    CHECK(QString::fromUtf8(openpyxl.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("0"), QStringLiteral("True"), QStringLiteral("True")});

    // PDF: the markup is printed as it was typed, and no file was drawn into it.
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    REQUIRE(ReportDocument::write(r, y.cat.db(), ReportDocument::Format::Pdf, pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(printed.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(printed.contains(QStringLiteral("=HYPERLINK(")));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(30000));
    CHECK(QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(u'\n').size() == 2);
}

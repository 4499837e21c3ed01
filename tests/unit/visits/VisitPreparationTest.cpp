#include "core/visits/VisitPreparation.h"
#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/requests/Retention.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/visits/Appointments.h"
#include "core/visits/VisitorData.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

const QTimeZone kParis("Europe/Paris");

// Monday 4 January 2027, 9:00 in Paris; the visit is on Tuesday at 10:00.
struct Visit
{
    TestCatalogue cat;
    Calendar calendar{{1, 2, 3, 4, 5}, {}, kParis};
    OpeningHours hours;
    const QDate tuesday{2027, 1, 5};
    qint64 social = 0, allocation = 0, renewal = 0, health = 0;
    qint64 marie = 0, paul = 0;
    qint64 appointment = 0;
    Appointments appointments{cat.db(), cat.clock(), calendar, hours};

    Visit()
    {
        cat.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
        RecordRepository repository(cat.db(), cat.clock());
        auto add = [&](const QString& title, const QStringList& subjects, const QString& abstract,
                       const QList<Copy>& copies) {
            Record r;
            r.type = DocumentType::Study;
            r.title = title;
            r.subjects = subjects;
            r.abstract = abstract;
            r.date = QStringLiteral("2024");
            r.copies = copies;
            auto id = repository.add(r);
            REQUIRE(id.ok());
            return *id;
        };
        auto copy = [](const char* barcode, const char* call, const char* location,
                       CopyStatus status = CopyStatus::Available) {
            return Copy{
                0, QLatin1String(barcode), QString::fromUtf8(call), QString::fromUtf8(location), status, {}};
        };
        social = add(QStringLiteral("Le logement social en Seine-Saint-Denis"),
                     {QStringLiteral("Logement social")},
                     QStringLiteral("Parc locatif et bailleurs sociaux du département."),
                     {copy("L1", "LOG 2 DUR", "Salle B"), copy("L2", "LOG 2 DUR", "Salle B")});
        allocation = add(QStringLiteral("Attribuer les logements sociaux"),
                         {QStringLiteral("Attribution des logements sociaux")},
                         QStringLiteral("Commissions d'attribution et mixité sociale."),
                         {copy("A1", "LOG 1 ATT", "Salle A")});
        renewal = add(QStringLiteral("La rénovation urbaine à Clichy-sous-Bois"), {},
                      QStringLiteral("Démolitions, reconstructions et relogement des habitants."),
                      {copy("R1", "URB 3 REN", "Salle A")});
        health = add(QStringLiteral("Santé des adolescents"), {},
                     QStringLiteral("Vaccination et prévention."), {copy("H1", "SAN 1", "Salle C")});
        marie = addBorrower(QStringLiteral("Dupont, Marie"), QStringLiteral("CARD-1"));
        paul = addBorrower(QStringLiteral("Martin, Paul"), QStringLiteral("CARD-2"));

        Appointment a;
        a.day = tuesday;
        a.startMin = 10 * 60;
        a.lengthMin = 60;
        a.visitor.kind = Visitor::Kind::Borrower;
        a.visitor.card = QStringLiteral("CARD-1");
        a.purpose = VisitPurpose::Consultation;
        a.subjects = {QStringLiteral("Logement social")};
        a.topic = QStringLiteral("rénovation urbaine");
        a.status = AppointmentStatus::Confirmed;
        auto booked = appointments.book(a);
        REQUIRE(booked.ok());
        REQUIRE(booked->booked());
        appointment = booked->id;
    }

    qint64 addBorrower(const QString& name, const QString& card)
    {
        Borrowers borrowers(cat.db(), cat.clock());
        auto c = borrowers.categoryByCode(QStringLiteral("professionnel"));
        REQUIRE(c.ok());
        REQUIRE(c->has_value());
        Borrower b;
        b.name = name;
        b.card = card;
        b.categoryId = (*c)->id;
        b.structureType = StructureType::Commune;
        b.commune = QStringLiteral("Bobigny");
        auto id = borrowers.add(b);
        REQUIRE(id.ok());
        return *id;
    }

    VisitPreparation preparation() { return VisitPreparation(cat.db(), cat.clock(), appointments); }
    Circulation circulation() { return Circulation(cat.db(), cat.clock(), calendar); }
    void onTuesday() { cat.clock().set(QDateTime(tuesday, QTime(9, 0), Qt::UTC)); }

    Appointment current()
    {
        auto a = appointments.find(appointment);
        REQUIRE(a.ok());
        REQUIRE(a->has_value());
        return **a;
    }
};

QList<qint64> idsOf(const QList<VisitPreparation::Suggestion>& list)
{
    QList<qint64> ids;
    for (const auto& s : list)
        ids.append(s.document.recordId);
    return ids;
}

QList<qint64> idsOf(const QList<VisitPreparation::Item>& list)
{
    QList<qint64> ids;
    for (const auto& i : list)
        ids.append(i.document.recordId);
    return ids;
}

QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, installed by scripts/deps
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("Préparer suggests the records of the descriptors and their narrower terms, the selection left out")
{
    Visit v;
    auto preparation = v.preparation();
    auto suggested = preparation.suggest(v.appointment);
    REQUIRE(suggested.ok());
    const QList<qint64> ids = idsOf(*suggested);
    CHECK(ids.contains(v.social));
    CHECK(ids.contains(v.allocation)); // narrower term of "Logement social"
    CHECK_FALSE(ids.contains(v.health));
    CHECK_FALSE(ids.contains(v.renewal)); // only the free text finds it, and no index was given
    CHECK(suggested->first().reasons.join(u' ').contains(QStringLiteral("Logement social")));
    CHECK(suggested->first().document.available > 0);

    REQUIRE(preparation.select(v.appointment, {v.social}).ok());
    auto again = preparation.suggest(v.appointment);
    REQUIRE(again.ok());
    CHECK_FALSE(idsOf(*again).contains(v.social));
    CHECK(idsOf(*again).contains(v.allocation));
}

TEST_CASE("Préparer also finds records by the free topic and records similar to the selection")
{
    Visit v;
    auto opened = SearchIndex::open(SearchIndex::directoryFor(v.cat.path()), SearchIndex::Mode::ReadWrite);
    REQUIRE(opened.ok());
    ExtractionPool::Options options;
    options.helperPath = QStringLiteral(INFODOC_EXTRACT);
    REQUIRE(IndexSync(v.cat.db(), **opened, options).sync().ok());
    SearchService search(v.cat.db(), **opened);

    auto preparation = v.preparation();
    REQUIRE(preparation.select(v.appointment, {v.allocation}).ok());
    auto suggested = preparation.suggest(v.appointment, &search);
    REQUIRE(suggested.ok());
    const QList<qint64> ids = idsOf(*suggested);
    REQUIRE(ids.contains(v.renewal));
    const auto& byTopic = suggested->at(int(ids.indexOf(v.renewal)));
    CHECK(byTopic.reasons.join(u' ').contains(QStringLiteral("rénovation urbaine")));
    // The descriptor's record comes first: it weighs more than the free text.
    CHECK(ids.indexOf(v.social) < ids.indexOf(v.renewal));
    CHECK_FALSE(ids.contains(v.allocation)); // already selected
}

TEST_CASE("the selection keeps its order and refuses an unknown record without adding anything")
{
    Visit v;
    auto preparation = v.preparation();
    REQUIRE(preparation.select(v.appointment, {v.renewal, v.social}).ok());
    REQUIRE(preparation.select(v.appointment, {v.social, v.allocation}, VisitPreparation::ChosenBy::Visitor)
                .ok());
    auto items = preparation.selection(v.appointment);
    REQUIRE(items.ok());
    CHECK(idsOf(*items) == QList<qint64>{v.renewal, v.social, v.allocation});
    CHECK(items->at(1).chosenBy == VisitPreparation::ChosenBy::Documentalist);
    CHECK(items->at(2).chosenBy == VisitPreparation::ChosenBy::Visitor);

    auto refused = preparation.select(v.appointment, {v.health, 99999});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("99999")));
    auto after = preparation.selection(v.appointment);
    REQUIRE(after.ok());
    CHECK(after->size() == 3); // the health record was not added either

    REQUIRE(preparation.unselect(v.appointment, {v.social}).ok());
    auto fewer = preparation.selection(v.appointment);
    REQUIRE(fewer.ok());
    CHECK(idsOf(*fewer) == QList<qint64>{v.renewal, v.allocation});
    CHECK_FALSE(preparation.selection(424242).ok());
}

TEST_CASE(
    "copies set aside for the visit are lent from it only, and go back to the shelf when it is cancelled")
{
    Visit v;
    v.cat.lend(QStringLiteral("R1"));
    auto preparation = v.preparation();
    REQUIRE(preparation.select(v.appointment, {v.social, v.allocation, v.renewal}).ok());
    auto report = preparation.setAside(v.appointment);
    REQUIRE(report.ok());
    REQUIRE(report->added.size() == 2);
    CHECK(report->added.at(0).barcode == QStringLiteral("L1"));
    CHECK(report->added.at(1).barcode == QStringLiteral("A1"));
    REQUIRE(report->missing.size() == 1);
    CHECK(report->missing.first().contains(QStringLiteral("rénovation urbaine")));
    // Setting aside again adds nothing.
    auto twice = preparation.setAside(v.appointment);
    REQUIRE(twice.ok());
    CHECK(twice->added.isEmpty());

    auto desk = v.circulation();
    auto refused = desk.checkout(QStringLiteral("L1"), v.paul);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("set aside")));
    CHECK(desk.checkout(QStringLiteral("L2"), v.paul).ok()); // the other copy is free

    v.onTuesday();
    auto lent = preparation.lend(v.appointment, QStringLiteral("L1"));
    REQUIRE(lent.ok());
    CHECK(lent->borrowerId == v.marie);
    auto loans = preparation.loans(v.appointment);
    REQUIRE(loans.ok());
    REQUIRE(loans->size() == 1);
    CHECK(loans->first().barcode == QStringLiteral("L1"));

    REQUIRE(v.appointments.setStatus(v.appointment, AppointmentStatus::Cancelled).ok());
    auto left = preparation.setAsides(v.appointment);
    REQUIRE(left.ok());
    CHECK(left->isEmpty());
    CHECK(desk.checkout(QStringLiteral("A1"), v.paul).ok());
}

TEST_CASE("a lend from a visit without a card is refused, and a refused loan links nothing")
{
    Visit v;
    Appointment a;
    a.day = v.tuesday;
    a.startMin = 14 * 60;
    a.visitor.kind = Visitor::Kind::Anonymous;
    a.visitor.structureType = StructureType::Association;
    auto booked = v.appointments.book(a);
    REQUIRE(booked.ok());
    REQUIRE(booked->booked());
    auto preparation = v.preparation();
    auto noCard = preparation.lend(booked->id, QStringLiteral("A1"));
    REQUIRE_FALSE(noCard.ok());
    CHECK(noCard.errorMessage().contains(QStringLiteral("card")));

    auto unknown = preparation.lend(v.appointment, QStringLiteral("NOPE"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("NOPE")));
    CHECK(v.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_loan")) == 0);
}

TEST_CASE("a moved visit takes its set-aside copies with it")
{
    Visit v;
    auto preparation = v.preparation();
    REQUIRE(preparation.select(v.appointment, {v.allocation}).ok());
    REQUIRE(preparation.setAside(v.appointment).ok());
    auto moved = v.appointments.move(v.appointment, QDate(2027, 1, 7), 15 * 60);
    REQUIRE(moved.ok());
    REQUIRE(moved->booked());
    auto aside = preparation.setAsides(v.appointment);
    REQUIRE(aside.ok());
    REQUIRE(aside->size() == 1);
    CHECK(aside->first().day == QDate(2027, 1, 7));
    CHECK(aside->first().label.contains(QStringLiteral("15:00")));
}

TEST_CASE("the pull list is in shelf order, and both printouts are written")
{
    Visit v;
    v.cat.lend(QStringLiteral("R1"));
    auto preparation = v.preparation();
    REQUIRE(preparation.select(v.appointment, {v.renewal, v.social, v.allocation}).ok());
    REQUIRE(preparation.setAside(v.appointment).ok());
    auto lines = preparation.pullList(v.appointment);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 3);
    CHECK(lines->at(0).barcode == QStringLiteral("A1")); // Salle A
    CHECK(lines->at(0).setAside);
    CHECK(lines->at(1).barcode == QStringLiteral("L1")); // Salle B
    CHECK(lines->at(2).barcode.isEmpty());               // on loan: nothing to take
    CHECK(lines->at(2).note.contains(QStringLiteral("on loan")));

    const QString pdf = v.cat.dir() + QStringLiteral("/pull.pdf");
    REQUIRE(preparation.writePullList(v.appointment, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("LOG 1 ATT")));
    CHECK(text.contains(QStringLiteral("Salle B")));
    CHECK(text.indexOf(QStringLiteral("A1")) < text.indexOf(QStringLiteral("L1")));
    const QString txt = v.cat.dir() + QStringLiteral("/pull.txt");
    REQUIRE(preparation.writePullList(v.appointment, txt).ok());
    CHECK(infodoc::test::fileBytes(txt).contains("URB 3 REN") ==
          false); // no copy on the shelf, no call number
    CHECK_FALSE(preparation.writePullList(v.appointment, v.cat.dir() + QStringLiteral("/pull.docx")).ok());

    const QString bib = v.cat.dir() + QStringLiteral("/biblio.txt");
    REQUIRE(preparation.writeBibliography(v.appointment, bib, BibliographyWriter::Format::Text).ok());
    const QString written = QString::fromUtf8(infodoc::test::fileBytes(bib));
    CHECK(written.contains(QStringLiteral("Attribuer les logements sociaux")));
    CHECK(written.contains(QStringLiteral("LOG 2 DUR")));
    CHECK(written.contains(QStringLiteral("mardi 5 janvier 2027")));
}

TEST_CASE("closing the visit records what was consulted and the follow-up, all or nothing")
{
    Visit v;
    auto preparation = v.preparation();
    REQUIRE(preparation.select(v.appointment, {v.social, v.allocation}).ok());
    REQUIRE(preparation.setAside(v.appointment).ok());

    VisitPreparation::Closing closing;
    closing.consulted = {v.social};
    closing.scanned = {QStringLiteral("H1")};
    closing.followUp = QStringLiteral("Envoyer la liste des études sur l'attribution");
    auto early = preparation.close(v.appointment, closing);
    REQUIRE_FALSE(early.ok()); // Monday: the visit is tomorrow
    CHECK(v.current().status == AppointmentStatus::Confirmed);

    v.onTuesday();
    VisitPreparation::Closing broken = closing;
    broken.scanned.append(QStringLiteral("XX-404"));
    auto refused = preparation.close(v.appointment, broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("XX-404")));
    CHECK(v.current().status == AppointmentStatus::Confirmed);
    CHECK(v.current().followUp.isEmpty());
    CHECK(v.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_item WHERE consulted = 1")) == 0);
    CHECK(v.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_item")) == 2);

    REQUIRE(preparation.close(v.appointment, closing).ok());
    const Appointment done = v.current();
    CHECK(done.status == AppointmentStatus::Done);
    CHECK(done.followUp == closing.followUp);
    auto items = preparation.selection(v.appointment);
    REQUIRE(items.ok());
    REQUIRE(idsOf(*items) == QList<qint64>{v.social, v.allocation, v.health});
    CHECK(items->at(0).consulted);
    CHECK_FALSE(items->at(1).consulted);
    CHECK(items->at(2).consulted); // scanned
    auto aside = preparation.setAsides(v.appointment);
    REQUIRE(aside.ok());
    CHECK(aside->isEmpty());
    auto totals = v.appointments.totals(QStringLiteral("2027-01"), QStringLiteral("2027-01"));
    REQUIRE(totals.ok());
    int visits = 0;
    for (const auto& t : *totals)
        if (t.event == QLatin1String("done") && t.dimension == QLatin1String("all"))
            visits += t.total;
    CHECK(visits == 1);
}

TEST_CASE("named visitors are forgotten a year after their last visit; the statistics stay")
{
    TestCatalogue cat;
    cat.clock().set(QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC));
    Appointments appointments(cat.db(), cat.clock(), Calendar({1, 2, 3, 4, 5}, {}, kParis), OpeningHours());
    auto book = [&](const QString& name, const QDate& day) {
        Appointment a;
        a.day = day;
        a.startMin = 10 * 60;
        a.visitor.kind = Visitor::Kind::Named;
        a.visitor.name = name;
        a.visitor.structure = QStringLiteral("Ville de Pantin");
        a.visitor.structureType = StructureType::Commune;
        a.visitor.commune = QStringLiteral("Pantin");
        a.visitor.contact = QStringLiteral("contact@example.org");
        a.notes = QStringLiteral("Rappeler ") + name;
        a.status = AppointmentStatus::Done;
        auto b = appointments.book(a, Appointments::Rules::Import);
        REQUIRE(b.ok());
        REQUIRE(b->booked());
        return b->id;
    };
    const qint64 old = book(QStringLiteral("Durand, Sophie"), QDate(2025, 3, 4));
    book(QStringLiteral("Durand, Sophie"), QDate(2025, 6, 10));
    book(QStringLiteral("Lefèvre, Hugo"), QDate(2025, 5, 6));
    book(QStringLiteral("Lefèvre, Hugo"), QDate(2026, 2, 3)); // came back: kept
    const qint64 before = cat.scalar(QStringLiteral("SELECT SUM(total) FROM visit_month"));

    VisitorData data(cat.db(), cat.clock());
    auto found = data.find(QStringLiteral("durand"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().appointments == 2);
    auto exported = data.exportJson(found->first().key);
    REQUIRE(exported.ok());
    CHECK(exported->value(QStringLiteral("appointments")).toArray().size() == 2);
    CHECK(QJsonDocument(*exported).toJson().contains("contact@example.org"));

    auto plan = data.plan(QDate(2026, 7, 1));
    REQUIRE(plan.ok());
    REQUIRE(plan->people.size() == 1);
    CHECK(plan->people.first().name == QStringLiteral("Durand, Sophie"));
    REQUIRE(data.apply(QDate(2026, 7, 1)).ok());
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment WHERE name LIKE '%Durand%' OR notes "
                                    "LIKE '%Durand%' OR contact <> ''")) == 2); // Hugo's two only
    auto forgotten = appointments.find(old);
    REQUIRE(forgotten.ok());
    CHECK((*forgotten)->visitor.kind == Visitor::Kind::Anonymous);
    CHECK((*forgotten)->visitor.commune == QStringLiteral("Pantin"));
    CHECK((*forgotten)->visitor.structureType == StructureType::Commune);
    CHECK(cat.scalar(QStringLiteral("SELECT SUM(total) FROM visit_month")) == before);

    auto hugo = data.find(QStringLiteral("LEFEVRE"));
    REQUIRE(hugo.ok());
    REQUIRE(hugo->size() == 1);
    auto erased = data.erase(hugo->first().key);
    REQUIRE(erased.ok());
    CHECK(*erased == 2);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment WHERE visitor_kind = 'named'")) == 0);
    CHECK_FALSE(data.erase(hugo->first().key).ok());
    CHECK_FALSE(VisitorData::setRetentionMonths(cat.db(), 0).ok());
    REQUIRE(VisitorData::setRetentionMonths(cat.db(), 24).ok());
    CHECK(*VisitorData::retentionMonths(cat.db()) == 24);
}

TEST_CASE("one retention run forgets borrowers and named visitors together, or nothing")
{
    Visit v;
    // A loan returned on 4 January 2027; a named visitor who came in January 2026.
    v.cat.lend(QStringLiteral("H1"));
    REQUIRE(v.circulation().checkin(QStringLiteral("H1")).ok());
    Appointment old;
    old.day = QDate(2026, 1, 13);
    old.startMin = 10 * 60;
    old.visitor.kind = Visitor::Kind::Named;
    old.visitor.name = QStringLiteral("Durand, Sophie");
    old.status = AppointmentStatus::Done;
    auto booked = v.appointments.book(old, Appointments::Rules::Import);
    REQUIRE(booked.ok());
    REQUIRE(booked->booked());

    const QDate asOf(2027, 6, 1);
    auto settings = CirculationSettings::load(v.cat.db());
    REQUIRE(settings.ok());
    auto plan = Retention::plan(v.cat.db(), v.cat.clock(), *settings, asOf);
    REQUIRE(plan.ok());
    CHECK(plan->borrowers.loans.size() == 1);
    CHECK(plan->visitors.people.size() == 1);

    // A failure in the visitors' part leaves the borrowers' part undone too.
    QSqlQuery q(v.cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER no_forgetting BEFORE UPDATE OF name ON appointment BEGIN "
                                  "SELECT RAISE(ABORT, 'disk full'); END")));
    auto failed = Retention::apply(v.cat.db(), v.cat.clock(), *settings, asOf);
    REQUIRE_FALSE(failed.ok());
    CHECK(v.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id IS NULL")) == 0);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER no_forgetting")));

    auto applied = Retention::apply(v.cat.db(), v.cat.clock(), *settings, asOf);
    REQUIRE(applied.ok());
    CHECK(v.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id IS NULL")) == 1);
    CHECK(v.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment WHERE visitor_kind = 'named'")) == 0);
}

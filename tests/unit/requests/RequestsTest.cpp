#include "core/requests/Requests.h"
#include "core/requests/RequestJson.h"
#include "core/requests/RequesterData.h"
#include "core/requests/Retention.h"

#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/search/ExtractionPool.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

const QTimeZone kParis("Europe/Paris");

// Monday 4 January 2027, 9:00 in Paris; Monday to Friday open.
struct Desk
{
    TestCatalogue cat;
    Calendar calendar{{1, 2, 3, 4, 5}, {}, kParis};

    Desk() { setToday(QDate(2027, 1, 4)); }
    void setToday(const QDate& day) { cat.clock().set(QDateTime(day, QTime(8, 0), Qt::UTC)); }

    Requests service() { return Requests(cat.db(), cat.clock(), calendar); }
    QuickTallies tallies() { return QuickTallies(cat.db(), cat.clock(), calendar); }

    static InfoRequest
    named(const QString& question = QStringLiteral("Quels chiffres du chômage dans les QPV ?"))
    {
        InfoRequest r;
        r.requester.kind = Visitor::Kind::Named;
        r.requester.name = QStringLiteral("Durand, Sophie");
        r.requester.structure = QStringLiteral("Ville de Bobigny");
        r.requester.structureType = StructureType::Commune;
        r.requester.commune = QStringLiteral("Bobigny");
        r.requester.contact = QStringLiteral("s.durand@example.org");
        r.channel = RequestChannel::Email;
        r.question = question;
        r.subjects = {QStringLiteral("QPV"), QStringLiteral("Emploi")};
        r.staff = QStringLiteral("Claire");
        return r;
    }

    qint64 addOk(const InfoRequest& r)
    {
        auto added = service().add(r);
        INFO((added ? QString() : added.errorMessage()).toStdString());
        REQUIRE(added.ok());
        return *added;
    }

    InfoRequest get(qint64 id)
    {
        auto found = service().find(id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    }

    // month|event|dimension|value -> total, every row of request_month.
    QMap<QString, int> totals()
    {
        QMap<QString, int> map;
        auto list = service().totals(QStringLiteral("0000-01"), QStringLiteral("9999-12"));
        REQUIRE(list.ok());
        for (const auto& t : *list)
            map.insert(QStringList{t.month, t.event, t.dimension, t.value}.join(u'|'), t.total);
        return map;
    }

    qint64 record(const QString& title)
    {
        Record r;
        r.type = DocumentType::Study;
        r.title = title;
        r.date = QStringLiteral("2024");
        r.responsibilities = {{QStringLiteral("Martin, Paul"), AuthorityKind::Person, Role::Author, 0}};
        r.subjects = {QStringLiteral("Emploi")};
        Copy c;
        c.barcode = QStringLiteral("B-") + QString::number(qHash(title));
        c.callNumber = QStringLiteral("EMP 12");
        r.copies = {c};
        auto id = RecordRepository(cat.db(), cat.clock()).add(r);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("a request is logged with its requester, theme and dates, and counted in its month")
{
    Desk desk;
    InfoRequest r = Desk::named();
    r.wanted = QDate(2027, 1, 15);
    const qint64 id = desk.addOk(r);
    const InfoRequest saved = desk.get(id);
    CHECK(saved.received == QDate(2027, 1, 4)); // today, through the clock, in Paris
    CHECK(saved.wanted == QDate(2027, 1, 15));
    CHECK(saved.status == RequestStatus::New);
    CHECK(saved.requester.name == QStringLiteral("Durand, Sophie"));
    // A non-preferred term leads to its descriptor.
    CHECK(saved.subjects == QStringList{QStringLiteral("Emploi"),
                                        QStringLiteral("Quartier prioritaire de la politique de la ville")});
    const auto totals = desk.totals();
    CHECK(totals.value(QStringLiteral("2027-01|received|all|all")) == 1);
    CHECK(totals.value(QStringLiteral("2027-01|received|channel|email")) == 1);
    CHECK(totals.value(QStringLiteral("2027-01|received|requester_kind|named")) == 1);
    CHECK(totals.value(QStringLiteral("2027-01|received|structure_type|commune")) == 1);
    CHECK(totals.value(QStringLiteral("2027-01|received|commune|Bobigny")) == 1);
    CHECK(totals.value(QStringLiteral("2027-01|received|theme|Politique de la ville")) == 1);
    CHECK(totals.value(QStringLiteral("2027-01|received|theme|Emploi et développement économique")) == 1);
    // No name in the totals, ever.
    for (auto it = totals.begin(); it != totals.end(); ++it)
        CHECK_FALSE(it.key().contains(QStringLiteral("Durand")));
    // Personal data is never indexed: the journal says "request", which the index skips.
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE entity = 'request'")) ==
          1);
}

TEST_CASE("a request with a bad field is refused and nothing is written")
{
    Desk desk;
    auto service = desk.service();
    InfoRequest r = Desk::named(QStringLiteral("   "));
    auto empty = service.add(r);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorMessage().contains(QStringLiteral("question")));

    r = Desk::named();
    r.subjects = {QStringLiteral("Pas un descripteur")};
    auto unknown = service.add(r);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("Pas un descripteur")));

    r = Desk::named();
    r.wanted = QDate(2027, 1, 1);
    CHECK_FALSE(service.add(r).ok());

    r = Desk::named();
    r.records = {4242};
    auto record = service.add(r);
    REQUIRE_FALSE(record.ok());
    CHECK(record.errorMessage().contains(QStringLiteral("4242")));

    r = Desk::named();
    r.requester = {};
    r.requester.kind = Visitor::Kind::Borrower;
    r.requester.card = QStringLiteral("NO-SUCH-CARD");
    auto card = service.add(r);
    REQUIRE_FALSE(card.ok());
    CHECK(card.errorMessage().contains(QStringLiteral("NO-SUCH-CARD")));

    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM info_request")) == 0);
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM request_month")) == 0);
}

TEST_CASE("a borrower's request reads their name from their card and copies only the statistics")
{
    Desk desk;
    Borrowers borrowers(desk.cat.db(), desk.cat.clock());
    auto category = borrowers.categoryByCode(QStringLiteral("professionnel"));
    REQUIRE(category.ok());
    Borrower b;
    b.name = QStringLiteral("Martin, Paul");
    b.card = QStringLiteral("CARD-9");
    b.categoryId = (*category)->id;
    b.structure = QStringLiteral("Plaine Commune");
    b.structureType = StructureType::Intercommunality;
    b.commune = QStringLiteral("Saint-Denis");
    b.email = QStringLiteral("p.martin@example.org");
    REQUIRE(borrowers.add(b).ok());

    InfoRequest r = Desk::named();
    r.requester = {};
    r.requester.kind = Visitor::Kind::Borrower;
    r.requester.card = QStringLiteral("CARD-9");
    const qint64 id = desk.addOk(r);
    const InfoRequest saved = desk.get(id);
    CHECK(saved.requester.name == QStringLiteral("Martin, Paul"));
    CHECK(saved.requester.contact == QStringLiteral("p.martin@example.org"));
    CHECK(saved.requester.structureType == StructureType::Intercommunality);
    CHECK(desk.cat.scalar(
              QStringLiteral("SELECT COUNT(*) FROM info_request WHERE name <> '' OR contact <> ''")) == 0);
    CHECK(desk.totals().value(QStringLiteral("2027-01|received|commune|Saint-Denis")) == 1);
}

TEST_CASE("answering a request counts it in the month it was answered; an edit moves exactly its counts")
{
    Desk desk;
    const qint64 a = desk.record(QStringLiteral("Le chômage dans les quartiers prioritaires"));
    const qint64 id = desk.addOk(Desk::named());
    auto service = desk.service();
    // Answered needs an answer.
    CHECK_FALSE(service.setStatus(id, RequestStatus::Answered).ok());
    CHECK_FALSE(service.answer(id, QStringLiteral("<p> </p>"), {}).ok());

    desk.setToday(QDate(2027, 2, 3)); // the service reads the same clock
    REQUIRE(service.answer(id, QStringLiteral("<p>Voir l’étude de <b>2024</b>.</p>"), {a}).ok());
    InfoRequest saved = desk.get(id);
    CHECK(saved.status == RequestStatus::Answered);
    CHECK(saved.answered == QDate(2027, 2, 3));
    CHECK(saved.records == QList<qint64>{a});
    auto totals = desk.totals();
    CHECK(totals.value(QStringLiteral("2027-02|answered|all|all")) == 1);
    CHECK(totals.value(QStringLiteral("2027-02|answer_days|all|all")) == 30);
    CHECK(totals.value(QStringLiteral("2027-01|received|all|all")) == 1);

    // Received another month, another channel: the old counts go, the new come.
    saved.received = QDate(2026, 12, 28);
    saved.channel = RequestChannel::Phone;
    saved.subjects = {QStringLiteral("Logement social")};
    REQUIRE(service.update(saved).ok());
    totals = desk.totals();
    CHECK_FALSE(totals.contains(QStringLiteral("2027-01|received|all|all")));
    CHECK_FALSE(totals.contains(QStringLiteral("2027-01|received|channel|email")));
    CHECK(totals.value(QStringLiteral("2026-12|received|all|all")) == 1);
    CHECK(totals.value(QStringLiteral("2026-12|received|channel|phone")) == 1);
    CHECK(totals.value(QStringLiteral("2026-12|received|theme|Habitat et logement")) == 1);
    CHECK(totals.value(QStringLiteral("2027-02|answered|channel|phone")) == 1);
    CHECK(totals.value(QStringLiteral("2027-02|answer_days|all|all")) == 37);
    CHECK(totals.value(QStringLiteral("2027-02|answered|all|all")) == 1);

    // Reopened: it is no longer answered.
    saved = desk.get(id);
    saved.status = RequestStatus::InProgress;
    REQUIRE(service.update(saved).ok());
    CHECK_FALSE(desk.totals().contains(QStringLiteral("2027-02|answered|all|all")));
    CHECK_FALSE(desk.get(id).answered.isValid());
}

TEST_CASE("time spent is entered by staff member and day, totalled, and taken back")
{
    Desk desk;
    const qint64 id = desk.addOk(Desk::named());
    auto service = desk.service();
    auto first = service.addTime(id, 45, QStringLiteral("Claire"), QDate(2027, 1, 4));
    REQUIRE(first.ok());
    REQUIRE(service.addTime(id, 20, QString(), QDate(2027, 1, 5)).ok()); // the request's staff
    REQUIRE(service.addTime(id, 30, QStringLiteral("Karim"), QDate(2027, 2, 1)).ok());
    CHECK_FALSE(service.addTime(id, 0, QStringLiteral("Claire"), {}).ok());
    CHECK_FALSE(service.addTime(id, 1441, QStringLiteral("Claire"), {}).ok());
    CHECK_FALSE(service.addTime(999, 10, QStringLiteral("Claire"), {}).ok());
    CHECK(*service.totalMinutes(id) == 95);
    auto times = service.times(id);
    REQUIRE(times.ok());
    REQUIRE(times->size() == 3);
    CHECK(times->at(1).staff == QStringLiteral("Claire"));
    auto totals = desk.totals();
    CHECK(totals.value(QStringLiteral("2027-01|minutes|all|all")) == 65);
    CHECK(totals.value(QStringLiteral("2027-01|minutes|staff|Claire")) == 65);
    CHECK(totals.value(QStringLiteral("2027-02|minutes|staff|Karim")) == 30);

    REQUIRE(service.removeTime(*first).ok());
    CHECK(*service.totalMinutes(id) == 50);
    CHECK(desk.totals().value(QStringLiteral("2027-01|minutes|all|all")) == 20);
    CHECK_FALSE(service.removeTime(*first).ok());
}

TEST_CASE("the list filters by status, due date, theme with its narrower terms, staff and words")
{
    Desk desk;
    InfoRequest late = Desk::named(QStringLiteral("Les emplois francs à Bondy"));
    late.received = QDate(2026, 12, 1);
    late.wanted = QDate(2026, 12, 20);
    late.subjects = {QStringLiteral("Emplois francs")};
    const qint64 lateId = desk.addOk(late);
    InfoRequest housing = Desk::named(QStringLiteral("Le logement social à Pantin"));
    housing.subjects = {QStringLiteral("Logement social")};
    housing.staff = QStringLiteral("Karim");
    housing.wanted = QDate(2027, 1, 10);
    const qint64 housingId = desk.addOk(housing);
    InfoRequest done = Desk::named(QStringLiteral("Une étude sur la GUP"));
    done.subjects = {QStringLiteral("GUP")};
    done.status = RequestStatus::Closed;
    done.answer = QStringLiteral("Rien trouvé.");
    const qint64 doneId = desk.addOk(done);

    auto service = desk.service();
    auto ids = [&](const RequestFilter& f) {
        auto list = service.list(f);
        REQUIRE(list.ok());
        QList<qint64> out;
        for (const auto& r : *list)
            out.append(r.id);
        return out;
    };
    RequestFilter f;
    CHECK(ids(f) == QList<qint64>{doneId, housingId, lateId});
    f.openOnly = true;
    CHECK(ids(f) == QList<qint64>{housingId, lateId});
    f = {};
    f.status = RequestStatus::Closed;
    CHECK(ids(f) == QList<qint64>{doneId});
    f = {};
    f.subject = QStringLiteral("Emploi"); // Emplois francs is below it
    CHECK(ids(f) == QList<qint64>{lateId});
    f = {};
    f.subject = QStringLiteral("Politique de la ville"); // GUP is below it
    CHECK(ids(f) == QList<qint64>{doneId});
    f = {};
    f.staff = QStringLiteral("Karim");
    CHECK(ids(f) == QList<qint64>{housingId});
    f = {};
    f.text = QStringLiteral("PANTIN");
    CHECK(ids(f) == QList<qint64>{housingId});
    f.text = QStringLiteral("ETUDE gup"); // case and accents ignored, each word at a word's start
    CHECK(ids(f) == QList<qint64>{doneId});
    f.text = QStringLiteral("trouvé"); // the answer's words too
    CHECK(ids(f) == QList<qint64>{doneId});
    f.text = QStringLiteral("tude");
    CHECK(ids(f).isEmpty());
    f = {};
    f.dueBy = QDate(2027, 1, 10);
    CHECK(ids(f) == QList<qint64>{housingId, lateId});
    auto lateList = service.late();
    REQUIRE(lateList.ok());
    REQUIRE(lateList->size() == 1);
    CHECK(lateList->first().id == lateId);
    f = {};
    f.subject = QStringLiteral("Pas un descripteur");
    CHECK_FALSE(service.list(f).ok());
}

TEST_CASE("quick tallies count a channel and a theme, and one counted by mistake is taken back")
{
    Desk desk;
    auto tallies = desk.tallies();
    auto first = tallies.add(RequestChannel::Phone, QStringLiteral("QPV"));
    REQUIRE(first.ok());
    REQUIRE(tallies.add(RequestChannel::Phone).ok());
    REQUIRE(tallies.add(RequestChannel::Visit, QString(), QDate(2027, 2, 2)).ok());
    CHECK_FALSE(tallies.add(RequestChannel::Phone, QStringLiteral("Pas un descripteur")).ok());
    CHECK(*tallies.countOn(QDate(2027, 1, 4)) == 2);
    auto totals = desk.totals();
    CHECK(totals.value(QStringLiteral("2027-01|tally|all|all")) == 2);
    CHECK(totals.value(QStringLiteral("2027-01|tally|channel|phone")) == 2);
    CHECK(totals.value(QStringLiteral("2027-01|tally|theme|Politique de la ville")) == 1);
    CHECK(totals.value(QStringLiteral("2027-02|tally|channel|visit")) == 1);
    REQUIRE(tallies.remove(*first).ok());
    totals = desk.totals();
    CHECK(totals.value(QStringLiteral("2027-01|tally|all|all")) == 1);
    CHECK_FALSE(totals.contains(QStringLiteral("2027-01|tally|theme|Politique de la ville")));
    CHECK_FALSE(tallies.remove(*first).ok());
    // Tallies are not requests.
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM info_request")) == 0);
}

TEST_CASE("an answered request becomes a reusable answer record, without the requester, found by the search")
{
    Desk desk;
    const qint64 study = desk.record(QStringLiteral("Le chômage dans les quartiers prioritaires"));
    const qint64 id =
        desk.addOk(Desk::named(QStringLiteral("Quels chiffres du chômage des jeunes dans les QPV ?")));
    auto service = desk.service();
    auto open = service.capitalise(id);
    REQUIRE_FALSE(open.ok());
    CHECK(open.errorMessage().contains(QString::number(id)));

    REQUIRE(service
                .answer(id, QStringLiteral("<p>L’observatoire publie un tableau de bord <i>annuel</i>.</p>"),
                        {study})
                .ok());
    auto recordId = service.capitalise(id);
    REQUIRE(recordId.ok());
    auto record = RecordRepository(desk.cat.db(), desk.cat.clock()).get(*recordId);
    REQUIRE(record.ok());
    CHECK(record->type == DocumentType::DocumentaryAnswer);
    CHECK(record->title == QStringLiteral("Quels chiffres du chômage des jeunes dans les QPV ?"));
    CHECK(record->abstract == QStringLiteral("Quels chiffres du chômage des jeunes dans les QPV ?"));
    CHECK(record->notes.contains(QStringLiteral("tableau de bord annuel")));
    CHECK(record->notes.contains(QStringLiteral("Le chômage dans les quartiers prioritaires")));
    CHECK(record->notes.contains(QString::number(study)));
    CHECK(record->subjects.contains(QStringLiteral("Emploi")));
    CHECK(record->date == QStringLiteral("2027-01-04"));
    // Nothing of the requester.
    for (const QString& text : {record->title, record->abstract, record->notes, record->authorsDisplay()}) {
        CHECK_FALSE(text.contains(QStringLiteral("Durand")));
        CHECK_FALSE(text.contains(QStringLiteral("Bobigny")));
        CHECK_FALSE(text.contains(QStringLiteral("example.org")));
    }
    CHECK(desk.get(id).answerRecordId == *recordId);

    // Again, with a title: the same record is updated.
    auto again = service.capitalise(id, QStringLiteral("Chômage des jeunes en QPV : sources"));
    REQUIRE(again.ok());
    CHECK(*again == *recordId);
    CHECK(desk.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record WHERE type = 'documentary_answer'")) ==
          1);

    // The next similar question starts from it: the search finds it.
    auto opened = SearchIndex::open(SearchIndex::directoryFor(desk.cat.path()), SearchIndex::Mode::ReadWrite);
    REQUIRE(opened.ok());
    ExtractionPool::Options options;
    options.helperPath = QStringLiteral(INFODOC_EXTRACT);
    REQUIRE(IndexSync(desk.cat.db(), **opened, options).sync().ok());
    SearchService search(desk.cat.db(), **opened);
    SearchService::Options query;
    query.query = QStringLiteral("tableau de bord observatoire");
    auto found = search.search(query);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->hits.isEmpty());
    CHECK(found->hits.first().id == *recordId);
    CHECK(found->hits.first().type == DocumentType::DocumentaryAnswer);
    // The requester is nowhere in the index.
    query.query = QStringLiteral("Durand");
    auto none = search.search(query);
    REQUIRE(none.ok());
    CHECK(none->total == 0);
}

TEST_CASE("documents are kept with the request: any file, and the records given as a bibliography")
{
    Desk desk;
    const qint64 study = desk.record(QStringLiteral("Le chômage dans les quartiers prioritaires"));
    const qint64 id = desk.addOk(Desk::named());
    auto service = desk.service();
    CHECK_FALSE(service.produceBibliography(id).ok()); // no records given yet
    REQUIRE(service.answer(id, QStringLiteral("Voir l’étude."), {study}).ok());
    auto bibliography = service.produceBibliography(id, QStringLiteral("pdf"));
    REQUIRE(bibliography.ok());
    auto attached = service.attach(id, QStringLiteral("/tmp/../notes.txt"), QByteArray("des notes\n"));
    REQUIRE(attached.ok());
    auto docs = service.documents(id);
    REQUIRE(docs.ok());
    REQUIRE(docs->size() == 2);
    CHECK(docs->at(0).mimeType == QStringLiteral("application/pdf"));
    CHECK(docs->at(1).fileName == QStringLiteral("notes.txt")); // the name only, never a path
    CHECK(*service.documentContent(*attached) == QByteArray("des notes\n"));

    // The PDF is a real bibliography: read back by Poppler.
    auto pdf = service.documentContent(*bibliography);
    REQUIRE(pdf.ok());
    const QString path = infodoc::test::writeFile(desk.cat.dir() + QStringLiteral("/b.pdf"), *pdf);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("MARTIN")));
    CHECK(text.contains(QStringLiteral("Le chômage dans les quartiers prioritaires")));
    CHECK(text.contains(QStringLiteral("EMP 12")));

    // A damaged document is an error, not other bytes.
    QSqlQuery q(desk.cat.db().connection());
    REQUIRE(q.exec(
        QStringLiteral("UPDATE info_request_document SET content = X'00' WHERE id = %1").arg(*attached)));
    CHECK_FALSE(service.documentContent(*attached).ok());
    REQUIRE(service.removeDocument(*attached).ok());
    CHECK(service.documents(id)->size() == 1);
    CHECK_FALSE(service.attach(id, QStringLiteral(".hidden"), QByteArray("x")).ok());
    CHECK_FALSE(service.attach(id, QStringLiteral("big.bin"), QByteArray(50 * 1024 * 1024 + 1, 'x')).ok());
}

TEST_CASE("an appointment's follow-up becomes a request, once")
{
    Desk desk;
    OpeningHours hours;
    Appointments appointments(desk.cat.db(), desk.cat.clock(), desk.calendar, hours);
    Appointment a;
    a.day = QDate(2027, 1, 5);
    a.startMin = 10 * 60;
    a.lengthMin = hours.lengths.value(0, 60);
    a.visitor.kind = Visitor::Kind::Named;
    a.visitor.name = QStringLiteral("Lefèvre, Anne");
    a.visitor.structureType = StructureType::Association;
    a.visitor.commune = QStringLiteral("Pantin");
    a.subjects = {QStringLiteral("Logement social")};
    a.topic = QStringLiteral("Attributions de logements");
    auto booked = appointments.book(a);
    REQUIRE(booked.ok());
    REQUIRE(booked->booked());
    desk.setToday(QDate(2027, 1, 6));
    Appointments later(desk.cat.db(), desk.cat.clock(), desk.calendar, hours);
    auto found = later.find(booked->id);
    REQUIRE(found.ok());
    Appointment done = **found;
    done.status = AppointmentStatus::Done;
    done.followUp = QStringLiteral("Envoyer les chiffres de la commission d’attribution");
    auto updated = later.update(done);
    REQUIRE(updated.ok());
    REQUIRE(updated->booked());

    auto service = desk.service();
    auto id = service.fromAppointment(booked->id);
    REQUIRE(id.ok());
    const InfoRequest r = desk.get(*id);
    CHECK(r.channel == RequestChannel::Appointment);
    CHECK(r.appointmentId == booked->id);
    CHECK(r.requester.name == QStringLiteral("Lefèvre, Anne"));
    CHECK(r.received == QDate(2027, 1, 5));
    CHECK(r.subjects == QStringList{QStringLiteral("Logement social")});
    CHECK(r.question.contains(QStringLiteral("commission d’attribution")));
    auto twice = service.fromAppointment(booked->id);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorMessage().contains(QString::number(*id)));
    CHECK_FALSE(service.fromAppointment(9999).ok());
}

TEST_CASE("requesters are forgotten a year after their last request ended; the counts stay")
{
    Desk desk;
    InfoRequest old = Desk::named();
    old.received = QDate(2025, 11, 3);
    old.answered = QDate(2025, 11, 20);
    old.status = RequestStatus::Answered;
    old.answer = QStringLiteral("Réponse.");
    const qint64 oldId = desk.addOk(old);
    InfoRequest open = Desk::named(QStringLiteral("Une question encore ouverte"));
    open.requester.name = QStringLiteral("Petit, Marc");
    open.received = QDate(2025, 10, 1);
    const qint64 openId = desk.addOk(open);
    const auto before = desk.totals();

    CirculationSettings settings;
    const QDate asOf(2027, 1, 4);
    auto plan = Retention::plan(desk.cat.db(), desk.cat.clock(), settings, asOf);
    REQUIRE(plan.ok());
    REQUIRE(plan->requesters.people.size() == 1);
    CHECK(plan->requesters.people.first().name == QStringLiteral("Durand, Sophie"));
    CHECK(plan->requesters.before == QDate(2026, 1, 4));
    // The dry run wrote nothing.
    CHECK(desk.get(oldId).requester.name == QStringLiteral("Durand, Sophie"));

    auto applied = Retention::apply(desk.cat.db(), desk.cat.clock(), settings, asOf);
    REQUIRE(applied.ok());
    const InfoRequest forgotten = desk.get(oldId);
    CHECK(forgotten.requester.kind == Visitor::Kind::Anonymous);
    CHECK(forgotten.requester.name.isEmpty());
    CHECK(forgotten.requester.contact.isEmpty());
    CHECK(forgotten.requester.structure.isEmpty());
    CHECK(forgotten.requester.commune == QStringLiteral("Bobigny")); // for the statistics
    CHECK(forgotten.question == old.question);
    CHECK(desk.get(openId).requester.name == QStringLiteral("Petit, Marc")); // open: kept
    CHECK(desk.totals() == before);
    CHECK(desk.cat.scalar(
              QStringLiteral("SELECT COUNT(*) FROM info_request WHERE name_key LIKE '%durand%'")) == 0);

    // An edit of the forgotten request still counts who asked then.
    InfoRequest edited = forgotten;
    edited.staff = QStringLiteral("Karim");
    REQUIRE(desk.service().update(edited).ok());
    CHECK(desk.totals() == before);
}

TEST_CASE("a named requester's data is exported and erased on request")
{
    Desk desk;
    const qint64 id = desk.addOk(Desk::named());
    RequesterData data(desk.cat.db(), desk.cat.clock());
    auto found = data.find(QStringLiteral("durand"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().open == 1);
    auto exported = data.exportJson(found->first().key);
    REQUIRE(exported.ok());
    const QString json = QString::fromUtf8(QJsonDocument(*exported).toJson());
    CHECK(json.contains(QStringLiteral("s.durand@example.org")));
    CHECK(json.contains(QStringLiteral("chômage")));
    const auto before = desk.totals();
    auto erased = data.erase(found->first().key);
    REQUIRE(erased.ok());
    CHECK(*erased == 1);
    CHECK(desk.get(id).requester.kind == Visitor::Kind::Anonymous);
    CHECK(desk.totals() == before);
    CHECK_FALSE(data.erase(found->first().key).ok());
    CHECK_FALSE(RequesterData::setRetentionMonths(desk.cat.db(), 0).ok());
    REQUIRE(RequesterData::setRetentionMonths(desk.cat.db(), 6).ok());
    CHECK(*RequesterData::retentionMonths(desk.cat.db()) == 6);
}

TEST_CASE("a request as JSON: fields read, unknown ones and bad values refused by name")
{
    InfoRequest r;
    const QByteArray text = R"({"requester": {"name": "Dupont, Marie", "structureType": "association",
        "commune": "Bondy"}, "channel": "phone", "received": "2027-01-05", "wanted": "2027-01-20",
        "subjects": ["QPV"], "question": "Des données ?", "staff": "Claire", "records": [3, 4]})";
    REQUIRE(RequestJson::apply(QJsonDocument::fromJson(text).object(), r).ok());
    CHECK(r.requester.kind == Visitor::Kind::Named);
    CHECK(r.requester.structureType == StructureType::Association);
    CHECK(r.channel == RequestChannel::Phone);
    CHECK(r.received == QDate(2027, 1, 5));
    CHECK(r.wanted == QDate(2027, 1, 20));
    CHECK(r.records == QList<qint64>{3, 4});
    const QJsonObject back = RequestJson::toJson(r, false);
    CHECK_FALSE(QJsonDocument(back).toJson().contains("Dupont"));
    CHECK(
        RequestJson::toJson(r).value(QStringLiteral("requester")).toObject().value(QStringLiteral("name")) ==
        QStringLiteral("Dupont, Marie"));

    auto refused = [](const char* json) {
        InfoRequest x;
        auto s = RequestJson::apply(QJsonDocument::fromJson(json).object(), x);
        return s.ok() ? QString() : s.errorMessage();
    };
    CHECK(refused(R"({"colour": "red"})").contains(QStringLiteral("colour")));
    CHECK(refused(R"({"channel": "pigeon"})").contains(QStringLiteral("pigeon")));
    CHECK(refused(R"({"status": "lost"})").contains(QStringLiteral("lost")));
    CHECK(refused(R"({"received": "05/01/2027"})").contains(QStringLiteral("received")));
    CHECK(refused(R"({"records": [1.5]})").contains(QStringLiteral("records")));
    CHECK(refused(R"({"requester": "Marie"})").contains(QStringLiteral("requester")));
    CHECK(refused(R"({"requester": {"anonymous": true, "name": "X"}})").size() > 0);
    CHECK(refused(R"({"question": 12})").contains(QStringLiteral("question")));
}

TEST_CASE("the experience sheets among the records given are laid out and kept with the request")
{
    Desk desk;
    const qint64 study = desk.record(QStringLiteral("Une étude"));
    Record sheet;
    sheet.type = DocumentType::ExperienceSheet;
    sheet.title = QStringLiteral("Un jardin partagé au pied des tours");
    sheet.sheet = ExperienceSheet{};
    sheet.sheet->context = QStringLiteral("Des habitants sans espace vert.");
    sheet.sheet->description = QStringLiteral("Un jardin cultivé par une association de locataires.");
    auto sheetId = RecordRepository(desk.cat.db(), desk.cat.clock()).add(sheet);
    REQUIRE(sheetId.ok());
    const qint64 id = desk.addOk(Desk::named());
    auto service = desk.service();
    REQUIRE(service.answer(id, QStringLiteral("Voir l’étude."), {study}).ok());
    auto none = service.produceSheets(id);
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorMessage().contains(QString::number(id)));
    REQUIRE(service.answer(id, QStringLiteral("Voir l’étude et la fiche."), {study, *sheetId}).ok());
    auto kept = service.produceSheets(id);
    INFO((kept ? QString() : kept.errorMessage()).toStdString());
    REQUIRE(kept.ok());
    auto pdf = service.documentContent(*kept);
    REQUIRE(pdf.ok());
    const QString path = infodoc::test::writeFile(desk.cat.dir() + QStringLiteral("/fiches.pdf"), *pdf);
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Un jardin partagé au pied des tours")));
    CHECK(text.contains(QStringLiteral("association de locataires")));
    CHECK_FALSE(text.contains(QStringLiteral("Une étude")));
    CHECK(desk.cat.scalar(
              QStringLiteral("SELECT COUNT(*) FROM info_request_document WHERE kind = 'sheets'")) == 1);
}

#include "core/circulation/PersonalData.h"
#include "core/catalog/RecordRepository.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/circulation/Reminders.h"
#include "core/output/CentreIdentity.h"
#include "core/storage/Maintenance.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

const QTimeZone kParis("Europe/Paris");

struct Centre
{
    TestCatalogue cat;
    qint64 marie = 0, paul = 0;

    Centre()
    {
        setDay(QDate(2027, 3, 1));
        RecordRepository repository(cat.db(), cat.clock());
        for (int i = 1; i <= 4; ++i) {
            Record r;
            r.type = DocumentType::Book;
            r.title = QStringLiteral("Livre %1").arg(i);
            r.copies = {Copy{0, QStringLiteral("B%1").arg(i), {}, {}, CopyStatus::Available, {}}};
            REQUIRE(repository.add(r).ok());
        }
        marie = add(QStringLiteral("Dupont, Marie"), QStringLiteral("CARD-MARIE"),
                    QStringLiteral("marie@example.org"));
        paul = add(QStringLiteral("Martin, Paul"), QStringLiteral("CARD-PAUL"), QString());
    }

    void setDay(const QDate& d) { cat.clock().set(QDateTime(d, QTime(9, 0), Qt::UTC)); }

    qint64 add(const QString& name, const QString& card, const QString& email)
    {
        Borrower b;
        b.name = name;
        b.card = card;
        b.email = email;
        b.categoryId = 1;
        b.structure = QStringLiteral("Mairie de Sarcelles");
        auto id = Borrowers(cat.db(), cat.clock()).add(b);
        REQUIRE(id.ok());
        return *id;
    }

    Circulation desk()
    {
        auto calendar = Calendar::load(cat.db(), kParis);
        REQUIRE(calendar.ok());
        return Circulation(cat.db(), cat.clock(), *calendar);
    }
};

} // namespace

TEST_CASE("reminders climb one level per run, catch up, never twice, never for returned items")
{
    Centre c;
    Circulation desk = c.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), c.marie).ok()); // due 22 March 2027
    REQUIRE(desk.checkout(QStringLiteral("B2"), c.marie).ok());
    REQUIRE(desk.checkout(QStringLiteral("B3"), c.paul).ok());
    Reminders reminders(c.cat.db(), c.cat.clock(), CirculationSettings{}); // 7, 21, 45 days

    CHECK(reminders.due(QDate(2027, 3, 28))->isEmpty()); // 6 days late
    auto first = reminders.due(QDate(2027, 3, 29));
    REQUIRE(first.ok());
    REQUIRE(first->size() == 2); // one letter per borrower
    CHECK(first->at(0).name == QStringLiteral("Dupont, Marie"));
    CHECK(first->at(0).items.size() == 2);
    CHECK(first->at(0).level == 1);

    // Paul returns his before the run: he gets nothing.
    REQUIRE(desk.checkin(QStringLiteral("B3"), QDate(2027, 3, 29)).ok());
    // No run for two months: the run on 31 May sends level 1 (not 3), once.
    auto caughtUp = reminders.record(QDate(2027, 5, 31));
    REQUIRE(caughtUp.ok());
    REQUIRE(caughtUp->size() == 1);
    CHECK(caughtUp->first().level == 1);
    CHECK(reminders.due(QDate(2027, 5, 31))->isEmpty()); // not twice
    // Level 2 waits the gap between 7 and 21 days after the first letter.
    CHECK(reminders.due(QDate(2027, 6, 13))->isEmpty());
    auto second = reminders.record(QDate(2027, 6, 14));
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->first().level == 2);
    auto third = reminders.record(QDate(2027, 7, 8));
    REQUIRE(third.ok());
    REQUIRE(third->size() == 1);
    CHECK(third->first().level == 3);
    CHECK(reminders.due(QDate(2028, 1, 1))->isEmpty()); // no level 4
    CHECK(c.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE reminder_level = 3")) == 2);
    // Each late loan is counted late once, in the month it was first reminded.
    CHECK(c.cat.scalar(
              QStringLiteral("SELECT total FROM circulation_month WHERE event = 'late' AND dimension = "
                             "'all' AND month = '2027-05'")) == 2);
}

TEST_CASE("a reminder letter and its e-mail name every late item, in the centre's words")
{
    Centre c;
    Circulation desk = c.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), c.marie).ok());
    Reminders reminders(c.cat.db(), c.cat.clock(), CirculationSettings{});
    auto letters = reminders.due(QDate(2027, 4, 1));
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CentreIdentity centre;
    centre.name = QStringLiteral("Centre de ressources Ville & Territoires");
    centre.email = QStringLiteral("doc@centre.example.org");
    auto wording = Reminders::wording(c.cat.db(), 1);
    REQUIRE(wording.ok());
    const QString html = Reminders::letterHtml(letters->first(), *wording, centre, QDate(2027, 4, 1));
    CHECK(html.contains(QStringLiteral("Livre 1")));
    CHECK(html.contains(QStringLiteral("Marie Dupont")));
    CHECK(html.contains(QStringLiteral("Ville &amp; Territoires")));
    const QByteArray mail = Reminders::eml(letters->first(), *wording, centre, c.cat.clock().now());
    CHECK(mail.contains("To: \"Marie Dupont\" <marie@example.org>\r\n"));
    CHECK(mail.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    CHECK(mail.contains("\r\n\r\n"));
    const QByteArray body = QByteArray::fromBase64(mail.mid(mail.indexOf("\r\n\r\n") + 4));
    CHECK(QString::fromUtf8(body).contains(QStringLiteral("Livre 1 (copy B1)")));

    // The centre's own wording, kept per level; {items} is required.
    CHECK_FALSE(
        Reminders::setWording(c.cat.db(), 1, {QStringLiteral("Rappel"), QStringLiteral("Sans liste")}).ok());
    REQUIRE(Reminders::setWording(
                c.cat.db(), 1,
                {QStringLiteral("Rappel amical"), QStringLiteral("Bonjour {name},\n{items}\nÀ bientôt")})
                .ok());
    CHECK(Reminders::wording(c.cat.db(), 1)->subject == QStringLiteral("Rappel amical"));
    CHECK(Reminders::wording(c.cat.db(), 2)->subject == Reminders::defaultWording(2).subject);
}

TEST_CASE("an e-mail keeps its header lines whatever the addresses and names hold")
{
    // Addresses are checked when entered; a catalogue written by another
    // program may still hold line breaks in them: they never start a header.
    Reminders::Letter letter;
    letter.name = QStringLiteral("Dupont, Marie\r\nBcc: tous@example.org");
    letter.card = QStringLiteral("C-1");
    letter.email = QStringLiteral("marie@example.org\r\nBcc: tous@example.org");
    Reminders::Item item;
    item.loan.title = QStringLiteral("Le logement social\r\nX-Injected: 1");
    item.loan.barcode = QStringLiteral("B1");
    item.loan.due = QDate(2027, 3, 1);
    item.level = 1;
    letter.items = {item};
    letter.level = 1;
    CentreIdentity centre;
    centre.name = QStringLiteral("Centre\nX-Injected: 1");
    centre.email = QStringLiteral("doc@centre.example.org\nX-Injected: 1");
    const Reminders::Wording wording{QStringLiteral("Rappel\r\nBcc: tous@example.org"),
                                     QStringLiteral("Bonjour {name},\n{items}")};
    HoldInfo hold;
    hold.title = item.loan.title;
    hold.borrowerName = letter.name;
    hold.email = letter.email;
    hold.pickupBy = QDate(2027, 3, 8);
    const QDateTime at(QDate(2027, 3, 1), QTime(10, 0), Qt::UTC);
    for (const QByteArray& mail :
         {Reminders::eml(letter, wording, centre, at), Reminders::holdEml(hold, centre, at)}) {
        const QByteArray headers = mail.left(mail.indexOf("\r\n\r\n"));
        REQUIRE_FALSE(headers.isEmpty());
        QStringList names;
        for (const QByteArray& line : headers.split('\n')) {
            CHECK_FALSE(line.chopped(line.endsWith('\r') ? 1 : 0).contains('\r'));
            names.append(QString::fromLatin1(line.left(line.indexOf(':'))));
        }
        CHECK(names == QStringList{QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Subject"),
                                   QStringLiteral("Date"), QStringLiteral("Message-ID"),
                                   QStringLiteral("MIME-Version"), QStringLiteral("Content-Type"),
                                   QStringLiteral("Content-Transfer-Encoding"), QStringLiteral("X-Unsent")});
        CHECK(headers.contains("<marie@example.orgBcc: tous@example.org>"));
    }
}

TEST_CASE("retention: the dry run and the real run select the same rows, at the CNIL delays")
{
    Centre c;
    Circulation desk = c.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), c.marie).ok());
    REQUIRE(desk.checkout(QStringLiteral("B2"), c.paul).ok());
    c.setDay(QDate(2027, 3, 15));
    REQUIRE(desk.checkin(QStringLiteral("B1")).ok()); // returned 15 March
    c.setDay(QDate(2027, 3, 31));
    REQUIRE(desk.checkin(QStringLiteral("B2")).ok()); // returned 31 March
    const qint64 loansBefore = c.cat.scalar(QStringLiteral("SELECT SUM(total) FROM circulation_month"));

    PersonalData data(c.cat.db(), c.cat.clock(), CirculationSettings{});
    // Returned in March: kept to the end of July (the fourth month after), not 120 days.
    auto july = data.plan(QDate(2027, 7, 31));
    REQUIRE(july.ok());
    CHECK(july->loans.isEmpty());
    auto august = data.plan(QDate(2027, 8, 1));
    REQUIRE(august.ok());
    CHECK(august->loans.size() == 2);
    CHECK(august->borrowers.isEmpty());

    // A year after their last visit, a borrower with nothing open is deleted.
    auto early = data.plan(QDate(2028, 3, 15));
    REQUIRE(early.ok());
    CHECK(early->borrowers.isEmpty());
    auto dry = data.plan(QDate(2028, 3, 16));
    REQUIRE(dry.ok());
    REQUIRE(dry->borrowers.size() == 1);
    CHECK(dry->borrowers.first().id == c.marie);
    CHECK(c.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 2); // the dry run wrote nothing

    auto applied = data.apply(QDate(2028, 3, 16));
    REQUIRE(applied.ok());
    CHECK(applied->loans == dry->loans);
    REQUIRE(applied->borrowers.size() == dry->borrowers.size());
    CHECK(applied->borrowers.first().id == dry->borrowers.first().id);
    CHECK(c.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower")) == 1);
    CHECK(c.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id IS NULL")) == 2);
    CHECK(c.cat.scalar(QStringLiteral("SELECT SUM(total) FROM circulation_month")) == loansBefore);
    auto runs = data.runs();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 1);
    CHECK(runs->first().loansAnonymised == 2);
    CHECK(runs->first().borrowersDeleted == 1);
    // The log keeps counts and dates, never a name.
    QSqlQuery q(c.cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM retention_run")));
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            CHECK_FALSE(q.value(i).toString().contains(QStringLiteral("Dupont")));
    CHECK(data.plan(QDate(2028, 3, 16))->loans.isEmpty()); // nothing left to do
}

TEST_CASE("a borrower's data is exported and erased, and stays erased after an older backup is restored")
{
    Centre c;
    Circulation desk = c.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), c.marie).ok());
    PersonalData data(c.cat.db(), c.cat.clock(), CirculationSettings{});
    auto exported = data.exportJson(c.marie);
    REQUIRE(exported.ok());
    CHECK(exported->value(QStringLiteral("borrower")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Dupont, Marie"));
    CHECK(exported->value(QStringLiteral("loans")).toArray().size() == 1);
    auto html = data.exportHtml(c.marie);
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Livre 1")));

    const QString older = c.cat.dir() + QStringLiteral("/before.sqlite");
    REQUIRE(Maintenance::backup(c.cat.db(), older).ok());

    auto refused = data.erase(c.marie);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("on loan")));
    REQUIRE(desk.checkin(QStringLiteral("B1")).ok());
    // Erased even where SQLite would leave deleted rows in free space.
    QSqlQuery off(c.cat.db().connection());
    REQUIRE(off.exec(QStringLiteral("PRAGMA secure_delete = 0")));
    REQUIRE(data.erase(c.marie).ok());
    REQUIRE(off.exec(QStringLiteral("PRAGMA secure_delete")));
    REQUIRE(off.next());
    CHECK(off.value(0).toInt() == 0); // the connection's own setting is put back
    off.finish();
    CHECK(c.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM borrower WHERE card = 'CARD-MARIE'")) == 0);
    CHECK(c.cat.scalar(QStringLiteral("SELECT COUNT(*) FROM loan WHERE borrower_id IS NULL")) == 1);
    QFile list(PersonalData::erasureListPath(c.cat.path()));
    REQUIRE(list.open(QIODevice::ReadOnly));
    const QByteArray hashes = list.readAll();
    CHECK(hashes.contains(PersonalData::cardHash(QStringLiteral("CARD-MARIE")).toLatin1()));
    CHECK_FALSE(hashes.contains("CARD-MARIE"));

    // The catalogue file itself keeps no trace of her (freed space is overwritten)...
    const QByteArray catalogue = infodoc::test::fileBytes(c.cat.path());
    CHECK_FALSE(catalogue.contains("marie@example.org"));
    CHECK_FALSE(catalogue.contains("CARD-MARIE"));
    // ...nor does a backup written after the erasure.
    const QString after = c.cat.dir() + QStringLiteral("/after.sqlite");
    REQUIRE(Maintenance::backup(c.cat.db(), after).ok());
    const QByteArray bytes = infodoc::test::fileBytes(after);
    CHECK_FALSE(bytes.contains("Dupont"));
    CHECK_FALSE(bytes.contains("marie@example.org"));
    CHECK_FALSE(bytes.contains("CARD-MARIE"));

    // The older backup is restored: she is erased again on the spot.
    const QString path = c.cat.path();
    REQUIRE(Maintenance::restore(older, c.cat.dir() + QStringLiteral("/restored.sqlite")).ok());
    auto restored =
        Database::open(c.cat.dir() + QStringLiteral("/restored.sqlite"), Database::OpenMode::ExistingOnly);
    REQUIRE(restored.ok());
    REQUIRE(
        QFile::copy(PersonalData::erasureListPath(path), PersonalData::erasureListPath((*restored)->path())));
    PersonalData again(**restored, c.cat.clock(), CirculationSettings{});
    auto count = again.reapplyErasures();
    REQUIRE(count.ok());
    CHECK(*count == 1);
    QSqlQuery q((*restored)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM borrower WHERE card = 'CARD-MARIE'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(*again.reapplyErasures() == 0);
}

TEST_CASE("a borrower is told their hold is ready, with the title and the pick-up limit")
{
    Centre c;
    Circulation desk = c.desk();
    REQUIRE(desk.checkout(QStringLiteral("B1"), c.paul).ok());
    REQUIRE(desk.placeHold(1, c.marie).ok());
    auto back = desk.checkin(QStringLiteral("B1"));
    REQUIRE(back.ok());
    REQUIRE(back->setAside.has_value());
    Circulation::HoldFilter ready;
    ready.readyOnly = true;
    auto holds = desk.holds(ready);
    REQUIRE(holds.ok());
    REQUIRE(holds->size() == 1);
    CHECK(holds->first().email == QStringLiteral("marie@example.org"));
    CentreIdentity centre;
    centre.name = QStringLiteral("CRPV");
    const auto notice = Reminders::holdNotice(holds->first(), centre);
    CHECK(notice.subject.contains(QStringLiteral("Livre 1")));
    CHECK(notice.body.contains(QStringLiteral("Marie Dupont")));
    CHECK(notice.body.contains(QLocale().toString(holds->first().pickupBy, QLocale::LongFormat)));
    const QByteArray mail = Reminders::holdEml(holds->first(), centre, c.cat.clock().now());
    CHECK(mail.contains("To: \"Marie Dupont\" <marie@example.org>\r\n"));
}

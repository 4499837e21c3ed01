#include "core/interop/RemoteCatalogue.h"
#include "core/catalog/RecordRepository.h"
#include "support/LoopbackServers.h"
#include "support/TestCatalogue.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::LoopbackResponder;
using infodoc::test::TestCatalogue;
using infodoc::test::YazTestServer;

namespace {

RemoteCatalogue::Server z3950(int port)
{
    RemoteCatalogue::Server s;
    s.name = QStringLiteral("ztest");
    s.protocol = RemoteCatalogue::Protocol::Z3950;
    s.address = QStringLiteral("127.0.0.1:%1/Default").arg(port);
    s.flavour = MarcFlavour::Marc21; // yaz-ztest's records are USMARC
    s.timeoutSeconds = 5;
    return s;
}

RemoteCatalogue::Server sru(int port)
{
    RemoteCatalogue::Server s;
    s.name = QStringLiteral("ztest-sru");
    s.protocol = RemoteCatalogue::Protocol::Sru;
    s.address = QStringLiteral("http://127.0.0.1:%1/Default").arg(port);
    s.flavour = MarcFlavour::Marc21;
    s.recordSchema = QStringLiteral("marcxml");
    s.timeoutSeconds = 5;
    return s;
}

} // namespace

TEST_CASE("the queries as each protocol takes them: PQF with Bib-1, CQL with the server's indexes")
{
    RemoteCatalogue::Query q;
    q.isbn = QStringLiteral("978-2-07-036822-8");
    CHECK(RemoteCatalogue::queryText(z3950(1), q) == QStringLiteral("@attr 1=7 \"9782070368228\""));
    q.title = QStringLiteral("La ville \"fragmentée\"");
    q.author = QStringLiteral("Donzelot");
    CHECK(RemoteCatalogue::queryText(z3950(1), q) ==
          QStringLiteral(
              "@and @attr 1=7 \"9782070368228\" @and @attr 1=4 @attr 4=6 \"La ville \\\"fragmentée\\\"\" "
              "@attr 1=1003 \"Donzelot\""));
    const RemoteCatalogue::Server bnf = RemoteCatalogue::presets().first();
    CHECK(bnf.name == QStringLiteral("BnF"));
    CHECK(
        RemoteCatalogue::queryText(bnf, q) ==
        QStringLiteral("bib.isbn all \"9782070368228\" and bib.title all \"La ville \\\"fragmentée\\\"\" and "
                       "bib.author all \"Donzelot\""));
    CHECK_FALSE(RemoteCatalogue::search(bnf, {})); // nothing to search for: no network is tried
}

TEST_CASE("the servers: the presets, those saved, one given by its address")
{
    TestCatalogue cat;
    auto list = RemoteCatalogue::servers(cat.db());
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(1).name == QStringLiteral("SUDOC"));
    RemoteCatalogue::Server mine = z3950(2100);
    mine.name = QStringLiteral("Médiathèque");
    RemoteCatalogue::Server bnf = list->first();
    bnf.address = QStringLiteral("https://catalogue.bnf.fr/api/SRU2");
    REQUIRE(RemoteCatalogue::saveServers(cat.db(), {mine, bnf}));
    list = RemoteCatalogue::servers(cat.db());
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->first().address.endsWith(QStringLiteral("SRU2"))); // the preset replaced by the saved one
    auto found = RemoteCatalogue::find(cat.db(), QStringLiteral("médiathèque"));
    REQUIRE(found);
    CHECK(found->protocol == RemoteCatalogue::Protocol::Z3950);
    auto byAddress = RemoteCatalogue::find(cat.db(), QStringLiteral("z3950://z3950.example.fr:2200/biblios"));
    REQUIRE(byAddress);
    CHECK(byAddress->address == QStringLiteral("z3950.example.fr:2200/biblios"));
    auto sruAddress = RemoteCatalogue::find(cat.db(), QStringLiteral("https://sru.example.fr/sru"));
    REQUIRE(sruAddress);
    CHECK(sruAddress->protocol == RemoteCatalogue::Protocol::Sru);
    auto unknown = RemoteCatalogue::find(cat.db(), QStringLiteral("Inconnu"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.errorMessage().contains(QStringLiteral("BnF")));
}

TEST_CASE("copy cataloguing by Z39.50 and by SRU from yaz-ztest, on the loopback address")
{
    YazTestServer ztest;
    REQUIRE(ztest.started());
    TestCatalogue cat;
    Importer importer(cat.db(), cat.clock());

    // yaz-ztest counts a numeric term as that many hits.
    RemoteCatalogue::Query isbn;
    isbn.isbn = QStringLiteral("3");
    auto answer = RemoteCatalogue::search(z3950(ztest.port()), isbn, 20);
    INFO((answer ? QString() : answer.errorMessage()).toStdString());
    REQUIRE(answer);
    CHECK(answer->hits == 3);
    CHECK(answer->count == 3);
    CHECK(answer->format == Importer::Format::Iso2709); // UNIMARC or MARC21, told apart per record
    Importer::Request request;
    request.format = answer->format;
    auto plan = importer.prepare(answer->records, answer->source, request);
    REQUIRE(plan);
    REQUIRE(plan->read() == 3);
    for (const auto& in : plan->records) {
        CHECK(in.errors.isEmpty());
        CHECK_FALSE(in.record.title.isEmpty());
    }
    // One record of the answer, and only it, goes into the catalogue.
    Importer::Options one;
    one.only = {2};
    auto outcome = importer.apply(*plan, one);
    REQUIRE(outcome);
    CHECK(outcome->added == 1);
    auto saved = RecordRepository(cat.db(), cat.clock()).get(outcome->ids.first());
    REQUIRE(saved);
    CHECK(saved->title == plan->records.at(1).record.title);
    one.only = {9};
    CHECK_FALSE(importer.apply(*plan, one));

    // A big answer: only the first ones are fetched.
    isbn.isbn = QStringLiteral("9782070368228");
    answer = RemoteCatalogue::search(z3950(ztest.port()), isbn, 5);
    REQUIRE(answer);
    CHECK(answer->hits == 9782070368228LL);
    CHECK(answer->count == 5);

    // SRU on the same port: MARCXML records, planned the same way, the duplicate now seen.
    RemoteCatalogue::Query title;
    title.title = QStringLiteral("computer");
    auto viaSru = RemoteCatalogue::search(sru(ztest.port()), title, 10);
    INFO((viaSru ? QString() : viaSru.errorMessage()).toStdString());
    REQUIRE(viaSru);
    CHECK(viaSru->format == Importer::Format::MarcXml);
    REQUIRE(viaSru->count > 0);
    request.format = viaSru->format;
    auto sruPlan = importer.prepare(viaSru->records, viaSru->source, request);
    INFO((sruPlan ? QString() : sruPlan.errorMessage()).toStdString());
    REQUIRE(sruPlan);
    CHECK(sruPlan->read() == viaSru->count);
    bool duplicateSeen = false;
    for (const auto& in : sruPlan->records)
        duplicateSeen = duplicateSeen || (in.record.title == saved->title && !in.duplicates.isEmpty());
    CHECK(duplicateSeen);
}

TEST_CASE("a server that is not there, that answers garbage or that does not answer: a clear error, in time")
{
    RemoteCatalogue::Query q;
    q.title = QStringLiteral("ville");
    // Nothing listens on a port just given back.
    int closedPort = 0;
    {
        LoopbackResponder probe("x");
        closedPort = probe.port();
    }
    auto refused = RemoteCatalogue::search(z3950(closedPort), q);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("ztest")));

    LoopbackResponder garbage("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n<html>pas du SRU</html>");
    REQUIRE(garbage.port() > 0);
    auto notSru = RemoteCatalogue::search(sru(garbage.port()), q);
    REQUIRE_FALSE(notSru);
    CHECK(notSru.errorMessage().contains(QStringLiteral("ztest-sru")));
    LoopbackResponder noise(QByteArray(4096, '\x5a'));
    auto notZ3950 = RemoteCatalogue::search(z3950(noise.port()), q);
    REQUIRE_FALSE(notZ3950);

    LoopbackResponder silent({});
    RemoteCatalogue::Server slow = z3950(silent.port());
    slow.timeoutSeconds = 1;
    QElapsedTimer t;
    t.start();
    auto timedOut = RemoteCatalogue::search(slow, q);
    REQUIRE_FALSE(timedOut);
    CHECK(t.elapsed() < 10000);
    CHECK(timedOut.errorMessage().contains(QStringLiteral("ztest")));
}

#include "core/interop/LocalFields.h"
#include "core/catalog/RecordRepository.h"
#include "core/interop/Importer.h"
#include "core/interop/MarcCodec.h"
#include "core/interop/MarcMapping.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

using Target = LocalFields::Target;

MarcField field(const char* tag, QList<MarcSubfield> subfields)
{
    MarcField f;
    f.tag = QString::fromLatin1(tag);
    f.subfields = std::move(subfields);
    return f;
}

// A record as PMB's UNIMARC export gives it: its custom fields in 900 ($a
// value, $l label, $n name, $t type), a copy's in 999 (with $f, the copy's
// barcode), its decimal index in 676, a DOI in 014.
MarcRecord pmbRecord(const QString& title, const QString& barcode, const QString& quartier,
                     const QString& theme)
{
    Record r;
    r.title = title;
    r.date = QStringLiteral("2021");
    r.responsibilities = {{QStringLiteral("Martin, Claire"), AuthorityKind::Person, Role::Author}};
    Copy c;
    c.barcode = barcode;
    c.callNumber = QStringLiteral("URB 3");
    c.location = QStringLiteral("Centre de ressources");
    r.copies = {c};
    MarcRecord marc = MarcMapping::fromRecord(r, MarcFlavour::Unimarc, QDate(2026, 12, 7));
    marc.fields.append(
        field("014", {{u'a', QStringLiteral("10.3917/esp.178.0005")}, {u'b', QStringLiteral("DOI")}}));
    marc.fields.append(
        field("676", {{u'a', QStringLiteral("361")}, {u'l', QStringLiteral("Action sociale")}}));
    marc.fields.append(field("900", {{u'a', quartier},
                                     {u'l', QStringLiteral("Quartier prioritaire")},
                                     {u'n', QStringLiteral("cp_qpv")},
                                     {u't', QStringLiteral("list")}}));
    marc.fields.append(field("900", {{u'a', theme},
                                     {u'l', QStringLiteral("Thématique")},
                                     {u'n', QStringLiteral("cp_thematique")},
                                     {u't', QStringLiteral("list")}}));
    marc.fields.append(field("900", {{u'a', QStringLiteral("Élus, techniciens")},
                                     {u'l', QStringLiteral("Public visé")},
                                     {u'n', QStringLiteral("cp_public")},
                                     {u't', QStringLiteral("text")}}));
    marc.fields.append(field("900", {{u'a', QStringLiteral("04/03/2019")},
                                     {u'l', QStringLiteral("Date de saisie")},
                                     {u'n', QStringLiteral("cp_date_saisie")},
                                     {u't', QStringLiteral("date_box")}}));
    marc.fields.append(field("999", {{u'a', QStringLiteral("Don de la DDT")},
                                     {u'l', QStringLiteral("Provenance")},
                                     {u'n', QStringLiteral("expl_provenance")},
                                     {u't', QStringLiteral("text")},
                                     {u'f', barcode}}));
    return marc;
}

QByteArray pmbFile()
{
    auto bytes = MarcCodec::writeIso2709(
        {pmbRecord(QStringLiteral("Habiter les grands ensembles"), QStringLiteral("0001"),
                   QStringLiteral("Seine-Saint-Denis"), QStringLiteral("QPV")),
         pmbRecord(QStringLiteral("Les régies de quartier"), QStringLiteral("0002"),
                   QStringLiteral("Les Tilleuls"), QStringLiteral("Apiculture urbaine"))});
    REQUIRE(bytes);
    return *bytes;
}

Importer::Plan prepare(TestCatalogue& cat, const QHash<QString, Target>& chosen = {})
{
    Importer::Request request;
    request.localFields = chosen;
    auto plan = Importer(cat.db(), cat.clock()).prepare(pmbFile(), QStringLiteral("pmb.mrc"), request);
    INFO((plan ? QString() : plan.errorMessage()).toStdString());
    REQUIRE(plan);
    return *plan;
}

const LocalFields::Use* use(const Importer::Plan& plan, const QString& id)
{
    for (const LocalFields::Use& u : plan.localFields)
        if (u.id == id)
            return &u;
    return nullptr;
}

} // namespace

TEST_CASE("where a source catalogue's own field goes is guessed from its name and label")
{
    CHECK(LocalFields::guess(QStringLiteral("cp_qpv"), QStringLiteral("Quartier prioritaire"), false) ==
          Target::Territories);
    CHECK(LocalFields::guess(QStringLiteral("cp_commune"), {}, false) == Target::Territories);
    CHECK(LocalFields::guess(QStringLiteral("cp_theme"), QStringLiteral("Thématique"), false) ==
          Target::Subjects);
    CHECK(LocalFields::guess(QStringLiteral("cp_mc"), QStringLiteral("Mots-clés libres"), false) ==
          Target::Keywords);
    CHECK(LocalFields::guess(QStringLiteral("cp_mc"), QStringLiteral("mots clés"), false) ==
          Target::Keywords);
    CHECK(LocalFields::guess(QStringLiteral("cp_public"), QStringLiteral("Public visé"), false) ==
          Target::Audience);
    CHECK(LocalFields::guess(QStringLiteral("cp_nature"), QStringLiteral("Nature du document"), false) ==
          Target::Genre);
    CHECK(LocalFields::guess(QStringLiteral("cp_lien"), QStringLiteral("Lien vers le PDF"), false) ==
          Target::Url);
    // Nothing known, a decimal index, a DOI, a copy's field: the notes.
    CHECK(LocalFields::guess(QStringLiteral("cp_date_saisie"), QStringLiteral("Date de saisie"), false) ==
          Target::Notes);
    CHECK(LocalFields::guess(QStringLiteral("676"), QStringLiteral("Indexation"), false) == Target::Notes);
    CHECK(LocalFields::guess(QStringLiteral("999:expl_quartier"), QStringLiteral("Quartier"), true) ==
          Target::Notes);
    for (Target t : LocalFields::targets(false)) {
        CHECK(LocalFields::targetFromKey(LocalFields::key(t)) == t);
        CHECK_FALSE(LocalFields::label(t).isEmpty());
    }
    CHECK(LocalFields::targets(true) == QList<Target>{Target::Notes, Target::Ignore});
}

TEST_CASE("the command line's choices of where the fields go are read, and a wrong one is named")
{
    QString error;
    const auto chosen = LocalFields::parseChoices(
        QStringLiteral("cp_qpv=territories; 676 = ignore;999:expl_provenance=notes"), &error);
    REQUIRE(chosen);
    CHECK(chosen->value(QStringLiteral("cp_qpv")) == Target::Territories);
    CHECK(chosen->value(QStringLiteral("676")) == Target::Ignore);
    CHECK(chosen->value(QStringLiteral("999:expl_provenance")) == Target::Notes);
    CHECK_FALSE(LocalFields::parseChoices(QStringLiteral("cp_qpv=nowhere"), &error));
    CHECK(error.contains(QStringLiteral("cp_qpv=nowhere")));
    CHECK_FALSE(LocalFields::parseChoices(QStringLiteral("cp_qpv"), &error));
    CHECK(error.contains(QStringLiteral("cp_qpv")));
    CHECK_FALSE(LocalFields::parseChoices(QStringLiteral("999:expl_provenance=subjects"), &error));
    CHECK(error.contains(QStringLiteral("999:expl_provenance")));
}

TEST_CASE("PMB's custom fields, decimal index and DOI come over where they belong, nothing lost by default")
{
    TestCatalogue cat;
    const Importer::Plan plan = prepare(cat);
    REQUIRE(plan.read() == 2);
    CHECK(plan.withErrors() == 0);

    // Each field listed once, in the file's order, with its count and where it went.
    QStringList ids;
    for (const LocalFields::Use& u : plan.localFields)
        ids.append(u.id);
    CHECK(ids == QStringList{QStringLiteral("014"), QStringLiteral("676"), QStringLiteral("cp_qpv"),
                             QStringLiteral("cp_thematique"), QStringLiteral("cp_public"),
                             QStringLiteral("cp_date_saisie"), QStringLiteral("999:expl_provenance")});
    REQUIRE(use(plan, QStringLiteral("cp_qpv")));
    CHECK(use(plan, QStringLiteral("cp_qpv"))->records == 2);
    CHECK(use(plan, QStringLiteral("cp_qpv"))->label == QStringLiteral("Quartier prioritaire"));
    CHECK(use(plan, QStringLiteral("cp_qpv"))->example == QStringLiteral("Seine-Saint-Denis"));
    CHECK(use(plan, QStringLiteral("cp_qpv"))->target == Target::Territories);
    CHECK(use(plan, QStringLiteral("cp_thematique"))->target == Target::Subjects);
    CHECK(use(plan, QStringLiteral("cp_public"))->target == Target::Audience);
    CHECK(use(plan, QStringLiteral("cp_date_saisie"))->target == Target::Notes);
    CHECK(use(plan, QStringLiteral("999:expl_provenance"))->tag == QStringLiteral("999"));
    CHECK(use(plan, QStringLiteral("999:expl_provenance"))->ofCopy());

    // Record 1: a known territory and a non-preferred term of the thesaurus.
    const Record& first = plan.records.at(0).record;
    CHECK(first.territories == QStringList{QStringLiteral("Seine-Saint-Denis")});
    CHECK(first.subjects == QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    CHECK(first.audience == QStringLiteral("Élus, techniciens"));
    const QStringList notes = first.notes.split(u'\n');
    CHECK(notes.contains(
        LocalFields::tr("%1: %2").arg(QStringLiteral("DOI"), QStringLiteral("10.3917/esp.178.0005"))));
    CHECK(notes.contains(LocalFields::tr("%1: %2").arg(LocalFields::tr("Decimal index"),
                                                       QStringLiteral("361 Action sociale"))));
    CHECK(notes.contains(
        LocalFields::tr("%1: %2").arg(QStringLiteral("Date de saisie"), QStringLiteral("04/03/2019"))));
    CHECK(notes.contains(LocalFields::tr("%1: %2").arg(
        LocalFields::tr("Copy %1, %2").arg(QStringLiteral("0001"), QStringLiteral("Provenance")),
        QStringLiteral("Don de la DDT"))));
    // Record 2: what the vocabularies lack is kept as keywords, and listed.
    const Importer::Incoming& second = plan.records.at(1);
    CHECK(second.record.territories.isEmpty());
    CHECK(second.record.keywords.contains(QStringLiteral("Les Tilleuls")));
    CHECK(second.record.keywords.contains(QStringLiteral("Apiculture urbaine")));
    CHECK(second.unmatchedSubjects == QStringList{QStringLiteral("Apiculture urbaine")});

    // Written as planned.
    auto outcome = Importer(cat.db(), cat.clock()).apply(plan, {});
    REQUIRE(outcome);
    REQUIRE(outcome->added == 2);
    auto saved = RecordRepository(cat.db(), cat.clock()).get(outcome->ids.first());
    REQUIRE(saved);
    CHECK(saved->territories == first.territories);
    CHECK(saved->audience == first.audience);
    CHECK(saved->notes == first.notes);
    REQUIRE(saved->copies.size() == 1);
    CHECK(saved->copies.first().barcode == QStringLiteral("0001"));
}

TEST_CASE("the user's choice of where a field goes replaces the guess, for every record")
{
    TestCatalogue cat;
    const Importer::Plan plan = prepare(cat, {{QStringLiteral("cp_qpv"), Target::Keywords},
                                              {QStringLiteral("676"), Target::Ignore},
                                              {QStringLiteral("cp_date_saisie"), Target::Ignore},
                                              {QStringLiteral("999:expl_provenance"), Target::Ignore},
                                              {QStringLiteral("cp_public"), Target::Notes}});
    CHECK(use(plan, QStringLiteral("cp_qpv"))->target == Target::Keywords);
    CHECK(use(plan, QStringLiteral("676"))->target == Target::Ignore);
    // Not named: still guessed.
    CHECK(use(plan, QStringLiteral("cp_thematique"))->target == Target::Subjects);
    for (const Importer::Incoming& in : plan.records) {
        CHECK(in.record.territories.isEmpty());
        CHECK_FALSE(in.record.notes.contains(QStringLiteral("361")));
        CHECK_FALSE(in.record.notes.contains(QStringLiteral("Date de saisie")));
        CHECK_FALSE(in.record.notes.contains(QStringLiteral("Provenance")));
        CHECK(in.record.audience.isEmpty());
        CHECK(in.record.notes.contains(QStringLiteral("Public visé")));
        CHECK(in.record.notes.contains(QStringLiteral("10.3917/esp.178.0005")));
    }
    CHECK(plan.records.at(0).record.keywords.contains(QStringLiteral("Seine-Saint-Denis")));
    CHECK(plan.records.at(1).record.keywords.contains(QStringLiteral("Les Tilleuls")));
}

TEST_CASE("a field given twice is one line of notes; a second audience is not lost")
{
    Record r;
    r.audience = QStringLiteral("Habitants");
    QStringList places;
    LocalFields::apply(
        {{QStringLiteral("cp_partenaire"), QStringLiteral("Partenaire"), QStringLiteral("CAF"), {}},
         {QStringLiteral("cp_partenaire"), QStringLiteral("Partenaire"), QStringLiteral("ANRU"), {}},
         {QStringLiteral("cp_partenaire"), QStringLiteral("Partenaire"), QStringLiteral("CAF"), {}},
         {QStringLiteral("cp_public"), QStringLiteral("Public"), QStringLiteral("Élus"), {}},
         {QStringLiteral("cp_public"), QStringLiteral("Public"), QStringLiteral("habitants"), {}},
         {QStringLiteral("cp_quartier"), QStringLiteral("Quartier"), QStringLiteral("Les Tilleuls"), {}}},
        {}, r, places);
    CHECK(r.audience == QStringLiteral("Habitants"));
    CHECK(places == QStringList{QStringLiteral("Les Tilleuls")});
    CHECK(
        r.notes.split(u'\n') ==
        QStringList{LocalFields::tr("%1: %2").arg(QStringLiteral("Partenaire"), QStringLiteral("CAF ; ANRU")),
                    LocalFields::tr("%1: %2").arg(QStringLiteral("Public"), QStringLiteral("Élus"))});
}

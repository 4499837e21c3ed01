#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordRepository.h"
#include "core/interop/ExchangePackage.h"
#include "core/interop/Exporter.h"
#include "core/interop/Importer.h"
#include "core/storage/Zip.h"
#include "support/TestCatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace infodoc::core;
using infodoc::test::fileBytes;
using infodoc::test::TestCatalogue;

namespace {

// Centre A: an experience sheet with a PDF, and a book with a copy.
QList<qint64> centreRecords(TestCatalogue& a)
{
    Record sheet;
    sheet.type = DocumentType::ExperienceSheet;
    sheet.title = QStringLiteral("Un jardin partagé au pied des tours");
    sheet.responsibilities = {{QStringLiteral("Centre social des Minguettes"), AuthorityKind::Organisation,
                               Role::LeadOrganisation}};
    sheet.subjects = {QStringLiteral("Quartier prioritaire de la politique de la ville")};
    ExperienceSheet s;
    s.context = QStringLiteral("Des pelouses délaissées.");
    s.results = QStringLiteral("Quarante familles.");
    sheet.sheet = s;
    Record book;
    book.title = QStringLiteral("Habiter les grands ensembles");
    book.date = QStringLiteral("2018");
    book.isbn = QStringLiteral("9782070368228");
    book.callNumber = QStringLiteral("307 HAB");
    Copy c;
    c.barcode = QStringLiteral("A0001");
    book.copies = {c};
    auto ids = RecordRepository(a.db(), a.clock()).addAll({sheet, book});
    REQUIRE(ids);
    const QString file = infodoc::test::writeFile(a.dir() + QStringLiteral("/bilan.txt"),
                                                  "Bilan du jardin : quarante familles inscrites.\n");
    REQUIRE(AttachmentStore(a.db(), a.clock()).attach(ids->first(), file));
    return *ids;
}

QString package(TestCatalogue& a, const QList<qint64>& ids, const QString& name)
{
    Exporter exporter(a.db(), a.clock());
    exporter.setSource(QStringLiteral("CRPV A"));
    const QString path = a.dir() + u'/' + name;
    auto written = exporter.write(ids, Exporter::Format::Package, path);
    INFO((written ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written);
    CHECK(*written == ids.size());
    return path;
}

Importer::Plan planOf(TestCatalogue& b, const QString& path)
{
    auto plan = Importer(b.db(), b.clock()).prepareFile(path, {});
    INFO((plan ? QString() : plan.errorMessage()).toStdString());
    REQUIRE(plan);
    return *plan;
}

// A package built by hand from its parts, to be tampered with.
void writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    ZipWriter zip;
    REQUIRE(zip.open(path));
    for (const auto& [name, bytes] : entries)
        REQUIRE(zip.add(name, bytes));
    REQUIRE(zip.close());
}

QByteArray manifest(const QJsonArray& files)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("infodoc-exchange")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("centre"), QStringLiteral("CRPV A")},
                                     {QStringLiteral("files"), files}})
        .toJson();
}

QString sha(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("an exchange package carries records, sheets and files to another centre, with their provenance")
{
    TestCatalogue a;
    const QList<qint64> ids = centreRecords(a);
    const QString path = package(a, ids, QStringLiteral("echange.zip"));

    // Its manifest: the centre, the counts, every file with its SHA-256.
    ZipReader zip;
    REQUIRE(zip.open(path));
    auto entries = zip.entries(100);
    REQUIRE(entries);
    CHECK(entries->size() == 3); // records.json, the attached file, manifest.json
    auto manifestBytes = zip.read(QStringLiteral("manifest.json"), 1 << 20);
    REQUIRE(manifestBytes);
    const QJsonObject m = QJsonDocument::fromJson(*manifestBytes).object();
    CHECK(m.value(QStringLiteral("centre")).toString() == QStringLiteral("CRPV A"));
    CHECK(m.value(QStringLiteral("counts")).toObject().value(QStringLiteral("records")).toInt() == 2);
    CHECK(m.value(QStringLiteral("counts")).toObject().value(QStringLiteral("sheets")).toInt() == 1);
    CHECK(m.value(QStringLiteral("counts")).toObject().value(QStringLiteral("files")).toInt() == 1);
    CHECK(m.value(QStringLiteral("files")).toArray().size() == 2);

    TestCatalogue b;
    Importer::Plan plan = planOf(b, path);
    CHECK(plan.format == Importer::Format::Package);
    CHECK(plan.packageCentre == QStringLiteral("CRPV A"));
    REQUIRE(plan.read() == 2);
    CHECK(plan.records.at(0).errors.isEmpty());
    CHECK(plan.records.at(0).files.size() == 1);
    auto outcome = Importer(b.db(), b.clock()).apply(plan, {});
    REQUIRE(outcome);
    CHECK(outcome->added == 2);
    RecordRepository records(b.db(), b.clock());
    auto sheet = records.get(outcome->ids.first());
    REQUIRE(sheet);
    REQUIRE(sheet->sheet);
    CHECK(sheet->sheet->results == QStringLiteral("Quarante familles."));
    CHECK(sheet->subjects == QStringList{QStringLiteral("Quartier prioritaire de la politique de la ville")});
    REQUIRE(sheet->attachments.size() == 1);
    CHECK(sheet->attachments.first().fileName == QStringLiteral("bilan.txt"));
    const auto original = *RecordRepository(a.db(), a.clock()).get(ids.first());
    CHECK(sheet->attachments.first().sha256 == original.attachments.first().sha256);
    CHECK(QFile::exists(AttachmentStore(b.db(), b.clock()).pathOf(sheet->attachments.first().sha256)));
    // The other centre's copies and call numbers stay there.
    auto book = records.get(outcome->ids.at(1));
    REQUIRE(book);
    CHECK(book->copies.isEmpty());
    CHECK(book->callNumber.isEmpty());
    CHECK(b.scalar(QStringLiteral("SELECT COUNT(*) FROM record_provenance WHERE centre = 'CRPV A'")) == 2);

    // The same package again: the same records, nothing to do.
    Importer::Plan again = planOf(b, path);
    REQUIRE(again.records.at(0).duplicates.size() >= 1);
    CHECK(again.records.at(0).duplicates.first().reason == RecordRepository::Duplicate::Reason::SameSource);
    auto second = Importer(b.db(), b.clock()).apply(again, {});
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->skipped == 2);

    // Centre A corrects its book: B, which did not touch it, takes the correction.
    a.clock().advanceSeconds(3600);
    Record corrected = *RecordRepository(a.db(), a.clock()).get(ids.at(1));
    corrected.title = QStringLiteral("Habiter les grands ensembles, 1950-2020");
    REQUIRE(RecordRepository(a.db(), a.clock()).update(corrected));
    b.clock().advanceSeconds(7200);
    const QString newer = package(a, ids, QStringLiteral("echange-2.zip"));
    auto third = Importer(b.db(), b.clock()).apply(planOf(b, newer), {});
    REQUIRE(third);
    CHECK(third->replaced == 1);
    CHECK(records.get(outcome->ids.at(1))->title ==
          QStringLiteral("Habiter les grands ensembles, 1950-2020"));

    // B edits the sheet here; A changes it too: B's edit is kept unless B chooses otherwise.
    b.clock().advanceSeconds(3600);
    Record local = *records.get(outcome->ids.first());
    local.abstract = QStringLiteral("Notre résumé, écrit ici.");
    REQUIRE(records.update(local));
    a.clock().advanceSeconds(7200);
    Record theirs = *RecordRepository(a.db(), a.clock()).get(ids.first());
    theirs.abstract = QStringLiteral("Leur résumé.");
    REQUIRE(RecordRepository(a.db(), a.clock()).update(theirs));
    b.clock().advanceSeconds(7200);
    Importer::Plan fourth = planOf(b, package(a, ids, QStringLiteral("echange-3.zip")));
    bool warned = false;
    for (const auto& w : fourth.records.at(0).warnings)
        warned = warned || w.message.contains(QStringLiteral("edited here"));
    CHECK(warned);
    auto kept = Importer(b.db(), b.clock()).apply(fourth, {});
    REQUIRE(kept);
    CHECK(records.get(outcome->ids.first())->abstract == QStringLiteral("Notre résumé, écrit ici."));
    Importer::Options replace;
    replace.perRecord.insert(1, Importer::OnDuplicate::Replace);
    REQUIRE(Importer(b.db(), b.clock()).apply(fourth, replace));
    CHECK(records.get(outcome->ids.first())->abstract == QStringLiteral("Leur résumé."));
    CHECK(records.get(outcome->ids.first())->attachments.size() == 1);
}

TEST_CASE("a hostile package is refused whole: paths outside it, unlisted files, wrong checksums, huge sizes")
{
    TestCatalogue b;
    const QByteArray records =
        R"({"records": [{"title": "Une notice", "type": "book", "provenance": {"id": "1"}}]})";
    const QJsonObject recordsEntry{{QStringLiteral("path"), QStringLiteral("records.json")},
                                   {QStringLiteral("sha256"), sha(records)},
                                   {QStringLiteral("size"), qint64(records.size())}};
    const QString good = b.dir() + QStringLiteral("/bon.zip");
    writeZip(good, {{QStringLiteral("records.json"), records},
                    {QStringLiteral("manifest.json"), manifest({recordsEntry})}});
    auto fine = ExchangePackage::read(good);
    INFO((fine ? QString() : fine.errorMessage()).toStdString());
    REQUIRE(fine);
    CHECK(fine->records.size() == 1);

    const QString escape = b.dir() + QStringLiteral("/evasion.zip");
    writeZip(escape, {{QStringLiteral("records.json"), records},
                      {QStringLiteral("../../.bashrc"), "echo pris"},
                      {QStringLiteral("manifest.json"), manifest({recordsEntry})}});
    auto refused = Importer(b.db(), b.clock()).prepareFile(escape, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("../../.bashrc")));

    const QString extra = b.dir() + QStringLiteral("/ajout.zip");
    const QString stray = QStringLiteral("files/") + sha("x");
    writeZip(extra, {{QStringLiteral("records.json"), records},
                     {stray, "x"},
                     {QStringLiteral("manifest.json"), manifest({recordsEntry})}});
    auto unlisted = ExchangePackage::read(extra);
    REQUIRE_FALSE(unlisted);
    CHECK(unlisted.errorMessage().contains(stray));

    QJsonObject lying = recordsEntry;
    lying.insert(QStringLiteral("sha256"), sha("autre chose"));
    const QString changed = b.dir() + QStringLiteral("/change.zip");
    writeZip(changed, {{QStringLiteral("records.json"), records},
                       {QStringLiteral("manifest.json"), manifest({lying})}});
    auto tampered = ExchangePackage::read(changed);
    REQUIRE_FALSE(tampered);
    CHECK(tampered.errorMessage().contains(QStringLiteral("SHA-256")));

    // A manifest announcing more than the package may unpack to: refused before anything is read.
    QJsonObject huge = recordsEntry;
    huge.insert(QStringLiteral("size"), qint64(9) << 30);
    const QString bomb = b.dir() + QStringLiteral("/bombe.zip");
    writeZip(bomb, {{QStringLiteral("records.json"), records},
                    {QStringLiteral("manifest.json"), manifest({huge})}});
    auto tooBig = ExchangePackage::read(bomb);
    REQUIRE_FALSE(tooBig);
    CHECK(tooBig.errorMessage().contains(QStringLiteral("GiB")));

    const QString noManifest = b.dir() + QStringLiteral("/sans.zip");
    writeZip(noManifest, {{QStringLiteral("records.json"), records}});
    CHECK_FALSE(ExchangePackage::read(noManifest));
    CHECK_FALSE(ExchangePackage::read(b.dir() + QStringLiteral("/absent.zip")));
    CHECK(b.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 0);

    // A package needs the centre's name.
    Exporter unnamed(b.db(), b.clock());
    auto id = RecordRepository(b.db(), b.clock()).add([] {
        Record r;
        r.title = QStringLiteral("x");
        return r;
    }());
    REQUIRE(id);
    auto anonymous = unnamed.write({*id}, Exporter::Format::Package, b.dir() + QStringLiteral("/p.zip"));
    REQUIRE_FALSE(anonymous);
    CHECK_FALSE(QFile::exists(b.dir() + QStringLiteral("/p.zip")));
}

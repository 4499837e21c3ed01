#include "core/output/Labels.h"
#include "core/catalog/RecordRepository.h"
#include "core/output/CentreIdentity.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

namespace {

// Every barcode zbarimg (zbar-tools) reads on the PDF's pages rendered at 300 dpi.
QStringList decoded(const QString& pdf, const QString& folder)
{
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                  QStringLiteral("-png"), pdf, folder + QStringLiteral("/page")});
    REQUIRE(render.waitForFinished(120000));
    REQUIRE(render.exitCode() == 0);
    QStringList pages;
    for (const QString& f : QDir(folder).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name))
        pages.append(folder + u'/' + f);
    REQUIRE_FALSE(pages.isEmpty());
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), QStringList{QStringLiteral("--raw"), QStringLiteral("-q")} + pages);
    REQUIRE(zbar.waitForFinished(120000));
    return QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

int pageCount(const QString& pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = out.indexOf(QStringLiteral("Pages:"));
    REQUIRE(at >= 0);
    return out.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
}

} // namespace

TEST_CASE("each barcode label decodes to its copy's barcode, from any position of a partly used sheet")
{
    TestCatalogue cat;
    RecordRepository records(cat.db(), cat.clock());
    QList<qint64> ids;
    QStringList expected;
    for (int i = 1; i <= 15; ++i) {
        Record r;
        r.type = DocumentType::Book;
        r.title =
            QStringLiteral("Étude n° %1 sur le renouvellement urbain des quartiers prioritaires").arg(i);
        r.callNumber = QStringLiteral("URB %1 ETU").arg(i);
        const QString a = QStringLiteral("CRPV-%1A").arg(i, 4, 10, QLatin1Char('0'));
        const QString b = QStringLiteral("CRPV-%1B").arg(i, 4, 10, QLatin1Char('0'));
        r.copies = {Copy{0, a, {}, {}, CopyStatus::Available, {}},
                    Copy{0, b, {}, {}, CopyStatus::Available, {}}};
        expected << a << b;
        auto id = records.add(r);
        REQUIRE(id.ok());
        ids.append(*id);
    }
    Labels::Copies copies;
    copies.records = ids;
    auto labels = Labels::forCopies(cat.db(), copies, false, QStringLiteral("Centre de ressources"));
    REQUIRE(labels.ok());
    REQUIRE(labels->size() == 30);
    QTemporaryDir dir;
    for (const auto& [symbology, name] :
         {std::pair{Labels::Symbology::Code128, "code128"}, std::pair{Labels::Symbology::Code39, "code39"}}) {
        INFO(name);
        const QString folder = dir.filePath(QLatin1String(name));
        REQUIRE(QDir().mkpath(folder));
        const QString pdf = folder + QStringLiteral("/labels.pdf");
        auto sheet = Labels::sheet(QStringLiteral("3x8"));
        REQUIRE(sheet.ok());
        // The first 19 labels of the sheet are used: 5 on it, 24 on the next, 1 on a third.
        REQUIRE(Labels::writePdf(*labels, *sheet, 20, symbology, pdf).ok());
        CHECK(pageCount(pdf) == 3);
        const QStringList read = decoded(pdf, folder);
        CHECK(QSet<QString>(read.begin(), read.end()) == QSet<QString>(expected.begin(), expected.end()));
        CHECK(read.size() == 30);
    }
}

TEST_CASE("borrower cards and spine labels; layouts, positions and codes that cannot be drawn are refused")
{
    QTemporaryDir dir;
    const QList<Labels::Label> cards = {
        Labels::borrowerCard(QStringLiteral("Centre"), QStringLiteral("Dupont, Marie"),
                             QStringLiteral("L000001")),
        Labels::borrowerCard(QStringLiteral("Centre"), QStringLiteral("Martin, Paul"),
                             QStringLiteral("L000002"))};
    auto sheet = Labels::sheet(QStringLiteral("2x7"));
    REQUIRE(sheet.ok());
    const QString pdf = dir.filePath(QStringLiteral("cards.pdf"));
    REQUIRE(Labels::writePdf(cards, *sheet, 1, Labels::Symbology::Code128, pdf).ok());
    QStringList read = decoded(pdf, dir.path());
    read.sort();
    CHECK(read == QStringList{QStringLiteral("L000001"), QStringLiteral("L000002")});

    const Labels::Label spine = Labels::spineLabel(QStringLiteral("LOG 1 DUP"));
    CHECK(spine.lines == QStringList{QStringLiteral("LOG"), QStringLiteral("1"), QStringLiteral("DUP")});
    CHECK(spine.barcode.isEmpty());

    auto custom = Labels::sheet(QStringLiteral("3x8:70x36@4.5,0"));
    REQUIRE(custom.ok());
    CHECK(custom->rectMm(4) == QRectF(70, 40.5, 70, 36));
    CHECK_FALSE(Labels::sheet(QStringLiteral("5x30:70x36@0,0")).ok()); // wider than A4
    CHECK_FALSE(Labels::sheet(QStringLiteral("grand")).ok());
    CHECK_FALSE(
        Labels::writePdf(cards, *sheet, 15, Labels::Symbology::Code128, pdf).ok()); // 14 on a 2x7 sheet
    const auto lower = Labels::check({Labels::borrowerCard({}, QStringLiteral("X"), QStringLiteral("abc~é"))},
                                     Labels::Symbology::Code39);
    REQUIRE_FALSE(lower.ok());
    CHECK(lower.errorMessage().contains(QStringLiteral("abc~é")));
}

TEST_CASE("the centre's identity that cannot be read is an error, not a blank identity")
{
    TestCatalogue cat;
    CentreIdentity identity;
    identity.name = QStringLiteral("CRPV du Val-d'Oise");
    REQUIRE(CentreSettings(cat.db()).save(identity).ok());
    auto read = CentreSettings(cat.db()).load();
    REQUIRE(read.ok());
    CHECK(read->name == identity.name);
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting RENAME TO setting_away")));
    auto failed = CentreSettings(cat.db()).load();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.errorMessage().contains(QStringLiteral("setting")));
}

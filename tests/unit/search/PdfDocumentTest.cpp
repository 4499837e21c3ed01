#include "core/search/PdfDocument.h"
#include "core/search/FrenchAnalyzer.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace infodoc::core;

TEST_CASE("a PDF is rendered page by page and the searched words are found on the page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
    infodoc::test::writePdf(path, {QStringLiteral("Introduction générale."),
                                   QStringLiteral("Les tuberculoses reculent dans les foyers.")});
    auto pdf = PdfDocument::open(path);
    REQUIRE(pdf.ok());
    CHECK((*pdf)->pageCount() == 2);
    const QSizeF size = (*pdf)->pageSize(1);
    CHECK(qAbs(size.width() - 595) < 2); // A4 in points
    const QImage image = (*pdf)->render(1, 72);
    CHECK(qAbs(image.width() - 595) < 3);

    // The stem of the query word ("tuberculose") finds the plural on page 2 only.
    const QString stem = FrenchAnalyzer::tokenize(u"tuberculose").first().stem;
    const QList<QRectF> boxes = (*pdf)->wordBoxes(1, {stem});
    REQUIRE(boxes.size() == 1);
    CHECK(QRectF(QPointF(0, 0), size).contains(boxes.first()));
    CHECK(boxes.first().width() > 10);
    CHECK((*pdf)->wordBoxes(0, {stem}).isEmpty());
    CHECK((*pdf)->wordBoxes(1, {}).isEmpty());

    const QString notPdf = infodoc::test::writeFile(dir.filePath(QStringLiteral("notes.pdf")), "not a pdf");
    auto bad = PdfDocument::open(notPdf);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(QStringLiteral("notes.pdf")));
}

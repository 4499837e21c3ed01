#include "core/catalog/StandardNumber.h"

#include <catch2/catch.hpp>

using infodoc::core::StandardNumber;

TEST_CASE("ISBN-10 is checked and normalised to ISBN-13")
{
    auto isbn = StandardNumber::normalizeIsbn(QStringLiteral("2-13-058804-2"));
    REQUIRE(isbn.ok());
    CHECK(*isbn == QStringLiteral("9782130588047"));
    auto withX = StandardNumber::normalizeIsbn(QStringLiteral("2 07 036822 x"));
    REQUIRE(withX.ok());
    CHECK(withX->size() == 13);
    CHECK_FALSE(StandardNumber::normalizeIsbn(QStringLiteral("2-13-058804-6")).ok());
    CHECK_FALSE(StandardNumber::normalizeIsbn(QStringLiteral("2-13-05880X-2")).ok());
}

TEST_CASE("ISBN-13 is checked")
{
    CHECK(StandardNumber::normalizeIsbn(QStringLiteral("978-2-13-058804-7")).ok());
    CHECK(StandardNumber::normalizeIsbn(QStringLiteral("ISBN 978 2 13 058804 7")).ok());
    auto wrong = StandardNumber::normalizeIsbn(QStringLiteral("978-2-13-058804-8"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.errorMessage().contains(QStringLiteral("978-2-13-058804-8")));
    CHECK(wrong.errorMessage().contains(QStringLiteral("check digit")));
    CHECK_FALSE(StandardNumber::normalizeIsbn(QStringLiteral("977-2-13-058804-7")).ok());
    CHECK_FALSE(StandardNumber::normalizeIsbn(QStringLiteral("12345")).ok());
    CHECK_FALSE(StandardNumber::normalizeIsbn(QString()).ok());
}

TEST_CASE("ISSN is checked and hyphenated")
{
    auto issn = StandardNumber::normalizeIssn(QStringLiteral("03785955"));
    REQUIRE(issn.ok());
    CHECK(*issn == QStringLiteral("0378-5955"));
    CHECK(StandardNumber::normalizeIssn(QStringLiteral("2049-3630")).ok());
    CHECK(StandardNumber::normalizeIssn(QStringLiteral("2434-561x")).ok());
    CHECK_FALSE(StandardNumber::normalizeIssn(QStringLiteral("0378-5954")).ok());
    CHECK_FALSE(StandardNumber::normalizeIssn(QStringLiteral("0378-59")).ok());
}

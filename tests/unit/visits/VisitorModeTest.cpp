#include "core/visits/VisitorMode.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("PBKDF2-HMAC-SHA256 gives the published test vectors")
{
    CHECK(VisitorMode::pbkdf2("password", "salt", 1, 32).toHex() ==
          "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(VisitorMode::pbkdf2("password", "salt", 2, 32).toHex() ==
          "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    // Longer than one block.
    CHECK(VisitorMode::pbkdf2("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40)
              .toHex() == "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
}

TEST_CASE("the visitor mode needs a PIN, keeps only its hash, and leaves only with it")
{
    TestCatalogue cat;
    VisitorMode mode(cat.db());
    CHECK_FALSE(*mode.hasPin());
    CHECK_FALSE(*mode.isActive());
    CHECK_FALSE(mode.enter().ok()); // no PIN yet

    CHECK_FALSE(mode.setPin(QStringLiteral("12")).ok());
    CHECK_FALSE(mode.setPin(QStringLiteral("12ab")).ok());
    REQUIRE(mode.setPin(QStringLiteral("4821")).ok());
    CHECK(*mode.hasPin());
    // The PIN itself is stored nowhere.
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM setting WHERE value LIKE '%4821%'")) == 0);
    CHECK(*mode.checkPin(QStringLiteral("4821")));
    CHECK_FALSE(*mode.checkPin(QStringLiteral("4822")));
    CHECK_FALSE(*mode.checkPin(QString()));

    REQUIRE(mode.enter().ok());
    // Another connection (the application started again) finds it on.
    auto again = cat.openAgain();
    CHECK(*VisitorMode(*again).isActive());
    CHECK_FALSE(mode.leave(QStringLiteral("0000")).ok());
    CHECK(*mode.isActive());
    REQUIRE(mode.leave(QStringLiteral("4821")).ok());
    CHECK_FALSE(*mode.isActive());

    // A new PIN replaces the old one.
    REQUIRE(mode.setPin(QStringLiteral("99887766")).ok());
    CHECK_FALSE(*mode.checkPin(QStringLiteral("4821")));
    CHECK(*mode.checkPin(QStringLiteral("99887766")));
}

TEST_CASE("a visitor mode that cannot be read is an error, never \"off\" or \"no PIN\"")
{
    TestCatalogue cat;
    VisitorMode mode(cat.db());
    REQUIRE(mode.setPin(QStringLiteral("4821")).ok());
    REQUIRE(mode.enter(7).ok());
    QSqlQuery q(cat.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting RENAME TO setting_away")));
    for (const QString& message :
         {mode.hasPin().errorMessage(), mode.isActive().errorMessage(),
          mode.checkPin(QStringLiteral("4821")).errorMessage(), mode.appointment().errorMessage()})
        CHECK(message.contains(QStringLiteral("Cannot read the visitor mode")));
    // Leaving needs the PIN checked: the mode stays on.
    const auto left = mode.leave(QStringLiteral("4821"));
    REQUIRE_FALSE(left.ok());
    CHECK(left.errorMessage().contains(QStringLiteral("Cannot read the visitor mode")));
    CHECK_FALSE(mode.enter().ok());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE setting_away RENAME TO setting")));
    CHECK(*mode.isActive());
    CHECK(*mode.appointment() == 7);
}

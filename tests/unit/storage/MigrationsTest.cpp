#include "core/storage/Migrations.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace infodoc::core;

namespace {
QStringList schema(const QSqlDatabase& db)
{
    QStringList list;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                  "ORDER BY type, name")));
    while (q.next())
        list.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString());
    return list;
}

struct RawConnection
{
    explicit RawConnection(const QString& path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QString name = QStringLiteral("raw-migration");
    QSqlDatabase db;
};
} // namespace

TEST_CASE("migrations are numbered from 1 without gaps")
{
    const auto all = Migrations::all();
    REQUIRE_FALSE(all.isEmpty());
    for (int i = 0; i < all.size(); ++i)
        CHECK(all.at(i).version == i + 1);
    CHECK(Migrations::latestVersion() == all.last().version);
}

TEST_CASE("statements split at semicolons ending a line, comments dropped")
{
    const auto statements = Migrations::splitStatements(
        QStringLiteral("-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i ON a(x);\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements.at(1) == QStringLiteral("CREATE INDEX i ON a(x);"));
}

TEST_CASE("a trigger's body, quoted semicolons and comments do not split a statement")
{
    const QString script = QStringLiteral(
        "CREATE TABLE loan (id INTEGER PRIMARY KEY, due TEXT, note TEXT DEFAULT 'a;b'); /* one; */\n"
        "CREATE TABLE loan_total (month TEXT PRIMARY KEY, n INTEGER NOT NULL);\n"
        "-- counts every loan; in the same transaction\n"
        "CREATE TRIGGER loan_counted AFTER INSERT ON loan\n"
        "BEGIN\n"
        "    INSERT OR IGNORE INTO loan_total (month, n) VALUES (substr(NEW.due, 1, 7), 0);\n"
        "    UPDATE loan_total SET n = n + CASE WHEN NEW.note = 'it''s; late' THEN 2 ELSE 1 END\n"
        "        WHERE month = substr(NEW.due, 1, 7);\n"
        "END;\n"
        "CREATE TEMP TRIGGER \"end\" AFTER DELETE ON loan BEGIN DELETE FROM loan_total; END;\n"
        "INSERT INTO loan (due, note) VALUES ('2026-03-02', 'x'), ('2026-03-09', 'it''s; late');\n");
    const auto statements = Migrations::splitStatements(script);
    REQUIRE(statements.size() == 5);
    CHECK(statements.at(0).endsWith(QStringLiteral("DEFAULT 'a;b');")));
    CHECK(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER loan_counted")));
    CHECK(statements.at(2).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(3).startsWith(QStringLiteral("CREATE TEMP TRIGGER")));

    // Run for real: the trigger works as written.
    RawConnection raw(QStringLiteral(":memory:"));
    QSqlQuery q(raw.db);
    for (const QString& statement : statements) {
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
    REQUIRE(q.exec(QStringLiteral("SELECT n FROM loan_total WHERE month = '2026-03'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}

TEST_CASE("upgrading from every earlier version gives the fresh schema and keeps data")
{
    QTemporaryDir dir;
    const QString freshPath = dir.filePath(QStringLiteral("fresh.sqlite"));
    QStringList freshSchema;
    {
        auto fresh = Database::open(freshPath, Database::OpenMode::CreateIfMissing);
        REQUIRE(fresh.ok());
        freshSchema = schema((*fresh)->connection());
    }
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        INFO("upgrading from version " << from);
        const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(from));
        {
            RawConnection raw(path);
            REQUIRE(Migrations::migrate(raw.db, from).ok());
            auto version = Migrations::currentVersion(raw.db);
            REQUIRE(version.ok());
            CHECK(*version == from);
            QSqlQuery q(raw.db);
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            if (from >= 1) {
                REQUIRE(q.exec(QStringLiteral(
                    "INSERT INTO record (id, type, title, title_sort, created, modified) VALUES "
                    "(7, 'book', 'Avant la mise à jour', 'avant la mise a jour', '2020-01-01', "
                    "'2020-01-01')")));
            }
        }
        auto upgraded = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(upgraded.ok());
        CHECK((*upgraded)->schemaVersion() == Migrations::latestVersion());
        CHECK(schema((*upgraded)->connection()) == freshSchema);
        if (from >= 1) {
            QSqlQuery q((*upgraded)->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT title FROM record WHERE id = 7")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QStringLiteral("Avant la mise à jour"));
        }
    }
}

TEST_CASE("copies marked on loan by hand before loans existed become open loans to identify")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(Migrations::migrate(raw.db, 5).ok());
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO record (id, type, title, title_sort, created, modified) VALUES "
                           "(1, 'book', 'Prêté à la main', 'prete a la main', '2020-01-01', '2020-01-01')")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO copy (record_id, barcode, status) VALUES (1, 'M1', 'on_loan'), "
                           "(1, 'M2', 'available'), (1, 'M3', 'lost')")));
    }
    auto upgraded = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(upgraded.ok());
    QSqlQuery q((*upgraded)->connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT barcode, status, shelf_status, due_on IS NOT NULL FROM copy_state ORDER BY "
                       "barcode")));
    QStringList rows;
    while (q.next())
        rows.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()));
    CHECK(rows == QStringList{QStringLiteral("M1 on_loan available 1"),
                              QStringLiteral("M2 available available 0"), QStringLiteral("M3 lost lost 0")});
    REQUIRE(q.exec(QStringLiteral("SELECT b.card FROM loan l JOIN borrower b ON b.id = l.borrower_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("REPRISE-PRETS"));
    CHECK_FALSE(q.next());
}

#include "storage/Migrations.h"
#include "storage/Database.h"

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

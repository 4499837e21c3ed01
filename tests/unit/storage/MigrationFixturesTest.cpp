#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Maintenance.h"
#include "core/storage/Migrations.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace infodoc::core;

namespace {

// The user's data: these tables, the columns they had at the fixture's version.
const QStringList kUserTables = {
    QStringLiteral("authority"),
    QStringLiteral("subject"),
    QStringLiteral("subject_broader"),
    QStringLiteral("subject_nonpreferred"),
    QStringLiteral("territory"),
    QStringLiteral("record"),
    QStringLiteral("responsibility"),
    QStringLiteral("record_subject"),
    QStringLiteral("record_keyword"),
    QStringLiteral("record_territory"),
    QStringLiteral("copy"),
    QStringLiteral("borrower"),
    QStringLiteral("loan"),
};

using Columns = QMap<QString, QStringList>;

Columns columnsOf(const QSqlDatabase& db)
{
    Columns columns;
    for (const QString& table : kUserTables) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        while (q.next())
            columns[table] << q.value(0).toString();
        if (columns.value(table).isEmpty())
            columns.remove(table);
    }
    return columns;
}

// Every row of the user's tables, over the given columns, in a stable order.
QByteArray userData(const QSqlDatabase& db, const Columns& columns, int* rows)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *rows = 0;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QString list = it.value().join(QStringLiteral(", "));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(list, it.key())));
        while (q.next()) {
            ++*rows;
            hash.addData(it.key().toUtf8());
            for (int c = 0; c < it.value().size(); ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

// The fixture's dump made into a catalogue file, as the version wrote it.
} // namespace

TEST_CASE("a catalogue kept at every past schema version migrates to the current one, its data unchanged")
{
    const QDir fixtures(QStringLiteral(INFODOC_MIGRATION_FIXTURES));
    const QStringList dumps = fixtures.entryList({QStringLiteral("v*.sql")}, QDir::Files, QDir::Name);
    // One per past version: a new migration needs the fixture of the version before it.
    REQUIRE(dumps.size() == Migrations::latestVersion() - 1);
    for (const QString& name : dumps) {
        INFO(name.toStdString());
        const int version = name.mid(1, 2).toInt();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
        infodoc::test::loadDump(fixtures.filePath(name), path);

        Columns columns;
        QByteArray before;
        int rowsBefore = 0;
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            auto found = Migrations::currentVersion(raw);
            REQUIRE(found.ok());
            CHECK(*found == version);
            columns = columnsOf(raw);
            before = userData(raw, columns, &rowsBefore);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before"));
        REQUIRE(rowsBefore > 20);

        // Opened by this version: migrated, and its schema the one a new catalogue gets.
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        INFO((db ? QString() : db.errorMessage()).toStdString());
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == Migrations::latestVersion());
        int rowsAfter = 0;
        CHECK(userData((*db)->connection(), columns, &rowsAfter) == before);
        CHECK(rowsAfter == rowsBefore);
        auto report = Maintenance::check(**db);
        REQUIRE(report.ok());
        CHECK(report->problems.isEmpty());
        const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        auto record = RecordRepository(**db, clock).get(2);
        REQUIRE(record.ok());
        CHECK(record->title == QStringLiteral("Jardins partagés & vivre-ensemble"));
        CHECK(record->subjects ==
              QStringList{QStringLiteral("Jardins partagés"), QStringLiteral("Logement social")});
    }
}

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

TEST_CASE("the text of files read before version 15 moves to one row a page, nothing lost")
{
    const QDir fixtures(QStringLiteral(INFODOC_MIGRATION_FIXTURES));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
    infodoc::test::loadDump(fixtures.filePath(QStringLiteral("v14.sql")), path);
    // A long manual (every page different), pages left blank, a text ending
    // with a blank page, one page alone, and a file without text.
    QStringList manual;
    for (int i = 1; i <= 1500; ++i)
        manual.append(
            QStringLiteral("Page %1 : l’évaluation des quartiers prioritaires, ligne après ligne.").arg(i));
    const QList<QPair<QString, QString>> texts = {
        {QStringLiteral("a1"), manual.join(u'\f')},
        {QStringLiteral("b2"), QStringLiteral("Sommaire\f\f\fAnnexe")},
        {QStringLiteral("c3"), QStringLiteral("Seule page\f")},
        {QStringLiteral("d4"), QStringLiteral("Une page")},
        {QStringLiteral("e5"), QStringLiteral("")},
    };
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v14"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const auto& [sha, text] : texts) {
            q.prepare(QStringLiteral("INSERT INTO attachment_blob (sha256, size, mime_type) VALUES (?, 1, "
                                     "'application/pdf')"));
            q.addBindValue(sha);
            REQUIRE(q.exec());
            q.prepare(
                QStringLiteral("INSERT INTO attachment_text (sha256, state, pages, extractor, message, "
                               "text, extracted) VALUES (?, ?, ?, '1', '', ?, '2026-01-05T09:00:00Z')"));
            q.addBindValue(sha);
            q.addBindValue(text.isEmpty() ? QStringLiteral("no_text") : QStringLiteral("done"));
            q.addBindValue(text.isEmpty() ? 0 : int(text.count(u'\f')) + 1);
            q.addBindValue(text);
            REQUIRE(q.exec());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v14"));

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    INFO((db ? QString() : db.errorMessage()).toStdString());
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    QSqlQuery q((*db)->connection());
    for (const auto& [sha, text] : texts) {
        INFO(sha.toStdString());
        q.prepare(QStringLiteral("SELECT page, text FROM attachment_page WHERE sha256 = ? ORDER BY page"));
        q.addBindValue(sha);
        REQUIRE(q.exec());
        QStringList pages;
        while (q.next()) {
            CHECK(q.value(0).toInt() == pages.size() + 1);
            pages.append(q.value(1).toString());
        }
        CHECK(pages == (text.isEmpty() ? QStringList() : text.split(u'\f')));
    }
    // The whole-text column is gone; the state and page count stay.
    REQUIRE(q.exec(
        QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('attachment_text') WHERE name = 'text'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT pages FROM attachment_text WHERE sha256 = 'a1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1500);
    // A file's pages go with its text.
    REQUIRE(q.exec(QStringLiteral("DELETE FROM attachment_blob WHERE sha256 = 'b2'")));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM attachment_page WHERE sha256 = 'b2'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

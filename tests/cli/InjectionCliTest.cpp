#include "cli/CliRun.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using infodoc::test::cli;
using infodoc::test::Run;

namespace {

// The usual payloads, and names that quote, comment and stack statements.
const QStringList kPayloads = {
    QStringLiteral("'); DROP TABLE record; --"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("%' UNION SELECT name, sql FROM sqlite_master --"),
    QStringLiteral("title; DELETE FROM borrower"),
    QStringLiteral("_%\\' /* */ ;"),
};

// Every table's rows, in order, and the schema: what "nothing changed" means.
QByteArray digest(const QString& path, QStringList* tables = nullptr)
{
    QByteArray all;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name")));
        QStringList names;
        while (q.next()) {
            all += q.value(2).toString().toUtf8() + '\n';
            if (q.value(0).toString() == QLatin1String("table") &&
                !q.value(1).toString().startsWith(QLatin1String("sqlite_")))
                names << q.value(1).toString();
        }
        for (const QString& table : std::as_const(names)) {
            // The month's count of bibliographies printed is the one thing a read adds to.
            if (table == QLatin1String("output_month"))
                continue;
            QSqlQuery rows(db);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c)
                    all += rows.value(c).toString().toUtf8() + '\x1f';
                all += '\n';
            }
        }
        if (tables)
            *tables = names;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("digest"));
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

qint64 scalar(const QString& path, const QString& sql)
{
    qint64 value = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scalar"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
    return value;
}

// A refusal is one of ours, never SQLite's words about a statement it was given.
void refusedCleanly(const Run& r, const QStringList& args)
{
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    CHECK(r.code >= 0);
    CHECK(r.code <= 2);
    for (const char* sqlite : {"syntax error", "unrecognized token", "no such table", "no such column",
                               "SQL logic error", "incomplete input"})
        CHECK_FALSE(r.err.contains(QLatin1String(sqlite)));
}

} // namespace

TEST_CASE(
    "SQL payloads in every argument and JSON field are taken literally: nothing dropped, nothing changed")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("30"),
                 QStringLiteral("--pdf-every"), QStringLiteral("0")},
                {}, db)
                .code == 0);
    QStringList tablesBefore;
    const QByteArray before = digest(db, &tablesBefore);

    // Reading commands: each answers or refuses, and leaves every row as it was.
    for (const QString& p : kPayloads) {
        const QList<QStringList> reads = {
            {QStringLiteral("list"), QStringLiteral("--search"), p},
            {QStringLiteral("list"), QStringLiteral("--sort"), p},
            {QStringLiteral("list"), QStringLiteral("--type"), p},
            {QStringLiteral("search"), p},
            {QStringLiteral("search"), p, QStringLiteral("--exact")},
            {QStringLiteral("search"), QStringLiteral("logement"), QStringLiteral("--filter"),
             QStringLiteral("type=") + p},
            {QStringLiteral("search"), QStringLiteral("logement"), QStringLiteral("--filter"),
             p + QStringLiteral("=x")},
            {QStringLiteral("search"), QStringLiteral("logement"), QStringLiteral("--sort"), p},
            {QStringLiteral("search"), QStringLiteral("--saved"), p},
            {QStringLiteral("thesaurus"), p},
            {QStringLiteral("show"), p},
            {QStringLiteral("borrower"), QStringLiteral("list"), QStringLiteral("--search"), p},
            {QStringLiteral("borrower"), QStringLiteral("show"), p},
            {QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--borrower"), p},
            {QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--copy"), p},
            {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--text"), p},
            {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--subject"), p},
            {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--staff"), p},
            {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--status"), p},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--basket"), p, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.csv"))},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--subject"), p, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.csv"))},
            {QStringLiteral("bibliography"), QStringLiteral("--query"), p, QStringLiteral("--format"),
             QStringLiteral("txt"), QStringLiteral("-o"), dir.filePath(QStringLiteral("b.txt"))},
            {QStringLiteral("sheet"), QStringLiteral("--subject"), p, QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("-o"), dir.filePath(QStringLiteral("s.json"))},
        };
        for (const QStringList& args : reads)
            refusedCleanly(cli(args, {}, db), args);
    }
    CHECK(digest(db) == before);

    // Writing commands: the payload is stored as text and read back as it was typed.
    const qint64 records = scalar(db, QStringLiteral("SELECT COUNT(*) FROM record"));
    const qint64 borrowers = scalar(db, QStringLiteral("SELECT COUNT(*) FROM borrower"));
    int added = 0;
    for (const QString& p : kPayloads) {
        ++added;
        QJsonObject record{{QStringLiteral("type"), QStringLiteral("book")},
                           {QStringLiteral("title"), p},
                           {QStringLiteral("publisher"), p},
                           {QStringLiteral("keywords"), QJsonArray{p}},
                           {QStringLiteral("callNumber"), p}};
        Run add = cli({QStringLiteral("add"), QStringLiteral("--json")},
                      QJsonDocument(record).toJson(QJsonDocument::Compact), db);
        INFO(add.err.toStdString());
        REQUIRE(add.code == 0);
        const QString id = QString::number(
            QJsonDocument::fromJson(add.out.toUtf8()).object().value(QStringLiteral("id")).toInt());
        Run show = cli({QStringLiteral("show"), id, QStringLiteral("--json")}, {}, db);
        REQUIRE(show.code == 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
        CHECK(shown.value(QStringLiteral("title")).toString() == p);
        CHECK(shown.value(QStringLiteral("callNumber")).toString() == p);

        const QString card = QStringLiteral("C-%1").arg(added);
        Run borrower =
            cli({QStringLiteral("borrower"), QStringLiteral("add")},
                QJsonDocument(QJsonObject{{QStringLiteral("name"), p},
                                          {QStringLiteral("card"), card},
                                          {QStringLiteral("category"), QStringLiteral("professionnel")},
                                          {QStringLiteral("structure"), p}})
                    .toJson(QJsonDocument::Compact),
                db);
        INFO(borrower.err.toStdString());
        REQUIRE(borrower.code == 0);
        Run person =
            cli({QStringLiteral("borrower"), QStringLiteral("show"), card, QStringLiteral("--json")}, {}, db);
        REQUIRE(person.code == 0);
        CHECK(
            QJsonDocument::fromJson(person.out.toUtf8()).object().value(QStringLiteral("name")).toString() ==
            p);

        // A saved search named with it: listed as it was typed, run, deleted.
        REQUIRE(
            cli({QStringLiteral("search"), QStringLiteral("logement"), QStringLiteral("--save"), p}, {}, db)
                .code == 0);
        Run listed = cli({QStringLiteral("searches")}, {}, db);
        CHECK(listed.out.contains(p));
        CHECK(cli({QStringLiteral("search"), QStringLiteral("--saved"), p}, {}, db).code == 0);
        CHECK(cli({QStringLiteral("searches"), QStringLiteral("delete"), p}, {}, db).code == 0);
        CHECK_FALSE(cli({QStringLiteral("searches")}, {}, db).out.contains(p));

        // Found by its own words, as text.
        Run found =
            cli({QStringLiteral("list"), QStringLiteral("--search"), p, QStringLiteral("--json")}, {}, db);
        REQUIRE(found.code == 0);
        bool listedLiterally = false;
        for (const auto& row : QJsonDocument::fromJson(found.out.toUtf8()).array())
            listedLiterally =
                listedLiterally || row.toObject().value(QStringLiteral("title")).toString() == p;
        CHECK(listedLiterally);
    }

    // Every table still there, the schema the one Infodoc writes, the counts as added.
    QStringList tablesAfter;
    digest(db, &tablesAfter);
    CHECK(tablesAfter == tablesBefore);
    auto opened = infodoc::core::Database::open(db, infodoc::core::Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    QSqlQuery q((*opened)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM record), (SELECT COUNT(*) FROM borrower)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == records + added);
    CHECK(q.value(1).toLongLong() == borrowers + added);
    CHECK(cli({QStringLiteral("check")}, {}, db).code == 0);
}

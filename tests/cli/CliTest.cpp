#include "cli/CliRun.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using infodoc::test::cli;
using infodoc::test::readFile;
using infodoc::test::Run;

namespace {

QJsonObject withoutTimes(QJsonObject o)
{
    o.remove(QStringLiteral("created"));
    o.remove(QStringLiteral("modified"));
    return o;
}

} // namespace

TEST_CASE("init, add, show, list, edit, delete through the real binary")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    Run init = cli({QStringLiteral("init")}, {}, db);
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(db));

    const QByteArray book = readFile(QStringLiteral(INFODOC_TEST_DATA "/record-book.json"));
    Run add = cli({QStringLiteral("add"), QStringLiteral("--json")}, book, db);
    REQUIRE(add.code == 0);
    CHECK(add.out.trimmed() == QStringLiteral("{\"id\":1}"));

    Run show = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, {}, db);
    REQUIRE(show.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    const QJsonObject golden =
        QJsonDocument::fromJson(readFile(QStringLiteral(INFODOC_TEST_DATA "/record-book.golden.json")))
            .object();
    CHECK(withoutTimes(shown) == golden);

    // What show prints, add reads: a second record from the first one's JSON.
    QJsonObject copy = shown;
    copy.insert(QStringLiteral("copies"), QJsonArray());
    Run add2 = cli({QStringLiteral("add")}, QJsonDocument(copy).toJson(), db);
    REQUIRE(add2.code == 0);
    CHECK(add2.out.trimmed() == QStringLiteral("2"));

    Run list = cli({QStringLiteral("list"), QStringLiteral("--json")}, {}, db);
    REQUIRE(list.code == 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(QStringLiteral("title")) == golden.value(QStringLiteral("title")));

    Run edit = cli({QStringLiteral("edit"), QStringLiteral("2")},
                   R"({"title": "Titre modifié", "date": "2021"})", db);
    REQUIRE(edit.code == 0);
    Run text = cli({QStringLiteral("list")}, {}, db);
    CHECK(text.out.contains(QStringLiteral("2\tbook\t2021\tTitre modifié")));

    Run del = cli({QStringLiteral("delete"), QStringLiteral("2")}, {}, db);
    REQUIRE(del.code == 0);
    CHECK(cli({QStringLiteral("show"), QStringLiteral("2")}, {}, db).code == 1);

    Run check = cli({QStringLiteral("check")}, {}, db);
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("1 records")));
}

TEST_CASE("attach, backup and restore through the real binary")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("add")}, R"({"type": "study", "title": "Diagnostic"})", db).code == 0);
    const QString file = dir.filePath(QStringLiteral("annexe.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("annexe statistique");
    }
    Run attach = cli({QStringLiteral("attach"), QStringLiteral("1"), file, QStringLiteral("--json")}, {}, db);
    REQUIRE(attach.code == 0);
    CHECK(QJsonDocument::fromJson(attach.out.toUtf8()).object().value(QStringLiteral("size")).toInt() == 18);

    const QString backup = dir.filePath(QStringLiteral("save.sqlite"));
    REQUIRE(cli({QStringLiteral("backup"), backup}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("delete"), QStringLiteral("1")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("restore"), backup}, {}, db).code == 0);
    Run show = cli({QStringLiteral("show"), QStringLiteral("1")}, {}, db);
    REQUIRE(show.code == 0);
    CHECK(show.out.contains(QStringLiteral("annexe.txt")));
    CHECK(cli({QStringLiteral("check")}, {}, db).code == 0);
}

TEST_CASE(
    "after a restore, the search index that had gone further is rebuilt: no hit for what the backup lacks")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(
        cli({QStringLiteral("add")}, R"({"type": "study", "title": "Diagnostic du quartier"})", db).code ==
        0);
    const QString backup = dir.filePath(QStringLiteral("save.sqlite"));
    REQUIRE(cli({QStringLiteral("backup"), backup}, {}, db).code == 0);
    REQUIRE(
        cli({QStringLiteral("add")}, R"({"type": "study", "title": "Les Tilleuls, un quartier"})", db).code ==
        0);
    REQUIRE(cli({QStringLiteral("search"), QStringLiteral("quartier")}, {}, db)
                .out.contains(QStringLiteral("2 ")));
    REQUIRE(cli({QStringLiteral("restore"), backup}, {}, db).code == 0);
    // The index beside the catalogue had taken in the second record.
    Run sync = cli({QStringLiteral("index"), QStringLiteral("sync")}, {}, db);
    CHECK(sync.code == 0);
    CHECK(sync.out.contains(QStringLiteral("rebuilt")));
    Run search = cli({QStringLiteral("search"), QStringLiteral("tilleuls")}, {}, db);
    CHECK(search.code == 0);
    CHECK(search.out.startsWith(QStringLiteral("0 ")));
    CHECK(cli({QStringLiteral("index"), QStringLiteral("sync")}, {}, db)
              .out.contains(QStringLiteral("rebuilt")) == false);
}

TEST_CASE("automatic backups through the real binary: policy, run, list, verify, restore")
{
    QTemporaryDir dir;
    QTemporaryDir drive;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("add")}, R"({"type": "study", "title": "Diagnostic"})", db).code == 0);
    // Not set yet: nothing to write to.
    Run none = cli({QStringLiteral("backups"), QStringLiteral("run")}, {}, db);
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("No folder")));

    Run policy = cli({QStringLiteral("backups"), QStringLiteral("policy"), QStringLiteral("--on"),
                      QStringLiteral("--folder"), drive.path(), QStringLiteral("--daily"),
                      QStringLiteral("5"), QStringLiteral("--at"), QStringLiteral("18:15")},
                     {}, db);
    REQUIRE(policy.code == 0);
    CHECK(policy.out.contains(QStringLiteral("Automatic backups: on")));
    CHECK(policy.out.contains(QStringLiteral("5 daily, 4 weekly, 12 monthly")));
    CHECK(policy.out.contains(QStringLiteral("every day at 18:15")));
    CHECK(cli({QStringLiteral("backups"), QStringLiteral("policy"), QStringLiteral("--at"),
               QStringLiteral("25:00")},
              {}, db)
              .code == 2);

    Run run = cli({QStringLiteral("backups"), QStringLiteral("run")}, {}, db);
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("written and verified")));
    Run list = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--json")}, {}, db);
    REQUIRE(list.code == 0);
    const QJsonArray backups = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(backups.size() == 1);
    const QJsonObject b = backups.first().toObject();
    CHECK(b.value(QStringLiteral("state")).toString() == QStringLiteral("verified"));
    CHECK(b.value(QStringLiteral("records")).toInt() == 1);
    const QString path = b.value(QStringLiteral("path")).toString();
    CHECK(cli({QStringLiteral("backups"), QStringLiteral("verify"), path}, {}, db).code == 0);

    // The catalogue restored from it after a deletion.
    REQUIRE(cli({QStringLiteral("delete"), QStringLiteral("1")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("restore"), path}, {}, db).code == 0);
    CHECK(cli({QStringLiteral("show"), QStringLiteral("1")}, {}, db).code == 0);

    // A damaged one is named as such.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("rien");
    }
    Run damaged = cli({QStringLiteral("backups"), QStringLiteral("verify"), path}, {}, db);
    CHECK(damaged.code == 1);
    CHECK(damaged.err.contains(QStringLiteral("is damaged")));
    // The drive gone: an error, not an empty list.
    REQUIRE(drive.remove());
    Run gone = cli({QStringLiteral("backups"), QStringLiteral("list")}, {}, db);
    CHECK(gone.code == 1);
    CHECK(gone.err.contains(QStringLiteral("cannot be found")));
}

TEST_CASE("every command in the help is one the parser knows, and the help is translated")
{
    const Run help = cli({QStringLiteral("--help")});
    REQUIRE(help.code == 0);
    QStringList names;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*)( |$)"));
    for (const QString& line : help.out.split(u'\n')) {
        const auto m = entry.match(line);
        if (m.hasMatch() && !names.contains(m.captured(1)))
            names.append(m.captured(1));
    }
    CHECK(names.size() >= 23);
    for (const char* expected :
         {"init", "add", "edit", "search", "index", "bibliography", "sheet", "batch", "visitor"})
        CHECK(names.contains(QLatin1String(expected)));
    for (const QString& name : std::as_const(names)) {
        INFO(name.toStdString());
        // Known to the parser: an unknown option is refused as such, not as an unknown command.
        const Run r = cli({name, QStringLiteral("--no-such-option")});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("Unknown option --no-such-option")));
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(INFODOC_CLI), {QStringLiteral("--help")});
    REQUIRE(p.waitForFinished(30000));
    const QString french = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(french.contains(QStringLiteral("Commandes")));
    CHECK(french.contains(QStringLiteral("écrire une bibliographie selon la norme NF ISO 690")));
    CHECK_FALSE(french.contains(QStringLiteral("write a bibliography")));
}

TEST_CASE("exit codes: 2 for usage, 1 for errors, with one line on stderr")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);

    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("show")}, {}, db).code == 2);
    CHECK(cli({QStringLiteral("show"), QStringLiteral("abc")}, {}, db).code == 2);
    CHECK(cli({QStringLiteral("list"), QStringLiteral("--colour")}, {}, db).code == 2);
    CHECK(cli({QStringLiteral("--help")}).code == 0);

    Run badJson = cli({QStringLiteral("add")}, "{\n\"type\": \"book\",\n\"title\": \n}", db);
    CHECK(badJson.code == 1);
    CHECK(badJson.err.contains(QStringLiteral("line 4")));
    CHECK(badJson.err.count(u'\n') == 1);

    Run badIsbn =
        cli({QStringLiteral("add")}, R"({"type": "book", "title": "T", "isbn": "978-2-13-058804-8"})", db);
    CHECK(badIsbn.code == 1);
    CHECK(badIsbn.err.contains(QStringLiteral("check digit")));

    Run missing = cli({QStringLiteral("show"), QStringLiteral("77")}, {}, db);
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("77")));
}

TEST_CASE("a --db that is not a catalogue is refused and left byte for byte")
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Liste des partenaires du contrat de ville\n");
    }
    const QByteArray before = readFile(notes);
    Run r = cli({QStringLiteral("list")}, {}, notes);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("notes.txt")));
    CHECK(r.err.count(u'\n') == 1);
    CHECK(readFile(notes) == before);

    Run noDir = cli({QStringLiteral("init")}, {}, dir.filePath(QStringLiteral("missing/cat.sqlite")));
    CHECK(noDir.code == 1);
    CHECK(noDir.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("a catalogue on a read-only medium is listed, searched and printed; each write refused in one line")
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    // The index of a read-only catalogue is made in the user's cache folder.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    const QString medium = dir.filePath(QStringLiteral("cd"));
    REQUIRE(QDir().mkpath(medium));
    const QString db = medium + QStringLiteral("/centre.sqlite");
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("30"),
                 QStringLiteral("--pdf-every"), QStringLiteral("10")},
                {}, db)
                .code == 0);
    QStringList folders{medium};
    QMap<QString, QByteArray> before;
    QDirIterator it(medium, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).isDir())
            folders << path;
        else
            before.insert(path, readFile(path));
    }
    REQUIRE(before.contains(db));
    for (const QString& folder : folders)
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther));
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));

    Run list = cli({QStringLiteral("list")}, {}, db);
    CHECK(list.code == 0);
    CHECK(list.out.count(u'\n') == 30);
    Run search =
        cli({QStringLiteral("search"), QStringLiteral("habitants"), QStringLiteral("--json")}, {}, db);
    CHECK(search.code == 0);
    const QJsonObject found = QJsonDocument::fromJson(search.out.toUtf8()).object();
    CHECK(found.value(QStringLiteral("total")).toInt() > 0);
    const QString bibliography = dir.filePath(QStringLiteral("bibliographie.txt"));
    Run printed = cli({QStringLiteral("bibliography"), QStringLiteral("--query"), QStringLiteral("habitants"),
                       QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("-o"), bibliography},
                      {}, db);
    CHECK(printed.code == 0);
    CHECK(QFileInfo(bibliography).size() > 0);
    CHECK(cli({QStringLiteral("check")}, {}, db).code == 0);

    const QList<std::pair<QStringList, QByteArray>> writes = {
        {{QStringLiteral("add")}, R"({"type": "book", "title": "Une notice de plus"})"},
        {{QStringLiteral("edit"), QStringLiteral("1")}, R"({"title": "Changé"})"},
        {{QStringLiteral("delete"), QStringLiteral("1")}, {}},
        {{QStringLiteral("borrower"), QStringLiteral("add")},
         R"({"name": "Benali, Nadia", "card": "C-9", "category": "professionnel"})"},
        {{QStringLiteral("search"), QStringLiteral("habitants"), QStringLiteral("--save"),
          QStringLiteral("mes")},
         {}},
    };
    for (const auto& [args, input] : writes) {
        INFO(args.join(u' ').toStdString());
        Run r = cli(args, input, db);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("read-only")));
        CHECK(r.err.count(QStringLiteral("error:")) == 1);
        CHECK_FALSE(r.err.contains(QStringLiteral("attempt to write")));
    }
    // Not a byte written beside it, no -wal or -shm.
    QMap<QString, QByteArray> after;
    QDirIterator again(medium, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (again.hasNext()) {
        const QString path = again.next();
        after.insert(path, readFile(path));
    }
    CHECK(after == before);
    for (const QString& folder : folders)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qunsetenv("XDG_CACHE_HOME");
}

TEST_CASE("two processes writing the same catalogue both succeed")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(INFODOC_CLI),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--records"),
             QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("1")});
    b.start(QStringLiteral(INFODOC_CLI),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--records"),
             QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("2")});
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    INFO(QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError()).toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    Run list = cli({QStringLiteral("list")}, {}, db);
    CHECK(list.out.count(u'\n') == 6000);
    CHECK(cli({QStringLiteral("check")}, {}, db).code == 0);
}

TEST_CASE("bibliography from a basket, a subject, a query and a list of numbers, in every format")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("60"),
                 QStringLiteral("--pdf-every"), QStringLiteral("0")},
                {}, db)
                .code == 0);
    REQUIRE(
        cli({QStringLiteral("basket"), QStringLiteral("create"), QStringLiteral("Visite du 12 mars")}, {}, db)
            .code == 0);
    Run add = cli({QStringLiteral("basket"), QStringLiteral("add"), QStringLiteral("Visite du 12 mars"),
                   QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("8"), QStringLiteral("5")},
                  {}, db);
    REQUIRE(add.code == 0);
    CHECK(add.err.contains(QStringLiteral("3 record(s) added.")));
    CHECK(cli({QStringLiteral("basket"), QStringLiteral("add"), QStringLiteral("Visite du 12 mars"),
               QStringLiteral("999")},
              {}, db)
              .code == 1);
    CHECK(cli({QStringLiteral("basket"), QStringLiteral("show"), QStringLiteral("Visite du 12 mars")}, {}, db)
              .out.count(u'\n') == 3);

    const QString txt = dir.filePath(QStringLiteral("b.txt"));
    Run basket =
        cli({QStringLiteral("bibliography"), QStringLiteral("--basket"), QStringLiteral("Visite du 12 mars"),
             QStringLiteral("--style"), QStringLiteral("iso690-numeric"), QStringLiteral("--format"),
             QStringLiteral("txt"), QStringLiteral("-o"), txt},
            {}, db);
    REQUIRE(basket.code == 0);
    const QString text = QString::fromUtf8(readFile(txt));
    CHECK(text.contains(QStringLiteral("\n1. ")));
    CHECK(text.contains(QStringLiteral("\n3. ")));
    CHECK_FALSE(text.contains(QStringLiteral("\n4. ")));

    for (const QString& format :
         {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("csl-json"),
          QStringLiteral("ris"), QStringLiteral("bibtex")}) {
        const QString out = dir.filePath(QStringLiteral("b.") + format);
        Run r = cli({QStringLiteral("bibliography"), QStringLiteral("--ids"), QStringLiteral("1,2,3,4"),
                     QStringLiteral("--group-by"), QStringLiteral("type"), QStringLiteral("--holdings"),
                     QStringLiteral("--format"), format, QStringLiteral("-o"), out},
                    {}, db);
        INFO(format.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(QFileInfo(out).size() > 200);
    }
    CHECK(readFile(dir.filePath(QStringLiteral("b.pdf"))).startsWith("%PDF"));
    CHECK(readFile(dir.filePath(QStringLiteral("b.odt"))).startsWith("PK"));

    const QString bySubject = dir.filePath(QStringLiteral("s.txt"));
    Run subject =
        cli({QStringLiteral("bibliography"), QStringLiteral("--subject"),
             QStringLiteral("Habitat et logement"), QStringLiteral("--group-by"), QStringLiteral("subject"),
             QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("-o"), bySubject},
            {}, db);
    REQUIRE(subject.code == 0);
    CHECK(QString::fromUtf8(readFile(bySubject)).contains(QStringLiteral("Habitat et logement\n---")));

    const QString byQuery = dir.filePath(QStringLiteral("q.csl.json"));
    Run query = cli({QStringLiteral("bibliography"), QStringLiteral("--query"), QStringLiteral("logement"),
                     QStringLiteral("--format"), QStringLiteral("csl-json"), QStringLiteral("-o"), byQuery},
                    {}, db);
    REQUIRE(query.code == 0);
    CHECK(QJsonDocument::fromJson(readFile(byQuery)).array().size() > 0);

    // Bad input: one line naming what is wrong, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    Run unknown =
        cli({QStringLiteral("bibliography"), QStringLiteral("--subject"), QStringLiteral("Astronomie"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), none},
            {}, db);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("Astronomie")));
    CHECK_FALSE(QFile::exists(none));
    CHECK(cli({QStringLiteral("bibliography"), QStringLiteral("--ids"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), none},
              {}, db)
              .code == 2);
    Run missing = cli({QStringLiteral("bibliography"), QStringLiteral("--ids"), QStringLiteral("1,9999"),
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), none},
                      {}, db);
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("9999")));
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("experience sheets by number or from a basket, in every format, with the centre's template")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("80"),
                 QStringLiteral("--pdf-every"), QStringLiteral("0")},
                {}, db)
                .code == 0);
    Run list =
        cli({QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("experience_sheet")}, {}, db);
    REQUIRE(list.code == 0);
    QStringList sheets;
    for (const QString& line : list.out.split(u'\n', Qt::SkipEmptyParts))
        sheets.append(line.section(u'\t', 0, 0));
    REQUIRE(sheets.size() >= 3);
    Run books = cli({QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("book")}, {}, db);
    const QString book = books.out.section(u'\t', 0, 0);
    REQUIRE_FALSE(book.isEmpty());

    for (const QString& format :
         {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("json"), QStringLiteral("dc")}) {
        const QString out = dir.filePath(QStringLiteral("fiches.") + format);
        Run r = cli(QStringList{QStringLiteral("sheet")} + sheets.mid(0, 3) +
                        QStringList{QStringLiteral("--format"), format, QStringLiteral("-o"), out},
                    {}, db);
        INFO(format.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.err.contains(QStringLiteral("3 experience sheet(s) written")));
        CHECK(QFileInfo(out).size() > 500);
    }
    CHECK(readFile(dir.filePath(QStringLiteral("fiches.pdf"))).startsWith("%PDF"));
    CHECK(QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("fiches.json"))))
              .object()
              .value(QStringLiteral("sheets"))
              .toArray()
              .size() == 3);

    // A basket holding a book and two sheets: the sheets, as HTML pages.
    REQUIRE(
        cli({QStringLiteral("basket"), QStringLiteral("create"), QStringLiteral("Réseau")}, {}, db).code ==
        0);
    REQUIRE(cli({QStringLiteral("basket"), QStringLiteral("add"), QStringLiteral("Réseau"), book,
                 sheets.at(0), sheets.at(1)},
                {}, db)
                .code == 0);
    const QString site = dir.filePath(QStringLiteral("site"));
    Run html = cli({QStringLiteral("sheet"), QStringLiteral("--basket"), QStringLiteral("Réseau"),
                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), site},
                   {}, db);
    INFO(html.err.toStdString());
    REQUIRE(html.code == 0);
    CHECK(QDir(site).entryList({QStringLiteral("*.html")}).size() == 3);

    // The centre's template: a file with a mistake is refused, a good one kept.
    const QString badTemplate = dir.filePath(QStringLiteral("modele.json"));
    QFile bad(badTemplate);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\n\"format\": \"infodoc-sheet-template\",\n\"fields\": [{\"field\": \"budget\"}]\n}\n");
    bad.close();
    Run refused = cli({QStringLiteral("sheet-template"), QStringLiteral("import"), badTemplate}, {}, db);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("modele.json")));
    CHECK(refused.err.contains(QStringLiteral("budget")));
    const QString exported = dir.filePath(QStringLiteral("exported.json"));
    REQUIRE(cli({QStringLiteral("sheet-template"), QStringLiteral("export"), exported}, {}, db).code == 0);
    QByteArray modified = readFile(exported);
    modified.replace("\"field\": \"context\"",
                     "\"field\": \"context\", \"label\": \"La situation de départ\"");
    QFile good(exported);
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write(modified);
    good.close();
    REQUIRE(cli({QStringLiteral("sheet-template"), QStringLiteral("import"), exported}, {}, db).code == 0);
    CHECK(cli({QStringLiteral("sheet-template"), QStringLiteral("show")}, {}, db)
              .out.contains(QStringLiteral("La situation de départ")));
    const QString one = dir.filePath(QStringLiteral("une.html"));
    REQUIRE(cli({QStringLiteral("sheet"), sheets.at(0), QStringLiteral("--format"), QStringLiteral("html"),
                 QStringLiteral("-o"), one},
                {}, db)
                .code == 0);
    CHECK(QString::fromUtf8(readFile(one)).contains(QStringLiteral("La situation de départ")));
    REQUIRE(cli({QStringLiteral("sheet-template"), QStringLiteral("reset")}, {}, db).code == 0);
    CHECK_FALSE(cli({QStringLiteral("sheet-template"), QStringLiteral("show")}, {}, db)
                    .out.contains(QStringLiteral("La situation de départ")));

    // Bad input: one line naming the record, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    Run notASheet = cli({QStringLiteral("sheet"), sheets.at(0), book, QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("-o"), none},
                        {}, db);
    CHECK(notASheet.code == 1);
    CHECK(notASheet.err.contains(QStringLiteral("Record ") + book));
    CHECK_FALSE(QFile::exists(none));
    CHECK(cli({QStringLiteral("sheet"), sheets.at(0), QStringLiteral("--format"), QStringLiteral("docx"),
               QStringLiteral("-o"), none},
              {}, db)
              .code == 2);
    Run badFile = cli({QStringLiteral("sheet"), sheets.at(0), QStringLiteral("--template"), badTemplate,
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), none},
                      {}, db);
    CHECK(badFile.code == 1);
    CHECK(badFile.err.contains(QStringLiteral("modele.json, field 1")));
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("a search saved under a name runs again with its facets, and is listed and deleted")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("add")}, R"({"type": "study", "title": "Habitat indigne à Sarcelles"})", db)
                .code == 0);
    REQUIRE(cli({QStringLiteral("add")}, R"({"type": "book", "title": "Habitat et logement"})", db).code ==
            0);

    Run saved = cli({QStringLiteral("search"), QStringLiteral("habitat"), QStringLiteral("--filter"),
                     QStringLiteral("type=study"), QStringLiteral("--save"), QStringLiteral("Études habitat"),
                     QStringLiteral("--json")},
                    {}, db);
    REQUIRE(saved.code == 0);
    CHECK(QJsonDocument::fromJson(saved.out.toUtf8()).object().value(QStringLiteral("total")).toInt() == 1);

    // A record added later is found by the saved search; the book is still filtered out.
    REQUIRE(cli({QStringLiteral("add")}, R"({"type": "study", "title": "L'habitat partagé"})", db).code == 0);
    Run again = cli({QStringLiteral("search"), QStringLiteral("--saved"), QStringLiteral("etudes HABITAT"),
                     QStringLiteral("--json")},
                    {}, db);
    REQUIRE(again.code == 0);
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("total")).toInt() == 2);

    Run list = cli({QStringLiteral("searches")}, {}, db);
    REQUIRE(list.code == 0);
    CHECK(list.out == QStringLiteral("Études habitat\thabitat\ttype=study\trelevance\n"));

    CHECK(
        cli({QStringLiteral("search"), QStringLiteral("--saved"), QStringLiteral("Inconnue")}, {}, db).code ==
        1);
    CHECK(cli({QStringLiteral("searches"), QStringLiteral("delete")}, {}, db).code == 2);
    REQUIRE(
        cli({QStringLiteral("searches"), QStringLiteral("delete"), QStringLiteral("Études habitat")}, {}, db)
            .code == 0);
    CHECK(cli({QStringLiteral("searches")}, {}, db).out.isEmpty());
}

TEST_CASE("the staff PIN is set and the visitor mode left from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    CHECK(cli({QStringLiteral("visitor"), QStringLiteral("status")}, {}, db)
              .out.contains(QStringLiteral("off")));
    CHECK(cli({QStringLiteral("visitor"), QStringLiteral("pin")}, "12\n", db).code == 1);
    REQUIRE(cli({QStringLiteral("visitor"), QStringLiteral("pin")}, "2468\n", db).code == 0);
    CHECK(cli({QStringLiteral("visitor"), QStringLiteral("status")}, {}, db)
              .out.contains(QStringLiteral("PIN is set")));
    Run wrong = cli({QStringLiteral("visitor"), QStringLiteral("leave")}, "1111\n", db);
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong PIN")));
    CHECK(cli({QStringLiteral("visitor"), QStringLiteral("leave")}, "2468\n", db).code == 0);
    CHECK(cli({QStringLiteral("visitor"), QStringLiteral("open")}, {}, db).code == 2);
}

TEST_CASE("the centre's label sheets are set from the command line and printed on by default")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("5")}, {}, db).code ==
            0);
    const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
    auto labels = [&](const QStringList& more) {
        return cli(QStringList{QStringLiteral("labels"), QStringLiteral("--records"), QStringLiteral("1,2"),
                               QStringLiteral("--start"), QStringLiteral("23"), QStringLiteral("-o"), pdf} +
                       more,
                   {}, db);
    };
    // 3x8 by default: position 23 exists.
    CHECK(labels({}).code == 0);
    Run set = cli({QStringLiteral("label-sheets"), QStringLiteral("--add"),
                   QStringLiteral("Avery L7160=3x7:63.5x38.1@15.15,7.2,2.5,0"), QStringLiteral("--default"),
                   QStringLiteral("Avery L7160"), QStringLiteral("--barcode"), QStringLiteral("code39")},
                  {}, db);
    REQUIRE(set.code == 0);
    CHECK(set.out.contains(QStringLiteral("Avery L7160")));
    const QJsonObject shown =
        QJsonDocument::fromJson(
            cli({QStringLiteral("label-sheets"), QStringLiteral("--json")}, {}, db).out.toUtf8())
            .object();
    CHECK(shown.value(QStringLiteral("default")).toString() == QStringLiteral("Avery L7160"));
    CHECK(shown.value(QStringLiteral("barcode")).toString() == QStringLiteral("code39"));
    CHECK(shown.value(QStringLiteral("own")).toArray().size() == 1);
    // Now 21 labels a sheet by default; another sheet still on request.
    Run refused = labels({});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("1 to 21")));
    CHECK(labels({QStringLiteral("--layout"), QStringLiteral("3x8")}).code == 0);

    // A sheet that cannot be read is refused, naming it; nothing changes.
    Run bad = cli({QStringLiteral("label-sheets"), QStringLiteral("--add"), QStringLiteral("Maison=3 by 7")},
                  {}, db);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("Maison")));
    CHECK(cli({QStringLiteral("label-sheets"), QStringLiteral("--remove"), QStringLiteral("Maison")}, {}, db)
              .code == 1);
    REQUIRE(cli({QStringLiteral("label-sheets"), QStringLiteral("--remove"), QStringLiteral("avery l7160")},
                {}, db)
                .code == 0);
    CHECK(labels({}).code == 0); // back to 3x8
}

TEST_CASE("a batch change from the command line, tried first with --dry-run")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cat.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    for (const char* title : {"Diagnostic de Sarcelles", "Diagnostic de Garges", "Autre étude"})
        REQUIRE(
            cli({QStringLiteral("add")},
                QStringLiteral(R"({"type": "study", "title": "%1"})").arg(QString::fromUtf8(title)).toUtf8(),
                db)
                .code == 0);
    Run dry = cli({QStringLiteral("batch"), QStringLiteral("--ids"), QStringLiteral("1,2"),
                   QStringLiteral("--add-subject"), QStringLiteral("HLM"), QStringLiteral("--dry-run")},
                  {}, db);
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("2 of the 2")));
    CHECK_FALSE(cli({QStringLiteral("show"), QStringLiteral("1")}, {}, db)
                    .out.contains(QStringLiteral("Logement social")));
    Run done = cli({QStringLiteral("batch"), QStringLiteral("--ids"), QStringLiteral("1,2"),
                    QStringLiteral("--add-subject"), QStringLiteral("HLM")},
                   {}, db);
    REQUIRE(done.code == 0);
    CHECK(cli({QStringLiteral("show"), QStringLiteral("2")}, {}, db)
              .out.contains(QStringLiteral("Logement social")));
    CHECK_FALSE(cli({QStringLiteral("show"), QStringLiteral("3")}, {}, db)
                    .out.contains(QStringLiteral("Logement social")));
    // Bad input: no change, two changes, a field that cannot be set, an unknown subject.
    CHECK(cli({QStringLiteral("batch"), QStringLiteral("--ids"), QStringLiteral("1")}, {}, db).code == 2);
    CHECK(cli({QStringLiteral("batch"), QStringLiteral("--ids"), QStringLiteral("1"),
               QStringLiteral("--add-keyword"), QStringLiteral("a"), QStringLiteral("--remove-keyword"),
               QStringLiteral("b")},
              {}, db)
              .code == 2);
    CHECK(cli({QStringLiteral("batch"), QStringLiteral("--ids"), QStringLiteral("1"), QStringLiteral("--set"),
               QStringLiteral("title=X")},
              {}, db)
              .code == 1);
    Run unknown = cli({QStringLiteral("batch"), QStringLiteral("--ids"), QStringLiteral("1"),
                       QStringLiteral("--add-subject"), QStringLiteral("Inconnu")},
                      {}, db);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("Inconnu")));
}

TEST_CASE("character recognition of scanned PDFs is turned on and off from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ocr.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    CHECK(
        cli({QStringLiteral("index"), QStringLiteral("ocr")}, {}, db).out.contains(QStringLiteral(": off.")));
    const Run wrong = cli({QStringLiteral("index"), QStringLiteral("ocr"), QStringLiteral("maybe")}, {}, db);
    CHECK(wrong.code == 2);
    const Run missing = cli({QStringLiteral("index"), QStringLiteral("ocr"), QStringLiteral("on"),
                             QStringLiteral("--language"), QStringLiteral("xyz")},
                            {}, db);
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("tesseract-ocr-xyz")));
    const Run on = cli({QStringLiteral("index"), QStringLiteral("ocr"), QStringLiteral("on")}, {}, db);
    CHECK(on.code == 0);
    CHECK(on.out.contains(QStringLiteral("(fra)")));
    REQUIRE(cli({QStringLiteral("index"), QStringLiteral("rebuild")}, {}, db).code == 0);
    const Run status = cli({QStringLiteral("index"), QStringLiteral("status")}, {}, db);
    CHECK(status.out.contains(QStringLiteral("Character recognition of scanned PDFs: on (fra).")));
    CHECK(cli({QStringLiteral("index"), QStringLiteral("ocr"), QStringLiteral("off")}, {}, db).code == 0);
    CHECK(
        cli({QStringLiteral("index"), QStringLiteral("ocr")}, {}, db).out.contains(QStringLiteral(": off.")));
    CHECK(cli({QStringLiteral("index"), QStringLiteral("sync"), QStringLiteral("extra")}, {}, db).code == 2);
}

namespace {

// A catalogue with two records of one copy each and two borrowers.
QString deskCatalogue(QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    REQUIRE(cli({QStringLiteral("init")}, {}, db).code == 0);
    for (const char* json :
         {R"({"type":"book","title":"Le logement social","copies":[{"barcode":"B1"}]})",
          R"({"type":"study","title":"Quartiers prioritaires","copies":[{"barcode":"S1"}]})"}) {
        const Run added = cli({QStringLiteral("add")}, json, db);
        REQUIRE(added.code == 0);
    }
    const Run marie = cli({QStringLiteral("borrower"), QStringLiteral("add")},
                          R"({"name":"Dupont, Marie","card":"C-1","category":"professionnel",)"
                          R"("email":"marie@example.org","structure":"Mairie de Sarcelles",)"
                          R"("structureType":"commune","commune":"Sarcelles"})",
                          db);
    INFO(marie.err.toStdString());
    REQUIRE(marie.code == 0);
    CHECK(QJsonDocument::fromJson(marie.out.toUtf8()).object().value(QStringLiteral("id")).toInt() > 0);
    REQUIRE(cli({QStringLiteral("borrower"), QStringLiteral("add")},
                R"({"name":"Martin, Paul","card":"C-2","category":"etudiant"})", db)
                .code == 0);
    return db;
}

} // namespace

TEST_CASE("the loans desk from the command line: borrowers, check-out, return, lists, with --date")
{
    QTemporaryDir dir;
    const QString db = deskCatalogue(dir);
    // Bad input: one line, exit 1 or 2, nothing written.
    Run unknownField = cli({QStringLiteral("borrower"), QStringLiteral("add")},
                           R"({"name":"X","card":"C-9","age":"40"})", db);
    CHECK(unknownField.code == 1);
    CHECK(unknownField.err.contains(QStringLiteral("age")));
    Run duplicate = cli({QStringLiteral("borrower"), QStringLiteral("add")},
                        R"({"name":"Marie Dupont","card":"C-3","structure":"Mairie de Sarcelles"})", db);
    CHECK(duplicate.code == 0);
    CHECK(duplicate.err.contains(QStringLiteral("C-1"))); // pointed out
    Run badDate = cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("B1"),
                       QStringLiteral("--borrower"), QStringLiteral("C-1"), QStringLiteral("--date"),
                       QStringLiteral("2027-02-30")},
                      {}, db);
    CHECK(badDate.code == 2);
    CHECK(badDate.err.contains(QStringLiteral("2027-02-30")));
    CHECK(cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("B1"),
               QStringLiteral("--borrower"), QStringLiteral("NOPE")},
              {}, db)
              .err.contains(QStringLiteral("Unknown card")));
    Run closure = cli({QStringLiteral("closure"), QStringLiteral("add"), QStringLiteral("2027-08-22"),
                       QStringLiteral("2027-08-01")},
                      {}, db);
    CHECK(closure.code == 1);
    CHECK(closure.err.contains(QStringLiteral("before")));

    // Lent on Monday 1 March 2027 (a paper slip): due 22 March.
    Run out = cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("B1"),
                   QStringLiteral("--borrower"), QStringLiteral("C-1"), QStringLiteral("--date"),
                   QStringLiteral("2027-03-01"), QStringLiteral("--json")},
                  {}, db);
    INFO(out.err.toStdString());
    REQUIRE(out.code == 0);
    const QJsonObject loan = QJsonDocument::fromJson(out.out.toUtf8()).object();
    CHECK(loan.value(QStringLiteral("due")).toString() == QStringLiteral("2027-03-22"));
    CHECK(cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("B1"),
               QStringLiteral("--borrower"), QStringLiteral("C-2"), QStringLiteral("--date"),
               QStringLiteral("2027-03-01")},
              {}, db)
              .err.contains(QStringLiteral("Dupont, Marie")));

    Run overdue = cli({QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--overdue"),
                       QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2027-04-01")},
                      {}, db);
    REQUIRE(overdue.code == 0);
    const QJsonArray late = QJsonDocument::fromJson(overdue.out.toUtf8()).array();
    REQUIRE(late.size() == 1);
    const QJsonObject first = late.at(0).toObject();
    for (const char* key : {"copy", "record", "borrower", "out", "due", "returned", "level"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(first.value(QStringLiteral("borrower")).toString() == QStringLiteral("C-1"));
    CHECK(first.value(QStringLiteral("returned")).isNull());
    CHECK(first.value(QStringLiteral("daysLate")).toInt() == 10);

    // Reminders on 1 April: a letter in PDF and ODT, and an e-mail file.
    const QString letters = dir.filePath(QStringLiteral("lettres"));
    Run dry = cli({QStringLiteral("reminders"), QStringLiteral("--dry-run"), QStringLiteral("--date"),
                   QStringLiteral("2027-04-01")},
                  {}, db);
    CHECK(dry.out.contains(QStringLiteral("C-1")));
    Run sent = cli({QStringLiteral("reminders"), QStringLiteral("--date"), QStringLiteral("2027-04-01"),
                    QStringLiteral("-o"), letters},
                   {}, db);
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == 0);
    for (const char* ext : {"pdf", "odt", "eml"})
        CHECK(QFileInfo::exists(letters + QStringLiteral("/rappel-1-C-1.") + QLatin1String(ext)));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {letters + QStringLiteral("/rappel-1-C-1.pdf"), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Le logement social")));
    Run again = cli({QStringLiteral("reminders"), QStringLiteral("--dry-run"), QStringLiteral("--date"),
                     QStringLiteral("2027-04-01")},
                    {}, db);
    CHECK(again.out.trimmed().isEmpty()); // never the same level twice
    // The centre's own words for the second level; {items} is required.
    CHECK(cli({QStringLiteral("reminder-text"), QStringLiteral("set"), QStringLiteral("2")}, "Sans la liste",
              db)
              .code == 1);
    REQUIRE(cli({QStringLiteral("reminder-text"), QStringLiteral("set"), QStringLiteral("2"),
                 QStringLiteral("--subject"), QStringLiteral("Deuxième rappel amical")},
                "Bonjour {name},\n{items}\n{centre}", db)
                .code == 0);
    CHECK(cli({QStringLiteral("reminder-text"), QStringLiteral("show"), QStringLiteral("2")}, {}, db)
              .out.startsWith(QStringLiteral("Deuxième rappel amical")));
    CHECK(cli({QStringLiteral("reminder-text"), QStringLiteral("show"), QStringLiteral("9")}, {}, db).code ==
          1);

    Run back = cli({QStringLiteral("loan"), QStringLiteral("checkin"), QStringLiteral("B1"),
                    QStringLiteral("--date"), QStringLiteral("2027-04-02")},
                   {}, db);
    REQUIRE(back.code == 0);
    CHECK(back.out.contains(QStringLiteral("late")));
    Run history = cli(
        {QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")},
        {}, db);
    CHECK(QJsonDocument::fromJson(history.out.toUtf8())
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("returned")) == QJsonValue(QStringLiteral("2027-04-02")));

    // Retention: returned in April, kept to the end of August. The dry run
    // counts, the real run does the same.
    CHECK(QJsonDocument::fromJson(
              cli({QStringLiteral("retention"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                   QStringLiteral("--date"), QStringLiteral("2027-08-31")},
                  {}, db)
                  .out.toUtf8())
              .object()
              .value(QStringLiteral("loansToAnonymise"))
              .toInt() == 0);
    Run plan = cli({QStringLiteral("retention"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                    QStringLiteral("--date"), QStringLiteral("2027-09-01")},
                   {}, db);
    REQUIRE(plan.code == 0);
    const QJsonObject counts = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("loansToAnonymise")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("borrowersToDelete")).toInt() == 0);
    Run applied = cli({QStringLiteral("retention"), QStringLiteral("--json"), QStringLiteral("--date"),
                       QStringLiteral("2027-09-01")},
                      {}, db);
    CHECK(QJsonDocument::fromJson(applied.out.toUtf8())
              .object()
              .value(QStringLiteral("loansToAnonymise"))
              .toInt() == 1);
    history = cli(
        {QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")},
        {}, db);
    CHECK(QJsonDocument::fromJson(history.out.toUtf8())
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("borrower"))
              .isNull());
    CHECK(cli({QStringLiteral("check")}, {}, db).code == 0);
}

TEST_CASE("a borrower's data exported as JSON and PDF, then erased, from the command line")
{
    QTemporaryDir dir;
    const QString db = deskCatalogue(dir);
    Run exported = cli({QStringLiteral("borrower"), QStringLiteral("export"), QStringLiteral("C-1")}, {}, db);
    REQUIRE(exported.code == 0);
    CHECK(QJsonDocument::fromJson(exported.out.toUtf8())
              .object()
              .value(QStringLiteral("borrower"))
              .toObject()
              .value(QStringLiteral("email"))
              .toString() == QStringLiteral("marie@example.org"));
    const QString pdf = dir.filePath(QStringLiteral("acces.pdf"));
    REQUIRE(cli({QStringLiteral("borrower"), QStringLiteral("export"), QStringLiteral("C-1"),
                 QStringLiteral("-o"), pdf},
                {}, db)
                .code == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Mairie de Sarcelles")));

    REQUIRE(cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("S1"),
                 QStringLiteral("--borrower"), QStringLiteral("C-1")},
                {}, db)
                .code == 0);
    Run refused = cli({QStringLiteral("borrower"), QStringLiteral("erase"), QStringLiteral("C-1")}, {}, db);
    CHECK(refused.code == 1);
    REQUIRE(cli({QStringLiteral("loan"), QStringLiteral("checkin"), QStringLiteral("S1")}, {}, db).code == 0);
    REQUIRE(cli({QStringLiteral("borrower"), QStringLiteral("erase"), QStringLiteral("C-1")}, {}, db).code ==
            0);
    CHECK(cli({QStringLiteral("borrower"), QStringLiteral("show"), QStringLiteral("C-1")}, {}, db).code == 1);
}

TEST_CASE("two processes lending the same copy at the same moment: exactly one succeeds")
{
    QTemporaryDir dir;
    const QString db = deskCatalogue(dir);
    for (int round = 0; round < 5; ++round) {
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(INFODOC_CLI),
                {QStringLiteral("--db"), db, QStringLiteral("loan"), QStringLiteral("checkout"),
                 QStringLiteral("B1"), QStringLiteral("--borrower"), QStringLiteral("C-1")});
        b.start(QStringLiteral(INFODOC_CLI),
                {QStringLiteral("--db"), db, QStringLiteral("loan"), QStringLiteral("checkout"),
                 QStringLiteral("B1"), QStringLiteral("--borrower"), QStringLiteral("C-2")});
        REQUIRE(a.waitForFinished(60000));
        REQUIRE(b.waitForFinished(60000));
        const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
        INFO(errors.toStdString());
        CHECK(a.exitCode() + b.exitCode() == 1); // one 0, one 1
        CHECK(errors.contains(QStringLiteral("Already on loan")));
        REQUIRE(cli({QStringLiteral("loan"), QStringLiteral("checkin"), QStringLiteral("B1")}, {}, db).code ==
                0);
    }
    Run all = cli(
        {QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")},
        {}, db);
    CHECK(QJsonDocument::fromJson(all.out.toUtf8()).array().size() == 5);
    CHECK(cli({QStringLiteral("check")}, {}, db).code == 0);
}

TEST_CASE("kill -9 at random points of check-outs, returns and retention runs: every operation is whole")
{
    QTemporaryDir dir;
    const QString db = deskCatalogue(dir);
    for (int i = 1; i <= 8; ++i)
        REQUIRE(cli({QStringLiteral("add")},
                    QStringLiteral(R"({"type":"book","title":"Livre %1","copies":[{"barcode":"K%1"}]})")
                        .arg(i)
                        .toUtf8(),
                    db)
                    .code == 0);
    REQUIRE(cli({QStringLiteral("borrower"), QStringLiteral("add")},
                R"({"name":"Équipe, Documentaliste","card":"C-4","category":"equipe"})", db)
                .code == 0);
    // Six months on, today's returns lose their borrower; the borrowers stay.
    const QString later = QDate::currentDate().addMonths(6).toString(Qt::ISODate);
    QRandomGenerator random(20261202);
    // Kills land anywhere in a run's life: how long a whole run takes here
    // (a loaded machine is slower) sets the range of the delays.
    QElapsedTimer whole;
    whole.start();
    REQUIRE(cli({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("K1"),
                 QStringLiteral("--borrower"), QStringLiteral("C-4")},
                {}, db)
                .code == 0);
    const quint32 lifeUs = quint32(std::max<qint64>(whole.nsecsElapsed() / 1000, 20000));
    int killed = 0;
    for (int run = 0; run < 200; ++run) {
        const QString copy = QStringLiteral("K%1").arg(1 + random.bounded(8));
        QStringList args = {QStringLiteral("--db"), db};
        switch (run % 5) {
        case 0:
        case 1:
            args << QStringLiteral("loan") << QStringLiteral("checkout") << copy
                 << QStringLiteral("--borrower") << QStringLiteral("C-4");
            break;
        case 2:
        case 3:
            args << QStringLiteral("loan") << QStringLiteral("checkin") << copy;
            break;
        default:
            args << QStringLiteral("retention") << QStringLiteral("--date") << later;
        }
        QProcess p;
        p.start(QStringLiteral(INFODOC_CLI), args);
        REQUIRE(p.waitForStarted(10000));
        // One run in ten is let finish, so that there is something to check.
        QThread::usleep(run % 10 == 9 ? 0 : random.bounded(lifeUs * 3 / 2));
        if (run % 10 != 9 && p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            ++killed;
        }
        REQUIRE(p.waitForFinished(30000));
    }
    INFO("killed " << killed << " of 200 runs");
    CHECK(killed > 20);
    REQUIRE(cli({QStringLiteral("check")}, {}, db).code == 0);
    auto opened = infodoc::core::Database::open(db, infodoc::core::Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    auto scalar = [&](const char* sql) {
        QSqlQuery q((*opened)->connection());
        REQUIRE(q.exec(QLatin1String(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    // Each operation wrote all of its rows or none of them.
    const qint64 loans = scalar("SELECT COUNT(*) FROM loan");
    const qint64 returned = scalar("SELECT COUNT(*) FROM loan WHERE returned_on IS NOT NULL");
    const qint64 anonymised = scalar("SELECT COALESCE(SUM(loans_anonymised), 0) FROM retention_run");
    CHECK(loans > 0);
    CHECK(scalar("SELECT COUNT(*) FROM change_journal WHERE entity = 'loan' AND op = 'insert'") == loans);
    CHECK(scalar("SELECT COUNT(*) FROM change_journal WHERE entity = 'loan' AND op = 'update'") ==
          returned + anonymised);
    CHECK(scalar("SELECT COUNT(*) FROM change_journal WHERE entity = 'copy'") == loans + returned);
    CHECK(scalar("SELECT COUNT(*) FROM loan WHERE borrower_id IS NULL") == anonymised);
    CHECK(scalar("SELECT COALESCE(SUM(total), 0) FROM circulation_month WHERE event = 'loan' AND dimension = "
                 "'all'") == loans);
    CHECK(
        scalar("SELECT COALESCE(SUM(total), 0) FROM circulation_month WHERE event = 'return' AND dimension = "
               "'all'") == returned);
    // No copy is out twice; every loan has its copy.
    CHECK(scalar("SELECT COUNT(*) FROM (SELECT copy_id FROM loan WHERE returned_on IS NULL GROUP BY copy_id "
                 "HAVING COUNT(*) > 1)") == 0);
    CHECK(scalar("SELECT COUNT(*) FROM loan l LEFT JOIN copy c ON c.id = l.copy_id WHERE c.id IS NULL") == 0);
}

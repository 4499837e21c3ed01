// Load benchmark: a centre's catalogue at its largest — 100,000 records,
// 10,000 PDFs (their text in the index), the demo's 2,000 borrowers and
// 1,000,000 past loans — then:
//
// 1. Opening: the real GUI program (`infodoc --db … --screenshot`) timed
//    from its start to the picture of its first page, and the same window
//    built in this process, timed to the catalogue's first rows on screen;
//    the loans module with its million loans opened.
// 2. Load: for M minutes (10 by default; the program stops by itself) two
//    infodoc-cli processes write — one lends and returns at the desk and
//    adds keywords to a shared set of records in batches, the other edits
//    records, adds keywords to the same set and imports RIS files — while
//    the window here searches in its Search page, lends and returns at its
//    desk (scanned: typed, then Enter) and edits records of the shared set
//    in their form. Nothing leaves the machine.
//
// Then it checks what a user would lose: no error message reached anyone
// but the form's "changed elsewhere" refusal (the one kept to avoid a lost
// update, counted), no "database is locked", every keyword every batch
// said it added is on every record of the set, every note, loan, return
// and imported record is there, the monthly totals agree, `infodoc-cli
// check` finds the catalogue sound, the index finds the last changes.
// Prints the figures (p50/p95/max per operation, the window's longest
// holds) and exits 1 if anything was lost.
//
//   build/tests/bench/bench_load [--records N] [--history M] [--minutes T] [--keep DIR]
//   build/tests/bench/bench_load --on CATALOGUE [--minutes T]   (a catalogue made by --keep)

#include "BenchSupport.h"
#include "LoanHistory.h"
#include "core/catalog/RecordRepository.h"
#include "core/catalog/StarterData.h"
#include "core/circulation/Borrowers.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/search/ExtractionPool.h"
#include "core/search/IndexSync.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "ui/catalog/CataloguePage.h"
#include "ui/catalog/RecordEditor.h"
#include "ui/circulation/LoansPage.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPage.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace infodoc;
using namespace infodoc::core;
using infodoc::bench::median;
using infodoc::bench::ms;
using infodoc::bench::percentile;
using infodoc::bench::report;

namespace {

QString s_cli;
QString s_catalogue;

struct Run
{
    double ms = 0;
    int code = 0;
    QString output; // stdout and stderr
};

// One infodoc-cli command, as a user would type it.
Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(s_cli, QStringList{QStringLiteral("--db"), s_catalogue} + args);
    Run r;
    if (!p.waitForStarted()) {
        r.code = -1;
        r.output = p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(10 * 60 * 1000);
    r.ms = ms(t);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll()).trimmed();
    return r;
}

bool mentionsLock(const QString& text)
{
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("busy"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("verrouill"), Qt::CaseInsensitive);
}

// What one writer did and saw.
struct Log
{
    std::mutex lock;
    std::vector<double> checkout, checkin, batch, edit, import;
    QStringList errors; // each failure, as the user saw it
    int lockErrors = 0;
    int lent = 0, returned = 0, imported = 0;
    QStringList keywords;         // added to every record of the shared set
    QHash<qint64, QString> notes; // the last note saved on a record

    void failed(const QString& what, const Run& r)
    {
        const std::lock_guard<std::mutex> g(lock);
        errors.append(QStringLiteral("%1 (exit %2): %3").arg(what).arg(r.code).arg(r.output));
        if (mentionsLock(r.output))
            ++lockErrors;
    }
};

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QByteArray risFile(int batch, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += "TY  - RPRT\n";
        out +=
            QStringLiteral("TI  - Étude de charge %1-%2 sur le logement social\n").arg(batch).arg(i).toUtf8();
        out += QStringLiteral("AU  - Essai, Auteur %1\n").arg(i % 7).toUtf8();
        out += "PY  - 2024\nKW  - charge-import\n";
        out += "ER  - \n\n";
    }
    return out;
}

// The desk's scanner: types the code, then Enter. Returns how long the Enter took.
double scan(QLineEdit* box, const QString& code)
{
    for (const QChar c : code) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(box, &press);
    }
    QElapsedTimer t;
    t.start();
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(box, &enter);
    return ms(t);
}

void waitMs(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "%s: failed\n", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

QStringList column(Database& db, const QString& sql, int limit)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(limit);
    QStringList out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

// Makes the catalogue; false (and says why) if it cannot.
bool build(const QString& path, int records, int history)
{
    SystemClock clock;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !StarterData::install(**db, clock)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        return false;
    }
    QElapsedTimer t;
    t.start();
    auto demo = DemoGenerator(**db, clock).generate({records, 10, 1});
    if (!demo) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(demo.errorMessage()));
        return false;
    }
    std::printf("catalogue: %d records, %d PDFs (%d pages), %d borrowers, %d loans out, in %.0f s\n",
                demo->records, demo->pdfs, demo->pdfPages, demo->borrowers, demo->loans,
                t.elapsed() / 1000.0);
    t.restart();
    if (const QString failed = bench::writeLoanHistory(**db, history, QDate::currentDate());
        !failed.isEmpty()) {
        std::fprintf(stderr, "history: %s\n", qPrintable(failed));
        return false;
    }
    std::printf("history: %d past loans in %.0f s\n", history, t.elapsed() / 1000.0);
    t.restart();
    auto index = SearchIndex::open(SearchIndex::directoryFor((*db)->path()), SearchIndex::Mode::ReadWrite);
    ExtractionPool::Options extraction;
    extraction.helperPath = ExtractionPool::defaultHelperPath();
    if (!index) {
        std::fprintf(stderr, "index: %s\n", qPrintable(index.errorMessage()));
        return false;
    }
    if (auto s = IndexSync(**db, **index, extraction).rebuild(); !s) {
        std::fprintf(stderr, "index: %s\n", qPrintable(s.errorMessage()));
        return false;
    }
    std::printf("index: every record and the text of every PDF in %.0f s\n", t.elapsed() / 1000.0);
    return true;
}

// Answers the message boxes a user would see: the duplicate warning is
// answered "Save anyway" (the form's own question), anything else is an
// error that reached the user, kept and closed.
class Watchdog : public QObject
{
public:
    QStringList shown;
    int changedElsewhere = 0;

    Watchdog()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] { look(); });
        m_timer.start();
    }

private:
    void look()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (box->objectName() == QLatin1String("duplicateWarning")) {
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                    b->click();
                    return;
                }
        }
        if (box->text().contains(QLatin1String("changed elsewhere")))
            ++changedElsewhere;
        else
            shown.append(box->text());
        box->done(QMessageBox::Cancel);
    }

    QTimer m_timer;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window's settings (layouts, the last backup) stay out of the user's.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("Infodoc-bench"));
    int records = 100000, history = 1000000;
    double minutes = 10;
    QString keep, existing;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--history"))
            history = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--minutes"))
            minutes = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        else if (args[i] == QLatin1String("--on"))
            existing = args[i + 1];
    }
    const QString binDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/");
    s_cli = QDir::cleanPath(binDir + QStringLiteral("infodoc-cli"));
    const QString gui = QDir::cleanPath(binDir + QStringLiteral("infodoc"));
    QTemporaryDir dir;
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    s_catalogue = !existing.isEmpty() ? existing
                  : keep.isEmpty()    ? dir.filePath(QStringLiteral("load.sqlite"))
                                      : QDir(keep).filePath(QStringLiteral("load.sqlite"));
    if (existing.isEmpty() && !build(s_catalogue, records, history))
        return 1;

    // --- 1. Opening -------------------------------------------------------------------
    {
        std::vector<double> process;
        for (int run = 0; run < 5; ++run) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDir.path());
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(gui, {QStringLiteral("--db"), s_catalogue, QStringLiteral("--screenshot"),
                          dir.filePath(QStringLiteral("first.png"))});
            if (!p.waitForFinished(120000) || p.exitCode() != 0) {
                std::fprintf(stderr, "infodoc: %s\n", p.readAllStandardError().constData());
                return 1;
            }
            process.push_back(ms(t));
        }
        report("infodoc started to picture", process);
    }
    SystemClock clock;
    std::vector<double> opening, loansModule;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(s_catalogue, Database::OpenMode::ExistingOnly);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        ui::MainWindow window(**db, clock);
        window.resize(1400, 900);
        window.show();
        auto* table = window.cataloguePage()->findChild<QTableView*>();
        while (!table || !table->model() || table->model()->rowCount() == 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        window.grab(); // painted
        opening.push_back(ms(t));
        t.restart();
        window.showModule(ui::MainWindow::Module::Loans);
        QApplication::processEvents();
        window.grab();
        loansModule.push_back(ms(t));
    }
    report("window to catalogue's rows", opening);
    report("loans module shown", loansModule);

    // --- 2. Load ----------------------------------------------------------------------
    auto db = Database::open(s_catalogue, Database::OpenMode::ExistingOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const qint64 recordsBefore = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM record"));
    const qint64 loansBefore = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM loan"));
    const qint64 checkoutsBefore =
        scalar(**db, QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM circulation_month WHERE event = "
                                    "'loan' AND dimension = 'all'"));
    // Three borrowers of the team, one per desk.
    Borrowers borrowers(**db, clock);
    const QString cards[] = {QStringLiteral("CHARGE-A"), QStringLiteral("CHARGE-G")};
    for (const QString& card : cards) {
        auto known = borrowers.byCard(card);
        if (known && *known)
            continue;
        Borrower b;
        b.name = QStringLiteral("Charge, Essai ") + card;
        b.card = card;
        b.categoryId = 4;
        if (auto id = borrowers.add(b); !id) {
            std::fprintf(stderr, "borrower: %s\n", qPrintable(id.errorMessage()));
            return 1;
        }
    }
    const QStringList shelf =
        column(**db,
               QStringLiteral(
                   "SELECT c.barcode FROM copy_state c JOIN record r ON r.id = c.record_id WHERE c.status = "
                   "'available' AND r.type NOT IN ('dossier') ORDER BY c.id LIMIT ?"),
               400);
    QList<qint64> shared, edited;
    for (const QString& id :
         column(**db, QStringLiteral("SELECT id FROM record ORDER BY id LIMIT ? OFFSET 5000"), 80))
        (shared.size() < 40 ? shared : edited).append(id.toLongLong());
    if (shelf.size() < 400 || edited.size() < 40) {
        std::fprintf(stderr, "the catalogue has too few copies or records\n");
        return 1;
    }
    const QStringList shelfA = shelf.mid(0, 200), shelfG = shelf.mid(200);

    QElapsedTimer clockLoad;
    clockLoad.start();
    const qint64 deadline = qint64(minutes * 60 * 1000);
    std::atomic<bool> stop{false};
    auto timeUp = [&] { return stop.load() || clockLoad.elapsed() > deadline; };
    Log a, b;
    const QString sharedIds = idList(shared);
    // Keywords and notes of this run only: a catalogue loaded before (--on) has those of earlier runs.
    const QString runTag = QString::number(QDateTime::currentSecsSinceEpoch(), 36);

    std::thread writerA([&] {
        for (int n = 0; !timeUp(); ++n) {
            const QString barcode = shelfA.at(n % shelfA.size());
            Run r = cli({QStringLiteral("loan"), QStringLiteral("checkout"), barcode,
                         QStringLiteral("--borrower"), QStringLiteral("CHARGE-A")});
            {
                const std::lock_guard<std::mutex> g(a.lock);
                a.checkout.push_back(r.ms);
            }
            if (r.code != 0) {
                a.failed(QStringLiteral("loan checkout %1").arg(barcode), r);
                continue;
            }
            ++a.lent;
            r = cli({QStringLiteral("loan"), QStringLiteral("checkin"), barcode});
            {
                const std::lock_guard<std::mutex> g(a.lock);
                a.checkin.push_back(r.ms);
            }
            if (r.code != 0)
                a.failed(QStringLiteral("loan checkin %1").arg(barcode), r);
            else
                ++a.returned;
            if (n % 4 == 0) {
                const QString keyword = QStringLiteral("charge-%1-a-%2").arg(runTag).arg(n);
                r = cli({QStringLiteral("batch"), QStringLiteral("--ids"), sharedIds,
                         QStringLiteral("--add-keyword"), keyword});
                const std::lock_guard<std::mutex> g(a.lock);
                a.batch.push_back(r.ms);
                if (r.code == 0)
                    a.keywords.append(keyword);
            }
            if (r.code != 0)
                a.failed(QStringLiteral("batch"), r);
        }
    });
    std::thread writerB([&] {
        for (int n = 0; !timeUp(); ++n) {
            const qint64 id = edited.at(n % edited.size());
            const QString note = QStringLiteral("Relu par la charge B %1, passage %2").arg(runTag).arg(n);
            Run r = cli({QStringLiteral("edit"), QString::number(id)},
                        QStringLiteral("{\"notes\": \"%1\"}").arg(note).toUtf8());
            {
                const std::lock_guard<std::mutex> g(b.lock);
                b.edit.push_back(r.ms);
                if (r.code == 0)
                    b.notes.insert(id, note);
            }
            if (r.code != 0)
                b.failed(QStringLiteral("edit %1").arg(id), r);
            if (n % 3 == 0) {
                const QString keyword = QStringLiteral("charge-%1-b-%2").arg(runTag).arg(n);
                r = cli({QStringLiteral("batch"), QStringLiteral("--ids"), sharedIds,
                         QStringLiteral("--add-keyword"), keyword});
                {
                    const std::lock_guard<std::mutex> g(b.lock);
                    b.batch.push_back(r.ms);
                    if (r.code == 0)
                        b.keywords.append(keyword);
                }
                if (r.code != 0)
                    b.failed(QStringLiteral("batch"), r);
            }
            if (n % 10 == 0) {
                const QString file = dir.filePath(QStringLiteral("charge-%1.ris").arg(n));
                QFile f(file);
                if (f.open(QIODevice::WriteOnly))
                    f.write(risFile(n, 200));
                f.close();
                r = cli({QStringLiteral("import"), file, QStringLiteral("--on-duplicate"),
                         QStringLiteral("new")});
                {
                    const std::lock_guard<std::mutex> g(b.lock);
                    b.import.push_back(r.ms);
                    if (r.code == 0)
                        b.imported += 200;
                }
                if (r.code != 0)
                    b.failed(QStringLiteral("import"), r);
            }
        }
    });

    // The window: searches, the desk, the form, in turn.
    Watchdog watchdog;
    ui::MainWindow window(**db, clock);
    window.resize(1400, 900);
    window.show();
    ui::SearchPage* searchPage = window.searchPage();
    QStringList guiErrors;
    QObject::connect(searchPage->controller(), &ui::SearchController::failed, &app,
                     [&guiErrors](const QString& m) { guiErrors.append(QStringLiteral("search: ") + m); });
    auto* scanBox = window.loansPage()->findChild<QLineEdit*>(QStringLiteral("scanBox"));
    auto* deskMessage = window.loansPage()->findChild<QLabel*>(QStringLiteral("deskMessage"));
    if (!scanBox || !deskMessage) {
        std::fprintf(stderr, "the desk has no scan box\n");
        stop = true;
    }
    std::vector<double> gaps;
    // Holds over 100 ms, with what the window did between the two ticks.
    std::vector<std::pair<double, QString>> longGaps;
    QStringList doingSinceTick;
    auto doing = [&doingSinceTick](const char* what) { doingSinceTick.append(QLatin1String(what)); };
    std::vector<double> searches, lends, returns, forms, switches;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        gaps.push_back(ms(tick));
        if (gaps.back() > 100)
            longGaps.emplace_back(gaps.back(), doingSinceTick.join(QLatin1String(", ")));
        doingSinceTick.clear();
        tick.restart();
    });
    const QStringList queries = {
        QStringLiteral("logement social"),   QStringLiteral("renouvellement urbain"),
        QStringLiteral("jardins partagés"),  QStringLiteral("réussite éducative"),
        QStringLiteral("charge-import"),     QStringLiteral("santé des jeunes"),
        QStringLiteral("auteur:essai"),      QStringLiteral("territoire:Sarcelles"),
        QStringLiteral("médiation sociale"), QStringLiteral("diagnostic territorial")};
    int formsSaved = 0, guiLent = 0, guiReturned = 0;
    QHash<qint64, QString> guiNotes;
    tick.start();
    heartbeat.start();
    for (int n = 0; !timeUp(); ++n) {
        // A search in the Search page.
        doing("showing the Search page");
        {
            QElapsedTimer t;
            t.start();
            window.showModule(ui::MainWindow::Module::Search);
            switches.push_back(ms(t));
        }
        doing("searching");
        {
            QEventLoop loop;
            QObject::connect(searchPage, &ui::SearchPage::resultShown, &loop, &QEventLoop::quit);
            QObject::connect(searchPage->controller(), &ui::SearchController::failed, &loop,
                             &QEventLoop::quit);
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            QElapsedTimer t;
            t.start();
            searchPage->setQuery(queries.at(n % queries.size()));
            loop.exec();
            while (searchPage->controller()->isBusy())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
            searches.push_back(ms(t));
        }
        doing("waiting");
        waitMs(150);
        // A loan and its return at the desk.
        if (scanBox) {
            doing("showing the Loans page");
            {
                QElapsedTimer t;
                t.start();
                window.showModule(ui::MainWindow::Module::Loans);
                switches.push_back(ms(t));
            }
            const QString barcode = shelfG.at(n % shelfG.size());
            doing("scanning a card");
            scan(scanBox, QStringLiteral("CHARGE-G"));
            doing("lending");
            lends.push_back(scan(scanBox, barcode));
            if (deskMessage->text().startsWith(QLatin1String("Lent:"))) {
                ++guiLent;
                doing("waiting");
                waitMs(100);
                doing("returning");
                returns.push_back(scan(scanBox, barcode));
                if (deskMessage->text().startsWith(QLatin1String("Returned:")))
                    ++guiReturned;
                else
                    guiErrors.append(QStringLiteral("return %1: %2").arg(barcode, deskMessage->text()));
            } else {
                guiErrors.append(QStringLiteral("lend %1: %2").arg(barcode, deskMessage->text()));
            }
        }
        doing("waiting");
        waitMs(150);
        // Every fifth turn, a record of the shared set opened in its form,
        // its note typed for half a second (the batches go on), saved; a
        // refusal ("changed elsewhere") is answered as a user would: the
        // record opened again and the note typed again.
        if (n % 5 == 0) {
            const qint64 id = shared.at((n / 5) % shared.size());
            const QString note = QStringLiteral("Vu au poste principal %1, passage %2").arg(runTag).arg(n);
            for (int attempt = 0; attempt < 5; ++attempt) {
                doing("opening a form");
                auto record = RecordRepository(**db, clock).get(id);
                if (!record) {
                    guiErrors.append(record.errorMessage());
                    break;
                }
                ui::RecordEditor editor(**db, clock, *record, &window);
                editor.show();
                waitMs(attempt == 0 ? 500 : 50);
                auto* notes = editor.findChild<QPlainTextEdit*>(QStringLiteral("field_notes"));
                if (!notes) {
                    guiErrors.append(QStringLiteral("the form has no notes field"));
                    break;
                }
                notes->setPlainText(note);
                doing("saving a form");
                QElapsedTimer t;
                t.start();
                const int refusedBefore = watchdog.changedElsewhere;
                editor.accept();
                if (editor.result() == QDialog::Accepted) {
                    forms.push_back(ms(t));
                    ++formsSaved;
                    guiNotes.insert(id, note);
                    break;
                }
                if (watchdog.changedElsewhere == refusedBefore) {
                    guiErrors.append(QStringLiteral("form of record %1 not saved").arg(id));
                    break;
                }
            }
        }
    }
    heartbeat.stop();
    stop = true;
    writerA.join();
    writerB.join();
    const double loadSeconds = clockLoad.elapsed() / 1000.0;

    // --- 3. What was kept -------------------------------------------------------------
    int lost = 0;
    auto lostOne = [&lost](const QString& what) {
        if (++lost <= 20)
            std::printf("LOST: %s\n", qPrintable(what));
    };
    RecordRepository kept(**db, clock);
    for (qint64 id : std::as_const(shared)) {
        auto r = kept.get(id);
        if (!r) {
            lostOne(r.errorMessage());
            continue;
        }
        for (const QString& k : a.keywords + b.keywords)
            if (!r->keywords.contains(k))
                lostOne(QStringLiteral("record %1 lacks the keyword %2").arg(id).arg(k));
        if (guiNotes.contains(id) && r->notes != guiNotes.value(id))
            lostOne(QStringLiteral("record %1: note \"%2\", not the form's \"%3\"")
                        .arg(id)
                        .arg(r->notes, guiNotes.value(id)));
    }
    for (auto it = b.notes.constBegin(); it != b.notes.constEnd(); ++it) {
        auto r = kept.get(it.key());
        if (!r || r->notes != it.value())
            lostOne(QStringLiteral("record %1: the note of the last edit is not there").arg(it.key()));
    }
    const qint64 recordsAfter = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM record"));
    if (recordsAfter != recordsBefore + b.imported)
        lostOne(QStringLiteral("%1 records, not %2").arg(recordsAfter).arg(recordsBefore + b.imported));
    const qint64 loansAfter = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM loan"));
    if (loansAfter != loansBefore + a.lent + guiLent)
        lostOne(QStringLiteral("%1 loans, not %2").arg(loansAfter).arg(loansBefore + a.lent + guiLent));
    const qint64 open = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM loan l JOIN borrower b ON b.id = "
                                                    "l.borrower_id WHERE b.card LIKE 'CHARGE-%' AND "
                                                    "l.returned_on IS NULL"));
    if (open != (a.lent - a.returned) + (guiLent - guiReturned))
        lostOne(QStringLiteral("%1 loans of the test borrowers still out, not %2")
                    .arg(open)
                    .arg((a.lent - a.returned) + (guiLent - guiReturned)));
    const qint64 checkoutsAfter =
        scalar(**db, QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM circulation_month WHERE event = "
                                    "'loan' AND dimension = 'all'"));
    if (checkoutsAfter != checkoutsBefore + a.lent + guiLent)
        lostOne(QStringLiteral("the monthly totals count %1 loans, not %2")
                    .arg(checkoutsAfter - checkoutsBefore)
                    .arg(a.lent + guiLent));
    const Run check = cli({QStringLiteral("check")});
    if (check.code != 0)
        lostOne(QStringLiteral("infodoc-cli check: ") + check.output);
    QString lastKeyword = b.keywords.isEmpty() ? QString() : b.keywords.last();
    if (!lastKeyword.isEmpty()) {
        const Run found = cli(
            {QStringLiteral("search"), QStringLiteral("\"%1\"").arg(lastKeyword), QStringLiteral("--json")});
        static const QRegularExpression total(QStringLiteral("\"total\"\\s*:\\s*(\\d+)"));
        const auto match = total.match(found.output);
        if (found.code != 0 || !match.hasMatch() || match.captured(1).toLongLong() != shared.size())
            lostOne(QStringLiteral("the index does not find the %1 records of %2: %3")
                        .arg(shared.size())
                        .arg(lastKeyword, found.output.left(300)));
    }

    std::printf("\nload: %.1f min; two infodoc-cli writers and the window, together\n", loadSeconds / 60);
    report("cli: loan checkout", a.checkout);
    report("cli: loan checkin", a.checkin);
    std::vector<double> batches = a.batch;
    batches.insert(batches.end(), b.batch.begin(), b.batch.end());
    report("cli: batch (40 records)", batches);
    report("cli: edit", b.edit);
    report("cli: import (200 records)", b.import);
    report("window: search to answer", searches);
    report("window: lend (Enter)", lends);
    report("window: return (Enter)", returns);
    report("window: form saved", forms);
    report("window: page switched", switches);
    std::printf("window's event loop held up: median %.1f ms, p99 %.1f ms, p99.9 %.1f ms, longest %.1f ms\n",
                percentile(gaps, 0.5), percentile(gaps, 0.99), percentile(gaps, 0.999),
                percentile(gaps, 1.0));
    std::printf(
        "done: %d + %d loans and returns by the cli and the window, %lld keywords added to %lld records "
        "by %lld batches, %lld notes, %d records imported, %d forms saved\n",
        a.lent + a.returned, guiLent + guiReturned, qlonglong(a.keywords.size() + b.keywords.size()),
        qlonglong(shared.size()), qlonglong(a.keywords.size() + b.keywords.size()), qlonglong(b.edit.size()),
        b.imported, formsSaved);
    std::printf(
        "the form refused %d time(s) a record changed elsewhere since it was opened (opened again, saved)\n",
        watchdog.changedElsewhere);
    const QStringList errors = a.errors + b.errors + guiErrors + watchdog.shown;
    std::printf(
        "errors that reached a user: %lld, \"database is locked\" among them: %d\n", qlonglong(errors.size()),
        a.lockErrors + b.lockErrors + int(std::count_if(guiErrors.begin(), guiErrors.end(), mentionsLock)) +
            int(std::count_if(watchdog.shown.begin(), watchdog.shown.end(), mentionsLock)));
    std::sort(longGaps.begin(), longGaps.end(), std::greater<>());
    std::printf("held over 100 ms %zu times;", longGaps.size());
    for (std::size_t i = 0; i < longGaps.size() && i < 8; ++i)
        std::printf(" %.0f ms (%s)", longGaps[i].first, qPrintable(longGaps[i].second));
    std::printf("\n");
    for (qsizetype i = 0; i < errors.size() && i < 10; ++i)
        std::printf("  %s\n", qPrintable(errors.at(i).left(400)));
    std::printf("lost: %d\n", lost);
    return lost == 0 && errors.isEmpty() ? 0 : 1;
}

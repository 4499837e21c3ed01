#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {
QStringList filesMatching(const QString& folder, const QRegularExpression& pattern,
                          const QStringList& suffixes)
{
    QStringList hits;
    QDirIterator it(QStringLiteral(INFODOC_SOURCE_DIR) + u'/' + folder, suffixes, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && pattern.match(QString::fromUtf8(f.readAll())).hasMatch())
            hits.append(f.fileName());
    }
    return hits;
}
} // namespace

TEST_CASE("core never includes a Widgets header")
{
    const QRegularExpression widgets(
        QStringLiteral("#include\\s*[<\"](QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication)"));
    const QStringList hits =
        filesMatching(QStringLiteral("core"), widgets, {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
    INFO(hits.join(u' ').toStdString());
    CHECK(hits.isEmpty());
}

TEST_CASE("no public core header includes Xapian or Poppler")
{
    const QRegularExpression adapters(QStringLiteral("#include\\s*[<\"](xapian\\.h|poppler-qt6\\.h)"));
    const QStringList hits = filesMatching(QStringLiteral("core"), adapters, {QStringLiteral("*.h")});
    INFO(hits.join(u' ').toStdString());
    CHECK(hits.isEmpty());
    // The Xapian adapter's own private header is seen by its two files only.
    const QRegularExpression schema(QStringLiteral("#include\\s*\"core/search/XapianSchema_p\\.h\""));
    QStringList users;
    for (const QString& folder :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("tests")}) {
        for (const QString& f :
             filesMatching(folder, schema, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}))
            users.append(f.section(u'/', -1));
    }
    users.sort();
    CHECK(users == QStringList{QStringLiteral("XapianDocument.cpp"), QStringLiteral("XapianIndex.cpp")});
}

TEST_CASE("ui holds no SQL: no Qt SQL class and no SQL text")
{
    const QRegularExpression sql(QStringLiteral("#include\\s*[<\"](QSqlQuery|QSqlDatabase|QtSql)|"
                                                "\\bQSql(Query|Database|Record|Error)\\b"));
    QStringList hits =
        filesMatching(QStringLiteral("ui"), sql, {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
    // Statements in string literals: "SELECT … FROM", "INSERT INTO", "UPDATE … SET", "DELETE FROM".
    const QRegularExpression statement(QStringLiteral(
        "\"[^\"\\n]*\\b(SELECT\\b[^\"\\n]*\\bFROM|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|"
        "CREATE\\s+TABLE)\\b"));
    hits += filesMatching(QStringLiteral("ui"), statement, {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
    INFO(hits.join(u' ').toStdString());
    CHECK(hits.isEmpty());
}

namespace {

// The arrows of docs/ARCHITECTURE.md: which core modules each may include
// (itself and common always). core/CMakeLists.txt links the same, and a
// shared object per module fails to link on any other call.
const QHash<QString, QStringList>& arrows()
{
    static const QHash<QString, QStringList> allowed = {
        {QStringLiteral("common"), {}},
        {QStringLiteral("storage"), {}},
        {QStringLiteral("catalog"), {QStringLiteral("storage")}},
        {QStringLiteral("search"), {QStringLiteral("storage"), QStringLiteral("catalog")}},
        // The reference formats (CSL, RIS, BibTeX, Dublin Core) are interop's:
        // bibliographies and sheets write them through it.
        {QStringLiteral("output"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("interop")}},
        // Appointments use the calendar and the borrowers, print lists, and
        // search suggests documents for a visit.
        {QStringLiteral("visits"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("circulation"),
          QStringLiteral("output"), QStringLiteral("search")}},
        {QStringLiteral("demo"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("circulation")}},
        // Letters and labels are laid out by output; borrowers come from a spreadsheet read by interop.
        {QStringLiteral("circulation"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("output"),
          QStringLiteral("interop")}},
        // A request's requester is a visitor (a borrower, a named contact) and
        // may come from an appointment; its bibliography is laid out by output.
        // The one retention run over all personal data lives here, above them.
        {QStringLiteral("requests"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("circulation"),
          QStringLiteral("visits"), QStringLiteral("output")}},
        {QStringLiteral("interop"), {QStringLiteral("storage"), QStringLiteral("catalog")}},
        // A first run's catalogues: the centre's identity (output) or sample records (demo).
        {QStringLiteral("setup"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("output"),
          QStringLiteral("demo")}},
        // The report reads every module's figures; its tables are written by interop.
        {QStringLiteral("reports"),
         {QStringLiteral("storage"), QStringLiteral("catalog"), QStringLiteral("circulation"),
          QStringLiteral("visits"), QStringLiteral("requests"), QStringLiteral("output"),
          QStringLiteral("interop")}},
    };
    return allowed;
}

// "core/search/IndexSync.h" -> "search" for every project include of a file.
QStringList coreIncludes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    static const QRegularExpression include(QStringLiteral("#include\\s*\"core/([a-z]+)/"));
    QStringList modules;
    auto it = include.globalMatch(QString::fromUtf8(f.readAll()));
    while (it.hasNext())
        modules.append(it.next().captured(1));
    return modules;
}

QStringList sourcesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(QStringLiteral(INFODOC_SOURCE_DIR) + u'/' + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

TEST_CASE("each core module includes only the modules its arrows allow")
{
    QStringList wrong;
    const QDir core(QStringLiteral(INFODOC_SOURCE_DIR "/core"));
    const QStringList modules = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(modules.contains(QStringLiteral("search")));
    for (const QString& module : modules) {
        INFO("core/" << module.toStdString());
        REQUIRE(arrows().contains(module)); // a new module says its arrows here first
        for (const QString& file : sourcesUnder(QStringLiteral("core/") + module)) {
            for (const QString& used : coreIncludes(file)) {
                if (used != module && used != QLatin1String("common") &&
                    !arrows().value(module).contains(used))
                    wrong.append(file.section(u'/', -3) + QStringLiteral(" -> ") + used);
            }
        }
    }
    INFO(wrong.join(u'\n').toStdString());
    CHECK(wrong.isEmpty());
    // Spelled out, as the map says: the catalogue and storage never reach the search index.
    CHECK_FALSE(arrows().value(QStringLiteral("catalog")).contains(QStringLiteral("search")));
    CHECK_FALSE(arrows().value(QStringLiteral("storage")).contains(QStringLiteral("search")));
}

TEST_CASE("the visitor mode and the search index cannot reach circulation or appointments (personal data)")
{
    QStringList files =
        sourcesUnder(QStringLiteral("ui/visitor")) + sourcesUnder(QStringLiteral("core/search"));
    for (const QString& file : sourcesUnder(QStringLiteral("core/visits"))) {
        if (file.contains(QStringLiteral("/VisitorMode")) ||
            file.contains(QStringLiteral("/VisitorSelection")))
            files.append(file);
    }
    REQUIRE(files.size() > 3);
    QStringList wrong;
    static const QRegularExpression appointments(QStringLiteral("#include\\s*\"core/visits/Appointments"));
    for (const QString& file : std::as_const(files)) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        if (coreIncludes(file).contains(QStringLiteral("circulation")) ||
            coreIncludes(file).contains(QStringLiteral("requests")) ||
            QString::fromUtf8(f.readAll()).contains(appointments))
            wrong.append(file);
    }
    INFO(wrong.join(u' ').toStdString());
    CHECK(wrong.isEmpty());
    CHECK_FALSE(arrows().value(QStringLiteral("search")).contains(QStringLiteral("circulation")));
    CHECK_FALSE(arrows().value(QStringLiteral("search")).contains(QStringLiteral("visits")));
}

TEST_CASE("includes say their layer")
{
    // core/ and ui/ share folder names (catalog, search, output, common):
    // "core/search/IndexSync.h", "ui/search/SearchPage.h", "app/cli/...".
    const QRegularExpression bare(QStringLiteral(
        "#include\\s*\"(common|storage|catalog|search|output|visits|demo|main|visitor|vocabulary|cli|"
        "circulation|requests|interop|reports)/"));
    QStringList hits;
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})
        hits += filesMatching(folder, bare, {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
    INFO(hits.join(u' ').toStdString());
    CHECK(hits.isEmpty());
}

TEST_CASE("each module logs under its own category")
{
    const QHash<QString, QString> categories = {
        {QStringLiteral("core/storage"), QStringLiteral("lcStorage")},
        {QStringLiteral("core/catalog"), QStringLiteral("lcCatalog")},
        {QStringLiteral("core/search"), QStringLiteral("lcSearch")},
        {QStringLiteral("core/output"), QStringLiteral("lcOutput")},
        {QStringLiteral("core/visits"), QStringLiteral("lcVisits")},
        {QStringLiteral("core/requests"), QStringLiteral("lcRequests")},
        {QStringLiteral("core/demo"), QStringLiteral("lcDemo")},
        {QStringLiteral("core/setup"), QStringLiteral("lcSetup")},
        {QStringLiteral("ui"), QStringLiteral("lcUi")},
        {QStringLiteral("app"), QStringLiteral("lcApp")},
    };
    static const QRegularExpression logging(QStringLiteral("\\bqC(Debug|Info|Warning|Critical)\\((\\w+)\\)"));
    static const QRegularExpression plain(QStringLiteral("\\bq(Debug|Info|Warning|Critical)\\s*\\("));
    QStringList wrong;
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        for (const QString& file : sourcesUnder(it.key())) {
            QFile f(file);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            auto uses = logging.globalMatch(text);
            while (uses.hasNext()) {
                const QString category = uses.next().captured(2);
                if (category != it.value())
                    wrong.append(file.section(u'/', -2) + QStringLiteral(": ") + category);
            }
            if (plain.match(text).hasMatch())
                wrong.append(file.section(u'/', -2) + QStringLiteral(": uncategorised"));
        }
    }
    INFO(wrong.join(u'\n').toStdString());
    CHECK(wrong.isEmpty());
}

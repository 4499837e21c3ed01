#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
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
    const QRegularExpression schema(QStringLiteral("#include\\s*\"search/XapianSchema_p\\.h\""));
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

TEST_CASE("ui holds no SQL")
{
    const QRegularExpression sql(QStringLiteral("#include\\s*[<\"](QSqlQuery|QSqlDatabase|QtSql)"));
    const QStringList hits =
        filesMatching(QStringLiteral("ui"), sql, {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
    INFO(hits.join(u' ').toStdString());
    CHECK(hits.isEmpty());
}

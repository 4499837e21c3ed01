#include "core/storage/SchemaCheck.h"

#include "core/common/Logging.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

#include <map>

namespace infodoc::core {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql; // whitespace folded; empty for SQLite's own indexes
};

using Schema = std::map<QString, SchemaObject>;

// Tables SQLite itself creates when asked to gather statistics (ANALYZE,
// PRAGMA optimize); they hold no code.
bool isStatistics(const QString& name)
{
    return name.startsWith(QLatin1String("sqlite_stat"));
}

QString folded(const QString& sql)
{
    return sql.simplified();
}

Result<Schema> readSchema(const QSqlDatabase& db)
{
    Schema schema;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    auto status =
        eachRow(query, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"), [&] {
            const QString name = query.value(1).toString();
            if (!isStatistics(name))
                schema[name] = {query.value(0).toString(), query.value(2).toString(),
                                folded(query.value(3).toString())};
        });
    if (!status)
        return status.error();
    return schema;
}

// The schema migrations 1..version give, made once per version and process.
Result<Schema> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(version); it != cache.cend())
        return *it;

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("infodoc-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<Schema> schema = Error{};
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open()) {
            schema =
                Error{QCoreApplication::translate("infodoc::core::Messages", "Cannot read the catalogue") +
                      QStringLiteral(": ") + memory.lastError().text()};
        } else {
            QSqlQuery(memory).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            if (auto status = Migrations::migrate(memory, version); !status)
                schema = status.error();
            else
                schema = readSchema(memory);
            memory.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (schema)
        cache.insert(version, *schema);
    return schema;
}

QString kindOf(const QString& type)
{
    if (type == QLatin1String("table"))
        return SchemaCheck::tr("table");
    if (type == QLatin1String("index"))
        return SchemaCheck::tr("index");
    if (type == QLatin1String("trigger"))
        return SchemaCheck::tr("trigger");
    if (type == QLatin1String("view"))
        return SchemaCheck::tr("view");
    return type;
}

} // namespace

Result<QStringList> SchemaCheck::differences(const QSqlDatabase& db, int version)
{
    auto expected = expectedSchema(version);
    if (!expected)
        return expected.error();
    auto actual = readSchema(db);
    if (!actual)
        return actual.error();

    // Added objects first: they are what could run code; then the changed
    // ones, then the missing ones.
    QStringList added, changed, missing;
    for (const auto& [name, object] : *actual) {
        const auto it = expected->find(name);
        if (it == expected->end()) {
            added.append(
                tr("%1 %2 (on %3): not created by Infodoc").arg(kindOf(object.type), name, object.table));
        } else if (it->second.type != object.type || it->second.table != object.table ||
                   it->second.sql != object.sql) {
            changed.append(tr("%1 %2: not as Infodoc defines it").arg(kindOf(object.type), name));
        }
    }
    for (const auto& [name, object] : *expected) {
        if (actual->find(name) == actual->end())
            missing.append(tr("%1 %2: missing").arg(kindOf(object.type), name));
    }
    return added + changed + missing;
}

Status SchemaCheck::verify(const QSqlDatabase& db, int version, const QString& path)
{
    auto lines = differences(db, version);
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return Status::success();
    qCWarning(lcStorage) << "catalogue refused:" << lines->size() << "schema objects differ from version"
                         << version;
    constexpr int shown = 5;
    QString named = lines->mid(0, shown).join(QStringLiteral("; "));
    if (lines->size() > shown)
        named += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(lines->size() - shown));
    return Error{tr("%1 is not a catalogue as Infodoc writes it, and was not opened: %2.")
                     .arg(QDir::toNativeSeparators(path), named)};
}

} // namespace infodoc::core

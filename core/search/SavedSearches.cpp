#include "core/search/SavedSearches.h"

#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const char* const kWrite = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the search");
const char* const kRead = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the saved searches");

const struct
{
    SearchRequest::Sort sort;
    const char* key;
} kSorts[] = {
    {SearchRequest::Sort::Relevance, "relevance"},
    {SearchRequest::Sort::DateNewest, "date"},
    {SearchRequest::Sort::DateOldest, "date-asc"},
    {SearchRequest::Sort::Title, "title"},
};

QString nameKey(const QString& name)
{
    return text::foldCase(name.simplified());
}

QString filtersJson(const QHash<QString, QStringList>& filters)
{
    QJsonObject object;
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        if (!it.value().isEmpty())
            object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, QStringList> filtersFromJson(const QString& json)
{
    QHash<QString, QStringList> filters;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList values;
        for (const QJsonValue& v : it.value().toArray())
            values.append(v.toString());
        if (!values.isEmpty())
            filters.insert(it.key(), values);
    }
    return filters;
}

} // namespace

SavedSearches::SavedSearches(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString SavedSearches::sortKey(SearchRequest::Sort sort)
{
    for (const auto& s : kSorts)
        if (s.sort == sort)
            return QLatin1String(s.key);
    return QStringLiteral("relevance");
}

std::optional<SearchRequest::Sort> SavedSearches::sortFromKey(const QString& key)
{
    for (const auto& s : kSorts)
        if (key == QLatin1String(s.key))
            return s.sort;
    return std::nullopt;
}

Result<QList<SavedSearches::Saved>> SavedSearches::select(const QString& key) const
{
    QList<Saved> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, name, query, filters, sort, exact, narrower, modified FROM saved_search "
                       "%1 ORDER BY norm_key")
            .arg(key.isEmpty() ? QString() : QStringLiteral("WHERE norm_key = ?")));
    if (!key.isEmpty())
        q.addBindValue(key);
    if (auto s = eachRow(q, kRead,
                         [&] {
                             Saved saved;
                             saved.id = q.value(0).toLongLong();
                             saved.name = q.value(1).toString();
                             saved.options.query = q.value(2).toString();
                             saved.options.filters = filtersFromJson(q.value(3).toString());
                             saved.options.sort =
                                 sortFromKey(q.value(4).toString()).value_or(SearchRequest::Sort::Relevance);
                             saved.options.exact = q.value(5).toBool();
                             saved.options.narrower = q.value(6).toBool();
                             saved.modified = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
                             list.append(saved);
                         });
        !s)
        return s.error();
    return list;
}

Result<QList<SavedSearches::Saved>> SavedSearches::list() const
{
    return select({});
}

Result<std::optional<SavedSearches::Saved>> SavedSearches::find(const QString& name) const
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return std::optional<Saved>();
    auto found = select(key);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Saved>();
    return std::optional<Saved>(found->constFirst());
}

Result<qint64> SavedSearches::save(const QString& name, const SearchService::Options& options)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error{tr("A saved search needs a name.")};
    if (options.query.trimmed().isEmpty() && options.filters.isEmpty())
        return Error{tr("There is nothing to save: type a query or tick a facet first.")};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.now().toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO saved_search (name, norm_key, query, filters, sort, exact, narrower, created, modified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (norm_key) DO UPDATE SET name = excluded.name, "
        "query = excluded.query, filters = excluded.filters, sort = excluded.sort, exact = excluded.exact, "
        "narrower = excluded.narrower, modified = excluded.modified"));
    q.addBindValue(clean);
    q.addBindValue(nameKey(clean));
    q.addBindValue(sqlText(options.query.trimmed()));
    q.addBindValue(filtersJson(options.filters));
    q.addBindValue(sortKey(options.sort));
    q.addBindValue(options.exact ? 1 : 0);
    q.addBindValue(options.narrower ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto s = execOrError(q, kWrite); !s)
        return s.error();
    QSqlQuery id(m_db.connection());
    id.prepare(QStringLiteral("SELECT id FROM saved_search WHERE norm_key = ?"));
    id.addBindValue(nameKey(clean));
    if (auto s = execOrError(id, kWrite); !s)
        return s.error();
    if (!id.next())
        return Error{tr("Cannot save the search \"%1\".").arg(clean)};
    const qint64 savedId = id.value(0).toLongLong();
    if (auto s = transaction->commit(); !s)
        return s.error();
    return savedId;
}

Status SavedSearches::remove(qint64 id)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_search WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = execOrError(q, kWrite); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no saved search number %1.").arg(id)};
    return transaction->commit();
}

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"
#include "core/search/SearchService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// Searches kept under a name (query, ticked facets, sort, matching options),
// to run again as the catalogue grows.
class SavedSearches
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SavedSearches)

public:
    struct Saved
    {
        qint64 id = 0;
        QString name;
        SearchService::Options options; // offset and limit are not kept
        QDateTime modified;
    };

    SavedSearches(Database& db, const Clock& clock);

    // By name; a failed read is an error, never an empty list.
    Result<QList<Saved>> list() const;
    Result<std::optional<Saved>> find(const QString& name) const;
    // Saves under `name`, replacing a search of the same name (case and
    // accents ignored); returns its id.
    Result<qint64> save(const QString& name, const SearchService::Options& options);
    Status remove(qint64 id);

    // "relevance", "date", "date-asc", "title".
    static QString sortKey(SearchRequest::Sort sort);
    static std::optional<SearchRequest::Sort> sortFromKey(const QString& key);

private:
    Result<QList<Saved>> select(const QString& key) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

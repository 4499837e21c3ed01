#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// The territory hierarchy: region > département > intercommunality >
// commune > priority neighbourhood (quartier prioritaire).
class Territories
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Territories)

public:
    enum class Level
    {
        Region,
        Departement,
        Intercommunality,
        Commune,
        Neighbourhood
    };

    struct Territory
    {
        qint64 id = 0;
        QString name;
        Level level = Level::Commune;
        QString code;
        qint64 parentId = 0;
    };

    Territories(Database& db, const Clock& clock);

    static QString key(Level level);
    static QString label(Level level);
    static std::optional<Level> levelFromKey(const QString& key);
    static QString normalizedKey(const QString& name);

    // By name, case and accents ignored; the broadest level wins a tie
    // ("Val-d'Oise" the département). None if no territory has that name;
    // every read is an error when the territories cannot be read.
    Result<std::optional<Territory>> find(const QString& name) const;
    // An error too if there is no territory number `id`.
    Result<Territory> get(qint64 id) const;
    // Territories whose name's words start with the words typed, broadest first.
    Result<QList<Territory>> complete(const QString& text, int limit = 20) const;
    Result<QList<Territory>> children(qint64 parentId) const; // 0: the top level
    // From the top of the hierarchy down to `id`.
    Result<QList<Territory>> path(qint64 id) const;
    Result<int> count() const;
    // Every territory's name under its normalised key, the broadest level
    // first when names are shared (an import matches many places at once).
    Result<QHash<QString, QString>> namesByKey() const;

    Result<qint64> add(const QString& name, Level level, qint64 parentId = 0, const QString& code = {});

    // Lines "level|name|code", indented two spaces a level under the parent.
    Status importText(const QString& text, const QString& sourceName);

private:
    Result<qint64> addInTransaction(const QString& name, Level level, qint64 parentId, const QString& code);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core

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
    // ("Val-d'Oise" the département).
    std::optional<Territory> find(const QString& name) const;
    std::optional<Territory> get(qint64 id) const;
    // Territories whose name's words start with the words typed, broadest first.
    QList<Territory> complete(const QString& text, int limit = 20) const;
    QList<Territory> children(qint64 parentId) const; // 0: the top level
    // From the top of the hierarchy down to `id`.
    QList<Territory> path(qint64 id) const;
    int count() const;
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

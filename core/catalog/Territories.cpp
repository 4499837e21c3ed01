#include "core/catalog/Territories.h"

#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

namespace {

const std::pair<Territories::Level, const char*> kLevels[] = {
    {Territories::Level::Region, "region"},
    {Territories::Level::Departement, "departement"},
    {Territories::Level::Intercommunality, "intercommunality"},
    {Territories::Level::Commune, "commune"},
    {Territories::Level::Neighbourhood, "neighbourhood"},
};

const QString kSelect =
    QStringLiteral("SELECT id, name, level, code, COALESCE(parent_id, 0) FROM territory ");

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the territories");

Territories::Territory fromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),
            Territories::levelFromKey(q.value(2).toString()).value_or(Territories::Level::Commune),
            q.value(3).toString(), q.value(4).toLongLong()};
}

Result<QList<Territories::Territory>> territories(QSqlQuery& q)
{
    QList<Territories::Territory> list;
    if (auto s = eachRow(q, kReadError, [&] { list.append(fromRow(q)); }); !s)
        return s.error();
    return list;
}

// Orders levels from the broadest, for SQL.
const QString kLevelOrder =
    QStringLiteral("CASE level WHEN 'region' THEN 0 WHEN 'departement' THEN 1 WHEN 'intercommunality' THEN 2 "
                   "WHEN 'commune' THEN 3 ELSE 4 END");

} // namespace

Territories::Territories(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString Territories::key(Level level)
{
    for (const auto& [l, name] : kLevels) {
        if (l == level)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Territories::Level> Territories::levelFromKey(const QString& key)
{
    for (const auto& [l, name] : kLevels) {
        if (key == QLatin1String(name))
            return l;
    }
    return std::nullopt;
}

QString Territories::label(Level level)
{
    switch (level) {
    case Level::Region:
        return tr("Region");
    case Level::Departement:
        return tr("Département");
    case Level::Intercommunality:
        return tr("Intercommunality");
    case Level::Commune:
        return tr("Commune");
    case Level::Neighbourhood:
        return tr("Priority neighbourhood");
    }
    return {};
}

QString Territories::normalizedKey(const QString& name)
{
    return text::foldedWords(name).join(u' ');
}

Result<std::optional<Territories::Territory>> Territories::find(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE norm_key = ? ORDER BY ") + kLevelOrder +
              QStringLiteral(" LIMIT 1"));
    q.addBindValue(normalizedKey(name));
    const auto list = territories(q);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Territory>();
    return std::optional<Territory>(list->first());
}

Result<QList<Territories::Territory>> Territories::complete(const QString& text, int limit) const
{
    const QStringList typed = text::foldedWords(text);
    if (typed.isEmpty())
        return QList<Territory>();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, level, code, COALESCE(parent_id, 0), norm_key FROM territory "
                             "WHERE norm_key LIKE ? ESCAPE '\\' ORDER BY ") +
              kLevelOrder + QStringLiteral(", name"));
    q.addBindValue(text::likeWordPrefixes(typed));
    QList<Territory> out;
    if (!q.exec())
        return sqlError(q, kReadError);
    while (out.size() < limit && q.next()) {
        if (text::wordsStartWith(q.value(5).toString().split(u' '), typed))
            out.append(fromRow(q));
    }
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    return out;
}

Result<Territories::Territory> Territories::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    const auto list = territories(q);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{tr("There is no territory number %1.").arg(id)};
    return list->first();
}

Result<QList<Territories::Territory>> Territories::children(qint64 parentId) const
{
    QSqlQuery q(m_db.connection());
    if (parentId) {
        q.prepare(kSelect + QStringLiteral("WHERE parent_id = ? ORDER BY norm_key"));
        q.addBindValue(parentId);
    } else {
        q.prepare(kSelect + QStringLiteral("WHERE parent_id IS NULL ORDER BY norm_key"));
    }
    return territories(q);
}

Result<QList<Territories::Territory>> Territories::path(qint64 id) const
{
    QList<Territory> list;
    // Sixteen levels at most: a loop in damaged data ends.
    for (qint64 next = id; next && list.size() < 16;) {
        auto t = get(next);
        if (!t)
            return t.error();
        list.prepend(*t);
        next = t->parentId;
    }
    return list;
}

Result<int> Territories::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM territory")) || !q.next())
        return sqlError(q, kReadError);
    return q.value(0).toInt();
}

Result<qint64> Territories::addInTransaction(const QString& name, Level level, qint64 parentId,
                                             const QString& code)
{
    const QString norm = normalizedKey(name);
    if (norm.isEmpty())
        return Error{tr("A territory needs a name.")};
    if (parentId) {
        const auto parent = get(parentId);
        if (!parent)
            return parent.error();
        if (int(parent->level) >= int(level))
            return Error{tr("A %1 cannot be placed under a %2.").arg(label(level), label(parent->level))};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO territory (name, norm_key, level, code, parent_id) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name.simplified());
    q.addBindValue(norm);
    q.addBindValue(key(level));
    q.addBindValue(sqlText(code.trimmed()));
    q.addBindValue(parentId ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return Error{tr("There is already a %1 named \"%2\".").arg(label(level), name.simplified())};
        return sqlError(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the territory"));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = ChangeJournal::append(m_db.connection(), ChangeJournal::Entity::Territory, id,
                                       ChangeJournal::Op::Insert, m_clock.now());
        !s)
        return s.error();
    return id;
}

Result<qint64> Territories::add(const QString& name, Level level, qint64 parentId, const QString& code)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    auto id = addInTransaction(name, level, parentId, code);
    if (!id)
        return id;
    if (auto s = transaction->commit(); !s)
        return s.error();
    return id;
}

Result<QHash<QString, QString>> Territories::namesByKey() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT norm_key, name FROM territory ORDER BY CASE level WHEN 'region' THEN 0 "
                           "WHEN 'departement' THEN 1 WHEN 'intercommunality' THEN 2 WHEN 'commune' THEN 3 "
                           "ELSE 4 END DESC, id DESC")))
        return sqlError(q, kReadError);
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString()); // the broadest, read last, wins
    if (q.lastError().isValid())
        return sqlError(q, kReadError);
    return out;
}

Status Territories::importText(const QString& text, const QString& sourceName)
{
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QList<QPair<int, qint64>> stack;
    int lineNumber = 0;
    for (const QString& rawLine : text.split(u'\n')) {
        ++lineNumber;
        const QString line = QString(rawLine).remove(u'\r');
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        auto fail = [&](const QString& why) {
            return Error{tr("%1, line %2: %3").arg(sourceName).arg(lineNumber).arg(why)};
        };
        const int indent = int(line.indexOf(trimmed.at(0)));
        const QStringList parts = trimmed.split(u'|');
        if (parts.size() < 2)
            return fail(tr("expected \"level|name|code\""));
        const auto level = levelFromKey(parts.at(0).trimmed());
        if (!level)
            return fail(tr("unknown level \"%1\"").arg(parts.at(0).trimmed()));
        while (!stack.isEmpty() && stack.last().first >= indent)
            stack.removeLast();
        auto id =
            addInTransaction(parts.at(1), *level, stack.isEmpty() ? 0 : stack.last().second, parts.value(2));
        if (!id)
            return fail(id.errorMessage());
        stack.append({indent, *id});
    }
    return transaction->commit();
}

} // namespace infodoc::core

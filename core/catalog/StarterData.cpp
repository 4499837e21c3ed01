#include "core/catalog/StarterData.h"

#include "core/catalog/Territories.h"
#include "core/catalog/Thesaurus.h"

#include <QFile>

namespace infodoc::core {

namespace {
QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

QString StarterData::thesaurusText()
{
    return resourceText(QStringLiteral(":/data/thesaurus-fr.txt"));
}

QString StarterData::territoriesText()
{
    return resourceText(QStringLiteral(":/data/territories-idf.txt"));
}

Status StarterData::install(Database& db, const Clock& clock)
{
    Thesaurus thesaurus(db, clock);
    const auto descriptors = thesaurus.descriptorCount();
    if (!descriptors)
        return descriptors.error();
    if (*descriptors == 0) {
        if (auto s = thesaurus.importText(thesaurusText(), QStringLiteral("thesaurus-fr.txt")); !s)
            return s;
    }
    Territories territories(db, clock);
    const auto count = territories.count();
    if (!count)
        return count.error();
    if (*count == 0) {
        if (auto s = territories.importText(territoriesText(), QStringLiteral("territories-idf.txt")); !s)
            return s;
    }
    return Status::success();
}

} // namespace infodoc::core

#include "core/catalog/Record.h"

namespace infodoc::core {

QString Record::authorsDisplay() const
{
    QStringList names;
    for (const Responsibility& r : responsibilities) {
        if (r.role == Role::Author || r.role == Role::Director || r.role == Role::LeadOrganisation)
            names.append(r.name);
    }
    if (names.isEmpty()) {
        for (const Responsibility& r : responsibilities)
            names.append(r.name);
    }
    return names.join(QLatin1String(" ; "));
}

int Record::year() const
{
    if (date.size() < 4)
        return 0;
    bool ok = false;
    const int y = date.left(4).toInt(&ok);
    return ok ? y : 0;
}

} // namespace infodoc::core

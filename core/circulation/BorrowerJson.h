#pragma once

#include "core/circulation/Borrowers.h"

#include <QJsonObject>

namespace infodoc::core {

// A borrower as JSON (infodoc-cli borrower add/edit/show): "name", "card",
// "category" (code or name), "structure", "structureType" (key),
// "function", "commune", "email", "phone", "notes". Unknown fields are
// refused, naming them.
class BorrowerJson
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::BorrowerJson)

public:
    // Sets on `borrower` the fields the object gives.
    static Status apply(const QJsonObject& object, const QList<BorrowerCategory>& categories,
                        Borrower& borrower);
    static QJsonObject toJson(const Borrower& borrower, const QList<BorrowerCategory>& categories);
};

} // namespace infodoc::core

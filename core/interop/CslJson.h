#pragma once

#include "core/common/Result.h"
#include "core/interop/Parsed_p.h"

#include <QByteArray>
#include <QCoreApplication>

namespace infodoc::core {

// CSL-JSON (Zotero, pandoc, citeproc): an array of items, or one item, or
// an object holding "items". Names with their particles, dates as
// date-parts, "raw" or "literal", ISBN/ISSN checked, keywords as subjects.
class CslJson
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::CslJson)

public:
    static bool looksLikeCslJson(const QByteArray& head);
    // Every item; an item that is not an object is an error naming its
    // number. JSON that does not parse names its line and column.
    static Result<QList<interop::Parsed>> read(const QByteArray& data, const QString& fileName);
    // The CSL variable a record field is read from ("containerTitle" -> "container-title").
    static QString sourceField(const QString& recordField);
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"
#include "core/interop/Parsed_p.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace infodoc::core {

// RIS (Research Information Systems: Zotero, EndNote, Reference Manager):
// records from "TY  -" to "ER  -", old and new tags, untagged continuation
// lines (a trailing " /" joins them), UTF-8 or, failing that, Latin-1.
class Ris
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Ris)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    static bool looksLikeRis(const QByteArray& head);
    // Every record; a record that does not end with ER is an error naming
    // its line, and so is text outside a record.
    static Result<QList<interop::Parsed>> read(const QByteArray& data, const QString& fileName,
                                               const Progress& progress = {});
    // The RIS tag a record field is read from ("title" -> "TI").
    static QString sourceField(const QString& recordField);
};

} // namespace infodoc::core

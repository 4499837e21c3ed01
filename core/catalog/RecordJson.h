#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace infodoc::core {

// The JSON shape of a record used by `infodoc-cli add/show/list/edit`
// (documented in the README). Reading checks the shape only; the catalogue
// rules (ISBN checksum, known subjects...) are checked when writing.
class RecordJson
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RecordJson)

public:
    static QJsonObject toJson(const Record& record);
    static Result<Record> fromJson(const QJsonObject& object);
    // Applies the fields present in `patch` over `record` (the others stay).
    static Result<Record> merge(const Record& record, const QJsonObject& patch);
};

} // namespace infodoc::core

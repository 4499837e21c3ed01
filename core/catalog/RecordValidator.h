#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace infodoc::core {

// The catalogue's rules for one record, checked before anything is written.
// Normalises what has a canonical form (ISBN, ISSN, spaces).
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RecordValidator)

public:
    struct Problem
    {
        QString field; // JSON field name, e.g. "isbn", "copies[2].barcode"
        QString message;
    };

    // Every problem found, for forms that show them inline.
    static QList<Problem> problems(const Record& record);
    // What deserves a second look but does not stop saving (a chapter
    // without its book, an article without its periodical).
    static QList<Problem> warnings(const Record& record);
    // The normalised record, or the first problem.
    static Result<Record> normalized(const Record& record);

    static bool isValidDate(const QString& date);
};

} // namespace infodoc::core

#pragma once

#include "core/catalog/Periodicals.h"
#include "core/common/Result.h"
#include "core/output/CentreIdentity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace infodoc::core {

class Database;

// The claim letters for late periodical issues: one letter per title, to its
// publisher, with the issues missing and the day each was expected, under
// the centre's identity. PDF or ODT after the file's extension.
class ClaimLetters
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ClaimLetters)

public:
    static QString html(const QList<Periodicals::Late>& late, const CentreIdentity& centre,
                        const QDate& date);
    // Writes the letters (whole or not at all) and notes the issues as claimed on `date`.
    static Status write(Database& db, const Clock& clock, const QList<Periodicals::Late>& late,
                        const QDate& date, const QString& path);
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace infodoc::core {

// ISBN and ISSN validation and normalisation.
class StandardNumber
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::StandardNumber)

public:
    // Accepts ISBN-10 or ISBN-13 with or without hyphens and spaces; returns
    // the ISBN-13 digits ("2-13-058804-6" -> "9782130588047"). Hyphenating
    // needs the ISBN range tables, so the digits are kept bare.
    static Result<QString> normalizeIsbn(const QString& input);
    // Accepts "0335-5322", "03355322"; returns "0335-5322".
    static Result<QString> normalizeIssn(const QString& input);
};

} // namespace infodoc::core

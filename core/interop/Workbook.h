#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace infodoc::core {

// A spreadsheet of several sheets (.xlsx), written whole or not at all:
// each cell a number (a QVariant holding a number) or text (never a
// formula). For the tables of a report; libxlsxwriter stays private to
// interop/XlsxTable.cpp.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Workbook)

public:
    struct Sheet
    {
        QString name;  // at most 31 characters are kept, each name once
        QString title; // a line above the table
        QStringList header;
        QList<QVariantList> rows;
    };
    static Status write(const QString& path, const QList<Sheet>& sheets);
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace infodoc::core::interop {

// One worksheet written row after row by libxlsxwriter (constant memory:
// each row goes to disk as it is added). Private to interop: only
// XlsxTable.cpp sees xlsxwriter.h.
class XlsxTable
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::interop::XlsxTable)

public:
    XlsxTable();
    ~XlsxTable();
    XlsxTable(const XlsxTable&) = delete;
    XlsxTable& operator=(const XlsxTable&) = delete;

    // The header row in bold, frozen and filtered; column widths from it.
    // Messages name `shownPath` (the file a partial one will become), else `path`.
    Status open(const QString& path, const QString& sheetName, const QStringList& header,
                const QString& shownPath = {});
    // Every cell a string (never a formula).
    Status addRow(const QStringList& cells);
    // Writes the file and syncs it to the disk; without close, nothing is
    // left but a partial file the caller removes.
    Status close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace infodoc::core::interop

#include "core/interop/XlsxTable_p.h"

#include <QDir>

#include <xlsxwriter.h>

namespace infodoc::core::interop {

struct XlsxTable::Private
{
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    QString path;
    QByteArray tmpdir; // libxlsxwriter keeps the pointer until the workbook is closed
    lxw_row_t row = 0;
    int columns = 0;
};

XlsxTable::XlsxTable() : d(std::make_unique<Private>()) {}

XlsxTable::~XlsxTable()
{
    // A table never closed: its workbook is freed without writing.
    if (d->workbook)
        lxw_workbook_free(d->workbook);
}

Status XlsxTable::open(const QString& path, const QString& sheetName, const QStringList& header)
{
    d->path = path;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    d->tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = d->tmpdir.data();
    d->workbook = workbook_new_opt(file.constData(), &options);
    if (!d->workbook)
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), tr("the workbook cannot be created"))};
    // Sheet names hold at most 31 characters, none of []:*?/\ .
    QString name = sheetName.left(31);
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, u' ');
    d->sheet = workbook_add_worksheet(d->workbook, name.toUtf8().constData());
    if (!d->sheet)
        return Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("the sheet cannot be added"))};
    lxw_format* bold = workbook_add_format(d->workbook);
    format_set_bold(bold);
    d->columns = int(header.size());
    for (int c = 0; c < d->columns; ++c) {
        const double width = qBound(10, int(header.at(c).size()) + 4, 40);
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        const QByteArray text = header.at(c).toUtf8();
        if (worksheet_write_string(d->sheet, 0, lxw_col_t(c), text.constData(), bold) != LXW_NO_ERROR)
            return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("the header row"))};
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->row = 1;
    return {};
}

Status XlsxTable::addRow(const QStringList& cells)
{
    // Excel holds 1,048,576 rows.
    if (d->row >= LXW_ROW_MAX)
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(d->path), tr("more rows than a sheet can hold"))};
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (cells.at(c).isEmpty())
            continue;
        // A cell holds at most 32,767 characters.
        const QByteArray text = cells.at(c).left(32767).toUtf8();
        const lxw_error e = worksheet_write_string(d->sheet, d->row, lxw_col_t(c), text.constData(), nullptr);
        if (e != LXW_NO_ERROR)
            return Error{tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(d->path), QString::fromUtf8(lxw_strerror(e)))};
    }
    ++d->row;
    return {};
}

Status XlsxTable::close()
{
    if (d->columns > 0 && d->row > 1)
        worksheet_autofilter(d->sheet, 0, 0, d->row - 1, lxw_col_t(d->columns - 1));
    const lxw_error e = workbook_close(d->workbook); // frees the workbook whatever happens
    d->workbook = nullptr;
    if (e != LXW_NO_ERROR)
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(d->path), QString::fromUtf8(lxw_strerror(e)))};
    return {};
}

} // namespace infodoc::core::interop

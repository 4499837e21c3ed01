#include "core/interop/XlsxTable_p.h"

#include "core/interop/Csv.h"
#include "core/interop/Workbook.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace infodoc::core::interop {

namespace {

// Why libxlsxwriter could not write: the system's reason when a file
// operation failed (a disk error, a full disk), else the library's.
QString failure(lxw_error e)
{
    return errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString::fromUtf8(lxw_strerror(e));
}

// The workbook's bytes on the disk before it takes the place of the
// previous file: libxlsxwriter writes through the C library and never
// syncs, so a disk that fails late says so here. Empty when all is well.
QString synced(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const bool ok = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    return ok ? QString() : QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

struct XlsxTable::Private
{
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    QString path;
    QString shown;     // the path named in messages (the file it will become)
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

Status XlsxTable::open(const QString& path, const QString& sheetName, const QStringList& header,
                       const QString& shownPath)
{
    d->path = path;
    d->shown = QDir::toNativeSeparators(shownPath.isEmpty() ? path : shownPath);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    d->tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = d->tmpdir.data();
    d->workbook = workbook_new_opt(file.constData(), &options);
    if (!d->workbook)
        return Error{tr("Cannot write %1: %2").arg(d->shown, tr("the workbook cannot be created"))};
    // Sheet names hold at most 31 characters, none of []:*?/\ .
    QString name = sheetName.left(31);
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, u' ');
    d->sheet = workbook_add_worksheet(d->workbook, name.toUtf8().constData());
    if (!d->sheet)
        return Error{tr("Cannot write %1: %2").arg(d->shown, tr("the sheet cannot be added"))};
    lxw_format* bold = workbook_add_format(d->workbook);
    format_set_bold(bold);
    d->columns = int(header.size());
    for (int c = 0; c < d->columns; ++c) {
        const double width = qBound(10, int(header.at(c).size()) + 4, 40);
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        const QByteArray text = header.at(c).toUtf8();
        if (worksheet_write_string(d->sheet, 0, lxw_col_t(c), text.constData(), bold) != LXW_NO_ERROR)
            return Error{tr("Cannot write %1: %2").arg(d->shown, tr("the header row"))};
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->row = 1;
    return {};
}

Status XlsxTable::addRow(const QStringList& cells)
{
    // Excel holds 1,048,576 rows.
    if (d->row >= LXW_ROW_MAX)
        return Error{tr("Cannot write %1: %2").arg(d->shown, tr("more rows than a sheet can hold"))};
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (cells.at(c).isEmpty())
            continue;
        // A cell holds at most 32,767 characters.
        const QByteArray text = cells.at(c).left(32767).toUtf8();
        const lxw_error e = worksheet_write_string(d->sheet, d->row, lxw_col_t(c), text.constData(), nullptr);
        if (e != LXW_NO_ERROR)
            return Error{tr("Cannot write %1: %2").arg(d->shown, QString::fromUtf8(lxw_strerror(e)))};
    }
    ++d->row;
    return {};
}

Status XlsxTable::close()
{
    if (d->columns > 0 && d->row > 1)
        worksheet_autofilter(d->sheet, 0, 0, d->row - 1, lxw_col_t(d->columns - 1));
    errno = 0;
    const lxw_error e = workbook_close(d->workbook); // frees the workbook whatever happens
    d->workbook = nullptr;
    if (e != LXW_NO_ERROR)
        return Error{tr("Cannot write %1: %2").arg(d->shown, failure(e))};
    if (const QString why = synced(d->path); !why.isEmpty())
        return Error{tr("Cannot write %1: %2").arg(d->shown, why)};
    return {};
}

} // namespace infodoc::core::interop

namespace infodoc::core {

Status Workbook::write(const QString& path, const QList<Sheet>& sheets)
{
    if (sheets.isEmpty())
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("there is no table"))};
    // Written beside, then put in place: never a half-written workbook.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    lxw_workbook_options options{};
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    const QByteArray file = QFile::encodeName(partial);
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook)
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), tr("the workbook cannot be created"))};
    auto fail = [&](const QString& why) {
        lxw_workbook_free(workbook);
        QFile::remove(partial);
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_font_size(heading, 13);
    QStringList used;
    for (const Sheet& sheet : sheets) {
        QString name = sheet.name.left(31);
        for (QChar c : QStringLiteral("[]:*?/\\"))
            name.replace(c, u' ');
        name = name.trimmed().isEmpty() ? QStringLiteral("Sheet") : name.trimmed();
        for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n)
            name = name.left(27) + QStringLiteral(" (%1)").arg(n);
        used.append(name);
        lxw_worksheet* ws = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!ws)
            return fail(tr("the sheet “%1” cannot be added").arg(name));
        lxw_row_t row = 0;
        if (!sheet.title.isEmpty()) {
            worksheet_write_string(ws, 0, 0, sheet.title.left(32767).toUtf8().constData(), heading);
            row = 2;
        }
        for (int c = 0; c < sheet.header.size(); ++c) {
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 40 : 14, nullptr);
            if (worksheet_write_string(ws, row, lxw_col_t(c), sheet.header.at(c).toUtf8().constData(),
                                       bold) != LXW_NO_ERROR)
                return fail(tr("the header row"));
        }
        ++row;
        for (const QVariantList& cells : sheet.rows) {
            if (row >= LXW_ROW_MAX)
                return fail(tr("more rows than a sheet can hold"));
            for (int c = 0; c < cells.size(); ++c) {
                const QVariant& v = cells.at(c);
                lxw_error e = LXW_NO_ERROR;
                const int type = v.typeId();
                if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong ||
                    type == QMetaType::UInt || type == QMetaType::ULongLong)
                    e = worksheet_write_number(ws, row, lxw_col_t(c), v.toDouble(), nullptr);
                else if (!v.toString().isEmpty())
                    // Written as a string, never a formula; after an apostrophe
                    // if it looks like one, for whoever saves it as CSV.
                    e = worksheet_write_string(
                        ws, row, lxw_col_t(c),
                        Csv::neutralised(v.toString()).left(32767).toUtf8().constData(), nullptr);
                if (e != LXW_NO_ERROR)
                    return fail(QString::fromUtf8(lxw_strerror(e)));
            }
            ++row;
        }
    }
    errno = 0;
    const lxw_error e = workbook_close(workbook);
    QString why = e != LXW_NO_ERROR ? interop::failure(e) : interop::synced(partial);
    // Renamed over the previous file in one step: never a moment without it.
    if (why.isEmpty() &&
        std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0)
        why = QString::fromLocal8Bit(std::strerror(errno));
    if (!why.isEmpty()) {
        QFile::remove(partial);
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    }
    return {};
}

} // namespace infodoc::core

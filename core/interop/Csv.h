#pragma once

#include "core/common/Result.h"
#include "core/interop/Parsed_p.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace infodoc::core {

// Which column of a spreadsheet goes to which field of a record: chosen by
// the user in the import assistant (a guess from the headers to start
// from), saved as a small JSON file to be used again (--mapping FILE).
struct CsvMapping
{
    QChar delimiter;                             // null: detected from the first line
    QString listSeparator = QStringLiteral(";"); // between several values of one cell
    QList<std::pair<QString, QString>> columns;  // header of the column -> field key (fields())

    // The field keys a column may go to: "title", "author", "isbn", "subjects", "barcode"…
    static QStringList fields();
    static QString fieldLabel(const QString& key); // translated, for the assistant
    // A mapping from the headers' names (French and English, Zotero's and
    // PMB's exports among them); columns not recognised are left out.
    static CsvMapping guess(const QStringList& header);

    static Result<CsvMapping> fromJson(const QByteArray& json, const QString& fileName);
    QByteArray toJson() const;
    static Result<CsvMapping> load(const QString& path);
    Status save(const QString& path) const;
};

// CSV as RFC 4180 has it and as spreadsheets write it: ',' ';' or tab,
// quoted cells with doubled quotes and line breaks inside, a BOM, CRLF,
// UTF-8 or else Windows-1252. Blank lines are skipped without being kept.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Csv)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    struct Row
    {
        int line = 0; // where the row starts
        QStringList cells;
    };
    struct Table
    {
        QChar delimiter;
        QString encoding; // "UTF-8" or "Windows-1252"
        QStringList header;
        QList<Row> rows;
    };

    static constexpr int kMaxColumns = 512;
    static constexpr qsizetype kMaxCellChars = qsizetype(1) << 20;

    static bool looksLikeCsv(const QByteArray& head, const QString& fileName);
    // One line of CSV, CRLF-ended: a cell with the delimiter, a quote or a
    // line break is quoted, its quotes doubled.
    static QString line(const QStringList& cells, QChar delimiter);
    // A cell starting with = + - @ (or a tab or carriage return) is what a
    // spreadsheet takes for a formula: it is written after an apostrophe.
    // Every text cell of every CSV or XLSX Infodoc writes goes through it.
    static QString neutralised(const QString& cell);
    static QChar detectDelimiter(QStringView firstLine);
    // The header and the rows; a quote never closed, a row of more than
    // kMaxColumns cells or a cell of more than kMaxCellChars characters is
    // an error naming its line.
    // The first line of a spreadsheet file, read from its first 256 KB (the
    // rest is read at the preview): the columns an assistant shows to map.
    static Result<QStringList> headerOfFile(const QString& path);
    static Result<Table> parse(const QByteArray& data, const QString& fileName, QChar delimiter = {},
                               const Progress& progress = {});
    // Every row as a record through the mapping (guessed from the first
    // line when it has no columns; `used` receives the one read with);
    // problems name the column.
    static Result<QList<interop::Parsed>> read(const QByteArray& data, const QString& fileName,
                                               const CsvMapping& mapping, const Progress& progress = {},
                                               CsvMapping* used = nullptr, QStringList* header = nullptr);
};

} // namespace infodoc::core

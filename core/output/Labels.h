#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace infodoc::core {

class Database;

// Labels on A4 label sheets: barcode labels for copies, spine labels (the
// call number over several lines) and borrower cards. Barcodes are drawn
// with libzint (Code 128 by default, Code 39 as an option) and painted with
// QPainter, so the PDF holds vector bars.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Labels)

public:
    // A sheet layout, in millimetres.
    struct Sheet
    {
        QString name;
        int columns = 3;
        int rows = 8;
        double width = 70; // a label
        double height = 36;
        double top = 4.5; // page margin above the first row
        double left = 0;  // page margin left of the first column
        double gapX = 0;  // between two columns
        double gapY = 0;  // between two rows
        int perSheet() const { return columns * rows; }
        // The label at position `index` (0-based, row by row) on its page.
        QRectF rectMm(int index) const;
    };
    // The usual layouts: 3x8, 3x7, 4x10, 2x7.
    static QList<Sheet> sheets();
    // A usual layout by name, or an edited one written
    // "COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY]" in millimetres
    // ("3x8:70x36@4.5,0"); anything else is an error that says so.
    static Result<Sheet> sheet(const QString& text);

    enum class Symbology
    {
        Code128,
        Code39
    };
    static Result<Symbology> symbology(const QString& name);

    // The centre's label sheets (settings "labels.*"): the layout and the
    // barcode chosen by default, and its own layouts by name, each written
    // as sheet() reads it ("Avery L7160 = 3x7:63.5x38.1@15.15,7.2,2.5,0").
    struct OwnLayout
    {
        QString name;
        QString layout;
    };
    struct Preferences
    {
        QString sheet = QStringLiteral("3x8"); // a usual layout, an own one by name, or an edited one
        QString barcode = QStringLiteral("code128");
        QList<OwnLayout> own;
        // The layout `text` names: an own layout's, else sheet(text).
        Result<Sheet> resolve(const QString& text) const;
    };
    static Result<Preferences> preferences(Database& db);
    // Refuses (naming it) an own layout without a name, twice the same name
    // or a layout sheet() cannot read, an unknown default or barcode.
    static Status setPreferences(Database& db, const Preferences& preferences);

    struct Label
    {
        QString barcode;    // drawn as a barcode, its text below; empty for none
        QStringList lines;  // text above the barcode (or the whole label)
        bool spine = false; // large centred lines (a spine label)
    };
    static Label copyLabel(const QString& barcode, const QString& title, const QString& callNumber,
                           const QString& centre);
    // "LOG 1 DUP" -> "LOG", "1", "DUP": one part per line.
    static Label spineLabel(const QString& callNumber);
    static Label borrowerCard(const QString& centre, const QString& name, const QString& card);

    // The copies to label: by barcode (each must exist), the copies of
    // records (a selection, a basket), or the copies of records created on
    // or after a day (new copies). Spine labels when `spine`.
    struct Copies
    {
        QStringList barcodes;
        QList<qint64> records;
        QDate createdSince;
    };
    static Result<QList<Label>> forCopies(Database& db, const Copies& copies, bool spine,
                                          const QString& centre);

    // Checks every barcode can be drawn (Code 39 takes capitals, digits and
    // - . $ / + % and space) and names the first that cannot.
    static Status check(const QList<Label>& labels, Symbology symbology);
    // Writes the labels to a PDF, starting at position `start` (1-based) of
    // the first sheet, so a partly used sheet can be finished.
    static Status writePdf(const QList<Label>& labels, const Sheet& sheet, int start, Symbology symbology,
                           const QString& path);
    // Paints onto a printer (print preview) or a PDF writer.
    static void paint(QPagedPaintDevice& device, const QList<Label>& labels, const Sheet& sheet, int start,
                      Symbology symbology);
    // One barcode in `rect` (device units); false when it cannot be encoded.
    static bool paintBarcode(QPainter& painter, const QRectF& rect, const QString& data, Symbology symbology);
};

} // namespace infodoc::core

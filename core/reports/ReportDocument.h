#pragma once

#include "core/common/Result.h"
#include "core/reports/ActivityReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPainter;
class QTextDocument;

namespace infodoc::core {

class Database;

// The activity report written out: PDF (charts as vector drawings) and ODT
// (charts as pictures) with the centre's identity, the documentalist's
// introduction and each section's figures, tables and charts; every table
// in one CSV (a row per value: section, table, row, column, value) and in
// an XLSX workbook (a sheet per table); JSON for scripts.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ReportDocument)

public:
    enum class Format
    {
        Pdf,
        Odt,
        Xlsx,
        Csv,
        Json,
    };
    static std::optional<Format> formatFromKey(const QString& key);
    static QString formatKeys();

    // Draws a table's chart in `area` (bars, shares or lines), in vector form on any painter.
    static void paintChart(QPainter& painter, const QRectF& area, const ReportTable& table,
                           const QColor& accent = QColor(0x1d, 0x5c, 0x8c));
    static QImage chartImage(const ReportTable& table, const QSize& size);

    // The laid-out document (charts as objects drawn at paint time, or as pictures).
    static std::unique_ptr<QTextDocument> toTextDocument(const ActivityReport& report, Database& db,
                                                         bool chartsAsPictures);
    static QString csv(const ActivityReport& report);

    // Whole or not at all.
    static Status write(const ActivityReport& report, Database& db, Format format, const QString& path);
};

} // namespace infodoc::core

#include "core/reports/ReportDocument.h"

#include "core/interop/Csv.h"
#include "core/interop/Workbook.h"
#include "core/output/CentreIdentity.h"
#include "core/output/DocumentFile.h"

#include <QAbstractTextDocumentLayout>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace infodoc::core {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 7;
constexpr int kChartIndex = QTextFormat::UserProperty + 7;

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QList<QColor> palette(const QColor& accent)
{
    return {accent,
            QColor(0x9a, 0xa5, 0xb1),
            QColor(0xd9, 0x82, 0x2b),
            QColor(0x4c, 0x9a, 0x5f),
            QColor(0xa2, 0x4b, 0x8a),
            QColor(0xc9, 0xb0, 0x37),
            QColor(0x3f, 0x9b, 0xb5),
            QColor(0xb5, 0x4a, 0x3f),
            QColor(0x6b, 0x6b, 0xc2),
            QColor(0x7a, 0x5c, 0x3e),
            QColor(0x2e, 0x7d, 0x6b),
            QColor(0xd1, 0x6d, 0x9e),
            QColor(0x88, 0x88, 0x88)};
}

double maxValue(const ReportTable& t)
{
    double m = 0;
    for (const auto& r : t.rows)
        for (double v : r.values)
            m = std::max(m, v);
    return m;
}

// A round step for an axis up to `top`.
double niceStep(double top)
{
    if (top <= 0)
        return 1;
    const double raw = top / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= f * magnitude)
            return f * magnitude;
    return 10 * magnitude;
}

void legend(QPainter& p, const QRectF& area, const QStringList& names, const QList<QColor>& colours)
{
    const QFontMetricsF fm(p.font());
    qreal x = area.left();
    const qreal h = fm.height();
    for (int i = 0; i < names.size(); ++i) {
        p.fillRect(QRectF(x, area.top() + h * 0.2, h * 0.6, h * 0.6), colours.value(i % colours.size()));
        x += h;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, area.top() + fm.ascent()), names.at(i));
        x += fm.horizontalAdvance(names.at(i)) + h;
    }
}

void paintBars(QPainter& p, const QRectF& area, const ReportTable& t, const QList<QColor>& colours)
{
    const QFontMetricsF fm(p.font());
    const qreal legendH = fm.height() * 1.4;
    legend(p, area, t.columns, colours);
    const QRectF plot = area.adjusted(0, legendH, 0, 0);
    const int n = int(t.rows.size());
    const int series = std::max(1, int(t.columns.size()));
    const qreal labelW = plot.width() * 0.34;
    const qreal rowH = plot.height() / std::max(1, n);
    const double top = std::max(1.0, maxValue(t));
    const qreal barArea = plot.width() - labelW - fm.horizontalAdvance(QStringLiteral("000 000")) - 8;
    for (int i = 0; i < n; ++i) {
        const auto& r = t.rows.at(i);
        const qreal y = plot.top() + i * rowH;
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(r.label, Qt::ElideRight, labelW - 6));
        const qreal barH = rowH * 0.8 / series;
        for (int s = 0; s < series; ++s) {
            const double v = r.values.value(s);
            const qreal w = barArea * v / top;
            const QRectF bar(plot.left() + labelW, y + rowH * 0.1 + s * barH, std::max<qreal>(w, 0.5),
                             barH * 0.9);
            p.fillRect(bar, colours.value(s % colours.size()));
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(QPointF(bar.right() + 4, bar.center().y() + fm.ascent() / 2 - 1),
                       number(v, t.decimals));
        }
    }
}

void paintShares(QPainter& p, const QRectF& area, const ReportTable& t, const QList<QColor>& colours)
{
    double total = 0;
    for (const auto& r : t.rows)
        total += r.values.value(0);
    const QFontMetricsF fm(p.font());
    const qreal side = std::min(area.height(), area.width() * 0.45);
    const QRectF pie(area.left(), area.top(), side, side);
    if (total <= 0) {
        p.setPen(Qt::gray);
        p.drawEllipse(pie);
        p.drawText(pie, Qt::AlignCenter, ReportDocument::tr("nothing this period"));
        return;
    }
    int start = 90 * 16;
    for (int i = 0; i < t.rows.size(); ++i) {
        const double v = t.rows.at(i).values.value(0);
        const int span = -int(std::lround(5760.0 * v / total));
        QPainterPath path;
        path.moveTo(pie.center());
        path.arcTo(pie, start / 16.0, span / 16.0);
        path.closeSubpath();
        p.setPen(QPen(Qt::white, side / 200));
        p.setBrush(colours.value(i % colours.size()));
        p.drawPath(path);
        start += span;
    }
    // The legend with the shares.
    const qreal x = pie.right() + fm.height();
    const qreal h = std::min(fm.height() * 1.25, area.height() / std::max(1, int(t.rows.size())));
    for (int i = 0; i < t.rows.size(); ++i) {
        const auto& r = t.rows.at(i);
        const qreal y = area.top() + i * h;
        p.fillRect(QRectF(x, y + h * 0.2, h * 0.6, h * 0.6), colours.value(i % colours.size()));
        p.setPen(Qt::black);
        const QString text = QStringLiteral("%1 — %2 (%3 %)")
                                 .arg(r.label, number(r.values.value(0), t.decimals),
                                      number(100.0 * r.values.value(0) / total, 1));
        p.drawText(QRectF(x + h, y, area.right() - x - h, h), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideMiddle, area.right() - x - h));
    }
}

void paintLines(QPainter& p, const QRectF& area, const ReportTable& t, const QList<QColor>& colours)
{
    const QFontMetricsF fm(p.font());
    legend(p, area, t.columns, colours);
    const qreal axisW = fm.horizontalAdvance(QStringLiteral("000 000")) + 6;
    const QRectF plot = area.adjusted(axisW, fm.height() * 1.6, -fm.height(), -fm.height() * 1.6);
    const double step = niceStep(maxValue(t));
    const double top = std::max(step, std::ceil(maxValue(t) / step) * step);
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0));
    for (double v = 0; v <= top + step / 2; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, axisW - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, number(v, 0));
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0));
    }
    const int n = int(t.rows.size());
    auto xAt = [&](int i) { return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1); };
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i)
        p.drawText(QRectF(xAt(i) - 40, plot.bottom() + 2, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   t.rows.at(i).label);
    for (int s = 0; s < t.columns.size(); ++s) {
        QPainterPath path;
        for (int i = 0; i < n; ++i) {
            const QPointF pt(xAt(i), plot.bottom() - plot.height() * t.rows.at(i).values.value(s) / top);
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(colours.value(s % colours.size()), std::max<qreal>(1, area.height() / 150)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
}

// Draws a chart where the document holds its object, at paint time: vector in a PDF.
class ChartHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartHandler(QColor accent, QObject* parent) : QObject(parent), m_accent(accent) {}

    int add(const ReportTable& table)
    {
        m_tables.append(table);
        return int(m_tables.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat&) override
    {
        const QPaintDevice* device = doc->documentLayout()->paintDevice();
        const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
        const qreal mm = 96 / 25.4 * scale;
        return {170 * mm, 62 * mm};
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        const int index = format.property(kChartIndex).toInt();
        if (index < 0 || index >= m_tables.size())
            return;
        painter->save();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(7);
        painter->setFont(font);
        ReportDocument::paintChart(*painter, rect, m_tables.at(index), m_accent);
        painter->restore();
    }

private:
    QList<ReportTable> m_tables;
    QColor m_accent;
};

QString esc(const QString& t)
{
    return t.toHtmlEscaped();
}

QString tableHtml(const ReportTable& t, bool withChange)
{
    QString h = QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                               "<tr style=\"background-color:#eef2f6\"><th align=\"left\">%1</th>")
                    .arg(esc(t.labelHeading));
    for (const QString& c : t.columns)
        h += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(c));
    if (withChange)
        h += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(ReportDocument::tr("Change")));
    h += QStringLiteral("</tr>");
    for (const auto& r : t.rows) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(r.label));
        for (int c = 0; c < t.columns.size(); ++c)
            h += QStringLiteral("<td align=\"right\">%1</td>").arg(number(r.values.value(c), t.decimals));
        if (withChange) {
            const double now = r.values.value(0), before = r.values.value(1);
            h += QStringLiteral("<td align=\"right\">%1</td>")
                     .arg(before > 0
                              ? QStringLiteral("%1%2 %").arg(now >= before ? QStringLiteral("+") : QString(),
                                                             number(100.0 * (now - before) / before, 0))
                              : QStringLiteral("—"));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

std::optional<ReportDocument::Format> ReportDocument::formatFromKey(const QString& key)
{
    static const std::pair<const char*, Format> formats[] = {{"pdf", Format::Pdf},
                                                             {"odt", Format::Odt},
                                                             {"xlsx", Format::Xlsx},
                                                             {"csv", Format::Csv},
                                                             {"json", Format::Json}};
    for (const auto& [name, format] : formats)
        if (key == QLatin1String(name))
            return format;
    return std::nullopt;
}

QString ReportDocument::formatKeys()
{
    return QStringLiteral("pdf, odt, xlsx, csv, json");
}

void ReportDocument::paintChart(QPainter& painter, const QRectF& area, const ReportTable& table,
                                const QColor& accent)
{
    if (table.rows.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QColor> colours = palette(accent);
    switch (table.chart) {
    case ReportTable::Chart::Bars:
        paintBars(painter, area, table, colours);
        break;
    case ReportTable::Chart::Shares:
        paintShares(painter, area, table, colours);
        break;
    case ReportTable::Chart::Lines:
        paintLines(painter, area, table, colours);
        break;
    case ReportTable::Chart::None:
        break;
    }
}

QImage ReportDocument::chartImage(const ReportTable& table, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(10, size.height() / 24));
    p.setFont(font);
    paintChart(p, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(4, 4, -4, -4), table);
    return image;
}

std::unique_ptr<QTextDocument> ReportDocument::toTextDocument(const ActivityReport& report, Database& db,
                                                              bool chartsAsPictures)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    doc->setDefaultFont(base);
    const auto centre = CentreSettings(db).load();
    const CentreIdentity identity = centre ? *centre : CentreIdentity{};
    const QColor accent(identity.accentColour);
    int charts = 0;
    ChartHandler* handler = nullptr;
    if (!chartsAsPictures) {
        handler = new ChartHandler(accent, doc.get());
        doc->documentLayout()->registerHandler(kChartObject, handler);
    }
    QTextCursor cursor(doc.get());
    const QLocale locale;
    QString head;
    if (!identity.logo.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(identity.logo)) {
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")),
                             logo.scaledToHeight(std::min(logo.height(), 240), Qt::SmoothTransformation));
            head += QStringLiteral("<p><img src=\"logo\" height=\"60\"/></p>");
        }
    }
    const QString period =
        report.from == QDate(report.from.year(), 1, 1) && report.to == QDate(report.from.year(), 12, 31)
            ? QString::number(report.from.year())
            : tr("%1 to %2")
                  .arg(locale.toString(report.from, QLocale::LongFormat),
                       locale.toString(report.to, QLocale::LongFormat));
    head += QStringLiteral("<h1 style=\"color:%1\">%2</h1><p><b>%3</b><br/>%4</p>")
                .arg(accent.name(), esc(tr("Activity report %1").arg(period)), esc(identity.name),
                     esc(identity.address).replace(QLatin1String("\n"), QLatin1String("<br/>")));
    head += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr("Compared with %1 to %2.")
                             .arg(locale.toString(report.previousFrom, QLocale::ShortFormat),
                                  locale.toString(report.previousTo, QLocale::ShortFormat))));
    if (!report.introduction.trimmed().isEmpty()) {
        for (const QString& para : report.introduction.split(QStringLiteral("\n\n")))
            head += QStringLiteral("<p>%1</p>")
                        .arg(esc(para).replace(QLatin1String("\n"), QLatin1String("<br/>")));
    }
    cursor.insertHtml(head);

    auto insertChart = [&](const ReportTable& t) {
        if (t.chart == ReportTable::Chart::None || t.rows.isEmpty())
            return;
        cursor.insertBlock();
        if (!handler) {
            const QString name = QStringLiteral("chart%1").arg(charts);
            doc->addResource(QTextDocument::ImageResource, QUrl(name), chartImage(t, QSize(1700, 620)));
            QTextImageFormat image;
            image.setName(name);
            image.setWidth(640);
            image.setHeight(233);
            cursor.insertImage(image);
        } else {
            QTextCharFormat object;
            object.setObjectType(kChartObject);
            object.setProperty(kChartIndex, handler->add(t));
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
        ++charts;
        cursor.insertBlock();
    };

    for (const ReportSection& s : report.sections) {
        // Each section starts a page.
        QTextBlockFormat newPage;
        newPage.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(newPage);
        cursor.insertHtml(QStringLiteral("<h2 style=\"color:%1\">%2</h2>").arg(accent.name(), esc(s.title)));
        if (!s.note.isEmpty()) {
            cursor.insertBlock();
            cursor.insertHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(s.note)));
        }
        if (!s.available)
            continue;
        if (!s.figures.rows.isEmpty()) {
            cursor.insertBlock();
            cursor.insertHtml(tableHtml(s.figures, true));
        }
        for (const ReportTable& t : s.tables) {
            cursor.insertBlock();
            cursor.insertHtml(QStringLiteral("<h3>%1</h3>").arg(esc(t.title)));
            if (t.rows.isEmpty()) {
                cursor.insertBlock();
                cursor.insertHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Nothing in this period."))));
                continue;
            }
            insertChart(t);
            cursor.insertHtml(
                tableHtml(t, t.columns.size() == 2 && t.key != QLatin1String("newsletter_issues")));
        }
    }
    return doc;
}

QString ReportDocument::csv(const ActivityReport& report)
{
    const QChar comma(u',');
    // A cell a spreadsheet would take for a formula is written after an apostrophe.
    const auto cell = &Csv::neutralised;
    QString out = Csv::line({QStringLiteral("section"), QStringLiteral("table"), QStringLiteral("row"),
                             QStringLiteral("label"), QStringLiteral("column"), QStringLiteral("value")},
                            comma);
    for (const ReportSection& s : report.sections) {
        QList<const ReportTable*> tables{&s.figures};
        for (const ReportTable& t : s.tables)
            tables.append(&t);
        for (const ReportTable* t : tables)
            for (const auto& r : t->rows)
                for (int c = 0; c < t->columns.size(); ++c)
                    out += Csv::line({s.key, t->key, cell(r.key), cell(r.label), cell(t->columns.at(c)),
                                      QString::number(r.values.value(c), 'f', t->decimals)},
                                     comma);
    }
    return out;
}

Status ReportDocument::write(const ActivityReport& report, Database& db, Format format, const QString& path)
{
    switch (format) {
    case Format::Json:
        return DocumentFile::saveBytes(
            QJsonDocument(ActivityReports::toJson(report)).toJson(QJsonDocument::Indented), path);
    case Format::Csv:
        return DocumentFile::saveBytes(QByteArray("\xEF\xBB\xBF") + csv(report).toUtf8(), path);
    case Format::Xlsx: {
        QList<Workbook::Sheet> sheets;
        for (const ReportSection& s : report.sections) {
            QList<const ReportTable*> tables{&s.figures};
            for (const ReportTable& t : s.tables)
                tables.append(&t);
            for (const ReportTable* t : tables) {
                if (t->rows.isEmpty() && t != &s.figures)
                    continue;
                Workbook::Sheet sheet;
                sheet.name = t == &s.figures ? s.title : t->title;
                sheet.title = t == &s.figures ? s.title : s.title + QStringLiteral(" — ") + t->title;
                sheet.header = QStringList{t->labelHeading} + t->columns;
                for (const auto& r : t->rows) {
                    QVariantList cells{r.label};
                    for (int c = 0; c < t->columns.size(); ++c)
                        cells.append(t->decimals > 0 ? QVariant(std::round(r.values.value(c) * 10) / 10)
                                                     : QVariant(std::round(r.values.value(c))));
                    sheet.rows.append(cells);
                }
                sheets.append(sheet);
            }
        }
        return Workbook::write(path, sheets);
    }
    case Format::Pdf:
    case Format::Odt: {
        auto doc = toTextDocument(report, db, format == Format::Odt);
        const QString title = tr("Activity report");
        return format == Format::Pdf ? DocumentFile::savePdf(*doc, path, title, report.centre)
                                     : DocumentFile::saveOdt(*doc, path);
    }
    }
    return Error{tr("Unknown format")};
}

} // namespace infodoc::core

#include "ReportDocument.moc"

#include "core/output/Labels.h"

#include "core/output/DocumentFile.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QSqlQuery>

#include <zint.h>

#include <memory>

namespace infodoc::core {

namespace {

constexpr const char* kLabelsContext = "infodoc::core::Labels";

struct SymbolDeleter
{
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};
using Symbol = std::unique_ptr<zint_symbol, SymbolDeleter>;

Symbol encode(const QString& data, Labels::Symbology symbology, QString* error)
{
    Symbol symbol(ZBarcode_Create());
    if (!symbol) {
        if (error)
            *error = QStringLiteral("out of memory");
        return nullptr;
    }
    symbol->symbology = symbology == Labels::Symbology::Code39 ? BARCODE_CODE39 : BARCODE_CODE128;
    symbol->show_hrt = 0; // the text is laid out by us
    symbol->output_options |= BARCODE_QUIET_ZONES;
    const QByteArray bytes = data.toUtf8();
    const int code = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), 0);
    if (code >= ZINT_ERROR) {
        if (error)
            *error = QString::fromLatin1(symbol->errtxt);
        return nullptr;
    }
    return symbol;
}

} // namespace

Result<Labels::Sheet> Labels::Preferences::resolve(const QString& text) const
{
    for (const OwnLayout& o : own) {
        if (o.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            auto s = Labels::sheet(o.layout);
            if (s)
                s->name = o.name;
            return s;
        }
    }
    return Labels::sheet(text);
}

Result<Labels::Preferences> Labels::preferences(Database& db)
{
    const auto values = Settings::values(db, QStringLiteral("labels."), kLabelsContext);
    if (!values)
        return values.error();
    Preferences p;
    p.sheet = values->value(QStringLiteral("labels.sheet"), p.sheet);
    p.barcode = values->value(QStringLiteral("labels.barcode"), p.barcode);
    // One layout a line: "name = layout".
    for (const QString& line : values->value(QStringLiteral("labels.own")).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.lastIndexOf(u'=');
        if (eq <= 0)
            continue;
        p.own.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return p;
}

Status Labels::setPreferences(Database& db, const Preferences& p)
{
    QStringList names;
    QStringList lines;
    for (const OwnLayout& o : p.own) {
        const QString name = o.name.simplified();
        if (name.isEmpty() || name.contains(u'='))
            return Error{tr("A label layout needs a name (without \"=\"): %1").arg(o.layout)};
        if (names.contains(name, Qt::CaseInsensitive))
            return Error{tr("Two label layouts are named \"%1\".").arg(name)};
        if (auto s = sheet(o.layout); !s)
            return Error{tr("Label layout \"%1\": %2").arg(name, s.errorMessage())};
        names.append(name);
        lines.append(name + QStringLiteral(" = ") + o.layout.trimmed());
    }
    if (auto s = p.resolve(p.sheet); !s)
        return s.error();
    if (auto s = symbology(p.barcode); !s)
        return s.error();
    return Settings::write(db,
                           {{QStringLiteral("labels.sheet"), p.sheet.trimmed()},
                            {QStringLiteral("labels.barcode"), p.barcode.trimmed().toLower()},
                            {QStringLiteral("labels.own"), lines.join(u'\n')}},
                           kLabelsContext);
}

QRectF Labels::Sheet::rectMm(int index) const
{
    const int onPage = index % perSheet();
    const int row = onPage / columns;
    const int column = onPage % columns;
    return QRectF(left + column * (width + gapX), top + row * (height + gapY), width, height);
}

QList<Labels::Sheet> Labels::sheets()
{
    return {
        {QStringLiteral("3x8"), 3, 8, 70, 36, 4.5, 0, 0, 0},
        {QStringLiteral("3x7"), 3, 7, 63.5, 38.1, 15.15, 7.2, 2.5, 0},
        {QStringLiteral("4x10"), 4, 10, 48.5, 25.4, 21.5, 8, 0, 0},
        {QStringLiteral("2x7"), 2, 7, 99.1, 38.1, 15.15, 4.65, 2.5, 0},
    };
}

Result<Labels::Sheet> Labels::sheet(const QString& text)
{
    for (const Sheet& s : sheets()) {
        if (s.name == text.trimmed())
            return s;
    }
    static const QRegularExpression form(QStringLiteral(
        "^(\\d+)x(\\d+):(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)@(\\d+(?:\\.\\d+)?),(\\d+(?:\\.\\d+)?)"
        "(?:,(\\d+(?:\\.\\d+)?),(\\d+(?:\\.\\d+)?))?$"));
    const auto m = form.match(text.trimmed());
    QStringList names;
    for (const Sheet& s : sheets())
        names.append(s.name);
    if (!m.hasMatch())
        return Error{
            tr("Unknown label layout \"%1\": one of %2, or COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY] in "
               "millimetres (for example 3x8:70x36@4.5,0).")
                .arg(text, names.join(QStringLiteral(", ")))};
    Sheet s;
    s.name = text.trimmed();
    s.columns = m.captured(1).toInt();
    s.rows = m.captured(2).toInt();
    s.width = m.captured(3).toDouble();
    s.height = m.captured(4).toDouble();
    s.top = m.captured(5).toDouble();
    s.left = m.captured(6).toDouble();
    s.gapX = m.captured(7).isEmpty() ? 0 : m.captured(7).toDouble();
    s.gapY = m.captured(8).isEmpty() ? 0 : m.captured(8).toDouble();
    const double right = s.left + s.columns * s.width + (s.columns - 1) * s.gapX;
    const double bottom = s.top + s.rows * s.height + (s.rows - 1) * s.gapY;
    if (s.columns < 1 || s.rows < 1 || s.columns > 10 || s.rows > 40 || s.width < 10 || s.height < 8 ||
        right > 210.01 || bottom > 297.01)
        return Error{
            tr("The label layout \"%1\" does not fit on an A4 sheet (210 × 297 mm) or its labels are too "
               "small (at least 10 × 8 mm).")
                .arg(text)};
    return s;
}

Result<Labels::Symbology> Labels::symbology(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("code128"))
        return Symbology::Code128;
    if (n == QLatin1String("code39"))
        return Symbology::Code39;
    return Error{tr("Unknown barcode \"%1\": code128 or code39.").arg(name)};
}

Labels::Label Labels::copyLabel(const QString& barcode, const QString& title, const QString& callNumber,
                                const QString& centre)
{
    QStringList lines;
    if (!centre.isEmpty())
        lines.append(centre);
    lines.append(title);
    if (!callNumber.isEmpty())
        lines.append(callNumber);
    return {barcode, lines, false};
}

Labels::Label Labels::spineLabel(const QString& callNumber)
{
    return {QString(), callNumber.split(u' ', Qt::SkipEmptyParts), true};
}

Labels::Label Labels::borrowerCard(const QString& centre, const QString& name, const QString& card)
{
    QStringList lines;
    if (!centre.isEmpty())
        lines.append(centre);
    lines.append(name);
    return {card, lines, false};
}

Result<QList<Labels::Label>> Labels::forCopies(Database& db, const Copies& copies, bool spine,
                                               const QString& centre)
{
    static const char* const readError =
        QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the copies to label");
    const QString columns = QStringLiteral("SELECT c.barcode, r.title, COALESCE(NULLIF(c.call_number, ''), "
                                           "r.call_number) FROM copy c JOIN record r ON "
                                           "r.id = c.record_id ");
    QList<Label> labels;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto add = [&] {
        labels.append(
            spine ? spineLabel(q.value(2).toString())
                  : copyLabel(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), centre));
    };
    for (const QString& barcode : copies.barcodes) {
        q.prepare(columns + QStringLiteral("WHERE c.barcode = ?"));
        q.addBindValue(barcode.trimmed());
        const qsizetype before = labels.size();
        if (auto s = eachRow(q, readError, add); !s)
            return s.error();
        if (labels.size() == before)
            return Error{tr("Unknown copy: no copy has the barcode %1.").arg(barcode.trimmed())};
    }
    for (qint64 record : copies.records) {
        q.prepare(columns + QStringLiteral("WHERE c.record_id = ? ORDER BY c.id"));
        q.addBindValue(record);
        if (auto s = eachRow(q, readError, add); !s)
            return s.error();
    }
    if (copies.createdSince.isValid()) {
        q.prepare(columns + QStringLiteral("WHERE r.created >= ? ORDER BY r.id, c.id"));
        q.addBindValue(copies.createdSince.toString(Qt::ISODate));
        if (auto s = eachRow(q, readError, add); !s)
            return s.error();
    }
    return labels;
}

Status Labels::check(const QList<Label>& labels, Symbology symbology)
{
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i).barcode.isEmpty())
            continue;
        QString error;
        if (!encode(labels.at(i).barcode, symbology, &error))
            return Error{tr("Label %1: the barcode \"%2\" cannot be drawn (%3).")
                             .arg(i + 1)
                             .arg(labels.at(i).barcode, error)};
    }
    return Status::success();
}

bool Labels::paintBarcode(QPainter& painter, const QRectF& rect, const QString& data, Symbology symbology)
{
    Symbol symbol = encode(data, symbology, nullptr);
    if (!symbol || !symbol->vector || symbol->vector->width <= 0 || symbol->vector->height <= 0)
        return false;
    // The bars fill the rectangle's width; their height is the rectangle's.
    const double sx = rect.width() / symbol->vector->width;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const zint_vector_rect* r = symbol->vector->rectangles; r; r = r->next) {
        if (r->colour != -1 && r->colour != 7)
            continue;
        painter.drawRect(QRectF(rect.left() + r->x * sx, rect.top(), r->width * sx, rect.height()));
    }
    painter.restore();
    return true;
}

void Labels::paint(QPagedPaintDevice& device, const QList<Label>& labels, const Sheet& sheet, int start,
                   Symbology symbology)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter(&device);
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    const int first = std::clamp(start, 1, sheet.perSheet()) - 1;
    QFont font(QStringLiteral("DejaVu Sans"));
    for (int i = 0; i < labels.size(); ++i) {
        const int position = first + i;
        if (i > 0 && position % sheet.perSheet() == 0)
            device.newPage();
        const QRectF mm = sheet.rectMm(position);
        const QRectF box(mm.x() * dotsPerMm, mm.y() * dotsPerMm, mm.width() * dotsPerMm,
                         mm.height() * dotsPerMm);
        const QRectF inner = box.adjusted(2.5 * dotsPerMm, 2 * dotsPerMm, -2.5 * dotsPerMm, -2 * dotsPerMm);
        const Label& label = labels.at(i);
        if (label.spine) {
            font.setBold(true);
            font.setPixelSize(int(std::min(inner.height() / std::max<qsizetype>(1, label.lines.size()) * 0.7,
                                           6.0 * dotsPerMm)));
            painter.setFont(font);
            painter.drawText(inner, Qt::AlignCenter, label.lines.join(u'\n'));
            continue;
        }
        font.setBold(false);
        const double lineHeight = std::min(inner.height() / 9.0, 3.2 * dotsPerMm);
        font.setPixelSize(std::max(1, int(lineHeight * 0.8)));
        painter.setFont(font);
        const QFontMetricsF metrics(font, &device);
        double y = inner.top();
        const double textBottom =
            label.barcode.isEmpty() ? inner.bottom() : inner.top() + inner.height() * 0.4;
        for (const QString& line : label.lines) {
            if (y + lineHeight > textBottom + 0.1)
                break;
            painter.drawText(QRectF(inner.left(), y, inner.width(), lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(line, Qt::ElideRight, inner.width()));
            y += lineHeight;
        }
        if (label.barcode.isEmpty())
            continue;
        const double textHeight = lineHeight;
        const QRectF bars(inner.left(), std::max(y, textBottom) + 0.5 * dotsPerMm, inner.width(),
                          inner.bottom() - std::max(y, textBottom) - textHeight - 1 * dotsPerMm);
        if (bars.height() > 2 * dotsPerMm)
            paintBarcode(painter, bars, label.barcode, symbology);
        painter.drawText(QRectF(inner.left(), inner.bottom() - textHeight, inner.width(), textHeight),
                         Qt::AlignCenter, label.barcode);
    }
}

Status Labels::writePdf(const QList<Label>& labels, const Sheet& sheet, int start, Symbology symbology,
                        const QString& path)
{
    if (labels.isEmpty())
        return Error{tr("There is no label to print.")};
    if (start < 1 || start > sheet.perSheet())
        return Error{tr("The first label is a position from 1 to %1 on this sheet (not %2).")
                         .arg(sheet.perSheet())
                         .arg(start)};
    if (auto s = check(labels, symbology); !s)
        return s;
    return DocumentFile::savePdf(path, tr("Labels"), [&](QPagedPaintDevice& device) {
        paint(device, labels, sheet, start, symbology);
    });
}

} // namespace infodoc::core

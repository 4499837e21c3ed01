#include "core/demo/SimplePdfWriter.h"

namespace infodoc::core {

namespace {

constexpr int kTop = 790;
constexpr int kBottom = 60;
constexpr int kLeft = 56;

// PDF string in WinAnsiEncoding (Windows-1252), with ( ) \ escaped.
QByteArray pdfString(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '(';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char b = '?';
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            b = char(u);
        else if (u == u'œ')
            b = char(0x9C);
        else if (u == u'Œ')
            b = char(0x8C);
        else if (u == u'’')
            b = char(0x92);
        else if (u == u'–')
            b = char(0x96);
        else if (u == u'—')
            b = char(0x97);
        else if (u == u'…')
            b = char(0x85);
        else if (u == u'€')
            b = char(0x80);
        else if (u == u'\u202F')
            b = char(0xA0);
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        out += b;
    }
    out += ')';
    return out;
}

QStringList wrap(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

void SimplePdfWriter::newPage()
{
    m_pages.append(Page{{}, kTop});
}

void SimplePdfWriter::addLine(const QString& text, int size)
{
    if (m_pages.isEmpty() || m_pages.last().y - size < kBottom)
        newPage();
    Page& page = m_pages.last();
    page.content += "BT /F" + QByteArray(size > 11 ? "2" : "1") + ' ' + QByteArray::number(size) + " Tf " +
                    QByteArray::number(kLeft) + ' ' + QByteArray::number(page.y) + " Td " + pdfString(text) +
                    " Tj ET\n";
    page.y -= size + 4;
}

void SimplePdfWriter::addHeading(const QString& text)
{
    for (const QString& line : wrap(text, 60))
        addLine(line, 15);
    if (!m_pages.isEmpty())
        m_pages.last().y -= 6;
}

void SimplePdfWriter::addParagraph(const QString& text)
{
    for (const QString& line : wrap(text, 92))
        addLine(line, 10);
    if (!m_pages.isEmpty())
        m_pages.last().y -= 8;
}

QByteArray SimplePdfWriter::toPdf() const
{
    QList<Page> pages = m_pages;
    if (pages.isEmpty())
        pages.append(Page{});
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    // 1 catalog, 2 pages, 3-4 fonts, 5 info, then (page, content) pairs.
    const int firstPage = 6;
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    object("<< /Title " + pdfString(m_title) + " /Producer (Infodoc) >>");
    for (int i = 0; i < pages.size(); ++i) {
        object(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
            ">> >> /Contents " +
            QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>");
        object("<< /Length " + QByteArray::number(pages.at(i).content.size()) + " >>\nstream\n" +
               pages.at(i).content + "endstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace infodoc::core

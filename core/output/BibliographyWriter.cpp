#include "core/output/BibliographyWriter.h"

#include "core/interop/ReferenceExport.h"
#include "core/output/DocumentFile.h"

#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace infodoc::core {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString multiline(const QString& s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br/>"));
}

QList<CslItem> itemsOf(const Bibliography& b)
{
    QList<CslItem> items;
    for (const auto& g : b.groups)
        for (const auto& e : g.entries)
            items.append(e.item);
    return items;
}

QString numberPrefix(const Bibliography& b, const Bibliography::Entry& e)
{
    return b.style == Iso690::Style::Numeric ? QString::number(e.number) + QStringLiteral(". ") : QString();
}

// The body shared by the XHTML file and the printable document; `logoSource`
// is where the logo image is found (a data: address or a document resource).
QString bodyHtml(const Bibliography& b, const QString& logoSource)
{
    QString html;
    const CentreIdentity& c = b.centre;
    if (!c.name.isEmpty() || !c.address.isEmpty() || !c.logo.isEmpty()) {
        html += QStringLiteral("<table class=\"centre\" width=\"100%\"><tr>");
        if (!c.logo.isEmpty())
            html += QStringLiteral("<td width=\"90\"><img src=\"%1\" alt=\"%2\" height=\"64\"/></td>")
                        .arg(esc(logoSource), esc(c.name));
        html += QStringLiteral("<td><p class=\"centre-name\">%1</p><p class=\"centre-address\">%2</p></td>")
                    .arg(esc(Iso690::typography(c.name)),
                         multiline(QStringList({c.address, c.website, c.email})
                                       .filter(QRegularExpression(QStringLiteral("\\S")))
                                       .join(u'\n')));
        html += QStringLiteral("</tr></table>");
    }
    const QString title = BibliographyWriter::titleOf(b);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    if (!b.introduction.isEmpty()) {
        for (const QString& paragraph : b.introduction.split(u'\n', Qt::SkipEmptyParts))
            html += QStringLiteral("<p class=\"intro\">%1</p>").arg(esc(paragraph));
    }
    html += QStringLiteral("<p class=\"count\">%1</p>")
                .arg(esc(BibliographyWriter::tr("%n reference(s)", nullptr, b.count())));
    for (const auto& g : b.groups) {
        if (!g.heading.isEmpty())
            html += QStringLiteral("<h2>%1</h2>").arg(esc(g.heading));
        for (const auto& e : g.entries) {
            html += QStringLiteral("<div class=\"entry\" id=\"%1\">").arg(esc(e.item.id));
            html += QStringLiteral("<p class=\"reference\">%1%2</p>")
                        .arg(esc(numberPrefix(b, e)), e.reference.toHtml());
            if (!e.abstract.isEmpty())
                html += QStringLiteral("<p class=\"abstract\">%1</p>").arg(multiline(e.abstract));
            if (!e.holdings.isEmpty())
                html += QStringLiteral("<p class=\"holdings\">%1</p>").arg(esc(e.holdings));
            html += QStringLiteral("</div>");
        }
    }
    return html;
}

QString styleSheet(const Bibliography& b)
{
    const QString accent = esc(b.centre.accentColour);
    return QStringLiteral(
               "body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; color: #111; }\n"
               "h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 18pt; color: %1; margin-top: 16px; "
               "}\n"
               "h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; color: %1; margin-top: 19px; "
               "border-bottom: 1px solid %1; }\n"
               ".centre-name { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 12pt; "
               "margin: 0; color: %1; }\n"
               ".centre-address { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #555; "
               "margin: 0; }\n"
               ".intro { font-style: italic; }\n"
               ".count { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #555; }\n"
               ".entry { margin-bottom: 8px; }\n"
               ".reference { margin-left: 24px; text-indent: -24px; margin-top: 0; margin-bottom: 5px; }\n"
               ".abstract { margin-left: 24px; font-size: 9pt; color: #333; margin-top: 0; margin-bottom: "
               "2pt; }\n"
               ".holdings { margin-left: 24px; font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; "
               "color: %1; margin-top: 0; }\n")
        .arg(accent);
}

QString imageMime(const QByteArray& bytes)
{
    return bytes.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
}

} // namespace

std::optional<BibliographyWriter::Format> BibliographyWriter::formatFromKey(const QString& key)
{
    static const std::pair<const char*, Format> formats[] = {
        {"pdf", Format::Pdf},       {"odt", Format::Odt},          {"html", Format::Html},
        {"txt", Format::Text},      {"csl-json", Format::CslJson}, {"ris", Format::Ris},
        {"bibtex", Format::Bibtex},
    };
    for (const auto& [name, format] : formats)
        if (key == QLatin1String(name))
            return format;
    return std::nullopt;
}

QString BibliographyWriter::formatKeys()
{
    return QStringLiteral("pdf, odt, html, txt, csl-json, ris, bibtex");
}

QString BibliographyWriter::toPlainText(const Bibliography& b)
{
    QString out;
    const CentreIdentity& c = b.centre;
    if (!c.name.isEmpty())
        out += c.name + u'\n';
    if (!c.address.isEmpty())
        out += c.address + u'\n';
    if (!out.isEmpty())
        out += u'\n';
    const QString title = BibliographyWriter::titleOf(b);
    out += title + u'\n' + QString(title.size(), u'=') + QStringLiteral("\n\n");
    if (!b.introduction.isEmpty())
        out += b.introduction + QStringLiteral("\n\n");
    for (const auto& g : b.groups) {
        if (!g.heading.isEmpty())
            out += g.heading + u'\n' + QString(g.heading.size(), u'-') + QStringLiteral("\n\n");
        for (const auto& e : g.entries) {
            out += numberPrefix(b, e) + e.reference.toPlainText() + u'\n';
            if (!e.abstract.isEmpty())
                out += QStringLiteral("    ") + e.abstract.simplified() + u'\n';
            if (!e.holdings.isEmpty())
                out += QStringLiteral("    ") + e.holdings + u'\n';
            out += u'\n';
        }
    }
    return out;
}

QString BibliographyWriter::toXhtml(const Bibliography& b)
{
    const QString title = BibliographyWriter::titleOf(b);
    QString logo;
    if (!b.centre.logo.isEmpty())
        logo = QStringLiteral("data:") + imageMime(b.centre.logo) + QStringLiteral(";base64,") +
               QString::fromLatin1(b.centre.logo.toBase64());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n"
                          "<head>\n<meta charset=\"UTF-8\"/>\n<title>%1</title>\n<style>\n%2"
                          "body { max-width: 48em; margin: 2em auto; padding: 0 1em; }\n</style>\n</head>\n"
                          "<body>\n%3\n</body>\n</html>\n")
        .arg(esc(title), styleSheet(b), bodyHtml(b, logo));
}

std::unique_ptr<QTextDocument> BibliographyWriter::toTextDocument(const Bibliography& b)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, BibliographyWriter::titleOf(b));
    const QUrl logoUrl(QStringLiteral("infodoc-logo"));
    if (!b.centre.logo.isEmpty())
        document->addResource(QTextDocument::ImageResource, logoUrl, QImage::fromData(b.centre.logo));
    document->setDefaultStyleSheet(styleSheet(b));
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setHtml(QStringLiteral("<html><body>") + bodyHtml(b, logoUrl.toString()) +
                      QStringLiteral("</body></html>"));
    return document;
}

QString BibliographyWriter::titleOf(const Bibliography& b)
{
    return b.title.isEmpty() ? tr("Bibliography") : b.title;
}

void BibliographyWriter::print(const Bibliography& b, QPagedPaintDevice& device)
{
    const auto document = toTextDocument(b);
    const QString title = BibliographyWriter::titleOf(b);
    DocumentFile::paginate(*document, device);
    DocumentFile::paint(
        *document, device,
        Iso690::typography(b.centre.name.isEmpty() ? title : b.centre.name + QStringLiteral(" — ") + title));
}

Status BibliographyWriter::write(const Bibliography& b, Format format, const QString& path)
{
    switch (format) {
    case Format::Pdf:
        return DocumentFile::savePdf(path, BibliographyWriter::titleOf(b),
                                     [&b](QPagedPaintDevice& device) { print(b, device); });
    case Format::Odt:
        return DocumentFile::saveOdt(*toTextDocument(b), path);
    case Format::Html:
        return DocumentFile::saveBytes(toXhtml(b).toUtf8(), path);
    case Format::Text:
        return DocumentFile::saveBytes(toPlainText(b).toUtf8(), path);
    case Format::CslJson:
        return DocumentFile::saveBytes(ReferenceExport::cslJson(itemsOf(b), b.abstracts), path);
    case Format::Ris:
        return DocumentFile::saveBytes(ReferenceExport::ris(itemsOf(b), b.abstracts), path);
    case Format::Bibtex:
        return DocumentFile::saveBytes(ReferenceExport::bibtex(itemsOf(b), b.abstracts), path);
    }
    return {};
}

} // namespace infodoc::core

#include "core/output/SheetWriter.h"

#include "core/catalog/Vocabulary.h"
#include "core/interop/CslItem.h"
#include "core/interop/DublinCore.h"
#include "core/output/DocumentFile.h"
#include "core/output/Iso690.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

namespace infodoc::core {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// French typography for catalogued text (« », ’, non-breaking spaces), escaped.
QString typo(const QString& s)
{
    return esc(Iso690::typography(s));
}

QString accentOf(const SheetWriter::Options& o)
{
    const QString accent = o.layout.accentColour.isEmpty() ? o.centre.accentColour : o.layout.accentColour;
    return QColor::isValidColorName(accent) ? accent : CentreIdentity().accentColour;
}

// The accent mixed with white: background of the facts table.
QString tintOf(const QString& accent, double amount)
{
    const QColor c(accent);
    auto mix = [amount](int v) { return int(255 - (255 - v) * amount); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}

QString sheetsTitle()
{
    return SheetWriter::tr("Experience sheets");
}

QString footerOf(const SheetWriter::Options& o, const QString& title)
{
    const QString text = o.centre.name.isEmpty() ? title : o.centre.name + QStringLiteral(" — ") + title;
    return Iso690::typography(text);
}

QString documentTitle(const QList<SheetDocument>& sheets)
{
    return sheets.size() == 1 ? sheets.first().record.title : sheetsTitle();
}

QString centreBand(const SheetWriter::Options& o, const QString& logoSource)
{
    const CentreIdentity& c = o.centre;
    if (!o.layout.showCentre || (c.name.isEmpty() && c.address.isEmpty() && c.logo.isEmpty()))
        return {};
    QString html =
        QStringLiteral("<table class=\"band\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (o.layout.showLogo && !c.logo.isEmpty())
        html += QStringLiteral(
                    "<td width=\"80\" valign=\"middle\"><img src=\"%1\" alt=\"%2\" height=\"52\"/></td>")
                    .arg(esc(logoSource), esc(c.name));
    QStringList contact = {c.website, c.email};
    contact.removeAll(QString());
    html += QStringLiteral("<td valign=\"middle\"><p class=\"centre-name\">%1</p>"
                           "<p class=\"centre-address\">%2</p><p class=\"centre-address\">%3</p></td>")
                .arg(typo(c.name), typo(c.address.simplified()), esc(contact.join(QStringLiteral(" · "))));
    html += QStringLiteral("</tr></table>");
    return html;
}

QString factValue(const SheetDocument::Item& item)
{
    if (item.field == SheetField::WebAddress)
        return esc(item.values.join(QStringLiteral(", ")));
    QStringList values;
    for (const QString& v : item.values)
        values.append(typo(v));
    return values.join(QStringLiteral(", "));
}

QString sectionBody(const SheetDocument::Item& item)
{
    QString html;
    if (item.field == SheetField::Attachments) {
        html += QStringLiteral("<ul>");
        for (const QString& v : item.values)
            html += QStringLiteral("<li>%1</li>").arg(esc(v));
        return html + QStringLiteral("</ul>");
    }
    for (const QString& v : item.values) {
        if (item.field == SheetField::WebAddress)
            html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(esc(v));
        else
            html += QStringLiteral("<p>%1</p>").arg(typo(v));
    }
    return html;
}

// The sheet itself, shared by the XHTML page and the printable document.
QString sheetBody(const SheetDocument& d, const SheetWriter::Options& o, const QString& logoSource,
                  bool newPage)
{
    // The break goes before the centre's band, which is a table: a paragraph
    // of its own carries it.
    QString html = newPage
                       ? QStringLiteral("<p class=\"break\" style=\"page-break-before: always\">&#160;</p>")
                       : QString();
    html += centreBand(o, logoSource);
    html +=
        QStringLiteral("<p class=\"kicker\">%1</p>").arg(esc(SheetWriter::tr("Experience sheet").toUpper()));
    html += QStringLiteral("<h1 id=\"fiche-%1\">%2</h1>").arg(d.record.id).arg(typo(d.record.title));
    if (!d.record.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(typo(d.record.subtitle));
    if (!d.facts.isEmpty()) {
        html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
        for (const auto& item : d.facts)
            html +=
                QStringLiteral("<tr><th class=\"fact\" width=\"28%\" align=\"left\" valign=\"top\">%1</th>"
                               "<td class=\"value\" valign=\"top\">%2</td></tr>")
                    .arg(esc(item.label), factValue(item));
        html += QStringLiteral("</table>");
    }
    for (const auto& item : d.sections)
        html += QStringLiteral("<h2>%1</h2>%2").arg(esc(item.label), sectionBody(item));
    QString updated = SheetWriter::tr("Record %1").arg(d.record.id);
    if (d.record.modified.isValid())
        updated += QStringLiteral(" · ") +
                   SheetWriter::tr("updated on %1")
                       .arg(ExperienceSheets::dateInWords(d.record.modified.date().toString(Qt::ISODate)));
    html += QStringLiteral("<p class=\"updated\">%1</p>").arg(esc(updated));
    return html;
}

QString styleSheet(const SheetWriter::Options& o)
{
    const QString accent = accentOf(o);
    const SheetTemplate& t = o.layout;
    return QStringLiteral(
               "body { font-family: '%3', serif; font-size: %5pt; color: %4; }\n"
               "p { margin-top: 0; margin-bottom: 7px; }\n"
               ".centre-name { font-family: '%2', sans-serif; font-weight: bold; font-size: 11pt; color: %1; "
               "margin: 0; }\n"
               ".centre-address { font-family: '%2', sans-serif; font-size: 8pt; color: #555555; margin: 0; "
               "}\n"
               ".kicker { font-family: '%2', sans-serif; font-size: 8pt; font-weight: bold; color: %1; "
               "margin-top: 19px; margin-bottom: 3px; }\n"
               "h1 { font-family: '%2', sans-serif; font-size: 19pt; color: %1; margin-top: 0; "
               "margin-bottom: 5px; }\n"
               ".subtitle { font-family: '%2', sans-serif; font-size: 12pt; color: #444444; }\n"
               "table.facts { margin-top: 11px; margin-bottom: 8px; background-color: %6; }\n"
               "th.fact { font-family: '%2', sans-serif; font-size: 8.5pt; color: %1; font-weight: bold; }\n"
               "td.value { font-family: '%2', sans-serif; font-size: 9pt; }\n"
               "h2 { font-family: '%2', sans-serif; font-size: 12pt; color: %1; margin-top: 19px; "
               "margin-bottom: 5px; }\n"
               ".updated { font-family: '%2', sans-serif; font-size: 7.5pt; color: #777777; margin-top: "
               "19px; }\n"
               ".toc-title { font-family: '%2', sans-serif; font-size: 19pt; font-weight: bold; color: %1; "
               "margin-top: 19px; }\n"
               ".break { font-size: 1pt; margin: 0; }\n"
               ".count { font-family: '%2', sans-serif; font-size: 9pt; color: #555555; }\n"
               "table.toc td { font-family: '%2', sans-serif; font-size: 9.5pt; }\n")
        .arg(accent, esc(t.headingFont), esc(t.bodyFont), t.textColour, QString::number(t.bodySize),
             tintOf(accent, 0.10));
}

QString logoData(const CentreIdentity& c)
{
    if (c.logo.isEmpty())
        return {};
    const QString mime =
        c.logo.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    return QStringLiteral("data:") + mime + QStringLiteral(";base64,") +
           QString::fromLatin1(c.logo.toBase64());
}

QString xhtmlPage(const QString& title, const SheetWriter::Options& o, const QString& body)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
               "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n"
               "<head>\n<meta charset=\"UTF-8\"/>\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
               "<title>%1</title>\n<style>\n%2"
               "body { max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }\n"
               "table.facts th, table.facts td { padding: 4pt 8pt; border-bottom: 1px solid #ffffff; }\n"
               "table.toc { border-collapse: collapse; }\n"
               "table.toc td { padding: 3pt 6pt; border-bottom: 1px solid #dddddd; }\n"
               "nav { font-family: sans-serif; font-size: 9pt; }\n"
               "@media print { body { margin: 0; max-width: none; } nav { display: none; } }\n"
               "</style>\n</head>\n<body>\n%3\n</body>\n</html>\n")
        .arg(esc(title), styleSheet(o), body);
}

QString tocTerritory(const SheetDocument& d)
{
    QStringList places = d.territories;
    places.append(d.neighbourhoods);
    return places.join(QStringLiteral(", "));
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

Status writeHtml(const QList<SheetDocument>& sheets, const SheetWriter::Options& options, const QString& path,
                 const SheetWriter::Progress& progress)
{
    if (sheets.size() == 1)
        return DocumentFile::saveBytes(SheetWriter::toXhtml(sheets.first(), options).toUtf8(), path);
    const QFileInfo folder(path);
    if (folder.exists() && !folder.isDir())
        return Error{SheetWriter::tr("Cannot write %1: several sheets go to a folder, and this is a file.")
                         .arg(QDir::toNativeSeparators(path))};
    if (!folder.exists() && !QDir().mkpath(path))
        return Error{SheetWriter::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path))};
    // Pages first, the index last: an index never links to a missing page.
    const QDir dir(path);
    for (int i = 0; i < sheets.size(); ++i) {
        if (progress && !progress(i, int(sheets.size())))
            return Error{SheetWriter::tr("Cancelled.")};
        const QString page = SheetWriter::toXhtml(sheets.at(i), options, QStringLiteral("index.html"));
        if (auto s =
                DocumentFile::saveBytes(page.toUtf8(), dir.filePath(SheetWriter::htmlFileName(sheets.at(i))));
            !s)
            return s;
    }
    return DocumentFile::saveBytes(SheetWriter::indexXhtml(sheets, options).toUtf8(),
                                   dir.filePath(QStringLiteral("index.html")));
}

} // namespace

std::optional<SheetWriter::Format> SheetWriter::formatFromKey(const QString& key)
{
    static const std::pair<const char*, Format> formats[] = {
        {"pdf", Format::Pdf},   {"odt", Format::Odt},       {"html", Format::Html},
        {"json", Format::Json}, {"dc", Format::DublinCore},
    };
    for (const auto& [name, format] : formats)
        if (key == QLatin1String(name))
            return format;
    return std::nullopt;
}

QString SheetWriter::formatKeys()
{
    return QStringLiteral("pdf, odt, html, json, dc");
}

QString SheetWriter::htmlFileName(const SheetDocument& sheet)
{
    return QStringLiteral("fiche-%1.html").arg(sheet.record.id);
}

QString SheetWriter::toXhtml(const SheetDocument& sheet, const Options& options, const QString& indexHref)
{
    QString body;
    if (!indexHref.isEmpty())
        body += QStringLiteral("<nav><a href=\"%1\">%2</a></nav>\n")
                    .arg(esc(indexHref), esc(tr("All the experience sheets")));
    body += sheetBody(sheet, options, logoData(options.centre), false);
    return xhtmlPage(sheet.record.title, options, body);
}

QString SheetWriter::indexXhtml(const QList<SheetDocument>& sheets, const Options& options)
{
    QString body = centreBand(options, logoData(options.centre));
    body += QStringLiteral("<h1>%1</h1>").arg(esc(sheetsTitle()));
    body += QStringLiteral("<p class=\"count\">%1</p>")
                .arg(esc(tr("%n experience sheet(s)", nullptr, int(sheets.size()))));
    body += QStringLiteral("<table class=\"toc\" width=\"100%\">");
    for (const SheetDocument& d : sheets)
        body += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(htmlFileName(d)), typo(d.record.title), typo(tocTerritory(d)), esc(d.period));
    body += QStringLiteral("</table>");
    return xhtmlPage(sheetsTitle(), options, body);
}

std::unique_ptr<QTextDocument> SheetWriter::toTextDocument(const QList<SheetDocument>& sheets,
                                                           const Options& options, const QList<int>& pages)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, documentTitle(sheets));
    const QUrl logoUrl(QStringLiteral("infodoc-logo"));
    if (!options.centre.logo.isEmpty())
        document->addResource(QTextDocument::ImageResource, logoUrl, QImage::fromData(options.centre.logo));
    document->setDefaultStyleSheet(styleSheet(options));
    QFont font(options.layout.bodyFont);
    font.setPointSizeF(options.layout.bodySize);
    document->setDefaultFont(font);
    QString html = QStringLiteral("<html><body>");
    const bool toc = sheets.size() > 1;
    if (toc) {
        html += centreBand(options, logoUrl.toString());
        html += QStringLiteral("<p class=\"toc-title\">%1</p>").arg(esc(sheetsTitle()));
        html += QStringLiteral("<p class=\"count\">%1</p>")
                    .arg(esc(tr("%n experience sheet(s)", nullptr, int(sheets.size()))));
        html += QStringLiteral("<table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        for (int i = 0; i < sheets.size(); ++i) {
            const SheetDocument& d = sheets.at(i);
            // Placeholder of the same width until the pages are known.
            const QString page = i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("…");
            html += QStringLiteral(
                        "<tr><td width=\"62%\">%1</td><td>%2</td><td width=\"8%\" align=\"right\">%3</td>"
                        "</tr>")
                        .arg(typo(d.record.title), typo(tocTerritory(d)), esc(page));
        }
        html += QStringLiteral("</table>");
    }
    for (int i = 0; i < sheets.size(); ++i)
        html += sheetBody(sheets.at(i), options, logoUrl.toString(), toc || i > 0);
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
    return document;
}

int SheetWriter::print(const QList<SheetDocument>& sheets, const Options& options, QPagedPaintDevice& device)
{
    // The table of contents needs the page of each sheet, known once laid
    // out; its lines do not change length, so a second layout keeps them.
    QList<int> pages;
    std::unique_ptr<QTextDocument> document;
    for (int pass = 0; pass < 3; ++pass) {
        document = toTextDocument(sheets, options, pages);
        DocumentFile::paginate(*document, device);
        const QList<int> found = sheetPages(*document);
        if (sheets.size() == 1 || found == pages)
            break;
        pages = found;
    }
    DocumentFile::paint(*document, device, footerOf(options, documentTitle(sheets)));
    return document->pageCount();
}

QList<int> SheetWriter::sheetPages(QTextDocument& document)
{
    QList<int> pages;
    const qreal height = document.pageSize().height();
    if (height <= 0)
        return pages;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 1)
            pages.append(1 + int(document.documentLayout()->blockBoundingRect(b).top() / height));
    return pages;
}

QByteArray SheetWriter::toJson(const QList<SheetDocument>& sheets, const Options& options)
{
    QJsonArray array;
    for (const SheetDocument& d : sheets) {
        const Record& r = d.record;
        const ExperienceSheet s = r.sheet.value_or(ExperienceSheet{});
        QJsonArray attachments;
        for (const Attachment& a : r.attachments)
            attachments.append(QJsonObject{{QStringLiteral("fileName"), a.fileName},
                                           {QStringLiteral("mimeType"), a.mimeType},
                                           {QStringLiteral("size"), a.size},
                                           {QStringLiteral("sha256"), a.sha256}});
        array.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("subtitle"), r.subtitle},
            {QStringLiteral("territories"), toArray(d.territories)},
            {QStringLiteral("neighbourhoods"), toArray(d.neighbourhoods)},
            {QStringLiteral("leadOrganisations"), toArray(d.leads)},
            {QStringLiteral("partners"), toArray(d.partners)},
            {QStringLiteral("startDate"), s.startDate},
            {QStringLiteral("endDate"), s.endDate},
            {QStringLiteral("targetPublic"), s.targetPublic},
            {QStringLiteral("subjects"), toArray(r.subjects)},
            {QStringLiteral("keywords"), toArray(r.keywords)},
            {QStringLiteral("context"), s.context},
            {QStringLiteral("objectives"), s.objectives},
            {QStringLiteral("actions"), s.description},
            {QStringLiteral("means"), s.means},
            {QStringLiteral("results"), s.results},
            {QStringLiteral("contact"), s.contact},
            {QStringLiteral("abstract"), r.abstract},
            {QStringLiteral("url"), r.url},
            {QStringLiteral("language"), r.language},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("modified"), r.modified.toUTC().toString(Qt::ISODate)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("infodoc-experience-sheets")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("centre"), QJsonObject{{QStringLiteral("name"), options.centre.name},
                                               {QStringLiteral("website"), options.centre.website},
                                               {QStringLiteral("email"), options.centre.email}}},
        {QStringLiteral("sheets"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray SheetWriter::toDublinCore(const QList<SheetDocument>& sheets, const Options& options)
{
    // The sheet's own parts go into Dublin Core's elements; interop writes them.
    QList<DublinCore::Description> descriptions;
    for (const SheetDocument& d : sheets) {
        const Record& r = d.record;
        const ExperienceSheet s = r.sheet.value_or(ExperienceSheet{});
        DublinCore::Description dc;
        auto element = [&dc](const char* name, const QString& value) {
            if (!value.trimmed().isEmpty())
                dc.append({QLatin1String(name), value.trimmed()});
        };
        element("title", r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" : ") + r.subtitle);
        for (const QString& lead : d.leads)
            element("creator", lead);
        for (const QString& partner : d.partners)
            element("contributor", partner);
        for (const QString& subject : r.subjects + r.keywords)
            element("subject", subject);
        element("description", r.abstract);
        const std::pair<SheetField, QString> parts[] = {
            {SheetField::Context, s.context},       {SheetField::Public, s.targetPublic},
            {SheetField::Objectives, s.objectives}, {SheetField::Actions, s.description},
            {SheetField::Means, s.means},           {SheetField::Results, s.results},
        };
        for (const auto& [field, text] : parts)
            if (!text.trimmed().isEmpty())
                element("description", SheetTemplates::label(field) + QStringLiteral(" : ") + text);
        element("publisher", options.centre.name);
        element("date", s.startDate.isEmpty() ? r.date : s.startDate);
        element("type", Vocabulary::label(DocumentType::ExperienceSheet));
        element("type", QStringLiteral("Text"));
        element("identifier", QStringLiteral("infodoc:record:%1").arg(r.id));
        element("identifier", r.url);
        // Dublin Core takes the IETF tag, or the ISO 639-2 code itself.
        const QString language = CslItem::languageTag(r.language);
        element("language", language.isEmpty() ? r.language : language);
        for (const QString& place : d.territories + d.neighbourhoods)
            element("coverage", place);
        if (!s.startDate.isEmpty() || !s.endDate.isEmpty())
            element("coverage", s.startDate + u'/' + s.endDate);
        for (const Attachment& a : r.attachments)
            element("relation", a.fileName);
        descriptions.append(dc);
    }
    return DublinCore::write(descriptions, options.centre.name);
}

Status SheetWriter::write(const QList<SheetDocument>& sheets, const Options& options, Format format,
                          const QString& path, const Progress& progress)
{
    if (sheets.isEmpty())
        return Error{tr("There is no experience sheet to write.")};
    switch (format) {
    case Format::Pdf:
        return DocumentFile::savePdf(path, documentTitle(sheets),
                                     [&](QPagedPaintDevice& device) { print(sheets, options, device); });
    case Format::Odt:
        return DocumentFile::saveOdt(*toTextDocument(sheets, options), path);
    case Format::Html:
        return writeHtml(sheets, options, path, progress);
    case Format::Json:
        return DocumentFile::saveBytes(toJson(sheets, options), path);
    case Format::DublinCore:
        return DocumentFile::saveBytes(toDublinCore(sheets, options), path);
    }
    return {};
}

} // namespace infodoc::core

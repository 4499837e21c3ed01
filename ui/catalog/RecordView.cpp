#include "ui/catalog/RecordView.h"

#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

void row(QString& html, const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    html +=
        QStringLiteral("<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px;color:#555\">%1</th>"
                       "<td>%2</td></tr>")
            .arg(esc(label), esc(value).replace(u'\n', QStringLiteral("<br/>")));
}

} // namespace

RecordView::RecordView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("recordView"));
    setAccessibleName(tr("Record details"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QLatin1String("attachment"))
            return;
        Q_EMIT attachmentActivated(url.path().toLongLong(),
                                   QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt());
    });
    showMessage(tr("Select a record in the list to see it here."));
}

void RecordView::showMessage(const QString& message)
{
    m_recordId = 0;
    setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>").arg(esc(message)));
}

void RecordView::showRecord(const Record& record, const AttachmentNotes& notes)
{
    m_recordId = record.id;
    setHtml(toHtml(record, notes));
}

QString RecordView::toHtml(const Record& r, const AttachmentNotes& notes)
{
    QString html;
    html += QStringLiteral("<p style=\"color:#666\">%1 · n° %2</p>")
                .arg(esc(Vocabulary::label(r.type)))
                .arg(r.id);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(r.title));
    if (!r.subtitle.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(r.subtitle));
    html += QStringLiteral("<table cellspacing=\"2\">");
    for (const Responsibility& p : r.responsibilities)
        row(html, Vocabulary::label(p.role), p.name);
    QStringList publication;
    for (const QString& part : {r.place, r.publisher, r.date})
        if (!part.isEmpty())
            publication.append(part);
    row(html, tr("Publication"), publication.join(QStringLiteral(", ")));
    QStringList partOf;
    for (const QString& part :
         {r.containerTitle, r.volume.isEmpty() ? QString() : tr("vol. %1").arg(r.volume),
          r.issue.isEmpty() ? QString() : tr("no. %1").arg(r.issue),
          r.pages.isEmpty() ? QString() : tr("pp. %1").arg(r.pages)})
        if (!part.isEmpty())
            partOf.append(part);
    row(html, tr("Part of"), partOf.join(QStringLiteral(", ")));
    row(html, tr("Nature"), r.genre);
    row(html, tr("Edition"), r.edition);
    row(html, tr("Collection"),
        r.collectionNumber.isEmpty() ? r.collection
                                     : r.collection + QStringLiteral(", n° ") + r.collectionNumber);
    row(html, tr("ISBN"), r.isbn);
    row(html, tr("ISSN"), r.issn);
    row(html, tr("Extent"), r.extent);
    row(html, tr("Language"), Vocabulary::languageName(r.language));
    row(html, tr("Subjects"), r.subjects.join(QStringLiteral(" ; ")));
    row(html, tr("Keywords"), r.keywords.join(QStringLiteral(" ; ")));
    row(html, tr("Territories"), r.territories.join(QStringLiteral(" ; ")));
    row(html, tr("Audience"), r.audience);
    row(html, tr("Web address"), r.url);
    row(html, tr("Consulted on"), r.accessed);
    row(html, tr("Call number"), r.callNumber);
    row(html, tr("Abstract"), r.abstract);
    row(html, tr("Notes"), r.notes);
    if (r.sheet) {
        const ExperienceSheet& s = *r.sheet;
        row(html, tr("Context"), s.context);
        row(html, tr("Target public"), s.targetPublic);
        row(html, tr("Objectives"), s.objectives);
        row(html, tr("Actions"), s.description);
        row(html, tr("Means and funding"), s.means);
        row(html, tr("Results and evaluation"), s.results);
        row(html, tr("Contact"), s.contact);
        const QLocale locale;
        auto date = [&locale](const QString& iso) {
            const QDate d = QDate::fromString(iso, Qt::ISODate);
            return d.isValid() ? locale.toString(d, QLocale::LongFormat) : iso;
        };
        if (!s.startDate.isEmpty() || !s.endDate.isEmpty())
            row(html, tr("Period"), tr("from %1 to %2").arg(date(s.startDate), date(s.endDate)));
    }
    html += QStringLiteral("</table>");
    if (!r.copies.isEmpty()) {
        html +=
            QStringLiteral("<h3>%1</h3><table cellspacing=\"2\" cellpadding=\"2\">").arg(esc(tr("Copies")));
        html += QStringLiteral(
                    "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                    "<th align=\"left\">%4</th></tr>")
                    .arg(esc(tr("Barcode")), esc(tr("Call number")), esc(tr("Location")), esc(tr("Status")));
        for (const Copy& c : r.copies)
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(c.barcode), esc(c.callNumber), esc(c.location),
                         esc(c.status == CopyStatus::OnLoan && c.due.isValid()
                                 ? tr("On loan, due %1").arg(QLocale().toString(c.due, QLocale::ShortFormat))
                                 : Vocabulary::label(c.status)));
        html += QStringLiteral("</table>");
    }
    if (!r.attachments.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Attached files")));
        const QLocale locale;
        for (const Attachment& a : r.attachments) {
            const AttachmentNote note = notes.value(a.id);
            html += QStringLiteral("<li><a href=\"attachment:%1\">%2</a> (%3)")
                        .arg(a.id)
                        .arg(esc(a.fileName), esc(locale.formattedDataSize(a.size)));
            if (!note.state.isEmpty())
                html += QStringLiteral(" — <i>%1</i>").arg(esc(note.state));
            if (!note.pages.isEmpty()) {
                QStringList links;
                for (int page : note.pages)
                    links.append(
                        QStringLiteral("<a href=\"attachment:%1?page=%2\">%2</a>").arg(a.id).arg(page));
                html += QStringLiteral("<br/>%1 %2")
                            .arg(esc(tr("The words searched for are on page(s)", nullptr,
                                        int(note.pages.size()))),
                                 links.join(QStringLiteral(", ")));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    const QLocale locale;
    html += QStringLiteral("<p style=\"color:#888\">%1</p>")
                .arg(esc(tr("Created %1, modified %2")
                             .arg(locale.toString(r.created.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(r.modified.toLocalTime(), QLocale::ShortFormat))));
    return html;
}

} // namespace infodoc::ui

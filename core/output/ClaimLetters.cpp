#include "core/output/ClaimLetters.h"

#include "core/output/DocumentFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextDocument>

namespace infodoc::core {

QString ClaimLetters::html(const QList<Periodicals::Late>& late, const CentreIdentity& centre,
                           const QDate& date)
{
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    auto lines = [&](const QString& t) {
        return esc(t.trimmed()).replace(QLatin1String("\n"), QLatin1String("<br/>"));
    };
    const QLocale fr(QLocale::French, QLocale::France);
    // One letter per title, in the order of the first issue missing.
    QList<qint64> order;
    QHash<qint64, QList<Periodicals::Late>> byTitle;
    for (const auto& l : late) {
        if (!byTitle.contains(l.periodical.id))
            order.append(l.periodical.id);
        byTitle[l.periodical.id].append(l);
    }
    QString out;
    for (int i = 0; i < order.size(); ++i) {
        const QList<Periodicals::Late>& issues = byTitle.value(order.at(i));
        const Periodical& p = issues.first().periodical;
        QString items = QStringLiteral("<ul>");
        for (const auto& l : issues)
            items +=
                QStringLiteral("<li>%1</li>")
                    .arg(esc(
                        tr("no. %1, expected on %2%3")
                            .arg(l.issue.number)
                            .arg(fr.toString(l.issue.expected, QStringLiteral("d MMMM yyyy")),
                                 l.issue.claims > 0
                                     ? tr(" (already claimed on %1)")
                                           .arg(fr.toString(l.issue.claimed, QStringLiteral("d MMMM yyyy")))
                                     : QString())));
        items += QStringLiteral("</ul>");
        const QString title =
            p.issn.isEmpty() ? tr("“%1”").arg(p.title) : tr("“%1” (ISSN %2)").arg(p.title, p.issn);
        out +=
            QStringLiteral("<div%1><table width=\"100%\"><tr><td><b>%2</b><br/>%3<br/>%4</td>"
                           "<td align=\"right\"><b>%5</b><br/>%6<br/>%7</td></tr></table>"
                           "<p align=\"right\">%8</p><h3>%9</h3><p>%10</p><p>%11</p>%12<p>%13</p><p>%14</p>"
                           "<p align=\"right\">%15</p></div>")
                .arg(i > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                     esc(centre.name), lines(centre.address), esc(centre.email), esc(p.publisher),
                     lines(p.publisherAddress), esc(p.publisherEmail),
                     esc(tr("On %1").arg(fr.toString(date, QStringLiteral("d MMMM yyyy")))),
                     esc(tr("Claim: issues of %1 not received").arg(title)), esc(tr("Dear Sir or Madam,")),
                     esc(tr("Subscribers to %1, we have not received the following issues:").arg(title)),
                     items,
                     esc(tr(
                         "We would be grateful if you could send them to us, or tell us if their publication "
                         "has been delayed.")),
                     esc(tr("Yours faithfully,")), esc(centre.name));
    }
    return out;
}

Status ClaimLetters::write(Database& db, const Clock& clock, const QList<Periodicals::Late>& late,
                           const QDate& date, const QString& path)
{
    if (late.isEmpty())
        return Error{tr("No issue is late: there is nothing to claim")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return Error{
            tr("A claim letter is written as .pdf or .odt, not “%1”").arg(QFileInfo(path).fileName())};
    const auto centre = CentreSettings(db).load();
    if (!centre)
        return centre.error();
    QTextDocument document;
    document.setHtml(html(late, *centre, date));
    const Status written = suffix == QLatin1String("pdf")
                               ? DocumentFile::savePdf(document, path, tr("Claim letters"), centre->name)
                               : DocumentFile::saveOdt(document, path);
    if (!written)
        return written;
    return Periodicals(db, clock).markClaimed(late, date);
}

} // namespace infodoc::core

#include "core/visits/VisitLists.h"

#include "core/output/DocumentFile.h"
#include "core/visits/Appointments.h"

#include <QLocale>

namespace infodoc::core {

namespace {

QString dayName(const QDate& day)
{
    return QLocale(QLocale::French, QLocale::France).toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString topicOf(const Appointment& a)
{
    QStringList parts = a.subjects;
    if (!a.topic.trimmed().isEmpty())
        parts.append(a.topic.trimmed());
    return parts.join(QStringLiteral(" — "));
}

} // namespace

QString VisitLists::title(const QDate& from, const QDate& to)
{
    if (from == to)
        return tr("Appointments of %1").arg(dayName(from));
    return tr("Appointments from %1 to %2").arg(dayName(from), dayName(to));
}

QString VisitLists::toHtml(const QList<Appointment>& appointments, const QDate& from, const QDate& to)
{
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body><h2>%1</h2>")
            .arg(title(from, to).toHtmlEscaped());
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        QList<Appointment> ofDay;
        for (const Appointment& a : appointments)
            if (a.day == day)
                ofDay.append(a);
        if (ofDay.isEmpty() && day.dayOfWeek() > 5)
            continue;
        html += QStringLiteral("<h3>%1</h3>").arg(dayName(day).toHtmlEscaped());
        if (ofDay.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No appointment.").toHtmlEscaped());
            continue;
        }
        html +=
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                           "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Time").toHtmlEscaped(), tr("Visitor").toHtmlEscaped(), tr("Purpose").toHtmlEscaped(),
                     tr("Topic").toHtmlEscaped(), tr("Notes").toHtmlEscaped());
        for (const Appointment& a : ofDay) {
            QString visitor = Appointments::visitorLabel(a.visitor).toHtmlEscaped();
            if (!a.visitor.contact.trimmed().isEmpty())
                visitor += QStringLiteral("<br/>") + a.visitor.contact.trimmed().toHtmlEscaped();
            html += QStringLiteral("<tr><td>%1–%2<br/><small>%3</small></td><td>%4</td><td>%5</td><td>%6</td>"
                                   "<td>%7</td></tr>")
                        .arg(OpeningHours::formatTime(a.startMin), OpeningHours::formatTime(a.endMin()),
                             Appointments::label(a.status).toHtmlEscaped(), visitor,
                             Appointments::label(a.purpose).toHtmlEscaped(), topicOf(a).toHtmlEscaped(),
                             a.notes.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

Status VisitLists::write(const QList<Appointment>& appointments, const QDate& from, const QDate& to,
                         const QString& path)
{
    QString text = title(from, to) + u'\n';
    for (const Appointment& a : appointments)
        text += QStringLiteral("%1\t%2-%3\t%4\t%5\t%6\t%7\n")
                    .arg(a.day.toString(Qt::ISODate), OpeningHours::formatTime(a.startMin),
                         OpeningHours::formatTime(a.endMin()), Appointments::visitorLabel(a.visitor),
                         Appointments::label(a.purpose), topicOf(a), Appointments::label(a.status));
    return DocumentFile::saveAfterExtension(path, title(from, to), toHtml(appointments, from, to), text);
}

} // namespace infodoc::core

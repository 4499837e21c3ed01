// The appointments' vocabulary (statuses, purposes, visitor kinds: keys and
// French labels) and how an appointment, a slot and a visitor are named.
#include "core/visits/Appointments.h"

#include "core/circulation/Borrowers.h"
#include "core/visits/OpeningHours.h"

#include <QLocale>

namespace infodoc::core {

namespace {

const std::pair<AppointmentStatus, const char*> kStatuses[] = {
    {AppointmentStatus::Requested, "requested"}, {AppointmentStatus::Confirmed, "confirmed"},
    {AppointmentStatus::Done, "done"},           {AppointmentStatus::Cancelled, "cancelled"},
    {AppointmentStatus::NoShow, "no_show"},
};

const std::pair<VisitPurpose, const char*> kPurposes[] = {
    {VisitPurpose::Information, "information"},    {VisitPurpose::Consultation, "consultation"},
    {VisitPurpose::ResearchHelp, "research_help"}, {VisitPurpose::LoanPickup, "loan_pickup"},
    {VisitPurpose::GroupVisit, "group_visit"},
};

} // namespace

QList<AppointmentStatus> Appointments::statuses()
{
    QList<AppointmentStatus> list;
    for (const auto& [s, k] : kStatuses)
        list.append(s);
    return list;
}

QString Appointments::key(AppointmentStatus status)
{
    for (const auto& [s, k] : kStatuses) {
        if (s == status)
            return QLatin1String(k);
    }
    return {};
}

QString Appointments::label(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Requested:
        return tr("requested");
    case AppointmentStatus::Confirmed:
        return tr("confirmed");
    case AppointmentStatus::Done:
        return tr("done");
    case AppointmentStatus::Cancelled:
        return tr("cancelled");
    case AppointmentStatus::NoShow:
        return tr("did not come");
    }
    return {};
}

std::optional<AppointmentStatus> Appointments::statusFromKey(const QString& key)
{
    for (const auto& [s, k] : kStatuses) {
        if (key == QLatin1String(k))
            return s;
    }
    return std::nullopt;
}

QList<VisitPurpose> Appointments::purposes()
{
    QList<VisitPurpose> list;
    for (const auto& [p, k] : kPurposes)
        list.append(p);
    return list;
}

QString Appointments::key(VisitPurpose purpose)
{
    for (const auto& [p, k] : kPurposes) {
        if (p == purpose)
            return QLatin1String(k);
    }
    return {};
}

QString Appointments::label(VisitPurpose purpose)
{
    switch (purpose) {
    case VisitPurpose::Information:
        return tr("information");
    case VisitPurpose::Consultation:
        return tr("consultation on site");
    case VisitPurpose::ResearchHelp:
        return tr("help with research");
    case VisitPurpose::LoanPickup:
        return tr("collecting a loan");
    case VisitPurpose::GroupVisit:
        return tr("group visit");
    }
    return {};
}

std::optional<VisitPurpose> Appointments::purposeFromKey(const QString& key)
{
    for (const auto& [p, k] : kPurposes) {
        if (key == QLatin1String(k))
            return p;
    }
    return std::nullopt;
}

QString Appointments::key(Visitor::Kind kind)
{
    switch (kind) {
    case Visitor::Kind::Borrower:
        return QStringLiteral("borrower");
    case Visitor::Kind::Named:
        return QStringLiteral("named");
    case Visitor::Kind::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

QString Appointments::visitorLabel(const Visitor& v)
{
    QString name = v.name.trimmed();
    if (v.kind == Visitor::Kind::Borrower && name.isEmpty())
        name = tr("Borrower deleted");
    if (v.kind == Visitor::Kind::Anonymous || name.isEmpty()) {
        QString label = tr("Anonymous visitor (%1)").arg(Borrowers::label(v.structureType));
        if (!v.commune.trimmed().isEmpty())
            label =
                tr("Anonymous visitor (%1, %2)").arg(Borrowers::label(v.structureType), v.commune.trimmed());
        return label;
    }
    if (!v.structure.trimmed().isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, v.structure.trimmed());
    return name;
}

QString Appointments::slotLabel(const Slot& s)
{
    const QLocale fr(QLocale::French, QLocale::France);
    return tr("%1, %2–%3")
        .arg(fr.toString(s.day, QStringLiteral("dddd d MMMM yyyy")), OpeningHours::formatTime(s.startMin),
             OpeningHours::formatTime(s.startMin + s.lengthMin));
}

QString Appointments::whenLabel(const Appointment& a)
{
    return slotLabel({a.day, a.startMin, a.lengthMin});
}

QString Appointments::setAsideLabel(const Appointment& a)
{
    return tr("visit of %1").arg(whenLabel(a));
}

} // namespace infodoc::core

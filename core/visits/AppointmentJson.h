#pragma once

#include "core/visits/Appointments.h"

#include <QJsonObject>

namespace infodoc::core {

// An appointment as JSON (infodoc-cli appointment add/edit/show): "start"
// as a local date-time "2027-01-05T10:00", "length" in minutes, "visitor"
// as {"card"}, {"name", "structure", "structureType", "function",
// "commune", "contact"} or {"anonymous": true, "structureType", "commune"},
// "purpose" and "status" (keys), "subjects" (descriptors), "topic",
// "notes", "followUp". Unknown fields are refused, naming them.
class AppointmentJson
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::AppointmentJson)

public:
    // Sets on `appointment` the fields the object gives.
    static Status apply(const QJsonObject& object, Appointment& appointment);
    // The personal fields of a named visitor only with `withPerson`.
    static QJsonObject toJson(const Appointment& appointment, bool withPerson = true);
    static QJsonObject toJson(const Slot& slot);
    // A visitor (or an Info-Doc requester) as the "visitor" object above;
    // `where` names it in the errors ("the visitor", "the requester").
    static Status applyVisitor(const QJsonValue& value, Visitor& visitor, const QString& where);
    static QJsonObject visitorJson(const Visitor& visitor, bool withPerson = true);
    // "2027-01-05T10:00" → a day and minutes.
    static Result<Slot> parseStart(const QString& text);
    static QString startText(const QDate& day, int startMin);
};

} // namespace infodoc::core

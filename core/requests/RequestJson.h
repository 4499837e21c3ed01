#pragma once

#include "core/requests/Requests.h"

#include <QJsonObject>

namespace infodoc::core {

// A request as JSON (infodoc-cli request add/edit/show): "requester" as the
// appointments' "visitor" ({"card"}, {"name", "structure", "structureType",
// "function", "commune", "contact"} or {"anonymous": true, "structureType",
// "commune"}), "channel" and "status" (keys), "received" and "wanted"
// (2027-01-05), "subjects" (descriptors), "question", "staff", "answer"
// (rich text), "records" (numbers), "appointment" (a number). Unknown
// fields are refused, naming them.
class RequestJson
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RequestJson)

public:
    static Status apply(const QJsonObject& object, InfoRequest& request);
    // The requester's personal fields only with `withPerson`.
    static QJsonObject toJson(const InfoRequest& request, bool withPerson = true);
};

} // namespace infodoc::core

// The JSON objects the desk's commands read from outside (infodoc-cli
// request, appointment and periodical add/edit): parsed by Qt's JSON
// reader, then applied field by field.

#include "core/catalog/Periodicals.h"
#include "core/requests/RequestJson.h"
#include "core/visits/AppointmentJson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))).object();
    InfoRequest request;
    if (RequestJson::apply(object, request).ok())
        (void)RequestJson::toJson(request);
    Appointment appointment;
    if (AppointmentJson::apply(object, appointment).ok())
        (void)AppointmentJson::toJson(appointment);
    Periodical periodical;
    if (Periodicals::apply(object, periodical).ok())
        (void)Periodicals::toJson(periodical);
    return 0;
}

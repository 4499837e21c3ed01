#pragma once

#include "core/common/Result.h"

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace infodoc::core {

class Appointments;
class Database;

// iCalendar files of the visits: the appointments of a period exported for
// Outlook or Thunderbird, and .ics files imported as appointments or as the
// centre's closures. An import is one transaction: all or nothing.
class AppointmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::AppointmentFiles)

public:
    // The appointments between two days (cancelled ones with STATUS:CANCELLED).
    static Result<QByteArray> exportPeriod(Appointments& appointments, const QDate& from, const QDate& to);
    // One appointment.
    static Result<QByteArray> exportOne(Appointments& appointments, qint64 id);

    struct Imported
    {
        int added = 0;
        int updated = 0; // an appointment already known by its UID (moved in another agenda)
        int skipped = 0; // all-day events, which are not appointments
    };
    // Events become appointments of anonymous visitors (or, by UID, move the
    // ones exported from here); a refused one stops the import, naming its line.
    // Recurring events are expanded between `from` and `to`.
    // `progress` returning false cancels, nothing imported.
    using Progress = std::function<bool(int done, int total)>;
    static Result<Imported> importAppointments(Appointments& appointments, Database& db,
                                               const QByteArray& data, const QString& fileName,
                                               const QDate& from, const QDate& to,
                                               const Progress& progress = {});
    // Events become closures of the days they cover.
    static Result<int> importClosures(Database& db, const QByteArray& data, const QString& fileName,
                                      const QDate& from, const QDate& to);
};

} // namespace infodoc::core

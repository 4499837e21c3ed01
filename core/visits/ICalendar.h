#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace infodoc::core {

struct Appointment;

// iCalendar files (RFC 5545) through libical: appointments written with a
// VTIMEZONE for the centre's zone (Outlook shows an hour off when an event
// names a TZID it has no definition of), and events read from outside
// files, which are hostile until parsed: bounded size and count, every
// error named by its line.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ICalendar)

public:
    // One event read from a file, its times in the centre's zone. A
    // recurring event gives one Event per occurrence inside the period.
    struct Event
    {
        int line = 0; // of its BEGIN:VEVENT
        QString uid;
        QString summary;
        QString description;
        QString status; // CONFIRMED, TENTATIVE, CANCELLED or empty
        QStringList categories;
        bool allDay = false;
        QDate firstDay; // all-day events: the first and last days (included)
        QDate lastDay;
        QDateTime start; // timed events, in the centre's zone
        QDateTime end;
        bool recurring = false;
        // Written by Infodoc for round trips: purpose, status, topic,
        // structure type, commune.
        QString purpose;
        QString topic;
        QString structureType;
        QString commune;
    };

    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr int kMaxEvents = 20000;

    // The appointments as one calendar, dated `stamp`. `names` gives each
    // appointment's title (the visitor as the documentalist knows them).
    static QByteArray write(const QList<Appointment>& appointments, const QStringList& titles,
                            const QTimeZone& zone, const QDateTime& stamp);
    // The VTIMEZONE of a zone from its rules of `year` (both changes, or one standard time).
    static QByteArray timezoneBlock(const QTimeZone& zone, int year);

    // Reads a file's events; recurring ones are expanded between `from` and
    // `to` (both included). A broken file is an error naming `fileName` and the line.
    static Result<QList<Event>> read(const QByteArray& data, const QString& fileName, const QTimeZone& zone,
                                     const QDate& from, const QDate& to);
};

} // namespace infodoc::core

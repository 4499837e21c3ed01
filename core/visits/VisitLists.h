#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace infodoc::core {

struct Appointment;

// The documentalist's printed list of the appointments of some days (today
// and tomorrow at the desk): one section per day, the time, the visitor,
// the purpose, the topic and the notes. For staff only: it names visitors.
class VisitLists
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::VisitLists)

public:
    static QString toHtml(const QList<Appointment>& appointments, const QDate& from, const QDate& to);
    // PDF, HTML or text after the file's extension.
    static Status write(const QList<Appointment>& appointments, const QDate& from, const QDate& to,
                        const QString& path);
    static QString title(const QDate& from, const QDate& to);
};

} // namespace infodoc::core

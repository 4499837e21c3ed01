#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace infodoc::core {

class Database;

// "Ma sélection" in the visitor mode opened for an appointment: the records
// of the appointment's selection, and those the visitor adds, kept with the
// appointment. It reads and writes record numbers only: nothing about the
// visitor or the appointment is reachable from here (the visitor mode's
// fence, ArchitectureTest).
class VisitorSelection
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::VisitorSelection)

public:
    VisitorSelection(Database& db, qint64 appointmentId);

    // The records of the selection, in order (prepared ones first).
    Result<QList<qint64>> records() const;
    Status add(qint64 recordId);
    // Takes out a record the visitor added; one the documentalist prepared stays.
    Status remove(qint64 recordId);

private:
    Database& m_db;
    qint64 m_appointment = 0;
};

} // namespace infodoc::core

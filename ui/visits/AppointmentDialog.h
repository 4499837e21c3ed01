#pragma once

#include "core/visits/Appointments.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class TermListEdit;

// Booking or changing an appointment: when, the visitor (a borrower by card
// — a scanner types it and presses Enter —, a named visitor, or anonymous),
// the purpose, the topic as descriptors and free text, the status and the
// notes. A refused booking shows the reason and the nearest free slots;
// Enter on one of them takes it.
class AppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    AppointmentDialog(core::Database& db, const core::Clock& clock, core::Appointments& appointments,
                      const core::Appointment& appointment, QWidget* parent = nullptr);

    // The appointment saved (its id once booked).
    qint64 savedId() const { return m_saved; }
    QLabel* message() const { return m_message; }
    QListWidget* nearest() const { return m_nearest; }

public Q_SLOTS:
    void accept() override;

private:
    void updateVisitorFields();
    void lookUpCard();
    core::Appointment edited() const;

    core::Database& m_db;
    const core::Clock& m_clock;
    core::Appointments& m_appointments;
    core::Appointment m_original;
    qint64 m_saved = 0;

    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QComboBox* m_length = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_card = nullptr;
    QLabel* m_borrower = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_structure = nullptr;
    QComboBox* m_structureType = nullptr;
    QLineEdit* m_function = nullptr;
    QLineEdit* m_commune = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_purpose = nullptr;
    TermListEdit* m_subjects = nullptr;
    QLineEdit* m_topic = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_nearest = nullptr;
};

} // namespace infodoc::ui

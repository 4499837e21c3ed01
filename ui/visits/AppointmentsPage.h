#pragma once

#include "core/visits/Appointments.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class WeekGrid;

// The Appointments page (Ctrl+4): the week (Monday to Friday) or the day
// with the opening hours as rows, the upcoming appointments beside it.
// Keyboard first: Alt+Left / Alt+Right change week (or day), Ctrl+N books,
// Enter opens, Ctrl+arrows move, Delete cancels, Ctrl+P prepares the visit.
// Every move or booking is checked as at the desk; a refusal is shown with
// its reason.
class AppointmentsPage : public QWidget
{
    Q_OBJECT

public:
    AppointmentsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    WeekGrid* grid() const { return m_grid; }
    QTreeWidget* upcoming() const { return m_upcoming; }
    QLabel* message() const { return m_message; }

    void showDay(const QDate& day);
    void reload();
    void newAppointment(const QDate& day, int startMin);
    void openAppointment(qint64 id);
    void prepareVisit(qint64 id);
    void moveAppointment(qint64 id, const QDate& day, int startMin);
    void cancelAppointment(qint64 id);
    // The list of today and the next opening day, to a file (PDF, HTML, text) or, without, to a printer.
    void printDays(const QString& path = {});
    void importIcs(const QString& path, bool asClosures);
    void exportIcs(const QString& path);
    // A named visitor without a card (found by name): right of access (a
    // JSON file) and right to erasure (their appointments made anonymous).
    void namedVisitor();
    bool exportNamedVisitor(const QString& key, const QString& path);
    bool eraseNamedVisitor(const QString& key);

Q_SIGNALS:
    // Loans made during a visit, copies set aside: the lists and the index follow.
    void circulationChanged();
    // The visitor mode, opened for this appointment.
    void visitorModeRequested(qint64 appointmentId);
    // The settings window, at this page ("hours").
    void settingsRequested(const QString& page);

protected:
    // Coming back to the page reads the agenda again (closures set in the settings, bookings from another
    // window).
    void showEvent(QShowEvent* event) override;

private:
    void step(int direction);
    void say(const QString& text, bool error = false);
    // The service, or the failure said on the page.
    std::optional<core::Appointments> service();
    std::optional<core::Appointment> appointment(const core::Appointments& service, qint64 id);
    bool dayView() const;

    core::Database& m_db;
    const core::Clock& m_clock;
    QDate m_day;
    QComboBox* m_view = nullptr;
    QDateEdit* m_jump = nullptr;
    QLabel* m_period = nullptr;
    WeekGrid* m_grid = nullptr;
    QTreeWidget* m_upcoming = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace infodoc::ui

#pragma once

#include "core/visits/Appointments.h"

#include <QDate>
#include <QHash>
#include <QTableWidget>

namespace infodoc::ui {

// The appointments of a week (Monday to Friday) or a day: days as columns,
// the opening hours as rows, one row per step. Keyboard first: the arrows
// go from slot to slot, Enter opens the appointment or books the slot,
// Ctrl+arrows move the appointment (one step, one day), Delete cancels it;
// an appointment can also be dragged to another slot. Moves are asked of
// the page, which checks them like a booking.
class WeekGrid : public QTableWidget
{
    Q_OBJECT

public:
    explicit WeekGrid(QWidget* parent = nullptr);

    struct Day
    {
        QDate date;
        QString closed;               // why the centre is closed, empty when open
        QList<core::TimeRange> hours; // the opening hours that day
    };
    void display(const QList<Day>& days, int firstMin, int lastMin, int stepMin,
                 const QList<core::Appointment>& list);
    // Clears the grid and says why it could not be read.
    void showFailure(const QString& message);

    QDate dayAt(int column) const;
    int startAt(int row) const;
    qint64 appointmentAt(int row, int column) const;
    qint64 currentAppointment() const;
    // Puts the cursor on the appointment (after a reload).
    void selectAppointment(qint64 id);
    // Puts the cursor on the slot of that day and start, if shown.
    void selectSlot(const QDate& day, int startMin);
    // What dragging an appointment carries.
    static QMimeData* dragData(qint64 id);

Q_SIGNALS:
    // Enter or a double click: an appointment (id) or an empty slot (id 0).
    void opened(qint64 id, const QDate& day, int startMin);
    void moveRequested(qint64 id, const QDate& day, int startMin);
    void cancelRequested(qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override;

private:
    QList<Day> m_days;
    int m_firstMin = 0;
    int m_stepMin = 30;
    QHash<qint64, core::Appointment> m_appointments;
};

} // namespace infodoc::ui

#include "ui/visits/WeekGrid.h"
#include "ui/common/Lists.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

const QString kMime = QStringLiteral("application/x-infodoc-appointment");
constexpr int kIdRole = Qt::UserRole + 1;

QColor statusColour(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Requested:
        return QColor(0xfd, 0xf1, 0xc8);
    case AppointmentStatus::Confirmed:
        return QColor(0xcf, 0xe8, 0xfc);
    case AppointmentStatus::Done:
        return QColor(0xd4, 0xee, 0xd6);
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::NoShow:
        return QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}

} // namespace

WeekGrid::WeekGrid(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("appointmentGrid"));
    setAccessibleName(tr("Appointments of the week"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(26);
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (!dayAt(column).isValid())
            return;
        Q_EMIT opened(appointmentAt(row, column), dayAt(column), startAt(row));
    });
}

void WeekGrid::display(const QList<Day>& days, int firstMin, int lastMin, int stepMin,
                       const QList<Appointment>& list)
{
    clearSpans();
    clear();
    m_days = days;
    m_firstMin = firstMin;
    m_stepMin = std::max(5, stepMin);
    m_appointments.clear();
    const int rows = std::max(1, (lastMin - firstMin + m_stepMin - 1) / m_stepMin);
    setRowCount(rows);
    setColumnCount(int(days.size()));
    const QLocale locale;
    QStringList headers;
    for (const Day& d : days) {
        QString header = locale.toString(d.date, QStringLiteral("dddd d MMMM"));
        if (!d.closed.isEmpty())
            header += QStringLiteral("\n") + tr("closed: %1").arg(d.closed);
        headers.append(header);
    }
    setHorizontalHeaderLabels(headers);
    QStringList times;
    for (int r = 0; r < rows; ++r)
        times.append(OpeningHours::formatTime(firstMin + r * m_stepMin));
    setVerticalHeaderLabels(times);
    for (int c = 0; c < columnCount(); ++c) {
        for (int r = 0; r < rows; ++r) {
            auto* empty = new QTableWidgetItem;
            empty->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
            const int start = firstMin + r * m_stepMin;
            bool open = false;
            for (const TimeRange& range : days.at(c).hours)
                open = open || (days.at(c).closed.isEmpty() && range.contains(start, 1));
            if (!open)
                empty->setBackground(QColor(0xee, 0xee, 0xee)); // closed: a move there is refused
            setItem(r, c, empty);
        }
    }
    // Cancelled ones are not shown in the grid: their slot is free.
    for (const Appointment& a : list) {
        if (a.status == AppointmentStatus::Cancelled)
            continue;
        int column = -1;
        for (int c = 0; c < days.size(); ++c)
            if (days.at(c).date == a.day)
                column = c;
        if (column < 0)
            continue;
        const int row = std::clamp((a.startMin - firstMin) / m_stepMin, 0, rows - 1);
        if (item(row, column) && item(row, column)->data(kIdRole).toLongLong() != 0)
            continue; // two at once: the upcoming list shows both
        const int span = std::clamp((a.lengthMin + m_stepMin - 1) / m_stepMin, 1, rows - row);
        m_appointments.insert(a.id, a);
        auto* cell = new QTableWidgetItem(
            QStringLiteral("%1–%2  %3\n%4 · %5")
                .arg(OpeningHours::formatTime(a.startMin), OpeningHours::formatTime(a.endMin()),
                     Appointments::visitorLabel(a.visitor), Appointments::label(a.purpose),
                     Appointments::label(a.status)));
        cell->setData(kIdRole, a.id);
        cell->setToolTip(
            plainToolTip(Appointments::whenLabel(a) + u'\n' + Appointments::visitorLabel(a.visitor) +
                         (a.topic.isEmpty() && a.subjects.isEmpty()
                              ? QString()
                              : u'\n' + (a.subjects + QStringList{a.topic}).join(QStringLiteral(" — ")))));
        cell->setBackground(statusColour(a.status));
        cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
                       Qt::ItemIsDropEnabled);
        setItem(row, column, cell);
        if (span > 1)
            setSpan(row, column, span, 1);
    }
    setEnabled(true);
}

void WeekGrid::showFailure(const QString& message)
{
    clearSpans();
    clear();
    m_days.clear();
    m_appointments.clear();
    setRowCount(1);
    setColumnCount(1);
    setHorizontalHeaderLabels({tr("Appointments")});
    auto* cell = new QTableWidgetItem(message);
    cell->setForeground(QColor(0xb0, 0x00, 0x20));
    setItem(0, 0, cell);
}

QDate WeekGrid::dayAt(int column) const
{
    return column >= 0 && column < m_days.size() ? m_days.at(column).date : QDate();
}

int WeekGrid::startAt(int row) const
{
    return m_firstMin + row * m_stepMin;
}

qint64 WeekGrid::appointmentAt(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->data(kIdRole).toLongLong() : 0;
}

qint64 WeekGrid::currentAppointment() const
{
    return appointmentAt(currentRow(), currentColumn());
}

void WeekGrid::selectAppointment(qint64 id)
{
    for (int c = 0; c < columnCount(); ++c)
        for (int r = 0; r < rowCount(); ++r)
            if (appointmentAt(r, c) == id) {
                setCurrentCell(r, c);
                return;
            }
}

void WeekGrid::selectSlot(const QDate& day, int startMin)
{
    for (int c = 0; c < columnCount(); ++c)
        if (dayAt(c) == day) {
            setCurrentCell(std::clamp((startMin - m_firstMin) / m_stepMin, 0, rowCount() - 1), c);
            return;
        }
}

void WeekGrid::keyPressEvent(QKeyEvent* event)
{
    const int row = currentRow();
    const int column = currentColumn();
    const qint64 id = appointmentAt(row, column);
    if (dayAt(column).isValid() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT opened(id, dayAt(column), startAt(row));
        return;
    }
    if (id != 0 && event->key() == Qt::Key_Delete) {
        Q_EMIT cancelRequested(id);
        return;
    }
    if (id != 0 && (event->modifiers() & Qt::ControlModifier)) {
        const Appointment& a = m_appointments.value(id);
        switch (event->key()) {
        case Qt::Key_Up:
            Q_EMIT moveRequested(id, a.day, a.startMin - m_stepMin);
            return;
        case Qt::Key_Down:
            Q_EMIT moveRequested(id, a.day, a.startMin + m_stepMin);
            return;
        case Qt::Key_Left:
            Q_EMIT moveRequested(id, a.day.addDays(a.day.dayOfWeek() == 1 ? -3 : -1), a.startMin);
            return;
        case Qt::Key_Right:
            Q_EMIT moveRequested(id, a.day.addDays(a.day.dayOfWeek() == 5 ? 3 : 1), a.startMin);
            return;
        default:
            break;
        }
    }
    QTableWidget::keyPressEvent(event);
}

QStringList WeekGrid::mimeTypes() const
{
    return {kMime};
}

QMimeData* WeekGrid::mimeData(const QList<QTableWidgetItem*>& items) const
{
    if (items.isEmpty() || items.first()->data(kIdRole).toLongLong() == 0)
        return nullptr;
    return dragData(items.first()->data(kIdRole).toLongLong());
}

QMimeData* WeekGrid::dragData(qint64 id)
{
    auto* mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(id));
    return mime;
}

void WeekGrid::dropEvent(QDropEvent* event)
{
    // The page moves it with the checks of a booking and reloads; the grid
    // itself moves nothing.
    const qint64 id = event->mimeData()->data(kMime).toLongLong();
    const QModelIndex target = indexAt(event->position().toPoint());
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (id == 0 || !target.isValid() || !dayAt(target.column()).isValid())
        return;
    Q_EMIT moveRequested(id, dayAt(target.column()), startAt(target.row()));
}

} // namespace infodoc::ui

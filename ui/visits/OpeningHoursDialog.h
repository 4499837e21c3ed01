#pragma once

#include <QDialog>

#include <array>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// The settings of the appointments: opening hours per weekday (several
// ranges), the lengths offered, the buffer, how many at once, the lead time,
// the step between two proposed starts, and how long a named visitor is
// kept. The closures are the centre's (Loans › Settings), shared with the
// due dates; they are listed here.
class OpeningHoursDialog : public QDialog
{
    Q_OBJECT

public:
    OpeningHoursDialog(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    QLineEdit* dayEdit(int weekday) const { return m_days.at(weekday - 1); }
    QLabel* message() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    core::Database& m_db;
    std::array<QLineEdit*, 7> m_days{};
    QLineEdit* m_lengths = nullptr;
    QSpinBox* m_buffer = nullptr;
    QSpinBox* m_parallel = nullptr;
    QSpinBox* m_lead = nullptr;
    QSpinBox* m_step = nullptr;
    QSpinBox* m_keepMonths = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace infodoc::ui

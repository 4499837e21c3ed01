#pragma once

#include "ui/settings/SettingsPage.h"

#include <array>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Settings › Opening hours and appointments: the hours per weekday
// (several ranges), the lengths offered, the buffer, how many at once, the
// lead time, the step between two proposed starts, and how long a named
// visitor is kept. The closures, shared with the due dates, are on the
// loans page of the settings; those to come are listed here.
class OpeningHoursPage : public SettingsPage
{
    Q_OBJECT

public:
    OpeningHoursPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    QLineEdit* dayEdit(int weekday) const { return m_days.at(weekday - 1); }
    bool save() override;

private:
    core::Database& m_db;
    std::array<QLineEdit*, 7> m_days{};
    QLineEdit* m_lengths = nullptr;
    QSpinBox* m_buffer = nullptr;
    QSpinBox* m_parallel = nullptr;
    QSpinBox* m_lead = nullptr;
    QSpinBox* m_step = nullptr;
    QSpinBox* m_keepMonths = nullptr;
    bool m_readable = true;
};

} // namespace infodoc::ui

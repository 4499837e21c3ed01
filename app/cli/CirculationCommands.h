#pragma once

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::app {

class CliApplication;

// infodoc-cli borrower, loan, hold, closure, reminders and retention: the
// Loans desk from the command line. --date D sets the day (a paper slip
// entered later, or a test).
class CirculationCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::CirculationCommands)

public:
    explicit CirculationCommands(CliApplication& cli);

    int borrower();
    int importBorrowers();
    int loan();
    int hold();
    int closure();
    int reminders();
    int retention();
    int labels();
    int labelSheets();
    int reminderText();

private:
    // The catalogue and the command's clock: the system's, or noon of
    // --date in the centre's time zone.
    struct Desk
    {
        std::unique_ptr<core::Clock> clock;
        std::optional<QDate> date;
        std::unique_ptr<core::Database> db;
        ~Desk();
    };
    bool open(Desk& desk, int& exitCode);

    CliApplication& m_cli;
};

} // namespace infodoc::app

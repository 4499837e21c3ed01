#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;
}

namespace infodoc::core {
class Appointments;
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::app {

// infodoc-cli appointment, hours and ics: the visits on appointment from
// the command line. --today D is the day it is (noon, the centre's time).
class VisitCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::VisitCommands)

public:
    explicit VisitCommands(CliApplication& cli);

    int appointment();
    int hours();
    int ics();
    // Named visitors' personal data: find, export, erase.
    int visitorData();

private:
    // prepare, selection, select, unselect, set-aside, print, lend, close
    // (VisitPreparationCommands.cpp).
    int preparation(const QString& sub, qint64 id, core::Database& db, const core::Clock& clock,
                    core::Appointments& appointments);

    CliApplication& m_cli;
};

} // namespace infodoc::app

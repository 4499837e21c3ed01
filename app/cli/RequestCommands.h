#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;

// infodoc-cli request, tally, requester-data and periodical: Info-Doc and
// the periodicals from the command line. --today D is the day it is (noon, the centre's time).
class RequestCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::RequestCommands)

public:
    explicit RequestCommands(CliApplication& cli);

    int request();
    int tally();
    // Periodicals: add, edit, list, issues, receive, late (PeriodicalCommands.cpp).
    int periodical();
    // The annual activity report (ReportCommands.cpp).
    int report();
    // The requesters' personal data: find, export, erase, months.
    int requesterData();

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

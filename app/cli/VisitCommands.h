#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;

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

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;

// infodoc-cli import and export: records from and to exchange files
// (MARC: UNIMARC and MARC21, ISO 2709 and MARCXML).
class InteropCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::InteropCommands)

public:
    explicit InteropCommands(CliApplication& cli);

    int importFile();
    int exportFile();

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

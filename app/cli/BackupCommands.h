#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;

// infodoc-cli backups: the automatic backups of the catalogue (policy, run,
// list, verify). A single backup by hand is `backup FILE`.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::BackupCommands)

public:
    explicit BackupCommands(CliApplication& cli);

    int backups();

private:
    int policy();
    int run();
    int list();
    int verify();

    CliApplication& m_cli;
};

} // namespace infodoc::app

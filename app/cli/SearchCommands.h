#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;

// infodoc-cli search and index: full-text search and the index it uses.
class SearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::SearchCommands)

public:
    explicit SearchCommands(CliApplication& cli);

    int search();
    int index();

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

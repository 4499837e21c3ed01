#pragma once

#include <QCoreApplication>

namespace infodoc::app {

class CliApplication;

// infodoc-cli import and export: records from and to exchange files
// (MARC, RIS, BibTeX, CSL-JSON, Dublin Core, CSV, XLSX); sru and z3950:
// copy cataloguing from a library's catalogue.
class InteropCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::InteropCommands)

public:
    explicit InteropCommands(CliApplication& cli);

    int importFile();
    int exportFile();
    // `sru` or `z3950`: the search, its records planned as an import, one imported with --import N.
    int copyCatalogue(bool z3950);

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

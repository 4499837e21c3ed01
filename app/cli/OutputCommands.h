#pragma once

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace infodoc::core {
class Database;
}

namespace infodoc::app {

class CliApplication;

// infodoc-cli bibliography, sheet, sheet-template, basket and centre: what the catalogue
// prints and exports, the selections it is printed from, the centre's identity.
class OutputCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::OutputCommands)

public:
    explicit OutputCommands(CliApplication& cli);

    int bibliography();
    int sheet();
    int sheetTemplate();
    int basket();
    int centre();
    // batch: one change to many records (in BatchCommand.cpp).
    int batch();

    // Record numbers chosen by --query, --basket, --subject or --ids (export uses it too).
    std::optional<QList<qint64>> selection(core::Database& db, int& exitCode);

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

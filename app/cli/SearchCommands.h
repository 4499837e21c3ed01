#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace infodoc::core {
class Database;
class SearchIndex;
} // namespace infodoc::core

namespace infodoc::app {

class CliApplication;

// infodoc-cli search and index: full-text search and the index it uses.
class SearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::SearchCommands)

public:
    explicit SearchCommands(CliApplication& cli);

    int search();
    int searches();
    int index();
    int ocr(core::Database& db);

    // IndexSync::openUpToDate with the installed extraction helpers.
    static core::Result<std::unique_ptr<core::SearchIndex>> upToDateIndex(core::Database& db);

private:
    CliApplication& m_cli;
};

} // namespace infodoc::app

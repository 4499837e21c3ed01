#pragma once

#include "core/common/Result.h"
#include "core/interop/RemoteCatalogue.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Copy cataloguing: a search by ISBN, title or author in a library's
// catalogue (the BnF and the SUDOC by SRU, any Z39.50 server), the records
// it answers shown as the import would write them, with the possible
// duplicates of the catalogue; one of them imported. The search runs on a
// worker thread (with its time-out), the window never freezes.
class CopyCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    CopyCatalogueDialog(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    void setServers(const QList<core::RemoteCatalogue::Server>& servers);
    void setQuery(const core::RemoteCatalogue::Query& query);
    core::Status search();
    // Imports the record of the answer at `row` (from 0); its id.
    core::Result<qint64> importRow(int row);

    const std::optional<core::Importer::Plan>& plan() const { return m_plan; }

Q_SIGNALS:
    void imported(qint64 id);

private:
    void showPlan();
    void showCurrent();

    core::Database& m_db;
    const core::Clock& m_clock;
    QList<core::RemoteCatalogue::Server> m_servers;
    std::optional<core::Importer::Plan> m_plan;
    QComboBox* m_server = nullptr;
    QLineEdit* m_isbn = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_author = nullptr;
    QPushButton* m_search = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_detail = nullptr;
    QComboBox* m_onDuplicate = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace infodoc::ui

#pragma once

#include "core/circulation/BorrowerImport.h"
#include "core/common/Result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Borrowers from a spreadsheet (PMB's borrowers export first among them):
// the file and its columns matched to the borrower's fields (guessed from
// the headers, corrected, saved for next time), then the preview — each
// row's problems with its line, the cards already known, the people who may
// already be borrowers — then one transaction and its report. Reading and
// writing run on a worker thread with progress and cancel; nothing is
// written before "Import", nor after a cancel.
class BorrowerImportDialog : public QDialog
{
    Q_OBJECT

public:
    BorrowerImportDialog(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    // The file to read; its first line fills the columns.
    void setFile(const QString& path);
    core::CsvMapping mapping() const;
    core::Status preview();
    core::Status importBorrowers();

    const std::optional<core::BorrowerImport::Plan>& plan() const { return m_plan; }
    const std::optional<core::BorrowerImport::Outcome>& outcome() const { return m_outcome; }
    QString report() const;

Q_SIGNALS:
    void imported();

private:
    QWidget* buildFilePage();
    QWidget* buildPreviewPage();
    void fillColumns(const QStringList& header, const core::CsvMapping& mapping);
    void showPlan();
    void browse();
    void loadMapping();
    void saveMapping();
    void saveReport();
    void goNext();
    void updateButtons();

    core::Database& m_db;
    const core::Clock& m_clock;
    std::optional<core::BorrowerImport::Plan> m_plan;
    std::optional<core::BorrowerImport::Outcome> m_outcome;
    QString m_path; // the file whose first line fills the columns

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_file = nullptr;
    QTableWidget* m_columns = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_rows = nullptr;
    QCheckBox* m_update = nullptr;
    QCheckBox* m_validOnly = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace infodoc::ui

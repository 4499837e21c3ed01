#pragma once

#include "core/common/Result.h"
#include "core/interop/Importer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
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

class LocalFieldsBox;

// The import assistant: a file (its format and character set found, or
// said; a spreadsheet's columns matched to the record's fields), then the
// preview of the plan — every problem with its record, line and field, the
// possible duplicates with a choice for each, the subjects the thesaurus
// lacks — then the import in one transaction, and its report. Reading and
// writing run on a worker thread with progress and cancel; nothing is
// written before "Import", nor after a cancel.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    // The file to read; a spreadsheet's first line fills the columns.
    void setFile(const QString& path);
    core::CsvMapping mapping() const;
    void setMapping(const core::CsvMapping& mapping);
    // Reads and plans the file (step 2); the error is shown as well.
    core::Status preview();
    // Writes the plan with the options chosen (step 3).
    core::Status importRecords();

    const std::optional<core::Importer::Plan>& plan() const { return m_plan; }
    const std::optional<core::Importer::Outcome>& outcome() const { return m_outcome; }
    QString report() const;

Q_SIGNALS:
    void imported(const QList<qint64>& ids);

private:
    QWidget* buildFilePage();
    QWidget* buildPreviewPage();
    QWidget* buildResultPage();
    void browse();
    void updateFileOptions();
    void fillColumns(const QStringList& header, const core::CsvMapping& mapping);
    void loadMapping();
    void saveMapping();
    void showPlan();
    void saveReport();
    void goBack();
    void goNext();
    void updateButtons();
    core::Importer::Options options() const;

    core::Database& m_db;
    const core::Clock& m_clock;
    std::optional<core::Importer::Plan> m_plan;
    std::optional<core::Importer::Outcome> m_outcome;
    QStringList m_header;
    QString m_path; // the file last set

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_charset = nullptr;
    QGroupBox* m_columnsBox = nullptr;
    QTableWidget* m_columns = nullptr;
    QLineEdit* m_listSeparator = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_unmatched = nullptr;
    LocalFieldsBox* m_localFields = nullptr;
    QComboBox* m_onDuplicate = nullptr;
    QCheckBox* m_validOnly = nullptr;
    QCheckBox* m_addDescriptors = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace infodoc::ui

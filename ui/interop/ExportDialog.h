#pragma once

#include "core/common/Result.h"
#include "core/interop/Exporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Writes records to an exchange file: the selection or the whole
// catalogue, in MARC (UNIMARC, MARC21, MARCXML), RIS, BibTeX, CSL-JSON,
// Dublin Core, CSV or XLSX; on a worker thread with progress and cancel,
// the file appearing whole or not at all.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(core::Database& db, const core::Clock& clock, const QList<qint64>& selection,
                 QWidget* parent = nullptr);

    core::Exporter::Format format() const;
    void setFormat(core::Exporter::Format format);
    // The number of records written, or the error (also shown).
    core::Result<int> exportTo(const QString& path);

private:
    void browse();
    void run();

    core::Database& m_db;
    const core::Clock& m_clock;
    QList<qint64> m_selection;
    QComboBox* m_format = nullptr;
    QRadioButton* m_onlySelection = nullptr;
    QRadioButton* m_everything = nullptr;
    QLineEdit* m_path = nullptr;
};

} // namespace infodoc::ui

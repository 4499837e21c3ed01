#pragma once

#include "core/common/Result.h"
#include "core/output/Bibliography.h"
#include "core/output/BibliographyWriter.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace infodoc::core {
class Database;
}

namespace infodoc::core {
class Clock;
}

namespace infodoc::ui {

// Prints, previews and exports a bibliography of chosen records: style,
// order, headings, abstracts, holdings, title and introduction.
class BibliographyDialog : public QDialog
{
    Q_OBJECT

public:
    // The clock dates the count of bibliographies produced (the annual report).
    BibliographyDialog(core::Database& db, const core::Clock& clock, const QList<qint64>& ids,
                       QWidget* parent = nullptr);

    core::BibliographyOptions options() const;
    // Reads the records and writes the file on a worker thread, with progress.
    core::Status exportTo(core::BibliographyWriter::Format format, const QString& path);

private:
    std::optional<core::Bibliography> compute();
    void preview();
    void exportFile();

    core::Database& m_db;
    const core::Clock& m_clock;
    QList<qint64> m_ids;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_introduction = nullptr;
    QComboBox* m_style = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_grouping = nullptr;
    QSpinBox* m_etAl = nullptr;
    QCheckBox* m_abstracts = nullptr;
    QCheckBox* m_holdings = nullptr;
    QComboBox* m_format = nullptr;
};

} // namespace infodoc::ui

#pragma once

#include "core/common/Result.h"
#include "core/output/SheetTemplate.h"
#include "core/output/SheetWriter.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace infodoc::core {
class Database;
}

namespace infodoc::ui {

// Exports experience sheets (PDF, ODT, HTML, JSON, Dublin Core) and adjusts
// their template: the fields shown, their order and labels, the colour, the
// logo. A preview of the first sheet follows every change.
class SheetExportDialog : public QDialog
{
    Q_OBJECT

public:
    SheetExportDialog(core::Database& db, const QList<qint64>& ids, QWidget* parent = nullptr);
    ~SheetExportDialog() override;

    // The experience sheets among the chosen records.
    const QList<qint64>& sheetIds() const { return m_sheetIds; }
    core::SheetTemplate currentTemplate() const;
    void setTemplate(const core::SheetTemplate& sheetTemplate);
    // Loads the sheets and writes them on a worker thread, with progress.
    core::Status exportTo(core::SheetWriter::Format format, const QString& path);

private:
    // The centre's identity and the template as the dialog shows it.
    core::SheetWriter::Options writerOptions() const;
    void moveCurrent(int step);
    void updatePreview();
    void saveAsCentreTemplate();
    void importTemplate();
    void exportTemplate();
    void printPreview();
    void exportFile();

    core::Database& m_db;
    QList<qint64> m_sheetIds;
    core::SheetTemplate m_base; // the catalogue's template as read, or the built-in one
    // The centre's identity, read once; a read that failed stops the exports.
    core::Result<core::CentreIdentity> m_centre;
    QString m_accent;
    QListWidget* m_fields = nullptr;
    QCheckBox* m_showCentre = nullptr;
    QCheckBox* m_showLogo = nullptr;
    QPushButton* m_colour = nullptr;
    QComboBox* m_format = nullptr;
    QTextBrowser* m_preview = nullptr;
    QTextDocument* m_previewDocument = nullptr; // child of m_preview
    bool m_updating = false;
};

} // namespace infodoc::ui

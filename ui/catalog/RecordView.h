#pragma once

#include "core/catalog/Record.h"

#include <QHash>
#include <QTextBrowser>

namespace infodoc::ui {

// Read-only display of one record: every field, copies, attachments and,
// for an experience sheet, its structured fields.
class RecordView : public QTextBrowser
{
    Q_OBJECT

public:
    // What the view tells of an attached file besides its name and size.
    struct AttachmentNote
    {
        QString state;    // "Text read, 12 pages", "Scanned (no text layer)"...
        QList<int> pages; // where the searched words occur
    };
    using AttachmentNotes = QHash<qint64, AttachmentNote>;

    explicit RecordView(QWidget* parent = nullptr);

    void showRecord(const core::Record& record, const AttachmentNotes& notes = {});
    void showMessage(const QString& message);
    qint64 recordId() const { return m_recordId; }
    static QString toHtml(const core::Record& record, const AttachmentNotes& notes = {});

Q_SIGNALS:
    // A link to an attached file (at a page, or 0) was followed.
    void attachmentActivated(qint64 attachmentId, int page);

private:
    qint64 m_recordId = 0;
};

} // namespace infodoc::ui

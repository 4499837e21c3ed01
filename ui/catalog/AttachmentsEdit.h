#pragma once

#include "core/catalog/Record.h"

#include <QWidget>

class QListWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// The files of a record in its form: those attached, with what became of
// their text, and those chosen or dropped, attached when the record is
// saved; removals wait for the save too.
class AttachmentsEdit : public QWidget
{
    Q_OBJECT

public:
    AttachmentsEdit(core::Database& db, const core::Clock& clock, const QList<core::Attachment>& attachments,
                    QWidget* parent = nullptr);

    void addFiles(const QStringList& paths);
    bool isModified() const { return !m_pending.isEmpty() || !m_detached.isEmpty(); }
    QStringList pendingFiles() const { return m_pending; }
    QList<qint64> detachedAttachments() const { return m_detached; }
    // After the record is saved with them: shows the record's files as they now are.
    void saved(qint64 recordId);

Q_SIGNALS:
    void changed();

private:
    void fill();

    core::Database& m_db;
    const core::Clock& m_clock;
    QList<core::Attachment> m_attachments;
    QString m_readError; // the record's files could not be read after saving
    QListWidget* m_list = nullptr;
    QStringList m_pending;
    QList<qint64> m_detached;
};

} // namespace infodoc::ui

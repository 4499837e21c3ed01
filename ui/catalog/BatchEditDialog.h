#pragma once

#include "core/catalog/BatchEdit.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Modification par lot: one change (add or remove a subject, a territory, a
// keyword, or set a field) to the records selected; says how many will
// change before anything is written, and keeps what is needed to undo it.
class BatchEditDialog : public QDialog
{
    Q_OBJECT

public:
    BatchEditDialog(core::Database& db, const core::Clock& clock, const QList<qint64>& ids,
                    QWidget* parent = nullptr);

    core::BatchEdit::Change change() const;
    void setChange(const core::BatchEdit::Change& change);
    // "3 of the 5 selected records will change." (refreshed as the change is typed).
    QString countText() const;
    void updateCount();
    // After Accepted: the records as they were.
    const core::BatchEdit::Undo& undo() const { return m_undo; }

    void accept() override;

private:
    void actionChanged();

    core::Database& m_db;
    const core::Clock& m_clock;
    QList<qint64> m_ids;
    core::BatchEdit::Undo m_undo;
    QComboBox* m_action = nullptr;
    QComboBox* m_field = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_typeValue = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_countTimer = nullptr;
    QHash<QWidget*, QLabel*> m_labels;
};

} // namespace infodoc::ui

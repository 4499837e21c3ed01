#pragma once

#include "core/catalog/Record.h"

#include <QWidget>

class QTableWidget;

namespace infodoc::ui {

// The copies (exemplaires) of a record: barcode, call number, location, status.
class CopiesEdit : public QWidget
{
    Q_OBJECT

public:
    explicit CopiesEdit(QWidget* parent = nullptr);

    QList<core::Copy> copies() const;
    void setCopies(const QList<core::Copy>& copies);
    // A new copy, its call number taken from the record's.
    void addCopy(const QString& callNumber);
    QTableWidget* table() const { return m_table; }
    void setDefaultCallNumber(const QString& callNumber) { m_defaultCallNumber = callNumber; }

Q_SIGNALS:
    void changed();

private:
    void appendRow(const core::Copy& copy);

    QTableWidget* m_table = nullptr;
    QList<qint64> m_ids; // row -> copy id (0 for new copies)
    QString m_defaultCallNumber;
};

} // namespace infodoc::ui

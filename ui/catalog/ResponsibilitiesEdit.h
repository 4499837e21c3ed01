#pragma once

#include "core/catalog/Record.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace infodoc::core {
class AuthorityRepository;
}

namespace infodoc::ui {

// The persons and organisations of a record with their roles. Names
// complete from the authorities; a new name that looks like an existing
// authority is pointed out before it creates a second one.
class ResponsibilitiesEdit : public QWidget
{
    Q_OBJECT

public:
    ResponsibilitiesEdit(core::AuthorityRepository& authorities, QWidget* parent = nullptr);
    ~ResponsibilitiesEdit() override;

    QList<core::Responsibility> responsibilities() const;
    void setResponsibilities(const QList<core::Responsibility>& list);
    void addRow(const core::Responsibility& r = {});
    QTableWidget* table() const { return m_table; }
    // "“Dupond, Marie” looks like “Dupont, Marie” (12 records)…", empty if none.
    QString similarWarning() const;

Q_SIGNALS:
    void changed();

private:
    void checkSimilar();
    void removeRowAt(int row);

    core::AuthorityRepository& m_authorities;
    QTableWidget* m_table = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace infodoc::ui

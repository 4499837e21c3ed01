#pragma once

#include "core/interop/LocalFields.h"

#include <QGroupBox>

class QTableWidget;

namespace infodoc::ui {

// The import preview's list of the source catalogue's own fields (PMB's
// custom fields, its decimal index): each with its label, how many records
// give it, an example, and where it goes — a choice per field, read again
// with "Apply" (the preview is then made anew).
class LocalFieldsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit LocalFieldsBox(QWidget* parent = nullptr);

    void setUses(const QList<core::LocalFields::Use>& uses);
    // The choices shown (every field listed), for the next preview.
    QHash<QString, core::LocalFields::Target> choices() const;

Q_SIGNALS:
    void applyRequested();

private:
    QTableWidget* m_table = nullptr;
};

} // namespace infodoc::ui

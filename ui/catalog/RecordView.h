#pragma once

#include "catalog/Record.h"

#include <QTextBrowser>

namespace infodoc::ui {

// Read-only display of one record: every field, copies, attachments and,
// for an experience sheet, its structured fields.
class RecordView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordView(QWidget* parent = nullptr);

    void showRecord(const core::Record& record);
    void showMessage(const QString& message);
    static QString toHtml(const core::Record& record);
};

} // namespace infodoc::ui

#pragma once

#include "core/catalog/Periodicals.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Periodicals (Documents › Periodicals…, Ctrl+Shift+P): the titles, the
// issues of the one chosen (received or expected), receiving an issue —
// the barcode scanner types the EAN-13 (977…) and presses Enter, or the
// next expected issue is received with a click — the late issues of every
// title and the claim letter to their publishers.
class PeriodicalsDialog : public QDialog
{
    Q_OBJECT

public:
    PeriodicalsDialog(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~PeriodicalsDialog() override;

    QListWidget* titles() const { return m_titles; }
    QTreeWidget* issues() const { return m_issues; }
    QLineEdit* scan() const { return m_scan; }
    QLabel* message() const { return m_message; }

    void reload();
    bool receiveScanned(const QString& code);
    bool receiveNext();
    void showLate();
    bool writeClaim(const QString& path);
    // The title form; false when cancelled or refused.
    bool editTitle(qint64 id);

Q_SIGNALS:
    // Issue records were added to the catalogue.
    void catalogueChanged();

private:
    void say(const QString& text, bool error = false);
    void showIssues();
    qint64 currentTitle() const;
    QDate today() const;

    core::Database& m_db;
    const core::Clock& m_clock;
    core::Periodicals m_periodicals;
    QList<core::Periodicals::Late> m_late;
    QListWidget* m_titles = nullptr;
    QTreeWidget* m_issues = nullptr;
    QLineEdit* m_scan = nullptr;
    QLineEdit* m_summary = nullptr;
    QLineEdit* m_barcode = nullptr;
    QSpinBox* m_printRun = nullptr;
    QSpinBox* m_mailed = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace infodoc::ui

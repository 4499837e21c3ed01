#pragma once

#include "core/reports/ActivityReport.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// The Reports page (Ctrl+6): the annual activity report for a period (a
// calendar year by default) beside the previous one, section by section,
// with its charts drawn live by Qt Charts and its tables; the introduction
// the documentalist writes (kept in the catalogue); export to PDF, ODT,
// XLSX, CSV and JSON. Ctrl+R computes again.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    QTabWidget* sections() const { return m_tabs; }
    QLabel* message() const { return m_message; }
    const std::optional<core::ActivityReport>& report() const { return m_report; }

    void setPeriod(const QDate& from, const QDate& to);
    bool compute();
    bool exportTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void say(const QString& text, bool error = false);
    void showReport();
    QWidget* sectionWidget(const core::ReportSection& section);
    void exportAs(const QString& key);

    core::Database& m_db;
    const core::Clock& m_clock;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QList<QCheckBox*> m_sectionBoxes;
    QPlainTextEdit* m_introduction = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    std::optional<core::ActivityReport> m_report;
    bool m_computed = false;
};

} // namespace infodoc::ui

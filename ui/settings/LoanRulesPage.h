#pragma once

#include "ui/settings/SettingsPage.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Settings › Loans and calendar: the loan rules by category of borrower and
// document type, the functions offered in the borrower form, the opening
// days and closures (the due dates inside one move to the next opening
// day), the delays of holds and reminders, the retention of personal data
// (CNIL) with its dry run and its run.
class LoanRulesPage : public SettingsPage
{
    Q_OBJECT

public:
    LoanRulesPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    QTableWidget* rules() const { return m_rules; }
    QTreeWidget* closures() const { return m_closures; }
    // Keeps the rules, the functions, the opening days and the delays shown.
    bool save() override;

private:
    void refreshRules();
    void addCategory();
    void addTypeRule();
    void addClosure();
    void removeClosure();
    void simulateRetention();
    void applyRetention();

    core::Database& m_db;
    const core::Clock& m_clock;
    QTableWidget* m_rules = nullptr;
    QPlainTextEdit* m_functions = nullptr;
    QList<QCheckBox*> m_openDays;
    QTreeWidget* m_closures = nullptr;
    QDateEdit* m_closureFrom = nullptr;
    QDateEdit* m_closureTo = nullptr;
    QLineEdit* m_closureLabel = nullptr;
    QSpinBox* m_pickupDays = nullptr;
    QLineEdit* m_reminderDays = nullptr;
    QSpinBox* m_anonymiseMonths = nullptr;
    QSpinBox* m_deleteMonths = nullptr;
    QPlainTextEdit* m_retention = nullptr;
    QPushButton* m_applyRetention = nullptr;
    bool m_readable = false;
};

} // namespace infodoc::ui

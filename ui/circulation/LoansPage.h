#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

#include "core/output/Labels.h"

namespace infodoc::core {
class Clock;
class Database;
class DeskSession;
} // namespace infodoc::core

namespace infodoc::ui {

// The Loans module (Ctrl+3): the desk with its one scan box, the
// borrowers, the late loans and their reminders, the holds, the labels (the
// rules, opening days, closures and retention are in the settings,
// LoanRulesPage). Keyboard first: the scan
// box has the focus, a scanner types the code and presses Enter.
class LoansPage : public QWidget
{
    Q_OBJECT

public:
    LoansPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~LoansPage() override;

    QLineEdit* scanBox() const { return m_scan; }
    QLabel* deskMessage() const { return m_message; }
    QTreeWidget* deskLoans() const { return m_loans; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* overdueList() const { return m_overdue; }
    QTableWidget* borrowerList() const { return m_borrowers; }

    // Reads everything again (after a change made elsewhere).
    void reload();
    // The rules, the calendar or the delays changed (in the settings): the
    // desk reads them again.
    void settingsChanged();
    // The Labels tab, ready to print the copies of these records (the
    // catalogue's selection).
    void showLabelsFor(const QList<qint64>& records);

Q_SIGNALS:
    // A loan or a return changed a copy's availability (the search follows).
    void circulationChanged();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDesk();
    QWidget* buildBorrowers();
    QWidget* buildOverdues();
    QWidget* buildHolds();
    QWidget* buildLabels();
    bool gatherLabels(QList<core::Labels::Label>& labels);
    void showLabelPreferences();
    void previewLabels();
    void saveLabels();

    void scan();
    void showOutcome(int kind, const QString& message, bool warning);
    void refreshDesk();
    void renewSelected();
    void lostSelected();
    void undo();
    void clearBorrower();
    QString selectedDeskCopy() const;

    void refreshBorrowers();
    void editBorrower(qint64 id);
    void newBorrower();
    void saveBorrower();
    void deleteBorrower();
    void exportBorrower();
    void eraseBorrower();
    void importBorrowers();

    void refreshOverdues();
    void writeReminders();
    void refreshHolds();
    void cancelHold();
    void placeHold();
    void notifyHold();
    void editReminderText();
    void failed(const QString& message);

    core::Database& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<core::DeskSession> m_desk;

    QTabWidget* m_tabs = nullptr;
    // desk
    QLineEdit* m_scan = nullptr;
    QDateEdit* m_day = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_borrowerLabel = nullptr;
    QTreeWidget* m_loans = nullptr;
    QTreeWidget* m_deskHolds = nullptr;
    QPushButton* m_undo = nullptr;
    // borrowers
    QLineEdit* m_borrowerFilter = nullptr;
    QTableWidget* m_borrowers = nullptr;
    qint64 m_editedBorrower = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_card = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_structure = nullptr;
    QComboBox* m_structureType = nullptr;
    QComboBox* m_function = nullptr;
    QLineEdit* m_commune = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_borrowerLoans = nullptr;
    QTreeWidget* m_borrowerHistory = nullptr;
    // overdues and holds
    QTreeWidget* m_overdue = nullptr;
    QLabel* m_reminderState = nullptr;
    QTreeWidget* m_holds = nullptr;
    // labels
    QComboBox* m_labelSource = nullptr;
    QLineEdit* m_labelCodes = nullptr;
    QComboBox* m_labelBasket = nullptr;
    QDateEdit* m_labelSince = nullptr;
    QComboBox* m_labelLayout = nullptr;
    QComboBox* m_labelBarcode = nullptr;
    QSpinBox* m_labelStart = nullptr;
    QLabel* m_labelState = nullptr;
    QList<qint64> m_labelRecords;
    core::Labels::Preferences m_labelPreferences;
};

} // namespace infodoc::ui

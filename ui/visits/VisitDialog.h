#pragma once

#include "core/visits/Appointments.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace infodoc::core {
class Clock;
class Database;
class SearchIndex;
class SearchService;
class VisitPreparation;
} // namespace infodoc::core

namespace infodoc::ui {

// One visit, prepared and closed. "Préparer": the suggested documents
// (descriptors with their narrower terms, the free topic, records similar
// to the selection) are ticked into the selection; copies are set aside;
// the pull list and the bibliography are printed. "La visite": the loans
// made (scan the copy: a loan linked to the visit), what was consulted
// (ticked or scanned) and the follow-up, then the visit is closed.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(core::Database& db, const core::Clock& clock, core::Appointments& appointments,
                qint64 appointmentId, QWidget* parent = nullptr);
    ~VisitDialog() override;

    QTreeWidget* suggestions() const { return m_suggestions; }
    QTreeWidget* selection() const { return m_selection; }
    QLineEdit* lendBox() const { return m_lend; }
    QPlainTextEdit* followUp() const { return m_followUp; }
    QLabel* message() const { return m_message; }
    QTabWidget* tabs() const { return m_tabs; }

    void addTicked();
    void removeSelected();
    void setAside();
    void printPullList(const QString& path);
    void printBibliography(const QString& path);
    void lend();
    void scanConsulted();
    void closeVisit();

Q_SIGNALS:
    // Loans made, copies set aside, the visit closed: the desk and the index follow.
    void changed();
    // "Mode visiteur" for this visit: the visitor's selection is kept with it.
    void visitorModeRequested();

private:
    // The selection, copies set aside and loans; the suggestions too when the selection may have changed.
    void reload(bool withSuggestions = true);
    void reloadSuggestions();
    void report(const core::Status& status, const QString& done = {});

    core::Database& m_db;
    const core::Clock& m_clock;
    core::Appointments& m_appointments;
    qint64 m_id = 0;
    std::unique_ptr<core::VisitPreparation> m_preparation;
    std::unique_ptr<core::SearchIndex> m_index;
    std::unique_ptr<core::SearchService> m_search; // its thesaurus read once for the dialog
    QString m_indexProblem;
    QStringList m_scanned;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_suggestions = nullptr;
    QTreeWidget* m_selection = nullptr;
    QTreeWidget* m_aside = nullptr;
    QLineEdit* m_lend = nullptr;
    QTreeWidget* m_loans = nullptr;
    QLineEdit* m_scan = nullptr;
    QPlainTextEdit* m_followUp = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace infodoc::ui

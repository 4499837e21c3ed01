#pragma once

#include "core/requests/Requests.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextEdit;
class QTimer;
class QTreeWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class TermListEdit;

// The Requests page (Ctrl+5): Info-Doc. The list of requests with its
// filters (status, theme, due date, staff, words) beside the form of the
// one chosen: the requester, the question, the answer and the records
// given, the time spent (a start/stop timer and entries by hand), the
// documents kept with it (a bibliography of the records given, any file),
// and "Capitalise" which keeps an answered request as a reusable answer in
// the catalogue. Quick tallies count a short question answered on the spot
// with one key (F6 to F9). Keyboard first: Ctrl+N a new request, Ctrl+S
// saves, Ctrl+T starts or stops the timer, Ctrl+F the words filter.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    RequestsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~RequestsPage() override;

    QTreeWidget* list() const { return m_list; }
    QLabel* message() const { return m_message; }
    qint64 currentId() const { return m_id; }

    void reload();
    void newRequest();
    void openRequest(qint64 id);
    // Saves the form; false (with the reason shown) when refused.
    bool save();
    // The answer and records of the form, the request answered.
    bool markAnswered();
    bool capitalise();
    void toggleTimer();
    bool addMinutes(int minutes);
    bool produceBibliography();
    bool produceSheets();
    bool attachFile(const QString& path);
    bool saveDocumentAs(qint64 documentId, const QString& path);
    // One short question answered on the spot.
    bool tally(core::RequestChannel channel);
    // The staff who handle requests, one per line.
    void editStaff();
    // A named requester (found by name): right of access and erasure.
    void namedRequester();
    // A request from an appointment's follow-up; false (said) when refused.
    bool fromAppointment(qint64 appointmentId);

Q_SIGNALS:
    // A reusable answer was added to or changed in the catalogue.
    void catalogueChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void say(const QString& text, bool error = false);
    std::optional<core::Requests> service();
    void fillForm(const core::InfoRequest& request);
    core::InfoRequest formRequest() const;
    void updateRequesterFields();
    void reloadTimes();
    void reloadDocuments();
    void updateTallyCount();
    void refreshTimerLabel();
    QList<qint64> formRecords(QString* bad) const;

    core::Database& m_db;
    const core::Clock& m_clock;
    qint64 m_id = 0;
    core::InfoRequest m_loaded;

    // Filters and list.
    QComboBox* m_statusFilter = nullptr;
    QLineEdit* m_themeFilter = nullptr;
    QCheckBox* m_lateFilter = nullptr;
    QComboBox* m_staffFilter = nullptr;
    QLineEdit* m_textFilter = nullptr;
    QTreeWidget* m_list = nullptr;

    // The form.
    QLabel* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_card = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_structure = nullptr;
    QComboBox* m_structureType = nullptr;
    QLineEdit* m_commune = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_received = nullptr;
    QCheckBox* m_hasWanted = nullptr;
    QDateEdit* m_wanted = nullptr;
    TermListEdit* m_subjects = nullptr;
    QPlainTextEdit* m_question = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_status = nullptr;
    QTextEdit* m_answer = nullptr;
    QLineEdit* m_records = nullptr;
    QLabel* m_recordTitles = nullptr;
    QPushButton* m_capitalise = nullptr;

    // Time spent.
    QPushButton* m_timerButton = nullptr;
    QLabel* m_timerLabel = nullptr;
    QSpinBox* m_minutes = nullptr;
    QListWidget* m_times = nullptr;
    QLabel* m_totalTime = nullptr;
    QTimer* m_tick = nullptr;
    QElapsedTimer m_elapsed;
    qint64 m_timedRequest = 0;

    QListWidget* m_documents = nullptr;

    // Quick tallies.
    QLineEdit* m_tallyTheme = nullptr;
    QLabel* m_tallyCount = nullptr;

    QLabel* m_message = nullptr;
};

} // namespace infodoc::ui

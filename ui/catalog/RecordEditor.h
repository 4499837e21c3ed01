#pragma once

#include "core/catalog/Record.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace infodoc::core {
class AuthorityRepository;
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

class AttachmentsEdit;
class CopiesEdit;
class ResponsibilitiesEdit;
class TermListEdit;

// The record form: fields that follow the document type (the
// experience-sheet tab for experience sheets, the larger whole for articles
// and chapters), validation as you type, subjects and territories from the
// vocabularies, names from the authorities, copies and attached files. It
// asks before losing changes and warns of possible duplicates on saving.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    enum Outcome
    {
        // The user chose to open the existing record a duplicate warning named.
        OpenExisting = 2
    };

    // `record.id == 0` creates a record (a new one or a copy of another).
    RecordEditor(core::Database& db, const core::Clock& clock, const core::Record& record,
                 QWidget* parent = nullptr);
    ~RecordEditor() override;

    core::Record record() const;
    bool isModified() const;
    // The record saved (after Accepted), or the existing one to open (after OpenExisting).
    qint64 recordId() const { return m_resultId; }
    // Files to attach when the record is saved.
    void addFiles(const QStringList& paths);
    // Problems shown under the fields, by field name ("title", "isbn"...).
    QHash<QString, QString> shownProblems() const;

    void accept() override;
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QLabel* addRow(QGridLayout* grid, const QString& label, QWidget* field, QWidget* buddy = nullptr);
    QLineEdit* addLine(QGridLayout* form, const QString& label, const char* name, const QString& field = {});
    QPlainTextEdit* addText(QGridLayout* form, const QString& label, const char* name, int lines = 3);
    void setUpDescription(QTabWidget* tabs);
    void setUpIndexing(QTabWidget* tabs);
    void setUpSheet(QTabWidget* tabs);
    void load(const core::Record& record);
    void typeChanged();
    void validate();
    bool save();
    void changed();

    core::Database& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<core::AuthorityRepository> m_authorities;
    core::Record m_original;
    QByteArray m_originalJson;
    qint64 m_resultId = 0;
    bool m_triedSave = false;
    bool m_titleTouched = false;

    QComboBox* m_type = nullptr;
    QTabWidget* m_tabs = nullptr;
    QGridLayout* m_description = nullptr;
    QHash<QWidget*, QLabel*> m_labels;       // field -> its label
    QHash<QString, QLineEdit*> m_lines;      // by field name
    QHash<QString, QPlainTextEdit*> m_texts; // by field name
    QHash<QString, QLabel*> m_problemLabels; // by field name
    QComboBox* m_language = nullptr;
    ResponsibilitiesEdit* m_responsibilities = nullptr;
    TermListEdit* m_subjects = nullptr;
    TermListEdit* m_territories = nullptr;
    CopiesEdit* m_copies = nullptr;
    QWidget* m_sheetTab = nullptr;
    AttachmentsEdit* m_attachments = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_validateTimer = nullptr;
};

} // namespace infodoc::ui

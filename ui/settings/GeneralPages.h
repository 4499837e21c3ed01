#pragma once

#include "ui/settings/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QTableWidget;

namespace infodoc::core {
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Settings › Character recognition: whether scanned PDFs are read by
// Tesseract, and in which language.
class OcrPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit OcrPage(core::Database& db, QWidget* parent = nullptr);
    bool save() override;

private:
    core::Database& m_db;
    QCheckBox* m_enabled = nullptr;
    QComboBox* m_language = nullptr;
    QString m_stored;
    bool m_readable = false;
};

// Settings › Visitor mode: the staff PIN that leaves the visitor mode. An
// existing PIN is changed by typing it first.
class VisitorPinPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit VisitorPinPage(core::Database& db, QWidget* parent = nullptr);
    bool save() override;

private:
    void showState();

    core::Database& m_db;
    QLabel* m_state = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_confirm = nullptr;
};

// Settings › Labels: the sheet and barcode printed by default, and the
// centre's own sheets by name.
class LabelsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LabelsPage(core::Database& db, QWidget* parent = nullptr);
    QTableWidget* ownLayouts() const { return m_own; }
    bool save() override;

private:
    void fillDefaults(const QString& chosen);

    core::Database& m_db;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_barcode = nullptr;
    QTableWidget* m_own = nullptr;
    bool m_readable = false;
};

// Settings › Staff: the members of staff who handle requests and spend time on them.
class StaffPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit StaffPage(core::Database& db, QWidget* parent = nullptr);
    bool save() override;

private:
    core::Database& m_db;
    QPlainTextEdit* m_names = nullptr;
    bool m_readable = false;
};

// Settings › Language: the interface in the system's language, in French or
// in English (kept for this workstation's user, from the next start).
class LanguagePage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LanguagePage(QSettings& user, QWidget* parent = nullptr);
    bool save() override;

private:
    QSettings& m_user;
    QComboBox* m_language = nullptr;
};

} // namespace infodoc::ui

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace infodoc::core {
class Clock;
}

namespace infodoc::ui {

// The first run, or File › Open another catalogue: create the centre's
// catalogue (where, the centre's name, address and logo for the documents,
// the automatic backups), open the demonstration catalogue to look around,
// import an existing catalogue, or open a catalogue file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        Created,
        Demo,
        Import, // created, then the import assistant
        Opened
    };

    explicit WelcomeDialog(const core::Clock& clock, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The catalogue to open now.
    QString cataloguePath() const { return m_path; }
    // Where the centre's catalogue is proposed (the user's default one).
    void setProposedPath(const QString& path);
    void setDemoRecords(int records) { m_demoRecords = records; }
    void setDemoPath(const QString& path) { m_demoPath = path; }

    // The form's page, for the centre's catalogue (then the import when `import`).
    void showCentreForm(bool import);
    // Creates the centre's catalogue from the form; on an error, says why and stays.
    bool createCentre();
    bool openDemo();
    bool openFile(const QString& path);

private:
    QWidget* choicesPage();
    QWidget* formPage();
    void chooseLogo();

    const core::Clock& m_clock;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_where = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_logoFile = nullptr;
    QLabel* m_logo = nullptr;
    QCheckBox* m_backups = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QByteArray m_logoBytes;
    bool m_import = false;
    int m_demoRecords = 500;
    QString m_demoPath;
    Choice m_choice = Choice::None;
    QString m_path;
};

} // namespace infodoc::ui

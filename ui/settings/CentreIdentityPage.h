#pragma once

#include "core/output/CentreIdentity.h"

#include "ui/settings/SettingsPage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace infodoc::core {
class Database;
}

namespace infodoc::ui {

// Settings › The centre's identity, printed on bibliographies, experience
// sheets, letters and reports: name, address, website, e-mail, logo and colour.
class CentreIdentityPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit CentreIdentityPage(core::Database& db, QWidget* parent = nullptr);

    core::CentreIdentity identity() const;
    // Reads the image as the logo; a file that is not one is refused, saying so.
    void setLogoFile(const QString& path);
    bool save() override;

private:
    void showLogo();
    void showColour();

    core::Database& m_db;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_logo = nullptr;
    QPushButton* m_colour = nullptr;
    QByteArray m_logoBytes;
    QString m_colourName;
    bool m_readable = true;
};

} // namespace infodoc::ui

#pragma once

#include "core/output/CentreIdentity.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace infodoc::core {
class Database;
}

namespace infodoc::ui {

// The centre's identity printed on bibliographies and experience sheets:
// name, address, website, e-mail, logo and colour.
class CentreSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CentreSettingsDialog(core::Database& db, QWidget* parent = nullptr);

    core::CentreIdentity identity() const;
    void setLogoFile(const QString& path);
    // Saves; on an error, says why and keeps the dialog open.
    void accept() override;

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
};

} // namespace infodoc::ui

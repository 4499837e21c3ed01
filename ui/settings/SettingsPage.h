#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace infodoc::ui {

// A page of the settings window: its title above, what it sets in body(),
// and a line for its error below. save() keeps what the page shows (in the
// catalogue, or in the user's settings for what belongs to the workstation).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString& key, const QString& title, QWidget* parent = nullptr);

    // "backups", "centre", "ocr", "visitor", "hours", "loans", "labels", "staff", "language".
    QString key() const { return m_key; }
    QString title() const { return m_title; }
    // Keeps what the page shows; on an error, shows it on the page and returns false.
    virtual bool save() = 0;
    // The error shown, empty when none.
    QString error() const;

protected:
    QVBoxLayout* body() const { return m_body; }
    void showError(const QString& message);
    void clearError();

private:
    QString m_key;
    QString m_title;
    QVBoxLayout* m_body = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace infodoc::ui

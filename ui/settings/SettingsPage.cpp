#include "ui/settings/SettingsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace infodoc::ui {

SettingsPage::SettingsPage(const QString& key, const QString& title, QWidget* parent)
    : QWidget(parent), m_key(key), m_title(title)
{
    setObjectName(key + QStringLiteral("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()), this);
    layout->addWidget(heading);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(key + QStringLiteral("SettingsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
}

QString SettingsPage::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void SettingsPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace infodoc::ui

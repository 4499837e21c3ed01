#include "ui/settings/SettingsDialog.h"

#include "ui/help/HelpWindow.h"
#include "ui/settings/BackupsPage.h"
#include "ui/settings/CentreIdentityPage.h"
#include "ui/settings/GeneralPages.h"
#include "ui/settings/LoanRulesPage.h"
#include "ui/settings/OpeningHoursPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

SettingsDialog::SettingsDialog(core::Database& db, const core::Clock& clock, QSettings& user, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_stack = new QStackedWidget(this);

    auto* backups = new BackupsPage(db, clock, this);
    addPage(backups);
    addPage(new CentreIdentityPage(db, this));
    addPage(new OcrPage(db, this));
    addPage(new VisitorPinPage(db, this));
    addPage(new OpeningHoursPage(db, clock, this));
    addPage(new LoanRulesPage(db, clock, this));
    addPage(new LabelsPage(db, this));
    addPage(new StaffPage(db, this));
    addPage(new LanguagePage(user, this));
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 24);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(backups, &BackupsPage::restoreRequested, this, [this](const QString& path) {
        Q_EMIT restoreRequested(path);
        reject();
    });
    connect(backups, &BackupsPage::openAnotherRequested, this, [this] {
        if (!apply())
            return;
        Q_EMIT openAnotherRequested();
        QDialog::accept();
    });

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto* pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(buttons);
    auto* help = new QAction(this);
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, [this] { HelpWindow::open(QStringLiteral("settings"), this); });
    addAction(help);
    buttons->addButton(QDialogButtonBox::Help)->setText(tr("&Help"));
    connect(buttons, &QDialogButtonBox::helpRequested, help, &QAction::trigger);
    m_list->setCurrentRow(0);
    m_list->setFocus();
    resize(1220, 760);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages.append(page);
    m_list->addItem(page->title());
    // A page taller than the window scrolls rather than squeezing its fields.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
}

void SettingsDialog::showPage(const QString& key)
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i)->key() == key)
            m_list->setCurrentRow(i);
}

SettingsPage* SettingsDialog::page(const QString& key) const
{
    for (SettingsPage* p : m_pages)
        if (p->key() == key)
            return p;
    return nullptr;
}

SettingsPage* SettingsDialog::currentPage() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_pages.at(row) : nullptr;
}

bool SettingsDialog::apply()
{
    bool kept = true;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->save()) {
            m_list->setCurrentRow(i);
            kept = false;
            break;
        }
    }
    // What was kept before a refusal is kept: the other pages follow it.
    Q_EMIT settingsChanged();
    return kept;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace infodoc::ui

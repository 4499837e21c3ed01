#include "ui/settings/BackupsPage.h"

#include "core/common/Clock.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace infodoc::ui {

using core::AutomaticBackups;

BackupsPage::BackupsPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : SettingsPage(QStringLiteral("backups"), tr("Catalogue and backups"), parent), m_db(db), m_clock(clock)
{
    QVBoxLayout* layout = body();
    auto* catalogueRow = new QHBoxLayout;
    auto* catalogue = new QLabel(tr("Catalogue open: %1").arg(QDir::toNativeSeparators(db.path())), this);
    catalogue->setObjectName(QStringLiteral("cataloguePath"));
    catalogue->setTextFormat(Qt::PlainText);
    catalogue->setWordWrap(true);
    catalogue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* another = new QPushButton(tr("Open &another catalogue…"), this);
    connect(another, &QPushButton::clicked, this, &BackupsPage::openAnotherRequested);
    catalogueRow->addWidget(catalogue, 1);
    catalogueRow->addWidget(another);
    layout->addLayout(catalogueRow);

    m_enabled = new QCheckBox(tr("&Back up this catalogue automatically"), this);
    m_enabled->setObjectName(QStringLiteral("backupEnabled"));
    layout->addWidget(m_enabled);
    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("a USB drive, a network share…"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, &BackupsPage::chooseFolder);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto spin = [this](int max) {
        auto* s = new QSpinBox(this);
        s->setRange(0, max);
        return s;
    };
    m_daily = spin(400);
    m_daily->setObjectName(QStringLiteral("keepDays"));
    m_weekly = spin(400);
    m_monthly = spin(400);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_daily);
    keepRow->addWidget(new QLabel(tr("days,"), this));
    keepRow->addWidget(m_weekly);
    keepRow->addWidget(new QLabel(tr("weeks,"), this));
    keepRow->addWidget(m_monthly);
    keepRow->addWidget(new QLabel(tr("months"), this));
    keepRow->addStretch();
    auto* keepLabel = new QLabel(tr("&Keep the newest of the last:"), this);
    keepLabel->setBuddy(m_daily);
    form->addRow(keepLabel, keepRow);

    m_atClose = new QCheckBox(tr("when the program &closes"), this);
    m_daySet = new QCheckBox(tr("every &day at"), this);
    m_daySet->setObjectName(QStringLiteral("backupDaily"));
    m_at = new QTimeEdit(this);
    m_at->setObjectName(QStringLiteral("backupTime"));
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    connect(m_daySet, &QCheckBox::toggled, m_at, &QWidget::setEnabled);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_atClose);
    whenRow->addWidget(m_daySet);
    whenRow->addWidget(m_at);
    whenRow->addStretch();
    form->addRow(tr("Written:"), whenRow);
    layout->addLayout(form);

    auto* listLabel = new QLabel(tr("Backups in the &folder:"), this);
    layout->addWidget(listLabel);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("Records"), tr("State")});
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    listLabel->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("backupError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* actions = new QHBoxLayout;
    auto* now = new QPushButton(tr("Back up &now"), this);
    now->setObjectName(QStringLiteral("backUpNow"));
    m_verify = new QPushButton(tr("&Verify"), this);
    m_restore = new QPushButton(tr("&Restore…"), this);
    actions->addWidget(now);
    actions->addWidget(m_verify);
    actions->addWidget(m_restore);
    actions->addStretch();
    layout->addLayout(actions);
    connect(now, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifyCurrent);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackupsPage::updateButtons);

    showPolicy();
    reload();
}

void BackupsPage::showPolicy()
{
    auto p = AutomaticBackups::policy(m_db);
    if (!p) {
        m_error->setText(p.errorMessage());
        m_error->show();
        return;
    }
    m_enabled->setChecked(p->enabled);
    m_folder->setText(QDir::toNativeSeparators(p->folder));
    m_daily->setValue(p->daily);
    m_weekly->setValue(p->weekly);
    m_monthly->setValue(p->monthly);
    m_atClose->setChecked(p->atClose);
    m_daySet->setChecked(p->at.isValid());
    m_at->setTime(p->at.isValid() ? p->at : QTime(12, 30));
    m_at->setEnabled(p->at.isValid());
}

bool BackupsPage::save()
{
    clearError();
    AutomaticBackups::Policy p;
    p.enabled = m_enabled->isChecked();
    p.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.daily = m_daily->value();
    p.weekly = m_weekly->value();
    p.monthly = m_monthly->value();
    p.atClose = m_atClose->isChecked();
    p.at = m_daySet->isChecked() ? m_at->time() : QTime();
    if (auto s = AutomaticBackups::setPolicy(m_db, p); !s) {
        showError(s.errorMessage());
        m_folder->setFocus();
        return false;
    }
    return true;
}

void BackupsPage::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder of the backups"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

QString BackupsPage::listError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BackupsPage::reload()
{
    m_list->clear();
    m_error->hide();
    AutomaticBackups backups(m_db, m_clock);
    auto listed = backups.list();
    if (!listed) {
        m_error->setText(listed.errorMessage());
        m_error->show();
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const auto& b : *listed) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.taken, QLocale::ShortFormat));
        item->setText(1, locale.formattedDataSize(b.bytes));
        item->setText(2, b.state == AutomaticBackups::Backup::State::Verified ? locale.toString(b.records)
                                                                              : QString());
        item->setText(3, AutomaticBackups::stateText(b));
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
        if (b.state == AutomaticBackups::Backup::State::Damaged) {
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, QColor(0xb0, 0x00, 0x20));
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
}

QString BackupsPage::currentPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void BackupsPage::updateButtons()
{
    m_verify->setEnabled(!currentPath().isEmpty());
    m_restore->setEnabled(!currentPath().isEmpty());
}

void BackupsPage::backUpNow()
{
    if (!save())
        return;
    auto written = std::make_shared<QString>();
    const core::Clock& clock = m_clock;
    const core::Status status = BackgroundTask::runOnCatalogue(
        this, tr("Backing up the catalogue…"), m_db.path(),
        [written, &clock](core::Database& db, const BackgroundTask::Progress& progress) -> core::Status {
            AutomaticBackups backups(db, clock);
            auto b = backups.run([&progress](const QString&, qint64 done, qint64 total) {
                return progress(int(done), int(total));
            });
            if (!b)
                return b.error();
            *written = b->path;
            return core::Status::success();
        });
    if (!status)
        QMessageBox::warning(this, title(), status.errorMessage());
    reload();
}

void BackupsPage::verifyCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    auto checked = std::make_shared<AutomaticBackups::Backup>();
    const core::Status status = BackgroundTask::run(this, tr("Checking the backup…"),
                                                    [path, checked](const BackgroundTask::Progress&) {
                                                        *checked = AutomaticBackups::verify(path);
                                                        return core::Status::success();
                                                    });
    if (!status)
        return;
    if (checked->state == AutomaticBackups::Backup::State::Verified)
        QMessageBox::information(this, title(),
                                 tr("The backup is sound: %1 records, %2 attached files.")
                                     .arg(QLocale().toString(checked->records))
                                     .arg(checked->files));
    else
        QMessageBox::warning(this, title(), tr("The backup is damaged: %1").arg(checked->problem));
}

void BackupsPage::restoreCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const QString when = m_list->currentItem()->text(0);
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Replace the catalogue with the backup of %1? Everything recorded since then will be lost. "
           "The backup is checked first; the program then reopens the catalogue.")
            .arg(when),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT restoreRequested(path);
}

} // namespace infodoc::ui

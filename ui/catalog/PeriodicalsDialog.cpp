#include "ui/catalog/PeriodicalsDialog.h"

#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/output/ClaimLetters.h"
#include "core/storage/Database.h"
#include "ui/common/KeptLayout.h"
#include "ui/common/Lists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

PeriodicalsDialog::PeriodicalsDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_periodicals(db, clock)
{
    setWindowTitle(tr("Periodicals"));
    resize(1000, 640);

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("periodicalScan"));
    m_scan->setPlaceholderText(tr("Scan the issue's barcode (977…) or type an ISSN, then Enter"));
    m_scan->setAccessibleName(tr("Barcode of the issue received"));

    m_titles = new QListWidget(this);
    m_titles->setObjectName(QStringLiteral("periodicalTitles"));
    m_titles->setAccessibleName(tr("Periodical titles"));
    auto* add = new QPushButton(tr("&New title…"), this);
    auto* edit = new QPushButton(tr("&Edit the title…"), this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_titles, 1);
    auto* titleButtons = new QHBoxLayout;
    titleButtons->addWidget(add);
    titleButtons->addWidget(edit);
    leftLayout->addLayout(titleButtons);

    m_issues = new QTreeWidget(this);
    m_issues->setObjectName(QStringLiteral("periodicalIssues"));
    m_issues->setRootIsDecorated(false);
    m_issues->setHeaderLabels({tr("Title"), tr("No."), tr("Expected"), tr("Received"), tr("Claimed"),
                               tr("Print run"), tr("Mailed")});
    m_issues->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* receiveBox = new QGroupBox(tr("Receive the next issue of the title"), this);
    auto* form = new QFormLayout(receiveBox);
    m_next = new QLabel(receiveBox);
    m_next->setObjectName(QStringLiteral("periodicalNext"));
    form->addRow(tr("Issue:"), m_next);
    m_summary = new QLineEdit(receiveBox);
    m_summary->setObjectName(QStringLiteral("periodicalSummary"));
    m_summary->setPlaceholderText(tr("Contents: the issue's dossier, its main articles"));
    form->addRow(tr("&Contents:"), m_summary);
    m_barcode = new QLineEdit(receiveBox);
    m_barcode->setObjectName(QStringLiteral("periodicalBarcode"));
    m_barcode->setPlaceholderText(tr("Barcode of the copy (optional)"));
    form->addRow(tr("Cop&y:"), m_barcode);
    m_printRun = new QSpinBox(receiveBox);
    m_printRun->setObjectName(QStringLiteral("periodicalPrintRun"));
    m_printRun->setRange(0, 10000000);
    m_printRun->setSpecialValueText(tr("—"));
    form->addRow(tr("P&rint run:"), m_printRun);
    m_mailed = new QSpinBox(receiveBox);
    m_mailed->setObjectName(QStringLiteral("periodicalMailed"));
    m_mailed->setRange(0, 10000000);
    m_mailed->setSpecialValueText(tr("—"));
    form->addRow(tr("&Mailed:"), m_mailed);
    auto* receive = new QPushButton(tr("Rece&ive"), receiveBox);
    receive->setObjectName(QStringLiteral("periodicalReceive"));
    form->addRow(receive);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_issues, 1);
    rightLayout->addWidget(receiveBox);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    keepSplitter(splitter, QStringLiteral("periodicals"));

    auto* late = new QPushButton(tr("&Late issues"), this);
    late->setObjectName(QStringLiteral("periodicalLate"));
    auto* claim = new QPushButton(tr("Claim &letter…"), this);
    claim->setObjectName(QStringLiteral("periodicalClaim"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(late, QDialogButtonBox::ActionRole);
    buttons->addButton(claim, QDialogButtonBox::ActionRole);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("periodicalMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scan);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The scanner types and presses Enter: receive, never close the dialog.
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (receiveScanned(m_scan->text()))
            m_scan->clear();
        m_scan->selectAll();
    });
    connect(receive, &QPushButton::clicked, this, &PeriodicalsDialog::receiveNext);
    connect(add, &QPushButton::clicked, this, [this] { editTitle(0); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (currentTitle())
            editTitle(currentTitle());
    });
    connect(m_titles, &QListWidget::itemActivated, this, [this] { editTitle(currentTitle()); });
    connect(m_titles, &QListWidget::currentRowChanged, this, &PeriodicalsDialog::showIssues);
    connect(late, &QPushButton::clicked, this, &PeriodicalsDialog::showLate);
    connect(claim, &QPushButton::clicked, this, [this] {
        showLate();
        if (m_late.isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Claim letter"), tr("claim.pdf"),
                                                          tr("PDF (*.pdf);;OpenDocument (*.odt)"));
        if (!path.isEmpty())
            writeClaim(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No default button: Enter from the scanner receives, it never closes the dialog.
    for (QPushButton* b : {add, edit, receive, late, claim, buttons->button(QDialogButtonBox::Close)}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    reload();
    m_scan->setFocus(Qt::OtherFocusReason);
}

PeriodicalsDialog::~PeriodicalsDialog()
{
    // The lists' handlers read this dialog: none once it is being destroyed.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void PeriodicalsDialog::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
}

QDate PeriodicalsDialog::today() const
{
    auto calendar = Calendar::load(m_db);
    return calendar ? calendar->today(m_clock) : m_clock.now().toLocalTime().date();
}

qint64 PeriodicalsDialog::currentTitle() const
{
    QListWidgetItem* item = m_titles->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PeriodicalsDialog::reload()
{
    const qint64 chosen = currentTitle();
    auto list = m_periodicals.list();
    m_titles->clear();
    if (!list) {
        say(list.errorMessage(), true);
        return;
    }
    for (const Periodical& p : *list) {
        auto* item = new QListWidgetItem(
            p.own ? tr("%1 (the centre's)").arg(p.title)
                  : (p.active ? QStringLiteral("%1 — %2").arg(p.title, Periodicals::label(p.frequency))
                              : tr("%1 (ended)").arg(p.title)),
            m_titles);
        item->setData(Qt::UserRole, p.id);
        if (p.id == chosen)
            m_titles->setCurrentItem(item);
    }
    if (!m_titles->currentItem() && m_titles->count() > 0)
        m_titles->setCurrentRow(0);
    showIssues();
}

void PeriodicalsDialog::showIssues()
{
    m_issues->clear();
    m_next->clear();
    const qint64 id = currentTitle();
    if (id == 0)
        return;
    auto p = m_periodicals.find(id);
    if (!p || !p->has_value()) {
        say(p ? tr("No periodical %1.").arg(id) : p.errorMessage(), true);
        return;
    }
    m_printRun->setEnabled((*p)->own);
    m_mailed->setEnabled((*p)->own);
    auto list = m_periodicals.issues(id, today());
    if (!list) {
        say(list.errorMessage(), true);
        return;
    }
    for (const PeriodicalIssue& i : *list) {
        auto* item = new QTreeWidgetItem(m_issues);
        item->setText(0, (*p)->title);
        item->setText(1, QString::number(i.number));
        item->setText(2, shortDate(i.expected));
        item->setText(3, i.received.isValid() ? shortDate(i.received) : tr("not received"));
        item->setText(4, i.claims ? tr("%1 (%2×)").arg(shortDate(i.claimed)).arg(i.claims) : QString());
        item->setText(5, i.printRun ? QString::number(*i.printRun) : QString());
        item->setText(6, i.mailed ? QString::number(*i.mailed) : QString());
    }
    auto next = m_periodicals.nextExpected(id);
    if (!next) {
        say(next.errorMessage(), true);
        return;
    }
    if (next->has_value())
        m_next->setText(
            (*next)->expected.isValid()
                ? tr("no. %1, expected on %2").arg((*next)->number).arg(shortDate((*next)->expected))
                : tr("no. %1").arg((*next)->number));
}

bool PeriodicalsDialog::receiveScanned(const QString& code)
{
    if (code.trimmed().isEmpty())
        return false;
    auto received = m_periodicals.receiveScanned(code, today());
    if (!received) {
        say(received.errorMessage(), true);
        return false;
    }
    say(tr("Received: %1 (record n° %2).").arg(received->title).arg(received->recordId));
    reload();
    Q_EMIT catalogueChanged();
    return true;
}

bool PeriodicalsDialog::receiveNext()
{
    const qint64 id = currentTitle();
    if (id == 0) {
        say(tr("Choose a title first."), true);
        return false;
    }
    Periodicals::Receipt r;
    r.periodicalId = id;
    r.day = today();
    r.summary = m_summary->text();
    r.barcode = m_barcode->text();
    if (m_printRun->isEnabled() && m_printRun->value() > 0)
        r.printRun = m_printRun->value();
    if (m_mailed->isEnabled() && m_mailed->value() > 0)
        r.mailed = m_mailed->value();
    auto received = m_periodicals.receive(r);
    if (!received) {
        say(received.errorMessage(), true);
        return false;
    }
    m_summary->clear();
    m_barcode->clear();
    say(tr("Received: %1 (record n° %2).").arg(received->title).arg(received->recordId));
    reload();
    Q_EMIT catalogueChanged();
    return true;
}

void PeriodicalsDialog::showLate()
{
    auto late = m_periodicals.late(today());
    m_issues->clear();
    if (!late) {
        m_late.clear();
        say(late.errorMessage(), true);
        return;
    }
    m_late = *late;
    for (const auto& l : m_late) {
        auto* item = new QTreeWidgetItem(m_issues);
        item->setText(0, l.periodical.title);
        item->setText(1, QString::number(l.issue.number));
        item->setText(2, shortDate(l.issue.expected));
        item->setText(3, tr("%n day(s) late", nullptr, l.daysLate));
        item->setText(4, l.issue.claims ? tr("%1 (%2×)").arg(shortDate(l.issue.claimed)).arg(l.issue.claims)
                                        : QString());
    }
    say(m_late.isEmpty() ? tr("No issue is late.") : tr("%n issue(s) late.", nullptr, int(m_late.size())));
}

bool PeriodicalsDialog::writeClaim(const QString& path)
{
    if (auto s = ClaimLetters::write(m_db, m_clock, m_late, today(), path); !s) {
        say(s.errorMessage(), true);
        return false;
    }
    showLate();
    say(tr("The claim letters are written: %1").arg(path));
    return true;
}

bool PeriodicalsDialog::editTitle(qint64 id)
{
    Periodical p;
    p.firstExpected = today();
    if (id != 0) {
        auto found = m_periodicals.find(id);
        if (!found || !found->has_value()) {
            say(found ? tr("No periodical %1.").arg(id) : found.errorMessage(), true);
            return false;
        }
        p = **found;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(id ? tr("Periodical title") : tr("New periodical title"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(p.title, &dialog);
    title->setObjectName(QStringLiteral("periodicalTitle"));
    form->addRow(tr("&Title:"), title);
    auto* issn = new QLineEdit(p.issn, &dialog);
    form->addRow(tr("&ISSN:"), issn);
    auto* publisher = new QLineEdit(p.publisher, &dialog);
    form->addRow(tr("&Publisher:"), publisher);
    auto* address = new QPlainTextEdit(p.publisherAddress, &dialog);
    address->setTabChangesFocus(true);
    address->setMaximumHeight(70);
    form->addRow(tr("Publisher's &address:"), address);
    auto* email = new QLineEdit(p.publisherEmail, &dialog);
    form->addRow(tr("Publisher's e-&mail:"), email);
    auto* frequency = new QComboBox(&dialog);
    for (Frequency f : Periodicals::frequencies())
        frequency->addItem(Periodicals::label(f), int(f));
    frequency->setCurrentIndex(frequency->findData(int(p.frequency)));
    form->addRow(tr("&Frequency:"), frequency);
    auto* first = new QSpinBox(&dialog);
    first->setRange(0, 100000);
    first->setValue(p.firstNumber);
    form->addRow(tr("First &number expected:"), first);
    auto* firstDay = new QDateEdit(p.firstExpected.isValid() ? p.firstExpected : today(), &dialog);
    firstDay->setCalendarPopup(true);
    form->addRow(tr("Expected &on:"), firstDay);
    auto* grace = new QSpinBox(&dialog);
    grace->setRange(0, 365);
    grace->setValue(p.graceDays);
    grace->setSuffix(tr(" days"));
    form->addRow(tr("Late &after:"), grace);
    auto* callNumber = new QLineEdit(p.callNumber, &dialog);
    form->addRow(tr("&Call number:"), callNumber);
    auto* location = new QLineEdit(p.location, &dialog);
    form->addRow(tr("&Location:"), location);
    auto* own = new QCheckBox(tr("The centre's own &newsletter"), &dialog);
    own->setChecked(p.own);
    form->addRow(own);
    auto* active = new QCheckBox(tr("&Subscription running"), &dialog);
    active->setChecked(p.active);
    form->addRow(active);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    qint64 savedId = id;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Periodical edited = p;
        edited.title = title->text();
        edited.issn = issn->text();
        edited.publisher = publisher->text();
        edited.publisherAddress = address->toPlainText();
        edited.publisherEmail = email->text();
        edited.frequency = Frequency(frequency->currentData().toInt());
        edited.firstNumber = first->value();
        edited.firstExpected = edited.frequency == Frequency::Irregular ? QDate() : firstDay->date();
        edited.graceDays = grace->value();
        edited.callNumber = callNumber->text();
        edited.location = location->text();
        edited.own = own->isChecked();
        edited.active = active->isChecked();
        if (id == 0) {
            auto added = m_periodicals.add(edited);
            if (!added) {
                error->setText(added.errorMessage());
                return;
            }
            savedId = *added;
        } else if (auto s = m_periodicals.update(edited); !s) {
            error->setText(s.errorMessage());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    for (int i = 0; i < m_titles->count(); ++i)
        if (m_titles->item(i)->data(Qt::UserRole).toLongLong() == savedId)
            m_titles->setCurrentRow(i);
    return true;
}

} // namespace infodoc::ui

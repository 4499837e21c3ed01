#include "ui/settings/LoanRulesPage.h"

#include "core/catalog/Vocabulary.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/circulation/Circulation.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/requests/Retention.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Lists.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

LoanRulesPage::LoanRulesPage(Database& db, const Clock& clock, QWidget* parent)
    : SettingsPage(QStringLiteral("loans"), tr("Loans and calendar"), parent), m_db(db), m_clock(clock)
{
    QWidget* page = this;
    auto* layout = new QGridLayout;
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    body()->addLayout(layout, 1);
    const auto calendar = Calendar::load(db);
    const QDate today = calendar ? calendar->today(clock) : clock.now().toLocalTime().date();

    auto* rulesBox = new QGroupBox(tr("Loan rules by category and document type"), page);
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    m_rules = new QTableWidget(0, 7, rulesBox);
    m_rules->setObjectName(QStringLiteral("loanRules"));
    m_rules->setHorizontalHeaderLabels({tr("Category"), tr("Document type"), tr("Lent"), tr("Days"),
                                        tr("At once"), tr("Renewals"), tr("Holds")});
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    rulesLayout->addWidget(m_rules);
    auto* ruleButtons = new QHBoxLayout;
    auto* addType = new QPushButton(tr("Rule for a document &type…"), rulesBox);
    auto* addCategory = new QPushButton(tr("New cate&gory…"), rulesBox);
    ruleButtons->addWidget(addType);
    ruleButtons->addWidget(addCategory);
    ruleButtons->addStretch(1);
    rulesLayout->addLayout(ruleButtons);
    rulesLayout->addWidget(new QLabel(tr("Functions offered in the borrower form, one per line:"), rulesBox));
    m_functions = new QPlainTextEdit(rulesBox);
    m_functions->setTabChangesFocus(true);
    m_functions->setMaximumHeight(110);
    rulesLayout->addWidget(m_functions);
    connect(addType, &QPushButton::clicked, this, &LoanRulesPage::addTypeRule);
    connect(addCategory, &QPushButton::clicked, this, &LoanRulesPage::addCategory);
    layout->addWidget(rulesBox, 0, 0, 2, 1);

    auto* calendarBox = new QGroupBox(tr("Opening days and closures"), page);
    auto* calendarLayout = new QVBoxLayout(calendarBox);
    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), calendarBox);
        box->setObjectName(QStringLiteral("openDay%1").arg(d));
        m_openDays.append(box);
        days->addWidget(box);
    }
    calendarLayout->addLayout(days);
    m_closures = makeList({tr("Closure"), tr("From"), tr("To")}, calendarBox);
    calendarLayout->addWidget(m_closures);
    auto* closureRow = new QHBoxLayout;
    m_closureFrom = new QDateEdit(today, calendarBox);
    m_closureTo = new QDateEdit(today, calendarBox);
    for (QDateEdit* e : {m_closureFrom, m_closureTo})
        e->setCalendarPopup(true);
    m_closureLabel = new QLineEdit(calendarBox);
    m_closureLabel->setPlaceholderText(tr("Label (summer closure…)"));
    auto* addClosure = new QPushButton(tr("&Add the closure"), calendarBox);
    auto* removeClosure = new QPushButton(tr("Re&move"), calendarBox);
    closureRow->addWidget(new QLabel(tr("From"), calendarBox));
    closureRow->addWidget(m_closureFrom);
    closureRow->addWidget(new QLabel(tr("to"), calendarBox));
    closureRow->addWidget(m_closureTo);
    closureRow->addWidget(m_closureLabel, 1);
    closureRow->addWidget(addClosure);
    closureRow->addWidget(removeClosure);
    calendarLayout->addLayout(closureRow);
    layout->addWidget(calendarBox, 0, 1);

    auto* delaysBox = new QGroupBox(tr("Delays and retention (CNIL)"), page);
    auto* delays = new QFormLayout(delaysBox);
    m_pickupDays = new QSpinBox(delaysBox);
    m_pickupDays->setRange(1, 60);
    m_reminderDays = new QLineEdit(delaysBox);
    m_reminderDays->setObjectName(QStringLiteral("reminderDays"));
    m_anonymiseMonths = new QSpinBox(delaysBox);
    m_anonymiseMonths->setRange(1, 36);
    m_deleteMonths = new QSpinBox(delaysBox);
    m_deleteMonths->setRange(1, 60);
    delays->addRow(tr("A ready hold waits (opening days):"), m_pickupDays);
    delays->addRow(tr("Reminders, days after the due date:"), m_reminderDays);
    delays->addRow(tr("A returned loan keeps its borrower (months):"), m_anonymiseMonths);
    delays->addRow(tr("An inactive borrower is kept (months):"), m_deleteMonths);
    m_retention = new QPlainTextEdit(delaysBox);
    m_retention->setReadOnly(true);
    m_retention->setMaximumHeight(120);
    auto* simulate = new QPushButton(tr("Retention: &dry run"), delaysBox);
    m_applyRetention = new QPushButton(tr("A&pply the retention rules"), delaysBox);
    m_applyRetention->setEnabled(false);
    auto* retentionRow = new QHBoxLayout;
    retentionRow->addWidget(simulate);
    retentionRow->addWidget(m_applyRetention);
    delays->addRow(retentionRow);
    delays->addRow(m_retention);
    layout->addWidget(delaysBox, 1, 1);

    connect(addClosure, &QPushButton::clicked, this, &LoanRulesPage::addClosure);
    connect(removeClosure, &QPushButton::clicked, this, &LoanRulesPage::removeClosure);
    connect(simulate, &QPushButton::clicked, this, &LoanRulesPage::simulateRetention);
    connect(m_applyRetention, &QPushButton::clicked, this, &LoanRulesPage::applyRetention);
    refreshRules();
}

void LoanRulesPage::refreshRules()
{
    // Until everything is read, nothing is saved over what could not be.
    m_readable = false;
    Borrowers borrowers(m_db, m_clock);
    const auto categories = borrowers.categories();
    if (!categories) {
        showError(categories.errorMessage());
        return;
    }
    m_rules->setRowCount(0);
    for (const BorrowerCategory& c : *categories) {
        for (const LoanRule& r : c.rules) {
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            auto* category = new QTableWidgetItem(c.name);
            category->setData(Qt::UserRole, c.id);
            category->setFlags(category->flags() & ~Qt::ItemIsEditable);
            m_rules->setItem(row, 0, category);
            const auto type = Vocabulary::documentTypeFromKey(r.documentType);
            auto* typeItem = new QTableWidgetItem(type ? Vocabulary::label(*type) : tr("every type"));
            typeItem->setData(Qt::UserRole, r.documentType);
            typeItem->setFlags(typeItem->flags() & ~Qt::ItemIsEditable);
            m_rules->setItem(row, 1, typeItem);
            auto check = [](bool on) {
                auto* item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                return item;
            };
            m_rules->setItem(row, 2, check(r.lendable));
            m_rules->setItem(row, 3, new QTableWidgetItem(QString::number(r.loanDays)));
            m_rules->setItem(row, 4, new QTableWidgetItem(QString::number(r.maxItems)));
            m_rules->setItem(row, 5, new QTableWidgetItem(QString::number(r.maxRenewals)));
            m_rules->setItem(row, 6, check(r.holdsAllowed));
        }
    }
    m_rules->resizeColumnsToContents();
    const auto functions = borrowers.functions();
    if (!functions) {
        showError(functions.errorMessage());
        return;
    }
    m_functions->setPlainText(functions->join(u'\n'));
    auto calendar = Calendar::load(m_db);
    auto settings = CirculationSettings::load(m_db);
    if (!calendar || !settings) {
        showError(!calendar ? calendar.errorMessage() : settings.errorMessage());
        return;
    }
    for (int d = 1; d <= 7; ++d)
        m_openDays[d - 1]->setChecked(calendar->openWeekdays().contains(d));
    m_closures->clear();
    for (const Calendar::Closure& c : calendar->closures()) {
        auto* item = new QTreeWidgetItem(m_closures, {c.label, shortDate(c.from), shortDate(c.to)});
        item->setData(0, Qt::UserRole, c.id);
    }
    m_pickupDays->setValue(settings->holdPickupDays);
    QStringList delays;
    for (int d : settings->reminderDays)
        delays.append(QString::number(d));
    m_reminderDays->setText(delays.join(QStringLiteral(", ")));
    m_anonymiseMonths->setValue(settings->anonymiseMonths);
    m_deleteMonths->setValue(settings->deleteBorrowerMonths);
    m_readable = true;
}

bool LoanRulesPage::save()
{
    if (!m_readable)
        return true; // the error read is shown; nothing is written over it
    clearError();
    // The rules table, category by category.
    QHash<qint64, QList<LoanRule>> rules;
    QList<qint64> order;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const qint64 category = m_rules->item(row, 0)->data(Qt::UserRole).toLongLong();
        LoanRule r;
        r.documentType = m_rules->item(row, 1)->data(Qt::UserRole).toString();
        r.lendable = m_rules->item(row, 2)->checkState() == Qt::Checked;
        bool ok1 = false, ok2 = false, ok3 = false;
        r.loanDays = m_rules->item(row, 3)->text().toInt(&ok1);
        r.maxItems = m_rules->item(row, 4)->text().toInt(&ok2);
        r.maxRenewals = m_rules->item(row, 5)->text().toInt(&ok3);
        r.holdsAllowed = m_rules->item(row, 6)->checkState() == Qt::Checked;
        if (!ok1 || !ok2 || !ok3) {
            showError(tr("Loan rules, row %1: the days, items and renewals are whole numbers.").arg(row + 1));
            m_rules->setCurrentCell(row, !ok1 ? 3 : !ok2 ? 4 : 5);
            m_rules->setFocus();
            return false;
        }
        if (!rules.contains(category))
            order.append(category);
        rules[category].append(r);
    }
    Borrowers borrowers(m_db, m_clock);
    for (qint64 category : std::as_const(order)) {
        if (auto s = borrowers.setRules(category, rules.value(category)); !s) {
            showError(s.errorMessage());
            return false;
        }
    }
    QList<int> days;
    for (int d = 1; d <= 7; ++d)
        if (m_openDays[d - 1]->isChecked())
            days.append(d);
    if (auto s = Calendar::setOpenWeekdays(m_db, days); !s) {
        showError(s.errorMessage());
        return false;
    }
    CirculationSettings settings;
    settings.holdPickupDays = m_pickupDays->value();
    settings.reminderDays.clear();
    for (const QString& part : m_reminderDays->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int after = part.trimmed().toInt(&ok);
        if (!ok || after <= 0) {
            showError(tr("Reminders: “%1” is not a number of days.").arg(part.trimmed()));
            m_reminderDays->setFocus();
            return false;
        }
        settings.reminderDays.append(after);
    }
    settings.anonymiseMonths = m_anonymiseMonths->value();
    settings.deleteBorrowerMonths = m_deleteMonths->value();
    if (auto s = settings.save(m_db); !s) {
        showError(s.errorMessage());
        return false;
    }
    if (auto s = Borrowers(m_db, m_clock)
                     .setFunctions(m_functions->toPlainText().split(u'\n', Qt::SkipEmptyParts));
        !s) {
        showError(s.errorMessage());
        return false;
    }
    return true;
}

void LoanRulesPage::addCategory()
{
    // What was changed on the page is kept first: the lists are read again after.
    if (!save())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New category"), tr("Name of the category:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString code = text::foldCase(name).simplified();
    code.replace(u' ', u'-');
    LoanRule general; // 21 days, 5 items, 1 renewal, holds
    auto id = Borrowers(m_db, m_clock).addCategory(code, name, general);
    if (!id) {
        QMessageBox::warning(this, tr("Loan rules"), id.errorMessage());
        return;
    }
    refreshRules();
}

void LoanRulesPage::addTypeRule()
{
    // What was changed on the page is kept first: the lists are read again after.
    if (!save())
        return;
    Borrowers borrowers(m_db, m_clock);
    const auto categories = borrowers.categories();
    if (!categories) {
        showError(categories.errorMessage());
        return;
    }
    QStringList categoryNames;
    for (const BorrowerCategory& c : *categories)
        categoryNames.append(c.name);
    bool ok = false;
    const QString category = QInputDialog::getItem(this, tr("Rule for a document type"), tr("Category:"),
                                                   categoryNames, 0, false, &ok);
    if (!ok)
        return;
    QStringList types;
    for (DocumentType t : Vocabulary::documentTypes())
        types.append(Vocabulary::label(t));
    const QString type = QInputDialog::getItem(this, tr("Rule for a document type"), tr("Document type:"),
                                               types, 0, false, &ok);
    if (!ok)
        return;
    const BorrowerCategory& c = categories->at(categoryNames.indexOf(category));
    QList<LoanRule> rules = c.rules;
    LoanRule rule = c.ruleFor(QString());
    rule.documentType = Vocabulary::key(Vocabulary::documentTypes().at(types.indexOf(type)));
    for (const LoanRule& r : std::as_const(rules))
        if (r.documentType == rule.documentType) {
            QMessageBox::information(this, tr("Loan rules"),
                                     tr("%1 already has a rule for %2.").arg(c.name, type));
            return;
        }
    rules.append(rule);
    if (auto s = borrowers.setRules(c.id, rules); !s) {
        QMessageBox::warning(this, tr("Loan rules"), s.errorMessage());
        return;
    }
    refreshRules();
}

void LoanRulesPage::addClosure()
{
    // What was changed on the page is kept first: the lists are read again after.
    if (!save())
        return;
    const QDate from = m_closureFrom->date();
    const QDate to = m_closureTo->date();
    auto id = Calendar::addClosure(m_db, from, to, m_closureLabel->text());
    if (!id) {
        QMessageBox::warning(this, tr("Closure"), id.errorMessage());
        return;
    }
    auto circulation = Circulation::open(m_db, m_clock);
    if (!circulation) {
        showError(circulation.errorMessage());
        return;
    }
    const auto inside = circulation->datesInside(from, to);
    if (!inside) {
        showError(inside.errorMessage());
    } else if (inside->dueDates + inside->pickupLimits > 0 &&
               QMessageBox::question(
                   this, tr("Closure"),
                   tr("%1 due date(s) and %2 pick-up limit(s) fall inside this closure. Move them to "
                      "the next opening day?")
                       .arg(inside->dueDates)
                       .arg(inside->pickupLimits)) == QMessageBox::Yes) {
        if (auto moved = circulation->moveDatesOutOf(from, to); !moved)
            QMessageBox::warning(this, tr("Closure"), moved.errorMessage());
    }
    m_closureLabel->clear();
    refreshRules();
}

void LoanRulesPage::removeClosure()
{
    const QTreeWidgetItem* item = m_closures->currentItem();
    if (!item)
        return;
    if (auto s = Calendar::removeClosure(m_db, item->data(0, Qt::UserRole).toLongLong()); !s)
        QMessageBox::warning(this, tr("Closure"), s.errorMessage());
    refreshRules();
}

void LoanRulesPage::simulateRetention()
{
    auto circulation = Circulation::open(m_db, m_clock);
    if (!circulation) {
        m_retention->setPlainText(circulation.errorMessage());
        m_applyRetention->setEnabled(false);
        return;
    }
    const QDate today = circulation->today();
    const auto plan = Retention::plan(m_db, m_clock, circulation->settings(), today);
    if (!plan) {
        m_retention->setPlainText(plan.errorMessage());
        m_applyRetention->setEnabled(false);
        return;
    }
    const auto& borrowers = plan->borrowers;
    QString text =
        tr("%1 loan(s) returned before %2 lose their borrower; %3 borrower(s) inactive since %4 are "
           "deleted:")
            .arg(borrowers.loans.size())
            .arg(shortDate(borrowers.returnedBefore))
            .arg(borrowers.borrowers.size())
            .arg(shortDate(borrowers.endedBefore));
    for (const auto& p : borrowers.borrowers)
        text += QStringLiteral("\n  %1 (%2)").arg(p.name, p.card);
    // Named visitors of the appointments, under the same run.
    text += u'\n' + tr("%1 named visitor(s) without a card, last come before %2, are forgotten:")
                        .arg(plan->visitors.people.size())
                        .arg(shortDate(plan->visitors.before));
    for (const auto& p : plan->visitors.people)
        text += QStringLiteral("\n  %1 (%2)").arg(p.name, shortDate(p.lastVisit));
    // Info-Doc requesters, under the same run.
    text += u'\n' + tr("%1 named requester(s) whose last request ended before %2 are forgotten; %3 "
                       "request(s) of borrowers lose their link to the card:")
                        .arg(plan->requesters.people.size())
                        .arg(shortDate(plan->requesters.before))
                        .arg(plan->requesters.borrowerRequests.size());
    for (const auto& p : plan->requesters.people)
        text += QStringLiteral("\n  %1 (%2)").arg(p.name, shortDate(p.last));
    m_retention->setPlainText(text);
    m_applyRetention->setEnabled(!borrowers.loans.isEmpty() || !borrowers.borrowers.isEmpty() ||
                                 !plan->visitors.people.isEmpty() || !plan->requesters.people.isEmpty() ||
                                 !plan->requesters.borrowerRequests.isEmpty());
}

void LoanRulesPage::applyRetention()
{
    if (QMessageBox::question(this, tr("Retention"),
                              tr("Apply the retention rules as shown by the dry run?")) != QMessageBox::Yes)
        return;
    auto circulation = Circulation::open(m_db, m_clock);
    if (!circulation) {
        m_retention->setPlainText(circulation.errorMessage());
        return;
    }
    const QDate today = circulation->today();
    const CirculationSettings settings = circulation->settings();
    const Clock& clock = m_clock;
    int loans = 0, people = 0, visitors = 0, requesters = 0;
    const Status s = BackgroundTask::runOnCatalogue(
        this, tr("Applying the retention rules…"), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) {
            auto applied = Retention::apply(db, clock, settings, today, progress);
            if (!applied)
                return Status(applied.error());
            loans = int(applied->borrowers.loans.size());
            people = int(applied->borrowers.borrowers.size());
            visitors = int(applied->visitors.people.size());
            requesters = int(applied->requesters.people.size() + applied->requesters.borrowerRequests.size());
            return Status::success();
        });
    m_applyRetention->setEnabled(false);
    m_retention->setPlainText(
        s ? tr("Applied: %1 loan(s) anonymised, %2 borrower(s) deleted, %3 named visitor(s) forgotten, %4 "
               "requester(s) forgotten.")
                .arg(loans)
                .arg(people)
                .arg(visitors)
                .arg(requesters)
          : s.errorMessage());
}

} // namespace infodoc::ui

#include "ui/circulation/LoansPage.h"

#include "core/catalog/AuthorityRepository.h"
#include "core/catalog/Baskets.h"
#include "core/catalog/Vocabulary.h"
#include "core/circulation/BorrowerJson.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Calendar.h"
#include "core/circulation/Circulation.h"
#include "core/circulation/DeskSession.h"
#include "core/circulation/PersonalData.h"
#include "core/circulation/Reminders.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"
#include "core/output/CentreIdentity.h"
#include "core/output/DocumentFile.h"
#include "core/requests/Retention.h"
#include "core/storage/Database.h"
#include "ui/circulation/BorrowerImportDialog.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Completion.h"
#include "ui/common/Lists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

void markLate(QTreeWidgetItem* item, int columns)
{
    for (int c = 0; c < columns; ++c)
        item->setForeground(c, QColor(0xb0, 0x1c, 0x1c));
}

} // namespace

LoansPage::LoansPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("loansPage"));
    auto circulation = Circulation::open(db, clock);
    m_desk = std::make_unique<DeskSession>(
        db, clock, circulation ? std::move(*circulation) : Circulation(db, clock, Calendar()));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Loans")), this);
    layout->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loanTabs"));
    m_tabs->addTab(buildDesk(), tr("&Desk"));
    m_tabs->addTab(buildBorrowers(), tr("&Borrowers"));
    m_tabs->addTab(buildOverdues(), tr("&Late and reminders"));
    m_tabs->addTab(buildHolds(), tr("&Holds"));
    m_tabs->addTab(buildLabels(), tr("La&bels"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        switch (index) {
        case 0:
            refreshDesk();
            m_scan->setFocus();
            break;
        case 1:
            refreshBorrowers();
            break;
        case 2:
            refreshOverdues();
            break;
        case 3:
            refreshHolds();
            break;
        default:
            break;
        }
    });
    if (!circulation)
        QMetaObject::invokeMethod(
            this, [this, error = circulation.errorMessage()] { failed(error); }, Qt::QueuedConnection);
}

LoansPage::~LoansPage() = default;

void LoansPage::settingsChanged()
{
    auto circulation = Circulation::open(m_db, m_clock);
    if (!circulation) {
        failed(circulation.errorMessage());
        return;
    }
    m_desk = std::make_unique<DeskSession>(m_db, m_clock, std::move(*circulation));
    showLabelPreferences();
    reload();
}

void LoansPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Holds not collected in time pass to the next borrower.
    if (auto expired = m_desk->circulation().expireHolds(); !expired)
        failed(expired.errorMessage());
    reload();
    // After the window has finished switching pages (it may move the focus itself).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_tabs->currentIndex() == 0)
                m_scan->setFocus();
        },
        Qt::QueuedConnection);
}

bool LoansPage::eventFilter(QObject* watched, QEvent* event)
{
    // The scan box's own text undo would take Ctrl+Z: at the desk it undoes the last action.
    if (watched == m_scan && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            undo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LoansPage::reload()
{
    switch (m_tabs->currentIndex()) {
    case 0:
        refreshDesk();
        break;
    case 1:
        refreshBorrowers();
        break;
    case 2:
        refreshOverdues();
        break;
    case 3:
        refreshHolds();
        break;
    default:
        break;
    }
}

void LoansPage::failed(const QString& message)
{
    showOutcome(int(DeskSession::Outcome::Kind::Refused), message, true);
}

// --- the desk -------------------------------------------------------------------

QWidget* LoansPage::buildDesk()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    auto* scanLabel = new QLabel(tr("&Scan a card or a copy:"), page);
    m_scan = new QLineEdit(page);
    m_scan->setObjectName(QStringLiteral("scanBox"));
    m_scan->setPlaceholderText(tr("card or barcode, then Enter"));
    m_scan->setAccessibleName(tr("Scan box"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scan->setFont(big);
    scanLabel->setBuddy(m_scan);
    row->addWidget(scanLabel);
    row->addWidget(m_scan, 1);
    auto* dayLabel = new QLabel(tr("D&ay:"), page);
    m_day = new QDateEdit(m_desk->circulation().today(), page);
    m_day->setObjectName(QStringLiteral("deskDay"));
    m_day->setCalendarPopup(true);
    m_day->setToolTip(tr("The day of the loan or the return (a paper slip entered later)"));
    dayLabel->setBuddy(m_day);
    row->addWidget(dayLabel);
    row->addWidget(m_day);
    layout->addLayout(row);

    m_message = new QLabel(tr("Scan a borrower's card to lend, or a copy to return it."), page);
    m_message->setObjectName(QStringLiteral("deskMessage"));
    // Titles and names in it are text, never markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setAccessibleName(tr("Last action"));
    layout->addWidget(m_message);

    m_borrowerLabel = new QLabel(tr("No borrower selected."), page);
    m_borrowerLabel->setObjectName(QStringLiteral("deskBorrower"));
    layout->addWidget(m_borrowerLabel);
    m_loans = makeList({tr("Title"), tr("Copy"), tr("Lent"), tr("Due"), tr("Late")}, page);
    m_loans->setObjectName(QStringLiteral("deskLoans"));
    m_loans->setAccessibleName(tr("Loans of the borrower"));
    layout->addWidget(m_loans, 2);
    m_deskHolds = makeList({tr("Hold"), tr("State"), tr("To collect by")}, page);
    m_deskHolds->setAccessibleName(tr("Holds of the borrower"));
    layout->addWidget(m_deskHolds, 1);

    auto* buttons = new QHBoxLayout;
    auto* renew = new QPushButton(tr("&Renew (F5)"), page);
    auto* lost = new QPushButton(tr("Mark &lost"), page);
    m_undo = new QPushButton(tr("&Undo (Ctrl+Z)"), page);
    m_undo->setObjectName(QStringLiteral("deskUndo"));
    auto* done = new QPushButton(tr("&Next borrower (Esc)"), page);
    for (QPushButton* b : {renew, lost, m_undo, done})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, &LoansPage::scan);
    m_scan->installEventFilter(this);
    connect(renew, &QPushButton::clicked, this, &LoansPage::renewSelected);
    connect(lost, &QPushButton::clicked, this, &LoansPage::lostSelected);
    connect(m_undo, &QPushButton::clicked, this, &LoansPage::undo);
    connect(done, &QPushButton::clicked, this, &LoansPage::clearBorrower);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), page);
    // Described, so that the list of keyboard shortcuts (Help) shows them.
    f5->setWhatsThis(tr("Renew the selected loan"));
    connect(f5, &QShortcut::activated, this, &LoansPage::renewSelected);
    auto* undoKey = new QShortcut(QKeySequence::Undo, page);
    undoKey->setWhatsThis(tr("Undo the last loan or return"));
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, &LoansPage::undo);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), page);
    escape->setWhatsThis(tr("Next borrower"));
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &LoansPage::clearBorrower);
    m_undo->setEnabled(false);
    return page;
}

void LoansPage::showOutcome(int kind, const QString& message, bool warning)
{
    const auto k = DeskSession::Outcome::Kind(kind);
    const bool refused = k == DeskSession::Outcome::Kind::Refused;
    m_message->setText(message);
    m_message->setStyleSheet(refused   ? QStringLiteral("color: #b01c1c; font-weight: bold;")
                             : warning ? QStringLiteral("color: #8a5a00; font-weight: bold;")
                                       : QString());
    m_message->setAccessibleDescription(message);
}

void LoansPage::scan()
{
    const QString text = m_scan->text();
    m_scan->clear();
    const QDate day = m_day->date();
    const auto outcome =
        m_desk->scan(text, day == m_desk->circulation().today() ? std::nullopt : std::optional<QDate>(day));
    if (outcome.kind == DeskSession::Outcome::Kind::Nothing)
        return;
    showOutcome(int(outcome.kind), outcome.message, outcome.warning);
    if (outcome.kind == DeskSession::Outcome::Kind::Lent ||
        outcome.kind == DeskSession::Outcome::Kind::Returned)
        Q_EMIT circulationChanged();
    refreshDesk();
    m_scan->setFocus();
}

void LoansPage::refreshDesk()
{
    m_undo->setEnabled(m_desk->canUndo());
    m_loans->clear();
    m_deskHolds->clear();
    const auto& b = m_desk->borrower();
    if (!b) {
        m_borrowerLabel->setText(tr("No borrower selected."));
        return;
    }
    const auto loans = m_desk->loans();
    if (!loans) {
        failed(loans.errorMessage());
        m_borrowerLabel->setText(tr("%1 (card %2): the loans cannot be read.").arg(b->name, b->card));
        return;
    }
    const QDate today = m_desk->circulation().today();
    int late = 0;
    for (const LoanInfo& l : *loans) {
        const int days = l.daysLate(today);
        auto* item = new QTreeWidgetItem(m_loans, {l.title, l.barcode, shortDate(l.out), shortDate(l.due),
                                                   days > 0 ? tr("%n day(s)", nullptr, days) : QString()});
        item->setData(0, Qt::UserRole, l.barcode);
        if (days > 0) {
            markLate(item, 5);
            ++late;
        }
    }
    m_borrowerLabel->setText(
        late > 0
            ? tr("<b>%1</b> (card %2) — %3 — <span style=\"color:#b01c1c\">%n late</span>", nullptr, late)
                  .arg(b->name.toHtmlEscaped(), b->card.toHtmlEscaped(), b->structure.toHtmlEscaped())
            : tr("<b>%1</b> (card %2) — %3")
                  .arg(b->name.toHtmlEscaped(), b->card.toHtmlEscaped(), b->structure.toHtmlEscaped()));
    const auto holds = m_desk->holds();
    if (!holds) {
        failed(holds.errorMessage());
        return;
    }
    for (const HoldInfo& h : *holds)
        new QTreeWidgetItem(m_deskHolds, {h.title, HoldInfo::label(h.status), shortDate(h.pickupBy)});
    if (m_loans->topLevelItemCount() > 0)
        m_loans->setCurrentItem(m_loans->topLevelItem(0));
}

QString LoansPage::selectedDeskCopy() const
{
    const QTreeWidgetItem* item = m_loans->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void LoansPage::renewSelected()
{
    const QString barcode = selectedDeskCopy();
    if (barcode.isEmpty()) {
        failed(tr("Choose the loan to renew in the list."));
        return;
    }
    const auto outcome = m_desk->renew(barcode);
    showOutcome(int(outcome.kind), outcome.message, outcome.warning);
    refreshDesk();
    m_scan->setFocus();
}

void LoansPage::lostSelected()
{
    const QString barcode = selectedDeskCopy();
    if (barcode.isEmpty()) {
        failed(tr("Choose the loan to mark lost in the list."));
        return;
    }
    if (QMessageBox::question(this, tr("Mark lost"),
                              tr("Mark the copy %1 lost? Its loan ends.").arg(barcode)) != QMessageBox::Yes)
        return;
    const auto outcome = m_desk->markLost(barcode);
    showOutcome(int(outcome.kind), outcome.message, outcome.warning);
    Q_EMIT circulationChanged();
    refreshDesk();
    m_scan->setFocus();
}

void LoansPage::undo()
{
    const auto outcome = m_desk->undo();
    showOutcome(int(outcome.kind), outcome.message, outcome.warning);
    if (outcome.kind == DeskSession::Outcome::Kind::Undone)
        Q_EMIT circulationChanged();
    refreshDesk();
    m_scan->setFocus();
}

void LoansPage::clearBorrower()
{
    m_desk->clearBorrower();
    showOutcome(int(DeskSession::Outcome::Kind::Nothing),
                tr("Scan a borrower's card to lend, or a copy to return it."), false);
    refreshDesk();
    m_scan->setFocus();
}

// --- borrowers ------------------------------------------------------------------

QWidget* LoansPage::buildBorrowers()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_borrowerFilter = new QLineEdit(page);
    m_borrowerFilter->setPlaceholderText(tr("Find a borrower (name, structure, card, e-mail)"));
    m_borrowerFilter->setAccessibleName(tr("Find a borrower"));
    m_borrowerFilter->setClearButtonEnabled(true);
    left->addWidget(m_borrowerFilter);
    m_borrowers = new QTableWidget(0, 3, page);
    m_borrowers->setObjectName(QStringLiteral("borrowerList"));
    m_borrowers->setHorizontalHeaderLabels({tr("Name"), tr("Card"), tr("Structure")});
    m_borrowers->horizontalHeader()->setStretchLastSection(true);
    m_borrowers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_borrowers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_borrowers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_borrowers->verticalHeader()->hide();
    left->addWidget(m_borrowers, 1);
    // PMB's borrowers export, or any list of them.
    auto* importButton = new QPushButton(tr("&Import borrowers…"), page);
    importButton->setObjectName(QStringLiteral("importBorrowers"));
    connect(importButton, &QPushButton::clicked, this, &LoansPage::importBorrowers);
    left->addWidget(importButton, 0, Qt::AlignLeft);
    layout->addLayout(left, 1);

    auto* form = new QGroupBox(tr("Borrower"), page);
    auto* grid = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_card = new QLineEdit(form);
    m_category = new QComboBox(form);
    m_structure = new QLineEdit(form);
    m_structureType = new QComboBox(form);
    for (StructureType t : Borrowers::structureTypes())
        m_structureType->addItem(Borrowers::label(t), Borrowers::key(t));
    m_function = new QComboBox(form);
    m_function->setEditable(true);
    m_commune = new QLineEdit(form);
    m_email = new QLineEdit(form);
    m_phone = new QLineEdit(form);
    m_notes = new QPlainTextEdit(form);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    grid->addRow(tr("&Name:"), m_name);
    grid->addRow(tr("&Card:"), m_card);
    grid->addRow(tr("Cate&gory:"), m_category);
    grid->addRow(tr("&Structure:"), m_structure);
    grid->addRow(tr("Structure &type:"), m_structureType);
    grid->addRow(tr("&Function:"), m_function);
    grid->addRow(tr("Co&mmune:"), m_commune);
    grid->addRow(tr("&E-mail:"), m_email);
    grid->addRow(tr("&Phone:"), m_phone);
    grid->addRow(tr("N&otes:"), m_notes);
    m_borrowerLoans = new QLabel(form);
    m_borrowerLoans->setWordWrap(true);
    grid->addRow(m_borrowerLoans);
    m_borrowerHistory = makeList({tr("Title"), tr("Lent"), tr("Due"), tr("Returned")}, form);
    m_borrowerHistory->setObjectName(QStringLiteral("borrowerHistory"));
    m_borrowerHistory->setAccessibleName(tr("Loan history of the borrower"));
    grid->addRow(m_borrowerHistory);
    // The structure: an organisation of the authorities, or free text.
    addCompletion(m_structure, [this](const QString& typed) {
        QStringList names;
        // Suggestions only: the structure is free text when the authorities cannot be read.
        const auto found = AuthorityRepository(m_db, m_clock).search(typed, 20);
        for (const auto& a : found ? *found : QList<AuthorityRepository::Authority>())
            if (a.kind == AuthorityKind::Organisation)
                names.append(a.name);
        return names;
    });
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Ne&w"), form);
    auto* save = new QPushButton(tr("Sa&ve"), form);
    auto* remove = new QPushButton(tr("&Delete"), form);
    auto* exportButton = new QPushButton(tr("E&xport their data…"), form);
    auto* erase = new QPushButton(tr("E&rase…"), form);
    for (QPushButton* b : {add, save, remove, exportButton, erase})
        buttons->addWidget(b);
    grid->addRow(buttons);
    layout->addWidget(form, 1);

    connect(m_borrowerFilter, &QLineEdit::textChanged, this, &LoansPage::refreshBorrowers);
    connect(m_borrowers, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_borrowers->item(row, 0))
            editBorrower(m_borrowers->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(add, &QPushButton::clicked, this, &LoansPage::newBorrower);
    connect(save, &QPushButton::clicked, this, &LoansPage::saveBorrower);
    connect(remove, &QPushButton::clicked, this, &LoansPage::deleteBorrower);
    connect(exportButton, &QPushButton::clicked, this, &LoansPage::exportBorrower);
    connect(erase, &QPushButton::clicked, this, &LoansPage::eraseBorrower);
    return page;
}

void LoansPage::importBorrowers()
{
    BorrowerImportDialog dialog(m_db, m_clock, this);
    connect(&dialog, &BorrowerImportDialog::imported, this, &LoansPage::refreshBorrowers);
    dialog.exec();
}

void LoansPage::refreshBorrowers()
{
    Borrowers borrowers(m_db, m_clock);
    const auto categories = borrowers.categories();
    const auto functions = borrowers.functions();
    if (!categories || !functions) {
        failed(!categories ? categories.errorMessage() : functions.errorMessage());
        return;
    }
    const qint64 chosen = m_category->currentData().toLongLong();
    m_category->clear();
    for (const BorrowerCategory& c : *categories)
        m_category->addItem(c.name, c.id);
    if (const int i = m_category->findData(chosen); i >= 0)
        m_category->setCurrentIndex(i);
    const QString function = m_function->currentText();
    m_function->clear();
    m_function->addItems(*functions);
    m_function->setCurrentText(function);
    const auto list = borrowers.list(m_borrowerFilter->text(), 1000);
    m_borrowers->setRowCount(0);
    if (!list) {
        failed(list.errorMessage());
        return;
    }
    m_borrowers->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const Borrower& b = list->at(row);
        auto* name = new QTableWidgetItem(b.name);
        name->setData(Qt::UserRole, b.id);
        m_borrowers->setItem(row, 0, name);
        m_borrowers->setItem(row, 1, new QTableWidgetItem(b.card));
        m_borrowers->setItem(row, 2, new QTableWidgetItem(b.structure));
    }
}

void LoansPage::newBorrower()
{
    m_editedBorrower = 0;
    for (QLineEdit* e : {m_name, m_card, m_structure, m_commune, m_email, m_phone})
        e->clear();
    m_notes->clear();
    m_function->setCurrentText(QString());
    m_structureType->setCurrentIndex(m_structureType->findData(Borrowers::key(StructureType::Other)));
    m_borrowerLoans->clear();
    m_borrowerHistory->clear();
    m_name->setFocus();
}

void LoansPage::editBorrower(qint64 id)
{
    Borrowers borrowers(m_db, m_clock);
    const auto found = borrowers.find(id);
    if (!found || !*found) {
        failed(found ? tr("There is no borrower number %1.").arg(id) : found.errorMessage());
        return;
    }
    const Borrower& b = **found;
    m_editedBorrower = b.id;
    m_name->setText(b.name);
    m_card->setText(b.card);
    m_category->setCurrentIndex(m_category->findData(b.categoryId));
    m_structure->setText(b.structure);
    m_structureType->setCurrentIndex(m_structureType->findData(Borrowers::key(b.structureType)));
    m_function->setCurrentText(b.function);
    m_commune->setText(b.commune);
    m_email->setText(b.email);
    m_phone->setText(b.phone);
    m_notes->setPlainText(b.notes);
    Circulation::LoanFilter filter;
    filter.borrowerId = b.id;
    const auto loans = m_desk->circulation().loans(filter);
    Circulation::LoanFilter all = filter;
    all.openOnly = false;
    all.limit = 500;
    const auto history = m_desk->circulation().loans(all);
    m_borrowerHistory->clear();
    if (!history)
        failed(history.errorMessage());
    else
        for (const LoanInfo& l : *history)
            new QTreeWidgetItem(m_borrowerHistory, {l.title, shortDate(l.out), shortDate(l.due),
                                                    l.lost ? tr("lost on %1").arg(shortDate(l.returned))
                                                           : shortDate(l.returned)});
    m_borrowerLoans->setText(
        loans ? tr("%n item(s) on loan; registered on %1, last activity on %2.", nullptr, int(loans->size()))
                    .arg(shortDate(b.created.toLocalTime().date()),
                         shortDate(b.lastActivity.toLocalTime().date()))
              : loans.errorMessage());
}

void LoansPage::saveBorrower()
{
    Borrowers borrowers(m_db, m_clock);
    Borrower b;
    if (m_editedBorrower) {
        const auto found = borrowers.find(m_editedBorrower);
        if (!found || !*found) {
            failed(found ? tr("There is no borrower number %1.").arg(m_editedBorrower)
                         : found.errorMessage());
            return;
        }
        b = **found;
    }
    b.name = m_name->text();
    b.card = m_card->text();
    b.categoryId = m_category->currentData().toLongLong();
    b.structure = m_structure->text();
    b.structureType = Borrowers::structureTypeFromKey(m_structureType->currentData().toString())
                          .value_or(StructureType::Other);
    b.function = m_function->currentText();
    b.commune = m_commune->text();
    b.email = m_email->text();
    b.phone = m_phone->text();
    b.notes = m_notes->toPlainText();
    if (const QStringList problems = borrowers.problems(b); !problems.isEmpty()) {
        QMessageBox::warning(this, tr("Borrower"), problems.join(u'\n'));
        return;
    }
    if (!m_editedBorrower) {
        const auto dupes = borrowers.possibleDuplicates(b);
        if (!dupes) {
            QMessageBox::warning(this, tr("Borrower"), dupes.errorMessage());
            return;
        }
        if (!dupes->isEmpty()) {
            QStringList names;
            for (const Borrower& d : *dupes)
                names.append(tr("%1 (card %2, %3)").arg(d.name, d.card, d.structure));
            if (QMessageBox::question(
                    this, tr("Borrower"),
                    tr("This borrower may already be registered:\n%1\n\nRegister a new borrower "
                       "all the same?")
                        .arg(names.join(u'\n'))) != QMessageBox::Yes)
                return;
        }
        auto id = borrowers.add(b);
        if (!id) {
            QMessageBox::warning(this, tr("Borrower"), id.errorMessage());
            return;
        }
        m_editedBorrower = *id;
    } else if (auto s = borrowers.update(b); !s) {
        QMessageBox::warning(this, tr("Borrower"), s.errorMessage());
        return;
    }
    const qint64 id = m_editedBorrower;
    refreshBorrowers();
    for (int row = 0; row < m_borrowers->rowCount(); ++row)
        if (m_borrowers->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_borrowers->setCurrentCell(row, 0);
}

void LoansPage::deleteBorrower()
{
    if (!m_editedBorrower)
        return;
    if (QMessageBox::question(
            this, tr("Borrower"),
            tr("Delete %1? Their past loans are kept without their name.").arg(m_name->text())) !=
        QMessageBox::Yes)
        return;
    if (auto s = Borrowers(m_db, m_clock).remove(m_editedBorrower); !s) {
        QMessageBox::warning(this, tr("Borrower"), s.errorMessage());
        return;
    }
    newBorrower();
    refreshBorrowers();
}

void LoansPage::exportBorrower()
{
    if (!m_editedBorrower)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the borrower's data"),
                                     QDir::home().filePath(m_card->text() + QStringLiteral(".pdf")),
                                     tr("Readable PDF (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    PersonalData personal(m_db, m_clock, m_desk->circulation().settings());
    Status s;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        const auto json = personal.exportJson(m_editedBorrower);
        s = json ? DocumentFile::saveBytes(QJsonDocument(*json).toJson(QJsonDocument::Indented), path)
                 : Status(json.error());
    } else {
        const auto html = personal.exportHtml(m_editedBorrower);
        const auto centre = CentreSettings(m_db).load();
        if (html && centre) {
            QTextDocument document;
            document.setHtml(*html);
            s = DocumentFile::savePdf(document, path, tr("Personal data"), centre->name);
        } else {
            s = !html ? html.error() : centre.error();
        }
    }
    if (!s)
        QMessageBox::warning(this, tr("Borrower"), s.errorMessage());
}

void LoansPage::eraseBorrower()
{
    if (!m_editedBorrower)
        return;
    if (QMessageBox::warning(
            this, tr("Erase the borrower"),
            tr("Erase everything about %1? Their history becomes anonymous and this cannot be "
               "undone; restoring an older backup will erase them again.")
                .arg(m_name->text()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    PersonalData personal(m_db, m_clock, m_desk->circulation().settings());
    if (auto s = personal.erase(m_editedBorrower); !s) {
        QMessageBox::warning(this, tr("Erase the borrower"), s.errorMessage());
        return;
    }
    if (m_desk->borrower() && m_desk->borrower()->id == m_editedBorrower)
        m_desk->clearBorrower();
    newBorrower();
    refreshBorrowers();
}

// --- late loans and reminders -----------------------------------------------------

QWidget* LoansPage::buildOverdues()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_overdue =
        makeList({tr("Borrower / title"), tr("Copy"), tr("Due"), tr("Late"), tr("Reminders sent")}, page);
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    m_overdue->setRootIsDecorated(true);
    m_overdue->setAccessibleName(tr("Late loans by borrower"));
    layout->addWidget(m_overdue, 1);
    m_reminderState = new QLabel(page);
    m_reminderState->setWordWrap(true);
    layout->addWidget(m_reminderState);
    auto* row = new QHBoxLayout;
    auto* write = new QPushButton(tr("&Write the reminder letters…"), page);
    auto* wording = new QPushButton(tr("Wording of the &reminders…"), page);
    row->addWidget(write);
    row->addWidget(wording);
    connect(wording, &QPushButton::clicked, this, &LoansPage::editReminderText);
    row->addStretch(1);
    layout->addLayout(row);
    connect(write, &QPushButton::clicked, this, &LoansPage::writeReminders);
    return page;
}

void LoansPage::refreshOverdues()
{
    m_overdue->clear();
    Circulation::LoanFilter filter;
    filter.overdueOnly = true;
    const auto late = m_desk->circulation().loans(filter);
    if (!late) {
        m_reminderState->setText(late.errorMessage());
        failed(late.errorMessage());
        return;
    }
    const QDate today = m_desk->circulation().today();
    QTreeWidgetItem* group = nullptr;
    qint64 last = -1;
    for (const LoanInfo& l : *late) {
        if (l.borrowerId != last || !group) {
            last = l.borrowerId;
            group = new QTreeWidgetItem(
                m_overdue,
                {l.borrowerId ? QStringLiteral("%1 (%2)").arg(l.borrowerName, l.card) : tr("(anonymised)")});
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(
            group, {l.title, l.barcode, shortDate(l.due), tr("%n day(s)", nullptr, l.daysLate(today)),
                    l.reminderLevel ? QString::number(l.reminderLevel) : QString()});
        markLate(item, 4);
    }
    Reminders reminders(m_db, m_clock, m_desk->circulation().settings());
    const auto due = reminders.due(today);
    m_reminderState->setText(due ? tr("%n item(s) late. ", nullptr, int(late->size())) +
                                       tr("%n reminder letter(s) to write today.", nullptr, int(due->size()))
                                 : due.errorMessage());
}

void LoansPage::writeReminders()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the reminder letters"), QDir::homePath());
    if (folder.isEmpty())
        return;
    const QDate today = m_desk->circulation().today();
    const CirculationSettings settings = m_desk->circulation().settings();
    const Clock& clock = m_clock;
    int letters = 0;
    const Status s = BackgroundTask::runOnCatalogue(this, tr("Writing the reminder letters…"), m_db.path(),
                                                    [&](Database& db, const BackgroundTask::Progress&) {
                                                        Reminders reminders(db, clock, settings);
                                                        auto sent = reminders.send(today, folder);
                                                        if (!sent)
                                                            return Status(sent.error());
                                                        letters = int(sent->letters.size());
                                                        return Status::success();
                                                    });
    if (!s) {
        QMessageBox::warning(this, tr("Reminders"), s.errorMessage());
        return;
    }
    QMessageBox::information(
        this, tr("Reminders"),
        tr("%n letter(s) written to %1.", nullptr, letters).arg(QDir::toNativeSeparators(folder)));
    refreshOverdues();
}

// --- holds ------------------------------------------------------------------------

QWidget* LoansPage::buildHolds()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_holds = makeList(
        {tr("Title"), tr("Borrower"), tr("State"), tr("Copy"), tr("To collect by"), tr("Queue")}, page);
    m_holds->setObjectName(QStringLiteral("holdList"));
    layout->addWidget(m_holds, 1);
    auto* row = new QHBoxLayout;
    auto* place = new QPushButton(tr("&Place a hold…"), page);
    auto* cancel = new QPushButton(tr("&Cancel the hold"), page);
    auto* notify = new QPushButton(tr("&Tell the borrower…"), page);
    notify->setToolTip(tr("The text telling the borrower their copy is ready, to copy or save as an e-mail"));
    row->addWidget(place);
    row->addWidget(cancel);
    row->addWidget(notify);
    connect(notify, &QPushButton::clicked, this, &LoansPage::notifyHold);
    row->addStretch(1);
    layout->addLayout(row);
    connect(place, &QPushButton::clicked, this, &LoansPage::placeHold);
    connect(cancel, &QPushButton::clicked, this, &LoansPage::cancelHold);
    return page;
}

void LoansPage::refreshHolds()
{
    m_holds->clear();
    const auto holds = m_desk->circulation().holds({});
    if (!holds) {
        failed(holds.errorMessage());
        return;
    }
    for (const HoldInfo& h : *holds) {
        auto* item = new QTreeWidgetItem(
            m_holds, {h.title, QStringLiteral("%1 (%2)").arg(h.borrowerName, h.card),
                      HoldInfo::label(h.status), h.status == HoldInfo::Status::Ready ? h.barcode : QString(),
                      shortDate(h.pickupBy), h.position ? QString::number(h.position) : QString()});
        item->setData(0, Qt::UserRole, h.id);
        if (h.status == HoldInfo::Status::Ready)
            item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
}

void LoansPage::placeHold()
{
    bool ok = false;
    const qint64 record =
        QInputDialog::getInt(this, tr("Place a hold"), tr("Record number:"), 1, 1, 2147483647, 1, &ok);
    if (!ok)
        return;
    const QString card =
        QInputDialog::getText(this, tr("Place a hold"), tr("Borrower's card:"), QLineEdit::Normal,
                              m_desk->borrower() ? m_desk->borrower()->card : QString(), &ok);
    if (!ok || card.trimmed().isEmpty())
        return;
    const auto b = Borrowers(m_db, m_clock).byCard(card);
    if (!b || !*b) {
        QMessageBox::warning(this, tr("Place a hold"),
                             b ? tr("Unknown card: no borrower has the card %1.").arg(card)
                               : b.errorMessage());
        return;
    }
    const auto placed = m_desk->circulation().placeHold(record, (*b)->id);
    if (!placed) {
        QMessageBox::warning(this, tr("Place a hold"), placed.errorMessage());
        return;
    }
    if (placed->status == HoldInfo::Status::Ready)
        QMessageBox::information(
            this, tr("Place a hold"),
            tr("A copy is on the shelf: set %1 aside for %2 (to collect by %3).")
                .arg(placed->barcode, placed->borrowerName, shortDate(placed->pickupBy)));
    refreshHolds();
}

void LoansPage::notifyHold()
{
    const QTreeWidgetItem* item = m_holds->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    Circulation::HoldFilter filter;
    filter.readyOnly = true;
    const auto holds = m_desk->circulation().holds(filter);
    if (!holds) {
        failed(holds.errorMessage());
        return;
    }
    const auto it =
        std::find_if(holds->cbegin(), holds->cend(), [id](const HoldInfo& h) { return h.id == id; });
    if (it == holds->cend()) {
        QMessageBox::information(this, tr("Holds"),
                                 tr("This hold is not ready yet: no copy is set aside for it."));
        return;
    }
    const HoldInfo hold = *it;
    const auto identity = CentreSettings(m_db).load();
    if (!identity) {
        QMessageBox::warning(this, tr("Holds"), identity.errorMessage());
        return;
    }
    const CentreIdentity centre = *identity;
    const Reminders::Notice notice = Reminders::holdNotice(hold, centre);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tell %1").arg(hold.borrowerName));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(hold.email.isEmpty() ? tr("No e-mail address: by letter or telephone.")
                                                      : tr("E-mail: %1").arg(hold.email),
                                 &dialog));
    auto* text = new QPlainTextEdit(notice.subject + QStringLiteral("\n\n") + notice.body, &dialog);
    text->setReadOnly(true);
    layout->addWidget(text);
    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save as an &e-mail…"), &dialog);
    save->setEnabled(!hold.email.isEmpty());
    auto* close = new QPushButton(tr("&Close"), &dialog);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(save, &QPushButton::clicked, &dialog, [&] {
        const QString path = QFileDialog::getSaveFileName(
            &dialog, tr("Save the e-mail"),
            QDir::home().filePath(QStringLiteral("reservation-%1.eml").arg(hold.id)), tr("E-mail (*.eml)"));
        if (path.isEmpty())
            return;
        if (auto s = DocumentFile::saveBytes(Reminders::holdEml(hold, centre, m_clock.now()), path); !s)
            QMessageBox::warning(&dialog, tr("Holds"), s.errorMessage());
    });
    dialog.resize(560, 360);
    dialog.exec();
}

void LoansPage::editReminderText()
{
    const int levels = int(m_desk->circulation().settings().reminderDays.size());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Wording of the reminders"));
    auto* form = new QFormLayout(&dialog);
    auto* level = new QSpinBox(&dialog);
    level->setRange(1, std::max(1, levels));
    auto* subject = new QLineEdit(&dialog);
    auto* body = new QPlainTextEdit(&dialog);
    body->setTabChangesFocus(true);
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Subject:"), subject);
    form->addRow(tr("&Text:"), body);
    form->addRow(
        new QLabel(tr("{name}: the borrower, {items}: the late documents, {centre}: the centre, {date}: "
                      "the day"),
                   &dialog));
    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("&Save this level"), &dialog);
    auto* reset = new QPushButton(tr("&Default text"), &dialog);
    auto* close = new QPushButton(tr("&Close"), &dialog);
    buttons->addWidget(save);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->addWidget(close);
    form->addRow(buttons);
    auto load = [&] {
        const auto wording = Reminders::wording(m_db, level->value());
        if (!wording) {
            QMessageBox::warning(&dialog, tr("Reminders"), wording.errorMessage());
            return;
        }
        subject->setText(wording->subject);
        body->setPlainText(wording->body);
    };
    connect(level, &QSpinBox::valueChanged, &dialog, load);
    connect(reset, &QPushButton::clicked, &dialog, [&] {
        const Reminders::Wording w = Reminders::defaultWording(level->value());
        subject->setText(w.subject);
        body->setPlainText(w.body);
    });
    connect(save, &QPushButton::clicked, &dialog, [&] {
        if (auto s = Reminders::setWording(m_db, level->value(), {subject->text(), body->toPlainText()}); !s)
            QMessageBox::warning(&dialog, tr("Reminders"), s.errorMessage());
    });
    connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    load();
    dialog.resize(640, 480);
    dialog.exec();
}

void LoansPage::cancelHold()
{
    const QTreeWidgetItem* item = m_holds->currentItem();
    if (!item)
        return;
    if (auto s = m_desk->circulation().cancelHold(item->data(0, Qt::UserRole).toLongLong()); !s)
        QMessageBox::warning(this, tr("Holds"), s.errorMessage());
    refreshHolds();
}

// --- labels ---------------------------------------------------------------------

QWidget* LoansPage::buildLabels()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_labelSource = new QComboBox(page);
    m_labelSource->addItem(tr("Barcode labels of copies (barcodes below)"), QStringLiteral("copies"));
    m_labelSource->addItem(tr("Barcode labels of a basket's records"), QStringLiteral("basket"));
    m_labelSource->addItem(tr("Barcode labels of the copies added since"), QStringLiteral("new"));
    m_labelSource->addItem(tr("Spine labels of a basket's records"), QStringLiteral("spine-basket"));
    m_labelSource->addItem(tr("Spine labels of copies (barcodes below)"), QStringLiteral("spine-copies"));
    m_labelSource->addItem(tr("Borrower cards (cards below, or all)"), QStringLiteral("cards"));
    m_labelCodes = new QLineEdit(page);
    m_labelCodes->setPlaceholderText(
        tr("barcodes or cards, separated by commas or spaces; scanning adds them"));
    m_labelBasket = new QComboBox(page);
    m_labelSince = new QDateEdit(m_desk->circulation().today(), page);
    m_labelSince->setCalendarPopup(true);
    m_labelLayout = new QComboBox(page);
    m_labelLayout->setObjectName(QStringLiteral("labelLayout"));
    m_labelLayout->setEditable(true);
    m_labelLayout->setToolTip(tr("A usual sheet, one of the centre's (Settings › Labels), or your own: "
                                 "COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY] in mm"));
    m_labelBarcode = new QComboBox(page);
    m_labelBarcode->setObjectName(QStringLiteral("labelBarcode"));
    m_labelBarcode->addItem(QStringLiteral("Code 128"), QStringLiteral("code128"));
    m_labelBarcode->addItem(QStringLiteral("Code 39"), QStringLiteral("code39"));
    showLabelPreferences();
    m_labelStart = new QSpinBox(page);
    m_labelStart->setRange(1, 400);
    m_labelStart->setToolTip(tr("The first free label of a partly used sheet"));
    form->addRow(tr("&Print:"), m_labelSource);
    form->addRow(tr("&Codes:"), m_labelCodes);
    form->addRow(tr("Bas&ket:"), m_labelBasket);
    form->addRow(tr("Added &since:"), m_labelSince);
    form->addRow(tr("Label &sheet:"), m_labelLayout);
    form->addRow(tr("Bar&code:"), m_labelBarcode);
    form->addRow(tr("&First free label:"), m_labelStart);
    auto* row = new QHBoxLayout;
    auto* preview = new QPushButton(tr("Print pre&view…"), page);
    auto* save = new QPushButton(tr("Save as P&DF…"), page);
    row->addWidget(preview);
    row->addWidget(save);
    row->addStretch(1);
    form->addRow(row);
    m_labelState = new QLabel(page);
    form->addRow(m_labelState);
    // A scanner types a code and Enter: the next code goes after a space.
    connect(m_labelCodes, &QLineEdit::returnPressed, this,
            [this] { m_labelCodes->setText(m_labelCodes->text().trimmed() + u' '); });
    connect(preview, &QPushButton::clicked, this, &LoansPage::previewLabels);
    connect(save, &QPushButton::clicked, this, &LoansPage::saveLabels);
    // The baskets are read when the tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, page](int) {
        if (m_tabs->currentWidget() != page)
            return;
        Baskets baskets(m_db, m_clock);
        const QString current = m_labelBasket->currentText();
        m_labelBasket->clear();
        const auto list = baskets.list();
        if (!list)
            m_labelState->setText(list.errorMessage());
        else
            for (const Baskets::Basket& b : *list)
                m_labelBasket->addItem(b.name, b.id);
        m_labelBasket->setCurrentText(current);
    });
    return page;
}

bool LoansPage::gatherLabels(QList<Labels::Label>& labels)
{
    const QString source = m_labelSource->currentData().toString();
    const QStringList codes =
        m_labelCodes->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    const auto identity = CentreSettings(m_db).load();
    if (!identity) {
        m_labelState->setText(identity.errorMessage());
        return false;
    }
    const QString centre = identity->name;
    if (source == QLatin1String("cards")) {
        Borrowers borrowers(m_db, m_clock);
        if (codes.isEmpty()) {
            const auto all = borrowers.list({}, 1000000);
            if (!all) {
                m_labelState->setText(all.errorMessage());
                return false;
            }
            for (const Borrower& b : *all)
                labels.append(Labels::borrowerCard(centre, b.name, b.card));
        }
        for (const QString& card : codes) {
            const auto b = borrowers.byCard(card);
            if (!b || !*b) {
                m_labelState->setText(b ? tr("Unknown card: no borrower has the card %1.").arg(card)
                                        : b.errorMessage());
                return false;
            }
            labels.append(Labels::borrowerCard(centre, (*b)->name, (*b)->card));
        }
    } else {
        Labels::Copies copies;
        if (source == QLatin1String("copies") || source == QLatin1String("spine-copies"))
            copies.barcodes = codes;
        else if (source == QLatin1String("new"))
            copies.createdSince = m_labelSince->date();
        else if (source.endsWith(QLatin1String("selection")))
            copies.records = m_labelRecords;
        else if (m_labelBasket->currentIndex() >= 0) {
            const auto records = Baskets(m_db, m_clock).records(m_labelBasket->currentData().toLongLong());
            if (!records) {
                m_labelState->setText(records.errorMessage());
                return false;
            }
            copies.records = *records;
        }
        auto found = Labels::forCopies(m_db, copies, source.startsWith(QLatin1String("spine")), centre);
        if (!found) {
            m_labelState->setText(found.errorMessage());
            return false;
        }
        labels = *found;
    }
    if (labels.isEmpty()) {
        m_labelState->setText(tr("There is no label to print."));
        return false;
    }
    return true;
}

void LoansPage::showLabelsFor(const QList<qint64>& records)
{
    m_labelRecords = records;
    for (const char* key : {"selection", "spine-selection"}) {
        const int i = m_labelSource->findData(QLatin1String(key));
        if (i >= 0)
            m_labelSource->removeItem(i);
    }
    m_labelSource->insertItem(
        0, tr("Barcode labels of the catalogue's selection (%n record(s))", nullptr, int(records.size())),
        QStringLiteral("selection"));
    m_labelSource->insertItem(
        1, tr("Spine labels of the catalogue's selection (%n record(s))", nullptr, int(records.size())),
        QStringLiteral("spine-selection"));
    m_labelSource->setCurrentIndex(0);
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
    m_labelSource->setFocus();
}

void LoansPage::showLabelPreferences()
{
    // The centre's sheets and barcode by default; the usual ones when they cannot be read.
    auto preferences = Labels::preferences(m_db);
    if (!preferences)
        failed(preferences.errorMessage());
    m_labelPreferences = preferences ? *preferences : Labels::Preferences();
    m_labelLayout->clear();
    for (const Labels::Sheet& s : Labels::sheets())
        m_labelLayout->addItem(s.name);
    for (const Labels::OwnLayout& o : std::as_const(m_labelPreferences.own))
        m_labelLayout->addItem(o.name);
    m_labelLayout->setCurrentText(m_labelPreferences.sheet);
    if (const int i = m_labelBarcode->findData(m_labelPreferences.barcode); i >= 0)
        m_labelBarcode->setCurrentIndex(i);
}

void LoansPage::previewLabels()
{
    QList<Labels::Label> labels;
    if (!gatherLabels(labels))
        return;
    const auto sheet = m_labelPreferences.resolve(m_labelLayout->currentText());
    const auto symbology = Labels::symbology(m_labelBarcode->currentData().toString());
    if (!sheet || !symbology) {
        m_labelState->setText(!sheet ? sheet.errorMessage() : symbology.errorMessage());
        return;
    }
    if (auto s = Labels::check(labels, *symbology); !s) {
        m_labelState->setText(s.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    const int start = std::min(m_labelStart->value(), sheet->perSheet());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* p) { Labels::paint(*p, labels, *sheet, start, *symbology); });
    dialog.exec();
}

void LoansPage::saveLabels()
{
    QList<Labels::Label> labels;
    if (!gatherLabels(labels))
        return;
    const auto sheet = m_labelPreferences.resolve(m_labelLayout->currentText());
    const auto symbology = Labels::symbology(m_labelBarcode->currentData().toString());
    if (!sheet || !symbology) {
        m_labelState->setText(!sheet ? sheet.errorMessage() : symbology.errorMessage());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the labels"),
                                                      QDir::home().filePath(QStringLiteral("etiquettes.pdf")),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = Labels::writePdf(labels, *sheet, m_labelStart->value(), *symbology, path); !s) {
        m_labelState->setText(s.errorMessage());
        return;
    }
    m_labelState->setText(
        tr("%n label(s) written to %1.", nullptr, int(labels.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace infodoc::ui

#include "ui/visits/VisitDialog.h"

#include "core/output/BibliographyWriter.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/visits/VisitPreparation.h"
#include "ui/common/Lists.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

constexpr int kRecordRole = Qt::UserRole + 1;

QTreeWidget* tree(const QString& name, const QString& accessible, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->header()->setStretchLastSection(false);
    return t;
}

QString availability(const VisitDocument& d)
{
    return d.copies == 0 ? VisitDialog::tr("no copy")
                         : VisitDialog::tr("%1 of %2 on the shelf").arg(d.available).arg(d.copies);
}

} // namespace

VisitDialog::VisitDialog(Database& db, const Clock& clock, Appointments& appointments, qint64 appointmentId,
                         QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_appointments(appointments), m_id(appointmentId),
      m_preparation(std::make_unique<VisitPreparation>(db, clock, appointments))
{
    setObjectName(QStringLiteral("visitDialog"));
    resize(980, 640);
    // The index gives the free-text and "similar" suggestions; without it the
    // descriptors still do, and the reason is shown.
    auto opened = SearchIndex::open(SearchIndex::directoryFor(db), SearchIndex::Mode::ReadOnly);
    if (opened) {
        m_index = std::move(*opened);
        m_search = std::make_unique<SearchService>(db, *m_index);
    } else {
        m_indexProblem = opened.errorMessage();
    }

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("visitHeading"));
    m_heading->setWordWrap(true);
    m_tabs = new QTabWidget(this);

    // Préparer
    auto* prepare = new QWidget(m_tabs);
    m_suggestions = tree(QStringLiteral("visitSuggestions"), tr("Suggested documents"),
                         {tr("Title"), tr("Year"), tr("Call number"), tr("Copies"), tr("Why")}, prepare);
    m_selection = tree(QStringLiteral("visitSelection"), tr("Selection for the visit"),
                       {tr("Title"), tr("Call number"), tr("Copies"), tr("Chosen by")}, prepare);
    m_aside = tree(QStringLiteral("visitSetAside"), tr("Copies set aside"),
                   {tr("Title"), tr("Location"), tr("Call number"), tr("Barcode")}, prepare);
    auto* add = new QPushButton(tr("&Add the ticked documents to the selection"), prepare);
    auto* remove = new QPushButton(tr("&Remove from the selection"), prepare);
    auto* aside = new QPushButton(tr("Set &copies aside for the day"), prepare);
    auto* pull = new QPushButton(tr("&Pull list…"), prepare);
    auto* bibliography = new QPushButton(tr("&Bibliography…"), prepare);
    connect(add, &QPushButton::clicked, this, &VisitDialog::addTicked);
    connect(remove, &QPushButton::clicked, this, &VisitDialog::removeSelected);
    connect(aside, &QPushButton::clicked, this, &VisitDialog::setAside);
    connect(pull, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Pull list"), tr("pull-list.pdf"),
                                                          tr("PDF (*.pdf);;HTML (*.html);;Text (*.txt)"));
        if (!path.isEmpty())
            printPullList(path);
    });
    connect(bibliography, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Bibliography of the visit"), tr("bibliography.pdf"),
                                         tr("PDF (*.pdf);;OpenDocument (*.odt);;HTML (*.html)"));
        if (!path.isEmpty())
            printBibliography(path);
    });
    auto* prepareLayout = new QGridLayout(prepare);
    auto* suggestedLabel = new QLabel(tr("&Suggested (Space ticks, Enter adds):"), prepare);
    suggestedLabel->setBuddy(m_suggestions);
    prepareLayout->addWidget(suggestedLabel, 0, 0);
    prepareLayout->addWidget(m_suggestions, 1, 0, 3, 1);
    prepareLayout->addWidget(add, 4, 0);
    auto* selectedLabel = new QLabel(tr("Se&lection (Delete removes):"), prepare);
    selectedLabel->setBuddy(m_selection);
    prepareLayout->addWidget(selectedLabel, 0, 1);
    prepareLayout->addWidget(m_selection, 1, 1);
    auto* asideLabel = new QLabel(tr("Set aside:"), prepare);
    asideLabel->setBuddy(m_aside);
    prepareLayout->addWidget(asideLabel, 2, 1);
    prepareLayout->addWidget(m_aside, 3, 1);
    auto* prepareButtons = new QHBoxLayout;
    prepareButtons->addWidget(remove);
    prepareButtons->addWidget(aside);
    prepareButtons->addWidget(pull);
    prepareButtons->addWidget(bibliography);
    prepareLayout->addLayout(prepareButtons, 4, 1);
    prepareLayout->setColumnStretch(0, 1);
    prepareLayout->setColumnStretch(1, 1);
    m_tabs->addTab(prepare, tr("&Prepare"));

    // The visit
    auto* visit = new QWidget(m_tabs);
    m_lend = new QLineEdit(visit);
    m_lend->setObjectName(QStringLiteral("visitLend"));
    m_lend->setPlaceholderText(tr("Scan a copy to lend it to the visitor"));
    m_loans = tree(QStringLiteral("visitLoans"), tr("Loans of the visit"),
                   {tr("Title"), tr("Barcode"), tr("Due")}, visit);
    m_scan = new QLineEdit(visit);
    m_scan->setObjectName(QStringLiteral("visitConsulted"));
    m_scan->setPlaceholderText(tr("Scan a copy consulted on site"));
    m_followUp = new QPlainTextEdit(visit);
    m_followUp->setObjectName(QStringLiteral("visitFollowUp"));
    m_followUp->setTabChangesFocus(true);
    m_close = new QPushButton(tr("Close the &visit"), visit);
    m_close->setObjectName(QStringLiteral("visitClose"));
    connect(m_lend, &QLineEdit::returnPressed, this, &VisitDialog::lend);
    connect(m_scan, &QLineEdit::returnPressed, this, &VisitDialog::scanConsulted);
    connect(m_close, &QPushButton::clicked, this, &VisitDialog::closeVisit);
    auto* visitLayout = new QGridLayout(visit);
    auto* lendLabel = new QLabel(tr("&Lend:"), visit);
    lendLabel->setBuddy(m_lend);
    visitLayout->addWidget(lendLabel, 0, 0);
    visitLayout->addWidget(m_lend, 0, 1);
    visitLayout->addWidget(m_loans, 1, 1);
    auto* scanLabel = new QLabel(tr("C&onsulted:"), visit);
    scanLabel->setBuddy(m_scan);
    visitLayout->addWidget(scanLabel, 2, 0);
    visitLayout->addWidget(m_scan, 2, 1);
    visitLayout->addWidget(new QLabel(tr("Tick in the selection (Prepare tab) what was consulted."), visit),
                           3, 1);
    auto* followLabel = new QLabel(tr("&Follow-up:"), visit);
    followLabel->setBuddy(m_followUp);
    visitLayout->addWidget(followLabel, 4, 0);
    visitLayout->addWidget(m_followUp, 4, 1);
    visitLayout->addWidget(m_close, 5, 1, Qt::AlignRight);
    m_tabs->addTab(visit, tr("The &visit"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* visitorMode =
        buttons->addButton(tr("Open the visitor &mode for this visit"), QDialogButtonBox::ActionRole);
    visitorMode->setObjectName(QStringLiteral("visitVisitorMode"));
    connect(visitorMode, &QPushButton::clicked, this, &VisitDialog::visitorModeRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_suggestions, &QTreeWidget::itemActivated, this, [this] { addTicked(); });
    auto* del = new QAction(m_selection);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &VisitDialog::removeSelected);
    m_selection->addAction(del);
    reload();
    m_suggestions->setFocus();
}

VisitDialog::~VisitDialog() = default;

void VisitDialog::report(const Status& status, const QString& done)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b00020"));
    m_message->setText(status ? done : status.errorMessage());
}

void VisitDialog::reloadSuggestions()
{
    auto suggested = m_preparation->suggest(m_id, m_search.get());
    m_suggestions->clear();
    if (!suggested) {
        report(suggested.error());
    } else {
        for (const auto& s : *suggested) {
            auto* item = new QTreeWidgetItem(
                m_suggestions,
                {s.document.title, s.document.year ? QString::number(s.document.year) : QString(),
                 s.document.callNumber, availability(s.document), s.reasons.join(QStringLiteral("; "))});
            item->setData(0, kRecordRole, s.document.recordId);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, plainToolTip(s.document.authors));
        }
        if (!m_indexProblem.isEmpty())
            report(Error{tr("Suggestions from the descriptors only: %1").arg(m_indexProblem)});
    }
    if (m_suggestions->topLevelItemCount() > 0 && !m_suggestions->currentItem())
        m_suggestions->setCurrentItem(m_suggestions->topLevelItem(0));
}

void VisitDialog::reload(bool withSuggestions)
{
    auto a = m_appointments.find(m_id);
    if (!a || !a->has_value()) {
        report(a ? Status(Error{tr("No appointment %1").arg(m_id)}) : Status(a.error()));
        return;
    }
    const Appointment& appointment = **a;
    setWindowTitle(tr("Visit of %1").arg(Appointments::whenLabel(appointment)));
    QStringList topic = appointment.subjects;
    if (!appointment.topic.isEmpty())
        topic.append(appointment.topic);
    m_heading->setText(QStringLiteral("<b>%1</b> — %2<br/>%3")
                           .arg(Appointments::visitorLabel(appointment.visitor).toHtmlEscaped(),
                                Appointments::label(appointment.purpose).toHtmlEscaped(),
                                (topic.isEmpty() ? tr("No topic given")
                                                 : tr("Topic: %1").arg(topic.join(QStringLiteral(" — "))))
                                    .toHtmlEscaped()));
    if (m_followUp->toPlainText().isEmpty())
        m_followUp->setPlainText(appointment.followUp);

    if (withSuggestions)
        reloadSuggestions();

    auto items = m_preparation->selection(m_id);
    m_selection->clear();
    if (!items) {
        report(items.error());
    } else {
        for (const auto& i : *items) {
            auto* item = new QTreeWidgetItem(
                m_selection, {i.document.title, i.document.callNumber, availability(i.document),
                              i.chosenBy == VisitPreparation::ChosenBy::Visitor ? tr("the visitor")
                                                                                : tr("the documentalist")});
            item->setData(0, kRecordRole, i.document.recordId);
            item->setCheckState(0, i.consulted ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(0, tr("Ticked: consulted during the visit"));
        }
    }
    auto aside = m_preparation->setAsides(m_id);
    m_aside->clear();
    if (!aside)
        report(aside.error());
    else
        for (const auto& s : *aside)
            new QTreeWidgetItem(m_aside, {s.title, s.location, s.callNumber, s.barcode});
    auto loans = m_preparation->loans(m_id);
    m_loans->clear();
    if (!loans)
        report(loans.error());
    else
        for (const auto& l : *loans)
            new QTreeWidgetItem(m_loans,
                                {l.title, l.barcode, QLocale().toString(l.due, QLocale::ShortFormat)});
    const bool open = appointment.status == AppointmentStatus::Requested ||
                      appointment.status == AppointmentStatus::Confirmed;
    m_close->setEnabled(open || appointment.status == AppointmentStatus::Done);
}

void VisitDialog::addTicked()
{
    QList<qint64> ids;
    for (int i = 0; i < m_suggestions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_suggestions->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            ids.append(item->data(0, kRecordRole).toLongLong());
    }
    // Enter on a line with nothing ticked adds that line.
    if (ids.isEmpty() && m_suggestions->currentItem())
        ids.append(m_suggestions->currentItem()->data(0, kRecordRole).toLongLong());
    if (ids.isEmpty())
        return;
    const Status s = m_preparation->select(m_id, ids);
    reload();
    report(s, tr("%n document(s) added to the selection.", nullptr, int(ids.size())));
}

void VisitDialog::removeSelected()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem* item : m_selection->selectedItems())
        ids.append(item->data(0, kRecordRole).toLongLong());
    if (ids.isEmpty())
        return;
    const Status s = m_preparation->unselect(m_id, ids);
    reload();
    report(s, tr("%n document(s) taken out of the selection.", nullptr, int(ids.size())));
}

void VisitDialog::setAside()
{
    auto done = m_preparation->setAside(m_id);
    reload(false); // the selection is the same: so are the suggestions
    if (!done) {
        report(done.error());
        return;
    }
    QString text = tr("%n copy(ies) set aside.", nullptr, int(done->added.size()));
    if (!done->missing.isEmpty())
        text += u' ' + tr("Not on the shelf: %1.").arg(done->missing.join(QStringLiteral("; ")));
    report(Status::success(), text);
    Q_EMIT changed();
}

void VisitDialog::printPullList(const QString& path)
{
    report(m_preparation->writePullList(m_id, path), tr("Pull list written: %1").arg(path));
}

void VisitDialog::printBibliography(const QString& path)
{
    const auto format = BibliographyWriter::formatFromKey(QFileInfo(path).suffix().toLower());
    if (!format) {
        report(Error{tr("Unknown format \"%1\" (formats: %2).")
                         .arg(QFileInfo(path).suffix(), BibliographyWriter::formatKeys())});
        return;
    }
    report(m_preparation->writeBibliography(m_id, path, *format), tr("Bibliography written: %1").arg(path));
}

void VisitDialog::lend()
{
    const QString barcode = m_lend->text().trimmed();
    if (barcode.isEmpty())
        return;
    auto loan = m_preparation->lend(m_id, barcode);
    m_lend->clear();
    reload(false);
    if (!loan) {
        report(loan.error());
        return;
    }
    report(Status::success(),
           tr("Lent: \"%1\", due %2.").arg(loan->title, QLocale().toString(loan->due, QLocale::ShortFormat)));
    Q_EMIT changed();
}

void VisitDialog::scanConsulted()
{
    const QString barcode = m_scan->text().trimmed();
    m_scan->clear();
    if (barcode.isEmpty())
        return;
    if (!m_scanned.contains(barcode))
        m_scanned.append(barcode);
    report(Status::success(),
           tr("Consulted (recorded when the visit is closed): %1").arg(m_scanned.join(QStringLiteral(", "))));
}

void VisitDialog::closeVisit()
{
    VisitPreparation::Closing closing;
    for (int i = 0; i < m_selection->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_selection->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            closing.consulted.append(item->data(0, kRecordRole).toLongLong());
    }
    closing.scanned = m_scanned;
    closing.followUp = m_followUp->toPlainText();
    const Status s = m_preparation->close(m_id, closing);
    if (s)
        m_scanned.clear();
    reload();
    report(s, tr("The visit is closed."));
    if (s)
        Q_EMIT changed();
}

} // namespace infodoc::ui

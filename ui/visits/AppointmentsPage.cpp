#include "ui/visits/AppointmentsPage.h"

#include "core/common/SaveFile.h"
#include "core/storage/Database.h"
#include "core/visits/AppointmentFiles.h"
#include "core/visits/Appointments.h"
#include "core/visits/ICalendar.h"
#include "core/visits/VisitLists.h"
#include "core/visits/VisitorData.h"
#include "ui/common/BackgroundTask.h"
#include "ui/visits/AppointmentDialog.h"
#include "ui/visits/VisitDialog.h"
#include "ui/visits/WeekGrid.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A button whose shortcut works anywhere on the page (the grid has the focus).
QPushButton* button(const QString& text, const QKeySequence& key, QWidget* page)
{
    auto* b = new QPushButton(text, page);
    if (!key.isEmpty()) {
        auto* action = new QAction(b);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(action, &QAction::triggered, b, &QPushButton::click);
        page->addAction(action);
        b->setToolTip(key.toString(QKeySequence::NativeText));
    }
    return b;
}

} // namespace

AppointmentsPage::AppointmentsPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("appointmentsPage"));
    auto* previous = button(tr("◀ Previous"), QKeySequence(Qt::ALT | Qt::Key_Left), this);
    auto* today = button(tr("&Today"), QKeySequence(), this);
    auto* next = button(tr("Next ▶"), QKeySequence(Qt::ALT | Qt::Key_Right), this);
    m_jump = new QDateEdit(this);
    m_jump->setObjectName(QStringLiteral("appointmentsJump"));
    m_jump->setAccessibleName(tr("Go to the day"));
    m_jump->setCalendarPopup(true);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("appointmentsView"));
    m_view->setAccessibleName(tr("View"));
    m_view->addItems({tr("Week"), tr("Day")});
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("appointmentsPeriod"));
    auto* book = button(tr("&New appointment…"), QKeySequence(QKeySequence::New), this);
    auto* prepare = button(tr("&Prepare the visit…"), QKeySequence(Qt::CTRL | Qt::Key_P), this);
    auto* print = button(tr("P&rint today and tomorrow…"), QKeySequence(), this);
    auto* more = new QToolButton(this);
    more->setText(tr("&More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    more->setMenu(menu);
    QAction* hours = menu->addAction(tr("Opening &hours…"));
    QAction* importAgenda = menu->addAction(tr("&Import an agenda (.ics)…"));
    QAction* importClosures = menu->addAction(tr("Import &closures (.ics)…"));
    QAction* exportAgenda = menu->addAction(tr("&Export the appointments (.ics)…"));
    menu->addSeparator();
    QAction* visitorData = menu->addAction(tr("A named &visitor's data…"));
    connect(visitorData, &QAction::triggered, this, &AppointmentsPage::namedVisitor);

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_jump);
    bar->addWidget(m_view);
    bar->addWidget(m_period, 1);
    bar->addWidget(book);
    bar->addWidget(prepare);
    bar->addWidget(print);
    bar->addWidget(more);

    m_grid = new WeekGrid(this);
    m_upcoming = new QTreeWidget(this);
    m_upcoming->setObjectName(QStringLiteral("appointmentsUpcoming"));
    m_upcoming->setAccessibleName(tr("Upcoming appointments"));
    m_upcoming->setRootIsDecorated(false);
    m_upcoming->setHeaderLabels({tr("Day"), tr("Time"), tr("Visitor"), tr("Status")});
    m_upcoming->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* upcomingLabel = new QLabel(tr("&Upcoming:"), side);
    upcomingLabel->setBuddy(m_upcoming);
    sideLayout->addWidget(upcomingLabel);
    sideLayout->addWidget(m_upcoming);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_grid);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("appointmentsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(+1); });
    connect(today, &QPushButton::clicked, this, [this] {
        auto service = Appointments::open(m_db, m_clock);
        showDay(service ? service->today() : Calendar().today(m_clock));
    });
    connect(m_jump, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_day)
            showDay(d);
    });
    connect(m_view, &QComboBox::currentIndexChanged, this, &AppointmentsPage::reload);
    connect(book, &QPushButton::clicked, this, [this] {
        const QDate day = m_grid->dayAt(m_grid->currentColumn());
        newAppointment(day.isValid() ? day : m_day, m_grid->startAt(std::max(0, m_grid->currentRow())));
    });
    connect(prepare, &QPushButton::clicked, this, [this] {
        qint64 id = m_grid->currentAppointment();
        if (m_upcoming->hasFocus() && m_upcoming->currentItem())
            id = m_upcoming->currentItem()->data(0, kIdRole).toLongLong();
        if (id == 0) {
            say(tr("Choose an appointment in the week or the upcoming list first."), true);
            return;
        }
        prepareVisit(id);
    });
    connect(print, &QPushButton::clicked, this, [this] { printDays(); });
    // In the settings window, with the other settings; the week follows when they are kept.
    connect(hours, &QAction::triggered, this, [this] { Q_EMIT settingsRequested(QStringLiteral("hours")); });
    auto askImport = [this](bool closures) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import an iCalendar file"), QString(),
                                                          tr("iCalendar (*.ics);;All files (*)"));
        if (!path.isEmpty())
            importIcs(path, closures);
    };
    connect(importAgenda, &QAction::triggered, this, [askImport] { askImport(false); });
    connect(importClosures, &QAction::triggered, this, [askImport] { askImport(true); });
    connect(exportAgenda, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the appointments"),
                                                          tr("appointments.ics"), tr("iCalendar (*.ics)"));
        if (!path.isEmpty())
            exportIcs(path);
    });
    connect(m_grid, &WeekGrid::opened, this, [this](qint64 id, const QDate& day, int start) {
        if (id)
            openAppointment(id);
        else
            newAppointment(day, start);
    });
    connect(m_grid, &WeekGrid::moveRequested, this, &AppointmentsPage::moveAppointment);
    connect(m_grid, &WeekGrid::cancelRequested, this, &AppointmentsPage::cancelAppointment);
    connect(m_upcoming, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openAppointment(item->data(0, kIdRole).toLongLong()); });

    auto service = Appointments::open(m_db, m_clock);
    showDay(service ? service->today() : Calendar().today(m_clock));
}

void AppointmentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

bool AppointmentsPage::dayView() const
{
    return m_view->currentIndex() == 1;
}

void AppointmentsPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
}

void AppointmentsPage::step(int direction)
{
    auto service = Appointments::open(m_db, m_clock);
    if (dayView() && service) {
        QDate d = m_day.addDays(direction);
        for (int i = 0; i < 14 && !service->calendar().isOpen(d); ++i)
            d = d.addDays(direction);
        showDay(d);
        return;
    }
    showDay(m_day.addDays(7 * direction));
}

void AppointmentsPage::showDay(const QDate& day)
{
    m_day = day;
    {
        const QSignalBlocker block(m_jump);
        m_jump->setDate(day);
    }
    reload();
}

void AppointmentsPage::reload()
{
    const qint64 current = m_grid->currentAppointment();
    auto service = Appointments::open(m_db, m_clock);
    if (!service) {
        m_grid->showFailure(service.errorMessage());
        m_upcoming->clear();
        say(service.errorMessage(), true);
        return;
    }
    QList<WeekGrid::Day> days;
    const QDate monday = m_day.addDays(1 - m_day.dayOfWeek());
    if (dayView()) {
        days.append(
            {m_day, service->calendar().closedReason(m_day), service->hours().ranges(m_day.dayOfWeek())});
    } else {
        for (int i = 0; i < 5; ++i) {
            const QDate d = monday.addDays(i);
            days.append({d, service->calendar().closedReason(d), service->hours().ranges(d.dayOfWeek())});
        }
    }
    int first = 24 * 60, last = 0;
    for (int weekday = 1; weekday <= 7; ++weekday)
        for (const TimeRange& r : service->hours().ranges(weekday)) {
            first = std::min(first, r.startMin);
            last = std::max(last, r.endMin);
        }
    if (first >= last) {
        first = 9 * 60;
        last = 18 * 60;
    }
    auto list = service->between(days.first().date, days.last().date);
    if (!list) {
        m_grid->showFailure(list.errorMessage());
        say(list.errorMessage(), true);
    } else {
        // Imported appointments may lie outside the hours: the grid widens to show them.
        for (const Appointment& a : *list) {
            first = std::min(first, a.startMin);
            last = std::max(last, a.endMin());
        }
        m_grid->display(days, first, last, service->hours().stepMin, *list);
        if (current)
            m_grid->selectAppointment(current);
        else if (m_grid->currentRow() < 0)
            m_grid->selectSlot(m_day, first);
    }
    const QLocale locale;
    m_period->setText(dayView()
                          ? locale.toString(m_day, QStringLiteral("dddd d MMMM yyyy"))
                          : tr("Week of %1").arg(locale.toString(monday, QStringLiteral("d MMMM yyyy"))));

    auto coming = service->upcoming(100);
    m_upcoming->clear();
    if (!coming) {
        say(coming.errorMessage(), true);
        auto* failure = new QTreeWidgetItem(m_upcoming, {coming.errorMessage()});
        failure->setForeground(0, QColor(0xb0, 0x00, 0x20));
        return;
    }
    for (const Appointment& a : *coming) {
        auto* item = new QTreeWidgetItem(
            m_upcoming, {locale.toString(a.day, QLocale::ShortFormat),
                         OpeningHours::formatTime(a.startMin) + QStringLiteral("–") +
                             OpeningHours::formatTime(a.endMin()),
                         Appointments::visitorLabel(a.visitor), Appointments::label(a.status)});
        item->setData(0, kIdRole, a.id);
    }
}

std::optional<Appointments> AppointmentsPage::service()
{
    auto opened = Appointments::open(m_db, m_clock);
    if (!opened) {
        say(opened.errorMessage(), true);
        return std::nullopt;
    }
    return std::move(*opened);
}

std::optional<Appointment> AppointmentsPage::appointment(const Appointments& service, qint64 id)
{
    auto found = service.find(id);
    if (!found || !found->has_value()) {
        say(found ? tr("No appointment %1").arg(id) : found.errorMessage(), true);
        return std::nullopt;
    }
    return **found;
}

void AppointmentsPage::newAppointment(const QDate& day, int startMin)
{
    auto service = this->service();
    if (!service)
        return;
    Appointment a;
    a.day = day.isValid() ? day : service->earliestDay();
    a.startMin = startMin;
    a.lengthMin =
        service->hours().lengths.isEmpty()
            ? 60
            : service->hours().lengths.value(std::min<qsizetype>(1, service->hours().lengths.size() - 1));
    a.visitor.kind = Visitor::Kind::Borrower;
    AppointmentDialog dialog(m_db, m_clock, *service, a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(tr("Appointment booked."));
    reload();
    m_grid->selectAppointment(dialog.savedId());
}

void AppointmentsPage::openAppointment(qint64 id)
{
    auto service = this->service();
    if (!service)
        return;
    auto found = appointment(*service, id);
    if (!found)
        return;
    AppointmentDialog dialog(m_db, m_clock, *service, *found, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(tr("Appointment saved."));
    reload();
}

void AppointmentsPage::prepareVisit(qint64 id)
{
    auto service = this->service();
    if (!service)
        return;
    VisitDialog dialog(m_db, m_clock, *service, id, this);
    connect(&dialog, &VisitDialog::changed, this, &AppointmentsPage::circulationChanged);
    bool visitorMode = false;
    connect(&dialog, &VisitDialog::visitorModeRequested, &dialog, [&] {
        visitorMode = true;
        dialog.accept();
    });
    dialog.exec();
    reload();
    if (visitorMode)
        Q_EMIT visitorModeRequested(id);
}

void AppointmentsPage::moveAppointment(qint64 id, const QDate& day, int startMin)
{
    auto service = this->service();
    if (!service)
        return;
    auto moved = service->move(id, day, startMin);
    if (!moved) {
        say(moved.errorMessage(), true);
        return;
    }
    if (!moved->booked()) {
        QStringList nearest;
        for (const Slot& s : moved->nearest)
            nearest.append(Appointments::slotLabel(s));
        say(nearest.isEmpty() ? tr("Not moved: %1.").arg(moved->refusal)
                              : tr("Not moved: %1. Nearest free slots: %2.")
                                    .arg(moved->refusal, nearest.join(QStringLiteral("; "))),
            true);
        return;
    }
    if (day < m_grid->dayAt(0) || day > m_grid->dayAt(m_grid->columnCount() - 1))
        m_day = day;
    {
        const QSignalBlocker block(m_jump);
        m_jump->setDate(m_day);
    }
    reload();
    m_grid->selectAppointment(id);
    say(tr("Moved to %1.").arg(Appointments::slotLabel({day, startMin, 0}).section(u'–', 0, 0)));
}

void AppointmentsPage::cancelAppointment(qint64 id)
{
    auto service = this->service();
    if (!service)
        return;
    auto found = appointment(*service, id);
    if (!found)
        return;
    const Appointment& a = *found;
    if (QMessageBox::question(this, tr("Cancel the appointment"),
                              tr("Cancel the appointment of %1 with %2?")
                                  .arg(Appointments::whenLabel(a), Appointments::visitorLabel(a.visitor))) !=
        QMessageBox::Yes)
        return;
    if (auto s = service->setStatus(id, AppointmentStatus::Cancelled); !s) {
        say(s.errorMessage(), true);
        return;
    }
    say(tr("Appointment cancelled; its copies set aside are back on the shelf."));
    reload();
    Q_EMIT circulationChanged();
}

void AppointmentsPage::printDays(const QString& path)
{
    auto service = this->service();
    if (!service)
        return;
    const QDate from = service->today();
    const QDate to = service->calendar().addOpeningDays(from, 1);
    auto list = service->between(from, to);
    if (!list) {
        say(list.errorMessage(), true);
        return;
    }
    if (!path.isEmpty()) {
        const Status s = VisitLists::write(*list, from, to, path);
        say(s ? tr("List written: %1").arg(path) : s.errorMessage(), !s);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(VisitLists::toHtml(*list, from, to));
    document.print(&printer);
    say(tr("List of %1 printed.").arg(VisitLists::title(from, to)));
}

void AppointmentsPage::importIcs(const QString& path, bool asClosures)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray bytes = file.read(ICalendar::kMaxFileBytes + 1);
    const Clock& clock = m_clock;
    QString done;
    const Status s = BackgroundTask::runOnCatalogue(
        this, tr("Importing %1…").arg(path), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            auto service = Appointments::open(db, clock);
            if (!service)
                return service.error();
            // The year around today, recurring events expanded over it.
            const QDate today = service->today();
            const QDate from = today.addYears(-1), to = today.addYears(1);
            if (asClosures) {
                auto added = AppointmentFiles::importClosures(db, bytes, path, from, to);
                if (!added)
                    return added.error();
                done = tr("%n closure(s) imported.", nullptr, *added);
                return Status::success();
            }
            auto imported =
                AppointmentFiles::importAppointments(*service, db, bytes, path, from, to, progress);
            if (!imported)
                return imported.error();
            done = tr("%n appointment(s) added", nullptr, imported->added) + QStringLiteral(", ") +
                   tr("%n moved or updated", nullptr, imported->updated) + u'.';
            return Status::success();
        });
    say(s ? done : s.errorMessage(), !s);
    reload();
}

void AppointmentsPage::exportIcs(const QString& path)
{
    auto service = this->service();
    if (!service)
        return;
    const QDate today = service->today();
    auto bytes = AppointmentFiles::exportPeriod(*service, today.addMonths(-1), today.addYears(1));
    if (!bytes) {
        say(bytes.errorMessage(), true);
        return;
    }
    QString why;
    if (!saveWholeFile(path, *bytes, &why)) {
        say(tr("Cannot write %1: %2").arg(path, why), true);
        return;
    }
    say(tr("Appointments exported: %1").arg(path));
}

void AppointmentsPage::namedVisitor()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("A named visitor's data"), tr("Name of the visitor (without a card):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto found = VisitorData(m_db, m_clock).find(name);
    if (!found) {
        say(found.errorMessage(), true);
        return;
    }
    if (found->isEmpty()) {
        say(tr("No named visitor is called “%1”.").arg(name.trimmed()), true);
        return;
    }
    QStringList choices;
    for (const auto& p : *found)
        choices.append(tr("%1 — %2, last visit %3")
                           .arg(p.name, p.structure, QLocale().toString(p.lastVisit, QLocale::ShortFormat)));
    const QString chosen =
        QInputDialog::getItem(this, tr("A named visitor's data"), tr("Visitor:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const auto& person = found->at(int(choices.indexOf(chosen)));
    QMessageBox box(QMessageBox::Question, tr("A named visitor's data"),
                    tr("%1: %n appointment(s).", nullptr, person.appointments).arg(person.name),
                    QMessageBox::Cancel, this);
    QPushButton* exportButton = box.addButton(tr("&Export (right of access)…"), QMessageBox::AcceptRole);
    QPushButton* eraseButton = box.addButton(tr("E&rase (right to erasure)"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == exportButton) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the visitor's data"),
                                                          tr("visitor.json"), tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportNamedVisitor(person.key, path);
    } else if (box.clickedButton() == eraseButton) {
        if (QMessageBox::question(
                this, tr("Erase"),
                tr("Erase %1? Their appointments stay, anonymous, for the statistics.").arg(person.name)) ==
            QMessageBox::Yes)
            eraseNamedVisitor(person.key);
    }
}

bool AppointmentsPage::exportNamedVisitor(const QString& key, const QString& path)
{
    auto exported = VisitorData(m_db, m_clock).exportJson(key);
    if (!exported) {
        say(exported.errorMessage(), true);
        return false;
    }
    const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    QString why;
    if (!saveWholeFile(path, bytes, &why)) {
        say(tr("Cannot write %1: %2").arg(path, why), true);
        return false;
    }
    say(tr("The visitor's data is written: %1").arg(path));
    return true;
}

bool AppointmentsPage::eraseNamedVisitor(const QString& key)
{
    auto erased = VisitorData(m_db, m_clock).erase(key);
    if (!erased) {
        say(erased.errorMessage(), true);
        return false;
    }
    say(tr("Erased: %n appointment(s) made anonymous.", nullptr, *erased));
    reload();
    return true;
}

} // namespace infodoc::ui

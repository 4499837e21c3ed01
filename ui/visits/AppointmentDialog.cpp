#include "ui/visits/AppointmentDialog.h"

#include "core/circulation/Borrowers.h"
#include "core/storage/Database.h"
#include "ui/catalog/TermListEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

constexpr int kSlotDayRole = Qt::UserRole + 1;
constexpr int kSlotStartRole = Qt::UserRole + 2;

QLabel* labelFor(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AppointmentDialog::AppointmentDialog(Database& db, const Clock& clock, Appointments& appointments,
                                     const Appointment& appointment, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_appointments(appointments), m_original(appointment)
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(appointment.id ? tr("Appointment of %1").arg(Appointments::whenLabel(appointment))
                                  : tr("New appointment"));
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    auto add = [&](const QString& label, QWidget* field) {
        grid->addWidget(labelFor(label, field), row, 0);
        grid->addWidget(field, row++, 1);
    };

    m_date = new QDateEdit(appointment.day, this);
    m_date->setObjectName(QStringLiteral("appointmentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd dd/MM/yyyy"));
    add(tr("&Day:"), m_date);
    m_start = new QTimeEdit(QTime(0, 0).addSecs(appointment.startMin * 60), this);
    m_start->setObjectName(QStringLiteral("appointmentStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    add(tr("S&tart:"), m_start);
    m_length = new QComboBox(this);
    m_length->setObjectName(QStringLiteral("appointmentLength"));
    QList<int> lengths = appointments.hours().lengths;
    if (!lengths.contains(appointment.lengthMin))
        lengths.append(appointment.lengthMin); // an imported one keeps its length
    std::sort(lengths.begin(), lengths.end());
    for (int minutes : lengths)
        m_length->addItem(tr("%1 min").arg(minutes), minutes);
    m_length->setCurrentIndex(m_length->findData(appointment.lengthMin));
    add(tr("&Length:"), m_length);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("visitorKind"));
    m_kind->addItem(tr("Borrower (card)"), int(Visitor::Kind::Borrower));
    m_kind->addItem(tr("Named visitor without a card"), int(Visitor::Kind::Named));
    m_kind->addItem(tr("Anonymous visitor"), int(Visitor::Kind::Anonymous));
    m_kind->setCurrentIndex(m_kind->findData(int(appointment.visitor.kind)));
    add(tr("&Visitor:"), m_kind);
    m_card = new QLineEdit(appointment.visitor.card, this);
    m_card->setObjectName(QStringLiteral("visitorCard"));
    m_card->setPlaceholderText(tr("Scan or type the card, then Enter"));
    add(tr("&Card:"), m_card);
    m_borrower = new QLabel(this);
    m_borrower->setObjectName(QStringLiteral("visitorBorrower"));
    grid->addWidget(m_borrower, row++, 1);
    m_name = new QLineEdit(
        appointment.visitor.kind == Visitor::Kind::Named ? appointment.visitor.name : QString(), this);
    m_name->setObjectName(QStringLiteral("visitorName"));
    m_name->setPlaceholderText(tr("Name, First name"));
    add(tr("&Name:"), m_name);
    m_structure = new QLineEdit(appointment.visitor.structure, this);
    add(tr("Str&ucture:"), m_structure);
    m_structureType = new QComboBox(this);
    m_structureType->setObjectName(QStringLiteral("visitorStructureType"));
    for (StructureType type : Borrowers::structureTypes())
        m_structureType->addItem(Borrowers::label(type), int(type));
    m_structureType->setCurrentIndex(m_structureType->findData(int(appointment.visitor.structureType)));
    add(tr("Structure t&ype:"), m_structureType);
    m_function = new QLineEdit(appointment.visitor.function, this);
    add(tr("F&unction:"), m_function);
    m_commune = new QLineEdit(appointment.visitor.commune, this);
    m_commune->setObjectName(QStringLiteral("visitorCommune"));
    add(tr("C&ommune:"), m_commune);
    m_contact = new QLineEdit(
        appointment.visitor.kind == Visitor::Kind::Named ? appointment.visitor.contact : QString(), this);
    m_contact->setPlaceholderText(tr("E-mail or telephone"));
    add(tr("Con&tact:"), m_contact);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("appointmentPurpose"));
    for (VisitPurpose p : Appointments::purposes())
        m_purpose->addItem(Appointments::label(p), int(p));
    m_purpose->setCurrentIndex(m_purpose->findData(int(appointment.purpose)));
    add(tr("&Purpose:"), m_purpose);
    m_subjects = TermListEdit::descriptors(db, clock, tr("Topic descriptors"), this);
    m_subjects->setObjectName(QStringLiteral("appointmentSubjects"));
    m_subjects->setTerms(appointment.subjects);
    add(tr("&Descriptors:"), m_subjects);
    m_topic = new QLineEdit(appointment.topic, this);
    m_topic->setObjectName(QStringLiteral("appointmentTopic"));
    m_topic->setPlaceholderText(tr("The topic in the visitor's words"));
    add(tr("T&opic:"), m_topic);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("appointmentStatus"));
    for (AppointmentStatus s : Appointments::statuses())
        m_status->addItem(Appointments::label(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(appointment.status)));
    add(tr("&Status:"), m_status);
    m_notes = new QPlainTextEdit(appointment.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    add(tr("Not&es:"), m_notes);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("appointmentMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_nearest = new QListWidget(this);
    m_nearest->setObjectName(QStringLiteral("appointmentNearest"));
    m_nearest->setAccessibleName(tr("Nearest free slots"));
    m_nearest->setMaximumHeight(80);
    m_nearest->setEnabled(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(appointment.id ? tr("&Save") : tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(m_nearest);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateVisitorFields);
    // A scanner types the card and presses Enter: find the borrower, do not save yet.
    connect(m_card, &QLineEdit::returnPressed, this, &AppointmentDialog::lookUpCard);
    auto take = [this](QListWidgetItem* item) {
        if (!item)
            return;
        m_date->setDate(item->data(kSlotDayRole).toDate());
        m_start->setTime(QTime(0, 0).addSecs(item->data(kSlotStartRole).toInt() * 60));
        m_message->setText(tr("Slot taken: %1. Save to book it.").arg(item->text()));
        m_start->setFocus();
    };
    connect(m_nearest, &QListWidget::itemActivated, this, take);
    updateVisitorFields();
    if (appointment.visitor.kind == Visitor::Kind::Borrower && !appointment.visitor.name.isEmpty())
        m_borrower->setText(Appointments::visitorLabel(appointment.visitor));
    m_date->setFocus();
}

void AppointmentDialog::updateVisitorFields()
{
    const auto kind = Visitor::Kind(m_kind->currentData().toInt());
    const bool borrower = kind == Visitor::Kind::Borrower;
    const bool named = kind == Visitor::Kind::Named;
    m_card->setEnabled(borrower);
    m_name->setEnabled(named);
    m_structure->setEnabled(named);
    m_function->setEnabled(named);
    m_contact->setEnabled(named);
    // A borrower's structure type and commune come from their record.
    m_structureType->setEnabled(!borrower);
    m_commune->setEnabled(!borrower);
}

void AppointmentDialog::lookUpCard()
{
    const auto found = Borrowers(m_db, m_clock).byCard(m_card->text().trimmed());
    if (!found) {
        m_borrower->setText(found.errorMessage());
        return;
    }
    if (!*found) {
        m_borrower->setText(tr("No borrower has the card “%1”.").arg(m_card->text().trimmed()));
        return;
    }
    m_borrower->setText(
        QStringLiteral("%1 — %2").arg((*found)->name, Borrowers::label((*found)->structureType)));
    m_purpose->setFocus();
}

Appointment AppointmentDialog::edited() const
{
    Appointment a = m_original;
    a.day = m_date->date();
    a.startMin = m_start->time().hour() * 60 + m_start->time().minute();
    a.lengthMin = m_length->currentData().toInt();
    Visitor& v = a.visitor;
    v.kind = Visitor::Kind(m_kind->currentData().toInt());
    v.card = v.kind == Visitor::Kind::Borrower ? m_card->text().trimmed() : QString();
    if (v.kind != Visitor::Kind::Borrower)
        v.borrowerId = 0;
    v.name = m_name->text().trimmed();
    v.structure = m_structure->text().trimmed();
    v.structureType = StructureType(m_structureType->currentData().toInt());
    v.function = m_function->text().trimmed();
    v.commune = m_commune->text().trimmed();
    v.contact = m_contact->text().trimmed();
    a.purpose = VisitPurpose(m_purpose->currentData().toInt());
    a.subjects = m_subjects->terms();
    a.topic = m_topic->text().trimmed();
    a.status = AppointmentStatus(m_status->currentData().toInt());
    a.notes = m_notes->toPlainText();
    return a;
}

void AppointmentDialog::accept()
{
    const Appointment a = edited();
    auto booking = a.id ? m_appointments.update(a) : m_appointments.book(a);
    m_nearest->clear();
    m_nearest->setEnabled(false);
    if (!booking) {
        m_message->setText(booking.errorMessage());
        return;
    }
    if (!booking->booked()) {
        m_message->setText(booking->nearest.isEmpty()
                               ? booking->refusal
                               : tr("%1. Nearest free slots (Enter takes one):").arg(booking->refusal));
        for (const Slot& s : booking->nearest) {
            auto* item = new QListWidgetItem(Appointments::slotLabel(s), m_nearest);
            item->setData(kSlotDayRole, s.day);
            item->setData(kSlotStartRole, s.startMin);
        }
        if (m_nearest->count() > 0) {
            m_nearest->setEnabled(true);
            m_nearest->setCurrentRow(0);
            m_nearest->setFocus();
        }
        return;
    }
    m_saved = booking->id;
    QDialog::accept();
}

} // namespace infodoc::ui

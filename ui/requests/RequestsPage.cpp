#include "ui/requests/RequestsPage.h"

#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/circulation/Borrowers.h"
#include "core/common/Clock.h"
#include "core/common/SaveFile.h"
#include "core/requests/RequesterData.h"
#include "core/storage/Database.h"
#include "ui/catalog/TermListEdit.h"
#include "ui/common/Completion.h"
#include "ui/common/KeptLayout.h"
#include "ui/common/Lists.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>

#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include <limits>

namespace infodoc::ui {

using namespace infodoc::core;

RequestsPage::RequestsPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    // ---- filters and the list
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("requestStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("Open requests"), QStringLiteral("open"));
    m_statusFilter->addItem(tr("All requests"), QString());
    for (RequestStatus s : Requests::statuses())
        m_statusFilter->addItem(Requests::label(s), Requests::key(s));
    m_themeFilter = new QLineEdit(this);
    m_themeFilter->setObjectName(QStringLiteral("requestThemeFilter"));
    m_themeFilter->setPlaceholderText(tr("Theme (a descriptor)"));
    m_themeFilter->setAccessibleName(tr("Theme filter"));
    m_lateFilter = new QCheckBox(tr("&Late only"), this);
    m_lateFilter->setObjectName(QStringLiteral("requestLateFilter"));
    m_staffFilter = new QComboBox(this);
    m_staffFilter->setObjectName(QStringLiteral("requestStaffFilter"));
    m_staffFilter->setAccessibleName(tr("Staff filter"));
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("requestTextFilter"));
    m_textFilter->setPlaceholderText(tr("Words of the question or answer (Ctrl+F)"));
    m_textFilter->setClearButtonEnabled(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_themeFilter, 1);
    filters->addWidget(m_staffFilter);
    filters->addWidget(m_lateFilter);
    auto* filters2 = new QHBoxLayout;
    filters2->addWidget(m_textFilter, 1);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("requestList"));
    m_list->setAccessibleName(tr("Requests"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("No."), tr("Received"), tr("Requester"), tr("Question"), tr("Wanted by"),
                             tr("Status"), tr("Staff")});
    for (int c : {0, 1, 4, 5, 6})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_list->header()->resizeSection(2, 170);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    // Quick tallies: one key each.
    auto* tallyBox = new QGroupBox(tr("Quick questions answered on the spot"), this);
    auto* tallyLayout = new QHBoxLayout(tallyBox);
    m_tallyTheme = new QLineEdit(tallyBox);
    m_tallyTheme->setObjectName(QStringLiteral("tallyTheme"));
    m_tallyTheme->setPlaceholderText(tr("Theme (optional)"));
    m_tallyTheme->setAccessibleName(tr("Theme of the quick question"));
    tallyLayout->addWidget(m_tallyTheme, 1);
    const std::pair<RequestChannel, Qt::Key> tallyKeys[] = {{RequestChannel::Phone, Qt::Key_F6},
                                                            {RequestChannel::Email, Qt::Key_F7},
                                                            {RequestChannel::Visit, Qt::Key_F8},
                                                            {RequestChannel::Letter, Qt::Key_F9}};
    for (const auto& [channel, key] : tallyKeys) {
        auto* b = new QPushButton(
            tr("%1 (%2)").arg(Requests::label(channel), QKeySequence(key).toString(QKeySequence::NativeText)),
            tallyBox);
        b->setObjectName(QStringLiteral("tally_") + Requests::key(channel));
        tallyLayout->addWidget(b);
        const RequestChannel c = channel;
        connect(b, &QPushButton::clicked, this, [this, c] { tally(c); });
        auto* action = new QAction(tr("Count a quick question: %1").arg(Requests::label(channel)), this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, c] { tally(c); });
        addAction(action);
    }
    m_tallyCount = new QLabel(tallyBox);
    m_tallyCount->setObjectName(QStringLiteral("tallyCount"));
    tallyLayout->addWidget(m_tallyCount);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(filters2);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(tallyBox);

    // ---- the form
    auto* form = new QWidget(this);
    auto* formLayout = new QFormLayout(form);
    m_title = new QLabel(form);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    formLayout->addRow(m_title);
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("requesterKind"));
    m_kind->addItem(tr("Borrower (card)"), int(Visitor::Kind::Borrower));
    m_kind->addItem(tr("Named contact without a card"), int(Visitor::Kind::Named));
    m_kind->addItem(tr("Anonymous requester"), int(Visitor::Kind::Anonymous));
    formLayout->addRow(tr("Re&quester:"), m_kind);
    m_card = new QLineEdit(form);
    m_card->setObjectName(QStringLiteral("requesterCard"));
    m_card->setPlaceholderText(tr("Scan or type the card"));
    formLayout->addRow(tr("&Card:"), m_card);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("requesterName"));
    m_name->setPlaceholderText(tr("Name, First name"));
    formLayout->addRow(tr("&Name:"), m_name);
    m_structure = new QLineEdit(form);
    m_structure->setObjectName(QStringLiteral("requesterStructure"));
    formLayout->addRow(tr("Str&ucture:"), m_structure);
    m_structureType = new QComboBox(form);
    m_structureType->setObjectName(QStringLiteral("requesterStructureType"));
    for (StructureType type : Borrowers::structureTypes())
        m_structureType->addItem(Borrowers::label(type), int(type));
    formLayout->addRow(tr("Structure t&ype:"), m_structureType);
    m_commune = new QLineEdit(form);
    m_commune->setObjectName(QStringLiteral("requesterCommune"));
    formLayout->addRow(tr("C&ommune:"), m_commune);
    m_contact = new QLineEdit(form);
    m_contact->setObjectName(QStringLiteral("requesterContact"));
    m_contact->setPlaceholderText(tr("E-mail or telephone"));
    formLayout->addRow(tr("Con&tact:"), m_contact);
    m_channel = new QComboBox(form);
    m_channel->setObjectName(QStringLiteral("requestChannel"));
    for (RequestChannel c : Requests::channels())
        m_channel->addItem(Requests::label(c), int(c));
    formLayout->addRow(tr("C&hannel:"), m_channel);
    m_received = new QDateEdit(form);
    m_received->setObjectName(QStringLiteral("requestReceived"));
    m_received->setCalendarPopup(true);
    formLayout->addRow(tr("Recei&ved:"), m_received);
    m_hasWanted = new QCheckBox(tr("&Wanted by:"), form);
    m_hasWanted->setObjectName(QStringLiteral("requestHasWanted"));
    m_wanted = new QDateEdit(form);
    m_wanted->setObjectName(QStringLiteral("requestWanted"));
    m_wanted->setCalendarPopup(true);
    formLayout->addRow(m_hasWanted, m_wanted);
    m_subjects = TermListEdit::descriptors(db, clock, tr("Theme descriptors"), form);
    m_subjects->setObjectName(QStringLiteral("requestSubjects"));
    formLayout->addRow(tr("T&heme:"), m_subjects);
    m_question = new QPlainTextEdit(form);
    m_question->setObjectName(QStringLiteral("requestQuestion"));
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(90);
    formLayout->addRow(tr("&Question:"), m_question);
    m_staff = new QComboBox(form);
    m_staff->setObjectName(QStringLiteral("requestStaff"));
    m_staff->setEditable(true);
    formLayout->addRow(tr("Handled &by:"), m_staff);
    m_status = new QComboBox(form);
    m_status->setObjectName(QStringLiteral("requestStatus"));
    for (RequestStatus s : Requests::statuses())
        m_status->addItem(Requests::label(s), int(s));
    formLayout->addRow(tr("&Status:"), m_status);
    m_answer = new QTextEdit(form);
    m_answer->setObjectName(QStringLiteral("requestAnswer"));
    m_answer->setTabChangesFocus(true);
    m_answer->setAcceptRichText(true);
    m_answer->setMinimumHeight(110);
    formLayout->addRow(tr("&Answer:"), m_answer);
    m_records = new QLineEdit(form);
    m_records->setObjectName(QStringLiteral("requestRecords"));
    m_records->setPlaceholderText(tr("Record numbers: 12, 40, 7"));
    formLayout->addRow(tr("&Records given:"), m_records);
    m_recordTitles = new QLabel(form);
    m_recordTitles->setObjectName(QStringLiteral("requestRecordTitles"));
    m_recordTitles->setWordWrap(true);
    formLayout->addRow(QString(), m_recordTitles);

    auto* save = new QPushButton(tr("Sa&ve (Ctrl+S)"), form);
    save->setObjectName(QStringLiteral("requestSave"));
    auto* answered = new QPushButton(tr("Ans&wered"), form);
    answered->setObjectName(QStringLiteral("requestAnswered"));
    m_capitalise = new QPushButton(tr("Ca&pitalise"), form);
    m_capitalise->setObjectName(QStringLiteral("requestCapitalise"));
    m_capitalise->setToolTip(tr("Keep the answer in the catalogue as a reusable “documentary answer” record, "
                                "without the requester"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(answered);
    buttons->addWidget(m_capitalise);
    buttons->addStretch(1);
    formLayout->addRow(buttons);

    // Time spent.
    auto* timeBox = new QGroupBox(tr("Time spent"), form);
    auto* timeLayout = new QVBoxLayout(timeBox);
    auto* timeRow = new QHBoxLayout;
    m_timerButton = new QPushButton(tr("S&tart the timer (Ctrl+T)"), timeBox);
    m_timerButton->setObjectName(QStringLiteral("requestTimer"));
    m_timerLabel = new QLabel(timeBox);
    m_timerLabel->setObjectName(QStringLiteral("requestTimerLabel"));
    m_minutes = new QSpinBox(timeBox);
    m_minutes->setObjectName(QStringLiteral("requestMinutes"));
    m_minutes->setRange(1, 1440);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes spent"));
    auto* addTime = new QPushButton(tr("A&dd"), timeBox);
    addTime->setObjectName(QStringLiteral("requestAddTime"));
    timeRow->addWidget(m_timerButton);
    timeRow->addWidget(m_timerLabel, 1);
    timeRow->addWidget(m_minutes);
    timeRow->addWidget(addTime);
    timeLayout->addLayout(timeRow);
    m_times = new QListWidget(timeBox);
    m_times->setObjectName(QStringLiteral("requestTimes"));
    m_times->setAccessibleName(tr("Time entries (Delete removes one)"));
    m_times->setMaximumHeight(80);
    timeLayout->addWidget(m_times);
    m_totalTime = new QLabel(timeBox);
    m_totalTime->setObjectName(QStringLiteral("requestTotalTime"));
    timeLayout->addWidget(m_totalTime);
    formLayout->addRow(timeBox);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RequestsPage::refreshTimerLabel);

    // Documents kept with the request.
    auto* docBox = new QGroupBox(tr("Documents produced for the request"), form);
    auto* docLayout = new QVBoxLayout(docBox);
    m_documents = new QListWidget(docBox);
    m_documents->setObjectName(QStringLiteral("requestDocuments"));
    m_documents->setAccessibleName(tr("Documents (Enter saves one as a file)"));
    m_documents->setMaximumHeight(80);
    docLayout->addWidget(m_documents);
    auto* docRow = new QHBoxLayout;
    auto* bibliography = new QPushButton(tr("&Bibliography of the records given"), docBox);
    bibliography->setObjectName(QStringLiteral("requestBibliography"));
    auto* sheetsButton = new QPushButton(tr("E&xperience sheets given"), docBox);
    sheetsButton->setObjectName(QStringLiteral("requestSheets"));
    auto* attach = new QPushButton(tr("Attac&h a file…"), docBox);
    attach->setObjectName(QStringLiteral("requestAttach"));
    auto* saveAs = new QPushButton(tr("Save &as…"), docBox);
    docRow->addWidget(bibliography);
    docRow->addWidget(sheetsButton);
    docRow->addWidget(attach);
    docRow->addWidget(saveAs);
    docRow->addStretch(1);
    docLayout->addLayout(docRow);
    formLayout->addRow(docBox);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    keepSplitter(splitter, QStringLiteral("requests"));
    // The form scrolls sideways rather than widening the window beyond a laptop's screen.
    scroll->setMinimumWidth(std::min(form->sizeHint().width() + 24, 460));

    auto* top = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New request (Ctrl+N)"), this);
    newButton->setObjectName(QStringLiteral("requestNew"));
    auto* staffButton = new QPushButton(tr("Sta&ff…"), this);
    auto* personButton = new QPushButton(tr("A named requester's &data…"), this);
    auto* appointmentButton = new QPushButton(tr("From an appoint&ment…"), this);
    appointmentButton->setObjectName(QStringLiteral("requestFromAppointment"));
    appointmentButton->setToolTip(tr("The follow-up of a visit becomes a request: its visitor, topic and "
                                     "descriptors come with it"));
    top->addWidget(newButton);
    top->addWidget(appointmentButton);
    top->addStretch(1);
    top->addWidget(staffButton);
    top->addWidget(personButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("requestMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    // Named, so that the list of keyboard shortcuts (Help) shows them.
    auto shortcut = [this](const QKeySequence& keys, const QString& text, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence::New, tr("New request"), [this] { newRequest(); });
    shortcut(QKeySequence::Save, tr("Save the request"), [this] { this->save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), tr("Start or stop the timer"), [this] { toggleTimer(); });
    shortcut(QKeySequence::Find, tr("Search the requests' words"), [this] {
        m_textFilter->setFocus(Qt::ShortcutFocusReason);
        m_textFilter->selectAll();
    });

    connect(newButton, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    connect(answered, &QPushButton::clicked, this, [this] { markAnswered(); });
    connect(m_capitalise, &QPushButton::clicked, this, [this] { capitalise(); });
    connect(m_timerButton, &QPushButton::clicked, this, &RequestsPage::toggleTimer);
    connect(addTime, &QPushButton::clicked, this, [this] { addMinutes(m_minutes->value()); });
    connect(bibliography, &QPushButton::clicked, this, [this] { produceBibliography(); });
    connect(sheetsButton, &QPushButton::clicked, this, [this] { produceSheets(); });
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the request"));
        if (!path.isEmpty())
            attachFile(path);
    });
    auto saveDocument = [this] {
        QListWidgetItem* item = m_documents->currentItem();
        if (!item)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the document"),
                                                          item->data(Qt::UserRole + 1).toString());
        if (!path.isEmpty())
            saveDocumentAs(item->data(Qt::UserRole).toLongLong(), path);
    };
    connect(saveAs, &QPushButton::clicked, this, saveDocument);
    connect(m_documents, &QListWidget::itemActivated, this, saveDocument);
    connect(staffButton, &QPushButton::clicked, this, &RequestsPage::editStaff);
    connect(personButton, &QPushButton::clicked, this, &RequestsPage::namedRequester);
    connect(appointmentButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int id = QInputDialog::getInt(this, tr("From an appointment"), tr("Number of the appointment:"),
                                            1, 1, std::numeric_limits<int>::max(), 1, &ok);
        if (ok)
            fromAppointment(id);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequestsPage::updateRequesterFields);
    connect(m_hasWanted, &QCheckBox::toggled, m_wanted, &QDateEdit::setEnabled);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, Qt::UserRole).toLongLong() != m_id)
            openRequest(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this] { m_question->setFocus(Qt::OtherFocusReason); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RequestsPage::reload);
    connect(m_staffFilter, &QComboBox::currentIndexChanged, this, &RequestsPage::reload);
    connect(m_lateFilter, &QCheckBox::toggled, this, &RequestsPage::reload);
    connect(m_themeFilter, &QLineEdit::returnPressed, this, &RequestsPage::reload);
    connect(m_textFilter, &QLineEdit::returnPressed, this, &RequestsPage::reload);
    connect(m_textFilter, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            reload();
    });
    // Delete removes the chosen time entry.
    auto* removeTime = new QAction(m_times);
    removeTime->setShortcut(QKeySequence::Delete);
    removeTime->setShortcutContext(Qt::WidgetShortcut);
    m_times->addAction(removeTime);
    connect(removeTime, &QAction::triggered, this, [this] {
        QListWidgetItem* item = m_times->currentItem();
        auto s = service();
        if (!item || !s)
            return;
        if (auto removed = s->removeTime(item->data(Qt::UserRole).toLongLong()); !removed)
            say(removed.errorMessage(), true);
        reloadTimes();
    });
    connect(m_records, &QLineEdit::editingFinished, this, [this] {
        QString bad;
        const QList<qint64> ids = formRecords(&bad);
        if (!bad.isEmpty()) {
            m_recordTitles->setText(tr("“%1” is not a record number").arg(bad));
            return;
        }
        QStringList titles;
        RecordRepository records(m_db, m_clock);
        for (qint64 id : ids) {
            auto r = records.get(id);
            titles.append(r ? QStringLiteral("n° %1 — %2").arg(id).arg(r->title)
                            : QStringLiteral("n° %1 — %2").arg(id).arg(r.errorMessage()));
        }
        m_recordTitles->setText(titles.join(u'\n'));
    });

    // Themes typed in the filters complete from the thesaurus.
    for (QLineEdit* edit : {m_themeFilter, m_tallyTheme})
        addCompletion(
            edit, [&db, &clock](const QString& typed) { return descriptorSuggestions(db, clock, typed); });

    newRequest();
}

RequestsPage::~RequestsPage()
{
    // Closing the page moves the focus out of its fields and clears its
    // lists, whose handlers read this page: not once it is being destroyed.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void RequestsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void RequestsPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
}

std::optional<Requests> RequestsPage::service()
{
    auto s = Requests::open(m_db, m_clock);
    if (!s) {
        say(s.errorMessage(), true);
        return std::nullopt;
    }
    return std::move(*s);
}

void RequestsPage::reload()
{
    auto s = service();
    if (!s)
        return;
    // The staff lists.
    auto staff = Requests::staff(m_db);
    if (!staff) {
        say(staff.errorMessage(), true);
        return;
    }
    const QString chosenStaff = m_staffFilter->currentData().toString();
    {
        const QSignalBlocker block(m_staffFilter);
        m_staffFilter->clear();
        m_staffFilter->addItem(tr("All staff"), QString());
        for (const QString& n : *staff)
            m_staffFilter->addItem(n, n);
        m_staffFilter->setCurrentIndex(std::max(0, m_staffFilter->findData(chosenStaff)));
    }
    const QString typedStaff = m_staff->currentText();
    m_staff->clear();
    m_staff->addItem(QString());
    m_staff->addItems(*staff);
    m_staff->setCurrentText(typedStaff);

    RequestFilter f;
    const QString status = m_statusFilter->currentData().toString();
    if (status == QLatin1String("open"))
        f.openOnly = true;
    else if (!status.isEmpty())
        f.status = Requests::statusFromKey(status);
    f.subject = m_themeFilter->text().trimmed();
    f.staff = m_staffFilter->currentData().toString();
    f.text = m_textFilter->text();
    if (m_lateFilter->isChecked())
        f.dueBy = s->today().addDays(-1);
    auto list = s->list(f);
    m_list->clear();
    if (!list) {
        // A read that fails is said, never an empty list.
        say(list.errorMessage(), true);
        return;
    }
    const QDate today = s->today();
    QTreeWidgetItem* current = nullptr;
    for (const InfoRequest& r : *list) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, r.id);
        item->setText(0, QString::number(r.id));
        item->setText(1, shortDate(r.received));
        item->setText(2, Requests::requesterLabel(r.requester));
        item->setText(3, r.question.simplified().left(120));
        item->setText(4, shortDate(r.wanted));
        item->setText(5, Requests::label(r.status));
        item->setText(6, r.staff);
        if (r.isOpen() && r.wanted.isValid() && r.wanted < today) {
            item->setForeground(4, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(4, tr("Late: wanted by %1").arg(shortDate(r.wanted)));
        }
        if (r.id == m_id)
            current = item;
    }
    if (current) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(current);
    }
    say(tr("%n request(s).", nullptr, int(list->size())));
    updateTallyCount();
}

void RequestsPage::newRequest()
{
    m_id = 0;
    InfoRequest r;
    auto s = Requests::open(m_db, m_clock);
    r.received = s ? s->today() : m_clock.now().date();
    r.requester.kind = Visitor::Kind::Named;
    fillForm(r);
    m_title->setText(tr("New request"));
    m_kind->setFocus(Qt::OtherFocusReason);
}

void RequestsPage::openRequest(qint64 id)
{
    auto s = service();
    if (!s)
        return;
    auto found = s->find(id);
    if (!found) {
        say(found.errorMessage(), true);
        return;
    }
    if (!found->has_value()) {
        say(tr("No request %1.").arg(id), true);
        return;
    }
    m_id = id;
    fillForm(**found);
}

void RequestsPage::fillForm(const InfoRequest& r)
{
    m_loaded = r;
    m_title->setText(r.id ? tr("Request n° %1").arg(r.id) : tr("New request"));
    m_kind->setCurrentIndex(m_kind->findData(int(r.requester.kind)));
    m_card->setText(r.requester.card);
    m_name->setText(r.requester.name);
    m_structure->setText(r.requester.structure);
    m_structureType->setCurrentIndex(m_structureType->findData(int(r.requester.structureType)));
    m_commune->setText(r.requester.commune);
    m_contact->setText(r.requester.kind == Visitor::Kind::Named ? r.requester.contact : QString());
    m_channel->setCurrentIndex(m_channel->findData(int(r.channel)));
    m_received->setDate(r.received.isValid() ? r.received : m_clock.now().date());
    m_hasWanted->setChecked(r.wanted.isValid());
    m_wanted->setEnabled(r.wanted.isValid());
    m_wanted->setDate(r.wanted.isValid() ? r.wanted : m_received->date().addDays(7));
    m_subjects->setTerms(r.subjects);
    m_question->setPlainText(r.question);
    m_staff->setCurrentText(r.staff);
    m_status->setCurrentIndex(m_status->findData(int(r.status)));
    m_answer->setHtml(r.answer);
    QStringList ids;
    for (qint64 id : r.records)
        ids.append(QString::number(id));
    m_records->setText(ids.join(QStringLiteral(", ")));
    Q_EMIT m_records->editingFinished();
    m_capitalise->setText(r.answerRecordId ? tr("Ca&pitalise again (record n° %1)").arg(r.answerRecordId)
                                           : tr("Ca&pitalise"));
    updateRequesterFields();
    reloadTimes();
    reloadDocuments();
}

void RequestsPage::updateRequesterFields()
{
    const auto kind = Visitor::Kind(m_kind->currentData().toInt());
    m_card->setEnabled(kind == Visitor::Kind::Borrower);
    const bool named = kind == Visitor::Kind::Named;
    m_name->setEnabled(named);
    m_contact->setEnabled(named);
    m_structure->setEnabled(named);
    // A borrower's structure type and commune come from their card.
    m_structureType->setEnabled(kind != Visitor::Kind::Borrower);
    m_commune->setEnabled(kind != Visitor::Kind::Borrower);
}

QList<qint64> RequestsPage::formRecords(QString* bad) const
{
    QList<qint64> ids;
    for (const QString& part :
         m_records->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0) {
            if (bad)
                *bad = part;
            return {};
        }
        ids.append(id);
    }
    return ids;
}

InfoRequest RequestsPage::formRequest() const
{
    InfoRequest r = m_loaded;
    r.id = m_id;
    r.requester = {};
    r.requester.kind = Visitor::Kind(m_kind->currentData().toInt());
    r.requester.card = m_card->text().trimmed();
    r.requester.borrowerId = m_loaded.requester.kind == Visitor::Kind::Borrower && r.requester.card.isEmpty()
                                 ? m_loaded.requester.borrowerId
                                 : 0;
    r.requester.name = m_name->text();
    r.requester.structure = m_structure->text();
    r.requester.structureType = StructureType(m_structureType->currentData().toInt());
    r.requester.commune = m_commune->text();
    r.requester.contact = m_contact->text();
    r.channel = RequestChannel(m_channel->currentData().toInt());
    r.received = m_received->date();
    r.wanted = m_hasWanted->isChecked() ? m_wanted->date() : QDate();
    r.subjects = m_subjects->terms();
    r.question = m_question->toPlainText();
    r.staff = m_staff->currentText();
    r.status = RequestStatus(m_status->currentData().toInt());
    r.answer = m_answer->toPlainText().trimmed().isEmpty() ? QString() : m_answer->toHtml();
    r.records = formRecords(nullptr);
    return r;
}

bool RequestsPage::save()
{
    QString bad;
    formRecords(&bad);
    if (!bad.isEmpty()) {
        say(tr("“%1” is not a record number.").arg(bad), true);
        m_records->setFocus(Qt::OtherFocusReason);
        return false;
    }
    auto s = service();
    if (!s)
        return false;
    const InfoRequest r = formRequest();
    if (m_id == 0) {
        auto added = s->add(r);
        if (!added) {
            say(added.errorMessage(), true);
            return false;
        }
        m_id = *added;
    } else if (auto updated = s->update(r); !updated) {
        say(updated.errorMessage(), true);
        return false;
    }
    const qint64 id = m_id;
    reload();
    openRequest(id);
    say(tr("Request n° %1 saved.").arg(id));
    return true;
}

bool RequestsPage::markAnswered()
{
    if (!save())
        return false;
    auto s = service();
    if (!s)
        return false;
    InfoRequest r = formRequest();
    if (auto answered = s->answer(m_id, r.answer, r.records); !answered) {
        say(answered.errorMessage(), true);
        return false;
    }
    const qint64 id = m_id;
    reload();
    openRequest(id);
    say(tr("Request n° %1 answered.").arg(id));
    return true;
}

bool RequestsPage::capitalise()
{
    if (m_id == 0) {
        say(tr("Save the request and answer it first."), true);
        return false;
    }
    auto s = service();
    if (!s)
        return false;
    auto record = s->capitalise(m_id);
    if (!record) {
        say(record.errorMessage(), true);
        return false;
    }
    const qint64 id = m_id;
    openRequest(id);
    say(tr("The answer is kept in the catalogue as record n° %1, without the requester.").arg(*record));
    Q_EMIT catalogueChanged();
    return true;
}

void RequestsPage::toggleTimer()
{
    if (m_timedRequest == 0) {
        if (m_id == 0 && !save())
            return;
        m_timedRequest = m_id;
        m_elapsed.start();
        m_tick->start();
        m_timerButton->setText(tr("S&top the timer (Ctrl+T)"));
        refreshTimerLabel();
        return;
    }
    // Stopped: the minutes begun count.
    const int minutes = int(std::clamp<qint64>((m_elapsed.elapsed() + 59999) / 60000, 1, 1440));
    const qint64 id = m_timedRequest;
    m_timedRequest = 0;
    m_tick->stop();
    m_timerButton->setText(tr("S&tart the timer (Ctrl+T)"));
    m_timerLabel->clear();
    auto s = service();
    if (!s)
        return;
    auto added = s->addTime(id, minutes, m_staff->currentText(), {});
    if (!added) {
        say(added.errorMessage(), true);
        return;
    }
    say(tr("%n minute(s) added to request n° %1.", nullptr, minutes).arg(id));
    reloadTimes();
}

void RequestsPage::refreshTimerLabel()
{
    if (m_timedRequest == 0)
        return;
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_timerLabel->setText(tr("Request n° %1: %2:%3")
                              .arg(m_timedRequest)
                              .arg(seconds / 60)
                              .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

bool RequestsPage::addMinutes(int minutes)
{
    if (m_id == 0 && !save())
        return false;
    auto s = service();
    if (!s)
        return false;
    auto added = s->addTime(m_id, minutes, m_staff->currentText(), {});
    if (!added) {
        say(added.errorMessage(), true);
        return false;
    }
    reloadTimes();
    return true;
}

void RequestsPage::reloadTimes()
{
    m_times->clear();
    m_totalTime->clear();
    if (m_id == 0)
        return;
    auto s = service();
    if (!s)
        return;
    auto times = s->times(m_id);
    if (!times) {
        m_totalTime->setText(times.errorMessage());
        return;
    }
    int total = 0;
    for (const TimeEntry& t : *times) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2 — %3 min")
                                    .arg(shortDate(t.day), t.staff.isEmpty() ? tr("(nobody)") : t.staff)
                                    .arg(t.minutes),
                                m_times);
        item->setData(Qt::UserRole, t.id);
        total += t.minutes;
    }
    m_totalTime->setText(tr("Total: %1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0')));
}

void RequestsPage::reloadDocuments()
{
    m_documents->clear();
    if (m_id == 0)
        return;
    auto s = service();
    if (!s)
        return;
    auto docs = s->documents(m_id);
    if (!docs) {
        say(docs.errorMessage(), true);
        return;
    }
    for (const RequestDocument& d : *docs) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2 KB, %3)").arg(d.fileName).arg((d.size + 1023) / 1024).arg(shortDate(d.added.date())),
            m_documents);
        item->setData(Qt::UserRole, d.id);
        item->setData(Qt::UserRole + 1, d.fileName);
    }
}

bool RequestsPage::produceBibliography()
{
    if (!save())
        return false;
    auto s = service();
    if (!s)
        return false;
    auto doc = s->produceBibliography(m_id, QStringLiteral("pdf"));
    if (!doc) {
        say(doc.errorMessage(), true);
        return false;
    }
    reloadDocuments();
    say(tr("The bibliography is kept with request n° %1.").arg(m_id));
    return true;
}

bool RequestsPage::produceSheets()
{
    if (!save())
        return false;
    auto s = service();
    if (!s)
        return false;
    auto doc = s->produceSheets(m_id);
    if (!doc) {
        say(doc.errorMessage(), true);
        return false;
    }
    reloadDocuments();
    say(tr("The experience sheets are kept with request n° %1.").arg(m_id));
    return true;
}

bool RequestsPage::attachFile(const QString& path)
{
    if (m_id == 0 && !save())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1: %2").arg(path, f.errorString()), true);
        return false;
    }
    if (f.size() > 50 * 1024 * 1024) {
        say(tr("“%1” is larger than 50 MB: it is not kept with the request").arg(QFileInfo(path).fileName()),
            true);
        return false;
    }
    auto s = service();
    if (!s)
        return false;
    auto added = s->attach(m_id, QFileInfo(path).fileName(), f.readAll());
    if (!added) {
        say(added.errorMessage(), true);
        return false;
    }
    reloadDocuments();
    return true;
}

bool RequestsPage::saveDocumentAs(qint64 documentId, const QString& path)
{
    auto s = service();
    if (!s)
        return false;
    auto content = s->documentContent(documentId);
    if (!content) {
        say(content.errorMessage(), true);
        return false;
    }
    QString why;
    if (!saveWholeFile(path, *content, &why)) {
        say(tr("Cannot write %1: %2").arg(path, why), true);
        return false;
    }
    say(tr("Written: %1").arg(path));
    return true;
}

bool RequestsPage::tally(RequestChannel channel)
{
    auto tallies = QuickTallies::open(m_db, m_clock);
    if (!tallies) {
        say(tallies.errorMessage(), true);
        return false;
    }
    auto added = tallies->add(channel, m_tallyTheme->text().trimmed());
    if (!added) {
        say(added.errorMessage(), true);
        return false;
    }
    say(tr("Quick question counted: %1%2.")
            .arg(Requests::label(channel), m_tallyTheme->text().trimmed().isEmpty()
                                               ? QString()
                                               : QStringLiteral(", ") + m_tallyTheme->text().trimmed()));
    updateTallyCount();
    return true;
}

void RequestsPage::updateTallyCount()
{
    auto tallies = QuickTallies::open(m_db, m_clock);
    if (!tallies) {
        m_tallyCount->setText(tallies.errorMessage());
        return;
    }
    auto count = tallies->countOn(tallies->today());
    m_tallyCount->setText(count ? tr("Today: %n", nullptr, *count) : count.errorMessage());
}

void RequestsPage::editStaff()
{
    auto staff = Requests::staff(m_db);
    if (!staff) {
        say(staff.errorMessage(), true);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Staff"), tr("The staff who handle requests, one per line:"), staff->join(u'\n'), &ok);
    if (!ok)
        return;
    if (auto s = Requests::setStaff(m_db, text.split(u'\n')); !s) {
        say(s.errorMessage(), true);
        return;
    }
    reload();
}

bool RequestsPage::fromAppointment(qint64 appointmentId)
{
    auto s = service();
    if (!s)
        return false;
    auto id = s->fromAppointment(appointmentId);
    if (!id) {
        say(id.errorMessage(), true);
        return false;
    }
    reload();
    openRequest(*id);
    say(tr("Request n° %1 made from appointment n° %2.").arg(*id).arg(appointmentId));
    return true;
}

void RequestsPage::namedRequester()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("A named requester's data"),
                                               tr("Name of the requester (without a card):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    RequesterData people(m_db, m_clock);
    auto found = people.find(name);
    if (!found) {
        say(found.errorMessage(), true);
        return;
    }
    if (found->isEmpty()) {
        say(tr("No named requester is called “%1”.").arg(name.trimmed()), true);
        return;
    }
    QStringList choices;
    for (const auto& p : *found)
        choices.append(tr("%1 — %2, last request %3").arg(p.name, p.structure, shortDate(p.last)));
    const QString chosen =
        QInputDialog::getItem(this, tr("A named requester's data"), tr("Requester:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const auto& person = found->at(int(choices.indexOf(chosen)));
    QMessageBox box(QMessageBox::Question, tr("A named requester's data"),
                    tr("%1: %n request(s).", nullptr, person.requests).arg(person.name), QMessageBox::Cancel,
                    this);
    QPushButton* exportButton = box.addButton(tr("&Export (right of access)…"), QMessageBox::AcceptRole);
    QPushButton* eraseButton = box.addButton(tr("E&rase (right to erasure)"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == exportButton) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the requester's data"),
                                                          tr("requester.json"), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        auto exported = people.exportJson(person.key);
        if (!exported) {
            say(exported.errorMessage(), true);
            return;
        }
        const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        QString why;
        if (!saveWholeFile(path, bytes, &why)) {
            say(tr("Cannot write %1: %2").arg(path, why), true);
            return;
        }
        say(tr("The requester's data is written: %1").arg(path));
    } else if (box.clickedButton() == eraseButton) {
        if (QMessageBox::question(
                this, tr("Erase"),
                tr("Erase %1? Their requests stay, anonymous, for the statistics.").arg(person.name)) !=
            QMessageBox::Yes)
            return;
        auto erased = people.erase(person.key);
        if (!erased) {
            say(erased.errorMessage(), true);
            return;
        }
        reload();
        if (m_id)
            openRequest(m_id);
        say(tr("%n request(s) made anonymous.", nullptr, *erased));
    }
}

} // namespace infodoc::ui

#include "ui/interop/CopyCatalogueDialog.h"

#include "core/catalog/RecordSaver.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

CopyCatalogueDialog::CopyCatalogueDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Copy cataloguing"));
    setObjectName(QStringLiteral("copyCatalogueDialog"));
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("copyServer"));
    m_isbn = new QLineEdit(this);
    m_isbn->setObjectName(QStringLiteral("copyIsbn"));
    m_isbn->setPlaceholderText(tr("scan or type it"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("copyTitle"));
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("copyAuthor"));
    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("copySearch"));
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, [this] {
        if (auto s = search(); !s)
            QMessageBox::warning(this, windowTitle(), s.errorMessage());
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Ca&talogue:"), m_server);
    form->addRow(tr("&ISBN:"), m_isbn);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("copyStatus"));
    m_results = new QTableWidget(0, 5, this);
    m_results->setObjectName(QStringLiteral("copyResults"));
    m_results->setHorizontalHeaderLabels(
        {tr("Title"), tr("Authors"), tr("Publisher, date"), tr("ISBN"), tr("In the catalogue")});
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setTabKeyNavigation(false);
    connect(m_results, &QTableWidget::currentCellChanged, this, &CopyCatalogueDialog::showCurrent);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("copyDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_onDuplicate = new QComboBox(this);
    m_onDuplicate->setObjectName(QStringLiteral("copyOnDuplicate"));
    m_onDuplicate->addItem(tr("If it is already there: merge, filling in what the catalogue lacks"),
                           int(Importer::OnDuplicate::Merge));
    m_onDuplicate->addItem(tr("If it is already there: import it as a new record all the same"),
                           int(Importer::OnDuplicate::New));
    m_onDuplicate->addItem(tr("If it is already there: do not import it"), int(Importer::OnDuplicate::Skip));
    m_import = new QPushButton(tr("&Import this record"), this);
    m_import->setObjectName(QStringLiteral("copyImport"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto id = importRow(m_results->currentRow());
        if (!id)
            QMessageBox::warning(this, windowTitle(), id.errorMessage());
    });
    // Enter in the list imports the record under the cursor.
    connect(m_results, &QTableWidget::activated, this, [this] { m_import->click(); });
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* searchRow = new QHBoxLayout;
    searchRow->addLayout(form, 1);
    searchRow->addWidget(m_search, 0, Qt::AlignBottom);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_onDuplicate, 1);
    bottom->addWidget(m_import);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_detail);
    layout->addLayout(bottom);
    resize(880, 600);

    auto servers = RemoteCatalogue::servers(db);
    if (servers) {
        setServers(*servers);
    } else {
        setServers(RemoteCatalogue::presets());
        m_status->setText(servers.errorMessage());
    }
}

void CopyCatalogueDialog::setServers(const QList<RemoteCatalogue::Server>& servers)
{
    m_servers = servers;
    m_server->clear();
    for (const RemoteCatalogue::Server& s : servers)
        m_server->addItem(tr("%1 (%2)").arg(s.name, s.protocol == RemoteCatalogue::Protocol::Sru
                                                        ? QStringLiteral("SRU")
                                                        : QStringLiteral("Z39.50")));
}

void CopyCatalogueDialog::setQuery(const RemoteCatalogue::Query& query)
{
    m_isbn->setText(query.isbn);
    m_title->setText(query.title);
    m_author->setText(query.author);
}

Status CopyCatalogueDialog::search()
{
    if (m_server->currentIndex() < 0)
        return Error{tr("There is no catalogue to search.")};
    const RemoteCatalogue::Server server = m_servers.at(m_server->currentIndex());
    RemoteCatalogue::Query query;
    query.isbn = m_isbn->text();
    query.title = m_title->text();
    query.author = m_author->text();
    if (query.isEmpty())
        return Error{tr("Give an ISBN, a title or an author to search for.")};
    std::optional<RemoteCatalogue::Answer> answer;
    std::optional<Importer::Plan> plan;
    const Clock& clock = m_clock;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Searching %1…").arg(server.name), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            progress(0, 0);
            auto found = RemoteCatalogue::search(server, query);
            if (!found)
                return found.error();
            if (!progress(1, 2))
                return Error{tr("Cancelled.")};
            answer = *found;
            if (found->count == 0)
                return {};
            Importer::Request request;
            request.format = found->format;
            auto prepared = Importer(db, clock).prepare(found->records, server.name, request);
            if (!prepared)
                return prepared.error();
            plan = std::move(*prepared);
            return {};
        });
    if (!status)
        return status;
    m_plan = std::move(plan);
    const int shown = m_plan ? m_plan->read() : 0;
    m_status->setText(
        answer->hits > shown
            ? tr("%1: %2 records found, the first %3 shown.").arg(server.name).arg(answer->hits).arg(shown)
            : tr("%1: %n record(s) found.", nullptr, shown).arg(server.name));
    showPlan();
    return {};
}

void CopyCatalogueDialog::showPlan()
{
    m_results->clearContents();
    m_results->setRowCount(m_plan ? m_plan->read() : 0);
    if (!m_plan) {
        m_import->setEnabled(false);
        m_detail->clear();
        return;
    }
    for (int row = 0; row < m_plan->read(); ++row) {
        const Importer::Incoming& in = m_plan->records.at(row);
        const QStringList cells = {
            in.record.title, in.record.authorsDisplay(),
            QStringList{in.record.publisher, in.record.date}.join(QLatin1Char(' ')).trimmed(), in.record.isbn,
            !in.errors.isEmpty()       ? tr("cannot be imported")
            : !in.duplicates.isEmpty() ? tr("may be there already")
                                       : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    if (m_plan->read() > 0) {
        m_results->setCurrentCell(0, 0);
        m_results->setFocus();
    }
    showCurrent();
}

void CopyCatalogueDialog::showCurrent()
{
    const int row = m_results->currentRow();
    if (!m_plan || row < 0 || row >= m_plan->read()) {
        m_detail->clear();
        m_import->setEnabled(false);
        return;
    }
    const Importer::Incoming& in = m_plan->records.at(row);
    QStringList lines;
    const Record& r = in.record;
    lines.append(r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" : ") + r.subtitle);
    QStringList imprint;
    for (const QString& part : {r.place, r.publisher, r.date})
        if (!part.trimmed().isEmpty())
            imprint.append(part.trimmed());
    for (const QString& part :
         {r.authorsDisplay(), imprint.join(QStringLiteral(", ")), r.collection, r.extent})
        if (!part.trimmed().isEmpty())
            lines.append(part);
    if (!r.subjects.isEmpty() || !r.keywords.isEmpty())
        lines.append(tr("Subjects: %1").arg((r.subjects + r.keywords).join(QStringLiteral(" ; "))));
    for (const auto& d : in.duplicates)
        lines.append(RecordSaver::describe(d));
    for (const auto& p : in.errors)
        lines.append(Importer::describe(p));
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_import->setEnabled(in.errors.isEmpty());
}

Result<qint64> CopyCatalogueDialog::importRow(int row)
{
    if (!m_plan || row < 0 || row >= m_plan->read())
        return Error{tr("Choose a record of the answer first.")};
    Importer::Options options;
    options.only = {m_plan->records.at(row).number};
    options.onDuplicate = Importer::OnDuplicate(m_onDuplicate->currentData().toInt());
    const Importer::Plan& plan = *m_plan;
    const Clock& clock = m_clock;
    std::optional<Importer::Outcome> outcome;
    const Status status = BackgroundTask::runOnCatalogue(
        this, tr("Importing the record…"), m_db.path(),
        [&](Database& db, const BackgroundTask::Progress& progress) -> Status {
            auto done = Importer(db, clock).apply(
                plan, options, [&progress](qint64 d, qint64 t) { return progress(int(d), int(t)); });
            if (!done)
                return done.error();
            outcome = *done;
            return {};
        });
    if (!status)
        return status.error();
    if (outcome->ids.isEmpty()) {
        m_status->setText(tr("The record is in the catalogue already: nothing was imported."));
        return Error{tr("The record is in the catalogue already: nothing was imported.")};
    }
    const qint64 id = outcome->ids.first();
    m_status->setText(tr("Imported as record %1.").arg(id));
    Q_EMIT imported(id);
    return id;
}

} // namespace infodoc::ui

#include "ui/visitor/VisitorWindow.h"

#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/output/Bibliography.h"
#include "core/output/BibliographyWriter.h"
#include "core/output/OutputTotals.h"
#include "core/storage/Database.h"
#include "core/visits/VisitorMode.h"
#include "core/visits/VisitorSelection.h"
#include "ui/common/KeptLayout.h"
#include "ui/search/FacetPanel.h"
#include "ui/search/HitDelegate.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchResultModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

VisitorWindow::VisitorWindow(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("visitorWindow"));
    setWindowTitle(tr("Infodoc — search the documentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    // Large type for reading at the desk.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    setFont(large);

    m_controller = new SearchController(db.path(), this);
    m_model = new SearchResultModel(this);

    auto* heading = new QLabel(tr("Search the documentation of the centre"), this);
    QFont headingFont = large;
    headingFont.setPointSizeF(large.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("visitorQuery"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setPlaceholderText(tr("Type words: a subject, a town, an author…"));
    m_query->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("visitorStatus"));
    m_status->setTextFormat(Qt::PlainText); // it may quote the visitor's words

    auto* leaveButton = new QPushButton(tr("Staff"), this);
    leaveButton->setObjectName(QStringLiteral("leaveVisitorMode"));
    leaveButton->setToolTip(tr("Leave the visitor mode (staff PIN)"));
    leaveButton->setFlat(true);
    connect(leaveButton, &QPushButton::clicked, this, &VisitorWindow::askToLeave);
    auto* leaveAction = new QAction(tr("Leave the visitor mode"), this);
    leaveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q));
    connect(leaveAction, &QAction::triggered, this, &VisitorWindow::askToLeave);
    addAction(leaveAction);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(leaveButton);

    m_facets = new FacetPanel(this);
    connect(m_facets, &FacetPanel::filtersChanged, this, &VisitorWindow::runSearch);

    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("visitorResults"));
    m_results->setAccessibleName(tr("Results"));
    m_controller->layOutHits(HitDelegate::install(m_results, m_model), &SearchResultModel::toHtml);
    m_results->setIconSize(QSize(40, 40));
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitorWindow::showCurrent);
    connect(m_results, &QListView::activated, this, &VisitorWindow::addCurrent);
    connect(m_model, &SearchResultModel::moreWanted, this, [this](int offset) {
        SearchService::Options options;
        options.query = m_query->text().trimmed();
        options.filters = m_facets->filters();
        options.offset = offset;
        options.limit = 30;
        options.plainWordsOnError = true;
        m_controller->search(options);
    });

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("visitorDetails"));
    m_details->setAccessibleName(tr("Record details"));
    m_details->setOpenLinks(false);
    m_details->setHtml(tr("<p>Choose a result to see where to find it.</p>"));

    auto* add = new QPushButton(tr("&Add to my selection"), this);
    add->setObjectName(QStringLiteral("addToSelection"));
    connect(add, &QPushButton::clicked, this, &VisitorWindow::addCurrent);
    m_selectionList = new QListWidget(this);
    m_selectionList->setObjectName(QStringLiteral("visitorSelection"));
    m_selectionList->setAccessibleName(tr("My selection"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_selectionList->currentRow();
        if (row >= 0 && row < m_selection.size()) {
            if (m_appointment) {
                if (auto s = VisitorSelection(m_db, m_appointment).remove(m_selection.at(row)); !s) {
                    m_status->setText(s.errorMessage());
                    return;
                }
            }
            m_selection.removeAt(row);
            fillSelection();
        }
    });
    auto* print = new QPushButton(tr("&Print my selection"), this);
    print->setObjectName(QStringLiteral("printSelection"));
    connect(print, &QPushButton::clicked, this, &VisitorWindow::printSelection);
    auto* save = new QPushButton(tr("Save as P&DF"), this);
    save->setObjectName(QStringLiteral("saveSelection"));
    connect(save, &QPushButton::clicked, this, [this] {
        auto written = saveSelection();
        if (written)
            QMessageBox::information(this, tr("My selection"),
                                     tr("Your selection is saved as %1. Ask the documentalist for a copy.")
                                         .arg(QDir::toNativeSeparators(*written)));
        else
            QMessageBox::warning(this, tr("My selection"), written.errorMessage());
    });

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 3);
    rightLayout->addWidget(add);
    auto* selectionLabel = new QLabel(tr("My selection:"), right);
    selectionLabel->setBuddy(m_selectionList);
    rightLayout->addWidget(selectionLabel);
    rightLayout->addWidget(m_selectionList, 2);
    auto* selectionButtons = new QHBoxLayout;
    selectionButtons->addWidget(remove);
    selectionButtons->addWidget(print);
    selectionButtons->addWidget(save);
    rightLayout->addLayout(selectionButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_facets);
    splitter->addWidget(m_results);
    splitter->addWidget(right);
    splitter->setSizes({300, 700, 500});
    splitter->setChildrenCollapsible(false);
    keepSplitter(splitter, QStringLiteral("visitor"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &VisitorWindow::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &VisitorWindow::runSearch);
    connect(m_controller, &SearchController::finished, this, &VisitorWindow::showResult);
    connect(m_controller, &SearchController::failed, m_status, &QLabel::setText);
    connect(m_controller, &SearchController::indexing, this,
            [this] { m_status->setText(tr("Preparing the search…")); });
    setFocusProxy(m_query);
    // Opened for an appointment: the selection is the appointment's, kept with it.
    const auto appointment = VisitorMode(db).appointment();
    m_appointment = appointment ? *appointment : 0;
    if (!appointment)
        m_status->setText(appointment.errorMessage());
    if (m_appointment) {
        auto kept = VisitorSelection(db, m_appointment).records();
        if (kept)
            m_selection = *kept;
        else
            m_status->setText(kept.errorMessage());
    }
    fillSelection();
    runSearch();
}

VisitorWindow::~VisitorWindow() = default;

QString VisitorWindow::selectionFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Infodoc");
}

void VisitorWindow::setQuery(const QString& query)
{
    m_query->setText(query);
    runSearch();
}

void VisitorWindow::runSearch()
{
    m_debounce->stop();
    SearchService::Options options;
    options.query = m_query->text().trimmed();
    options.filters = m_facets->filters();
    options.limit = 30;
    options.plainWordsOnError = true;
    m_controller->search(options);
}

void VisitorWindow::showResult(const SearchService::Options& options, const SearchService::Result& result)
{
    if (options.query != m_query->text().trimmed() || options.filters != m_facets->filters())
        return;
    if (options.offset > 0) {
        m_model->append(result.hits);
        return;
    }
    m_model->setResult(result);
    m_facets->setFacets(result.facets, result.approximate);
    QString status = tr("%n document(s) found", nullptr, int(qMin<qint64>(result.total, INT_MAX)));
    if (result.total == 0 && !result.suggestion.isEmpty())
        status += QStringLiteral(" — ") + tr("try “%1”").arg(result.suggestion);
    if (!result.hint.isEmpty())
        status += QStringLiteral(" — ") + tr("searched as plain words (%1)").arg(result.hint);
    m_status->setText(status);
    Q_EMIT resultShown();
}

QString VisitorWindow::detailsHtml(const Record& r)
{
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.title));
    if (!r.subtitle.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(r.subtitle));
    QStringList facts;
    if (!r.authorsDisplay().isEmpty())
        facts.append(esc(r.authorsDisplay()));
    if (!r.publisher.isEmpty())
        facts.append(esc(r.publisher));
    if (r.year() > 0)
        facts.append(QString::number(r.year()));
    facts.append(esc(Vocabulary::label(r.type)));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!r.abstract.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(r.abstract).replace(u'\n', QStringLiteral("<br/>")));
    if (!r.subjects.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Subjects:")), esc(r.subjects.join(QStringLiteral(", "))));
    if (!r.territories.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Territories:")), esc(r.territories.join(QStringLiteral(", "))));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Where to find it")));
    QList<Copy> shown;
    for (const Copy& c : r.copies)
        if (c.status != CopyStatus::Lost && c.status != CopyStatus::Withdrawn)
            shown.append(c);
    if (shown.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(r.attachments.isEmpty() ? tr("No copy in the documentation space.")
                                                     : tr("Available as a file: ask the documentalist.")));
    } else {
        // Call number, place and whether it is on the shelf; never who borrowed it.
        html +=
            QStringLiteral("<table cellpadding=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th></tr>")
                .arg(esc(tr("Call number")), esc(tr("Location")), esc(tr("Availability")));
        for (const Copy& c : shown) {
            const QString availability =
                c.status == CopyStatus::OnLoan
                    ? (c.due.isValid()
                           ? tr("On loan, back on %1").arg(QLocale().toString(c.due, QStringLiteral("dd/MM")))
                           : tr("On loan"))
                : c.status == CopyStatus::ReferenceOnly ? tr("On the shelf, to read here")
                                                        : tr("On the shelf");
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(c.callNumber.isEmpty() ? r.callNumber : c.callNumber), esc(c.location),
                             esc(availability));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void VisitorWindow::showCurrent()
{
    const QModelIndex index = m_results->currentIndex();
    if (!index.isValid())
        return;
    RecordRepository records(m_db, m_clock);
    auto record = records.get(m_model->hit(index.row()).id);
    if (record)
        m_details->setHtml(detailsHtml(*record));
}

void VisitorWindow::addCurrent()
{
    const QModelIndex index = m_results->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = m_model->hit(index.row()).id;
    if (m_appointment) {
        if (auto s = VisitorSelection(m_db, m_appointment).add(id); !s) {
            m_status->setText(s.errorMessage());
            return;
        }
    }
    if (!m_selection.contains(id))
        m_selection.append(id);
    fillSelection();
}

void VisitorWindow::fillSelection()
{
    m_selectionList->clear();
    RecordRepository records(m_db, m_clock);
    for (qint64 id : std::as_const(m_selection)) {
        auto r = records.get(id);
        m_selectionList->addItem(r ? tr("%1 — %2").arg(r->title, r->callNumber.isEmpty()
                                                                     ? Vocabulary::label(r->type)
                                                                     : r->callNumber)
                                   : QString::number(id));
    }
}

Result<QString> VisitorWindow::saveSelection()
{
    if (m_selection.isEmpty())
        return Error{tr("Your selection is empty: add documents to it first.")};
    BibliographyOptions options;
    options.holdings = true; // where to find each document
    options.title = tr("My selection");
    auto bibliography = BibliographyBuilder::fromCatalogue(m_db, m_selection, options);
    if (!bibliography)
        return bibliography.error();
    const QString folder = selectionFolder();
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    const QString path =
        folder + QStringLiteral("/selection-%1.pdf")
                     .arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
    if (auto s = BibliographyWriter::write(*bibliography, BibliographyWriter::Format::Pdf, path); !s)
        return s.error();
    if (auto s =
            OutputTotals::count(m_db, OutputTotals::Kind::Bibliography, m_clock.now().toLocalTime().date());
        !s)
        return s.error();
    return path;
}

void VisitorWindow::printSelection()
{
    if (m_selection.isEmpty()) {
        QMessageBox::information(this, tr("My selection"),
                                 tr("Your selection is empty: add documents to it first."));
        return;
    }
    BibliographyOptions options;
    options.holdings = true;
    options.title = tr("My selection");
    auto bibliography = BibliographyBuilder::fromCatalogue(m_db, m_selection, options);
    if (!bibliography) {
        QMessageBox::warning(this, tr("My selection"), bibliography.errorMessage());
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    // A printer only: no "print to file" that would open the file system.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() == QDialog::Accepted) {
        BibliographyWriter::print(*bibliography, printer);
        if (auto s = OutputTotals::count(m_db, OutputTotals::Kind::Bibliography,
                                         m_clock.now().toLocalTime().date());
            !s)
            QMessageBox::warning(this, tr("My selection"), s.errorMessage());
    }
}

bool VisitorWindow::leave(const QString& pin)
{
    VisitorMode mode(m_db);
    if (auto s = mode.leave(pin); !s) {
        QMessageBox::warning(this, tr("Leave the visitor mode"), s.errorMessage());
        return false;
    }
    m_leaving = true;
    m_selection.clear();
    close();
    Q_EMIT left();
    return true;
}

void VisitorWindow::askToLeave()
{
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Leave the visitor mode"), tr("Staff &PIN:"),
                                              QLineEdit::Password, QString(), &ok);
    if (ok)
        leave(pin);
}

void VisitorWindow::closeEvent(QCloseEvent* event)
{
    if (m_leaving) {
        event->accept();
        return;
    }
    // An accidental close (or Alt+F4) keeps the desk in visitor mode.
    event->ignore();
}

} // namespace infodoc::ui

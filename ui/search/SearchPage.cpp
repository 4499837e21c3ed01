#include "ui/search/SearchPage.h"

#include "core/catalog/Baskets.h"
#include "core/catalog/RecordRepository.h"
#include "core/search/ExtractedText.h"
#include "core/search/QueryParser.h"
#include "core/search/SavedSearches.h"
#include "core/storage/Database.h"
#include "ui/catalog/RecordView.h"
#include "ui/common/KeptLayout.h"
#include "ui/common/Lists.h"
#include "ui/search/FacetPanel.h"
#include "ui/search/HitDelegate.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchResultModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

bool sameSearch(const SearchService::Options& a, const SearchService::Options& b)
{
    return a.query == b.query && a.filters == b.filters && a.sort == b.sort && a.exact == b.exact &&
           a.narrower == b.narrower;
}

} // namespace

SearchPage::SearchPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("searchPage"));
    m_controller = new SearchController(db.path(), this);
    m_model = new SearchResultModel(this);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(
        tr("Words, \"a phrase\", author: subject: territory: year:2010..2015, AND OR NOT, logem*"));
    m_query->setToolTip(
        tr("Searches the records and the text of their attached files. Fields: auteur: titre: "
           "sujet: type: territoire: année: cote: langue:; ET, OU, SAUF or -word; a trailing * "
           "for the beginning of a word."));
    auto* queryLabel = new QLabel(tr("&Search:"), this);
    queryLabel->setBuddy(m_query);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("searchSort"));
    m_sort->setAccessibleName(tr("Sort the results"));
    m_sort->addItem(tr("Relevance"), QStringLiteral("relevance"));
    m_sort->addItem(tr("Newest first"), QStringLiteral("date"));
    m_sort->addItem(tr("Oldest first"), QStringLiteral("date-asc"));
    m_sort->addItem(tr("Title"), QStringLiteral("title"));
    auto* sortLabel = new QLabel(tr("S&ort:"), this);
    sortLabel->setBuddy(m_sort);

    m_exact = new QCheckBox(tr("E&xact accents"), this);
    m_exact->setObjectName(QStringLiteral("searchExact"));
    m_exact->setToolTip(tr("Match accents exactly: \"né\" does not find \"ne\"."));
    m_narrower = new QCheckBox(tr("&Narrower terms"), this);
    m_narrower->setObjectName(QStringLiteral("searchNarrower"));
    m_narrower->setToolTip(tr("A subject also finds the records indexed with its narrower terms."));

    m_saved = new QToolButton(this);
    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setText(tr("Saved searches"));
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    auto* savedMenu = new QMenu(m_saved);
    m_saved->setMenu(savedMenu);
    connect(savedMenu, &QMenu::aboutToShow, this, &SearchPage::fillSavedMenu);
    m_saveAction = new QAction(tr("Save this search…"), this);
    m_saveAction->setObjectName(QStringLiteral("saveSearchAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &SearchPage::saveSearch);
    addAction(m_saveAction);

    auto* bar = new QHBoxLayout;
    bar->addWidget(queryLabel);
    bar->addWidget(m_query, 1);
    bar->addWidget(sortLabel);
    bar->addWidget(m_sort);
    bar->addWidget(m_exact);
    bar->addWidget(m_narrower);
    bar->addWidget(m_saved);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_status, &QLabel::linkActivated, this, [this] {
        if (!m_suggestion.isEmpty())
            setQuery(m_suggestion);
    });

    m_facets = new FacetPanel(this);
    connect(m_facets, &FacetPanel::filtersChanged, this, &SearchPage::runSearch);

    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Results"));
    m_controller->layOutHits(HitDelegate::install(m_results, m_model), &SearchResultModel::toHtml);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setIconSize(QSize(32, 32));
    m_results->setAlternatingRowColors(true);
    connect(m_model, &SearchResultModel::moreWanted, this, &SearchPage::fetchMore);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SearchPage::showCurrentHit);
    connect(m_results, &QListView::activated, this, [this] {
        showCurrentHit();
        m_view->setFocus(Qt::OtherFocusReason);
    });

    m_view = new RecordView(this);
    m_view->setObjectName(QStringLiteral("searchRecordView"));
    m_view->showMessage(tr("Select a result to see its record here."));

    m_basket = new QComboBox(this);
    m_basket->setObjectName(QStringLiteral("searchBasket"));
    m_basket->setAccessibleName(tr("Basket"));
    m_basket->setMinimumContentsLength(16);
    auto* basketLabel = new QLabel(tr("&Basket:"), this);
    basketLabel->setBuddy(m_basket);
    auto* addButton = new QPushButton(tr("&Add to the basket"), this);
    addButton->setObjectName(QStringLiteral("addToBasket"));
    addButton->setToolTip(tr("Adds the selected results to the basket (Ctrl+B), for a bibliography or an "
                             "export."));
    connect(addButton, &QPushButton::clicked, this, &SearchPage::addToBasket);
    auto* addAction = new QAction(addButton->text(), this);
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addAction, &QAction::triggered, this, &SearchPage::addToBasket);
    this->addAction(addAction);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    auto* basketBar = new QHBoxLayout;
    basketBar->addWidget(basketLabel);
    basketBar->addWidget(m_basket, 1);
    basketBar->addWidget(addButton);
    rightLayout->addLayout(basketBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_facets);
    splitter->addWidget(m_results);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({270, 560, 360});
    // The facets' panel widened to read long labels stays so.
    keepSplitter(splitter, QStringLiteral("search"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // Search as you type, once typing pauses.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &SearchPage::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_model->rowCount() > 0)
            m_results->setFocus(Qt::OtherFocusReason);
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &SearchPage::runSearch);
    connect(m_exact, &QCheckBox::toggled, this, &SearchPage::runSearch);
    connect(m_narrower, &QCheckBox::toggled, this, &SearchPage::runSearch);

    connect(m_controller, &SearchController::finished, this, &SearchPage::showResult);
    connect(m_controller, &SearchController::failed, this,
            [this](const QString& message) { m_status->setText(message.toHtmlEscaped()); });
    connect(m_controller, &SearchController::indexing, this,
            [this](const QString& stage, int done, int total) {
                m_status->setText(
                    tr("Updating the search index: %1 %2/%3…")
                        .arg(stage.toHtmlEscaped(), QLocale().toString(done), QLocale().toString(total)));
            });
    connect(m_view, &RecordView::attachmentActivated, this, [this](qint64 attachmentId, int page) {
        // The pages the index gave for this file, so the viewer need not look for them.
        QList<int> pages;
        if (const QModelIndex current = m_results->currentIndex(); current.isValid())
            for (const auto& a : m_model->hit(current.row()).attachments)
                if (a.attachmentId == attachmentId)
                    pages = a.pages;
        Q_EMIT attachmentOpened(m_view->recordId(), attachmentId, page, m_lastStems, pages);
    });

    fillBaskets();
    setFocusProxy(m_query);
}

SearchPage::~SearchPage() = default;

void SearchPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        // The first visit brings the index up to date and shows the whole catalogue's facets.
        m_started = true;
        runSearch();
    }
}

void SearchPage::setQuery(const QString& query)
{
    m_query->setText(query);
    m_started = true;
    runSearch();
}

QString SearchPage::query() const
{
    return m_query->text();
}

void SearchPage::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

SearchService::Options SearchPage::currentOptions() const
{
    SearchService::Options options;
    options.query = m_query->text().trimmed();
    options.filters = m_facets->filters();
    options.sort =
        SavedSearches::sortFromKey(m_sort->currentData().toString()).value_or(SearchRequest::Sort::Relevance);
    options.exact = m_exact->isChecked();
    options.narrower = m_narrower->isChecked();
    options.limit = 30;
    options.plainWordsOnError = true;
    return options;
}

void SearchPage::runSearch()
{
    m_debounce->stop();
    m_started = true;
    m_controller->search(currentOptions());
}

void SearchPage::fetchMore(int offset)
{
    SearchService::Options options = currentOptions();
    options.offset = offset;
    m_controller->search(options);
}

void SearchPage::catalogueChanged()
{
    fillBaskets();
    m_controller->refresh();
}

void SearchPage::showResult(const SearchService::Options& options, const SearchService::Result& result)
{
    // An answer to a search the user has since changed is dropped.
    if (!sameSearch(options, currentOptions()))
        return;
    if (options.offset > 0) {
        m_model->append(result.hits);
        return;
    }
    const qint64 current = m_view->recordId();
    m_model->setResult(result);
    m_facets->setFacets(result.facets, result.approximate);
    const auto parsed = QueryParser::parse(options.query);
    m_lastStems = parsed ? parsed->positiveStems() : QueryParser::plainWords(options.query).positiveStems();
    const QLocale locale;
    const QString count = result.approximate ? tr("about %1").arg(locale.toString(result.total))
                                             : locale.toString(result.total);
    QString status = tr("%1 result(s)", nullptr, int(qMin<qint64>(result.total, INT_MAX))).arg(count);
    if (!result.hint.isEmpty())
        status += QStringLiteral(" — ") + tr("searched as plain words (%1)").arg(result.hint.toHtmlEscaped());
    m_suggestion = result.suggestion;
    if (result.total == 0 && !result.suggestion.isEmpty())
        status += QStringLiteral(" — ") +
                  tr("Did you mean <a href=\"suggestion\">%1</a>?").arg(result.suggestion.toHtmlEscaped());
    m_status->setText(status);
    // Keep showing the same record if it is still found.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->hit(row).id == current) {
            m_results->setCurrentIndex(m_model->index(row));
            break;
        }
    }
    Q_EMIT resultShown();
}

void SearchPage::showCurrentHit()
{
    const QModelIndex index = m_results->currentIndex();
    if (!index.isValid())
        return;
    const SearchService::Hit& hit = m_model->hit(index.row());
    RecordRepository records(m_db, m_clock);
    auto record = records.get(hit.id);
    if (!record) {
        m_view->showMessage(record.errorMessage());
        return;
    }
    RecordView::AttachmentNotes notes;
    // A read-only catalogue keeps no text: its files are read for the index only.
    const QString notRead = m_db.isReadOnly() ? QString() : tr("Text not read yet");
    for (const Attachment& a : record->attachments)
        notes[a.id].state = Extraction::stateLine(m_db, a.sha256, notRead);
    for (const auto& pages : hit.attachments)
        notes[pages.attachmentId].pages = pages.pages;
    m_view->showRecord(*record, notes);
}

QList<qint64> SearchPage::selectedRecordIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_results->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_model->hit(row).id);
    return ids;
}

void SearchPage::fillSavedMenu()
{
    QMenu* menu = m_saved->menu();
    menu->clear();
    menu->addAction(m_saveAction);
    SavedSearches saved(m_db, m_clock);
    const auto read = saved.list();
    if (!read) {
        // Said, not shown as "no saved search".
        QAction* failed = menu->addAction(read.errorMessage());
        failed->setEnabled(false);
        return;
    }
    const auto& list = *read;
    if (list.isEmpty())
        return;
    menu->addSeparator();
    for (const auto& s : list) {
        QAction* run = menu->addAction(s.name, this, [this, options = s.options] { applySaved(options); });
        run->setToolTip(plainToolTip(s.options.query));
    }
    QMenu* remove = menu->addMenu(tr("Delete a saved search"));
    for (const auto& s : list) {
        remove->addAction(s.name, this, [this, id = s.id, name = s.name] {
            if (QMessageBox::question(this, tr("Delete a saved search"),
                                      tr("Delete the saved search \"%1\"?").arg(name)) != QMessageBox::Yes)
                return;
            SavedSearches searches(m_db, m_clock);
            if (auto removed = searches.remove(id); !removed)
                QMessageBox::warning(this, tr("Delete a saved search"), removed.errorMessage());
        });
    }
}

void SearchPage::saveSearch()
{
    const SearchService::Options options = currentOptions();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save this search"), tr("&Name of the search:"),
                                               QLineEdit::Normal, options.query, &ok);
    if (!ok)
        return;
    SavedSearches saved(m_db, m_clock);
    const auto existing = saved.find(name);
    if (!existing) {
        QMessageBox::warning(this, tr("Save this search"), existing.errorMessage());
        return;
    }
    if (*existing &&
        QMessageBox::question(this, tr("Save this search"),
                              tr("A search named \"%1\" exists. Replace it?").arg(name.simplified())) !=
            QMessageBox::Yes)
        return;
    if (auto s = saved.save(name, options); !s)
        QMessageBox::warning(this, tr("Save this search"), s.errorMessage());
}

void SearchPage::applySaved(const SearchService::Options& options)
{
    const QSignalBlocker blockQuery(m_query);
    const QSignalBlocker blockSort(m_sort);
    const QSignalBlocker blockExact(m_exact);
    const QSignalBlocker blockNarrower(m_narrower);
    m_query->setText(options.query);
    m_sort->setCurrentIndex(qMax(0, m_sort->findData(SavedSearches::sortKey(options.sort))));
    m_exact->setChecked(options.exact);
    m_narrower->setChecked(options.narrower);
    m_facets->setFilters(options.filters);
    runSearch();
}

void SearchPage::fillBaskets()
{
    const QString current = m_basket->currentText();
    m_basket->clear();
    Baskets baskets(m_db, m_clock);
    const auto list = baskets.list();
    if (!list)
        m_status->setText(list.errorMessage().toHtmlEscaped());
    else
        for (const auto& b : *list)
            m_basket->addItem(tr("%1 (%2)").arg(b.name).arg(b.count), b.name);
    if (m_basket->count() == 0)
        m_basket->addItem(tr("Selection"), tr("Selection"));
    m_basket->addItem(tr("New basket…"), QString());
    const int index = m_basket->findText(current);
    m_basket->setCurrentIndex(index >= 0 && !m_basket->itemData(index).toString().isEmpty() ? index : 0);
}

int SearchPage::addSelectionToBasket(const QString& basketName)
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty() || basketName.trimmed().isEmpty())
        return 0;
    Baskets baskets(m_db, m_clock);
    qint64 basketId = 0;
    const auto found = baskets.find(basketName);
    if (!found) {
        QMessageBox::warning(this, tr("Add to the basket"), found.errorMessage());
        return 0;
    }
    if (*found) {
        basketId = (*found)->id;
    } else {
        auto created = baskets.create(basketName);
        if (!created) {
            QMessageBox::warning(this, tr("Add to the basket"), created.errorMessage());
            return 0;
        }
        basketId = *created;
    }
    auto added = baskets.add(basketId, ids);
    if (!added) {
        QMessageBox::warning(this, tr("Add to the basket"), added.errorMessage());
        return 0;
    }
    fillBaskets();
    m_basket->setCurrentIndex(qMax(0, m_basket->findData(basketName.simplified())));
    m_status->setText(
        tr("%n record(s) added to the basket \"%1\".", nullptr, *added).arg(basketName.toHtmlEscaped()));
    return *added;
}

void SearchPage::addToBasket()
{
    if (selectedRecordIds().isEmpty()) {
        QMessageBox::information(this, tr("Add to the basket"), tr("Select one or more results first."));
        return;
    }
    QString name = m_basket->currentData().toString();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New basket"), tr("&Name of the basket:"), QLineEdit::Normal,
                                     QString(), &ok);
        if (!ok)
            return;
    }
    addSelectionToBasket(name);
}

} // namespace infodoc::ui

#include "ui/search/FacetPanel.h"
#include "ui/common/Lists.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {
constexpr int NameRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
constexpr int MoreRole = Qt::UserRole + 3; // the line that shows a facet's other values
} // namespace

FacetPanel::FacetPanel(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("facetPanel"));
    setAccessibleName(tr("Facets"));
    setHeaderHidden(true);
    // The label, then its count kept in view when the label is long.
    setColumnCount(2);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    // A long label ("Données statistiques et territoriales") loses its
    // middle, not its end; the whole of it is the tooltip, and the panel
    // widens (the splitter, kept between runs).
    setTextElideMode(Qt::ElideMiddle);
    // Rarely used facets start folded.
    m_collapsed = {QStringLiteral("year"), QStringLiteral("language")};
    connect(this, &QTreeWidget::itemChanged, this, &FacetPanel::itemToggled);
    connect(this, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem* item) { m_collapsed.insert(item->data(0, NameRole).toString()); });
    connect(this, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem* item) { m_collapsed.remove(item->data(0, NameRole).toString()); });
    // Enter (or a click) on "show the others" shows every value of that facet.
    connect(this, &QTreeWidget::itemActivated, this, &FacetPanel::showAllOf);
    connect(this, &QTreeWidget::itemClicked, this, &FacetPanel::showAllOf);
}

void FacetPanel::showAllOf(QTreeWidgetItem* item)
{
    if (!item || !item->data(0, MoreRole).toBool())
        return;
    const QString name = item->data(0, NameRole).toString();
    m_showAll.insert(name);
    const auto facets = m_facets;
    setFacets(facets, m_approximate);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = topLevelItem(i);
        if (group->data(0, NameRole).toString() == name && group->childCount() > shownValues)
            setCurrentItem(group->child(shownValues)); // the first value that was hidden
    }
}

const QStringList& FacetPanel::facetOrder()
{
    static const QStringList order = {QStringLiteral("type"),      QStringLiteral("subject"),
                                      QStringLiteral("territory"), QStringLiteral("decade"),
                                      QStringLiteral("year"),      QStringLiteral("availability"),
                                      QStringLiteral("language")};
    return order;
}

QString FacetPanel::facetLabel(const QString& name)
{
    if (name == QLatin1String("type"))
        return tr("Document type");
    if (name == QLatin1String("subject"))
        return tr("Subject");
    if (name == QLatin1String("territory"))
        return tr("Territory");
    if (name == QLatin1String("decade"))
        return tr("Decade");
    if (name == QLatin1String("year"))
        return tr("Year");
    if (name == QLatin1String("availability"))
        return tr("Availability");
    if (name == QLatin1String("language"))
        return tr("Language");
    return name;
}

void FacetPanel::setFacets(const QMap<QString, QList<SearchService::Facet>>& facets, bool approximate)
{
    m_filling = true;
    m_facets = facets;
    m_approximate = approximate;
    const QString current = currentItem() ? currentItem()->data(0, NameRole).toString() + u'\x1f' +
                                                currentItem()->data(0, ValueRole).toString()
                                          : QString();
    clear();
    // Built apart from the view and given to it in one step, instead of one
    // update of the view for each of the hundreds of values.
    QList<QTreeWidgetItem*> groups;
    QTreeWidgetItem* select = nullptr;
    const QLocale locale;
    for (const QString& name : facetOrder()) {
        QList<SearchService::Facet> values = facets.value(name);
        // A ticked value stays in view even when nothing else matches it.
        for (const QString& ticked : m_filters.value(name)) {
            const bool shown = std::any_of(values.begin(), values.end(),
                                           [&](const SearchService::Facet& f) { return f.value == ticked; });
            if (!shown)
                values.prepend({ticked, ticked, 0});
        }
        if (values.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem({facetLabel(name)});
        group->setToolTip(0, facetLabel(name));
        group->setData(0, NameRole, name);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = font();
        bold.setBold(true);
        group->setFont(0, bold);
        QList<QTreeWidgetItem*> children;
        // The most frequent values (and every ticked one); the others on demand: hundreds of
        // descriptors would make the panel long to read and the list slow to land.
        const bool all = m_showAll.contains(name) || values.size() <= shownValues + 1;
        int hidden = 0;
        children.reserve(all ? values.size() : shownValues + 1);
        for (const auto& f : values) {
            if (!all && children.size() >= shownValues && !m_filters.value(name).contains(f.value)) {
                ++hidden;
                continue;
            }
            const QString count =
                approximate ? tr("≈%1").arg(locale.toString(f.count)) : locale.toString(f.count);
            auto* item = new QTreeWidgetItem({f.label, count});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, plainToolTip(f.label));
            item->setData(0, NameRole, name);
            item->setData(0, ValueRole, f.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_filters.value(name).contains(f.value) ? Qt::Checked : Qt::Unchecked);
            item->setData(0, Qt::AccessibleTextRole,
                          tr("%1: %2, %3 record(s)", nullptr, f.count).arg(facetLabel(name), f.label, count));
            if (name + u'\x1f' + f.value == current)
                select = item;
            children.append(item);
        }
        if (hidden > 0) {
            auto* more = new QTreeWidgetItem({tr("Show the %n other value(s)…", nullptr, hidden)});
            more->setData(0, NameRole, name);
            more->setData(0, MoreRole, true);
            more->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            more->setForeground(0, palette().brush(QPalette::Link));
            more->setToolTip(0, tr("Enter shows every value of %1").arg(facetLabel(name).toLower()));
            children.append(more);
        }
        group->addChildren(children);
        groups.append(group);
    }
    addTopLevelItems(groups);
    for (QTreeWidgetItem* group : std::as_const(groups)) {
        const QString name = group->data(0, NameRole).toString();
        group->setFirstColumnSpanned(true);
        if (const int last = group->childCount() - 1;
            last >= 0 && group->child(last)->data(0, MoreRole).toBool())
            group->child(last)->setFirstColumnSpanned(true); // its words whole, it has no count
        group->setExpanded(!m_collapsed.contains(name) || m_filters.contains(name));
    }
    if (select)
        setCurrentItem(select);
    m_filling = false;
}

void FacetPanel::setFilters(const QHash<QString, QStringList>& filters)
{
    m_filters = filters;
    m_filling = true;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            if (item->data(0, MoreRole).toBool())
                continue;
            item->setCheckState(0, m_filters.value(item->data(0, NameRole).toString())
                                           .contains(item->data(0, ValueRole).toString())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
    }
    m_filling = false;
}

void FacetPanel::clearFilters()
{
    setFilters({});
}

void FacetPanel::itemToggled(QTreeWidgetItem* item)
{
    if (m_filling || !item->parent() || item->data(0, MoreRole).toBool())
        return;
    const QString name = item->data(0, NameRole).toString();
    const QString value = item->data(0, ValueRole).toString();
    QStringList& values = m_filters[name];
    values.removeAll(value);
    if (item->checkState(0) == Qt::Checked)
        values.append(value);
    if (values.isEmpty())
        m_filters.remove(name);
    Q_EMIT filtersChanged();
}

} // namespace infodoc::ui

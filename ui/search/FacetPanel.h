#pragma once

#include "core/search/SearchService.h"

#include <QSet>
#include <QTreeWidget>

namespace infodoc::ui {

// The facets of the current result, each value with its count and a box to
// tick; ticked values filter the search (OR within a facet, AND across).
class FacetPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(QWidget* parent = nullptr);

    void setFacets(const QMap<QString, QList<core::SearchService::Facet>>& facets, bool approximate);
    QHash<QString, QStringList> filters() const { return m_filters; }
    void setFilters(const QHash<QString, QStringList>& filters);
    void clearFilters();
    // "Document type", "Subject"... for a facet name.
    static QString facetLabel(const QString& name);
    static const QStringList& facetOrder();

Q_SIGNALS:
    void filtersChanged();

public:
    // Values shown per facet before a "show the others" line (ticked values always are).
    static constexpr int shownValues = 12;

private:
    void itemToggled(QTreeWidgetItem* item);
    void showAllOf(QTreeWidgetItem* item);

    QHash<QString, QStringList> m_filters;
    QSet<QString> m_collapsed;
    QSet<QString> m_showAll;                                   // facets whose every value was asked for
    QMap<QString, QList<core::SearchService::Facet>> m_facets; // as last shown
    bool m_approximate = false;
    bool m_filling = false;
};

} // namespace infodoc::ui

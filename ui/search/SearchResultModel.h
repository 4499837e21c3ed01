#pragma once

#include "core/search/SearchService.h"

#include <QAbstractListModel>

namespace infodoc::ui {

// The hits of a search, a page at a time: the view asks for more as it
// scrolls (fetchMore), and the page runs the next search.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        RecordIdRole = Qt::UserRole + 1,
        HtmlRole, // the hit laid out for the delegate
        TypeRole, // document type key
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    // A new result replaces the list; the next page of the same search is appended.
    void setResult(const core::SearchService::Result& result);
    void append(const QList<core::SearchService::Hit>& hits);
    void clear();
    const core::SearchService::Hit& hit(int row) const { return m_hits.at(row); }
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // "2 copies, 1 on the shelf" and the like.
    static QString availability(const core::SearchService::Hit& hit);
    static QString toHtml(const core::SearchService::Hit& hit);

Q_SIGNALS:
    // The view scrolled to the end: the page should fetch from `offset`.
    void moreWanted(int offset);

private:
    QList<core::SearchService::Hit> m_hits;
    qint64 m_total = 0;
    bool m_fetching = false;
};

} // namespace infodoc::ui

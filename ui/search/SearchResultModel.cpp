#include "ui/search/SearchResultModel.h"

#include "ui/common/Lists.h"
#include "ui/common/TypeIcons.h"

#include <QApplication>
#include <QStyle>

namespace infodoc::ui {

using namespace infodoc::core;

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchResultModel::setResult(const SearchService::Result& result)
{
    beginResetModel();
    m_hits = result.hits;
    m_total = result.total;
    m_fetching = false;
    endResetModel();
}

void SearchResultModel::append(const QList<SearchService::Hit>& hits)
{
    m_fetching = false;
    if (hits.isEmpty()) {
        m_total = m_hits.size(); // the index shrank meanwhile: stop asking
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size() - 1));
    m_hits += hits;
    endInsertRows();
}

void SearchResultModel::clear()
{
    setResult({});
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::availability(const SearchService::Hit& hit)
{
    if (hit.copies == 0)
        return hit.attachments.isEmpty() && hit.type != DocumentType::WebResource ? tr("no copy")
                                                                                  : tr("online");
    if (hit.copiesAvailable == 0)
        return tr("%n copy(ies), none on the shelf", nullptr, hit.copies);
    return tr("%n copy(ies), %1 on the shelf", nullptr, hit.copies).arg(hit.copiesAvailable);
}

QString SearchResultModel::toHtml(const SearchService::Hit& hit)
{
    QStringList facts;
    if (!hit.authors.isEmpty())
        facts.append(hit.authors.toHtmlEscaped());
    if (hit.year > 0)
        facts.append(QString::number(hit.year));
    facts.append(Vocabulary::label(hit.type).toHtmlEscaped());
    if (!hit.callNumber.isEmpty())
        facts.append(tr("call number %1").arg(hit.callNumber.toHtmlEscaped()));
    facts.append(availability(hit).toHtmlEscaped());
    QString html = QStringLiteral("<div style='font-weight:600'>%1</div><div style='color:#555'>%2</div>")
                       .arg(hit.title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    if (!hit.snippet.isEmpty())
        html += QStringLiteral("<div>%1</div>").arg(hit.snippet); // escaped by the service, words in <b>
    for (const auto& a : hit.attachments) {
        if (a.pages.isEmpty())
            continue;
        QStringList pages;
        for (int p : a.pages)
            pages.append(QString::number(p));
        html += QStringLiteral("<div style='color:#1d5d8c'>%1</div>")
                    .arg(tr("%1: page(s) %2", nullptr, int(a.pages.size()))
                             .arg(a.fileName.toHtmlEscaped(), pages.join(QStringLiteral(", "))));
    }
    return html;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchService::Hit& h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.title;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList parts = {h.title, h.authors, h.year ? QString::number(h.year) : QString(),
                             Vocabulary::label(h.type), availability(h)};
        parts.removeAll(QString());
        const QString text = parts.join(QStringLiteral(", "));
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    case Qt::DecorationRole:
        return documentTypeIcon(QApplication::style(), h.type);
    case RecordIdRole:
        return h.id;
    case HtmlRole:
        return toHtml(h);
    case TypeRole:
        return Vocabulary::key(h.type);
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_hits.size() < m_total;
}

void SearchResultModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted(int(m_hits.size()));
}

} // namespace infodoc::ui

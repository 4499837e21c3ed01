#include "ui/search/HitDelegate.h"

#include "ui/search/SearchResultModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace infodoc::ui {

namespace {

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(index.data(SearchResultModel::HtmlRole).toString());
    doc.setTextWidth(width);
}

int textWidth(const QStyleOptionViewItem& option, int iconSide, int margin)
{
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    return qMax(120, width - iconSide - 3 * margin);
}

} // namespace

HitDelegate::HitDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void HitDelegate::install(QListView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->setItemDelegate(new HitDelegate(view));
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setWordWrap(true);
    // Rows are as tall as their text, which depends on the width.
    view->setResizeMode(QListView::Adjust);
}

void HitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background and focus as the style draws them, without the text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int iconSide = option.decorationSize.height();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(option.rect.left() + margin, option.rect.top() + margin, iconSide, iconSide));

    QTextDocument& laidOut = layout(option, index);
    painter->save();
    painter->translate(option.rect.left() + iconSide + 2 * margin, option.rect.top() + margin);
    if (option.state & QStyle::State_Selected) {
        // Keep the text readable on the selection colour (on a copy: the
        // layout kept is the plain one).
        std::unique_ptr<QTextDocument> doc(laidOut.clone());
        doc->setDefaultStyleSheet(QString());
        QTextCursor all(doc.get());
        all.select(QTextCursor::Document);
        QTextCharFormat format;
        format.setForeground(option.palette.highlightedText());
        all.mergeCharFormat(format);
        doc->drawContents(painter, QRectF(0, 0, doc->textWidth(), option.rect.height() - margin));
    } else {
        laidOut.drawContents(painter, QRectF(0, 0, laidOut.textWidth(), option.rect.height() - margin));
    }
    painter->restore();
}

QTextDocument& HitDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = textWidth(option, option.decorationSize.height(), margin);
    if (width != m_layoutWidth || m_layouts.size() > maxCached) {
        m_layouts.clear();
        m_layoutWidth = width;
    }
    const QString html = index.data(SearchResultModel::HtmlRole).toString();
    auto& doc = m_layouts[html + u'\x1f' + option.font.key()];
    if (!doc) {
        doc = std::make_shared<QTextDocument>();
        prepare(*doc, option, index, width);
    }
    return *doc;
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QTextDocument& doc = layout(option, index);
    const int iconSide = option.decorationSize.height();
    return QSize(int(doc.idealWidth()) + iconSide + 3 * margin,
                 qMax(iconSide, int(doc.size().height())) + 2 * margin);
}

} // namespace infodoc::ui

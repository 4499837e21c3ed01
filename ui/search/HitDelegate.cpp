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

    QTextDocument doc;
    prepare(doc, option, index, textWidth(option, iconSide, margin));
    painter->save();
    painter->translate(option.rect.left() + iconSide + 2 * margin, option.rect.top() + margin);
    if (option.state & QStyle::State_Selected) {
        // Keep the text readable on the selection colour.
        doc.setDefaultStyleSheet(QString());
        QTextCursor all(&doc);
        all.select(QTextCursor::Document);
        QTextCharFormat format;
        format.setForeground(option.palette.highlightedText());
        all.mergeCharFormat(format);
    }
    doc.drawContents(painter, QRectF(0, 0, doc.textWidth(), option.rect.height() - margin));
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument doc;
    const int iconSide = option.decorationSize.height();
    prepare(doc, option, index, textWidth(option, iconSide, margin));
    return QSize(int(doc.idealWidth()) + iconSide + 3 * margin,
                 qMax(iconSide, int(doc.size().height())) + 2 * margin);
}

} // namespace infodoc::ui

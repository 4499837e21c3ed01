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

QString cacheKey(const QString& html, const QFont& font)
{
    return html + u'\x1f' + font.key();
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

HitDelegate* HitDelegate::install(QListView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    auto* delegate = new HitDelegate(view);
    view->setItemDelegate(delegate);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setWordWrap(true);
    // Rows are as tall as their text, which depends on the width.
    view->setResizeMode(QListView::Adjust);
    return delegate;
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

std::shared_ptr<QTextDocument> HitDelegate::layOut(const QString& html, const QFont& font, int width)
{
    auto doc = std::make_shared<QTextDocument>();
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setTextWidth(width);
    // Both measures now, so that the view's first size request lays nothing out.
    doc->size();
    doc->idealWidth();
    return doc;
}

HitDelegate::Layouts HitDelegate::hint() const
{
    Layouts hint;
    hint.font = m_layoutFont;
    hint.width = m_layoutWidth;
    return hint;
}

void HitDelegate::keep(const Layouts& layouts)
{
    if (layouts.width != m_layoutWidth || layouts.font.key() != m_layoutFont.key())
        return; // the view changed meanwhile: its rows are laid out again when shown
    if (m_layouts.size() + layouts.documents.size() > maxCached)
        m_layouts.clear();
    for (const auto& [html, doc] : layouts.documents)
        m_layouts.insert(cacheKey(html, layouts.font), doc);
}

QTextDocument& HitDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = textWidth(option, option.decorationSize.height(), margin);
    if (width != m_layoutWidth || option.font.key() != m_layoutFont.key() || m_layouts.size() > maxCached) {
        m_layouts.clear();
        m_layoutWidth = width;
        m_layoutFont = option.font;
    }
    const QString html = index.data(SearchResultModel::HtmlRole).toString();
    auto& doc = m_layouts[cacheKey(html, option.font)];
    if (!doc)
        doc = layOut(html, option.font, width);
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

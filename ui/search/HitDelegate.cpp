#include "ui/search/HitDelegate.h"

#include "ui/search/SearchResultModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
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

// A row's text in `palette`, clipped to `clip` (the row's picture and the
// row drawn on the window both come through here).
void drawText(QPainter& painter, const QTextDocument& document, const QPalette& palette, const QRectF& clip)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.clip = clip;
    painter.setClipRect(clip);
    document.documentLayout()->draw(&painter, context);
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
    // A width that does not change with the number of hits: a scroll bar
    // coming and going made every row be laid out again, on the window's
    // thread, when a shorter or longer list landed.
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
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

    Row& laidOutRow = row(option, index);
    QTextDocument& laidOut = *laidOutRow.document;
    m_palette = option.palette;
    m_pixelRatio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPointF at(option.rect.left() + iconSide + 2 * margin, option.rect.top() + margin);
    if (option.state & QStyle::State_Selected) {
        // Keep the text readable on the selection colour (on a copy: the
        // layout kept is the plain one).
        painter->save();
        painter->translate(at);
        std::unique_ptr<QTextDocument> doc(laidOut.clone());
        doc->setDefaultStyleSheet(QString());
        QTextCursor all(doc.get());
        all.select(QTextCursor::Document);
        QTextCharFormat format;
        format.setForeground(option.palette.highlightedText());
        all.mergeCharFormat(format);
        doc->drawContents(painter, QRectF(0, 0, doc->textWidth(), option.rect.height() - margin));
        painter->restore();
    } else if (!laidOutRow.picture.isNull() && laidOutRow.picture.devicePixelRatio() == m_pixelRatio &&
               laidOutRow.ink == option.palette.text().color().rgba()) {
        painter->drawImage(at, laidOutRow.picture);
    } else {
        painter->save();
        painter->translate(at);
        drawText(*painter, laidOut, option.palette,
                 QRectF(0, 0, laidOut.textWidth(), option.rect.height() - margin));
        painter->restore();
    }
}

QImage HitDelegate::draw(const QTextDocument& document, const Layouts& hint)
{
    const QSizeF size(document.textWidth(), document.size().height());
    QImage picture((size * hint.pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (picture.isNull())
        return picture;
    picture.setDevicePixelRatio(hint.pixelRatio);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    drawText(painter, document, hint.palette, QRectF(QPointF(0, 0), size));
    return picture;
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
    hint.palette = m_palette;
    hint.pixelRatio = m_pixelRatio;
    return hint;
}

void HitDelegate::keep(const Layouts& layouts)
{
    if (layouts.width != m_layoutWidth || layouts.font.key() != m_layoutFont.key())
        return; // the view changed meanwhile: its rows are laid out again when shown
    if (m_layouts.size() + layouts.rows.size() > maxCached)
        m_layouts.clear();
    // Pictures for the rows that land only: a few megabytes at most.
    for (Row& kept : m_layouts)
        kept.picture = QImage();
    const QRgb ink = layouts.palette.text().color().rgba();
    for (const auto& [html, laidOut] : layouts.rows) {
        Row& r = m_layouts[cacheKey(html, layouts.font)];
        r = laidOut;
        r.ink = ink;
    }
}

QTextDocument& HitDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return *row(option, index).document;
}

HitDelegate::Row& HitDelegate::row(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = textWidth(option, option.decorationSize.height(), margin);
    if (width != m_layoutWidth || option.font.key() != m_layoutFont.key() || m_layouts.size() > maxCached) {
        m_layouts.clear();
        m_layoutWidth = width;
        m_layoutFont = option.font;
    }
    const QString html = index.data(SearchResultModel::HtmlRole).toString();
    Row& r = m_layouts[cacheKey(html, option.font)];
    if (!r.document)
        r.document = layOut(html, option.font, width);
    return r;
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QTextDocument& doc = layout(option, index);
    const int iconSide = option.decorationSize.height();
    return QSize(int(doc.idealWidth()) + iconSide + 3 * margin,
                 qMax(iconSide, int(doc.size().height())) + 2 * margin);
}

} // namespace infodoc::ui

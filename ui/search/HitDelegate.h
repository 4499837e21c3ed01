#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

class QTextDocument;

class QListView;

namespace infodoc::ui {

// Draws a search hit: the type icon, then its rich text (title, facts,
// snippet with the words in bold, pages of the attachments).
class HitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HitDelegate(QObject* parent = nullptr);
    // Shows `model`'s hits in `view` with this delegate: rows as tall as their
    // text at the view's width, scrolled by the pixel.
    static void install(QListView* view, QAbstractItemModel* model);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // The hit's text laid out at the view's width, kept between the view's
    // calls for sizes and painting (laying a row out again each time held the
    // window when a list of hits landed).
    QTextDocument& layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    static constexpr int margin = 6;
    static constexpr int maxCached = 256;
    mutable QHash<QString, std::shared_ptr<QTextDocument>> m_layouts; // by HTML, at m_layoutWidth
    mutable int m_layoutWidth = -1;
};

} // namespace infodoc::ui

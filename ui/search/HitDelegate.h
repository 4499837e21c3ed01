#pragma once

#include <QStyledItemDelegate>

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
    static constexpr int margin = 6;
};

} // namespace infodoc::ui

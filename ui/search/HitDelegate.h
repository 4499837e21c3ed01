#pragma once

#include <QFont>
#include <QHash>
#include <QList>
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
    static HitDelegate* install(QListView* view, QAbstractItemModel* model);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Hits laid out before they are shown, away from the window's thread (the
    // search's worker lays out the hits it found: a list landing then costs
    // the window only its paint).
    struct Layouts
    {
        QFont font;
        int width = -1; // -1: nothing laid out yet, so nothing to prepare
        QList<std::pair<QString, std::shared_ptr<QTextDocument>>> documents; // by HTML
    };
    // The font and width of the last rows laid out (documents empty).
    Layouts hint() const;
    // Lays `html` out as a row at `width`; callable from any thread (the
    // document belongs to the calling thread until moved).
    static std::shared_ptr<QTextDocument> layOut(const QString& html, const QFont& font, int width);
    // Keeps rows laid out elsewhere, if the view is still at their width and font.
    void keep(const Layouts& layouts);

private:
    // The hit's text laid out at the view's width, kept between the view's
    // calls for sizes and painting (laying a row out again each time held the
    // window when a list of hits landed).
    QTextDocument& layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    static constexpr int margin = 6;
    static constexpr int maxCached = 256;
    mutable QHash<QString, std::shared_ptr<QTextDocument>> m_layouts; // by HTML, at m_layoutWidth
    mutable int m_layoutWidth = -1;
    mutable QFont m_layoutFont;
};

} // namespace infodoc::ui

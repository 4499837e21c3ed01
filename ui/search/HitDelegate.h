#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPalette>
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
    struct Row
    {
        std::shared_ptr<QTextDocument> document;
        // The text drawn once, in the view's colours and pixel ratio: the
        // window then copies pixels instead of drawing text (painting twenty
        // rich-text rows as the list landed held it over 16 ms). Null for
        // rows laid out on the window's thread.
        QImage picture;
        QRgb ink = 0; // the text colour it was drawn in
    };
    struct Layouts
    {
        QFont font;
        int width = -1; // -1: nothing laid out yet, so nothing to prepare
        QPalette palette;
        qreal pixelRatio = 1;
        QList<std::pair<QString, Row>> rows; // by HTML
    };
    // The font, width, colours and pixel ratio of the view's rows (no rows).
    Layouts hint() const;
    // Lays `html` out as a row at `width`; callable from any thread (the
    // document belongs to the calling thread until moved).
    static std::shared_ptr<QTextDocument> layOut(const QString& html, const QFont& font, int width);
    // `document` drawn as `hint` says; callable from any thread.
    static QImage draw(const QTextDocument& document, const Layouts& hint);
    // Keeps rows laid out elsewhere, if the view is still at their width and
    // font; the pictures of the rows kept before are let go.
    void keep(const Layouts& layouts);

private:
    // The hit's text laid out at the view's width, kept between the view's
    // calls for sizes and painting (laying a row out again each time held the
    // window when a list of hits landed).
    QTextDocument& layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    static constexpr int margin = 6;
    static constexpr int maxCached = 256;
    Row& row(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    mutable QHash<QString, Row> m_layouts; // by HTML, at m_layoutWidth
    mutable int m_layoutWidth = -1;
    mutable QFont m_layoutFont;
    mutable QPalette m_palette;     // of the last rows painted
    mutable qreal m_pixelRatio = 1; // of the view, when last painted
};

} // namespace infodoc::ui

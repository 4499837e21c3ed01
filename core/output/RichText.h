#pragma once

#include <QList>
#include <QString>

namespace infodoc::core {

// A short run of text with the few styles a reference needs: italic titles
// and web addresses. Appending merges punctuation the way reference styles
// do ("Pourquoi ?" followed by ". " gives "Pourquoi ? ").
class RichText
{
public:
    enum class Style
    {
        Plain,
        Italic,
        Link
    };
    struct Span
    {
        QString text;
        Style style = Style::Plain;
    };

    RichText() = default;
    RichText(const QString& text, Style style = Style::Plain) { append(text, style); }

    RichText& append(const QString& text, Style style = Style::Plain);
    RichText& append(const RichText& other);
    // `prefix` + this + `suffix`, or nothing when this is empty.
    RichText affixed(const QString& prefix, const QString& suffix) const;

    bool isEmpty() const { return m_spans.isEmpty(); }
    QString toPlainText() const;
    // Escaped XHTML: <i> for titles, <a href> for addresses.
    QString toHtml() const;
    RichText trimmed() const;

private:
    QList<Span> m_spans;
};

} // namespace infodoc::core

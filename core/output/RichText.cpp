#include "core/output/RichText.h"

namespace infodoc::core {

namespace {

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!' || c == u'…';
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

RichText& RichText::append(const QString& input, Style style)
{
    QString text = input;
    if (text.isEmpty())
        return *this;
    if (text.startsWith(u'.') && !m_spans.isEmpty()) {
        // "Titre ?" or "2019. " followed by ". ": the period is already there.
        const QString& last = m_spans.constLast().text;
        qsizetype end = last.size();
        while (end > 0 && last.at(end - 1).isSpace())
            --end;
        if (end > 0 && endsSentence(last.at(end - 1)))
            text.remove(0, 1);
        // One space between two parts, whatever their affixes say.
        if (end < last.size())
            while (!text.isEmpty() && text.front().isSpace())
                text.remove(0, 1);
    }
    if (text.isEmpty())
        return *this;
    if (!m_spans.isEmpty() && m_spans.constLast().style == style)
        m_spans.last().text += text;
    else
        m_spans.append({text, style});
    return *this;
}

RichText& RichText::append(const RichText& other)
{
    for (const Span& s : other.m_spans)
        append(s.text, s.style);
    return *this;
}

RichText RichText::affixed(const QString& prefix, const QString& suffix) const
{
    if (isEmpty())
        return {};
    RichText t;
    t.append(prefix).append(*this).append(suffix);
    return t;
}

QString RichText::toPlainText() const
{
    QString s;
    for (const Span& span : m_spans)
        s += span.text;
    return s;
}

QString RichText::toHtml() const
{
    QString s;
    for (const Span& span : m_spans) {
        switch (span.style) {
        case Style::Plain:
            s += escaped(span.text);
            break;
        case Style::Italic:
            s += QStringLiteral("<i>") + escaped(span.text) + QStringLiteral("</i>");
            break;
        case Style::Link:
            s += QStringLiteral("<a href=\"") + escaped(span.text) + QStringLiteral("\">") +
                 escaped(span.text) + QStringLiteral("</a>");
            break;
        }
    }
    return s;
}

RichText RichText::trimmed() const
{
    RichText t = *this;
    while (!t.m_spans.isEmpty()) {
        QString& last = t.m_spans.last().text;
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
        if (!last.isEmpty())
            break;
        t.m_spans.removeLast();
    }
    while (!t.m_spans.isEmpty()) {
        QString& first = t.m_spans.first().text;
        while (!first.isEmpty() && first.front().isSpace())
            first.remove(0, 1);
        if (!first.isEmpty())
            break;
        t.m_spans.removeFirst();
    }
    return t;
}

} // namespace infodoc::core

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace infodoc::core {

// Writes small text-only PDFs (Helvetica, WinAnsi encoding, A4) straight to
// bytes: fast enough to generate thousands of attachments for the demo
// catalogue without a GUI. Real PDFs, read back by Poppler in the tests.
class SimplePdfWriter
{
public:
    void setTitle(const QString& title) { m_title = title; }
    // Starts a new page.
    void newPage();
    void addHeading(const QString& text);
    // Wrapped at about 90 characters; flows onto a new page when full.
    void addParagraph(const QString& text);
    int pageCount() const { return int(m_pages.size()); }
    QByteArray toPdf() const;

private:
    void addLine(const QString& text, int size);

    struct Page
    {
        QByteArray content;
        int y = 0;
    };
    QList<Page> m_pages;
    QString m_title;
};

} // namespace infodoc::core

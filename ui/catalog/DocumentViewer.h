#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QScrollArea;
class QSpinBox;

namespace infodoc::core {
class Clock;
class Database;
class PdfDocument;
} // namespace infodoc::core

namespace infodoc::ui {

// An attached PDF read inside Infodoc: a page at a time, opened at the page
// where the searched words are, those words highlighted, with the pages
// that hold them a click away.
class DocumentViewer : public QDialog
{
    Q_OBJECT

public:
    // `pages` (from 1): where the index found the words of `stems`.
    DocumentViewer(std::unique_ptr<core::PdfDocument> pdf, const QString& title, const QStringList& stems,
                   const QList<int>& pages, QWidget* parent = nullptr);
    ~DocumentViewer() override;

    // Opens attachment `attachmentId` at `page` (from 1; 0: the first of `pages`,
    // else the first). Other kinds of files open in their own program.
    static void open(core::Database& db, const core::Clock& clock, qint64 attachmentId, int page,
                     const QStringList& stems, const QList<int>& pages, QWidget* parent);

    void showPage(int page); // from 1
    int currentPage() const { return m_page; }
    int highlightCount() const { return m_highlights; }
    QList<int> pagesWithWords() const { return m_pagesWithWords; }

private:
    void render();
    void zoom(double factor);

    std::unique_ptr<core::PdfDocument> m_pdf;
    QStringList m_stems;
    QList<int> m_pagesWithWords;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_image = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QLabel* m_info = nullptr;
    int m_page = 1;
    int m_highlights = 0;
    double m_zoom = 1.0;
};

} // namespace infodoc::ui

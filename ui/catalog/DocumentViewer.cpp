#include "ui/catalog/DocumentViewer.h"

#include "core/catalog/AttachmentStore.h"
#include "core/search/ExtractedText.h"
#include "core/search/PdfDocument.h"
#include "core/storage/Database.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

DocumentViewer::DocumentViewer(std::unique_ptr<PdfDocument> pdf, const QString& title,
                               const QStringList& stems, const QList<int>& pages, QWidget* parent)
    : QDialog(parent), m_pdf(std::move(pdf)), m_stems(stems), m_pagesWithWords(pages)
{
    setObjectName(QStringLiteral("documentViewer"));
    setWindowTitle(title);
    resize(900, 1000);

    auto* previous = new QPushButton(tr("&Previous"), this);
    previous->setToolTip(tr("Previous page (Page Up)"));
    auto* next = new QPushButton(tr("&Next"), this);
    next->setToolTip(tr("Next page (Page Down)"));
    m_pageBox = new QSpinBox(this);
    m_pageBox->setObjectName(QStringLiteral("viewerPage"));
    m_pageBox->setAccessibleName(tr("Page"));
    m_pageBox->setRange(1, m_pdf->pageCount());
    auto* pageLabel = new QLabel(tr("P&age:"), this);
    pageLabel->setBuddy(m_pageBox);
    auto* of = new QLabel(tr("of %1").arg(m_pdf->pageCount()), this);
    auto* smaller = new QPushButton(tr("−"), this);
    smaller->setAccessibleName(tr("Zoom out (Ctrl+-)"));
    auto* larger = new QPushButton(tr("+"), this);
    larger->setAccessibleName(tr("Zoom in (Ctrl++)"));
    smaller->setFixedWidth(smaller->sizeHint().height() + 8);
    larger->setFixedWidth(larger->sizeHint().height() + 8);
    auto* nextHit = new QPushButton(tr("Next page with the &words"), this);
    nextHit->setEnabled(!m_pagesWithWords.isEmpty());
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("viewerInfo"));

    connect(previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_page)
            showPage(page);
    });
    connect(smaller, &QPushButton::clicked, this, [this] { zoom(1 / 1.25); });
    connect(larger, &QPushButton::clicked, this, [this] { zoom(1.25); });
    connect(nextHit, &QPushButton::clicked, this, [this] {
        for (int p : std::as_const(m_pagesWithWords))
            if (p > m_page)
                return showPage(p);
        if (!m_pagesWithWords.isEmpty())
            showPage(m_pagesWithWords.first());
    });
    auto shortcut = [this](const QKeySequence& key, const std::function<void()>& slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { showPage(m_page + 1); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { showPage(m_page - 1); });
    shortcut(QKeySequence::ZoomIn, [this] { zoom(1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { zoom(1 / 1.25); });

    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_image->setAccessibleName(tr("Page of the document"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(pageLabel);
    bar->addWidget(m_pageBox);
    bar->addWidget(of);
    bar->addWidget(smaller);
    bar->addWidget(larger);
    bar->addWidget(nextHit);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_info);
    layout->addWidget(m_scroll, 1);
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::open(Database& db, const Clock& clock, qint64 attachmentId, int page,
                          const QStringList& stems, const QList<int>& pages, QWidget* parent)
{
    AttachmentStore store(db, clock);
    const auto attachment = store.attachment(attachmentId);
    if (!attachment) {
        QMessageBox::warning(parent, tr("Open a file"), attachment.errorMessage());
        return;
    }
    const QString path = store.pathOf(attachment->sha256);
    const bool isPdf = attachment->mimeType == QLatin1String("application/pdf") ||
                       attachment->fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    // A PDF that made the isolated text reader fail is not opened inside Infodoc either.
    // Not known (not read yet, or the state cannot be read): opened inside.
    const auto stored = Extraction::stored(db, attachment->sha256);
    const bool failedBefore =
        stored && *stored &&
        ((*stored)->state == ExtractionState::Damaged || (*stored)->state == ExtractionState::TimedOut ||
         (*stored)->state == ExtractionState::Failed);
    if (!isPdf || failedBefore) {
        // Other formats in the program the desktop chooses for them.
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            QMessageBox::warning(
                parent, tr("Open a file"),
                tr("No program opens %1.").arg(QDir::toNativeSeparators(attachment->fileName)));
        return;
    }
    auto pdf = PdfDocument::open(path);
    if (!pdf) {
        QMessageBox::warning(parent, tr("Open a file"),
                             tr("%1: %2").arg(attachment->fileName, pdf.errorMessage()));
        return;
    }
    DocumentViewer viewer(std::move(*pdf), attachment->fileName, stems, pages, parent);
    viewer.showPage(page > 0 ? page : pages.isEmpty() ? 1 : pages.first());
    viewer.exec();
}

void DocumentViewer::showPage(int page)
{
    if (page < 1 || page > m_pdf->pageCount())
        return;
    m_page = page;
    const QSignalBlocker blocker(m_pageBox);
    m_pageBox->setValue(page);
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

void DocumentViewer::zoom(double factor)
{
    m_zoom = qBound(0.25, m_zoom * factor, 4.0);
    render();
}

void DocumentViewer::render()
{
    const double dpi = 96.0 * m_zoom * devicePixelRatioF();
    QImage image = m_pdf->render(m_page - 1, dpi);
    const QList<QRectF> boxes = m_pdf->wordBoxes(m_page - 1, m_stems);
    m_highlights = int(boxes.size());
    if (!boxes.isEmpty()) {
        QPainter painter(&image);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 210, 0, 110));
        const double scale = dpi / 72.0; // points to pixels
        for (const QRectF& box : boxes)
            painter.drawRect(
                QRectF(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale)
                    .adjusted(-1, -1, 1, 1));
    }
    image.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(QPixmap::fromImage(image));
    QStringList pages;
    for (int p : std::as_const(m_pagesWithWords))
        pages.append(QString::number(p));
    m_info->setText(m_stems.isEmpty() ? QString()
                    : pages.isEmpty()
                        ? tr("The words searched for are not in this document.")
                        : tr("The words searched for are on page(s) %1.", nullptr, int(pages.size()))
                              .arg(pages.join(QStringLiteral(", "))));
}

} // namespace infodoc::ui

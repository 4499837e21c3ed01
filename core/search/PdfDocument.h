#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <memory>

namespace infodoc::core {

// A PDF opened for reading on screen: pages rendered as images, and where the
// words of a search stand on a page (to highlight them). Poppler stays in
// PopplerAdapter.cpp.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::PdfDocument)

public:
    ~PdfDocument();
    static Result<std::unique_ptr<PdfDocument>> open(const QString& path);

    int pageCount() const;
    // In points (1/72 inch); pages count from 0.
    QSizeF pageSize(int page) const;
    QImage render(int page, double dpi) const;
    // Boxes (in points) of the words of the page whose stem is one of `stems`
    // (the same French stemming as the index).
    QList<QRectF> wordBoxes(int page, const QStringList& stems) const;

private:
    struct Private;
    explicit PdfDocument(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace infodoc::core

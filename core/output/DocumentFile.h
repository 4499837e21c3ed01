#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace infodoc::core {

// Writes finished documents to disk: whole or not at all (QSaveFile), with
// an error that names the file.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::DocumentFile)

public:
    static Status saveBytes(const QByteArray& bytes, const QString& path);
    // A4 PDF with page numbers, or OpenDocument text.
    static Status savePdf(const QTextDocument& document, const QString& path, const QString& title);
    static Status saveOdt(const QTextDocument& document, const QString& path);
};

} // namespace infodoc::core

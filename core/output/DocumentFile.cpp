#include "output/DocumentFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace infodoc::core {

namespace {

Result<std::unique_ptr<QSaveFile>> openForWriting(const QString& path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{DocumentFile::tr("Cannot write %1: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()))};
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Error{
            DocumentFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString())};
    return file;
}

Status commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return Error{
            DocumentFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace

Status DocumentFile::saveBytes(const QByteArray& bytes, const QString& path)
{
    auto file = openForWriting(path);
    if (!file)
        return file.error();
    if ((*file)->write(bytes) != bytes.size()) {
        (*file)->cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), (*file)->errorString())};
    }
    return commit(**file, path);
}

Status DocumentFile::savePdf(const QTextDocument& document, const QString& path, const QString& title)
{
    auto file = openForWriting(path);
    if (!file)
        return file.error();
    {
        QPdfWriter writer(file->get());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Infodoc"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        writer.setResolution(300);
        document.print(&writer);
    }
    return commit(**file, path);
}

Status DocumentFile::saveOdt(const QTextDocument& document, const QString& path)
{
    // The ODF writer closes its device, which a QSaveFile refuses: write to
    // memory first.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Error{tr("Cannot write %1 as OpenDocument text.").arg(QDir::toNativeSeparators(path))};
    return saveBytes(bytes, path);
}

} // namespace infodoc::core

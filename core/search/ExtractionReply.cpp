#include "core/search/ExtractionReply.h"

namespace infodoc::core {

QByteArray ExtractionReply::encode(const ExtractedText& text)
{
    const QByteArray body = text.pages.join(u'\f').toUtf8();
    QString message = text.message;
    message.replace(u'\t', u' ').replace(u'\n', u' ');
    return Extraction::key(text.state).toUtf8() + '\t' + QByteArray::number(text.pageCount()) + '\t' +
           QByteArray::number(body.size()) + '\t' + message.toUtf8() + '\n' + body;
}

ExtractionReply::Status ExtractionReply::take(QByteArray& buffer, ExtractedText& out)
{
    const qsizetype eol = buffer.indexOf('\n');
    if (eol < 0)
        return buffer.size() > kMaxLine ? Status::Broken : Status::Incomplete;
    if (eol > kMaxLine)
        return Status::Broken;
    const QList<QByteArray> header = buffer.left(eol).split('\t');
    if (header.size() != 4)
        return Status::Broken;
    const auto state = Extraction::stateFromKey(QString::fromUtf8(header.at(0)));
    bool pagesOk = false;
    bool bytesOk = false;
    const int pages = header.at(1).toInt(&pagesOk);
    const qsizetype bytes = header.at(2).toLongLong(&bytesOk);
    if (!state || !pagesOk || !bytesOk || pages < 0 || pages > kMaxPages || bytes < 0 || bytes > kMaxText ||
        (pages == 0 && bytes > 0))
        return Status::Broken;
    if (buffer.size() - eol - 1 < bytes)
        return Status::Incomplete;
    out = {};
    out.state = *state;
    out.message = QString::fromUtf8(header.at(3));
    if (pages > 0)
        out.pages = QString::fromUtf8(buffer.constData() + eol + 1, bytes).split(u'\f');
    buffer.remove(0, eol + 1 + bytes);
    return Status::Whole;
}

} // namespace infodoc::core

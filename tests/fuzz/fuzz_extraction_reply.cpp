// What the text extractor sends back, from outside: the helper reads hostile
// files and may be subverted by one, so its answers are read as hostile too.
// The bytes arrive in pieces (the first byte says where they are cut); every
// answer taken whole must encode back to what reads the same, and a broken
// one stops the helper (the buffer is dropped, as the pool does).

#include "core/search/ExtractionReply.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace infodoc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QByteArray buffer;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        buffer += bytes.mid(at, piece);
        for (;;) {
            ExtractedText text;
            const ExtractionReply::Status status = ExtractionReply::take(buffer, text);
            if (status == ExtractionReply::Status::Incomplete)
                break;
            if (status == ExtractionReply::Status::Broken) {
                buffer.clear();
                break;
            }
            QByteArray again = ExtractionReply::encode(text);
            ExtractedText back;
            if (ExtractionReply::take(again, back) != ExtractionReply::Status::Whole || !again.isEmpty() ||
                back.state != text.state || back.pages != text.pages)
                std::abort();
        }
    }
    return 0;
}

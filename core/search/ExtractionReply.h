#pragma once

#include "core/search/ExtractedText.h"

#include <QByteArray>

namespace infodoc::core {

// The text extractor's answer for one file, on its standard output: a line
// "state<TAB>pages<TAB>bytes<TAB>message" then `bytes` bytes of UTF-8 text,
// the pages separated by form feeds. One writer (the helper) and one reader
// (the pool). The helper reads hostile files and may be subverted by one:
// what it sends back is read as hostile too — a size, a count or a state
// that does not fit, or a line that never ends, is a broken answer.
class ExtractionReply
{
public:
    enum class Status
    {
        Incomplete, // wait for more bytes
        Whole,      // one answer taken off the front of the buffer
        Broken,     // not an answer: the helper is to be replaced
    };

    static constexpr qsizetype kMaxLine = 64 * 1024;
    static constexpr qsizetype kMaxText = qsizetype(256) << 20; // the text of one file
    static constexpr int kMaxPages = 1000000;

    static QByteArray encode(const ExtractedText& text);
    static Status take(QByteArray& buffer, ExtractedText& out);
};

} // namespace infodoc::core

#include "core/search/ExtractionReply.h"
#include "core/search/ExtractionPool.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

using namespace infodoc::core;
using infodoc::test::writeFile;

namespace {

using Reply = ExtractionReply::Status;

Reply takeFrom(QByteArray bytes, ExtractedText& out, QByteArray* left = nullptr)
{
    const Reply s = ExtractionReply::take(bytes, out);
    if (left)
        *left = bytes;
    return s;
}

} // namespace

TEST_CASE("the text extractor's answers are read whole, in pieces, one after the other")
{
    const ExtractedText a{
        ExtractionState::Done, {QStringLiteral("Première page"), QStringLiteral("Deuxième é")}, {}};
    const ExtractedText b{ExtractionState::Damaged, {}, QStringLiteral("Le fichier\test abîmé\n")};
    const QByteArray both = ExtractionReply::encode(a) + ExtractionReply::encode(b);

    // Byte after byte, as a pipe may give them.
    QByteArray buffer;
    QList<ExtractedText> taken;
    for (char c : both) {
        buffer += c;
        ExtractedText t;
        const Reply s = ExtractionReply::take(buffer, t);
        REQUIRE(s != Reply::Broken);
        if (s == Reply::Whole)
            taken.append(t);
    }
    CHECK(buffer.isEmpty());
    REQUIRE(taken.size() == 2);
    CHECK(taken.at(0).state == ExtractionState::Done);
    CHECK(taken.at(0).pages == a.pages);
    CHECK(taken.at(1).state == ExtractionState::Damaged);
    CHECK(taken.at(1).pages.isEmpty());
    // Tabs and line breaks of a message cannot break the line.
    CHECK(taken.at(1).message == QStringLiteral("Le fichier est abîmé "));
}

TEST_CASE("a broken answer from the text extractor is said, never read past or waited for")
{
    ExtractedText t;
    CHECK(takeFrom("done\t1\t-5\tx\nabc", t) == Reply::Broken);      // a negative size
    CHECK(takeFrom("done\t1\t99999999999\t\n", t) == Reply::Broken); // more than any file's text
    CHECK(takeFrom("done\t-1\t0\t\n", t) == Reply::Broken);          // a negative count
    CHECK(takeFrom("done\t0\t4\t\nabcd", t) == Reply::Broken);       // text without a page
    CHECK(takeFrom("done\tdeux\t4\t\nabcd", t) == Reply::Broken);    // not a number
    CHECK(takeFrom("finished\t1\t1\t\nx", t) == Reply::Broken);      // not a state
    CHECK(takeFrom("done\t1\t1\n", t) == Reply::Broken);             // a field missing
    CHECK(takeFrom("done\t1\t1\tm\textra\nx", t) == Reply::Broken);  // one too many
    // A line that never ends: broken once it is longer than any answer's line.
    CHECK(takeFrom(QByteArray(ExtractionReply::kMaxLine, 'x'), t) == Reply::Incomplete);
    CHECK(takeFrom(QByteArray(ExtractionReply::kMaxLine + 1, 'x'), t) == Reply::Broken);
    // Whole but for its text: wait, and leave the buffer as it is.
    QByteArray left;
    CHECK(takeFrom("done\t1\t10\t\nabc", t, &left) == Reply::Incomplete);
    CHECK(left == "done\t1\t10\t\nabc");
}

TEST_CASE("a text extractor sending garbage costs its file and is replaced, without waiting for the time-out")
{
    QTemporaryDir dir;
    // The first helper answers with a size that does not fit; the one started
    // after it, with a line that never ends.
    const QString liar = writeFile(dir.filePath(QStringLiteral("liar.sh")),
                                   "#!/bin/sh\nread line\n"
                                   "if [ -e \"$0.again\" ]; then head -c 70000 /dev/zero | tr '\\0' x; "
                                   "exec sleep 60; fi\n"
                                   ": > \"$0.again\"\nprintf 'done\\t1\\t-7\\tok\\n'\nexec sleep 60\n");
    QFile::setPermissions(liar, QFile::ReadOwner | QFile::ExeOwner);
    const QList<ExtractionPool::Job> jobs = {{QStringLiteral("/a.pdf"), {}}, {QStringLiteral("/b.pdf"), {}}};
    ExtractionPool::Options o;
    o.helperPath = liar;
    o.workers = 1;
    o.timeoutMs = 30000;
    QMap<int, ExtractedText> results;
    QElapsedTimer timer;
    timer.start();
    ExtractionPool(o).run(jobs, [&](int job, const ExtractedText& r) { results.insert(job, r); });
    REQUIRE(results.size() == 2);
    for (const ExtractedText& r : results) {
        CHECK(r.state == ExtractionState::Damaged);
        CHECK(r.message.contains(QStringLiteral("broken answer")));
    }
    CHECK(timer.elapsed() < 15000); // well before the 30 s time-out
}

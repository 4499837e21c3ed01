#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace infodoc::test {

// A real catalogue file in a temporary folder, with the starter thesaurus
// and territories, and a clock the test controls.
class TestCatalogue
{
public:
    explicit TestCatalogue(bool withStarterData = true);

    core::Database& db() { return *m_db; }
    core::FixedClock& clock() { return m_clock; }
    QString path() const { return m_db->path(); }
    QString dir() const { return m_dir.path(); }
    // Reopens the catalogue (a second connection, as another window would).
    std::unique_ptr<core::Database> openAgain() const;
    qint64 scalar(const QString& sql) const;
    // Lends the copy to a test borrower (created the first time) through
    // the circulation service: the only way a copy goes out.
    void lend(const QString& copyBarcode);

private:
    QTemporaryDir m_dir;
    core::FixedClock m_clock;
    std::unique_ptr<core::Database> m_db;
};

QByteArray fileBytes(const QString& path);
// Writes `bytes` to `path` (replacing it) and returns the path.
QString writeFile(const QString& path, const QByteArray& bytes);

// A catalogue file at `path` made from an SQL dump of an older schema
// (tests/data/migrations/vNN.sql), as that version of Infodoc left it, then
// `more` statements run on it (rows added for a test); throws naming the
// statement that fails.
void loadDump(const QString& dump, const QString& path, const QStringList& more = {});

// The ISO 2709 file `out` that YAZ writes (yaz-marcdump -i line -o marc) from
// a record in YAZ's line format; throws if YAZ fails.
QString marcFromLineFormat(const QString& lineFile, const QString& out);
// A real A4 PDF with one text paragraph per page (or, without `text`, a grey
// square instead: a page with no text layer); returns the path.
QString writePdf(const QString& path, const QStringList& pages, bool text = true);
// A PDF without a text layer whose pages are pictures of `pages` (a scan).
QString writeScannedPdf(const QString& path, const QStringList& pages);

} // namespace infodoc::test

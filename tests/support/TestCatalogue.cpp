#include "support/TestCatalogue.h"

#include "core/catalog/StarterData.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <stdexcept>

namespace infodoc::test {

TestCatalogue::TestCatalogue(bool withStarterData)
    : m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC))
{
    auto db = core::Database::open(m_dir.filePath(QStringLiteral("catalogue.sqlite")),
                                   core::Database::OpenMode::CreateIfMissing);
    if (!db)
        throw std::runtime_error(db.errorMessage().toStdString());
    m_db = std::move(*db);
    if (withStarterData) {
        if (auto s = core::StarterData::install(*m_db, m_clock); !s)
            throw std::runtime_error(s.errorMessage().toStdString());
    }
}

std::unique_ptr<core::Database> TestCatalogue::openAgain() const
{
    auto db = core::Database::open(m_db->path(), core::Database::OpenMode::ExistingOnly);
    if (!db)
        throw std::runtime_error(db.errorMessage().toStdString());
    return std::move(*db);
}

qint64 TestCatalogue::scalar(const QString& sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        throw std::runtime_error(QString(QStringLiteral("query failed: ") + sql).toStdString());
    return q.value(0).toLongLong();
}

void TestCatalogue::lend(const QString& copyBarcode)
{
    core::Borrowers borrowers(*m_db, m_clock);
    auto known = borrowers.byCard(QStringLiteral("TEST-CARD"));
    if (!known)
        throw std::runtime_error(known.errorMessage().toStdString());
    qint64 id = *known ? (*known)->id : 0;
    if (!id) {
        core::Borrower b;
        b.name = QStringLiteral("Lecteur, Test");
        b.card = QStringLiteral("TEST-CARD");
        b.categoryId = 4; // the centre's team: ten items at once
        auto added = borrowers.add(b);
        if (!added)
            throw std::runtime_error(added.errorMessage().toStdString());
        id = *added;
    }
    auto circulation = core::Circulation::open(*m_db, m_clock);
    if (!circulation)
        throw std::runtime_error(circulation.errorMessage().toStdString());
    auto done = circulation->checkout(copyBarcode, id);
    if (!done)
        throw std::runtime_error(done.errorMessage().toStdString());
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error(QString(QStringLiteral("cannot write ") + path).toStdString());
    return path;
}

void loadDump(const QString& dump, const QString& path, const QStringList& more)
{
    QFile f(dump);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(QString(QStringLiteral("cannot read ") + dump).toStdString());
    const QStringList statements = core::Migrations::splitStatements(QString::fromUtf8(f.readAll())) + more;
    const QString connection = QStringLiteral("infodoc-dump");
    QString failed;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            failed = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const QString stamp =
                QStringLiteral("PRAGMA application_id = %1").arg(core::Database::applicationId);
            for (const QString& statement : QStringList{stamp} + statements) {
                if (!q.exec(statement)) {
                    failed = q.lastError().text() + QStringLiteral(" in: ") + statement.left(200);
                    break;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failed.isEmpty())
        throw std::runtime_error(QString(dump + QStringLiteral(": ") + failed).toStdString());
}

QString marcFromLineFormat(const QString& lineFile, const QString& out)
{
    QProcess yaz;
    yaz.setStandardOutputFile(out);
    yaz.start(QStringLiteral("yaz-marcdump"), {QStringLiteral("-i"), QStringLiteral("line"),
                                               QStringLiteral("-o"), QStringLiteral("marc"), lineFile});
    if (!yaz.waitForFinished(20000) || yaz.exitStatus() != QProcess::NormalExit || yaz.exitCode() != 0)
        throw std::runtime_error(QString(QStringLiteral("yaz-marcdump failed on ") + lineFile).toStdString());
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString writePdf(const QString& path, const QStringList& pages, bool text)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (text)
            painter.drawText(QRect(200, 200, 8000, 2000), Qt::TextWordWrap, pages.at(i));
        else
            painter.fillRect(QRect(200, 200, 3000, 3000), Qt::darkGray);
    }
    painter.end();
    return path;
}

QString writeScannedPdf(const QString& path, const QStringList& pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(200);
    QPainter painter(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        // A4 at 200 dpi, black type on white, as a scanner gives it.
        QImage scan(1654, 2339, QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        QPainter type(&scan);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(44);
        type.setFont(font);
        type.setPen(Qt::black);
        type.drawText(QRect(150, 200, 1350, 1900), Qt::TextWordWrap, pages.at(i));
        type.end();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), scan);
    }
    painter.end();
    return path;
}

} // namespace infodoc::test

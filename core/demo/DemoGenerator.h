#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>

namespace infodoc::core {

class Clock;
class Database;

// Writes a realistic French sample catalogue: every document type,
// authorities, subjects and territories from the starter data, copies,
// generated PDFs attached to about one record in ten, and borrowers with a
// copy in twenty out on loan (some late), lent through the circulation
// service like at the desk.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::DemoGenerator)

public:
    struct Options
    {
        int records = 1000;
        int pdfEvery = 10; // one record in N gets a PDF; 0 for none
        quint32 seed = 1;
    };
    struct Summary
    {
        int records = 0;
        int pdfs = 0;
        int pdfPages = 0;
        int borrowers = 0;
        int loans = 0;
    };
    using Progress = std::function<bool(int done, int total)>; // false cancels

    DemoGenerator(Database& db, const Clock& clock);

    // All or nothing: one transaction; a cancelled run writes no record.
    Result<Summary> generate(const Options& options, const Progress& progress = {});

    // One record and the text of its PDF, without writing anything.
    Record makeRecord(int number);
    QByteArray makePdf(const Record& record, int* pages);

private:
    Status loadVocabulary();
    QString pick(const QStringList& list);
    QString personName();
    QString paragraph(const QStringList& themes);
    Status lend(const QStringList& barcodes, int borrowers, Summary& summary);

    Database& m_db;
    const Clock& m_clock;
    QRandomGenerator m_random;
    QStringList m_subjects;
    QStringList m_communes;
    QStringList m_neighbourhoods;
    QStringList m_intercommunalities;
};

} // namespace infodoc::core

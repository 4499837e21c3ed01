#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace infodoc::core {

class Clock;
class Database;

// A table of the report: rows of values under columns ("2026", "2025" for a
// period beside the previous one; "Loans", "Visits"… for the evolution over
// several years), and the chart it is drawn as.
struct ReportTable
{
    enum class Chart
    {
        None,
        Bars,   // one bar per row and column
        Shares, // the first column's shares of the whole
        Lines,  // rows in order (months, years), one line per column
    };
    struct Row
    {
        QString key;   // the stored value ("commune", "2026-03", a record number)
        QString label; // what the reader sees
        QList<double> values;
    };
    QString key;
    QString title;
    QString labelHeading;
    QStringList columns;
    QList<Row> rows;
    Chart chart = Chart::None;
    int decimals = 0;
};

// A section of the report: its headline figures (this period, the previous
// one) and its tables. A section whose module holds nothing for the period
// says why instead of showing zeros.
struct ReportSection
{
    QString key; // documents, circulation, visits, requests, publications, evolution
    QString title;
    bool available = true;
    QString note;        // why it is not available, or how a figure is counted
    ReportTable figures; // key "figures": one row per figure, columns [period, previous]
    QList<ReportTable> tables;
};

struct ActivityReport
{
    QDate from;
    QDate to;
    QDate previousFrom;
    QDate previousTo;
    QString centre;
    QString introduction; // written by the documentalist
    QList<ReportSection> sections;

    const ReportSection* section(const QString& key) const;
    // A figure's value this period (or the previous one), 0 when absent.
    double figure(const QString& section, const QString& key, bool previous = false) const;
};

// The annual activity report, for any period (a calendar year by default):
// the documentary space, circulation, appointments and visits, Info-Doc,
// publications, each beside the previous period of the same length, and the
// evolution over five years. Built from the monthly totals that loans,
// visits and requests write as they happen (never from names), so a year
// whose loans were anonymised reports the same; the catalogue's own tables
// give the records, copies, attachments, periodicals and what was most
// borrowed and consulted.
class ActivityReports
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ActivityReports)

public:
    // The sections, in order, with their titles.
    static QStringList sectionKeys();
    static QString sectionTitle(const QString& key);
    // The calendar year the report is usually made for on `today`: the
    // past one in the first quarter, else this one.
    static std::pair<QDate, QDate> defaultPeriod(const QDate& today);

    using Progress = std::function<bool(int done, int total)>; // false cancels
    // `sections` empty: all of them.
    static Result<ActivityReport> build(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                                        const QStringList& sections = {}, const Progress& progress = {});

    // Every figure and table by section, keyed for scripts.
    static QJsonObject toJson(const ActivityReport& report);
};

} // namespace infodoc::core

#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"
#include "core/output/SheetTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace infodoc::core {

class Database;

// One experience sheet ready to be laid out: the record's values put in the
// template's order under the template's labels. Texts are as catalogued;
// French typography is applied by the writers.
struct SheetDocument
{
    struct Item
    {
        SheetField field = SheetField::Context;
        QString label;
        QStringList values; // facts: one value each; sections: paragraphs
    };

    Record record;
    QStringList territories;    // communes, intercommunalities, départements…
    QStringList neighbourhoods; // priority neighbourhoods
    QStringList leads;          // lead organisations
    QStringList partners;
    QString period; // "1er septembre 2019 – 30 juin 2020"
    QList<Item> facts;
    QList<Item> sections;
};

class ExperienceSheets
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ExperienceSheets)

public:
    using Progress = std::function<bool(int done, int total)>; // false cancels
    using IsNeighbourhood = std::function<bool(const QString& territory)>;

    explicit ExperienceSheets(Database& db) : m_db(db) {}

    // Reads the records; every one must exist and be an experience sheet,
    // otherwise the error names the first that is not, and nothing is returned.
    Result<QList<SheetDocument>> load(const QList<qint64>& ids, const SheetTemplate& sheetTemplate,
                                      const Progress& progress = {}) const;

    // The experience sheets among `ids`, in the same order.
    Result<QList<qint64>> sheetsAmong(const QList<qint64>& ids) const;

    static SheetDocument build(const Record& record, const SheetTemplate& sheetTemplate,
                               const IsNeighbourhood& isNeighbourhood);
    // "1er septembre 2019 – 30 juin 2020", "mars 2021 – en cours".
    static QString period(const QString& start, const QString& end);
    // An ISO date, possibly partial, in words.
    static QString dateInWords(const QString& iso);

private:
    Database& m_db;
};

} // namespace infodoc::core

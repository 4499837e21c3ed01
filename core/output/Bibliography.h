#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"
#include "core/interop/CslItem.h"
#include "core/output/CentreIdentity.h"
#include "core/output/Iso690.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace infodoc::core {

class Database;

struct BibliographyOptions
{
    enum class Order
    {
        Author, // author, then year: the order of the author-date style
        Date,   // newest first
        Title,
    };
    enum class Grouping
    {
        None,
        Type,
        Subject,   // the top descriptor (theme) of the record's first subject
        Territory, // the record's first territory
    };

    Iso690::Options reference;
    Order order = Order::Author;
    Grouping grouping = Grouping::None;
    bool abstracts = false;
    bool holdings = false; // call numbers and availability of the documentation space
    QString title;
    QString introduction;

    static std::optional<Order> orderFromKey(const QString& key);
    static std::optional<Grouping> groupingFromKey(const QString& key);
    static std::optional<Iso690::Style> styleFromKey(const QString& key);
};

// A bibliography ready to be written: headings, numbered references, and
// what goes with them. Built once, written to any format.
struct Bibliography
{
    struct Entry
    {
        qint64 recordId = 0;
        int number = 0; // numeric style: 1, 2, ...
        CslItem item;
        RichText reference;
        QString abstract;
        QString holdings; // "Cote : REN 2 DUP — disponible (salle de documentation)"
    };
    struct Group
    {
        QString heading; // empty without grouping
        QList<Entry> entries;
    };

    QString title;
    QString introduction;
    CentreIdentity centre;
    Iso690::Style style = Iso690::Style::AuthorDate;
    bool abstracts = false;
    QList<Group> groups;

    int count() const;
};

class BibliographyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::BibliographyBuilder)

public:
    // Theme of a descriptor for grouping by subject: its top term.
    using ThemeOf = std::function<QString(const QString& descriptor)>;

    static Bibliography build(const QList<Record>& records, const BibliographyOptions& options,
                              const CentreIdentity& centre = {}, const ThemeOf& themeOf = {});

    using Progress = std::function<bool(int done, int total)>; // false cancels
    // Reads the records `ids` (in that order), the centre's identity and the
    // themes of the thesaurus from the catalogue. An unknown record fails the
    // whole call with its number.
    static Result<Bibliography> fromCatalogue(Database& db, const QList<qint64>& ids,
                                              const BibliographyOptions& options,
                                              const Progress& progress = {});

    static QString holdings(const Record& record);
};

} // namespace infodoc::core

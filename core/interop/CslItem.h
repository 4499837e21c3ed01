#pragma once

#include "core/catalog/Record.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace infodoc::core {

struct CslName
{
    QString family;
    QString given;
    QString literal; // organisations

    bool operator==(const CslName&) const = default;
};

struct CslDate
{
    int year = 0;
    int month = 0;
    int day = 0;

    bool isEmpty() const { return year == 0; }
    static CslDate fromIso(const QString& iso);
};

// A record seen as a bibliographic reference, in the vocabulary of the
// Citation Style Language (CSL 1.0): what the ISO 690 formatter reads and
// what the CSL-JSON, RIS and BibTeX exports write.
struct CslItem
{
    QString id;   // "infodoc-<record id>"
    QString type; // book, chapter, article-journal, report, thesis, webpage, motion_picture
    QList<CslName> authors;
    QList<CslName> editors;
    bool editorsDirect = false; // "sous la direction de" rather than a scientific editor
    QString title;              // title and subtitle
    QString containerTitle;
    QString collectionTitle;
    QString collectionNumber;
    QString publisher;
    QString publisherPlace;
    QString edition;
    QString volume;
    QString issue;
    QString page;
    QString genre;
    QString medium;
    QString isbn;
    QString issn;
    QString url;
    QString abstract;
    QString language;
    QString extent;
    QStringList keywords; // the record's subjects and keywords
    CslDate issued;
    CslDate accessed;
    qint64 recordId = 0;

    static CslItem fromRecord(const Record& record);
    // IETF tag ("fr") of the catalogue's ISO 639-2/B code ("fre"); empty when unknown.
    static QString languageTag(const QString& code);
    // The other way: the ISO 639-2/B code of an IETF tag ("fr", "fr-FR"), of a
    // language's name in English or French ("french", "français") or of a
    // code already ("fre"); empty when unknown.
    static QString languageCode(const QString& tagOrName);
    static CslName nameOf(const Responsibility& responsibility);

    // The CSL-JSON object; the abstract only when asked.
    QJsonObject toJson(bool withAbstract) const;
};

} // namespace infodoc::core

#pragma once

#include "core/catalog/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace infodoc::core {

struct Responsibility
{
    QString name; // "Nom, Prénom" for persons
    AuthorityKind kind = AuthorityKind::Person;
    Role role = Role::Author;
    qint64 authorityId = 0; // filled when read from the catalogue
};

struct Copy
{
    qint64 id = 0;
    QString barcode;
    QString callNumber;
    QString location;
    // OnLoan when the copy has an open loan (read from the loans: availability
    // has one owner); then `due` is the loan's due date.
    CopyStatus status = CopyStatus::Available;
    QDate due;
};

// Structured part of an experience sheet (fiche d'expérience). The lead
// organisation and partners are responsibilities; the territory and the
// priority neighbourhood are territories of the record.
struct ExperienceSheet
{
    QString context; // the situation the experience answers
    QString targetPublic;
    QString objectives;
    QString description; // the actions
    QString means;       // means and funding
    QString results;     // results and evaluation
    QString contact;
    QString startDate; // ISO date, possibly partial
    QString endDate;

    bool operator==(const ExperienceSheet&) const = default;
};

struct Attachment
{
    qint64 id = 0;
    QString sha256;
    QString fileName;
    QString originalPath;
    qint64 size = 0;
    QString mimeType;
    QDateTime added;
};

// A catalogue record (notice).
struct Record
{
    qint64 id = 0;
    DocumentType type = DocumentType::Book;
    QString title;
    QString subtitle;
    QList<Responsibility> responsibilities;
    QString publisher;
    QString place;
    QString date; // "2019", "2019-05" or "2019-05-14"
    QString edition;
    QString collection;
    QString collectionNumber;
    QString isbn; // normalised ISBN-13, digits only
    QString issn; // normalised "NNNN-NNNC"
    QString extent;
    QString language; // ISO 639-2/B code, e.g. "fre"
    QString abstract;
    QString notes;
    QStringList subjects; // preferred descriptors of the thesaurus
    QStringList keywords;
    QStringList territories;
    QString audience;
    QString url;
    QString callNumber;
    // The larger whole: periodical of an article or issue, book of a chapter.
    QString containerTitle;
    QString volume;
    QString issue;
    QString pages;    // "45-60" inside the larger whole
    QString genre;    // nature: "Thèse de doctorat : géographie", "Rapport d'activité"
    QString accessed; // ISO date a web resource was consulted
    QList<Copy> copies;
    std::optional<ExperienceSheet> sheet;
    QList<Attachment> attachments; // read-only: managed by the attachment store
    QDateTime created;
    QDateTime modified;
    // The record's revision when it was read (each save adds one). A record
    // read and saved again is written only if the catalogue still has that
    // revision: a change made meanwhile elsewhere is never overwritten
    // unseen. 0: not read from the catalogue, written as it is.
    qint64 revision = 0;

    // "Dupont, Marie ; Martin, Paul" from the author-like responsibilities.
    QString authorsDisplay() const;
    // Year of `date`, or 0.
    int year() const;
};

// One line of the catalogue list.
struct RecordSummary
{
    qint64 id = 0;
    DocumentType type = DocumentType::Book;
    QString title;
    QString authors;
    int year = 0;
    QString callNumber;
    QDateTime modified;
};

} // namespace infodoc::core

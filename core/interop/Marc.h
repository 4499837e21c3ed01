#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace infodoc::core {

// A MARC record as the readers give it and the writers take it: text in
// Unicode (NFC), whatever the file's character set was.
struct MarcSubfield
{
    QChar code;
    QString value;
};

struct MarcField
{
    QString tag;
    QString data; // control fields (001 to 009)
    QChar ind1 = u' ';
    QChar ind2 = u' ';
    QList<MarcSubfield> subfields;

    bool isControl() const { return tag.size() == 3 && tag.startsWith(QLatin1String("00")); }
    // The first subfield `code`, trimmed; empty when absent.
    QString value(QChar code) const;
    QStringList values(QChar code) const;
};

struct MarcRecord
{
    QString leader; // 24 characters
    QList<MarcField> fields;

    const MarcField* first(const QString& tag) const;
    QList<const MarcField*> all(const QString& tag) const;
    // The first subfield `code` of the first field `tag` that has one.
    QString value(const QString& tag, QChar code) const;
    QString control(const QString& tag) const;
};

// The two families of MARC the centres meet: UNIMARC (the BnF, the SUDOC,
// PMB) and MARC21 (the Library of Congress, most English-language sources).
enum class MarcFlavour
{
    Unimarc,
    Marc21
};

// The character sets of MARC files; Detect looks at the bytes, since the
// declared set is often wrong.
enum class MarcCharset
{
    Detect,
    Utf8,
    Marc8,
    Iso5426,
    Latin1
};

} // namespace infodoc::core

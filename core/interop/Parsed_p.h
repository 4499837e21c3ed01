#pragma once

#include "core/catalog/Record.h"
#include "core/interop/LocalFields.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace infodoc::core::interop {

// One record as a reader gives it to the import (private to interop): the
// catalogue's fields, subjects and places as the file names them (the
// import matches them), and where each field came from for messages.
struct Parsed
{
    struct Note
    {
        QString field;
        QString message;
    };

    int number = 0; // from 1, in file order
    int line = 0;   // text formats: the line where the record starts
    QString sourceId;
    Record record;
    QStringList places;
    QList<Note> notes;
    // UNIMARC: the source catalogue's own fields (PMB's 900, 999, 676, 014), placed by the import.
    QList<LocalFields::Value> local;
    QString error; // not empty: the record cannot be read, and why
    // The file's field a record field comes from ("isbn" -> "010$a", "SN").
    std::function<QString(const QString& recordField)> fieldOf;
};

// Adds a line to a multi-line field (notes, abstract); blank lines are not kept.
inline void appendLine(QString& to, const QString& line)
{
    if (line.trimmed().isEmpty())
        return;
    if (!to.isEmpty())
        to.append(u'\n');
    to.append(line.trimmed());
}

// A document type named in a file: the catalogue's labels (in French
// whatever the language of the screen, and in the screen's), its keys, and
// the words of reference managers, spreadsheets, DCMI and COAR.
std::optional<DocumentType> documentTypeOf(const QString& text);

} // namespace infodoc::core::interop

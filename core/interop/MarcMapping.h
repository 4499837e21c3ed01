#pragma once

#include "core/catalog/Record.h"
#include "core/interop/Marc.h"

#include <QCoreApplication>

namespace infodoc::core {

// UNIMARC and MARC21 to and from the catalogue's record, field by field as
// docs/INTEROP.md describes. Reading never fails: what cannot be taken is a
// note naming the field; the import decides what is an error.
class MarcMapping
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::MarcMapping)

public:
    struct Note
    {
        QString field; // "010$a"
        QString message;
    };

    struct Mapped
    {
        // Subjects are as the file gives them (to be matched to the thesaurus);
        // geographic subjects are in `places` (to be matched to the territories).
        Record record;
        QStringList places;
        QString sourceId; // 001
        QList<Note> notes;
    };

    static Mapped toRecord(const MarcRecord& marc, MarcFlavour flavour);
    static MarcRecord fromRecord(const Record& record, MarcFlavour flavour, const QDate& today);

    // The MARC field a record field comes from ("isbn" -> "010$a"), for messages.
    static QString sourceField(const QString& recordField, MarcFlavour flavour);
};

} // namespace infodoc::core

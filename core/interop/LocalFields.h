#pragma once

#include "core/catalog/Record.h"
#include "core/interop/Marc.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace infodoc::core {

// What a source catalogue adds to UNIMARC that has no place of its own in a
// record: PMB's custom fields ("champs personnalisés": 900 on the record,
// 999 on a copy, named by $n and labelled by $l), its decimal index (676)
// and a DOI or PMID (014). The import lists them, guesses where each goes
// from its name and label, and lets the user choose; the notes are the
// default, so nothing is left out unless the user says so.
class LocalFields
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::LocalFields)

public:
    enum class Target
    {
        Notes, // "Label: value", one line per field
        Subjects,
        Keywords,
        Territories,
        Audience,
        Genre,
        Url,
        Ignore,
    };

    // One value as a record gives it.
    struct Value
    {
        QString id;    // what names the field to the user: "cp_quartier", "999:cp_provenance", "676", "014"
        QString label; // as its catalogue shows it: "Quartier prioritaire"
        QString value;
        QString copy; // a copy's field: the copy's barcode
    };

    // One field met in a file: where it is, how many records give it, an
    // example, and where it goes.
    struct Use
    {
        QString id;
        QString label;
        QString tag; // "900", "999", "676", "014"
        int records = 0;
        QString example;
        Target target = Target::Notes;

        bool ofCopy() const { return tag == QLatin1String("999"); }
    };

    // The places a field may go (a copy's field: the notes, or nowhere).
    static QList<Target> targets(bool ofCopy);
    static QString key(Target target);
    static std::optional<Target> targetFromKey(const QString& key);
    static QString label(Target target);
    // Where a field goes when nobody said: from the words of its name and label.
    static Target guess(const QString& id, const QString& label, bool ofCopy);

    // The fields of one UNIMARC record (900, 999, 676, 014), in its order.
    static QList<Value> read(const MarcRecord& marc);
    static QString tagOf(const QString& id);

    // Puts the values where `targets` says (a field it does not name: guessed);
    // `places` takes the territories, to be matched like 607.
    static void apply(const QList<Value>& values, const QHash<QString, Target>& targets, Record& record,
                      QStringList& places);

    // The same for one record of a file: a field not in `chosen` is guessed;
    // `uses` lists each field met (in the file's order) with its count of records.
    static void place(const QList<Value>& values, const QHash<QString, Target>& chosen, QList<Use>& uses,
                      Record& record, QStringList& places);

    // "cp_quartier=territories;676=ignore" (the command line's --custom-field),
    // or an error naming the piece that is wrong.
    static std::optional<QHash<QString, Target>> parseChoices(const QString& text, QString* error);
};

} // namespace infodoc::core

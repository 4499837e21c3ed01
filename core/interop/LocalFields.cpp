#include "core/interop/LocalFields.h"

#include "core/common/TextFolding.h"
#include "core/interop/Parsed_p.h"

#include <QSet>

#include <algorithm>

namespace infodoc::core {

namespace {

struct TargetName
{
    LocalFields::Target target;
    const char* key;
};

constexpr TargetName kTargets[] = {
    {LocalFields::Target::Notes, "notes"},       {LocalFields::Target::Subjects, "subjects"},
    {LocalFields::Target::Keywords, "keywords"}, {LocalFields::Target::Territories, "territories"},
    {LocalFields::Target::Audience, "audience"}, {LocalFields::Target::Genre, "genre"},
    {LocalFields::Target::Url, "url"},           {LocalFields::Target::Ignore, "ignore"},
};

// Words of a field's name or label that say where it goes (folded: no case,
// no accents). The first family one of the words belongs to decides.
struct Family
{
    LocalFields::Target target;
    QSet<QString> words;
};

const QList<Family>& families()
{
    static const QList<Family> list = {
        {LocalFields::Target::Keywords,
         {QStringLiteral("motcle"), QStringLiteral("motscles"), QStringLiteral("motscle"),
          QStringLiteral("keyword"), QStringLiteral("keywords"), QStringLiteral("tag"),
          QStringLiteral("tags")}},
        {LocalFields::Target::Territories,
         {QStringLiteral("quartier"), QStringLiteral("quartiers"), QStringLiteral("qpv"),
          QStringLiteral("territoire"), QStringLiteral("territoires"), QStringLiteral("commune"),
          QStringLiteral("communes"), QStringLiteral("ville"), QStringLiteral("villes"),
          QStringLiteral("geographique"), QStringLiteral("zone"), QStringLiteral("zones"),
          QStringLiteral("lieu"), QStringLiteral("lieux"), QStringLiteral("departement"),
          QStringLiteral("region"), QStringLiteral("epci"), QStringLiteral("agglomeration"),
          QStringLiteral("intercommunalite")}},
        {LocalFields::Target::Audience,
         {QStringLiteral("public"), QStringLiteral("publics"), QStringLiteral("destinataire"),
          QStringLiteral("destinataires"), QStringLiteral("cible"), QStringLiteral("audience")}},
        {LocalFields::Target::Subjects,
         {QStringLiteral("theme"), QStringLiteral("themes"), QStringLiteral("thematique"),
          QStringLiteral("thematiques"), QStringLiteral("sujet"), QStringLiteral("sujets"),
          QStringLiteral("descripteur"), QStringLiteral("descripteurs"), QStringLiteral("matiere"),
          QStringLiteral("matieres"), QStringLiteral("domaine"), QStringLiteral("domaines"),
          QStringLiteral("subject"), QStringLiteral("subjects")}},
        {LocalFields::Target::Genre, {QStringLiteral("nature"), QStringLiteral("genre")}},
        {LocalFields::Target::Url,
         {QStringLiteral("url"), QStringLiteral("lien"), QStringLiteral("liens"), QStringLiteral("site"),
          QStringLiteral("web"), QStringLiteral("link")}},
    };
    return list;
}

// "Mots-clés" and "mots clés" are one word here, as "motscles".
QStringList wordsOf(const QString& text)
{
    QStringList words = text::foldedWords(text);
    const int n = int(words.size());
    for (int i = 0; i + 1 < n; ++i)
        words.append(words.at(i) + words.at(i + 1));
    return words;
}

void appendUnique(QStringList& list, const QString& value)
{
    if (!list.contains(value, Qt::CaseInsensitive))
        list.append(value);
}

QString clean(const QString& text)
{
    return text.simplified();
}

} // namespace

QList<LocalFields::Target> LocalFields::targets(bool ofCopy)
{
    if (ofCopy)
        return {Target::Notes, Target::Ignore};
    QList<Target> all;
    for (const TargetName& t : kTargets)
        all.append(t.target);
    return all;
}

QString LocalFields::key(Target target)
{
    for (const TargetName& t : kTargets)
        if (t.target == target)
            return QString::fromLatin1(t.key);
    return QStringLiteral("notes");
}

std::optional<LocalFields::Target> LocalFields::targetFromKey(const QString& key)
{
    for (const TargetName& t : kTargets)
        if (key.trimmed().compare(QLatin1String(t.key), Qt::CaseInsensitive) == 0)
            return t.target;
    return std::nullopt;
}

QString LocalFields::label(Target target)
{
    switch (target) {
    case Target::Notes:
        return tr("Notes (“label: value”)");
    case Target::Subjects:
        return tr("Subjects (matched to the thesaurus)");
    case Target::Keywords:
        return tr("Keywords");
    case Target::Territories:
        return tr("Territories (matched to the territories)");
    case Target::Audience:
        return tr("Audience");
    case Target::Genre:
        return tr("Nature of the document");
    case Target::Url:
        return tr("Web address");
    case Target::Ignore:
        return tr("Left out");
    }
    return {};
}

LocalFields::Target LocalFields::guess(const QString& id, const QString& label, bool ofCopy)
{
    if (ofCopy || id == QLatin1String("676") || id == QLatin1String("014"))
        return Target::Notes;
    // PMB's names start with the table's prefix ("cp_", "notice_"): the words count, not the prefix.
    const QStringList words = wordsOf(label) + wordsOf(id);
    for (const Family& f : families())
        for (const QString& w : words)
            if (f.words.contains(w))
                return f.target;
    return Target::Notes;
}

QString LocalFields::tagOf(const QString& id)
{
    if (id == QLatin1String("676") || id == QLatin1String("014"))
        return id;
    return id.startsWith(QLatin1String("999:")) ? QStringLiteral("999") : QStringLiteral("900");
}

QList<LocalFields::Value> LocalFields::read(const MarcRecord& marc)
{
    QList<Value> out;
    for (const MarcField& f : marc.fields) {
        if (f.tag == QLatin1String("900") || f.tag == QLatin1String("999")) {
            // PMB: $a the value as shown, $l the label, $n the name, $t the type, $f a copy's barcode.
            Value v;
            v.value = clean(f.value(u'a'));
            v.label = clean(f.value(u'l'));
            QString name = clean(f.value(u'n'));
            if (name.isEmpty())
                name = v.label;
            if (name.isEmpty())
                name = f.tag;
            if (v.label.isEmpty())
                v.label = name;
            if (f.tag == QLatin1String("999")) {
                v.id = QStringLiteral("999:") + name;
                v.copy = clean(f.value(u'f'));
            } else {
                v.id = name;
            }
            if (!v.value.isEmpty())
                out.append(v);
        } else if (f.tag == QLatin1String("676")) {
            // PMB's decimal index (indexint): the number and its label.
            const QString value = clean(QString(f.value(u'a') + u' ' + f.value(u'l')));
            if (!value.isEmpty())
                out.append({QStringLiteral("676"), tr("Decimal index"), value, {}});
        } else if (f.tag == QLatin1String("014")) {
            const QString a = clean(f.value(u'a'));
            const QString b = clean(f.value(u'b'));
            if (!a.isEmpty())
                out.append({QStringLiteral("014"), b.isEmpty() ? tr("Article identifier") : b, a, {}});
        }
    }
    return out;
}

void LocalFields::apply(const QList<Value>& values, const QHash<QString, Target>& targets, Record& record,
                        QStringList& places)
{
    // A field given several times is one line of notes: "Label: v1 ; v2".
    QList<QString> noteOrder;
    QHash<QString, QStringList> noteValues;
    auto toNotes = [&](const Value& v) {
        const QString line = v.copy.isEmpty() ? v.label : tr("Copy %1, %2").arg(v.copy, v.label);
        if (!noteValues.contains(line))
            noteOrder.append(line);
        appendUnique(noteValues[line], v.value);
    };
    for (const Value& v : values) {
        const Target target =
            targets.contains(v.id)
                ? targets.value(v.id)
                : guess(v.id, v.label, !v.copy.isEmpty() || tagOf(v.id) == QLatin1String("999"));
        if (tagOf(v.id) == QLatin1String("999") && target != Target::Ignore) {
            toNotes(v);
            continue;
        }
        switch (target) {
        case Target::Notes:
            toNotes(v);
            break;
        case Target::Subjects:
            appendUnique(record.subjects, v.value);
            break;
        case Target::Keywords:
            appendUnique(record.keywords, v.value);
            break;
        case Target::Territories:
            appendUnique(places, v.value);
            break;
        case Target::Audience:
        case Target::Genre:
        case Target::Url: {
            QString& field = target == Target::Audience ? record.audience
                             : target == Target::Genre  ? record.genre
                                                        : record.url;
            // The record's own field first; a second value is not lost.
            if (field.isEmpty())
                field = v.value;
            else if (field.compare(v.value, Qt::CaseInsensitive) != 0)
                toNotes(v);
            break;
        }
        case Target::Ignore:
            break;
        }
    }
    for (const QString& line : std::as_const(noteOrder))
        interop::appendLine(record.notes,
                            tr("%1: %2").arg(line, noteValues.value(line).join(QLatin1String(" ; "))));
}

void LocalFields::place(const QList<Value>& values, const QHash<QString, Target>& chosen, QList<Use>& uses,
                        Record& record, QStringList& places)
{
    QHash<QString, Target> targets;
    for (const Value& v : values) {
        if (targets.contains(v.id))
            continue;
        auto use = std::find_if(uses.begin(), uses.end(), [&v](const Use& u) { return u.id == v.id; });
        if (use == uses.end()) {
            Use u;
            u.id = v.id;
            u.label = v.label;
            u.tag = tagOf(v.id);
            u.example = v.value.left(120);
            u.target = chosen.contains(v.id) ? chosen.value(v.id) : guess(v.id, v.label, u.ofCopy());
            uses.append(u);
            use = uses.end() - 1;
        }
        ++use->records;
        targets.insert(v.id, use->target);
    }
    apply(values, targets, record, places);
}

std::optional<QHash<QString, LocalFields::Target>> LocalFields::parseChoices(const QString& text,
                                                                             QString* error)
{
    QHash<QString, Target> out;
    for (const QString& piece : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = piece.lastIndexOf(u'=');
        const QString id = eq > 0 ? piece.left(eq).trimmed() : QString();
        const auto target = eq > 0 ? targetFromKey(piece.mid(eq + 1)) : std::nullopt;
        if (id.isEmpty() || !target) {
            if (error)
                *error =
                    tr("“%1” is not FIELD=TARGET (target: notes, subjects, keywords, territories, audience, "
                       "genre, url, ignore).")
                        .arg(piece.trimmed());
            return std::nullopt;
        }
        if (tagOf(id) == QLatin1String("999") && *target != Target::Notes && *target != Target::Ignore) {
            if (error)
                *error = tr("“%1”: a copy's field goes to the notes or is left out.").arg(piece.trimmed());
            return std::nullopt;
        }
        out.insert(id, *target);
    }
    return out;
}

} // namespace infodoc::core

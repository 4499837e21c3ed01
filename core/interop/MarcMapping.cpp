#include "core/interop/MarcMapping.h"

#include "core/catalog/StandardNumber.h"
#include "core/interop/Parsed_p.h"

#include <QHash>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

using interop::appendLine;
using Sub = MarcSubfield;

// ISBD punctuation left at the end of a subfield (" /", " :", ",", ...);
// with `period`, the final full stop of a title or a name too ("Paris." but
// not "J." nor "2e éd.", which are kept wherever they stand).
QString trimmedIsbd(QString s, bool period = false)
{
    s = s.trimmed();
    while (!s.isEmpty()) {
        const QChar last = s.back();
        if (last == u'/' || last == u':' || last == u';' || last == u'=' || last == u',') {
            s.chop(1);
            s = s.trimmed();
        } else if (period && last == u'.' && s.size() > 3 && s.at(s.size() - 2).isLower() &&
                   s.at(s.size() - 3).isLower()) {
            s.chop(1);
            if (s.endsWith(QLatin1String("etc")) || s.endsWith(QLatin1String("éd")) ||
                s.endsWith(QLatin1String("ed")))
                s.append(u'.');
            break;
        } else {
            break;
        }
    }
    return s;
}

// "1927. Gr. in-fol." or "c2019" or "[2005?]": the first year.
QString yearIn(const QString& text)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(1[4-9]\\d\\d|20\\d\\d)(?!\\d)"));
    const auto m = year.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "0133708756 (pbk.)" -> "0133708756"
QString standardNumberPart(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("[0-9][0-9Xx -]{6,}[0-9Xx]"));
    const auto m = number.match(text);
    return m.hasMatch() ? m.captured(0) : text.trimmed();
}

QString personName(const QString& surname, QString forename)
{
    forename = forename.trimmed();
    while (forename.startsWith(u','))
        forename = forename.mid(1).trimmed();
    const QString last = trimmedIsbd(surname, true);
    forename = trimmedIsbd(forename, true);
    return forename.isEmpty() ? last : last + QLatin1String(", ") + forename;
}

QString joined(const MarcField& f, const QString& codes, const QString& separator)
{
    QStringList parts;
    for (const Sub& s : f.subfields)
        if (codes.contains(s.code) && !s.value.trimmed().isEmpty())
            parts.append(trimmedIsbd(s.value));
    return parts.join(separator);
}

struct RelatorCode
{
    const char* unimarc;
    const char* marc21;
    Role role;
};
// Written with the first code of each role; read with any.
const RelatorCode kRelators[] = {
    {"070", "aut", Role::Author},       {"651", "pbd", Role::Director},
    {"340", "edt", Role::Editor},       {"205", "ctb", Role::Contributor},
    {"723", "spn", Role::Commissioner}, {"070", "aut", Role::LeadOrganisation},
    {"205", "ctb", Role::Partner},      {"727", "ths", Role::Director},
    {"440", "ill", Role::Contributor},  {"730", "trl", Role::Contributor},
    {"080", "aui", Role::Contributor},  {"557", "orm", Role::Editor},
    {"595", "res", Role::Contributor},  {"710", "red", Role::Editor},
    {"650", "pbl", Role::Contributor},  {"200", "fnd", Role::Commissioner},
    {"", "cmp", Role::Author},
};

std::optional<Role> roleOf(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c.isEmpty())
        return std::nullopt;
    for (const RelatorCode& r : kRelators)
        if (c == QLatin1String(r.unimarc) || c == QLatin1String(r.marc21))
            return r.role;
    return std::nullopt;
}

// MARC21 relator terms in $e ("editor.", "dir.").
std::optional<Role> roleOfTerm(const QString& term)
{
    const QString t = term.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t.startsWith(QLatin1String("ed")) || t.startsWith(QLatin1String("éd")))
        return Role::Editor;
    if (t.startsWith(QLatin1String("dir")))
        return Role::Director;
    if (t.startsWith(QLatin1String("aut")))
        return Role::Author;
    return Role::Contributor;
}

const RelatorCode& relatorOf(Role role)
{
    for (const RelatorCode& r : kRelators)
        if (r.role == role)
            return r;
    return kRelators[0];
}

void addNote(MarcMapping::Mapped& m, const QString& field, const QString& message)
{
    m.notes.append({field, message});
}

void takeIsbn(MarcMapping::Mapped& m, const QString& field, const QString& text)
{
    if (text.isEmpty() || !m.record.isbn.isEmpty())
        return;
    const QString number = standardNumberPart(text);
    if (StandardNumber::normalizeIsbn(number)) {
        m.record.isbn = number;
    } else {
        addNote(m, field, MarcMapping::tr("The ISBN “%1” is not valid: it is kept in the notes.").arg(text));
        m.record.notes += (m.record.notes.isEmpty() ? QString() : QStringLiteral("\n")) +
                          MarcMapping::tr("ISBN as given: %1").arg(text);
    }
}

void takeIssn(MarcMapping::Mapped& m, const QString& field, const QString& text)
{
    if (text.isEmpty() || !m.record.issn.isEmpty())
        return;
    const QString number = standardNumberPart(text);
    if (StandardNumber::normalizeIssn(number))
        m.record.issn = number;
    else
        addNote(m, field, MarcMapping::tr("The ISSN “%1” is not valid: it is left out.").arg(text));
}

void appendUnique(QStringList& list, const QString& value)
{
    const QString v = trimmedIsbd(value, true);
    if (!v.isEmpty() && !list.contains(v, Qt::CaseInsensitive))
        list.append(v);
}

// The document type from the leader (06 type of record, 07 level), refined
// by the fields that say more (a thesis note, a meeting as author).
DocumentType typeFromLeader(const QString& leader, MarcFlavour flavour)
{
    const QChar kind = leader.size() > 6 ? leader.at(6) : u'a';
    const QChar level = leader.size() > 7 ? leader.at(7) : u'm';
    if (kind == u'g' || kind == u'i' || kind == u'j')
        return DocumentType::Audiovisual;
    if ((flavour == MarcFlavour::Unimarc && kind == u'l') || (flavour == MarcFlavour::Marc21 && kind == u'm'))
        return DocumentType::WebResource;
    if (level == u'a' || level == u'b')
        return DocumentType::Article;
    if (level == u's')
        return DocumentType::PeriodicalIssue;
    return DocumentType::Book;
}

void readCopy(MarcMapping::Mapped& m, const QString& tag, const QString& barcode, const QString& callNumber,
              const QString& location)
{
    if (m.record.callNumber.isEmpty() && !callNumber.isEmpty())
        m.record.callNumber = callNumber;
    if (barcode.isEmpty()) {
        if (!callNumber.isEmpty() || !location.isEmpty())
            addNote(m, tag,
                    MarcMapping::tr("A copy has no barcode: it is not imported (its call number is kept)."));
        return;
    }
    Copy c;
    c.barcode = barcode;
    c.callNumber = callNumber;
    c.location = location;
    m.record.copies.append(c);
}

void readUnimarc(const MarcRecord& marc, MarcMapping::Mapped& m)
{
    Record& r = m.record;
    bool proceedings = false;
    for (const MarcField& f : marc.fields) {
        const QString& tag = f.tag;
        if (tag == QLatin1String("010")) {
            takeIsbn(m, QStringLiteral("010$a"), f.value(u'a'));
        } else if (tag == QLatin1String("011")) {
            takeIssn(m, QStringLiteral("011$a"), f.value(u'a'));
        } else if (tag == QLatin1String("100")) {
            const QString a = f.value(u'a');
            if (r.date.isEmpty() && a.size() >= 13)
                r.date = yearIn(a.mid(9, 4));
        } else if (tag == QLatin1String("101")) {
            if (r.language.isEmpty())
                r.language = f.value(u'a').left(3).toLower();
        } else if (tag == QLatin1String("105")) {
            const QString a = f.value(u'a');
            proceedings = proceedings || (a.size() > 8 && a.at(8) == u'1');
        } else if (tag == QLatin1String("200") && r.title.isEmpty()) {
            QStringList titles = f.values(u'a');
            for (QString& t : titles)
                t = trimmedIsbd(t, true);
            r.title = titles.join(QLatin1String(" ; "));
            QStringList parts;
            for (const Sub& s : f.subfields)
                if ((s.code == u'h' || s.code == u'i') && !s.value.trimmed().isEmpty())
                    parts.append(trimmedIsbd(s.value));
            if (!parts.isEmpty())
                r.title += QLatin1String(". ") + parts.join(QLatin1String(". "));
            QString subtitle = f.values(u'e').join(QLatin1String(" : "));
            while (subtitle.startsWith(u',') || subtitle.startsWith(u':'))
                subtitle = subtitle.mid(1).trimmed();
            r.subtitle = trimmedIsbd(subtitle);
        } else if (tag == QLatin1String("205")) {
            if (r.edition.isEmpty())
                r.edition = trimmedIsbd(f.value(u'a'));
        } else if (tag == QLatin1String("210") || tag == QLatin1String("214")) {
            if (r.place.isEmpty())
                r.place = trimmedIsbd(f.value(u'a'), true);
            if (r.publisher.isEmpty())
                r.publisher = trimmedIsbd(f.value(u'c'), true);
            if (const QString d = yearIn(f.value(u'd')); !d.isEmpty())
                r.date = d;
        } else if (tag == QLatin1String("215")) {
            if (r.extent.isEmpty())
                r.extent = trimmedIsbd(f.value(u'a'));
        } else if (tag == QLatin1String("225")) {
            if (r.collection.isEmpty()) {
                r.collection = trimmedIsbd(f.value(u'a'));
                r.collectionNumber = trimmedIsbd(f.value(u'v'));
            }
        } else if (tag == QLatin1String("300")) {
            for (const QString& a : f.values(u'a'))
                appendLine(r.notes, a);
        } else if (tag == QLatin1String("328")) {
            r.type = DocumentType::Thesis;
            if (r.genre.isEmpty())
                r.genre = trimmedIsbd(joined(f, QStringLiteral("abcdez"), QStringLiteral(" : ")));
        } else if (tag == QLatin1String("330")) {
            for (const QString& a : f.values(u'a'))
                appendLine(r.abstract, a);
        } else if (tag == QLatin1String("333")) {
            if (r.audience.isEmpty())
                r.audience = f.value(u'a');
        } else if (tag == QLatin1String("410")) {
            // The series as a link; its title in $t, or in an embedded 200 ($1 then $a).
            if (r.collection.isEmpty()) {
                QString title = f.value(u't');
                if (title.isEmpty())
                    title = f.value(u'a');
                r.collection = trimmedIsbd(title);
                r.collectionNumber = trimmedIsbd(f.value(u'v'));
            }
        } else if (tag == QLatin1String("461") || tag == QLatin1String("463")) {
            if (tag == QLatin1String("461")) {
                if (r.containerTitle.isEmpty())
                    r.containerTitle = trimmedIsbd(f.value(u't').isEmpty() ? f.value(u'a') : f.value(u't'));
                if (r.volume.isEmpty())
                    r.volume = f.value(u'v');
                if (r.issue.isEmpty())
                    r.issue = f.value(u'h');
            } else {
                if (r.containerTitle.isEmpty())
                    r.containerTitle = trimmedIsbd(f.value(u't'), true);
                if (r.pages.isEmpty())
                    r.pages = f.value(u'v');
            }
        } else if (tag.startsWith(u'6') && tag != QLatin1String("610") && tag < QLatin1String("608")) {
            if (tag == QLatin1String("607")) {
                appendUnique(m.places, f.value(u'a'));
                continue;
            }
            const QString heading = tag == QLatin1String("600") ? personName(f.value(u'a'), f.value(u'b'))
                                                                : trimmedIsbd(f.value(u'a'));
            appendUnique(r.subjects, heading);
            for (const QString& x : f.values(u'x'))
                appendUnique(r.subjects, x);
            for (const QString& y : f.values(u'y'))
                appendUnique(m.places, y);
        } else if (tag == QLatin1String("610")) {
            for (const QString& a : f.values(u'a'))
                appendUnique(r.keywords, a);
        } else if (tag == QLatin1String("700") || tag == QLatin1String("701") ||
                   tag == QLatin1String("702")) {
            Responsibility p;
            p.kind = AuthorityKind::Person;
            p.name = personName(f.value(u'a'), f.value(u'b'));
            p.role = roleOf(f.value(u'4'))
                         .value_or(tag == QLatin1String("702") ? Role::Contributor : Role::Author);
            if (!p.name.isEmpty())
                r.responsibilities.append(p);
        } else if (tag == QLatin1String("710") || tag == QLatin1String("711") ||
                   tag == QLatin1String("712")) {
            Responsibility o;
            o.kind = AuthorityKind::Organisation;
            o.name = joined(f, QStringLiteral("ab"), QStringLiteral(". "));
            o.role = roleOf(f.value(u'4'))
                         .value_or(tag == QLatin1String("712") ? Role::Contributor : Role::Author);
            proceedings = proceedings || f.ind1 == u'1';
            if (!o.name.isEmpty())
                r.responsibilities.append(o);
        } else if (tag == QLatin1String("856")) {
            if (r.url.isEmpty())
                r.url = f.value(u'u');
        } else if (tag == QLatin1String("909")) {
            if (const auto type = Vocabulary::documentTypeFromKey(f.value(u'a')))
                r.type = *type;
        } else if (tag == QLatin1String("995")) {
            QString location = f.value(u'c');
            if (location.isEmpty())
                location = f.value(u'e');
            if (location.isEmpty())
                location = f.value(u'a');
            readCopy(m, QStringLiteral("995"), f.value(u'f'), f.value(u'k'), location);
        }
    }
    if (proceedings && r.type == DocumentType::Book)
        r.type = DocumentType::Proceedings;
}

void readMarc21(const MarcRecord& marc, MarcMapping::Mapped& m)
{
    Record& r = m.record;
    bool proceedings = false;
    const QString fixed = marc.control(QStringLiteral("008"));
    if (fixed.size() >= 11)
        r.date = yearIn(fixed.mid(7, 4));
    if (fixed.size() >= 38)
        r.language = fixed.mid(35, 3).trimmed().toLower();
    for (const MarcField& f : marc.fields) {
        const QString& tag = f.tag;
        if (tag == QLatin1String("020")) {
            takeIsbn(m, QStringLiteral("020$a"), f.value(u'a'));
        } else if (tag == QLatin1String("022")) {
            takeIssn(m, QStringLiteral("022$a"), f.value(u'a'));
        } else if (tag == QLatin1String("041")) {
            if (const QString a = f.value(u'a'); !a.isEmpty())
                r.language = a.left(3).toLower();
        } else if (tag == QLatin1String("100") || tag == QLatin1String("700")) {
            Responsibility p;
            p.kind = AuthorityKind::Person;
            p.name = trimmedIsbd(f.value(u'a'), true);
            p.role = roleOf(f.value(u'4')).value_or(roleOfTerm(f.value(u'e')).value_or(Role::Author));
            if (!p.name.isEmpty())
                r.responsibilities.append(p);
        } else if (tag == QLatin1String("110") || tag == QLatin1String("111") ||
                   tag == QLatin1String("710") || tag == QLatin1String("711")) {
            Responsibility o;
            o.kind = AuthorityKind::Organisation;
            o.name = joined(f, QStringLiteral("ab"), QStringLiteral(". "));
            o.role = roleOf(f.value(u'4')).value_or(roleOfTerm(f.value(u'e')).value_or(Role::Author));
            proceedings = proceedings || tag.endsWith(u'1');
            if (!o.name.isEmpty())
                r.responsibilities.append(o);
        } else if (tag == QLatin1String("245") && r.title.isEmpty()) {
            r.title = trimmedIsbd(f.value(u'a'), true);
            const QString parts = joined(f, QStringLiteral("np"), QStringLiteral(". "));
            if (!parts.isEmpty())
                r.title += QLatin1String(". ") + parts;
            r.subtitle = trimmedIsbd(f.value(u'b'), true);
        } else if (tag == QLatin1String("250")) {
            if (r.edition.isEmpty())
                r.edition = trimmedIsbd(f.value(u'a'));
        } else if (tag == QLatin1String("260") || (tag == QLatin1String("264") && f.ind2 == u'1')) {
            if (r.place.isEmpty())
                r.place = trimmedIsbd(f.value(u'a'), true);
            if (r.publisher.isEmpty())
                r.publisher = trimmedIsbd(f.value(u'b'), true);
            if (const QString d = yearIn(f.value(u'c')); !d.isEmpty())
                r.date = d;
        } else if (tag == QLatin1String("300")) {
            if (r.extent.isEmpty())
                r.extent = trimmedIsbd(f.value(u'a'));
        } else if (tag == QLatin1String("490") || tag == QLatin1String("830")) {
            if (r.collection.isEmpty()) {
                r.collection = trimmedIsbd(f.value(u'a'));
                r.collectionNumber = trimmedIsbd(f.value(u'v'));
            }
        } else if (tag == QLatin1String("500")) {
            appendLine(r.notes, f.value(u'a'));
        } else if (tag == QLatin1String("502")) {
            r.type = DocumentType::Thesis;
            if (r.genre.isEmpty())
                r.genre = trimmedIsbd(joined(f, QStringLiteral("abcd"), QStringLiteral(" : ")));
        } else if (tag == QLatin1String("520")) {
            appendLine(r.abstract, f.value(u'a'));
        } else if (tag == QLatin1String("521")) {
            if (r.audience.isEmpty())
                r.audience = f.value(u'a');
        } else if (tag == QLatin1String("651")) {
            appendUnique(m.places, f.value(u'a'));
            for (const QString& x : f.values(u'x'))
                appendUnique(r.subjects, x);
        } else if (tag == QLatin1String("600") || tag == QLatin1String("610") ||
                   tag == QLatin1String("611") || tag == QLatin1String("630") ||
                   tag == QLatin1String("650")) {
            appendUnique(r.subjects, f.value(u'a'));
            for (const QString& x : f.values(u'x'))
                appendUnique(r.subjects, x);
            for (const QString& z : f.values(u'z'))
                appendUnique(m.places, z);
        } else if (tag == QLatin1String("653")) {
            for (const QString& a : f.values(u'a'))
                appendUnique(r.keywords, a);
        } else if (tag == QLatin1String("773")) {
            if (r.containerTitle.isEmpty())
                r.containerTitle = trimmedIsbd(f.value(u't'), true);
            for (const QString& g : f.values(u'g')) {
                if (g.startsWith(QLatin1String("vol. ")))
                    r.volume = g.mid(5);
                else if (g.startsWith(QLatin1String("no. ")))
                    r.issue = g.mid(4);
                else if (g.startsWith(QLatin1String("p. ")))
                    r.pages = g.mid(3);
            }
        } else if (tag == QLatin1String("852")) {
            readCopy(m, QStringLiteral("852"), f.value(u'p'),
                     joined(f, QStringLiteral("hij"), QStringLiteral(" ")),
                     joined(f, QStringLiteral("bc"), QStringLiteral(", ")));
        } else if (tag == QLatin1String("856")) {
            if (r.url.isEmpty())
                r.url = f.value(u'u');
        } else if (tag == QLatin1String("909")) {
            if (const auto type = Vocabulary::documentTypeFromKey(f.value(u'a')))
                r.type = *type;
        }
    }
    if (proceedings && r.type == DocumentType::Book)
        r.type = DocumentType::Proceedings;
}

MarcField data(const char* tag, QChar ind1, QChar ind2, QList<Sub> subfields)
{
    MarcField f;
    f.tag = QLatin1String(tag);
    f.ind1 = ind1;
    f.ind2 = ind2;
    for (const Sub& s : subfields)
        if (!s.value.trimmed().isEmpty())
            f.subfields.append(s);
    return f;
}

MarcField control(const char* tag, const QString& value)
{
    MarcField f;
    f.tag = QLatin1String(tag);
    f.data = value;
    return f;
}

void add(MarcRecord& marc, MarcField field)
{
    if (!field.subfields.isEmpty())
        marc.fields.append(std::move(field));
}

// One field $a per line of a multi-line text (notes, abstract).
void addLines(MarcRecord& marc, const char* tag, const QString& text)
{
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        add(marc, data(tag, u' ', u' ', {{u'a', line}}));
}

// The record's leader codes: type of record and bibliographic level.
QPair<char, char> leaderCodes(DocumentType type, MarcFlavour flavour)
{
    switch (type) {
    case DocumentType::Audiovisual:
        return {'g', 'm'};
    case DocumentType::WebResource:
        return {flavour == MarcFlavour::Unimarc ? 'l' : 'm', 'm'};
    case DocumentType::Article:
    case DocumentType::Chapter:
        return {'a', 'a'};
    case DocumentType::PeriodicalIssue:
        return {'a', 's'};
    default:
        return {'a', 'm'};
    }
}

QPair<QString, QString> surnameAndForename(const QString& name)
{
    const qsizetype comma = name.indexOf(u',');
    if (comma < 0)
        return {name.trimmed(), {}};
    return {name.left(comma).trimmed(), name.mid(comma + 1).trimmed()};
}

MarcRecord writeUnimarc(const Record& r, const QDate& today)
{
    MarcRecord marc;
    const auto [kind, level] = leaderCodes(r.type, MarcFlavour::Unimarc);
    marc.leader = QStringLiteral("00000n%1%2  2200000   450 ").arg(QChar(kind)).arg(QChar(level));
    if (r.id)
        marc.fields.append(control("001", QString::number(r.id)));
    add(marc, data("010", u' ', u' ', {{u'a', r.isbn}}));
    add(marc, data("011", u' ', u' ', {{u'a', r.issn}}));
    const QString year = r.year() ? QString::number(r.year()) : QStringLiteral("    ");
    // 100$a: date entered, type of date, dates, audience, cataloguing language, UTF-8 (50), Latin script.
    add(marc, data("100", u' ', u' ',
                   {{u'a', today.toString(QStringLiteral("yyyyMMdd")) + QLatin1String("d") + year +
                               QLatin1String("    u  y0frey50      ba")}}));
    add(marc, data("101", u'0', u' ', {{u'a', r.language}}));
    QString responsibility = r.authorsDisplay();
    add(marc, data("200", u'1', u' ', {{u'a', r.title}, {u'e', r.subtitle}, {u'f', responsibility}}));
    add(marc, data("205", u' ', u' ', {{u'a', r.edition}}));
    add(marc, data("210", u' ', u' ', {{u'a', r.place}, {u'c', r.publisher}, {u'd', r.date.left(4)}}));
    add(marc, data("215", u' ', u' ', {{u'a', r.extent}}));
    add(marc, data("225", u'2', u' ', {{u'a', r.collection}, {u'v', r.collectionNumber}}));
    addLines(marc, "300", r.notes);
    if (r.type == DocumentType::Thesis)
        add(marc, data("328", u' ', u'0', {{u'a', r.genre}}));
    addLines(marc, "330", r.abstract);
    add(marc, data("333", u' ', u' ', {{u'a', r.audience}}));
    add(marc, data("461", u' ', u'0', {{u't', r.containerTitle}, {u'v', r.volume}, {u'h', r.issue}}));
    add(marc,
        data("463", u' ', u'0', {{u't', r.pages.isEmpty() ? QString() : r.containerTitle}, {u'v', r.pages}}));
    for (const QString& s : r.subjects)
        add(marc, data("606", u' ', u' ', {{u'a', s}, {u'2', QStringLiteral("local")}}));
    for (const QString& t : r.territories)
        add(marc, data("607", u' ', u' ', {{u'a', t}, {u'2', QStringLiteral("local")}}));
    for (const QString& k : r.keywords)
        add(marc, data("610", u'0', u' ', {{u'a', k}}));
    bool personMain = false;
    bool organisationMain = false;
    for (const Responsibility& p : r.responsibilities) {
        const QString code = QLatin1String(relatorOf(p.role).unimarc);
        const bool author = p.role == Role::Author || p.role == Role::LeadOrganisation;
        if (p.kind == AuthorityKind::Person) {
            const auto [surname, forename] = surnameAndForename(p.name);
            const char* tag = !author ? "702" : personMain || organisationMain ? "701" : "700";
            personMain = personMain || author;
            add(marc, data(tag, u' ', u'1', {{u'a', surname}, {u'b', forename}, {u'4', code}}));
        } else {
            const char* tag = !author ? "712" : personMain || organisationMain ? "711" : "710";
            organisationMain = organisationMain || author;
            add(marc, data(tag, u'0', u'2', {{u'a', p.name}, {u'4', code}}));
        }
    }
    add(marc, data("856", u'4', u' ', {{u'u', r.url}}));
    add(marc, data("909", u' ', u' ', {{u'a', Vocabulary::key(r.type)}}));
    for (const Copy& c : r.copies)
        add(marc, data("995", u' ', u' ',
                       {{u'f', c.barcode},
                        {u'k', c.callNumber.isEmpty() ? r.callNumber : c.callNumber},
                        {u'c', c.location}}));
    if (r.copies.isEmpty())
        add(marc, data("995", u' ', u' ', {{u'k', r.callNumber}}));
    return marc;
}

MarcRecord writeMarc21(const Record& r, const QDate& today)
{
    MarcRecord marc;
    const auto [kind, level] = leaderCodes(r.type, MarcFlavour::Marc21);
    marc.leader = QStringLiteral("00000n%1%2 a2200000 i 4500").arg(QChar(kind)).arg(QChar(level));
    if (r.id)
        marc.fields.append(control("001", QString::number(r.id)));
    const QString year = r.year() ? QString::number(r.year()) : QStringLiteral("    ");
    const QString language = r.language.isEmpty() ? QStringLiteral("und") : r.language.left(3);
    marc.fields.append(control("008", today.toString(QStringLiteral("yyMMdd")) + (r.year() ? u's' : u'n') +
                                          year + QLatin1String("    fr ") + QString(17, u'|') + language +
                                          QLatin1String(" d")));
    add(marc, data("020", u' ', u' ', {{u'a', r.isbn}}));
    add(marc, data("022", u' ', u' ', {{u'a', r.issn}}));
    add(marc, data("041", u'0', u' ', {{u'a', r.language}}));
    bool main = false;
    QList<MarcField> added;
    for (const Responsibility& p : r.responsibilities) {
        const QString code = QLatin1String(relatorOf(p.role).marc21);
        const bool author = p.role == Role::Author || p.role == Role::LeadOrganisation;
        const bool person = p.kind == AuthorityKind::Person;
        if (author && !main) {
            main = true;
            add(marc,
                data(person ? "100" : "110", person ? u'1' : u'2', u' ', {{u'a', p.name}, {u'4', code}}));
        } else {
            added.append(
                data(person ? "700" : "710", person ? u'1' : u'2', u' ', {{u'a', p.name}, {u'4', code}}));
        }
    }
    add(marc, data("245", main ? u'1' : u'0', u'0',
                   {{u'a', r.title}, {u'b', r.subtitle}, {u'c', r.authorsDisplay()}}));
    add(marc, data("250", u' ', u' ', {{u'a', r.edition}}));
    add(marc, data("264", u' ', u'1', {{u'a', r.place}, {u'b', r.publisher}, {u'c', r.date.left(4)}}));
    add(marc, data("300", u' ', u' ', {{u'a', r.extent}}));
    add(marc, data("490", u'0', u' ', {{u'a', r.collection}, {u'v', r.collectionNumber}}));
    addLines(marc, "500", r.notes);
    if (r.type == DocumentType::Thesis)
        add(marc, data("502", u' ', u' ', {{u'a', r.genre}}));
    addLines(marc, "520", r.abstract);
    add(marc, data("521", u' ', u' ', {{u'a', r.audience}}));
    for (const QString& s : r.subjects)
        add(marc, data("650", u' ', u'7', {{u'a', s}, {u'2', QStringLiteral("local")}}));
    for (const QString& t : r.territories)
        add(marc, data("651", u' ', u'7', {{u'a', t}, {u'2', QStringLiteral("local")}}));
    for (const QString& k : r.keywords)
        add(marc, data("653", u' ', u' ', {{u'a', k}}));
    for (MarcField& f : added)
        add(marc, std::move(f));
    add(marc, data("773", u'0', u' ',
                   {{u't', r.containerTitle},
                    {u'g', r.volume.isEmpty() ? QString() : QLatin1String("vol. ") + r.volume},
                    {u'g', r.issue.isEmpty() ? QString() : QLatin1String("no. ") + r.issue},
                    {u'g', r.pages.isEmpty() ? QString() : QLatin1String("p. ") + r.pages}}));
    for (const Copy& c : r.copies)
        add(marc, data("852", u' ', u' ',
                       {{u'b', c.location},
                        {u'h', c.callNumber.isEmpty() ? r.callNumber : c.callNumber},
                        {u'p', c.barcode}}));
    if (r.copies.isEmpty())
        add(marc, data("852", u' ', u' ', {{u'h', r.callNumber}}));
    add(marc, data("856", u'4', u'0', {{u'u', r.url}}));
    add(marc, data("909", u' ', u' ', {{u'a', Vocabulary::key(r.type)}}));
    return marc;
}

} // namespace

MarcMapping::Mapped MarcMapping::toRecord(const MarcRecord& marc, MarcFlavour flavour)
{
    Mapped m;
    m.record.type = typeFromLeader(marc.leader, flavour);
    m.sourceId = marc.control(QStringLiteral("001")).trimmed();
    if (flavour == MarcFlavour::Unimarc)
        readUnimarc(marc, m);
    else
        readMarc21(marc, m);
    if (m.record.type == DocumentType::Article && m.record.containerTitle.isEmpty() &&
        m.record.issn.isEmpty())
        m.record.type = DocumentType::Book; // an analytic level without its whole: kept as a monograph
    return m;
}

MarcRecord MarcMapping::fromRecord(const Record& record, MarcFlavour flavour, const QDate& today)
{
    return flavour == MarcFlavour::Unimarc ? writeUnimarc(record, today) : writeMarc21(record, today);
}

QString MarcMapping::sourceField(const QString& recordField, MarcFlavour flavour)
{
    const bool u = flavour == MarcFlavour::Unimarc;
    static const QHash<QString, QPair<const char*, const char*>> fields = {
        {QStringLiteral("title"), {"200$a", "245$a"}},
        {QStringLiteral("subtitle"), {"200$e", "245$b"}},
        {QStringLiteral("isbn"), {"010$a", "020$a"}},
        {QStringLiteral("issn"), {"011$a", "022$a"}},
        {QStringLiteral("date"), {"210$d", "264$c"}},
        {QStringLiteral("language"), {"101$a", "041$a"}},
        {QStringLiteral("publisher"), {"210$c", "264$b"}},
        {QStringLiteral("place"), {"210$a", "264$a"}},
        {QStringLiteral("edition"), {"205$a", "250$a"}},
        {QStringLiteral("extent"), {"215$a", "300$a"}},
        {QStringLiteral("collection"), {"225$a", "490$a"}},
        {QStringLiteral("url"), {"856$u", "856$u"}},
        {QStringLiteral("containerTitle"), {"461$t", "773$t"}},
        {QStringLiteral("responsibilities"), {"700", "100"}},
        {QStringLiteral("subjects"), {"606", "650"}},
    };
    QString key = recordField;
    if (key.startsWith(QLatin1String("copies")))
        return u ? QStringLiteral("995$f") : QStringLiteral("852$p");
    if (const qsizetype bracket = key.indexOf(u'['); bracket > 0)
        key.truncate(bracket);
    const auto it = fields.constFind(key);
    if (it == fields.constEnd())
        return recordField;
    return QLatin1String(u ? it->first : it->second);
}

} // namespace infodoc::core

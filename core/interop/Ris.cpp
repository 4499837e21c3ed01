#include "core/interop/Ris.h"

#include "core/catalog/StandardNumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace infodoc::core {

namespace {

struct Field
{
    QString tag;
    QString value;
};

QString cleaned(const QString& s)
{
    return s.simplified().normalized(QString::NormalizationForm_C);
}

// "Hartmann,J." -> "Hartmann, J."
QString personName(const QString& name)
{
    QString n = cleaned(name);
    const qsizetype comma = n.indexOf(u',');
    if (comma > 0 && comma + 1 < n.size() && n.at(comma + 1) != u' ')
        n.insert(comma + 1, u' ');
    return n;
}

// "1995///", "2003/05/14/", "2019": the date as the catalogue keeps it.
QString risDate(const QString& text)
{
    static const QRegularExpression date(
        QStringLiteral("^\\s*(\\d{4})(?:[/-](\\d{1,2}))?(?:[/-](\\d{1,2}))?"));
    const auto m = date.match(text);
    if (!m.hasMatch())
        return {};
    QString out = m.captured(1);
    if (!m.captured(2).isEmpty()) {
        out += u'-' + m.captured(2).rightJustified(2, u'0');
        if (!m.captured(3).isEmpty())
            out += u'-' + m.captured(3).rightJustified(2, u'0');
    }
    return out;
}

DocumentType typeOf(const QString& ty)
{
    static const QHash<QString, DocumentType> types = {
        {QStringLiteral("BOOK"), DocumentType::Book},
        {QStringLiteral("EBOOK"), DocumentType::Book},
        {QStringLiteral("EDBOOK"), DocumentType::Book},
        {QStringLiteral("JOUR"), DocumentType::Article},
        {QStringLiteral("EJOUR"), DocumentType::Article},
        {QStringLiteral("MGZN"), DocumentType::Article},
        {QStringLiteral("NEWS"), DocumentType::Article},
        {QStringLiteral("CHAP"), DocumentType::Chapter},
        {QStringLiteral("ECHAP"), DocumentType::Chapter},
        {QStringLiteral("CONF"), DocumentType::Proceedings},
        {QStringLiteral("CPAPER"), DocumentType::Proceedings},
        {QStringLiteral("THES"), DocumentType::Thesis},
        {QStringLiteral("RPRT"), DocumentType::Report},
        {QStringLiteral("ELEC"), DocumentType::WebResource},
        {QStringLiteral("WEB"), DocumentType::WebResource},
        {QStringLiteral("BLOG"), DocumentType::WebResource},
        {QStringLiteral("VIDEO"), DocumentType::Audiovisual},
        {QStringLiteral("MPCT"), DocumentType::Audiovisual},
        {QStringLiteral("SOUND"), DocumentType::Audiovisual},
        {QStringLiteral("DATA"), DocumentType::Statistics},
        {QStringLiteral("DBASE"), DocumentType::Statistics},
        {QStringLiteral("STAT"), DocumentType::Statistics},
        {QStringLiteral("SER"), DocumentType::PeriodicalIssue},
        {QStringLiteral("JFULL"), DocumentType::PeriodicalIssue},
    };
    return types.value(ty.trimmed().toUpper(), DocumentType::Book);
}

void map(interop::Parsed& p, const QString& ty, const QList<Field>& fields)
{
    Record& r = p.record;
    r.type = typeOf(ty);
    const bool part = r.type == DocumentType::Article || r.type == DocumentType::Chapter;
    QString start, end, journal, journalAbbreviation, secondary, bookTitle;
    auto fill = [](QString& to, const QString& value) {
        if (to.isEmpty())
            to = value;
    };
    for (const Field& f : fields) {
        const QString v =
            f.tag == QLatin1String("AB") || f.tag == QLatin1String("N2") || f.tag == QLatin1String("N1")
                ? f.value.trimmed().normalized(QString::NormalizationForm_C)
                : cleaned(f.value);
        if (v.isEmpty())
            continue;
        const QString& t = f.tag;
        if (t == QLatin1String("TI") || t == QLatin1String("T1") || t == QLatin1String("CT"))
            fill(r.title, v);
        else if (t == QLatin1String("BT"))
            fill(bookTitle, v);
        else if (t == QLatin1String("T2"))
            fill(secondary, v);
        else if (t == QLatin1String("JF") || t == QLatin1String("JO"))
            fill(journal, v);
        else if (t == QLatin1String("JA") || t == QLatin1String("J1") || t == QLatin1String("J2"))
            fill(journalAbbreviation, v);
        else if (t == QLatin1String("T3"))
            fill(r.collection, v);
        else if (t == QLatin1String("AU") || t == QLatin1String("A1"))
            r.responsibilities.append({personName(v), AuthorityKind::Person, Role::Author});
        else if (t == QLatin1String("A2") || t == QLatin1String("ED"))
            r.responsibilities.append({personName(v), AuthorityKind::Person, Role::Editor});
        else if (t == QLatin1String("A3") || t == QLatin1String("A4"))
            r.responsibilities.append({personName(v), AuthorityKind::Person, Role::Contributor});
        else if (t == QLatin1String("PY") || t == QLatin1String("Y1") || t == QLatin1String("DA")) {
            if (r.date.isEmpty() || (t == QLatin1String("DA") && risDate(v).size() > r.date.size()))
                r.date = risDate(v);
        } else if (t == QLatin1String("SP"))
            fill(start, v);
        else if (t == QLatin1String("EP"))
            fill(end, v);
        else if (t == QLatin1String("VL"))
            fill(r.volume, v);
        else if (t == QLatin1String("IS") || t == QLatin1String("CP"))
            fill(r.issue, v);
        else if (t == QLatin1String("PB"))
            fill(r.publisher, v);
        else if (t == QLatin1String("CY") || t == QLatin1String("PP"))
            fill(r.place, v);
        else if (t == QLatin1String("ET"))
            fill(r.edition, v);
        else if (t == QLatin1String("SN")) {
            if (r.isbn.isEmpty() && StandardNumber::normalizeIsbn(v))
                r.isbn = v;
            else if (r.issn.isEmpty() && StandardNumber::normalizeIssn(v))
                r.issn = v;
            else
                p.notes.append(
                    {QStringLiteral("SN"), Ris::tr("“%1” is neither a valid ISBN nor a valid ISSN: it "
                                                   "is left out.")
                                               .arg(v)});
        } else if (t == QLatin1String("KW")) {
            if (!r.subjects.contains(v, Qt::CaseInsensitive))
                r.subjects.append(v);
        } else if (t == QLatin1String("AB") || t == QLatin1String("N2"))
            fill(r.abstract, v);
        else if (t == QLatin1String("N1"))
            interop::appendLine(r.notes, v);
        else if (t == QLatin1String("DO"))
            interop::appendLine(r.notes, QStringLiteral("DOI : ") + v);
        else if (t == QLatin1String("UR") || t == QLatin1String("L2") || t == QLatin1String("LK"))
            fill(r.url, v);
        else if (t == QLatin1String("CN"))
            fill(r.callNumber, v);
        else if (t == QLatin1String("ID") || t == QLatin1String("AN"))
            fill(p.sourceId, v);
        else if (t == QLatin1String("M3") &&
                 (r.type == DocumentType::Thesis || r.type == DocumentType::Report))
            fill(r.genre, v);
        else if (t == QLatin1String("LA")) {
            if (v.size() == 3 && v.at(0).isLower())
                r.language = v;
            else
                p.notes.append(
                    {QStringLiteral("LA"),
                     Ris::tr("The language “%1” is not an ISO 639-2 code: it is left out.").arg(v)});
        }
    }
    // The larger whole: the journal (its full name first), the book of a chapter.
    if (r.type == DocumentType::Chapter) {
        r.containerTitle = !bookTitle.isEmpty() ? bookTitle : secondary;
    } else if (part) {
        r.containerTitle = !journal.isEmpty()     ? journal
                           : !secondary.isEmpty() ? secondary
                                                  : journalAbbreviation;
    } else {
        if (r.title.isEmpty())
            r.title = bookTitle;
        if (r.collection.isEmpty() && !secondary.isEmpty() && r.type != DocumentType::Proceedings)
            r.collection = secondary;
        else if (!secondary.isEmpty())
            r.containerTitle = secondary;
    }
    if (!start.isEmpty()) {
        if (part || !end.isEmpty())
            r.pages = end.isEmpty() ? start : start + u'-' + end;
        else
            r.extent = start + QStringLiteral(" p.");
    }
}

QString fieldOf(const QString& recordField)
{
    return Ris::sourceField(recordField);
}

} // namespace

bool Ris::looksLikeRis(const QByteArray& head)
{
    static const QRegularExpression first(QStringLiteral("^(\\x{FEFF})?\\s*TY {1,2}-"));
    return first.match(QString::fromUtf8(head.left(4096))).hasMatch();
}

QString Ris::sourceField(const QString& recordField)
{
    static const QHash<QString, QString> tags = {
        {QStringLiteral("title"), QStringLiteral("TI")},
        {QStringLiteral("isbn"), QStringLiteral("SN")},
        {QStringLiteral("issn"), QStringLiteral("SN")},
        {QStringLiteral("date"), QStringLiteral("PY")},
        {QStringLiteral("language"), QStringLiteral("LA")},
        {QStringLiteral("publisher"), QStringLiteral("PB")},
        {QStringLiteral("place"), QStringLiteral("CY")},
        {QStringLiteral("edition"), QStringLiteral("ET")},
        {QStringLiteral("extent"), QStringLiteral("SP")},
        {QStringLiteral("pages"), QStringLiteral("SP")},
        {QStringLiteral("collection"), QStringLiteral("T3")},
        {QStringLiteral("url"), QStringLiteral("UR")},
        {QStringLiteral("containerTitle"), QStringLiteral("T2")},
        {QStringLiteral("volume"), QStringLiteral("VL")},
        {QStringLiteral("issue"), QStringLiteral("IS")},
        {QStringLiteral("responsibilities"), QStringLiteral("AU")},
        {QStringLiteral("subjects"), QStringLiteral("KW")},
        {QStringLiteral("abstract"), QStringLiteral("AB")},
    };
    QString key = recordField;
    if (const qsizetype bracket = key.indexOf(u'['); bracket > 0)
        key.truncate(bracket);
    return tags.value(key, recordField);
}

Result<QList<interop::Parsed>> Ris::read(const QByteArray& data, const QString& fileName,
                                         const Progress& progress)
{
    const QByteArrayView bytes = data.startsWith("\xEF\xBB\xBF") ? QByteArrayView(data).sliced(3) : data;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes); // Reference Manager and old EndNote write Latin-1
    static const QRegularExpression tagLine(QStringLiteral("^([A-Z][A-Z0-9]) {1,2}-(?: (.*)|\\s*)$"));
    QList<interop::Parsed> out;
    bool open = false;
    interop::Parsed current;
    QString ty;
    QList<Field> fields;
    auto close = [&]() {
        map(current, ty, fields);
        current.fieldOf = fieldOf;
        out.append(current);
        open = false;
    };
    int lineNumber = 0;
    qsizetype at = 0;
    while (at <= text.size()) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        QStringView line = QStringView(text).mid(at, end - at);
        at = end + 1;
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const auto m = tagLine.match(line);
        if (m.hasMatch()) {
            const QString tag = m.captured(1);
            const QString value = m.captured(2);
            if (tag == QLatin1String("TY")) {
                if (open) {
                    current.error =
                        tr("the record has no ER line before the next record (line %1).").arg(lineNumber);
                    close();
                }
                current = {};
                current.number = int(out.size()) + 1;
                current.line = lineNumber;
                ty = value.trimmed();
                fields.clear();
                open = true;
            } else if (!open) {
                return Error{tr("%1, line %2: “%3” stands outside a record (a record starts with TY and ends "
                                "with ER).")
                                 .arg(fileName)
                                 .arg(lineNumber)
                                 .arg(tag)};
            } else if (tag == QLatin1String("ER")) {
                close();
            } else {
                fields.append({tag, value});
            }
        } else if (line.trimmed().isEmpty()) {
            continue;
        } else if (open && !fields.isEmpty()) {
            // An untagged line continues the field above; a trailing " /" marked the break.
            QString& value = fields.last().value;
            if (value.endsWith(QLatin1String(" /")))
                value.chop(2);
            value += u' ' + line.trimmed().toString();
        } else {
            return Error{tr("%1, line %2: this line is not RIS (“TY  - ” starts a record).")
                             .arg(fileName)
                             .arg(lineNumber)};
        }
        if (progress && lineNumber % 4096 == 0 && !progress(at, text.size()))
            return Error{tr("Cancelled: nothing was read.")};
    }
    if (open) {
        current.error = tr("the record does not end with an ER line: the file is cut short.");
        close();
    }
    if (out.isEmpty())
        return Error{tr("%1 holds no RIS record.").arg(fileName)};
    return out;
}

} // namespace infodoc::core

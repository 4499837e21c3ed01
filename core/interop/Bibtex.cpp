#include "core/interop/Bibtex.h"

#include "core/catalog/StandardNumber.h"
#include "core/interop/CslItem.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace infodoc::core {

namespace {

struct Entry
{
    QString type; // lower case: "article", "book"…
    QString key;
    int line = 0;
    QList<std::pair<QString, QString>> fields; // name in lower case, LaTeX value after macros
    QStringList notes;
    QString error;

    QString value(const QString& name) const
    {
        for (const auto& [n, v] : fields)
            if (n == name)
                return v;
        return {};
    }
    bool has(const QString& name) const
    {
        for (const auto& field : fields)
            if (field.first == name)
                return true;
        return false;
    }
};

// The characters BibTeX does not allow in a field or macro name.
bool isNameChar(QChar c)
{
    if (c.isSpace())
        return false;
    switch (c.unicode()) {
    case u'"':
    case u'#':
    case u'%':
    case u'\'':
    case u'(':
    case u')':
    case u',':
    case u'=':
    case u'{':
    case u'}':
        return false;
    default:
        return true;
    }
}

class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text)
    {
        static const char* const months[] = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};
        static const char* const keys[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; ++i)
            m_macros.insert(QLatin1String(keys[i]), QLatin1String(months[i]));
    }

    qsizetype position() const { return m_at; }

    // The next entry, or false at the end of the text. Strings, preambles
    // and comments are taken in along the way.
    bool next(Entry& entry)
    {
        for (;;) {
            if (!seek(u'@'))
                return false;
            const qsizetype start = m_at;
            const int startLine = m_line;
            advance(); // '@'
            skipSpace();
            const QString type = name().toLower();
            skipSpace();
            const QChar open = peek();
            if (type.isEmpty() || (open != u'{' && open != u'(')) {
                m_at = start + 1; // a lone '@' in the text between entries
                m_line = startLine;
                continue;
            }
            const QChar close = open == u'{' ? u'}' : u')';
            advance();
            if (type == QLatin1String("comment")) {
                skipGroup(close);
                continue;
            }
            entry = Entry{};
            entry.type = type;
            entry.line = startLine;
            QString error;
            if (type == QLatin1String("preamble")) {
                QString ignored;
                if (!value(ignored, entry, error) || !expect(close, error)) {
                    entry.error = error;
                    recover();
                    return true;
                }
                continue;
            }
            if (type == QLatin1String("string")) {
                skipSpace();
                const QString macro = name().toLower();
                skipSpace();
                QString text;
                if (macro.isEmpty() || !expect(u'=', error) || !value(text, entry, error) ||
                    !expect(close, error)) {
                    if (error.isEmpty())
                        error = Bibtex::tr("a @string has no name.");
                    entry.error = error;
                    recover();
                    return true;
                }
                m_macros.insert(macro, text);
                continue;
            }
            if (!fields(entry, close, error)) {
                entry.error = error;
                recover();
            }
            return true;
        }
    }

private:
    QChar peek() const { return m_at < m_text.size() ? m_text.at(m_at) : QChar(); }
    void advance()
    {
        if (m_at < m_text.size() && m_text.at(m_at) == u'\n')
            ++m_line;
        ++m_at;
    }
    bool atEnd() const { return m_at >= m_text.size(); }

    bool seek(QChar c)
    {
        while (!atEnd() && peek() != c)
            advance();
        return !atEnd();
    }

    // Blanks and, between the parts of an entry, % comments to the end of the line.
    void skipSpace()
    {
        while (!atEnd()) {
            if (peek().isSpace())
                advance();
            else if (peek() == u'%') {
                while (!atEnd() && peek() != u'\n')
                    advance();
            } else
                break;
        }
    }

    QString name()
    {
        const qsizetype from = m_at;
        while (!atEnd() && isNameChar(peek()))
            advance();
        return m_text.mid(from, m_at - from);
    }

    bool expect(QChar c, QString& error)
    {
        skipSpace();
        if (peek() != c) {
            error = atEnd() ? Bibtex::tr("the file ends inside the entry (a “%1” is missing).").arg(c)
                            : Bibtex::tr("line %1: “%2” expected, “%3” found.").arg(m_line).arg(c, peek());
            return false;
        }
        advance();
        return true;
    }

    // Past the group's closing character, braces balanced.
    void skipGroup(QChar close)
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == u'{')
                ++depth;
            else if (c == u'}' && depth > 0)
                --depth;
            else if (c == close && depth == 0)
                return;
        }
    }

    // After an error: on to the next '@' that starts a line.
    void recover()
    {
        for (; !atEnd(); advance()) {
            if (peek() == u'@') {
                qsizetype back = m_at - 1;
                while (back >= 0 && (m_text.at(back) == u' ' || m_text.at(back) == u'\t'))
                    --back;
                if (back < 0 || m_text.at(back) == u'\n')
                    return;
            }
        }
    }

    // The text between balanced braces (the opening one read), braces inside kept.
    bool braced(QString& out, QString& error)
    {
        const int startLine = m_line;
        const qsizetype from = m_at;
        int depth = 1;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\\' && m_at + 1 < m_text.size()) {
                advance();
                advance();
                continue;
            }
            if (c == u'{')
                ++depth;
            else if (c == u'}' && --depth == 0) {
                out += QStringView(m_text).mid(from, m_at - from);
                advance();
                return true;
            }
            advance();
        }
        error = Bibtex::tr("the brace opened on line %1 is never closed.").arg(startLine);
        return false;
    }

    bool quoted(QString& out, QString& error)
    {
        const int startLine = m_line;
        const qsizetype from = m_at;
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\\' && m_at + 1 < m_text.size()) {
                advance();
                advance();
                continue;
            }
            if (c == u'{')
                ++depth;
            else if (c == u'}' && depth > 0)
                --depth;
            else if (c == u'"' && depth == 0) {
                out += QStringView(m_text).mid(from, m_at - from);
                advance();
                return true;
            }
            advance();
        }
        error = Bibtex::tr("the quotation mark opened on line %1 is never closed.").arg(startLine);
        return false;
    }

    // A value: parts joined with '#', each in braces, in quotes, a number or a macro.
    bool value(QString& out, Entry& entry, QString& error)
    {
        for (;;) {
            skipSpace();
            const QChar c = peek();
            if (c == u'{') {
                advance();
                if (!braced(out, error))
                    return false;
            } else if (c == u'"') {
                advance();
                if (!quoted(out, error))
                    return false;
            } else {
                const int line = m_line;
                const QString word = name();
                if (word.isEmpty()) {
                    error = atEnd()
                                ? Bibtex::tr("the file ends where a value is expected.")
                                : Bibtex::tr("line %1: a value is expected, “%2” found.").arg(line).arg(c);
                    return false;
                }
                bool number = true;
                for (QChar d : word)
                    number = number && d.isDigit();
                if (number)
                    out += word;
                else if (const auto macro = m_macros.constFind(word.toLower()); macro != m_macros.cend())
                    out += *macro;
                else
                    entry.notes.append(
                        Bibtex::tr("line %1: the macro “%2” is not defined (no @string gives it): it "
                                   "is left out.")
                            .arg(line)
                            .arg(word));
            }
            skipSpace();
            if (peek() != u'#')
                return true;
            advance();
        }
    }

    bool fields(Entry& entry, QChar close, QString& error)
    {
        skipSpace();
        // The key runs to the first comma (a key may hold ':' or '-').
        const qsizetype from = m_at;
        while (!atEnd() && peek() != u',' && peek() != close && peek() != u'\n')
            advance();
        entry.key = m_text.mid(from, m_at - from).trimmed();
        skipSpace();
        for (;;) {
            skipSpace();
            if (peek() == close) {
                advance();
                return true;
            }
            if (peek() == u',') {
                advance();
                continue;
            }
            if (atEnd()) {
                error = Bibtex::tr("the file ends inside the entry “%1”.").arg(entry.key);
                return false;
            }
            const int line = m_line;
            const QString field = name().toLower();
            if (field.isEmpty()) {
                error = Bibtex::tr("line %1: a field name is expected, “%2” found.").arg(line).arg(peek());
                return false;
            }
            if (!expect(u'=', error))
                return false;
            QString text;
            if (!value(text, entry, error))
                return false;
            entry.fields.append({field, text});
            skipSpace();
            if (peek() != u',' && peek() != close) {
                error = atEnd() ? Bibtex::tr("the file ends inside the entry “%1”.").arg(entry.key)
                                : Bibtex::tr("line %1: “,” or the end of the entry expected after the field "
                                             "“%2”, “%3” found.")
                                      .arg(m_line)
                                      .arg(field, peek());
                return false;
            }
        }
    }

    const QString& m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    QHash<QString, QString> m_macros;
};

// --- LaTeX to Unicode -------------------------------------------------------

QChar combining(QChar accent)
{
    switch (accent.unicode()) {
    case u'`':
        return QChar(0x0300);
    case u'\'':
        return QChar(0x0301);
    case u'^':
        return QChar(0x0302);
    case u'~':
        return QChar(0x0303);
    case u'=':
        return QChar(0x0304);
    case u'u':
        return QChar(0x0306);
    case u'.':
        return QChar(0x0307);
    case u'"':
        return QChar(0x0308);
    case u'r':
        return QChar(0x030A);
    case u'H':
        return QChar(0x030B);
    case u'v':
        return QChar(0x030C);
    case u'd':
        return QChar(0x0323);
    case u'c':
        return QChar(0x0327);
    case u'k':
        return QChar(0x0328);
    case u'b':
        return QChar(0x0331);
    default:
        return {};
    }
}

const QHash<QString, QString>& symbols()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("ss"), QStringLiteral("ß")},
        {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")},
        {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("AE"), QStringLiteral("Æ")},
        {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("AA"), QStringLiteral("Å")},
        {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},
        {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},
        {QStringLiteral("i"), QStringLiteral("i")},
        {QStringLiteral("j"), QStringLiteral("j")},
        {QStringLiteral("dh"), QStringLiteral("ð")},
        {QStringLiteral("DH"), QStringLiteral("Ð")},
        {QStringLiteral("th"), QStringLiteral("þ")},
        {QStringLiteral("TH"), QStringLiteral("Þ")},
        {QStringLiteral("og"), QStringLiteral("« ")},
        {QStringLiteral("fg"), QStringLiteral(" »")},
        {QStringLiteral("guillemotleft"), QStringLiteral("«")},
        {QStringLiteral("guillemotright"), QStringLiteral("»")},
        {QStringLiteral("ldots"), QStringLiteral("…")},
        {QStringLiteral("dots"), QStringLiteral("…")},
        {QStringLiteral("textendash"), QStringLiteral("–")},
        {QStringLiteral("textemdash"), QStringLiteral("—")},
        {QStringLiteral("textquoteright"), QStringLiteral("’")},
        {QStringLiteral("textquoteleft"), QStringLiteral("‘")},
        {QStringLiteral("textquotedblleft"), QStringLiteral("“")},
        {QStringLiteral("textquotedblright"), QStringLiteral("”")},
        {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("texteuro"), QStringLiteral("€")},
        {QStringLiteral("textdegree"), QStringLiteral("°")},
        {QStringLiteral("S"), QStringLiteral("§")},
        {QStringLiteral("P"), QStringLiteral("¶")},
        {QStringLiteral("copyright"), QStringLiteral("©")},
        {QStringLiteral("textregistered"), QStringLiteral("®")},
        {QStringLiteral("LaTeX"), QStringLiteral("LaTeX")},
        {QStringLiteral("TeX"), QStringLiteral("TeX")},
        {QStringLiteral("textbackslash"), QStringLiteral("\\")},
        {QStringLiteral("textunderscore"), QStringLiteral("_")},
        {QStringLiteral("quad"), QStringLiteral(" ")},
        {QStringLiteral("qquad"), QStringLiteral(" ")},
    };
    return map;
}

// The group at `at` ({…}) or the single character there; `at` moves past it.
QStringView argument(QStringView s, qsizetype& at)
{
    while (at < s.size() && s.at(at) == u' ')
        ++at;
    if (at >= s.size())
        return {};
    if (s.at(at) != u'{')
        return s.mid(at++, 1);
    int depth = 0;
    const qsizetype from = at + 1;
    for (; at < s.size(); ++at) {
        if (s.at(at) == u'{')
            ++depth;
        else if (s.at(at) == u'}' && --depth == 0)
            return s.mid(from, at++ - from);
    }
    return s.mid(from);
}

// Commands whose argument is not text to keep.
bool dropsArgument(QStringView command)
{
    return command == QLatin1String("noopsort") || command == QLatin1String("label") ||
           command == QLatin1String("cite") || command == QLatin1String("ref");
}

QString latexToText(QStringView s, int depth);

void appendCommand(QString& out, QStringView s, qsizetype& at, int depth)
{
    // `at` is just past the backslash.
    if (at >= s.size())
        return;
    const QChar first = s.at(at);
    if (!first.isLetter() || ((first == u'c' || first == u'u' || first == u'v' || first == u'H' ||
                               first == u'd' || first == u'k' || first == u'b' || first == u'r') &&
                              (at + 1 >= s.size() || !s.at(at + 1).isLetter()))) {
        ++at;
        if (const QChar mark = combining(first); !mark.isNull()) {
            const QString base = latexToText(argument(s, at), depth + 1);
            if (base.isEmpty())
                return;
            out += base.at(0);
            out += mark;
            out += QStringView(base).mid(1);
            return;
        }
        switch (first.unicode()) {
        case u'\\':
        case u' ':
        case u',':
        case u';':
        case u'!':
        case u':':
            out += u' ';
            return;
        case u'-':
        case u'/':
            return;
        default:
            out += first; // \& \% \$ \# \_ \{ \}
            return;
        }
    }
    const qsizetype from = at;
    while (at < s.size() && s.at(at).isLetter())
        ++at;
    const QStringView command = s.mid(from, at - from);
    // A letter command swallows the blanks after it; "{}" ends it as well.
    while (at < s.size() && s.at(at) == u' ')
        ++at;
    if (at + 1 < s.size() && s.at(at) == u'{' && s.at(at + 1) == u'}' &&
        symbols().contains(command.toString()))
        at += 2;
    if (const auto symbol = symbols().constFind(command.toString()); symbol != symbols().cend()) {
        out += *symbol;
        return;
    }
    if (dropsArgument(command)) {
        argument(s, at);
        return;
    }
    if (command == QLatin1String("href")) {
        argument(s, at); // the address; the text follows
        return;
    }
    // \mbox, \emph, \textit, \url and any other: the text of the argument is kept.
}

QString latexToText(QStringView s, int depth)
{
    QString out;
    if (depth > 32)
        return out;
    out.reserve(s.size());
    qsizetype at = 0;
    while (at < s.size()) {
        const QChar c = s.at(at);
        if (c == u'\\') {
            ++at;
            appendCommand(out, s, at, depth);
            continue;
        }
        if (c == u'{' || c == u'}' || c == u'$') {
            ++at;
            continue;
        }
        if (c == u'~') {
            out += u' ';
        } else if (c == u'-' && s.mid(at).startsWith(QLatin1String("---"))) {
            out += QStringLiteral("—");
            at += 2;
        } else if (c == u'-' && s.mid(at).startsWith(QLatin1String("--"))) {
            out += QStringLiteral("–");
            at += 1;
        } else if (c == u'`' && s.mid(at).startsWith(QLatin1String("``"))) {
            out += QStringLiteral("“");
            at += 1;
        } else if (c == u'\'' && s.mid(at).startsWith(QLatin1String("''"))) {
            out += QStringLiteral("”");
            at += 1;
        } else {
            out += c;
        }
        ++at;
    }
    return out;
}

// Splits at depth 0 on `separator` (a word, case-insensitive, with blanks around).
QList<QStringView> splitTopLevel(QStringView s, QLatin1String separator)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'{')
            ++depth;
        else if (c == u'}' && depth > 0)
            --depth;
        else if (depth == 0 && c.isSpace() && i > from &&
                 s.mid(i + 1).startsWith(separator, Qt::CaseInsensitive) &&
                 i + 1 + separator.size() < s.size() && s.at(i + 1 + separator.size()).isSpace()) {
            parts.append(s.mid(from, i - from));
            i += separator.size() + 1;
            from = i + 1;
        }
    }
    parts.append(s.mid(from));
    return parts;
}

// Depth-0 pieces of a name: split on commas, or on blanks and ties.
QList<QStringView> pieces(QStringView s, bool onCommas)
{
    QList<QStringView> out;
    int depth = 0;
    qsizetype from = 0;
    auto cut = [&](qsizetype i) {
        const QStringView piece = s.mid(from, i - from).trimmed();
        if (!piece.isEmpty() || onCommas)
            out.append(piece);
        from = i + 1;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'{')
            ++depth;
        else if (c == u'}' && depth > 0)
            --depth;
        else if (depth == 0 && (onCommas ? c == u',' : (c.isSpace() || c == u'~')))
            cut(i);
    }
    cut(s.size());
    return out;
}

// A "von" word starts with a lower-case letter at depth 0 ("de", "van", "von").
bool isVon(QStringView word)
{
    for (QChar c : word) {
        if (c == u'{' || c == u'\\')
            return false;
        if (c.isLetter())
            return c.isLower();
    }
    return false;
}

QString clean(const QString& s)
{
    return s.simplified().normalized(QString::NormalizationForm_C);
}

QString text(const Entry& e, const char* name)
{
    return clean(Bibtex::plainText(e.value(QLatin1String(name))));
}

// An address as written: \url{…} and braces taken off, a '~' kept.
QString address(const QString& latex)
{
    QString s = latex.trimmed();
    if (s.startsWith(QLatin1String("\\url")))
        s.remove(0, 4);
    s.remove(u'{');
    s.remove(u'}');
    return s.trimmed();
}

QString dateOf(const Entry& e, interop::Parsed& p)
{
    // biblatex's date first ("2019-05-14", "2019-05"), then year and month.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(-\\d{2}(-\\d{2})?)?"));
    if (const auto m = iso.match(text(e, "date")); m.hasMatch())
        return m.captured(0);
    static const QRegularExpression year(QStringLiteral("(?<!\\d)\\d{4}(?!\\d)"));
    const QString y = text(e, "year");
    const auto found = year.match(y);
    if (!found.hasMatch()) {
        if (!y.isEmpty())
            p.notes.append(
                {QStringLiteral("year"),
                 Bibtex::tr("The year “%1” holds no year of four digits: it is left out.").arg(y)});
        return {};
    }
    QString date = found.captured(0);
    // One month, with or without a day ("jul", "10~" # jan, "7"); a span ("jun # "-" # aug") gives the year
    // only.
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QRegularExpression monthDay(
        QStringLiteral("^(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\.?$|^(\\d{1,2})$"));
    const auto m = monthDay.match(text(e, "month"));
    if (!m.hasMatch())
        return date;
    int month = 0;
    if (!m.captured(3).isEmpty())
        month = m.captured(3).toInt();
    else
        month = int(months.indexOf(m.captured(2).left(3).toLower())) + 1;
    if (month < 1 || month > 12)
        return date;
    date += QStringLiteral("-%1").arg(month, 2, 10, QChar(u'0'));
    const int day = m.captured(1).toInt();
    if (day >= 1 && day <= 31)
        date += QStringLiteral("-%1").arg(day, 2, 10, QChar(u'0'));
    return date;
}

DocumentType typeOf(const QString& type, const Entry& e)
{
    static const QHash<QString, DocumentType> types = {
        {QStringLiteral("article"), DocumentType::Article},
        {QStringLiteral("book"), DocumentType::Book},
        {QStringLiteral("booklet"), DocumentType::Book},
        {QStringLiteral("manual"), DocumentType::Guide},
        {QStringLiteral("collection"), DocumentType::Book},
        {QStringLiteral("mvbook"), DocumentType::Book},
        {QStringLiteral("inbook"), DocumentType::Chapter},
        {QStringLiteral("incollection"), DocumentType::Chapter},
        {QStringLiteral("inproceedings"), DocumentType::Chapter},
        {QStringLiteral("conference"), DocumentType::Chapter},
        {QStringLiteral("proceedings"), DocumentType::Proceedings},
        {QStringLiteral("mastersthesis"), DocumentType::Thesis},
        {QStringLiteral("phdthesis"), DocumentType::Thesis},
        {QStringLiteral("thesis"), DocumentType::Thesis},
        {QStringLiteral("techreport"), DocumentType::Report},
        {QStringLiteral("report"), DocumentType::Report},
        {QStringLiteral("unpublished"), DocumentType::Report},
        {QStringLiteral("online"), DocumentType::WebResource},
        {QStringLiteral("electronic"), DocumentType::WebResource},
        {QStringLiteral("www"), DocumentType::WebResource},
        {QStringLiteral("dataset"), DocumentType::Statistics},
        {QStringLiteral("video"), DocumentType::Audiovisual},
        {QStringLiteral("movie"), DocumentType::Audiovisual},
        {QStringLiteral("audio"), DocumentType::Audiovisual},
        {QStringLiteral("periodical"), DocumentType::PeriodicalIssue},
    };
    if (const auto t = types.constFind(type); t != types.cend())
        return *t;
    // misc and the types this mapping does not know: a web page when it has an address only.
    return e.has(QStringLiteral("url")) && !e.has(QStringLiteral("publisher")) ? DocumentType::WebResource
                                                                               : DocumentType::Book;
}

void map(const Entry& e, interop::Parsed& p)
{
    Record& r = p.record;
    r.type = typeOf(e.type, e);
    // Classic BibTeX's inbook is a part of the book named by its title.
    const bool classicInbook = e.type == QLatin1String("inbook") && !e.has(QStringLiteral("booktitle"));
    if (classicInbook)
        r.type = DocumentType::Book;
    const bool part = r.type == DocumentType::Article || r.type == DocumentType::Chapter;
    r.title = text(e, "title");
    if (const QString sub = text(e, "subtitle"); !sub.isEmpty())
        r.subtitle = sub;
    for (const Bibtex::Name& n : Bibtex::names(e.value(QStringLiteral("author"))))
        r.responsibilities.append(
            {n.name, n.organisation ? AuthorityKind::Organisation : AuthorityKind::Person, Role::Author});
    for (const Bibtex::Name& n : Bibtex::names(e.value(QStringLiteral("editor"))))
        r.responsibilities.append(
            {n.name, n.organisation ? AuthorityKind::Organisation : AuthorityKind::Person, Role::Editor});
    if (const QString org = text(e, "organization"); !org.isEmpty() && r.type != DocumentType::Proceedings)
        r.responsibilities.append({org, AuthorityKind::Organisation,
                                   r.responsibilities.isEmpty() ? Role::Author : Role::Contributor});
    if (const QString org = text(e, "organization"); !org.isEmpty() && r.type == DocumentType::Proceedings)
        r.responsibilities.append({org, AuthorityKind::Organisation, Role::Contributor});
    r.publisher = text(e, "publisher");
    r.place = text(e, "address");
    if (r.place.isEmpty())
        r.place = text(e, "location");
    r.date = dateOf(e, p);
    r.edition = text(e, "edition");
    r.collection = text(e, "series");
    const QString number = text(e, "number");
    if (r.type == DocumentType::Article)
        r.issue = number.isEmpty() ? text(e, "issue") : number;
    else
        r.collectionNumber = number;
    r.volume = text(e, "volume");
    if (r.type == DocumentType::Article)
        r.containerTitle = text(e, "journal").isEmpty() ? text(e, "journaltitle") : text(e, "journal");
    else if (part)
        r.containerTitle = text(e, "booktitle");
    else if (r.type == DocumentType::Proceedings && r.title.isEmpty())
        r.title = text(e, "booktitle");
    QString pages = text(e, "pages").replace(QStringLiteral("–"), QStringLiteral("-"));
    if (!pages.isEmpty()) {
        if (part || classicInbook)
            r.pages = pages;
        else
            r.extent = pages.contains(u'p') ? pages : pages + QStringLiteral(" p.");
    }
    if (const QString pagetotal = text(e, "pagetotal"); !pagetotal.isEmpty() && r.extent.isEmpty())
        r.extent = pagetotal + QStringLiteral(" p.");
    if (classicInbook) {
        if (const QString chapter = text(e, "chapter"); !chapter.isEmpty())
            interop::appendLine(r.notes, Bibtex::tr("Chapter %1").arg(chapter));
    }
    // A thesis: its nature and its university; a report: its kind, its institution as publisher.
    const QString school = text(e, "school").isEmpty() ? text(e, "institution") : text(e, "school");
    if (r.type == DocumentType::Thesis) {
        QString kind = text(e, "type");
        if (kind.isEmpty())
            kind = e.type == QLatin1String("mastersthesis") ? Bibtex::tr("Master’s dissertation")
                                                            : Bibtex::tr("Doctoral thesis");
        r.genre = school.isEmpty() ? kind : kind + QStringLiteral(" : ") + school;
    } else if (r.type == DocumentType::Report) {
        r.genre = text(e, "type");
        if (r.publisher.isEmpty())
            r.publisher = school;
    }
    if (const QString v = text(e, "isbn"); !v.isEmpty()) {
        if (StandardNumber::normalizeIsbn(v))
            r.isbn = v;
        else
            p.notes.append(
                {QStringLiteral("isbn"), Bibtex::tr("“%1” is not a valid ISBN: it is left out.").arg(v)});
    }
    if (const QString v = text(e, "issn"); !v.isEmpty()) {
        if (StandardNumber::normalizeIssn(v))
            r.issn = v;
        else
            p.notes.append(
                {QStringLiteral("issn"), Bibtex::tr("“%1” is not a valid ISSN: it is left out.").arg(v)});
    }
    static const QRegularExpression keywordSeparator(QStringLiteral("\\s*[,;]\\s*"));
    for (const QString& k : text(e, "keywords").split(keywordSeparator, Qt::SkipEmptyParts))
        if (!r.subjects.contains(k, Qt::CaseInsensitive))
            r.subjects.append(k);
    r.abstract = clean(Bibtex::plainText(e.value(QStringLiteral("abstract"))));
    for (const char* noteField : {"note", "annote", "annotation", "howpublished", "addendum"})
        interop::appendLine(r.notes, text(e, noteField));
    if (const QString doi = text(e, "doi"); !doi.isEmpty())
        interop::appendLine(r.notes, QStringLiteral("DOI : ") + doi);
    r.url = address(e.value(QStringLiteral("url")));
    if (r.url.isEmpty() && r.type == DocumentType::WebResource)
        r.url = text(e, "howpublished");
    if (const QString accessed = text(e, "urldate"); accessed.size() >= 4)
        r.accessed = accessed.left(10);
    QString language = text(e, "langid");
    if (language.isEmpty())
        language = text(e, "language");
    if (!language.isEmpty()) {
        r.language = CslItem::languageCode(language);
        if (r.language.isEmpty())
            p.notes.append({QStringLiteral("language"),
                            Bibtex::tr("The language “%1” is not known: it is left out.").arg(language)});
    }
    p.sourceId = e.key;
}

// Missing fields come from the entry a crossref names; a part takes the
// whole's title as its booktitle.
void resolveCrossrefs(QList<Entry>& entries)
{
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).error.isEmpty())
            byKey.insert(entries.at(i).key.toLower(), i);
    for (Entry& e : entries) {
        if (!e.error.isEmpty())
            continue;
        const QString ref = clean(e.value(QStringLiteral("crossref")));
        if (ref.isEmpty())
            continue;
        const auto parent = byKey.constFind(ref.toLower());
        if (parent == byKey.cend() || &entries.at(*parent) == &e) {
            e.notes.append(Bibtex::tr("The entry “%1” referred to by crossref is not in the file.").arg(ref));
            continue;
        }
        const Entry& whole = entries.at(*parent);
        const bool partOf = e.type.startsWith(QLatin1String("in")) || e.type == QLatin1String("conference");
        for (const auto& [name, value] : whole.fields) {
            if (name == QLatin1String("crossref") || name == QLatin1String("key"))
                continue;
            QString to = name;
            if (partOf && name == QLatin1String("title"))
                to = QStringLiteral("booktitle");
            if (partOf && name == QLatin1String("booktitle") && e.has(QStringLiteral("booktitle")))
                continue;
            if (!e.has(to) || clean(e.value(to)).isEmpty()) {
                e.fields.removeIf([&to](const auto& f) { return f.first == to; });
                e.fields.append({to, value});
            }
        }
    }
}

QString fieldOf(const QString& recordField)
{
    return Bibtex::sourceField(recordField);
}

} // namespace

QString Bibtex::plainText(QStringView latex)
{
    return latexToText(latex, 0).normalized(QString::NormalizationForm_C);
}

QList<Bibtex::Name> Bibtex::names(QStringView latex)
{
    QList<Name> out;
    for (QStringView raw : splitTopLevel(latex.trimmed(), QLatin1String("and"))) {
        raw = raw.trimmed();
        if (raw.isEmpty() || raw.compare(QLatin1String("others"), Qt::CaseInsensitive) == 0)
            continue;
        // {Centre de ressources et d'échanges} is one name, an organisation.
        if (raw.startsWith(u'{') && raw.endsWith(u'}') && pieces(raw, false).size() == 1 &&
            pieces(raw, true).size() == 1) {
            const QString whole = clean(plainText(raw));
            if (!whole.isEmpty())
                out.append({whole, true});
            continue;
        }
        const QList<QStringView> parts = pieces(raw, true);
        QString last, first, von, junior;
        auto words = [](const QList<QStringView>& list, qsizetype from, qsizetype to) {
            QStringList w;
            for (qsizetype i = from; i < to; ++i)
                w.append(list.at(i).toString());
            return w.join(u' ');
        };
        if (parts.size() == 1) {
            // First von Last: the von part is the lower-case words before the last word.
            const QList<QStringView> w = pieces(raw, false);
            if (w.isEmpty())
                continue;
            qsizetype vonStart = -1, vonEnd = -1;
            for (qsizetype i = 0; i + 1 < w.size(); ++i) {
                if (isVon(w.at(i))) {
                    if (vonStart < 0)
                        vonStart = i;
                    vonEnd = i + 1;
                }
            }
            if (vonStart < 0) {
                first = words(w, 0, w.size() - 1);
                last = w.last().toString();
            } else {
                first = words(w, 0, vonStart);
                von = words(w, vonStart, vonEnd);
                last = words(w, vonEnd, w.size());
            }
        } else {
            // von Last, First  or  von Last, Jr, First
            const QList<QStringView> w = pieces(parts.at(0), false);
            qsizetype vonEnd = 0;
            while (vonEnd + 1 < w.size() && isVon(w.at(vonEnd)))
                ++vonEnd;
            von = words(w, 0, vonEnd);
            last = words(w, vonEnd, w.size());
            if (parts.size() == 2) {
                first = parts.at(1).toString();
            } else {
                junior = parts.at(1).toString();
                first = parts.at(2).toString();
            }
        }
        QString name = clean(plainText(last));
        const QString given = clean(plainText(QString(first + (von.isEmpty() ? QString() : u' ' + von))));
        if (name.isEmpty())
            continue;
        if (!given.isEmpty())
            name += QStringLiteral(", ") + given;
        if (const QString jr = clean(plainText(junior)); !jr.isEmpty())
            name += QStringLiteral(", ") + jr;
        out.append({name, false});
    }
    return out;
}

bool Bibtex::looksLikeBibtex(const QByteArray& head)
{
    static const QRegularExpression entry(
        QStringLiteral(
            "(?:^|\\n)\\s*@\\s*(?:article|book|booklet|inbook|incollection|inproceedings|conference|"
            "manual|mastersthesis|phdthesis|misc|proceedings|techreport|unpublished|string|preamble|"
            "comment|online|report|thesis|collection|electronic|www|dataset)\\s*[{(]"),
        QRegularExpression::CaseInsensitiveOption);
    return entry.match(QString::fromUtf8(head.left(64 * 1024))).hasMatch();
}

QString Bibtex::sourceField(const QString& recordField)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("isbn"), QStringLiteral("isbn")},
        {QStringLiteral("issn"), QStringLiteral("issn")},
        {QStringLiteral("date"), QStringLiteral("year")},
        {QStringLiteral("language"), QStringLiteral("language")},
        {QStringLiteral("publisher"), QStringLiteral("publisher")},
        {QStringLiteral("place"), QStringLiteral("address")},
        {QStringLiteral("edition"), QStringLiteral("edition")},
        {QStringLiteral("extent"), QStringLiteral("pages")},
        {QStringLiteral("pages"), QStringLiteral("pages")},
        {QStringLiteral("collection"), QStringLiteral("series")},
        {QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("containerTitle"), QStringLiteral("journal")},
        {QStringLiteral("volume"), QStringLiteral("volume")},
        {QStringLiteral("issue"), QStringLiteral("number")},
        {QStringLiteral("responsibilities"), QStringLiteral("author")},
        {QStringLiteral("subjects"), QStringLiteral("keywords")},
        {QStringLiteral("abstract"), QStringLiteral("abstract")},
    };
    QString key = recordField;
    if (const qsizetype bracket = key.indexOf(u'['); bracket > 0)
        key.truncate(bracket);
    return fields.value(key, recordField);
}

Result<QList<interop::Parsed>> Bibtex::read(const QByteArray& data, const QString& fileName,
                                            const Progress& progress)
{
    const QByteArrayView bytes = data.startsWith("\xEF\xBB\xBF") ? QByteArrayView(data).sliced(3) : data;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes); // old .bib files are often Latin-1
    Parser parser(text);
    QList<Entry> entries;
    Entry entry;
    while (parser.next(entry)) {
        entries.append(std::move(entry));
        if (progress && entries.size() % 256 == 0 && !progress(parser.position(), text.size()))
            return Error{tr("Cancelled: nothing was read.")};
    }
    resolveCrossrefs(entries);
    QList<interop::Parsed> out;
    out.reserve(entries.size());
    for (const Entry& e : std::as_const(entries)) {
        interop::Parsed p;
        p.number = int(out.size()) + 1;
        p.line = e.line;
        p.fieldOf = fieldOf;
        if (!e.error.isEmpty()) {
            p.error = e.error;
            p.sourceId = e.key;
        } else {
            map(e, p);
        }
        for (const QString& note : e.notes)
            p.notes.append({QString(), note});
        out.append(std::move(p));
    }
    if (out.isEmpty())
        return Error{tr("%1 holds no BibTeX entry.").arg(fileName)};
    return out;
}

} // namespace infodoc::core

#include "core/output/Iso690.h"

#include "core/common/TextFolding.h"

#include <QHash>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

using Style = RichText::Style;

const QChar kNbsp(0x00A0);
const QChar kNarrowNbsp(0x202F);

// The words of the norm, in French whatever the interface language: the
// reference is a French document.
const QString kNoDate = QStringLiteral("[s.d.]");
const QString kNoPlace = QStringLiteral("[s.l.]");
const QString kAnd = QStringLiteral(" et ");
const QString kEtAl = QStringLiteral(" et al.");
const QString kOnline = QStringLiteral("en") + kNbsp + QStringLiteral("ligne");

QString monthName(int month)
{
    static const char* const names[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                        "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    return month >= 1 && month <= 12 ? QString::fromUtf8(names[month - 1]) : QString();
}

class Formatter
{
public:
    Formatter(const CslItem& item, const Iso690::Options& options, const QString& yearSuffix)
        : m_item(item), m_options(options), m_yearSuffix(yearSuffix)
    {}

    RichText reference();
    RichText responsibility();

private:
    bool numeric() const { return m_options.style == Iso690::Style::Numeric; }
    bool hasResponsibility() const { return !m_item.authors.isEmpty() || !m_item.editors.isEmpty(); }
    QString typo(const QString& s) const { return Iso690::typography(s); }

    QString names(const QList<CslName>& list) const;
    QString editorNames() const;
    QString yearDate() const;
    RichText title();
    RichText publisherGroup() const;
    QString date() const;
    QString issue() const;
    QString accessed() const;
    QString collection() const;
    RichText url() const;
    QString pages() const;
    QString isbn() const;

    const CslItem& m_item;
    const Iso690::Options& m_options;
    QString m_yearSuffix;
    bool m_editorsUsed = false; // the editors stood in for the authors: not repeated
};

QString Formatter::names(const QList<CslName>& list) const
{
    QStringList parts;
    const bool etAl = m_options.etAlAfter > 0 && list.size() > m_options.etAlAfter;
    const qsizetype count = etAl ? 1 : list.size();
    for (qsizetype i = 0; i < count; ++i) {
        const CslName& n = list.at(i);
        if (!n.literal.isEmpty())
            parts.append(typo(n.literal.toUpper()));
        else if (n.given.isEmpty())
            parts.append(typo(n.family.toUpper()));
        else
            parts.append(typo(n.family.toUpper()) + QStringLiteral(", ") + typo(n.given));
    }
    if (etAl)
        return parts.constFirst() + kEtAl;
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + kAnd + last;
}

QString Formatter::editorNames() const
{
    if (m_item.editors.isEmpty())
        return {};
    RichText t(names(m_item.editors));
    t.append(QStringLiteral(" ("))
        .append(m_item.editorsDirect ? QStringLiteral("dir.") : QStringLiteral("éd."))
        .append(QStringLiteral(".)"));
    return t.toPlainText();
}

QString Formatter::yearDate() const
{
    if (m_item.issued.isEmpty())
        return kNoDate;
    return QString::number(m_item.issued.year) + m_yearSuffix;
}

RichText Formatter::responsibility()
{
    RichText t;
    if (!m_item.authors.isEmpty()) {
        t.append(names(m_item.authors));
    } else if (!m_item.editors.isEmpty()) {
        t.append(editorNames());
        // Author-date: the editors were substituted for the author, and a
        // substituted name is not repeated (CSL). Numeric has no substitution.
        m_editorsUsed = !numeric();
    } else if (!numeric()) {
        return title(); // the title stands for the missing responsibility
    }
    if (!numeric() && hasResponsibility())
        t.append(QStringLiteral(", ") + yearDate());
    return t;
}

RichText Formatter::title()
{
    const QString& type = m_item.type;
    const QString text = typo(m_item.title);
    const bool withDate = !numeric() && !hasResponsibility();
    RichText t;
    if (type == QLatin1String("report")) {
        t.append(text, Style::Italic);
        if (withDate)
            t.append(QStringLiteral(", ") + yearDate() + QStringLiteral(". "));
    } else if (type == QLatin1String("chapter") || type == QLatin1String("article-journal") ||
               type == QLatin1String("webpage")) {
        t.append(text);
        t.append(withDate ? QStringLiteral(", ") + yearDate() + QStringLiteral(". ") : QStringLiteral(". "));
        const QString editors = m_editorsUsed ? QString() : editorNames();
        // No larger whole catalogued: no "In" part (citeproc prints "In :" alone).
        const bool whole = !m_item.containerTitle.isEmpty() || !editors.isEmpty();
        if (type == QLatin1String("chapter") && whole)
            t.append(QStringLiteral("In") + kNbsp + QStringLiteral(": "));
        if (type != QLatin1String("webpage") && !editors.isEmpty()) {
            t.append(editors);
            if (!m_item.containerTitle.isEmpty())
                t.append(QStringLiteral(", "));
        }
        if (!m_item.containerTitle.isEmpty())
            t.append(typo(m_item.containerTitle), Style::Italic).append(QStringLiteral("."));
    } else { // book, thesis, motion_picture
        t.append(text, Style::Italic);
        t.append(withDate ? QStringLiteral(", ") + yearDate() + QStringLiteral(". ") : QStringLiteral(". "));
    }
    if (!m_item.url.isEmpty())
        t.append(QStringLiteral(" [") + kOnline + QStringLiteral("]"));
    return t;
}

RichText Formatter::publisherGroup() const
{
    QString place = typo(m_item.publisherPlace);
    const QString publisher = typo(m_item.publisher);
    if (place.isEmpty() && !publisher.isEmpty())
        place = kNoPlace;
    QStringList parts;
    for (const QString& p : {place, publisher})
        if (!p.isEmpty())
            parts.append(p);
    return RichText(parts.join(kNbsp + QStringLiteral(": ")));
}

QString Formatter::date() const
{
    const CslDate& d = m_item.issued;
    if (d.isEmpty())
        return {};
    QString s;
    if (d.day > 0 && d.month > 0)
        s += QString::number(d.day) + u' ';
    if (d.month > 0)
        s += monthName(d.month) + u' ';
    return s + QString::number(d.year);
}

// "pp. 45‑60": ranges with a non-breaking hyphen, as the reference processor writes them.
QString Formatter::pages() const
{
    if (m_item.page.isEmpty())
        return {};
    return QStringLiteral("pp.") + kNbsp + QString(m_item.page).replace(u'-', QChar(0x2011));
}

QString Formatter::isbn() const
{
    return m_item.isbn.isEmpty() ? QString() : QStringLiteral("ISBN") + kNbsp + m_item.isbn;
}

QString Formatter::issue() const
{
    QStringList parts;
    if (!m_item.volume.isEmpty())
        parts.append(QStringLiteral("Vol.") + kNbsp + m_item.volume);
    if (!m_item.issue.isEmpty())
        parts.append((m_item.volume.isEmpty() ? QStringLiteral("N°") : QStringLiteral("n°")) + kNbsp +
                     m_item.issue);
    if (!m_item.page.isEmpty())
        parts.append(pages());
    return parts.join(QStringLiteral(", "));
}

QString Formatter::accessed() const
{
    const CslDate& d = m_item.accessed;
    if (m_item.url.isEmpty() || d.isEmpty())
        return {};
    QString s = QStringLiteral(" [Consulté le");
    if (d.day > 0)
        s += kNbsp + QString::number(d.day);
    if (d.month > 0)
        s += kNbsp + monthName(d.month);
    return s + kNbsp + QString::number(d.year) + u']';
}

QString Formatter::collection() const
{
    QStringList parts;
    for (const QString& p : {typo(m_item.collectionTitle), m_item.collectionNumber})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(QStringLiteral(", "));
}

RichText Formatter::url() const
{
    if (m_item.url.isEmpty())
        return {};
    RichText t(QStringLiteral("Disponible à l’adresse") + kNbsp + QStringLiteral(": "));
    t.append(m_item.url, Style::Link);
    return t;
}

RichText Formatter::reference()
{
    const QString& type = m_item.type;
    const QString dot = QStringLiteral(". ");
    RichText t;
    t.append(responsibility().affixed({}, dot));
    if (hasResponsibility() || numeric()) {
        RichText heading = title();
        // Titles of books and reports take the closing period from the layout.
        t.append(heading.affixed({}, dot));
    }
    auto add = [&t](const QString& text, const QString& suffix) {
        if (!text.isEmpty())
            t.append(text).append(suffix);
    };
    auto addRich = [&t](const RichText& text, const QString& suffix) { t.append(text.affixed({}, suffix)); };
    auto publisherThenYear = [&] {
        if (numeric()) {
            addRich(publisherGroup(), QStringLiteral(", "));
            add(yearDate(), dot);
        } else {
            addRich(publisherGroup(), dot);
        }
    };
    if (type == QLatin1String("article-journal")) {
        add(typo(m_item.edition), dot);
        add(date(), dot);
        add(issue(), dot);
        add(accessed(), dot);
    } else if (type == QLatin1String("chapter")) {
        add(typo(m_item.edition), dot);
        publisherThenYear();
        add(pages(), dot);
        add(collection(), dot);
        add(accessed(), dot);
        add(isbn(), dot);
    } else if (type == QLatin1String("thesis")) {
        add(typo(m_item.genre), dot);
        publisherThenYear();
        add(accessed(), dot);
    } else if (type == QLatin1String("webpage")) {
        add(date(), dot);
        add(accessed(), dot);
    } else if (type == QLatin1String("motion_picture")) {
        const QString medium = typo(m_item.medium);
        add(medium.isEmpty() ? QString() : QStringLiteral(" [") + medium + u']', dot);
        addRich(publisherGroup(), QStringLiteral(", "));
        add(date(), dot);
        add(accessed(), dot);
        add(collection(), dot);
        add(isbn(), dot);
    } else if (type == QLatin1String("report")) {
        add(typo(m_item.genre), dot);
        add(typo(m_item.edition), dot);
        publisherThenYear();
        add(accessed(), dot);
        add(collection(), dot);
    } else { // book
        add(typo(m_item.genre), dot);
        add(typo(m_item.edition), dot);
        publisherThenYear();
        add(accessed(), dot);
        add(collection(), dot);
        add(isbn(), dot);
    }
    t.append(url());
    return t.trimmed();
}

} // namespace

QString Iso690::typography(const QString& input)
{
    QString s = input;
    s.replace(u'\'', QChar(0x2019));
    static const QRegularExpression quotes(QStringLiteral("\"\\s*([^\"]*?)\\s*\""));
    s.replace(quotes, QStringLiteral("«") + kNbsp + QStringLiteral("\\1") + kNbsp + QStringLiteral("»"));
    static const QRegularExpression highPunctuation(QStringLiteral("(\\S)\\s*([?!;])"));
    s.replace(highPunctuation, QStringLiteral("\\1") + kNarrowNbsp + QStringLiteral("\\2"));
    static const QRegularExpression colon(QStringLiteral("(\\S)\\s+:"));
    s.replace(colon, QStringLiteral("\\1") + kNbsp + QStringLiteral(":"));
    return s;
}

RichText Iso690::format(const CslItem& item, const Options& options, const QString& yearSuffix)
{
    return Formatter(item, options, yearSuffix).reference();
}

QString Iso690::responsibilityKey(const CslItem& item)
{
    Options options;
    options.etAlAfter = 0;
    CslItem undated = item;
    undated.issued = {};
    return text::sortKey(Formatter(undated, options, {}).responsibility().toPlainText());
}

QString Iso690::sortKey(const CslItem& item)
{
    const QString year = item.issued.isEmpty() ? QStringLiteral("9999") : QString::number(item.issued.year);
    return responsibilityKey(item) + u'\x1f' + year;
}

QList<RichText> Iso690::formatAll(const QList<CslItem>& items, const Options& options)
{
    QHash<QString, QList<int>> sameYear; // responsibility + year -> positions
    if (options.style == Style::AuthorDate) {
        for (int i = 0; i < items.size(); ++i) {
            if (!items.at(i).issued.isEmpty())
                sameYear[sortKey(items.at(i))].append(i);
        }
    }
    QList<QString> suffixes(items.size());
    for (const QList<int>& positions : std::as_const(sameYear)) {
        if (positions.size() < 2)
            continue;
        for (int n = 0; n < positions.size(); ++n) {
            QString suffix;
            for (int k = n; k >= 0; k = k / 26 - 1)
                suffix.prepend(QChar(u'a' + k % 26));
            suffixes[positions.at(n)] = suffix;
        }
    }
    QList<RichText> references;
    references.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        references.append(format(items.at(i), options, suffixes.at(i)));
    return references;
}

} // namespace infodoc::core

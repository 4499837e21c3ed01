#include "core/output/Bibliography.h"

#include "core/catalog/RecordRepository.h"
#include "core/catalog/Thesaurus.h"
#include "core/common/Clock.h"
#include "core/common/TextFolding.h"

#include <QMap>

#include <algorithm>

namespace infodoc::core {

std::optional<BibliographyOptions::Order> BibliographyOptions::orderFromKey(const QString& key)
{
    if (key == QLatin1String("author"))
        return Order::Author;
    if (key == QLatin1String("date"))
        return Order::Date;
    if (key == QLatin1String("title"))
        return Order::Title;
    return std::nullopt;
}

std::optional<BibliographyOptions::Grouping> BibliographyOptions::groupingFromKey(const QString& key)
{
    if (key == QLatin1String("none"))
        return Grouping::None;
    if (key == QLatin1String("type"))
        return Grouping::Type;
    if (key == QLatin1String("subject"))
        return Grouping::Subject;
    if (key == QLatin1String("territory"))
        return Grouping::Territory;
    return std::nullopt;
}

std::optional<Iso690::Style> BibliographyOptions::styleFromKey(const QString& key)
{
    if (key == QLatin1String("iso690-author-date"))
        return Iso690::Style::AuthorDate;
    if (key == QLatin1String("iso690-numeric"))
        return Iso690::Style::Numeric;
    return std::nullopt;
}

int Bibliography::count() const
{
    int n = 0;
    for (const Group& g : groups)
        n += int(g.entries.size());
    return n;
}

QString BibliographyBuilder::holdings(const Record& r)
{
    QStringList callNumbers;
    if (!r.callNumber.isEmpty())
        callNumbers.append(r.callNumber);
    int available = 0;
    int onSite = 0;
    int onLoan = 0;
    QString location;
    for (const Copy& c : r.copies) {
        if (!c.callNumber.isEmpty() && !callNumbers.contains(c.callNumber))
            callNumbers.append(c.callNumber);
        switch (c.status) {
        case CopyStatus::Available:
            ++available;
            if (location.isEmpty())
                location = c.location;
            break;
        case CopyStatus::ReferenceOnly:
            ++onSite;
            if (location.isEmpty())
                location = c.location;
            break;
        case CopyStatus::OnLoan:
            ++onLoan;
            break;
        case CopyStatus::Lost:
        case CopyStatus::Withdrawn:
            break;
        }
    }
    QStringList parts;
    if (!callNumbers.isEmpty())
        parts.append(tr("Call number: %1").arg(callNumbers.join(QStringLiteral(", "))));
    QString state;
    if (available > 0)
        state = tr("available");
    else if (onSite > 0)
        state = tr("for consultation on site");
    else if (onLoan > 0)
        state = tr("on loan");
    else if (!r.copies.isEmpty())
        state = tr("not available");
    if (!state.isEmpty() && !location.isEmpty())
        state = tr("%1 (%2)").arg(state, location);
    if (!state.isEmpty())
        parts.append(state);
    return parts.join(QStringLiteral(" — "));
}

Bibliography BibliographyBuilder::build(const QList<Record>& records, const BibliographyOptions& options,
                                        const CentreIdentity& centre, const ThemeOf& themeOf)
{
    struct Item
    {
        const Record* record;
        CslItem csl;
        QString key;
    };
    QList<Item> items;
    items.reserve(records.size());
    for (const Record& r : records) {
        Item item{&r, CslItem::fromRecord(r), {}};
        switch (options.order) {
        case BibliographyOptions::Order::Author:
            item.key = Iso690::sortKey(item.csl);
            break;
        case BibliographyOptions::Order::Date:
            // Newest first; undated last.
            item.key =
                QStringLiteral("%1").arg(9999 - (item.csl.issued.isEmpty() ? -1 : item.csl.issued.year), 5,
                                         10, QChar(u'0')) +
                QString::asprintf("%02d%02d", 12 - item.csl.issued.month, 31 - item.csl.issued.day) +
                text::sortKey(item.csl.title);
            break;
        case BibliographyOptions::Order::Title:
            item.key = text::sortKey(item.csl.title) + u'\x1f' + Iso690::sortKey(item.csl);
            break;
        }
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });

    // Group headings in their display order; "other" last.
    const QString noGroup = options.grouping == BibliographyOptions::Grouping::Subject ? tr("Other themes")
                            : options.grouping == BibliographyOptions::Grouping::Territory
                                ? tr("No territory")
                                : QString();
    auto headingOf = [&](const Record& r) -> std::pair<QString, QString> { // heading, sort key
        switch (options.grouping) {
        case BibliographyOptions::Grouping::None:
            return {};
        case BibliographyOptions::Grouping::Type: {
            const int position = int(Vocabulary::documentTypes().indexOf(r.type));
            return {Vocabulary::label(r.type), QStringLiteral("%1").arg(position, 3, 10, QChar(u'0'))};
        }
        case BibliographyOptions::Grouping::Subject: {
            if (r.subjects.isEmpty())
                return {noGroup, QStringLiteral("\xff")};
            const QString theme = themeOf ? themeOf(r.subjects.constFirst()) : r.subjects.constFirst();
            return {theme, text::sortKey(theme)};
        }
        case BibliographyOptions::Grouping::Territory:
            if (r.territories.isEmpty())
                return {noGroup, QStringLiteral("\xff")};
            return {r.territories.constFirst(), text::sortKey(r.territories.constFirst())};
        }
        return {};
    };
    struct Pending
    {
        QString heading;
        QList<const Item*> members;
    };
    QMap<QString, Pending> byKey; // headings in their printed order
    for (const Item& item : std::as_const(items)) {
        const auto [heading, key] = headingOf(*item.record);
        Pending& pending = byKey[key];
        pending.heading = heading;
        pending.members.append(&item);
    }

    Bibliography b;
    b.title = options.title;
    b.introduction = options.introduction;
    b.centre = centre;
    b.style = options.reference.style;
    b.abstracts = options.abstracts;
    // Year suffixes are given over the whole list, in the order it is printed.
    QList<CslItem> cslItems;
    cslItems.reserve(items.size());
    for (const Pending& pending : std::as_const(byKey))
        for (const Item* item : pending.members)
            cslItems.append(item->csl);
    const QList<RichText> references = Iso690::formatAll(cslItems, options.reference);
    int number = 0;
    for (const Pending& pending : std::as_const(byKey)) {
        Bibliography::Group group{pending.heading, {}};
        for (const Item* item : pending.members) {
            const Record& r = *item->record;
            Bibliography::Entry entry;
            entry.recordId = r.id;
            entry.item = item->csl;
            entry.reference = references.at(number);
            entry.number = ++number;
            if (options.abstracts)
                entry.abstract = r.abstract.trimmed();
            if (options.holdings)
                entry.holdings = holdings(r);
            group.entries.append(entry);
        }
        b.groups.append(group);
    }
    return b;
}

Result<Bibliography> BibliographyBuilder::fromCatalogue(Database& db, const QList<qint64>& ids,
                                                        const BibliographyOptions& options,
                                                        const Progress& progress)
{
    SystemClock clock;
    RecordRepository repository(db, clock);
    QList<Record> records;
    records.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        if (progress && i % 50 == 0 && !progress(i, int(ids.size())))
            return Error{tr("Cancelled.")};
        auto record = repository.get(ids.at(i));
        if (!record)
            return record.error();
        records.append(std::move(*record));
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    // The themes of the first subjects, read before building: one look-up per descriptor.
    Thesaurus thesaurus(db, clock);
    QHash<QString, QString> themes;
    for (const Record& r : std::as_const(records)) {
        if (r.subjects.isEmpty() || themes.contains(r.subjects.constFirst()))
            continue;
        const auto theme = thesaurus.theme(r.subjects.constFirst());
        if (!theme)
            return theme.error();
        themes.insert(r.subjects.constFirst(), *theme);
    }
    auto themeOf = [&themes](const QString& label) { return themes.value(label, label); };
    const auto centre = CentreSettings(db).load();
    if (!centre)
        return centre.error();
    return build(records, options, *centre, themeOf);
}

} // namespace infodoc::core

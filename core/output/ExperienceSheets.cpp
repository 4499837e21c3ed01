#include "core/output/ExperienceSheets.h"

#include "core/catalog/RecordRepository.h"
#include "core/catalog/Territories.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

QStringList paragraphs(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("\\n\\s*"));
    QStringList out;
    for (const QString& p : text.split(breaks, Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    return out;
}

QString attachmentLine(const Attachment& a)
{
    const QLocale locale;
    QString kind = a.mimeType.section(u'/', 1).toUpper();
    if (a.mimeType == QLatin1String("application/pdf"))
        kind = QStringLiteral("PDF");
    const QString size = locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat);
    return kind.isEmpty() ? QStringLiteral("%1 (%2)").arg(a.fileName, size)
                          : QStringLiteral("%1 (%2, %3)").arg(a.fileName, kind, size);
}

} // namespace

QString ExperienceSheets::dateInWords(const QString& iso)
{
    const QLocale locale;
    const QStringList parts = iso.trimmed().split(u'-');
    bool ok = false;
    const int year = parts.value(0).toInt(&ok);
    if (!ok)
        return iso.trimmed();
    if (parts.size() == 1)
        return QString::number(year);
    const int month = parts.value(1).toInt();
    if (month < 1 || month > 12)
        return iso.trimmed();
    if (parts.size() == 2)
        return locale.standaloneMonthName(month, QLocale::LongFormat) + u' ' + QString::number(year);
    const QDate date(year, month, parts.value(2).toInt());
    if (!date.isValid())
        return iso.trimmed();
    QString day = QString::number(date.day());
    // French ordinal for the first of the month: "1er septembre".
    if (date.day() == 1 && locale.language() == QLocale::French)
        day += QStringLiteral("er");
    return day + QChar(0x00A0) + locale.monthName(month, QLocale::LongFormat) + u' ' + QString::number(year);
}

QString ExperienceSheets::period(const QString& start, const QString& end)
{
    const QString from = dateInWords(start);
    const QString to = dateInWords(end);
    // A range with a dash reads right whatever the precision of each date
    // ("1er septembre 2019 – juin 2021"), where prepositions would not.
    if (!from.isEmpty() && !to.isEmpty())
        return from + QStringLiteral(" – ") + to;
    if (!from.isEmpty())
        return tr("%1 – ongoing").arg(from);
    if (!to.isEmpty())
        return tr("ends %1").arg(to);
    return {};
}

SheetDocument ExperienceSheets::build(const Record& r, const SheetTemplate& sheetTemplate,
                                      const IsNeighbourhood& isNeighbourhood)
{
    SheetDocument d;
    d.record = r;
    for (const QString& t : r.territories)
        (isNeighbourhood && isNeighbourhood(t) ? d.neighbourhoods : d.territories).append(t);
    for (const Responsibility& resp : r.responsibilities) {
        if (resp.role == Role::LeadOrganisation)
            d.leads.append(resp.name);
        else if (resp.role == Role::Partner)
            d.partners.append(resp.name);
    }
    const ExperienceSheet s = r.sheet.value_or(ExperienceSheet{});
    d.period = period(s.startDate, s.endDate);

    for (const SheetTemplate::Field& f : sheetTemplate.fields) {
        SheetDocument::Item item{f.field, SheetTemplates::labelOf(f), {}};
        switch (f.field) {
        case SheetField::Territory:
            item.values = d.territories;
            break;
        case SheetField::Neighbourhood:
            item.values = d.neighbourhoods;
            break;
        case SheetField::Lead:
            item.values = d.leads;
            break;
        case SheetField::Partners:
            item.values = d.partners;
            break;
        case SheetField::Period:
            item.values = QStringList{d.period};
            break;
        case SheetField::Public:
            item.values = QStringList{s.targetPublic.simplified()};
            break;
        case SheetField::Subjects:
            item.values = r.subjects;
            break;
        case SheetField::Keywords:
            item.values = r.keywords;
            break;
        case SheetField::Context:
            item.values = paragraphs(s.context);
            break;
        case SheetField::Objectives:
            item.values = paragraphs(s.objectives);
            break;
        case SheetField::Actions:
            item.values = paragraphs(s.description);
            break;
        case SheetField::Means:
            item.values = paragraphs(s.means);
            break;
        case SheetField::Results:
            item.values = paragraphs(s.results);
            break;
        case SheetField::Contact:
            item.values = paragraphs(s.contact);
            break;
        case SheetField::Abstract:
            item.values = paragraphs(r.abstract);
            break;
        case SheetField::WebAddress:
            item.values = QStringList{r.url.trimmed()};
            break;
        case SheetField::Attachments:
            for (const Attachment& a : r.attachments)
                item.values.append(attachmentLine(a));
            break;
        }
        item.values.removeAll(QString());
        if (item.values.isEmpty())
            continue;
        (SheetTemplate::isFact(f.field) ? d.facts : d.sections).append(item);
    }
    return d;
}

Result<QList<qint64>> ExperienceSheets::sheetsAmong(const QList<qint64>& ids) const
{
    QSet<qint64> sheets;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM record WHERE type = ? AND id IN (%1)")
                      .arg(sqlIdList(ids.mid(start, 500))));
        q.addBindValue(Vocabulary::key(DocumentType::ExperienceSheet));
        if (auto s = eachRow(q, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"),
                             [&] { sheets.insert(q.value(0).toLongLong()); });
            !s)
            return s.error();
    }
    QList<qint64> out;
    for (qint64 id : ids)
        if (sheets.contains(id))
            out.append(id);
    return out;
}

Result<QList<SheetDocument>> ExperienceSheets::load(const QList<qint64>& ids,
                                                    const SheetTemplate& sheetTemplate,
                                                    const Progress& progress) const
{
    SystemClock clock;
    RecordRepository records(m_db, clock);
    Territories territories(m_db, clock);
    QHash<QString, bool> neighbourhood;
    std::optional<Error> failed; // a territory that could not be read stops the sheets
    const IsNeighbourhood isNeighbourhood = [&](const QString& name) {
        auto it = neighbourhood.constFind(name);
        if (it == neighbourhood.constEnd()) {
            const auto t = territories.find(name);
            if (!t && !failed)
                failed = t.error();
            it = neighbourhood.insert(name, t && *t && (*t)->level == Territories::Level::Neighbourhood);
        }
        return *it;
    };
    QList<SheetDocument> sheets;
    sheets.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        if (progress && !progress(i, int(ids.size())))
            return Error{tr("Cancelled.")};
        auto record = records.get(ids.at(i));
        if (!record)
            return record.error();
        if (record->type != DocumentType::ExperienceSheet)
            return Error{tr("Record %1 (\"%2\") is a %3, not an experience sheet.")
                             .arg(ids.at(i))
                             .arg(record->title, Vocabulary::label(record->type).toLower())};
        sheets.append(build(*record, sheetTemplate, isNeighbourhood));
        if (failed)
            return *failed;
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return sheets;
}

} // namespace infodoc::core

#include "core/catalog/RecordValidator.h"

#include "core/catalog/StandardNumber.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace infodoc::core {

bool RecordValidator::isValidDate(const QString& date)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = pattern.match(date);
    if (!m.hasMatch())
        return false;
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(m.captured(1).toInt(), month, day).isValid();
}

QList<RecordValidator::Problem> RecordValidator::warnings(const Record& r)
{
    QList<Problem> list;
    if (r.containerTitle.trimmed().isEmpty()) {
        if (r.type == DocumentType::Chapter)
            list.append({QStringLiteral("containerTitle"),
                         tr("A chapter is part of a book: give the book's title, or the bibliography will "
                            "have nothing to point to.")});
        else if (r.type == DocumentType::Article)
            list.append({QStringLiteral("containerTitle"),
                         tr("An article is part of a periodical: give the periodical's title, or the "
                            "bibliography will have nothing to point to.")});
    }
    return list;
}

QList<RecordValidator::Problem> RecordValidator::problems(const Record& r)
{
    QList<Problem> list;
    if (r.title.trimmed().isEmpty())
        list.append({QStringLiteral("title"), tr("A title is required.")});
    if (!r.isbn.trimmed().isEmpty()) {
        if (auto isbn = StandardNumber::normalizeIsbn(r.isbn); !isbn)
            list.append({QStringLiteral("isbn"), isbn.errorMessage()});
    }
    if (!r.issn.trimmed().isEmpty()) {
        if (auto issn = StandardNumber::normalizeIssn(r.issn); !issn)
            list.append({QStringLiteral("issn"), issn.errorMessage()});
    }
    if (!r.date.isEmpty() && !isValidDate(r.date))
        list.append(
            {QStringLiteral("date"),
             tr("The date \"%1\" must be a year, year-month or full date (2019, 2019-05, 2019-05-14).")
                 .arg(r.date)});
    if (!r.accessed.isEmpty() && !isValidDate(r.accessed))
        list.append(
            {QStringLiteral("accessed"),
             tr("The consultation date \"%1\" must be a year, year-month or full date.").arg(r.accessed)});
    static const QRegularExpression language(QStringLiteral("^[a-z]{3}$"));
    if (!r.language.isEmpty() && !language.match(r.language).hasMatch())
        list.append({QStringLiteral("language"),
                     tr("The language \"%1\" must be a three-letter ISO 639-2 code such as fre or eng.")
                         .arg(r.language)});
    if (!r.url.isEmpty()) {
        const QUrl url(r.url, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
             scheme != QLatin1String("ftp")))
            list.append({QStringLiteral("url"),
                         tr("The address \"%1\" must be a full web address (https://...).").arg(r.url)});
    }
    for (int i = 0; i < r.responsibilities.size(); ++i) {
        if (r.responsibilities.at(i).name.trimmed().isEmpty())
            list.append({QStringLiteral("responsibilities[%1].name").arg(i + 1),
                         tr("Responsibility %1 has no name.").arg(i + 1)});
    }
    QSet<QString> barcodes;
    for (int i = 0; i < r.copies.size(); ++i) {
        const QString barcode = r.copies.at(i).barcode.trimmed();
        if (barcode.isEmpty())
            list.append(
                {QStringLiteral("copies[%1].barcode").arg(i + 1), tr("Copy %1 has no barcode.").arg(i + 1)});
        else if (barcodes.contains(barcode))
            list.append({QStringLiteral("copies[%1].barcode").arg(i + 1),
                         tr("The barcode %1 is given twice.").arg(barcode)});
        barcodes.insert(barcode);
    }
    if (r.sheet && r.type != DocumentType::ExperienceSheet)
        list.append({QStringLiteral("sheet"), tr("Only experience sheets have experience-sheet fields.")});
    if (r.sheet) {
        if (!r.sheet->startDate.isEmpty() && !isValidDate(r.sheet->startDate))
            list.append({QStringLiteral("sheet.startDate"),
                         tr("The start date \"%1\" is not a valid date.").arg(r.sheet->startDate)});
        if (!r.sheet->endDate.isEmpty() && !isValidDate(r.sheet->endDate))
            list.append({QStringLiteral("sheet.endDate"),
                         tr("The end date \"%1\" is not a valid date.").arg(r.sheet->endDate)});
        if (isValidDate(r.sheet->startDate) && isValidDate(r.sheet->endDate) &&
            r.sheet->endDate < r.sheet->startDate)
            list.append({QStringLiteral("sheet.endDate"), tr("The end date comes before the start date.")});
    }
    return list;
}

Result<Record> RecordValidator::normalized(const Record& record)
{
    const auto found = problems(record);
    if (!found.isEmpty())
        return Error{found.first().message};
    Record r = record;
    r.title = r.title.simplified();
    r.subtitle = r.subtitle.simplified();
    r.containerTitle = r.containerTitle.simplified();
    if (!r.isbn.trimmed().isEmpty())
        r.isbn = *StandardNumber::normalizeIsbn(r.isbn);
    if (!r.issn.trimmed().isEmpty())
        r.issn = *StandardNumber::normalizeIssn(r.issn);
    for (Copy& c : r.copies)
        c.barcode = c.barcode.trimmed();
    for (Responsibility& p : r.responsibilities)
        p.name = p.name.simplified();
    QStringList keywords;
    for (const QString& k : std::as_const(r.keywords)) {
        const QString s = k.simplified();
        if (!s.isEmpty() && !keywords.contains(s))
            keywords.append(s);
    }
    r.keywords = keywords;
    return r;
}

} // namespace infodoc::core

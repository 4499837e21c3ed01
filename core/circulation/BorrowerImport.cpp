#include "core/circulation/BorrowerImport.h"

#include "core/common/TextFolding.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace infodoc::core {

namespace {

const char* const kFields[] = {"name",     "surname", "forename", "card",  "category", "structure",
                               "function", "commune", "email",    "phone", "notes"};

const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> map = [] {
        // PMB's export columns, then the usual French and English names.
        const std::pair<const char*, const char*> pairs[] = {
            {"empr_cb", "card"},
            {"empr_nom", "surname"},
            {"empr_prenom", "forename"},
            {"empr_categ", "category"},
            {"empr_prof", "function"},
            {"empr_ville", "commune"},
            {"empr_mail", "email"},
            {"empr_tel1", "phone"},
            {"empr_msg", "notes"},
            {"nom", "surname"},
            {"prénom", "forename"},
            {"prenom", "forename"},
            {"nom et prénom", "name"},
            {"nom complet", "name"},
            {"name", "name"},
            {"lastname", "surname"},
            {"last name", "surname"},
            {"firstname", "forename"},
            {"first name", "forename"},
            {"carte", "card"},
            {"n° de carte", "card"},
            {"numéro de carte", "card"},
            {"code-barres", "card"},
            {"card", "card"},
            {"catégorie", "category"},
            {"category", "category"},
            {"structure", "structure"},
            {"organisme", "structure"},
            {"organisation", "structure"},
            {"fonction", "function"},
            {"function", "function"},
            {"profession", "function"},
            {"commune", "commune"},
            {"ville", "commune"},
            {"city", "commune"},
            {"courriel", "email"},
            {"e-mail", "email"},
            {"email", "email"},
            {"mail", "email"},
            {"téléphone", "phone"},
            {"telephone", "phone"},
            {"phone", "phone"},
            {"notes", "notes"},
            {"remarques", "notes"},
        };
        QHash<QString, QString> m;
        for (const auto& [from, to] : pairs)
            m.insert(text::foldedKey(QString::fromUtf8(from)), QString::fromLatin1(to));
        return m;
    }();
    return map;
}

} // namespace

int BorrowerImport::Plan::withErrors() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const Row& r) { return !r.errors.isEmpty(); }));
}

int BorrowerImport::Plan::known() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const Row& r) { return r.sameCard > 0 || !r.lookAlikes.isEmpty(); }));
}

QStringList BorrowerImport::fields()
{
    QStringList out;
    for (const char* f : kFields)
        out.append(QLatin1String(f));
    return out;
}

QString BorrowerImport::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Name (whole)")},
        {QStringLiteral("surname"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Surname")},
        {QStringLiteral("forename"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Forename")},
        {QStringLiteral("card"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Card number")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Category")},
        {QStringLiteral("structure"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Structure")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Function")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Commune")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Telephone")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("infodoc::core::BorrowerImport", "Notes")},
    };
    const auto label = labels.constFind(key);
    return label == labels.cend() ? key : tr(*label);
}

CsvMapping BorrowerImport::guess(const QStringList& header)
{
    CsvMapping mapping;
    QHash<QString, QString> names = synonyms();
    for (const QString& key : fields()) {
        names.insert(text::foldedKey(fieldLabel(key)), key);
        names.insert(text::foldedKey(key), key);
    }
    QSet<QString> taken;
    for (const QString& column : header) {
        const auto field = names.constFind(text::foldedKey(column));
        if (field == names.cend() || taken.contains(*field))
            continue;
        taken.insert(*field);
        mapping.columns.append({column, *field});
    }
    return mapping;
}

BorrowerImport::BorrowerImport(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<BorrowerImport::Plan> BorrowerImport::prepareFile(const QString& path, const CsvMapping& mapping,
                                                         const Progress& progress)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(name, file.errorString())};
    if (file.size() > qint64(64) << 20)
        return Error{tr("%1 is larger than 64 MB: not a list of borrowers.").arg(name)};
    return prepare(file.readAll(), QFileInfo(path).fileName(), mapping, progress);
}

Result<BorrowerImport::Plan> BorrowerImport::prepare(const QByteArray& data, const QString& fileName,
                                                     const CsvMapping& given, const Progress& progress)
{
    auto table = Csv::parse(data, fileName, given.delimiter);
    if (!table)
        return table.error();
    Plan plan;
    plan.fileName = fileName;
    plan.header = table->header;
    plan.mapping = given.columns.isEmpty() ? guess(table->header) : given;
    QHash<QString, int> column; // field -> index
    QHash<QString, QString> columnName;
    for (const auto& [name, field] : plan.mapping.columns) {
        const qsizetype index = table->header.indexOf(name);
        if (index < 0)
            return Error{
                tr("%1: the mapping names the column “%2”, which the first line does not have (columns: %3).")
                    .arg(fileName, name, table->header.join(QStringLiteral(", ")))};
        if (!fields().contains(field))
            return Error{tr("%1: the column “%2” goes to “%3”, which is not a field of a borrower.")
                             .arg(fileName, name, field)};
        column.insert(field, int(index));
        columnName.insert(field, name);
    }
    if (!column.contains(QStringLiteral("card")) ||
        (!column.contains(QStringLiteral("name")) && !column.contains(QStringLiteral("surname"))))
        return Error{tr("%1: say which column holds the card number and which the name (columns: %2).")
                         .arg(fileName, table->header.join(QStringLiteral(", ")))};
    Borrowers borrowers(m_db, m_clock);
    auto categories = borrowers.categories();
    if (!categories)
        return categories.error();
    if (categories->isEmpty())
        return Error{tr("There is no category of borrowers yet: create one first.")};
    QHash<QString, int> cardsInFile;
    const qint64 total = table->rows.size();
    for (const Csv::Row& row : std::as_const(table->rows)) {
        if (progress && plan.rows.size() % 64 == 0 && !progress(plan.rows.size(), total))
            return Error{tr("Cancelled: nothing was imported.")};
        Row r;
        r.line = row.line;
        auto cell = [&](const char* field) {
            const int index = column.value(QLatin1String(field), -1);
            return index >= 0 && index < row.cells.size() ? row.cells.at(index).simplified() : QString();
        };
        Borrower& b = r.borrower;
        b.name = cell("name");
        if (b.name.isEmpty()) {
            // PMB: the surname in capitals is the usual form; "Dupont, Marie" as the catalogue writes names.
            const QString surname = cell("surname");
            const QString forename = cell("forename");
            b.name = forename.isEmpty() ? surname : surname + QStringLiteral(", ") + forename;
        }
        b.card = cell("card");
        b.structure = cell("structure");
        b.function = cell("function");
        b.commune = cell("commune");
        b.email = cell("email");
        b.phone = cell("phone");
        b.notes = cell("notes");
        const QString category = cell("category");
        if (category.isEmpty()) {
            b.categoryId = categories->first().id;
        } else {
            for (const BorrowerCategory& c : std::as_const(*categories))
                if (c.code.compare(category, Qt::CaseInsensitive) == 0 ||
                    c.name.compare(category, Qt::CaseInsensitive) == 0)
                    b.categoryId = c.id;
            if (b.categoryId == 0) {
                QStringList known;
                for (const BorrowerCategory& c : std::as_const(*categories))
                    known.append(c.code);
                r.errors.append(tr("%1: the category “%2” is not one of the centre's (%3).")
                                    .arg(columnName.value(QStringLiteral("category")), category,
                                         known.join(QStringLiteral(", "))));
            }
        }
        for (const QString& p : borrowers.problems(b))
            if (b.categoryId > 0 || !p.contains(QLatin1String("category")))
                r.errors.append(p);
        if (const int other = cardsInFile.value(b.card.trimmed()); other && !b.card.trimmed().isEmpty())
            r.errors.append(
                tr("the card %1 is also on line %2 of this file.").arg(b.card.trimmed()).arg(other));
        else if (!b.card.trimmed().isEmpty())
            cardsInFile.insert(b.card.trimmed(), r.line);
        if (r.errors.isEmpty()) {
            auto same = borrowers.byCard(b.card.trimmed());
            if (!same)
                return same.error();
            if (*same) {
                r.sameCard = (*same)->id;
            } else {
                auto alike = borrowers.possibleDuplicates(b);
                if (!alike)
                    return alike.error();
                for (const Borrower& o : std::as_const(*alike))
                    r.lookAlikes.append(o.id);
                if (!r.lookAlikes.isEmpty())
                    r.warnings.append(
                        tr("may already be a borrower (same e-mail, or nearly the same name and "
                           "structure): left as it is."));
            }
        }
        plan.rows.append(std::move(r));
    }
    if (plan.rows.isEmpty())
        return Error{tr("%1 has a first line and no borrower below it.").arg(fileName)};
    return plan;
}

Result<BorrowerImport::Outcome> BorrowerImport::apply(const Plan& plan, bool validOnly, bool updateKnown,
                                                      const Progress& progress)
{
    if (const int errors = plan.withErrors(); errors && !validOnly) {
        const auto first = std::find_if(plan.rows.begin(), plan.rows.end(),
                                        [](const Row& r) { return !r.errors.isEmpty(); });
        return Error{tr("%n row(s) of %1 cannot be imported as they are (line %2: %3); nothing was imported.",
                        nullptr, errors)
                         .arg(plan.fileName)
                         .arg(first->line)
                         .arg(first->errors.first())};
    }
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    Borrowers borrowers(m_db, m_clock);
    Outcome outcome;
    qint64 done = 0;
    for (const Row& r : plan.rows) {
        // A cancel leaves the transaction open: it is rolled back, nothing written.
        if (progress && done++ % 64 == 0 && !progress(done, plan.rows.size()))
            return Error{tr("Cancelled: nothing was imported.")};
        if (!r.errors.isEmpty()) {
            outcome.leftOut.append(tr("line %1: %2").arg(r.line).arg(r.errors.first()));
            continue;
        }
        if (!r.lookAlikes.isEmpty() || (r.sameCard && !updateKnown)) {
            ++outcome.skipped;
            continue;
        }
        if (r.sameCard) {
            auto existing = borrowers.find(r.sameCard);
            if (!existing)
                return existing.error();
            Borrower b = r.borrower;
            b.id = r.sameCard;
            b.created = (*existing)->created;
            if (auto s = borrowers.update(b); !s)
                return Error{tr("line %1: %2").arg(r.line).arg(s.errorMessage())};
            ++outcome.updated;
            continue;
        }
        auto id = borrowers.add(r.borrower);
        if (!id) {
            if (!validOnly)
                return Error{tr("line %1: %2 Nothing was imported.").arg(r.line).arg(id.errorMessage())};
            outcome.leftOut.append(tr("line %1: %2").arg(r.line).arg(id.errorMessage()));
            continue;
        }
        ++outcome.added;
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return outcome;
}

} // namespace infodoc::core

#include "core/interop/Csv.h"

#include "core/catalog/StandardNumber.h"
#include "core/common/SaveFile.h"
#include "core/common/TextFolding.h"
#include "core/interop/CslItem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <memory>

namespace infodoc::core {

namespace {

const char* const kFields[] = {
    "title",
    "subtitle",
    "author",
    "editor",
    "organisation",
    "publisher",
    "place",
    "date",
    "edition",
    "collection",
    "collectionNumber",
    "isbn",
    "issn",
    "extent",
    "language",
    "abstract",
    "notes",
    "subjects",
    "keywords",
    "territories",
    "url",
    "callNumber",
    "containerTitle",
    "volume",
    "issue",
    "pages",
    "genre",
    "type",
    "barcode",
    "location",
    "id",
};

using text::foldedKey;

const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> map = [] {
        const std::pair<const char*, const char*> pairs[] = {
            {"titre", "title"},
            {"title", "title"},
            {"titreprincipal", "title"},
            {"tit1", "title"},
            {"soustitre", "subtitle"},
            {"subtitle", "subtitle"},
            {"complementdutitre", "subtitle"},
            {"tit4", "subtitle"},
            {"auteur", "author"},
            {"auteurs", "author"},
            {"author", "author"},
            {"authors", "author"},
            {"createur", "author"},
            {"creator", "author"},
            {"editor", "editor"},
            {"directeur", "editor"},
            {"directeurs", "editor"},
            {"editeurscientifique", "editor"},
            {"collectivite", "organisation"},
            {"collectivites", "organisation"},
            {"organisme", "organisation"},
            {"organisation", "organisation"},
            {"auteurcollectivite", "organisation"},
            {"corporateauthor", "organisation"},
            {"editeur", "publisher"},
            {"editeurs", "publisher"},
            {"publisher", "publisher"},
            {"lieu", "place"},
            {"lieudedition", "place"},
            {"place", "place"},
            {"ville", "place"},
            {"date", "date"},
            {"annee", "date"},
            {"year", "date"},
            {"publicationyear", "date"},
            {"dateparution", "date"},
            {"datedeparution", "date"},
            {"datedepublication", "date"},
            {"anneedepublication", "date"},
            {"edition", "edition"},
            {"mentiondedition", "edition"},
            {"collection", "collection"},
            {"series", "collection"},
            {"seriestitle", "collection"},
            {"numerodecollection", "collectionNumber"},
            {"numerodanslacollection", "collectionNumber"},
            {"seriesnumber", "collectionNumber"},
            {"isbn", "isbn"},
            {"ean", "isbn"},
            {"issn", "issn"},
            {"pagination", "extent"},
            {"nombredepages", "extent"},
            {"numpages", "extent"},
            {"importance", "extent"},
            {"extent", "extent"},
            {"langue", "language"},
            {"language", "language"},
            {"lang", "language"},
            {"resume", "abstract"},
            {"abstract", "abstract"},
            {"abstractnote", "abstract"},
            {"description", "abstract"},
            {"notes", "notes"},
            {"note", "notes"},
            {"remarques", "notes"},
            {"commentaire", "notes"},
            {"extra", "notes"},
            {"descripteurs", "subjects"},
            {"descripteur", "subjects"},
            {"sujets", "subjects"},
            {"sujet", "subjects"},
            {"subjects", "subjects"},
            {"subject", "subjects"},
            {"motsmatiere", "subjects"},
            {"manualtags", "subjects"},
            {"motscles", "keywords"},
            {"motcle", "keywords"},
            {"keywords", "keywords"},
            {"keyword", "keywords"},
            {"tags", "keywords"},
            {"automatictags", "keywords"},
            {"topics", "keywords"},
            {"territoire", "territories"},
            {"territoires", "territories"},
            {"geographie", "territories"},
            {"url", "url"},
            {"lien", "url"},
            {"adresseweb", "url"},
            {"link", "url"},
            {"cote", "callNumber"},
            {"cotes", "callNumber"},
            {"callnumber", "callNumber"},
            {"revue", "containerTitle"},
            {"periodique", "containerTitle"},
            {"journal", "containerTitle"},
            {"publicationtitle", "containerTitle"},
            {"titredelarevue", "containerTitle"},
            {"ouvragehote", "containerTitle"},
            {"volume", "volume"},
            {"vol", "volume"},
            {"numero", "issue"},
            {"issue", "issue"},
            {"fascicule", "issue"},
            {"pages", "pages"},
            {"nature", "genre"},
            {"genre", "genre"},
            {"type", "type"},
            {"itemtype", "type"},
            {"typededocument", "type"},
            {"typedoc", "type"},
            {"codebarre", "barcode"},
            {"codebarres", "barcode"},
            {"codesbarres", "barcode"},
            {"barcode", "barcode"},
            {"localisation", "location"},
            {"location", "location"},
            {"emplacement", "location"},
            {"id", "id"},
            {"identifiant", "id"},
            {"key", "id"},
            {"idnotice", "id"},
        };
        QHash<QString, QString> m;
        for (const auto& [from, to] : pairs)
            m.insert(foldedKey(QString::fromUtf8(from)), QString::fromLatin1(to));
        return m;
    }();
    return map;
}

QString decoded(QByteArrayView bytes, QString& encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Excel in French writes its CSV in Windows-1252.
    encoding = QStringLiteral("Windows-1252");
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(bytes);
    return QString::fromLatin1(bytes);
}

// "2019", "2019-05-14", "14/05/2019", "05/2019", "mai 2019": the date as the catalogue keeps it.
QString dateOf(const QString& value)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(-\\d{2}(-\\d{2})?)?"));
    if (const auto m = iso.match(value); m.hasMatch())
        return m.captured(0);
    static const QRegularExpression french(QStringLiteral("^(?:(\\d{1,2})/)?(\\d{1,2})/(\\d{4})$"));
    if (const auto m = french.match(value); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        const int day = m.captured(1).toInt();
        if (month < 1 || month > 12 || day > 31)
            return m.captured(3);
        QString date = m.captured(3) + QStringLiteral("-%1").arg(month, 2, 10, QChar(u'0'));
        if (day > 0)
            date += QStringLiteral("-%1").arg(day, 2, 10, QChar(u'0'));
        return date;
    }
    static const QRegularExpression year(QStringLiteral("(?<!\\d)\\d{4}(?!\\d)"));
    if (const auto m = year.match(value); m.hasMatch())
        return m.captured(0);
    return {};
}

} // namespace

QStringList CsvMapping::fields()
{
    QStringList out;
    for (const char* f : kFields)
        out.append(QLatin1String(f));
    return out;
}

QString CsvMapping::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Title")},
        {QStringLiteral("subtitle"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Subtitle")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Authors (persons)")},
        {QStringLiteral("editor"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Editors")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Authors (organisations)")},
        {QStringLiteral("publisher"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Publisher")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Place of publication")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Date or year")},
        {QStringLiteral("edition"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Edition")},
        {QStringLiteral("collection"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Series")},
        {QStringLiteral("collectionNumber"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Number in the series")},
        {QStringLiteral("isbn"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "ISBN")},
        {QStringLiteral("issn"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "ISSN")},
        {QStringLiteral("extent"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Extent (pages)")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Language")},
        {QStringLiteral("abstract"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Abstract")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Notes")},
        {QStringLiteral("subjects"),
         QT_TRANSLATE_NOOP("infodoc::core::Csv", "Subjects (matched to the thesaurus)")},
        {QStringLiteral("keywords"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Keywords")},
        {QStringLiteral("territories"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Territories")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Web address")},
        {QStringLiteral("callNumber"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Call number")},
        {QStringLiteral("containerTitle"),
         QT_TRANSLATE_NOOP("infodoc::core::Csv", "Journal or book it is part of")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Volume")},
        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Issue")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Pages in the whole")},
        {QStringLiteral("genre"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Nature")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Document type")},
        {QStringLiteral("barcode"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Copy barcodes")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Copy location")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("infodoc::core::Csv", "Identifier in the file")},
    };
    const auto label = labels.constFind(key);
    return label == labels.cend() ? key : Csv::tr(*label);
}

CsvMapping CsvMapping::guess(const QStringList& header)
{
    CsvMapping mapping;
    QSet<QString> taken;
    // The labels of the fields (the headers of our own exports) and the keys themselves.
    QHash<QString, QString> names = synonyms();
    for (const QString& key : fields()) {
        names.insert(foldedKey(fieldLabel(key)), key);
        names.insert(foldedKey(key), key);
    }
    for (const QString& column : header) {
        const auto field = names.constFind(foldedKey(column));
        if (field == names.cend())
            continue;
        // Two columns for one single-valued field: the first one is kept.
        const bool list = *field == QLatin1String("author") || *field == QLatin1String("editor") ||
                          *field == QLatin1String("subjects") || *field == QLatin1String("keywords") ||
                          *field == QLatin1String("notes") || *field == QLatin1String("barcode");
        if (!list && taken.contains(*field))
            continue;
        taken.insert(*field);
        mapping.columns.append({column, *field});
    }
    return mapping;
}

Result<CsvMapping> CsvMapping::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Csv::tr("%1 is not a column mapping (JSON expected: %2).")
                         .arg(fileName, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                : Csv::tr("an object"))};
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("infodoc-csv-mapping"))
        return Error{Csv::tr("%1 is not a column mapping of Infodoc.").arg(fileName)};
    CsvMapping m;
    const QString delimiter = o.value(QLatin1String("delimiter")).toString();
    if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("\t"))
        m.delimiter = u'\t';
    else if (delimiter.size() == 1)
        m.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return Error{Csv::tr("%1: the delimiter “%2” is not one character.").arg(fileName, delimiter)};
    if (o.contains(QLatin1String("listSeparator")))
        m.listSeparator = o.value(QLatin1String("listSeparator")).toString();
    const QStringList known = fields();
    for (const QJsonValue& c : o.value(QLatin1String("columns")).toArray()) {
        const QString column = c.toObject().value(QLatin1String("column")).toString();
        const QString field = c.toObject().value(QLatin1String("field")).toString();
        if (!known.contains(field))
            return Error{Csv::tr("%1: the column “%2” goes to “%3”, which is not a field of a record.")
                             .arg(fileName, column, field)};
        m.columns.append({column, field});
    }
    return m;
}

QByteArray CsvMapping::toJson() const
{
    QJsonArray array;
    for (const auto& [column, field] : columns)
        array.append(QJsonObject{{QStringLiteral("column"), column}, {QStringLiteral("field"), field}});
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("infodoc-csv-mapping")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("listSeparator"), listSeparator},
                  {QStringLiteral("columns"), array}};
    if (!delimiter.isNull())
        o.insert(QStringLiteral("delimiter"),
                 delimiter == u'\t' ? QStringLiteral("\\t") : QString(delimiter));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<CsvMapping> CsvMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Csv::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > 1 << 20)
        return Error{Csv::tr("%1 is too large for a column mapping.").arg(path)};
    return fromJson(file.readAll(), path);
}

Status CsvMapping::save(const QString& path) const
{
    QString why;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !commitSaveFile(file, &why))
        return Error{Csv::tr("Cannot write %1: %2").arg(path, why)};
    return {};
}

bool Csv::looksLikeCsv(const QByteArray& head, const QString& fileName)
{
    const QString suffix = fileName.section(u'.', -1).toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv"))
        return false;
    const QString first = QString::fromUtf8(head.left(4096)).section(u'\n', 0, 0);
    return first.contains(detectDelimiter(first));
}

QString Csv::neutralised(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

QString Csv::line(const QStringList& cells, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += delimiter;
        const QString& cell = cells.at(i);
        if (cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            out += u'"';
            out += QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out += u'"';
        } else {
            out += cell;
        }
    }
    out += QStringLiteral("\r\n");
    return out;
}

QChar Csv::detectDelimiter(QStringView firstLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons >= commas && semicolons > 0 ? u';' : u',';
}

Result<QStringList> Csv::headerOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QByteArray head = file.read(256 * 1024);
    const qsizetype lastBreak = head.lastIndexOf('\n');
    if (!file.atEnd() && lastBreak > 0)
        head.truncate(lastBreak + 1);
    auto table = parse(head, QFileInfo(path).fileName());
    if (!table)
        return table.error();
    return table->header;
}

Result<Csv::Table> Csv::parse(const QByteArray& data, const QString& fileName, QChar delimiter,
                              const Progress& progress)
{
    const QByteArrayView bytes = data.startsWith("\xEF\xBB\xBF") ? QByteArrayView(data).sliced(3) : data;
    Table table;
    const QString text = decoded(bytes, table.encoding);
    // The delimiter from the first line that is not blank.
    qsizetype firstStart = 0;
    while (firstStart < text.size() && text.at(firstStart).isSpace())
        ++firstStart;
    qsizetype firstEnd = text.indexOf(u'\n', firstStart);
    if (firstEnd < 0)
        firstEnd = text.size();
    table.delimiter = delimiter.isNull()
                          ? detectDelimiter(QStringView(text).mid(firstStart, firstEnd - firstStart))
                          : delimiter;
    const QChar sep = table.delimiter;

    QStringList cells;
    QString cell;
    int line = 1;
    int rowLine = 1;
    bool quoted = false;
    int quoteLine = 0;
    bool headerRead = false;
    auto endRow = [&]() {
        cells.append(cell);
        cell.clear();
        // Blank lines, and lines of delimiters only, are not rows.
        const bool blank =
            std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.trimmed().isEmpty(); });
        if (!blank) {
            if (!headerRead) {
                table.header = cells;
                for (QString& h : table.header)
                    h = h.trimmed();
                headerRead = true;
            } else {
                table.rows.append({rowLine, cells});
            }
        }
        cells.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r' || i + 1 >= n || text.at(i + 1) != u'\n')
                    cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            quoteLine = line;
        } else if (c == sep) {
            cells.append(cell);
            cell.clear();
            if (cells.size() > kMaxColumns)
                return Error{tr("%1, line %2: more than %3 columns; is the delimiter right?")
                                 .arg(fileName)
                                 .arg(rowLine)
                                 .arg(kMaxColumns)};
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else {
            cell += c;
        }
        if (cell.size() > kMaxCellChars)
            return Error{
                tr("%1, line %2: a cell of more than %3 characters (a quotation mark never closed?).")
                    .arg(fileName)
                    .arg(quoted ? quoteLine : rowLine)
                    .arg(kMaxCellChars)};
        if (progress && (i & 0xFFFF) == 0 && !progress(i, n))
            return Error{tr("Cancelled: nothing was read.")};
    }
    if (quoted)
        return Error{
            tr("%1, line %2: the quotation mark opened here is never closed.").arg(fileName).arg(quoteLine)};
    if (!cell.isEmpty() || !cells.isEmpty())
        endRow();
    if (!headerRead)
        return Error{tr("%1 holds no line: there is nothing to import.").arg(fileName)};
    return table;
}

Result<QList<interop::Parsed>> Csv::read(const QByteArray& data, const QString& fileName,
                                         const CsvMapping& given, const Progress& progress, CsvMapping* used,
                                         QStringList* header)
{
    auto table = parse(data, fileName, given.delimiter, progress);
    if (!table)
        return table.error();
    CsvMapping mapping = given.columns.isEmpty() ? CsvMapping::guess(table->header) : given;
    if (given.columns.isEmpty())
        mapping.listSeparator = given.listSeparator;
    mapping.delimiter = table->delimiter;
    if (used)
        *used = mapping;
    if (header)
        *header = table->header;
    // Column index -> field; every mapped column must be in the header.
    QList<std::pair<int, QString>> mapped;
    auto columnOf = std::make_shared<QHash<QString, QString>>();
    for (const auto& [column, field] : mapping.columns) {
        const qsizetype index = table->header.indexOf(column);
        if (index < 0)
            return Error{tr("%1: the mapping names the column “%2”, which the first line does not have "
                            "(columns: %3).")
                             .arg(fileName, column, table->header.join(QStringLiteral(", ")))};
        mapped.append({int(index), field});
        if (!columnOf->contains(field))
            columnOf->insert(field, column);
    }
    if (mapped.isEmpty())
        return Error{tr("%1: no column goes to a field of the record (columns: %2); choose the mapping.")
                         .arg(fileName, table->header.join(QStringLiteral(", ")))};
    // Problems name the column the field came from.
    auto fieldOf = [columnOf](const QString& recordField) {
        QString key = recordField;
        if (const qsizetype bracket = key.indexOf(u'['); bracket > 0)
            key.truncate(bracket);
        if (key == QLatin1String("responsibilities"))
            key = QStringLiteral("author");
        else if (key == QLatin1String("copies"))
            key = QStringLiteral("barcode");
        return columnOf->value(key, recordField);
    };
    const QString separator = mapping.listSeparator.isEmpty() ? QStringLiteral(";") : mapping.listSeparator;
    auto list = [&separator](const QString& cell) {
        QStringList out;
        for (const QString& v : cell.split(separator, Qt::SkipEmptyParts))
            if (const QString t = v.simplified(); !t.isEmpty())
                out.append(t);
        return out;
    };

    QList<interop::Parsed> out;
    out.reserve(table->rows.size());
    for (const Row& row : std::as_const(table->rows)) {
        interop::Parsed p;
        p.number = int(out.size()) + 1;
        p.line = row.line;
        p.fieldOf = fieldOf;
        Record& r = p.record;
        auto note = [&](const QString& field, const QString& message) { p.notes.append({field, message}); };
        if (row.cells.size() > table->header.size())
            note({}, tr("the row has %1 cells and the first line %2 columns: the cells beyond are left out.")
                         .arg(row.cells.size())
                         .arg(table->header.size()));
        QStringList barcodes;
        QString location;
        for (const auto& [index, field] : std::as_const(mapped)) {
            if (index >= row.cells.size())
                continue;
            const QString raw = row.cells.at(index);
            const QString& column = table->header.at(index);
            const QString v = raw.simplified().normalized(QString::NormalizationForm_C);
            if (v.isEmpty())
                continue;
            auto fill = [&v](QString& to) {
                if (to.isEmpty())
                    to = v;
            };
            if (field == QLatin1String("title"))
                fill(r.title);
            else if (field == QLatin1String("subtitle"))
                fill(r.subtitle);
            else if (field == QLatin1String("author") || field == QLatin1String("editor") ||
                     field == QLatin1String("organisation")) {
                const Role role = field == QLatin1String("editor") ? Role::Editor : Role::Author;
                const AuthorityKind kind = field == QLatin1String("organisation")
                                               ? AuthorityKind::Organisation
                                               : AuthorityKind::Person;
                for (const QString& name : list(v))
                    r.responsibilities.append({name, kind, role});
            } else if (field == QLatin1String("publisher"))
                fill(r.publisher);
            else if (field == QLatin1String("place"))
                fill(r.place);
            else if (field == QLatin1String("date")) {
                r.date = dateOf(v);
                if (r.date.isEmpty())
                    note(column, tr("“%1” is not a date: it is left out.").arg(v));
            } else if (field == QLatin1String("edition"))
                fill(r.edition);
            else if (field == QLatin1String("collection"))
                fill(r.collection);
            else if (field == QLatin1String("collectionNumber"))
                fill(r.collectionNumber);
            else if (field == QLatin1String("isbn")) {
                if (StandardNumber::normalizeIsbn(v))
                    r.isbn = v;
                else
                    note(column, tr("“%1” is not a valid ISBN: it is left out.").arg(v));
            } else if (field == QLatin1String("issn")) {
                if (StandardNumber::normalizeIssn(v))
                    r.issn = v;
                else
                    note(column, tr("“%1” is not a valid ISSN: it is left out.").arg(v));
            } else if (field == QLatin1String("extent"))
                r.extent = v.contains(u'p') || !v.at(0).isDigit() ? v : v + QStringLiteral(" p.");
            else if (field == QLatin1String("language")) {
                r.language = CslItem::languageCode(v);
                if (r.language.isEmpty())
                    note(column, tr("The language “%1” is not known: it is left out.").arg(v));
            } else if (field == QLatin1String("abstract"))
                interop::appendLine(r.abstract, raw.trimmed().normalized(QString::NormalizationForm_C));
            else if (field == QLatin1String("notes"))
                interop::appendLine(r.notes, raw.trimmed().normalized(QString::NormalizationForm_C));
            else if (field == QLatin1String("subjects")) {
                for (const QString& s : list(v))
                    if (!r.subjects.contains(s, Qt::CaseInsensitive))
                        r.subjects.append(s);
            } else if (field == QLatin1String("keywords")) {
                for (const QString& s : list(v))
                    if (!r.keywords.contains(s, Qt::CaseInsensitive))
                        r.keywords.append(s);
            } else if (field == QLatin1String("territories"))
                p.places.append(list(v));
            else if (field == QLatin1String("url"))
                fill(r.url);
            else if (field == QLatin1String("callNumber"))
                fill(r.callNumber);
            else if (field == QLatin1String("containerTitle"))
                fill(r.containerTitle);
            else if (field == QLatin1String("volume"))
                fill(r.volume);
            else if (field == QLatin1String("issue"))
                fill(r.issue);
            else if (field == QLatin1String("pages"))
                fill(r.pages);
            else if (field == QLatin1String("genre"))
                fill(r.genre);
            else if (field == QLatin1String("type")) {
                const auto type = interop::documentTypeOf(v);
                r.type = type.value_or(DocumentType::Book);
                if (!type) {
                    fill(r.genre);
                    note(column,
                         tr("“%1” is not a document type of the catalogue: the record is a book, and “%1” "
                            "its nature.")
                             .arg(v));
                }
            } else if (field == QLatin1String("barcode"))
                barcodes.append(list(v));
            else if (field == QLatin1String("location"))
                fill(location);
            else if (field == QLatin1String("id"))
                fill(p.sourceId);
        }
        for (const QString& barcode : std::as_const(barcodes)) {
            Copy copy;
            copy.barcode = barcode;
            copy.callNumber = r.callNumber;
            copy.location = location;
            r.copies.append(copy);
        }
        out.append(std::move(p));
        if (progress && out.size() % 1024 == 0 && !progress(data.size(), data.size()))
            return Error{tr("Cancelled: nothing was read.")};
    }
    if (out.isEmpty())
        return Error{
            tr("%1 has a first line and no row below it: there is nothing to import.").arg(fileName)};
    return out;
}

} // namespace infodoc::core

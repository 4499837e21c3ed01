#include "core/interop/RemoteCatalogue.h"

#include "core/storage/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <yaz/zoom.h>

#include <memory>

namespace infodoc::core {

namespace {

const char kContext[] = "infodoc::core::RemoteCatalogue";
const QString kSettingKey = QStringLiteral("copycat.servers");

// A CQL term in quotes, its quotes and backslashes escaped.
QString cqlTerm(const QString& text)
{
    QString t = text.simplified();
    t.replace(u'\\', QStringLiteral("\\\\"));
    t.replace(u'"', QStringLiteral("\\\""));
    return u'"' + t + u'"';
}

// A PQF term in quotes (PQF has the same escapes).
QString pqfTerm(const QString& text)
{
    return cqlTerm(text);
}

QString isbnDigits(const QString& isbn)
{
    QString out;
    for (QChar c : isbn)
        if (c.isDigit() || c == u'X' || c == u'x')
            out += c.toUpper();
    return out;
}

struct Options
{
    ZOOM_options o = ZOOM_options_create();
    ~Options() { ZOOM_options_destroy(o); }
    void set(const char* key, const QByteArray& value) { ZOOM_options_set(o, key, value.constData()); }
};

QString zoomError(ZOOM_connection c)
{
    const char* message = nullptr;
    const char* info = nullptr;
    if (ZOOM_connection_error(c, &message, &info) == 0)
        return {};
    QString text = QString::fromUtf8(message ? message : "");
    if (info && *info)
        text += QStringLiteral(" (") + QString::fromUtf8(info) + u')';
    return text;
}

QJsonObject toJson(const RemoteCatalogue::Server& s)
{
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("protocol"), RemoteCatalogue::key(s.protocol)},
                       {QStringLiteral("address"), s.address},
                       {QStringLiteral("flavour"), s.flavour == MarcFlavour::Marc21
                                                       ? QStringLiteral("marc21")
                                                       : QStringLiteral("unimarc")},
                       {QStringLiteral("recordSchema"), s.recordSchema},
                       {QStringLiteral("isbnIndex"), s.isbnIndex},
                       {QStringLiteral("titleIndex"), s.titleIndex},
                       {QStringLiteral("authorIndex"), s.authorIndex},
                       {QStringLiteral("timeout"), s.timeoutSeconds}};
}

RemoteCatalogue::Server fromJson(const QJsonObject& o)
{
    RemoteCatalogue::Server s;
    s.name = o.value(QLatin1String("name")).toString();
    s.protocol = o.value(QLatin1String("protocol")).toString() == QLatin1String("z3950")
                     ? RemoteCatalogue::Protocol::Z3950
                     : RemoteCatalogue::Protocol::Sru;
    s.address = o.value(QLatin1String("address")).toString();
    s.flavour = o.value(QLatin1String("flavour")).toString() == QLatin1String("marc21")
                    ? MarcFlavour::Marc21
                    : MarcFlavour::Unimarc;
    s.recordSchema = o.value(QLatin1String("recordSchema")).toString(s.recordSchema);
    s.isbnIndex = o.value(QLatin1String("isbnIndex")).toString(s.isbnIndex);
    s.titleIndex = o.value(QLatin1String("titleIndex")).toString(s.titleIndex);
    s.authorIndex = o.value(QLatin1String("authorIndex")).toString(s.authorIndex);
    s.timeoutSeconds = qBound(1, o.value(QLatin1String("timeout")).toInt(s.timeoutSeconds), 300);
    return s;
}

} // namespace

QString RemoteCatalogue::key(Protocol protocol)
{
    return protocol == Protocol::Z3950 ? QStringLiteral("z3950") : QStringLiteral("sru");
}

QList<RemoteCatalogue::Server> RemoteCatalogue::presets()
{
    Server bnf;
    bnf.name = QStringLiteral("BnF");
    bnf.protocol = Protocol::Sru;
    bnf.address = QStringLiteral("https://catalogue.bnf.fr/api/SRU");
    bnf.flavour = MarcFlavour::Unimarc;
    bnf.recordSchema = QStringLiteral("unimarcXchange");
    bnf.isbnIndex = QStringLiteral("bib.isbn");
    bnf.titleIndex = QStringLiteral("bib.title");
    bnf.authorIndex = QStringLiteral("bib.author");
    Server sudoc;
    sudoc.name = QStringLiteral("SUDOC");
    sudoc.protocol = Protocol::Sru;
    sudoc.address = QStringLiteral("https://www.sudoc.abes.fr/cbs/sru/");
    sudoc.flavour = MarcFlavour::Unimarc;
    sudoc.recordSchema = QStringLiteral("unimarc");
    sudoc.isbnIndex = QStringLiteral("isb");
    sudoc.titleIndex = QStringLiteral("tit");
    sudoc.authorIndex = QStringLiteral("per");
    return {bnf, sudoc};
}

Result<QList<RemoteCatalogue::Server>> RemoteCatalogue::servers(Database& db)
{
    auto values = Settings::values(db, kSettingKey, kContext);
    if (!values)
        return values.error();
    QList<Server> out = presets();
    const QString saved = values->value(kSettingKey);
    if (saved.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(saved.toUtf8());
    for (const QJsonValue& v : doc.array()) {
        const Server s = fromJson(v.toObject());
        if (s.name.isEmpty() || s.address.isEmpty())
            continue;
        // A saved server of a preset's name replaces it (its address changed).
        const auto same =
            std::find_if(out.begin(), out.end(), [&s](const Server& p) { return p.name == s.name; });
        if (same != out.end())
            *same = s;
        else
            out.append(s);
    }
    return out;
}

Status RemoteCatalogue::saveServers(Database& db, const QList<Server>& list)
{
    QJsonArray array;
    for (const Server& s : list)
        array.append(toJson(s));
    return Settings::write(
        db, {{kSettingKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}},
        kContext);
}

Result<RemoteCatalogue::Server> RemoteCatalogue::find(Database& db, const QString& nameOrAddress)
{
    const QString wanted = nameOrAddress.trimmed();
    auto list = servers(db);
    if (!list)
        return list.error();
    for (const Server& s : std::as_const(*list))
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    const QUrl url(wanted);
    Server s;
    s.name = wanted;
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        s.protocol = Protocol::Sru;
        s.address = wanted;
        return s;
    }
    if (url.scheme() == QLatin1String("z3950") || url.scheme() == QLatin1String("tcp")) {
        if (url.host().isEmpty())
            return Error{tr("“%1” has no host: write z3950://host:port/database.").arg(wanted)};
        s.protocol = Protocol::Z3950;
        s.address = url.host() + u':' + QString::number(url.port(210)) +
                    (url.path().size() > 1 ? url.path() : QStringLiteral("/Default"));
        return s;
    }
    QStringList names;
    for (const Server& known : std::as_const(*list))
        names.append(known.name);
    return Error{
        tr("No server is named “%1” (%2); give an address: https://… for SRU, z3950://host:port/database.")
            .arg(wanted, names.join(QStringLiteral(", ")))};
}

QString RemoteCatalogue::queryText(const Server& server, const Query& query)
{
    QStringList parts;
    if (server.protocol == Protocol::Sru) {
        if (!query.isbn.trimmed().isEmpty())
            parts.append(server.isbnIndex + QStringLiteral(" all ") + cqlTerm(isbnDigits(query.isbn)));
        if (!query.title.trimmed().isEmpty())
            parts.append(server.titleIndex + QStringLiteral(" all ") + cqlTerm(query.title));
        if (!query.author.trimmed().isEmpty())
            parts.append(server.authorIndex + QStringLiteral(" all ") + cqlTerm(query.author));
        return parts.join(QStringLiteral(" and "));
    }
    // Bib-1: 7 ISBN, 4 title, 1003 author; the words of a title in any order.
    if (!query.isbn.trimmed().isEmpty())
        parts.append(QStringLiteral("@attr 1=7 ") + pqfTerm(isbnDigits(query.isbn)));
    if (!query.title.trimmed().isEmpty())
        parts.append(QStringLiteral("@attr 1=4 @attr 4=6 ") + pqfTerm(query.title));
    if (!query.author.trimmed().isEmpty())
        parts.append(QStringLiteral("@attr 1=1003 ") + pqfTerm(query.author));
    QString pqf = parts.value(parts.size() - 1);
    for (qsizetype i = parts.size() - 2; i >= 0; --i)
        pqf = QStringLiteral("@and ") + parts.at(i) + u' ' + pqf;
    return pqf;
}

Result<RemoteCatalogue::Answer> RemoteCatalogue::search(const Server& server, const Query& query, int limit)
{
    if (query.isEmpty())
        return Error{tr("Give an ISBN, a title or an author to search for.")};
    limit = qBound(1, limit, kMaxRecords);
    Options options;
    options.set("timeout", QByteArray::number(server.timeoutSeconds));
    options.set("count", QByteArray::number(limit));
    options.set("elementSetName", "F");
    QByteArray host;
    if (server.protocol == Protocol::Sru) {
        options.set("sru", "get");
        options.set("sru_version", "1.2");
        options.set("schema", server.recordSchema.toUtf8());
        host = server.address.toUtf8();
    } else {
        options.set("preferredRecordSyntax", server.flavour == MarcFlavour::Marc21 ? "usmarc" : "unimarc");
        host = QByteArrayLiteral("tcp:") + server.address.toUtf8();
    }
    auto connection = std::unique_ptr<std::remove_pointer_t<ZOOM_connection>, void (*)(ZOOM_connection)>(
        ZOOM_connection_create(options.o), ZOOM_connection_destroy);
    ZOOM_connection_connect(connection.get(), host.constData(), 0);
    if (const QString error = zoomError(connection.get()); !error.isEmpty())
        return Error{tr("%1 cannot be reached (%2): %3").arg(server.name, server.address, error)};
    auto q = std::unique_ptr<std::remove_pointer_t<ZOOM_query>, void (*)(ZOOM_query)>(ZOOM_query_create(),
                                                                                      ZOOM_query_destroy);
    const QByteArray text = queryText(server, query).toUtf8();
    const int parsed = server.protocol == Protocol::Sru ? ZOOM_query_cql(q.get(), text.constData())
                                                        : ZOOM_query_prefix(q.get(), text.constData());
    if (parsed != 0)
        return Error{
            tr("The query “%1” cannot be written for %2.").arg(QString::fromUtf8(text), server.name)};
    auto results = std::unique_ptr<std::remove_pointer_t<ZOOM_resultset>, void (*)(ZOOM_resultset)>(
        ZOOM_connection_search(connection.get(), q.get()), ZOOM_resultset_destroy);
    if (const QString error = zoomError(connection.get()); !error.isEmpty())
        return Error{tr("%1 did not answer the search (%2): %3").arg(server.name, server.address, error)};
    Answer answer;
    answer.source = server.name;
    answer.hits = qint64(ZOOM_resultset_size(results.get()));
    const qint64 wanted = qMin<qint64>(answer.hits, limit);
    QByteArray records;
    int kept = 0;
    for (qint64 i = 0; i < wanted; ++i) {
        ZOOM_record record = ZOOM_resultset_record(results.get(), size_t(i));
        if (const QString error = zoomError(connection.get()); !error.isEmpty())
            return Error{tr("%1 did not send its records (%2): %3").arg(server.name, server.address, error)};
        if (!record)
            continue;
        int length = 0;
        const char* raw = ZOOM_record_get(record, "raw", &length);
        if (!raw || length <= 0)
            continue;
        QByteArray bytes(raw, length);
        if (server.protocol == Protocol::Sru) {
            // The record is the XML of its schema; a surrogate diagnostic has no MARC record in it.
            if (!bytes.contains("record"))
                continue;
            // Each record keeps its own namespace declarations: they are cut out and wrapped.
            const qsizetype declaration = bytes.indexOf("?>");
            if (bytes.startsWith("<?xml") && declaration > 0)
                bytes.remove(0, declaration + 2);
        }
        records += bytes;
        if (server.protocol == Protocol::Sru)
            records += '\n';
        ++kept;
    }
    if (server.protocol == Protocol::Sru) {
        answer.format = Importer::Format::MarcXml;
        answer.records = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection>\n") +
                         records + QByteArrayLiteral("</collection>\n");
    } else {
        // The server may send another syntax than the one asked for: told apart per record.
        answer.format = Importer::Format::Iso2709;
        answer.records = records;
    }
    answer.count = kept;
    if (wanted > 0 && kept == 0)
        return Error{tr("%1 answered %n record(s) but sent none that is MARC (is the record schema right?).",
                        nullptr, int(wanted))
                         .arg(server.name)};
    return answer;
}

} // namespace infodoc::core

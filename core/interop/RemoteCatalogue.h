#pragma once

#include "core/common/Result.h"
#include "core/interop/Importer.h"
#include "core/interop/Marc.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infodoc::core {

class Database;

// Copy cataloguing: a search in a library's catalogue by SRU or Z39.50
// (YAZ's ZOOM API), the records it answers planned by the import as a file
// would be (duplicates, thesaurus, authorities), one of them then imported.
// Only RemoteCatalogue.cpp sees ZOOM.
class RemoteCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::RemoteCatalogue)

public:
    enum class Protocol
    {
        Sru,
        Z3950,
    };

    struct Server
    {
        QString name; // "BnF"
        Protocol protocol = Protocol::Sru;
        QString address; // SRU: "https://catalogue.bnf.fr/api/SRU"; Z39.50: "host:port/database"
        MarcFlavour flavour = MarcFlavour::Unimarc;
        QString recordSchema = QStringLiteral("marcxml"); // SRU
        // SRU: the CQL indexes of the server for the three searches.
        QString isbnIndex = QStringLiteral("bath.isbn");
        QString titleIndex = QStringLiteral("dc.title");
        QString authorIndex = QStringLiteral("dc.creator");
        int timeoutSeconds = 20;
    };

    struct Query
    {
        QString isbn;
        QString title;
        QString author;

        bool isEmpty() const
        {
            return isbn.trimmed().isEmpty() && title.trimmed().isEmpty() && author.trimmed().isEmpty();
        }
    };

    struct Answer
    {
        qint64 hits = 0;    // as the server counts them
        int count = 0;      // the records sent
        QByteArray records; // MARCXML (SRU) or ISO 2709 (Z39.50), the first ones
        Importer::Format format = Importer::Format::MarcXml;
        QString source; // "BnF" for the plan's file name
    };

    static constexpr int kMaxRecords = 50;

    // The BnF's SRU (UNIMARC) and the SUDOC's SRU, as shipped.
    static QList<Server> presets();
    // The servers of this catalogue: the presets, then those saved.
    static Result<QList<Server>> servers(Database& db);
    static Status saveServers(Database& db, const QList<Server>& servers);
    // A server named in the list, or one given by its address:
    // "z3950://host:port/db", "http(s)://…" (SRU, MARCXML).
    static Result<Server> find(Database& db, const QString& nameOrAddress);

    // The query as the server takes it: PQF (Bib-1 attributes) for Z39.50,
    // CQL with the server's indexes for SRU.
    static QString queryText(const Server& server, const Query& query);
    // The first `limit` records answering the query. A server that cannot
    // be reached, that does not answer in time or that answers something
    // else than records is an error naming it.
    static Result<Answer> search(const Server& server, const Query& query, int limit = 20);

    static QString key(Protocol protocol);
};

} // namespace infodoc::core

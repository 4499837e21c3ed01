#pragma once

#include "core/catalog/Record.h"
#include "core/common/Result.h"
#include "core/interop/Parsed_p.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace infodoc::core {

// Simple Dublin Core as OAI-PMH carries it (oai_dc): the one writer of the
// catalogue's exports and of the experience sheets, and the reader of a
// harvested page (an OAI-PMH ListRecords or GetRecord answer, or a file of
// oai_dc records).
class DublinCore
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::DublinCore)

public:
    static inline const QString kDcNamespace = QStringLiteral("http://purl.org/dc/elements/1.1/");
    static inline const QString kOaiDcNamespace =
        QStringLiteral("http://www.openarchives.org/OAI/2.0/oai_dc/");

    struct Element
    {
        QString name; // "title", "creator"… (the fifteen of DCMES)
        QString value;
    };
    using Description = QList<Element>;

    // A record of the catalogue as Dublin Core: its identifier is
    // "infodoc:record:<id>", ISBN and ISSN as URNs, territories as coverage.
    static Description fromRecord(const Record& record, const QString& publisher);
    // <records source="…"> holding one oai_dc:dc per description.
    static QByteArray write(const QList<Description>& descriptions, const QString& source);

    // An OAI-PMH static repository (the OAI's "static repository" format):
    // Identify, the oai_dc format, and one record per description with its
    // identifier and datestamp, for the network's harvesters through a
    // static repository gateway.
    struct Repository
    {
        QString name;
        QString baseUrl; // where the file will be published
        QString adminEmail;
        QString identifierPrefix; // "oai:crpv-exemple.fr:record/"
    };
    struct Dated
    {
        QString id;      // the record's number, after the prefix
        QDate datestamp; // its last change
        Description description;
    };
    static QByteArray writeStaticRepository(const Repository& repository, const QList<Dated>& records);

    static bool looksLikeDublinCore(const QByteArray& head);
    // Every oai_dc:dc of the file (an OAI-PMH answer's records, with their
    // header identifiers; a deleted one is an error saying so). An OAI-PMH
    // error, a DTD or XML that is not well formed is an error naming its
    // line; `resumptionToken` receives the token of the next page, if any.
    static Result<QList<interop::Parsed>> read(const QByteArray& data, const QString& fileName,
                                               QString* resumptionToken = nullptr);
    static QString sourceField(const QString& recordField);
};

} // namespace infodoc::core

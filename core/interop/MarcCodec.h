#pragma once

#include "core/common/Result.h"
#include "core/interop/Marc.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace infodoc::core {

// Reads and writes MARC files: ISO 2709 through YAZ (its record decoder,
// its MARC-8 and ISO 5426 converters, its writers), MARCXML with a streaming
// reader that never loads a DTD or an entity. Bytes from outside are
// hostile: sizes are bounded and a broken record is reported, not guessed.
class MarcCodec
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::MarcCodec)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    struct Entry
    {
        int number = 0;    // from 1, in file order
        int line = 0;      // MARCXML: the line of <record>
        qint64 offset = 0; // ISO 2709: the byte where the record starts
        MarcRecord record;
        MarcCharset charset = MarcCharset::Utf8; // how its bytes were read
        QString error;                           // not empty: the record could not be read, and why
    };

    static constexpr qint64 kMaxFileBytes = qint64(512) << 20;

    // Every record of an ISO 2709 file (a newline or blanks between records
    // are accepted). `charset` Detect chooses per record from its bytes.
    static Result<QList<Entry>> readIso2709(const QByteArray& data, const QString& fileName,
                                            MarcCharset charset, const Progress& progress = {});
    // Every <record> of a MARCXML file, with or without namespace or prefix,
    // inside a <collection> or alone.
    static Result<QList<Entry>> readMarcXml(const QByteArray& data, const QString& fileName,
                                            const Progress& progress = {});

    static Result<QByteArray> writeIso2709(const QList<MarcRecord>& records);
    static Result<QByteArray> writeMarcXml(const QList<MarcRecord>& records);

    // Writes records one at a time (an export of the whole catalogue).
    class Writer
    {
    public:
        enum class Container
        {
            Iso2709,
            MarcXml
        };
        explicit Writer(Container container);
        ~Writer();
        Writer(const Writer&) = delete;
        Writer& operator=(const Writer&) = delete;
        // An error names the record by its position (from 1).
        Status add(const MarcRecord& record);
        QByteArray finish();

    private:
        struct Handles;
        std::unique_ptr<Handles> m_yaz;
        Container m_container;
        QByteArray m_out;
        int m_count = 0;
    };

    static bool looksLikeIso2709(const QByteArray& head);
    static bool looksLikeMarcXml(const QByteArray& head);
    // UNIMARC has a 200 title field, MARC21 a 245; nothing when neither.
    static std::optional<MarcFlavour> flavourOf(const MarcRecord& record);

    static QString key(MarcCharset charset);
    static std::optional<MarcCharset> charsetFromKey(const QString& key);
    // What the bytes of one ISO 2709 record are most likely in.
    static MarcCharset detectCharset(const QByteArray& record, MarcFlavour flavour);
};

} // namespace infodoc::core

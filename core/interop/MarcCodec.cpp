// The YAZ adapter: only this file sees YAZ's headers.
#include "core/interop/MarcCodec.h"

#include "core/interop/MarcXml_p.h"

#include <yaz/marcdisp.h>
#include <yaz/wrbuf.h>
#include <yaz/yaz-iconv.h>

#include <QHash>

#include <memory>

namespace infodoc::core {

namespace {

constexpr char kRecordEnd = 0x1D;

// The YAZ handles of one read or write, released together.
struct Yaz
{
    yaz_marc_t marc = yaz_marc_create();
    WRBUF buffer = wrbuf_alloc();
    QHash<int, yaz_iconv_t> converters;

    Yaz() = default;
    Yaz(const Yaz&) = delete;
    Yaz& operator=(const Yaz&) = delete;
    ~Yaz()
    {
        yaz_marc_iconv(marc, nullptr);
        for (yaz_iconv_t cd : std::as_const(converters))
            if (cd)
                yaz_iconv_close(cd);
        wrbuf_destroy(buffer);
        yaz_marc_destroy(marc);
    }

    // The converter from `charset` to UTF-8; none for UTF-8 itself.
    yaz_iconv_t converter(MarcCharset charset)
    {
        if (charset == MarcCharset::Utf8 || charset == MarcCharset::Detect)
            return nullptr;
        const auto it = converters.constFind(int(charset));
        if (it != converters.constEnd())
            return *it;
        const char* from = charset == MarcCharset::Marc8     ? "marc8"
                           : charset == MarcCharset::Iso5426 ? "iso5426"
                                                             : "iso-8859-1";
        yaz_iconv_t cd = yaz_iconv_open("utf-8", from);
        converters.insert(int(charset), cd);
        return cd;
    }
};

bool isDigits(const char* p, int n)
{
    for (int i = 0; i < n; ++i)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

// Strict UTF-8 (no overlong forms, no surrogates).
bool validUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool asciiLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The tags of an ISO 2709 directory (ASCII whatever the character set).
bool directoryHas(const QByteArray& record, const char* tag)
{
    for (qsizetype at = 24; at + 12 <= record.size() && record.at(at) != 0x1E; at += 12)
        if (record.at(at) == tag[0] && record.at(at + 1) == tag[1] && record.at(at + 2) == tag[2])
            return true;
    return false;
}

// The fields of an ISO 2709 record YAZ has just written in UTF-8 (its
// directory sound, its lengths true): split along the directory.
bool splitRecord(const QByteArray& bytes, MarcRecord& out)
{
    if (bytes.size() < 25 || !isDigits(bytes.constData() + 12, 5))
        return false;
    out.leader = QString::fromLatin1(bytes.constData(), 24);
    const int indicators = bytes.at(10) >= '0' && bytes.at(10) <= '9' ? bytes.at(10) - '0' : 2;
    const int identifier = bytes.at(11) >= '1' && bytes.at(11) <= '9' ? bytes.at(11) - '0' : 2;
    const qsizetype base = bytes.mid(12, 5).toLongLong();
    for (qsizetype at = 24; at + 12 <= bytes.size() && bytes.at(at) != 0x1E; at += 12) {
        if (!isDigits(bytes.constData() + at + 3, 9))
            return false;
        const qsizetype length = bytes.mid(at + 3, 4).toLongLong();
        const qsizetype start = base + bytes.mid(at + 7, 5).toLongLong();
        if (start + length > bytes.size())
            return false;
        QByteArrayView data(bytes.constData() + start, length);
        if (data.endsWith('\x1E'))
            data.chop(1);
        MarcField f;
        f.tag = QString::fromLatin1(bytes.constData() + at, 3);
        if (f.isControl()) {
            f.data = marcxml::cleaned(QString::fromUtf8(data));
            out.fields.append(std::move(f));
            continue;
        }
        if (data.size() >= 1 && indicators >= 1)
            f.ind1 = QChar(uchar(data.at(0)));
        if (data.size() >= 2 && indicators >= 2)
            f.ind2 = QChar(uchar(data.at(1)));
        qsizetype from = std::min<qsizetype>(indicators, data.size());
        while (from < data.size()) {
            qsizetype next = data.indexOf('\x1F', from + 1);
            if (next < 0)
                next = data.size();
            if (data.at(from) == 0x1F && next - from >= identifier) {
                const QByteArrayView value = data.sliced(from + identifier, next - from - identifier);
                f.subfields.append(
                    {QChar(uchar(data.at(from + 1))), marcxml::cleaned(QString::fromUtf8(value))});
            }
            from = next;
        }
        out.fields.append(std::move(f));
    }
    return true;
}

void setLeader(Yaz& yaz, const QString& leader)
{
    // The writer computes lengths and addresses; the rest is the record's.
    QByteArray l = leader.toLatin1().leftJustified(24, ' ', true);
    for (int i : {10, 11})
        l[i] = '2';
    l.replace(20, 3, "450"); // 23 stays: blank in UNIMARC, 0 in MARC21
    for (char& c : l)
        if (uchar(c) < 0x20 || uchar(c) > 0x7E)
            c = ' ';
    int indicatorLength = 0, identifierLength = 0, baseAddress = 0, lengthDataEntry = 0, lengthStarting = 0,
        lengthImplementation = 0;
    yaz_marc_set_leader(yaz.marc, l.constData(), &indicatorLength, &identifierLength, &baseAddress,
                        &lengthDataEntry, &lengthStarting, &lengthImplementation);
}

void addFields(Yaz& yaz, const MarcRecord& record)
{
    for (const MarcField& f : record.fields) {
        const QByteArray tag = f.tag.toLatin1().leftJustified(3, '0', true);
        if (f.isControl()) {
            const QByteArray data = f.data.toUtf8();
            yaz_marc_add_controlfield(yaz.marc, tag.constData(), data.constData(), size_t(data.size()));
            continue;
        }
        QByteArray indicators;
        indicators.append(f.ind1.unicode() < 0x80 ? char(f.ind1.unicode()) : ' ');
        indicators.append(f.ind2.unicode() < 0x80 ? char(f.ind2.unicode()) : ' ');
        yaz_marc_add_datafield(yaz.marc, tag.constData(), indicators.constData(), 2);
        for (const MarcSubfield& s : f.subfields) {
            const QByteArray codeData =
                QByteArray(1, s.code.unicode() < 0x80 ? char(s.code.unicode()) : 'a') + s.value.toUtf8();
            yaz_marc_add_subfield(yaz.marc, codeData.constData(), size_t(codeData.size()));
        }
    }
}

} // namespace

QString MarcCodec::key(MarcCharset charset)
{
    switch (charset) {
    case MarcCharset::Detect:
        return QStringLiteral("auto");
    case MarcCharset::Utf8:
        return QStringLiteral("utf-8");
    case MarcCharset::Marc8:
        return QStringLiteral("marc-8");
    case MarcCharset::Iso5426:
        return QStringLiteral("iso-5426");
    case MarcCharset::Latin1:
        return QStringLiteral("iso-8859-1");
    }
    return {};
}

std::optional<MarcCharset> MarcCodec::charsetFromKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    k.remove(u'-').remove(u'_').remove(u' ');
    if (k == QLatin1String("auto") || k.isEmpty())
        return MarcCharset::Detect;
    if (k == QLatin1String("utf8"))
        return MarcCharset::Utf8;
    if (k == QLatin1String("marc8"))
        return MarcCharset::Marc8;
    if (k == QLatin1String("iso5426"))
        return MarcCharset::Iso5426;
    if (k == QLatin1String("iso88591") || k == QLatin1String("latin1"))
        return MarcCharset::Latin1;
    return std::nullopt;
}

MarcCharset MarcCodec::detectCharset(const QByteArray& record, MarcFlavour flavour)
{
    bool high = false;
    for (char c : record)
        if (uchar(c) >= 0x80) {
            high = true;
            break;
        }
    // UTF-8 bytes under any declaration (the BnF declares ISO 5426 and sends UTF-8).
    if (!high || validUtf8(record))
        return MarcCharset::Utf8;
    // A diacritic of MARC-8 or ISO 5426 comes before its letter; a Latin-1
    // accented letter is often followed by a space or a punctuation mark,
    // and the common French ones (é, è, à) are rare letters in ISO 5426.
    const auto* p = reinterpret_cast<const unsigned char*>(record.constData());
    const qsizetype n = record.size();
    const unsigned char from = flavour == MarcFlavour::Unimarc ? 0xC1 : 0xE0;
    const unsigned char to = flavour == MarcFlavour::Unimarc ? 0xDF : 0xFE;
    int latin = 0;
    int combining = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0xC0)
            continue;
        const bool beforeLetter = i + 1 < n && asciiLetter(p[i + 1]);
        if (c >= from && c <= to && beforeLetter)
            ++combining;
        else if (flavour == MarcFlavour::Unimarc || !beforeLetter)
            ++latin;
    }
    if (latin > 0 && latin * 4 >= combining)
        return MarcCharset::Latin1;
    return flavour == MarcFlavour::Unimarc ? MarcCharset::Iso5426 : MarcCharset::Marc8;
}

bool MarcCodec::looksLikeIso2709(const QByteArray& head)
{
    qsizetype at = 0;
    while (at < head.size() && (head.at(at) == '\n' || head.at(at) == '\r' || head.at(at) == ' '))
        ++at;
    return head.size() - at >= 24 && isDigits(head.constData() + at, 5) &&
           isDigits(head.constData() + at + 12, 5);
}

std::optional<MarcFlavour> MarcCodec::flavourOf(const MarcRecord& record)
{
    if (record.first(QStringLiteral("245")))
        return MarcFlavour::Marc21;
    if (record.first(QStringLiteral("200")))
        return MarcFlavour::Unimarc;
    return std::nullopt;
}

namespace {

// Decodes the bytes of one record into `entry` (its charset and fields);
// the reason when it cannot be read.
QString decode(Yaz& yaz, QByteArray bytes, MarcCharset charset, const QString& fileName,
               MarcCodec::Entry& entry)
{
    if (bytes.size() < 25 || !isDigits(bytes.constData(), 5))
        return MarcCodec::tr("byte %1: this is not the start of a MARC record (no record length).")
            .arg(entry.offset);
    if (bytes.size() > 99999)
        return MarcCodec::tr("byte %1: the record is longer than the 99,999 bytes of ISO 2709.")
            .arg(entry.offset);
    // The length as found, so that YAZ reads the record whole.
    bytes.replace(0, 5, QByteArray::number(bytes.size()).rightJustified(5, '0'));
    const MarcFlavour flavour = directoryHas(bytes, "245") || !directoryHas(bytes, "200")
                                    ? MarcFlavour::Marc21
                                    : MarcFlavour::Unimarc;
    entry.charset = charset == MarcCharset::Detect ? MarcCodec::detectCharset(bytes, flavour) : charset;
    yaz_marc_iconv(yaz.marc, yaz.converter(entry.charset));
    yaz_marc_reset(yaz.marc);
    if (yaz_marc_read_iso2709(yaz.marc, bytes.constData(), int(bytes.size())) <= 0)
        return MarcCodec::tr("byte %1: the record’s directory cannot be read.").arg(entry.offset);
    // Written again by YAZ in UTF-8, then split (MARCXML when the record
    // grows past the ISO 2709 limit in UTF-8).
    wrbuf_rewind(yaz.buffer);
    if (yaz_marc_write_iso2709(yaz.marc, yaz.buffer) == 0 && wrbuf_len(yaz.buffer) <= 99999 &&
        splitRecord(QByteArray(wrbuf_buf(yaz.buffer), qsizetype(wrbuf_len(yaz.buffer))), entry.record))
        return {};
    entry.record = {};
    wrbuf_rewind(yaz.buffer);
    if (yaz_marc_write_marcxml(yaz.marc, yaz.buffer) != 0)
        return MarcCodec::tr("byte %1: the record cannot be decoded.").arg(entry.offset);
    const QByteArray xml(wrbuf_buf(yaz.buffer), qsizetype(wrbuf_len(yaz.buffer)));
    auto parsed = marcxml::parse(xml, fileName, {});
    if (!parsed || parsed->size() != 1)
        return MarcCodec::tr("byte %1: the record holds characters that are not text.").arg(entry.offset);
    entry.record = parsed->first().record;
    return parsed->first().error;
}

} // namespace

Result<QList<MarcCodec::Entry>> MarcCodec::readIso2709(const QByteArray& data, const QString& fileName,
                                                       MarcCharset charset, const Progress& progress)
{
    if (data.size() > kMaxFileBytes)
        return Error{
            tr("%1 is larger than %2 MB: not a file to import.").arg(fileName).arg(kMaxFileBytes >> 20)};
    Yaz yaz;
    yaz_marc_xml(yaz.marc, YAZ_MARC_MARCXML);
    QList<Entry> out;
    const qsizetype size = data.size();
    qsizetype at = 0;
    while (at < size) {
        const char c = data.at(at);
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\0' || c == 0x1A) {
            ++at;
            continue;
        }
        Entry entry;
        entry.number = int(out.size()) + 1;
        entry.offset = at;
        // The end of the record: where its declared length says when a
        // record end is there, else the next record end (lengths are often
        // wrong after a character set conversion).
        qsizetype end = -1;
        if (size - at >= 5 && isDigits(data.constData() + at, 5)) {
            const qsizetype declared = data.mid(at, 5).toLongLong();
            if (declared >= 25 && at + declared <= size && data.at(at + declared - 1) == kRecordEnd)
                end = at + declared;
        }
        if (end < 0) {
            const qsizetype terminator = data.indexOf(kRecordEnd, at);
            if (terminator < 0) {
                entry.error = tr("the file ends inside this record (byte %1): it is cut short.").arg(at);
                out.append(entry);
                break;
            }
            end = terminator + 1;
        }
        entry.error = decode(yaz, data.mid(at, end - at), charset, fileName, entry);
        at = end;
        out.append(entry);
        if (progress && out.size() % 256 == 0 && !progress(at, size))
            return Error{tr("Cancelled: nothing was read.")};
    }
    if (out.isEmpty())
        return Error{tr("%1 holds no MARC record.").arg(fileName)};
    return out;
}

struct MarcCodec::Writer::Handles : Yaz
{
};

MarcCodec::Writer::Writer(Container container) : m_yaz(std::make_unique<Handles>()), m_container(container)
{
    if (m_container == Container::MarcXml) {
        yaz_marc_xml(m_yaz->marc, YAZ_MARC_MARCXML);
        yaz_marc_enable_collection(m_yaz->marc);
        m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }
}

MarcCodec::Writer::~Writer() = default;

Status MarcCodec::Writer::add(const MarcRecord& record)
{
    ++m_count;
    yaz_marc_reset(m_yaz->marc);
    setLeader(*m_yaz, record.leader);
    addFields(*m_yaz, record);
    wrbuf_rewind(m_yaz->buffer);
    if (m_container == Container::MarcXml) {
        if (yaz_marc_write_mode(m_yaz->marc, m_yaz->buffer) != 0)
            return Error{tr("Record %1 cannot be written as MARCXML.").arg(m_count)};
    } else if (yaz_marc_write_iso2709(m_yaz->marc, m_yaz->buffer) != 0 || wrbuf_len(m_yaz->buffer) > 99999) {
        return Error{
            tr("Record %1 is longer than the 99,999 bytes of ISO 2709; export it as MARCXML.").arg(m_count)};
    }
    m_out.append(wrbuf_buf(m_yaz->buffer), qsizetype(wrbuf_len(m_yaz->buffer)));
    return Status::success();
}

QByteArray MarcCodec::Writer::finish()
{
    if (m_container == Container::MarcXml) {
        if (m_count == 0)
            return m_out + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"/>\n";
        wrbuf_rewind(m_yaz->buffer);
        yaz_marc_write_trailer(m_yaz->marc, m_yaz->buffer);
        m_out.append(wrbuf_buf(m_yaz->buffer), qsizetype(wrbuf_len(m_yaz->buffer)));
    }
    return std::move(m_out);
}

namespace {

Result<QByteArray> writeAll(const QList<MarcRecord>& records, MarcCodec::Writer::Container container)
{
    MarcCodec::Writer writer(container);
    for (const MarcRecord& r : records)
        if (auto s = writer.add(r); !s)
            return s.error();
    return writer.finish();
}

} // namespace

Result<QByteArray> MarcCodec::writeIso2709(const QList<MarcRecord>& records)
{
    return writeAll(records, Writer::Container::Iso2709);
}

Result<QByteArray> MarcCodec::writeMarcXml(const QList<MarcRecord>& records)
{
    return writeAll(records, Writer::Container::MarcXml);
}

} // namespace infodoc::core

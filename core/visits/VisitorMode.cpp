#include "core/visits/VisitorMode.h"

#include "core/storage/Settings.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

const char* const kContext = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the visitor mode");
const char* const kReadContext = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the visitor mode");
const QString kPinKey = QStringLiteral("visitor.pin");
const QString kActiveKey = QStringLiteral("visitor.active");
const QString kAppointmentKey = QStringLiteral("visitor.appointment");

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

VisitorMode::VisitorMode(Database& db) : m_db(db) {}

QByteArray VisitorMode::pbkdf2(const QByteArray& password, const QByteArray& salt, int rounds, int length)
{
    QByteArray out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = char(block >> 24);
        counter[1] = char(block >> 16);
        counter[2] = char(block >> 8);
        counter[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < rounds; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        out += t;
    }
    return out.left(length);
}

Result<QString> VisitorMode::setting(const QString& key) const
{
    auto values = Settings::values(m_db, key, kReadContext);
    if (!values)
        return values.error();
    return values->value(key);
}

Result<bool> VisitorMode::hasPin() const
{
    const auto pin = setting(kPinKey);
    if (!pin)
        return pin.error();
    return !pin->isEmpty();
}

Status VisitorMode::setPin(const QString& pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch())
        return Error{tr("The PIN must be 4 to 12 digits.")};
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray hash = pbkdf2(pin.toUtf8(), salt, iterations, 32);
    const QString stored =
        QStringLiteral("pbkdf2-sha256$%1$%2$%3")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
    return Settings::write(m_db, {{kPinKey, stored}}, kContext);
}

Result<bool> VisitorMode::checkPin(const QString& pin) const
{
    const auto stored = setting(kPinKey);
    if (!stored)
        return stored.error();
    const QStringList parts = stored->split(u'$');
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int rounds = parts.at(1).toInt(&ok);
    if (!ok || rounds < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return sameBytes(pbkdf2(pin.toUtf8(), salt, rounds, int(expected.size())), expected);
}

Result<bool> VisitorMode::isActive() const
{
    const auto active = setting(kActiveKey);
    if (!active)
        return active.error();
    return *active == QLatin1String("1");
}

Status VisitorMode::enter(qint64 appointmentId)
{
    const auto pin = hasPin();
    if (!pin)
        return pin.error();
    if (!*pin)
        return Error{tr("Set the staff PIN first: it is needed to leave the visitor mode.")};
    return Settings::write(
        m_db, {{kActiveKey, QStringLiteral("1")}, {kAppointmentKey, QString::number(appointmentId)}},
        kContext);
}

Result<qint64> VisitorMode::appointment() const
{
    const auto active = isActive();
    if (!active)
        return active.error();
    if (!*active)
        return qint64(0);
    const auto id = setting(kAppointmentKey);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status VisitorMode::leave(const QString& pin)
{
    const auto right = checkPin(pin);
    if (!right)
        return right.error();
    if (!*right)
        return Error{tr("Wrong PIN: the visitor mode stays on.")};
    return Settings::write(m_db, {{kActiveKey, QStringLiteral("0")}, {kAppointmentKey, QStringLiteral("0")}},
                           kContext);
}

} // namespace infodoc::core

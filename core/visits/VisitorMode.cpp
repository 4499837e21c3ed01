#include "core/visits/VisitorMode.h"

#include "core/storage/Settings.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace infodoc::core {

namespace {

const char* const kContext = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the visitor mode");
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

QString VisitorMode::setting(const QString& key) const
{
    auto values = Settings::values(m_db, key, kContext);
    return values ? values->value(key) : QString();
}

bool VisitorMode::hasPin() const
{
    return !setting(kPinKey).isEmpty();
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

bool VisitorMode::checkPin(const QString& pin) const
{
    const QStringList parts = setting(kPinKey).split(u'$');
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

bool VisitorMode::isActive() const
{
    return setting(kActiveKey) == QLatin1String("1");
}

Status VisitorMode::enter(qint64 appointmentId)
{
    if (!hasPin())
        return Error{tr("Set the staff PIN first: it is needed to leave the visitor mode.")};
    return Settings::write(
        m_db, {{kActiveKey, QStringLiteral("1")}, {kAppointmentKey, QString::number(appointmentId)}},
        kContext);
}

qint64 VisitorMode::appointment() const
{
    return isActive() ? setting(kAppointmentKey).toLongLong() : 0;
}

Status VisitorMode::leave(const QString& pin)
{
    if (!checkPin(pin))
        return Error{tr("Wrong PIN: the visitor mode stays on.")};
    return Settings::write(m_db, {{kActiveKey, QStringLiteral("0")}, {kAppointmentKey, QStringLiteral("0")}},
                           kContext);
}

} // namespace infodoc::core

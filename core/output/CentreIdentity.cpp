#include "output/CentreIdentity.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/WriteTransaction.h"

#include <QColor>
#include <QImage>
#include <QSqlQuery>

namespace infodoc::core {

namespace {

const char* const kRead = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the centre's settings");
const char* const kWrite = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the centre's settings");

} // namespace

CentreIdentity CentreSettings::load() const
{
    CentreIdentity identity;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'centre.%'"))) {
        qCWarning(lcStorage) << kRead;
        return identity;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("centre.name"))
            identity.name = value;
        else if (key == QLatin1String("centre.address"))
            identity.address = value;
        else if (key == QLatin1String("centre.website"))
            identity.website = value;
        else if (key == QLatin1String("centre.email"))
            identity.email = value;
        else if (key == QLatin1String("centre.logo"))
            identity.logo = QByteArray::fromBase64(value.toLatin1());
        else if (key == QLatin1String("centre.colour") && QColor::isValidColorName(value))
            identity.accentColour = value;
    }
    return identity;
}

Status CentreSettings::save(const CentreIdentity& identity)
{
    if (!identity.logo.isEmpty() && QImage::fromData(identity.logo).isNull())
        return Error{tr("The logo is not a PNG or JPEG image.")};
    if (!QColor::isValidColorName(identity.accentColour))
        return Error{tr("\"%1\" is not a colour (use #RRGGBB).").arg(identity.accentColour)};
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    const std::pair<const char*, QString> values[] = {
        {"centre.name", identity.name.trimmed()},
        {"centre.address", identity.address.trimmed()},
        {"centre.website", identity.website.trimmed()},
        {"centre.email", identity.email.trimmed()},
        {"centre.logo", QString::fromLatin1(identity.logo.toBase64())},
        {"centre.colour", identity.accentColour},
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, value] : values) {
        q.bindValue(0, QLatin1String(key));
        q.bindValue(1, sqlText(value));
        if (auto s = execOrError(q, kWrite); !s)
            return s;
    }
    return transaction->commit();
}

} // namespace infodoc::core

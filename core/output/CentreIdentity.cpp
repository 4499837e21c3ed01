#include "core/output/CentreIdentity.h"

#include "core/common/Logging.h"
#include "core/storage/Settings.h"

#include <QColor>
#include <QImage>

namespace infodoc::core {

namespace {

const char* const kRead = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the centre's settings");
const char* const kWrite = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the centre's settings");

} // namespace

Result<CentreIdentity> CentreSettings::load() const
{
    CentreIdentity identity;
    const auto values = Settings::values(m_db, QStringLiteral("centre."), kRead);
    if (!values)
        return values.error();
    identity.name = values->value(QStringLiteral("centre.name"));
    identity.address = values->value(QStringLiteral("centre.address"));
    identity.website = values->value(QStringLiteral("centre.website"));
    identity.email = values->value(QStringLiteral("centre.email"));
    identity.logo = QByteArray::fromBase64(values->value(QStringLiteral("centre.logo")).toLatin1());
    const QString colour = values->value(QStringLiteral("centre.colour"));
    if (QColor::isValidColorName(colour))
        identity.accentColour = colour;
    return identity;
}

Status CentreSettings::save(const CentreIdentity& identity)
{
    if (!identity.logo.isEmpty() && QImage::fromData(identity.logo).isNull())
        return Error{tr("The logo is not a PNG or JPEG image.")};
    if (!QColor::isValidColorName(identity.accentColour))
        return Error{tr("\"%1\" is not a colour (use #RRGGBB).").arg(identity.accentColour)};
    return Settings::write(m_db,
                           {
                               {QStringLiteral("centre.name"), identity.name.trimmed()},
                               {QStringLiteral("centre.address"), identity.address.trimmed()},
                               {QStringLiteral("centre.website"), identity.website.trimmed()},
                               {QStringLiteral("centre.email"), identity.email.trimmed()},
                               {QStringLiteral("centre.logo"), QString::fromLatin1(identity.logo.toBase64())},
                               {QStringLiteral("centre.colour"), identity.accentColour},
                           },
                           kWrite);
}

} // namespace infodoc::core

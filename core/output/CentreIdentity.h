#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace infodoc::core {

class Database;

// The centre's identity printed in the header of bibliographies and
// experience sheets; kept in the catalogue (table `setting`).
struct CentreIdentity
{
    QString name;
    QString address; // several lines
    QString website;
    QString email;
    QByteArray logo; // PNG or JPEG bytes
    QString accentColour = QStringLiteral("#1d5c8c");

    bool operator==(const CentreIdentity&) const = default;
};

class CentreSettings
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::CentreSettings)

public:
    explicit CentreSettings(Database& db) : m_db(db) {}

    // The identity kept in the catalogue (defaults for what was never set).
    Result<CentreIdentity> load() const;
    // Checks the logo is an image and the colour a colour; writes all or nothing.
    Status save(const CentreIdentity& identity);

private:
    Database& m_db;
};

} // namespace infodoc::core

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace infodoc::core {

class Database;

// The consultation desk's kiosk mode: whether it is on (kept in the
// catalogue, so the application reopens in it after an accidental close or
// a crash) and the staff PIN that leaves it, stored as a salted PBKDF2 hash.
class VisitorMode
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::VisitorMode)

public:
    explicit VisitorMode(Database& db);

    // Each read is an error when the catalogue's settings cannot be read.
    Result<bool> hasPin() const;
    // 4 to 12 digits.
    Status setPin(const QString& pin);
    Result<bool> checkPin(const QString& pin) const;

    Result<bool> isActive() const;
    // Turning the mode on needs a PIN to leave it with. For an appointment,
    // what the visitor selects is kept with it (VisitorSelection).
    Status enter(qint64 appointmentId = 0);
    // The appointment the mode was opened for, 0 for none.
    Result<qint64> appointment() const;
    // Leaves the mode if the PIN is right; the mode stays on otherwise.
    Status leave(const QString& pin);

    // PBKDF2-HMAC-SHA256 (RFC 8018) of `password`.
    static QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations, int length);
    static constexpr int iterations = 120000;

private:
    Result<QString> setting(const QString& key) const;

    Database& m_db;
};

} // namespace infodoc::core

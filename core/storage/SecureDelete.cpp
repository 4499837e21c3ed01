#include "core/storage/SecureDelete.h"

#include <QSqlQuery>
#include <QVariant>

namespace infodoc::core {

SecureDelete::SecureDelete(const QSqlDatabase& db) : m_db(db)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next())
        m_previous = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA secure_delete = 1"));
}

SecureDelete::~SecureDelete()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA secure_delete = %1").arg(m_previous));
}

} // namespace infodoc::core

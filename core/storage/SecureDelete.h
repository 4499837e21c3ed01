#pragma once

#include <QSqlDatabase>

namespace infodoc::core {

// While it lives, freed pages are overwritten, so that no copy of the file
// (a backup) keeps the personal data being deleted, whatever the
// connection's setting (Debian's SQLite has it on by default; others may
// not), which is put back afterwards.
class SecureDelete
{
public:
    explicit SecureDelete(const QSqlDatabase& db);
    ~SecureDelete();
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = 1;
};

} // namespace infodoc::core

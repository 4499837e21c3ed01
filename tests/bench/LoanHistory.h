#pragma once

// Past loans written in bulk for the benchmarks: the history a centre's
// catalogue carries after a few years at the desk.

#include <QDate>
#include <QString>

namespace infodoc::core {
class Database;
}

namespace infodoc::bench {

// `count` returned loans of the catalogue's copies to its borrowers, out
// over the three years before `today` (seeded: the same history each run),
// in one transaction, then ANALYZE. Empty on success, else why not.
QString writeLoanHistory(core::Database& db, int count, const QDate& today, quint32 seed = 7);

} // namespace infodoc::bench

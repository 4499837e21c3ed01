#include "core/catalog/RecordRepository.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "support/TestCatalogue.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <atomic>

using namespace infodoc::core;
using infodoc::test::TestCatalogue;

TEST_CASE("two connections writing at once both succeed, one waiting for the other")
{
    TestCatalogue cat;
    const QString path = cat.path();
    std::atomic<int> failures{0};
    auto writer = [&](const QString& prefix) {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            ++failures;
            return;
        }
        SystemClock clock;
        RecordRepository records(**db, clock);
        for (int i = 0; i < 150; ++i) {
            Record r;
            r.title = prefix + QString::number(i);
            r.responsibilities = {{QStringLiteral("Auteur partagé"), AuthorityKind::Person, Role::Author}};
            r.subjects = {QStringLiteral("Logement")};
            // A read before the write: with a plain BEGIN this upgrade fails
            // at once with "database is locked".
            (void)records.count();
            if (!records.add(r))
                ++failures;
        }
    };
    QThread* a = QThread::create(writer, QStringLiteral("Poste A "));
    QThread* b = QThread::create(writer, QStringLiteral("Poste B "));
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    CHECK(failures == 0);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM record")) == 300);
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE entity = 'record'")) == 300);
    // Both writers resolved the same person to one authority.
    CHECK(cat.scalar(QStringLiteral("SELECT COUNT(*) FROM authority")) == 1);
}

// Row versions on PostgreSQL: two connections to one team store
// (../db/row_version_cases.h, the same cases as on SQLite).
#include "../db/row_version_cases.h"
#include "pg_test_server.h"

using namespace stratos;

namespace {

std::unique_ptr<Store> openStore(const QString &url)
{
    Store::Options o;
    o.loadSeed = false;
    auto store = Store::open(url, o);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : qPrintable(store.error().toString()));
    return store.ok() ? std::move(*store) : nullptr;
}

} // namespace

TEST(PgRowVersion, AnEditAgainstAChangedEventIsRefusedWithBothVersions)
{
    STRATOS_PG_SCRATCH(scratch);
    auto alice = openStore(scratch.url());
    auto bob = openStore(scratch.url());
    test::anEditAgainstAChangedEventIsRefusedWithBothVersions(alice.get(), bob.get());
}

TEST(PgRowVersion, EveryWriterMovesTheVersionOnNotOnlyTheEditor)
{
    STRATOS_PG_SCRATCH(scratch);
    auto store = openStore(scratch.url());
    test::everyWriterMovesTheVersionOnNotOnlyTheEditor(store.get());
}

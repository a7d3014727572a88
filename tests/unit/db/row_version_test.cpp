// Row versions on SQLite: two connections to one file (row_version_cases.h).
#include "row_version_cases.h"

#include <QTemporaryDir>

using namespace stratos;

namespace {

std::unique_ptr<Store> openStore(const QString &path)
{
    Store::Options o;
    o.loadSeed = false;
    auto store = Store::open(path, o);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : qPrintable(store.error().toString()));
    return store.ok() ? std::move(*store) : nullptr;
}

} // namespace

TEST(RowVersion, AnEditAgainstAChangedEventIsRefusedWithBothVersions)
{
    QTemporaryDir dir;
    auto alice = openStore(dir.filePath("team.sqlite"));
    auto bob = openStore(dir.filePath("team.sqlite"));
    test::anEditAgainstAChangedEventIsRefusedWithBothVersions(alice.get(), bob.get());
}

TEST(RowVersion, EveryWriterMovesTheVersionOnNotOnlyTheEditor)
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath("s.sqlite"));
    test::everyWriterMovesTheVersionOnNotOnlyTheEditor(store.get());
}

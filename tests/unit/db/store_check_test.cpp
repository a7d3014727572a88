// What opening a store does with a damaged, foreign, read-only or locked file:
// a specific problem and message, and the file byte-for-byte unchanged.
#include "store.h"
#include "store_check.h"
#include "store_safety_fixtures.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

Store::Options readOnly()
{
    Store::Options o;
    o.readOnly = true;
    return o;
}

void expectNoSideFiles(const QString &path)
{
    EXPECT_FALSE(QFileInfo::exists(path + "-wal")) << "no -wal file is created";
    EXPECT_FALSE(QFileInfo::exists(path + "-shm")) << "no -shm file is created";
}

} // namespace

TEST(StoreCheck, SeededStorePassesTheCheck)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    const StoreHealth h = checkStoreFile(path);
    EXPECT_TRUE(h.ok()) << qPrintable(h.message());
    EXPECT_EQ(h.schemaVersion, Store::latestSchemaVersion());
    EXPECT_TRUE(h.walMode);
    expectNoSideFiles(path);
}

TEST(StoreCheck, GarbageOverAMiddlePageIsDamageAndTheFileIsUntouched)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    const qint64 pageSize = 4096; // SQLite's default, which the store keeps
    const qint64 pages = QFileInfo(path).size() / pageSize;
    ASSERT_GT(pages, 20);
    overwrite(path, (pages / 2) * pageSize, garbage(2 * pageSize));
    const QByteArray before = sha256OfFile(path);

    StoreHealth h;
    auto store = Store::open(path, Store::Options{}, &h);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(h.problem, StoreProblem::Damaged) << qPrintable(h.detail);
    EXPECT_TRUE(store.error().message.startsWith("the store is damaged")) << qPrintable(store.error().toString());
    EXPECT_EQ(store.error().file, path);
    EXPECT_TRUE(h.fileIsGarbage());
    EXPECT_EQ(sha256OfFile(path), before);
    expectNoSideFiles(path);
    // A read-only open is refused the same way.
    EXPECT_FALSE(Store::open(path, readOnly()).ok());
    EXPECT_EQ(sha256OfFile(path), before);
}

TEST(StoreCheck, TruncatedFileIsDamage)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ASSERT_TRUE(QFile::resize(path, QFileInfo(path).size() / 2));
    const QByteArray before = sha256OfFile(path);
    StoreHealth h;
    ASSERT_FALSE(Store::open(path, Store::Options{}, &h).ok());
    EXPECT_EQ(h.problem, StoreProblem::Damaged);
    EXPECT_TRUE(h.detail.contains("truncated")) << qPrintable(h.detail);
    EXPECT_EQ(sha256OfFile(path), before);
    expectNoSideFiles(path);
}

TEST(StoreCheck, FileCutInsideTheHeaderIsDamage)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ASSERT_TRUE(QFile::resize(path, 60));
    StoreHealth h;
    ASSERT_FALSE(Store::open(path, Store::Options{}, &h).ok());
    EXPECT_EQ(h.problem, StoreProblem::Damaged);
}

TEST(StoreCheck, NonSqliteFileIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.sqlite");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("My notes about launches\n" + QByteArray(5000, 'x'));
    }
    const QByteArray before = sha256OfFile(path);
    StoreHealth h;
    auto store = Store::open(path, Store::Options{}, &h);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(h.problem, StoreProblem::NotSqlite);
    EXPECT_TRUE(store.error().message.contains("not a Stratos store"));
    EXPECT_EQ(sha256OfFile(path), before);
    expectNoSideFiles(path);
}

TEST(StoreCheck, SqliteDatabaseOfAnotherProgramIsNotMigratedInto)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.db");
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');"});
        if (!p.waitForStarted())
            GTEST_SKIP() << "the sqlite3 command-line program is not installed";
        ASSERT_TRUE(p.waitForFinished());
    }
    const QByteArray before = sha256OfFile(path);
    StoreHealth h;
    ASSERT_FALSE(Store::open(path, Store::Options{}, &h).ok());
    EXPECT_EQ(h.problem, StoreProblem::Foreign);
    EXPECT_EQ(sha256OfFile(path), before);
}

// As root, chmod does not stop writes, so ReadOnlyGuard uses chattr +i, which
// does: either way the store really cannot be written, and the check relies
// on what the OS reports, not on who runs the test.
TEST(StoreCheck, ReadOnlyFileIsReportedAndOpensReadOnly)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ReadOnlyGuard guard(path);
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a file read-only here (chattr +i needs ext4 and CAP_LINUX_IMMUTABLE)";
    const QByteArray before = sha256OfFile(path);
    StoreHealth h;
    auto store = Store::open(path, Store::Options{}, &h);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(h.problem, StoreProblem::ReadOnlyFile);
    EXPECT_TRUE(h.readOnlyHelps());
    auto ro = Store::open(path, readOnly());
    ASSERT_TRUE(ro.ok()) << qPrintable(ro.error().toString());
    EXPECT_GT(scalarOf((*ro)->database(), "SELECT count(*) FROM launch").toInt(), 1000);
    ro->reset();
    EXPECT_EQ(sha256OfFile(path), before);
    expectNoSideFiles(path);
}

TEST(StoreCheck, ReadOnlyFolderIsReportedAndOpensReadOnly)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("ro");
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath("store.sqlite");
    ASSERT_TRUE(QFile::copy(seededTemplate(), path));
    ReadOnlyGuard guard(folder);
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a folder read-only here (chattr +i needs ext4 and CAP_LINUX_IMMUTABLE)";
    StoreHealth h;
    ASSERT_FALSE(Store::open(path, Store::Options{}, &h).ok());
    EXPECT_EQ(h.problem, StoreProblem::ReadOnlyFolder);
    // A plain read-only open of a WAL store would need to create -shm here
    // (SQLite: "unable to open database file"); the store opens immutable instead.
    auto ro = Store::open(path, readOnly());
    ASSERT_TRUE(ro.ok()) << qPrintable(ro.error().toString());
    EXPECT_GT(scalarOf((*ro)->database(), "SELECT count(*) FROM ai_model").toInt(), 10);
    expectNoSideFiles(path);
}

TEST(StoreCheck, StoreLockedByAnotherProcessIsReportedWithoutOpening)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    {
        LockHolder holder(path);
        if (!holder.holding())
            GTEST_SKIP() << "the sqlite3 command-line program is not installed";
        StoreHealth h;
        auto store = Store::open(path, Store::Options{}, &h);
        ASSERT_FALSE(store.ok());
        EXPECT_EQ(h.problem, StoreProblem::Locked) << qPrintable(h.detail);
        EXPECT_TRUE(store.error().message.contains("locked by another program"));
        // WAL lets readers in while another program writes.
        EXPECT_TRUE(h.readOnlyHelps());
        auto ro = Store::open(path, readOnly());
        ASSERT_TRUE(ro.ok()) << qPrintable(ro.error().toString());
        EXPECT_GT(scalarOf((*ro)->database(), "SELECT count(*) FROM launch").toInt(), 1000);
    }
    EXPECT_TRUE(Store::open(path).ok()) << "opens once the other program is done";
}

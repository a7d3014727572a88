// The full quick_check leaves the start path only while nothing can have
// touched the store since Stratos closed it cleanly: a crash, a write by
// anyone (even in the same clock tick, at the same size), a copy, or a week
// without a full check all bring it back.
#include "clean_close.h"
#include "store.h"
#include "store_check.h"
#include "store_safety_fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

// Pretends the last full check ran `days` ago, keeping the record's fingerprint.
void ageRecord(const QString &path, int days)
{
    QFile f(cleanCloseRecordPath(path));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    ASSERT_GE(lines.size(), 2);
    lines[1] = QByteArray::number(QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
}

// Garbage over a middle page, then the file's old time put back: damage that
// no size or time can show (a disk's bit rot, a careless tool).
void damageKeepingTimes(const QString &path)
{
    const QDateTime mtime = QFileInfo(path).lastModified();
    overwrite(path, (QFileInfo(path).size() / 4096 / 2) * 4096, garbage(2 * 4096));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.setFileTime(mtime, QFileDevice::FileModificationTime));
}

} // namespace

TEST(StoreCleanClose, ACleanCloseIsRecordedAndAnOpenStoreHasNoRecord)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    EXPECT_FALSE(cleanCloseRecord(path)) << "a copy is never trusted";
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        EXPECT_FALSE(QFileInfo::exists(cleanCloseRecordPath(path))) << "a crash now must lead to a full check";
    }
    const auto record = cleanCloseRecord(path);
    ASSERT_TRUE(record);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{"store.sqlite"}) << "nothing beside the store";
    EXPECT_LE(record->secsTo(QDateTime::currentDateTimeUtc()), 60) << "the check at this open was full";
}

TEST(StoreCleanClose, AWriteRightAfterTheCloseIsCaughtEvenAtTheSameSize)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ASSERT_TRUE(Store::open(path).ok());
    ASSERT_TRUE(cleanCloseRecord(path));
    // Within the same coarse clock tick as the close, and the size unchanged.
    overwrite(path, (QFileInfo(path).size() / 4096 / 2) * 4096, garbage(2 * 4096));
    EXPECT_FALSE(cleanCloseRecord(path));
    StoreHealth h;
    auto store = Store::open(path, Store::Options{}, &h);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(h.problem, StoreProblem::Damaged) << qPrintable(h.detail);
}

TEST(StoreCleanClose, AStoreClosedCleanlyOpensWithoutTheFullCheck)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ASSERT_TRUE(Store::open(path).ok());
    damageKeepingTimes(path); // invisible to the record: proves the check was skipped
    ASSERT_TRUE(cleanCloseRecord(path));
    EXPECT_TRUE(Store::open(path).ok()) << "quick_check did not run";
    Store::Options always;
    always.alwaysCheck = true;
    StoreHealth h;
    EXPECT_FALSE(Store::open(path, always, &h).ok());
    EXPECT_EQ(h.problem, StoreProblem::Damaged);
}

TEST(StoreCleanClose, AWeekWithoutAFullCheckBringsItBack)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ASSERT_TRUE(Store::open(path).ok());
    damageKeepingTimes(path);
    ageRecord(path, 8);
    ASSERT_TRUE(cleanCloseRecord(path));
    {
        // The window defers it: it opens, says the check is due and runs it on a worker.
        Store::Options deferred;
        deferred.deferWeeklyCheck = true;
        auto store = Store::open(path, deferred);
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        EXPECT_TRUE((*store)->fullCheckDue());
        EXPECT_EQ(checkStoreFile(path).problem, StoreProblem::Damaged) << "what the worker finds";
    }
    ageRecord(path, 8);
    // Commands check before they work.
    StoreHealth h;
    EXPECT_FALSE(Store::open(path, Store::Options{}, &h).ok());
    EXPECT_EQ(h.problem, StoreProblem::Damaged);
}

// Rolling backups (online backup API), backups before migrations, the daily
// rule, and restoring: exact rows back, damaged files moved aside, never deleted.
#include "store.h"
#include "store_backup.h"
#include "store_check.h"
#include "store_safety_fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

Store::Options noSeed()
{
    Store::Options o;
    o.loadSeed = false;
    return o;
}

// Every organization row, in key order, as text.
QStringList organizations(const QString &path)
{
    auto store = Store::open(path, noSeed());
    if (!store)
        return {QStringLiteral("open failed: ") + store.error().toString()};
    QSqlQuery q((*store)->database());
    QStringList rows;
    q.exec(QStringLiteral("SELECT id, name, country, source_id FROM organization ORDER BY id"));
    while (q.next())
        rows << QStringLiteral("%1|%2|%3|%4").arg(q.value(0).toString(), q.value(1).toString(),
                                                    q.value(2).toString(), q.value(3).toString());
    return rows;
}

void exec(const QString &path, const QStringList &statements)
{
    auto store = Store::open(path, noSeed());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    QSqlQuery q((*store)->database());
    for (const QString &s : statements)
        ASSERT_TRUE(q.exec(s)) << qPrintable(s);
}

// Renames a backup so its name says it was taken at `when`.
QString backdate(const BackupInfo &b, const QDateTime &when)
{
    const QString name = QFileInfo(b.path).fileName();
    const QString renamed = QFileInfo(b.path).dir().filePath(
        name.left(name.indexOf('-') + 1) + when.toString("yyyyMMdd-HHmmss-zzz") +
        name.mid(name.indexOf("-schema")));
    EXPECT_TRUE(QFile::rename(b.path, renamed));
    return renamed;
}

} // namespace

TEST(StoreBackup, BackupIsACheckedSelfContainedCopy)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    auto b = createBackup(path);
    ASSERT_TRUE(b.ok()) << qPrintable(b.error().toString());
    EXPECT_TRUE(b->path.startsWith(backupsDir(path)));
    EXPECT_EQ(b->schemaVersion, Store::latestSchemaVersion());
    EXPECT_TRUE(checkStoreFile(b->path).ok());
    EXPECT_FALSE(checkStoreFile(b->path).walMode) << "readable without -wal/-shm";
    EXPECT_EQ(organizations(b->path), organizations(path));
    EXPECT_EQ(QDir(backupsDir(path)).entryList(QDir::Files), QStringList{QFileInfo(b->path).fileName()});
}

TEST(StoreBackup, RotationKeepsTheFiveNewest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.sqlite");
    ASSERT_TRUE(Store::open(path, noSeed()).ok());
    QStringList made;
    for (int i = 0; i < 7; ++i) {
        auto b = createBackup(path);
        ASSERT_TRUE(b.ok()) << qPrintable(b.error().toString());
        made << b->path;
    }
    const QList<BackupInfo> list = listBackups(path);
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list.first().path, made.last()) << "newest first";
    QStringList kept;
    for (const BackupInfo &b : list)
        kept.prepend(b.path);
    EXPECT_EQ(kept, made.mid(2)) << "the two oldest were deleted";
    EXPECT_EQ(QDir(backupsDir(path)).entryList(QDir::Files).size(), 5);
}

TEST(StoreBackup, MigrationIsPrecededByABackupOfTheOldSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        Store::Options o = noSeed();
        o.migrateTo = 1;
        ASSERT_TRUE(Store::open(path, o).ok());
    }
    EXPECT_TRUE(listBackups(path).isEmpty()) << "a new store has nothing to back up";
    exec(path, {}); // migrates to the latest schema
    QList<BackupInfo> list = listBackups(path);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().schemaVersion, 1);
    EXPECT_TRUE(list.first().path.endsWith("-schema1.sqlite")) << qPrintable(list.first().path);
    exec(path, {});
    EXPECT_EQ(listBackups(path).size(), 1) << "no migration, no backup";
}

TEST(StoreBackup, DailyBackupIsDueOnlyAfter24Hours)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.sqlite");
    ASSERT_TRUE(Store::open(path, noSeed()).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(dailyBackupDue(path, now)) << "no backup yet";
    auto b = createBackup(path);
    ASSERT_TRUE(b.ok());
    EXPECT_FALSE(dailyBackupDue(path, now.addSecs(60)));
    BackupInfo info = *b;
    info.path = backdate(info, now.addSecs(-23 * 3600));
    EXPECT_FALSE(dailyBackupDue(path, now));
    backdate(info, now.addSecs(-25 * 3600));
    EXPECT_TRUE(dailyBackupDue(path, now));
}

TEST(StoreBackup, RestoreBringsBackTheExactRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.sqlite");
    exec(path, {"INSERT INTO source(id, key, kind, title) VALUES (1, 'me', 'user', 'Me')",
                "INSERT INTO organization(name, country, source_id) VALUES ('Lab A', 'US', 1)",
                "INSERT INTO organization(name, country, source_id) VALUES ('Lab B', 'CN', 1)"});
    const QStringList before = organizations(path);
    auto b = createBackup(path);
    ASSERT_TRUE(b.ok());
    exec(path, {"DELETE FROM organization WHERE name = 'Lab A'",
                "UPDATE organization SET country = 'FR' WHERE name = 'Lab B'",
                "INSERT INTO organization(name, source_id) VALUES ('Lab C', 1)"});
    const QStringList changed = organizations(path);
    ASSERT_NE(changed, before);

    auto r = restoreBackup(path, b->path);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    EXPECT_EQ(organizations(path), before);
    EXPECT_TRUE(r->movedAside.isEmpty());
    ASSERT_FALSE(r->safetyBackup.isEmpty()) << "the current store is backed up first";
    EXPECT_EQ(organizations(r->safetyBackup), changed);
    EXPECT_TRUE(QFileInfo::exists(b->path)) << "the restored backup stays";
}

TEST(StoreBackup, RestoreOverADamagedFileMovesItAside)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    auto b = createBackup(path);
    ASSERT_TRUE(b.ok());
    overwrite(path, 8 * 4096, garbage(3 * 4096));
    const QByteArray damaged = sha256OfFile(path);
    ASSERT_EQ(checkStoreFile(path).problem, StoreProblem::Damaged);

    auto r = restoreBackup(path, b->path);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    ASSERT_FALSE(r->movedAside.isEmpty());
    EXPECT_TRUE(r->safetyBackup.isEmpty()) << "a damaged file cannot be backed up";
    EXPECT_EQ(sha256OfFile(r->movedAside), damaged) << "the damaged file is kept as it was";
    EXPECT_TRUE(checkStoreFile(path).ok());
    EXPECT_EQ(organizations(path), organizations(b->path));
}

TEST(StoreBackup, ADamagedBackupIsRefusedAndTheStoreUnchanged)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    auto b = createBackup(path);
    ASSERT_TRUE(b.ok());
    overwrite(b->path, 10 * 4096, garbage(4096));
    const QByteArray store = sha256OfFile(path);
    auto r = restoreBackup(path, b->path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains("damaged")) << qPrintable(r.error().toString());
    EXPECT_EQ(sha256OfFile(path), store);
}

TEST(StoreBackup, PartialAndTruncatedBackupsAreNeverListed)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    auto good = createBackup(path);
    ASSERT_TRUE(good.ok());

    // A copy killed mid-way: the .partial file and a cut-off file with a final name.
    const QString base = QFileInfo(good->path).fileName();
    const QString partial = QDir(backupsDir(path)).filePath(base + ".partial");
    ASSERT_TRUE(QFile::copy(good->path, partial));
    QDateTime later = good->created.addSecs(60);
    const QString cut = QDir(backupsDir(path)).filePath(
        base.left(base.indexOf('-') + 1) + later.toString("yyyyMMdd-HHmmss-zzz") + "-schema7.sqlite");
    ASSERT_TRUE(QFile::copy(good->path, cut));
    ASSERT_TRUE(QFile::resize(cut, QFileInfo(cut).size() / 3));

    const QList<BackupInfo> list = listBackups(path);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().path, good->path);
}

TEST(StoreBackup, ABackupCancelledHalfWayLeavesNothing)
{
    if (!nativeBackupAvailable())
        GTEST_SKIP() << "this build copies with VACUUM INTO, which cannot stop half-way";
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    BackupOptions cancel;
    cancel.pagesPerStep = 16;
    cancel.progress = [](int remaining, int total) { return remaining > total / 2; };
    auto cancelled = createBackup(path, cancel);
    EXPECT_FALSE(cancelled.ok());
    EXPECT_TRUE(listBackups(path).isEmpty());
    EXPECT_TRUE(QDir(backupsDir(path)).entryList(QDir::Files).isEmpty()) << "the .partial file is deleted";
}

TEST(StoreBackup, MoveAsideKeepsTheFileAndItsSideFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.sqlite");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        QFile w(path + "-wal");
        ASSERT_TRUE(w.open(QIODevice::WriteOnly));
    }
    const QByteArray sha = sha256OfFile(path);
    auto moved = moveAside(path, "damaged");
    ASSERT_TRUE(moved.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + "-wal")) << "a stale -wal must not meet a restored store";
    EXPECT_TRUE(QFileInfo::exists(*moved + "-wal"));
    EXPECT_EQ(sha256OfFile(*moved), sha);
    EXPECT_TRUE(QFileInfo(*moved).fileName().startsWith("bad.sqlite.damaged-"));
}

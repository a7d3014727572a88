// What the store does differently on Windows and macOS, run here: file: URIs
// SQLite accepts for UNC and awkward paths, folder writability asked of the
// OS, and the backup/restore path without a direct SQLite binding (Qt's own
// Windows and macOS builds bundle SQLite inside the driver plugin).
#include "store.h"
#include "store_backup.h"
#include "store_check.h"
#include "store_safety_fixtures.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

TEST(StorePlatform, UncPathsKeepTheHostInTheUriPath)
{
    // QUrl::fromLocalFile would give file://server/share/..., which SQLite
    // rejects ("invalid uri authority").
    EXPECT_EQ(sqliteUri(QStringLiteral("//server/share/Stratos data/store.sqlite"), QStringLiteral("immutable=1")),
              QStringLiteral("file:////server/share/Stratos%20data/store.sqlite?immutable=1"));
#ifdef Q_OS_WIN
    EXPECT_EQ(sqliteUri(QStringLiteral("\\\\server\\share\\store.sqlite"), {}),
              QStringLiteral("file:////server/share/store.sqlite"));
    EXPECT_TRUE(sqliteUri(QStringLiteral("C:\\Users\\ana\\store.sqlite"), {}).startsWith("file:///C:/Users/ana/"));
#endif
}

TEST(StorePlatform, SqliteOpensTheUriOfAPathWithSpacesPercentHashAndAccents)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("team #1 100%")));
    const QString path = dir.filePath(QStringLiteral("team #1 100%/Ström ünd.sqlite"));
    ASSERT_TRUE(QFile::copy(seededTemplate(), path));
    const QString uri = sqliteUri(path, QStringLiteral("immutable=1"));
    EXPECT_FALSE(uri.contains(u' ')) << qPrintable(uri);
    EXPECT_FALSE(uri.contains(u'#')) << qPrintable(uri);
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("uri-test"));
        db.setDatabaseName(uri);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        ASSERT_TRUE(db.open());
        version = scalarOf(db, QStringLiteral("PRAGMA user_version")).toInt();
        // The URI named this very file: no empty database was made elsewhere.
        EXPECT_GT(scalarOf(db, QStringLiteral("SELECT count(*) FROM organization")).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("uri-test"));
    EXPECT_EQ(version, Store::latestSchemaVersion());
}

TEST(StorePlatform, FolderWritabilityIsAskedOfTheFileSystem)
{
    QTemporaryDir dir;
    EXPECT_TRUE(folderAcceptsNewFiles(dir.path()));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        << "the probe file is removed";
    EXPECT_FALSE(folderAcceptsNewFiles(dir.filePath(QStringLiteral("missing"))));
    ReadOnlyGuard guard(dir.path());
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a folder read-only here (Windows needs an ACL; as root, chattr +i needs ext4)";
    EXPECT_FALSE(folderAcceptsNewFiles(dir.path()));
}

// The switch make test uses to run the whole store-safety suite a second time
// down this path (ctest -R no_direct_sqlite): here, one round trip under it.
TEST(StorePlatform, WithoutTheDirectBindingBackupIsVacuumIntoAndRestoreReplacesTheFile)
{
    struct Switch // set for this test only, even when an assertion returns early
    {
        const bool wasSet = qEnvironmentVariableIsSet("STRATOS_NO_DIRECT_SQLITE");
        Switch() { qputenv("STRATOS_NO_DIRECT_SQLITE", "1"); }
        ~Switch()
        {
            if (!wasSet)
                qunsetenv("STRATOS_NO_DIRECT_SQLITE");
        }
    } noDirectBinding;
    EXPECT_FALSE(nativeBackupAvailable());
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    const QString modelsSql = QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM ai_model ORDER BY id)");
    const auto models = [&] {
        auto store = Store::open(path);
        return store ? scalarOf((*store)->database(), modelsSql).toString() : QStringLiteral("open failed");
    };
    const QString before = models();
    ASSERT_FALSE(before.isEmpty());
    auto backup = createBackup(path);
    ASSERT_TRUE(backup.ok()) << qPrintable(backup.error().toString());
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
        QSqlQuery q((*store)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE ai_model SET name = name || ' (edited)'")));
    }
    ASSERT_NE(models(), before);
    auto restored = restoreBackup(path, backup->path);
    ASSERT_TRUE(restored.ok()) << qPrintable(restored.error().toString());
    EXPECT_TRUE(QFileInfo::exists(restored->safetyBackup)) << qPrintable(restored->safetyBackup);
    // The replaced file went aside and was then deleted (its rows are in the safety backup).
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files);
    EXPECT_TRUE(aside.isEmpty()) << qPrintable(aside.join(u' '));
    EXPECT_EQ(models(), before);
}

#include "store.h"
#include "test_env.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Store::Options noSeed()
{
    Store::Options o;
    o.loadSeed = false;
    return o;
}

// Writes a bare SQLite file with the given user_version, outside the Store.
void writeRawDatabase(const QString &path, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE future_thing (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST(StoreMigration, FreshStoreIsAtLatestVersionWithWalAndForeignKeys)
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath("s.sqlite"), noSeed());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    EXPECT_GE(Store::latestSchemaVersion(), 2);
    QSqlDatabase db = (*store)->database();
    EXPECT_EQ(scalar(db, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
    for (const char *table : {"source", "organization", "ai_model", "security", "price_bar", "launch",
                              "payload", "event", "event_link", "document", "passage", "passage_fts",
                              "import_batch", "meta"})
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(table)).toInt(), 1)
            << table;
}

TEST(StoreMigration, EveryFactRowNeedsASource)
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath("s.sqlite"), noSeed());
    ASSERT_TRUE(store.ok());
    QSqlQuery q((*store)->database());
    EXPECT_FALSE(q.exec("INSERT INTO organization(name) VALUES ('NoSource')"))
        << "source_id is NOT NULL";
    EXPECT_FALSE(q.exec("INSERT INTO organization(name, source_id) VALUES ('Dangling', 999)"))
        << "foreign keys are enforced";
}

TEST(StoreMigration, UpgradesFromVersion1KeepingRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        Store::Options o = noSeed();
        o.migrateTo = 1;
        auto store = Store::open(path, o);
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        EXPECT_EQ((*store)->schemaVersion(), 1);
        QSqlQuery q((*store)->database());
        ASSERT_TRUE(q.exec("INSERT INTO source(key, kind, title) VALUES ('mine', 'user', 'My notes')"));
        ASSERT_TRUE(q.exec("INSERT INTO organization(name, country, source_id, origin) "
                           "VALUES ('My Lab', 'FR', 1, 'user')"));
        EXPECT_EQ(scalar((*store)->database(), "SELECT count(*) FROM sqlite_master WHERE name = 'document'").toInt(), 0);
    }
    auto store = Store::open(path, noSeed());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    QSqlDatabase db = (*store)->database();
    EXPECT_EQ(scalar(db, "SELECT country FROM organization WHERE name = 'My Lab'").toString(), QStringLiteral("FR"));
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'document'").toInt(), 1);
}

TEST(StoreMigration, RefusesNewerSchemaAndLeavesFileUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("future.sqlite");
    writeRawDatabase(path, Store::latestSchemaVersion() + 7);
    const QByteArray before = test::sha256OfFile(path);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QLatin1String("newer version of Stratos"))) << qPrintable(store.error().toString());
    EXPECT_TRUE(store.error().message.contains(QString::number(Store::latestSchemaVersion() + 7)));
    EXPECT_EQ(store.error().file, path);
    EXPECT_EQ(test::sha256OfFile(path), before);
    EXPECT_FALSE(QFile::exists(path + "-wal")) << "not even a WAL file is created";
}

TEST(StoreMigration, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.sqlite");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const QByteArray before = test::sha256OfFile(path);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QLatin1String("not a Stratos store"))) << qPrintable(store.error().toString());
    EXPECT_EQ(test::sha256OfFile(path), before);
}

TEST(StoreMigration, ReadOnlyStoreOfOlderSchemaIsRefusedNotUpgraded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        Store::Options o = noSeed();
        o.migrateTo = 1;
        ASSERT_TRUE(Store::open(path, o).ok());
    }
    const QByteArray before = test::sha256OfFile(path);
    Store::Options ro;
    ro.readOnly = true;
    auto store = Store::open(path, ro);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().message,
              QStringLiteral("the store needs an upgrade (schema 1 → %1), which cannot be made while it is "
                             "open read-only")
                  .arg(Store::latestSchemaVersion()));
    EXPECT_EQ(store.error().file, path);
    EXPECT_EQ(test::sha256OfFile(path), before) << "a read-only open writes nothing";
}

// Opening a team store on PostgreSQL (issue 19): the URL the user gives, the
// numbered migrations in their PostgreSQL dialect, the embedded seed, and the
// same row counts as the SQLite store made from the same seed.

#include "pg_test_server.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

QMap<QString, qlonglong> rowCounts(QSqlDatabase db, const QString &tablesSql)
{
    QMap<QString, qlonglong> counts;
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(tablesSql)) << qPrintable(q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : tables) {
        QSqlQuery c(db);
        EXPECT_TRUE(c.exec(QStringLiteral("SELECT count(*) FROM ") + t)) << qPrintable(t);
        if (c.next())
            counts.insert(t, c.value(0).toLongLong());
    }
    return counts;
}

// Tests about connecting, not about the data: migrations only (the seed on
// PostgreSQL takes seconds, and MigratesLoads… covers it).
Store::Options noSeed()
{
    Store::Options o;
    o.loadSeed = false;
    return o;
}

} // namespace

TEST(TeamStoreOpen, MigratesLoadsTheSeedAndCountsEveryTableAsSqliteDoes)
{
    STRATOS_PG_SCRATCH(scratch);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    QElapsedTimer timer;
    timer.start();
    auto lite = Store::open(dir.filePath(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(lite) << qPrintable(lite.error().toString());
    const qint64 sqliteMs = timer.restart();
    auto team = Store::open(scratch.url());
    ASSERT_TRUE(team) << qPrintable(team.error().toString());
    const qint64 pgMs = timer.elapsed();
    RecordProperty("seed_ms_sqlite", int(sqliteMs));
    RecordProperty("seed_ms_postgresql", int(pgMs));
    std::printf("seed load: SQLite %lld ms, PostgreSQL %lld ms\n", qlonglong(sqliteMs), qlonglong(pgMs));

    EXPECT_TRUE((*team)->isTeamStore());
    EXPECT_FALSE((*lite)->isTeamStore());
    EXPECT_EQ((*team)->schemaVersion(), Store::latestSchemaVersion());

    // SQLite's own tables and the FTS5 index's shadow tables have no
    // counterpart; stratos_schema holds PostgreSQL's schema version and
    // stratos_key_check the keys it checks per statement (migration 0014).
    const auto liteCounts = rowCounts((*lite)->database(),
                                      QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                     "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'passage_fts%' "
                                                     "ORDER BY name"));
    const auto pgCounts = rowCounts((*team)->database(),
                                    QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                   "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                                   "AND table_name NOT IN ('stratos_schema', 'stratos_key_check') "
                                                   "ORDER BY table_name"));
    EXPECT_EQ(pgCounts.keys(), liteCounts.keys());
    for (auto it = liteCounts.begin(); it != liteCounts.end(); ++it)
        EXPECT_EQ(pgCounts.value(it.key(), -1), it.value()) << "table " << qPrintable(it.key());
    EXPECT_GT(liteCounts.value(QStringLiteral("price_bar")), 1000) << "the seed was loaded at all";
    EXPECT_GT(liteCounts.value(QStringLiteral("claim")), 0) << "claims were computed on both";
}

TEST(TeamStoreOpen, ReopeningAppliesNothingTwiceAndKeepsTheVersion)
{
    STRATOS_PG_SCRATCH(scratch);
    qlonglong events = 0;
    {
        auto first = Store::open(scratch.url());
        ASSERT_TRUE(first) << qPrintable(first.error().toString());
        QSqlQuery q((*first)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next());
        events = q.value(0).toLongLong();
    }
    auto second = Store::open(scratch.url());
    ASSERT_TRUE(second) << qPrintable(second.error().toString());
    EXPECT_EQ((*second)->schemaVersion(), Store::latestSchemaVersion());
    QSqlQuery q((*second)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), events);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM stratos_schema")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(TeamStoreOpen, StopsAtTheRequestedMigrationAndContinuesLater)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        Store::Options o;
        o.migrateTo = 2;
        o.loadSeed = false;
        auto early = Store::open(scratch.url(), o);
        ASSERT_TRUE(early) << qPrintable(early.error().toString());
        EXPECT_EQ((*early)->schemaVersion(), 2);
        QSqlQuery q((*early)->database());
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM conversation"))) << "0005 not applied yet";
    }
    auto later = Store::open(scratch.url(), noSeed());
    ASSERT_TRUE(later) << qPrintable(later.error().toString());
    EXPECT_EQ((*later)->schemaVersion(), Store::latestSchemaVersion());
}

TEST(TeamStoreOpen, ANewerSchemaIsRefusedAndLeftUntouched)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        auto s = Store::open(scratch.url(), noSeed());
        ASSERT_TRUE(s) << qPrintable(s.error().toString());
        QSqlQuery q((*s)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE stratos_schema SET version = 9999")));
    }
    StoreHealth health;
    auto again = Store::open(scratch.url(), noSeed(), &health);
    ASSERT_FALSE(again);
    EXPECT_EQ(health.problem, StoreProblem::NewerSchema);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("newer version"))) << qPrintable(again.error().message);
}

TEST(TeamStoreOpen, AReadOnlyOpenCannotWrite)
{
    STRATOS_PG_SCRATCH(scratch);
    { ASSERT_TRUE(Store::open(scratch.url(), noSeed())); }
    Store::Options o = noSeed();
    o.readOnly = true;
    auto ro = Store::open(scratch.url(), o);
    ASSERT_TRUE(ro) << qPrintable(ro.error().toString());
    QSqlQuery q((*ro)->database());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM event")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM event")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("read-only"))) << qPrintable(q.lastError().text());
}

TEST(TeamStoreOpen, AReadOnlyOpenOfAnOlderSchemaIsRefusedNotUpgraded)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        Store::Options o = noSeed();
        o.migrateTo = 2;
        ASSERT_TRUE(Store::open(scratch.url(), o));
    }
    Store::Options o = noSeed();
    o.readOnly = true;
    auto ro = Store::open(scratch.url(), o);
    ASSERT_FALSE(ro);
    EXPECT_EQ(ro.error().message,
              QStringLiteral("the team store needs an upgrade (schema 2 → %1), which cannot be made while "
                             "it is open read-only")
                  .arg(Store::latestSchemaVersion()));
    auto again = Store::open(scratch.url(), noSeed());
    ASSERT_TRUE(again) << qPrintable(again.error().toString());
    EXPECT_EQ((*again)->schemaVersion(), Store::latestSchemaVersion()) << "a writable open still upgrades it";
}

TEST(TeamStoreOpen, SslmodeFromTheUrlReachesLibpq)
{
    STRATOS_PG_SCRATCH(scratch);
    // The test server has no certificate: sslmode=require must fail (so the
    // parameter reached libpq), sslmode=disable must connect.
    QUrl url(scratch.url());
    url.setQuery(QStringLiteral("sslmode=require"));
    auto refused = Store::open(url.toString(), noSeed());
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
        << qPrintable(refused.error().message);
    url.setQuery(QStringLiteral("sslmode=disable&application_name=stratos-test"));
    auto plain = Store::open(url.toString(), noSeed());
    ASSERT_TRUE(plain) << qPrintable(plain.error().toString());
    QSqlQuery q((*plain)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_setting('application_name')")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("stratos-test"));
}

TEST(TeamStoreOpen, AUrlWithAPasswordIsRefusedBeforeConnecting)
{
    STRATOS_PG_SCRATCH(scratch);
    QUrl url(scratch.url());
    url.setPassword(QStringLiteral("secret"));
    auto s = Store::open(url.toString());
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral(".pgpass"))) << qPrintable(s.error().message);
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("secret")));
}

TEST(TeamStoreOpen, AServiceFileNamesTheServer)
{
    STRATOS_PG_SCRATCH(scratch);
    const QUrl url(scratch.url());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("pg_service.conf")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[team]\nhost=%1\nport=%2\ndbname=%3\nuser=%4\n")
                .arg(url.host())
                .arg(url.port())
                .arg(url.path().mid(1), url.userName())
                .toUtf8());
    f.close();
    qputenv("PGSERVICEFILE", QFile::encodeName(f.fileName()));
    auto s = Store::open(QStringLiteral("postgresql://?service=team"), noSeed());
    qunsetenv("PGSERVICEFILE");
    ASSERT_TRUE(s) << qPrintable(s.error().toString());
    QSqlQuery q((*s)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_database()")) && q.next());
    EXPECT_EQ(q.value(0).toString(), scratch.name());
}

// The roles docs/team-store.md tells a team to make: the store's owner
// creates and migrates it; a writer role and a read-only role open it
// without CREATE rights, and the server holds the reader to reading.
TEST(TeamStoreOpen, WriterAndReadOnlyRolesFromTheDocsOpenTheStore)
{
    STRATOS_PG_SCRATCH(scratch);
    { ASSERT_TRUE(Store::open(scratch.url(), noSeed())); }
    const QString suffix = scratch.name().mid(2, 8);
    const QString writer = QStringLiteral("w_") + suffix, reader = QStringLiteral("r_") + suffix;
    for (const QString &sql : {
             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'writer-pw'").arg(writer),
             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(reader)})
        ASSERT_EQ(pgAdminExec(sql), QString());
    {
        auto owner = Store::open(scratch.url(), noSeed());
        ASSERT_TRUE(owner);
        QSqlQuery q((*owner)->database());
        for (const QString &sql : {
                 QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(writer, reader),
                 QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2").arg(writer, reader),
                 QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(writer)})
            ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
    }
    const auto as = [&](const QString &role) {
        QUrl u(scratch.url());
        u.setUserName(role);
        return u.toString();
    };
    Store::Options w = noSeed();
    w.password = QStringLiteral("writer-pw");
    {
        auto s = Store::open(as(writer), w);
        ASSERT_TRUE(s) << qPrintable(s.error().toString());
        QSqlQuery q((*s)->database());
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO source(key, kind, title) VALUES ('w', 'user', 'By the writer') RETURNING id")))
            << qPrintable(q.lastError().text());
    }
    Store::Options r = noSeed();
    r.password = QStringLiteral("reader-pw");
    auto s = Store::open(as(reader), r);
    ASSERT_TRUE(s) << qPrintable(s.error().toString());
    QSqlQuery q((*s)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM source WHERE key = 'w'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // The reader's session is read-only (Stratos saw the role may only read)...
    EXPECT_EQ((*s)->readOnlyUser(), reader);
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM source WHERE key = 'w'")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("read-only transaction"))) << qPrintable(q.lastError().text());
    // ...and with that mode turned off the grants still refuse.
    ASSERT_TRUE(q.exec(QStringLiteral("SET default_transaction_read_only = off")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM source WHERE key = 'w'")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("permission denied"))) << qPrintable(q.lastError().text());
    s = Error{QStringLiteral("closed")};
    pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(scratch.name()));
    pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(writer));
    pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader));
}

// The tests' PostgreSQL server itself (issue 19): a real server, reached the
// way a team member's Stratos reaches one (Qt's QPSQL driver, password from a
// .pgpass file, never in the URL).

#include "pg_test_server.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <gtest/gtest.h>

using namespace stratos::test;

TEST(PgTestServer, ScratchDatabaseTakesRowsThroughQpsqlWithThePasswordFromPgpass)
{
    STRATOS_PG_SCRATCH(scratch);
    const QUrl url(scratch.url());
    EXPECT_TRUE(url.password().isEmpty()) << "the password comes from PGPASSFILE, not the URL";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("smoke"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int")));
        ASSERT_TRUE(q.next());
        EXPECT_GE(q.value(0).toInt(), 150000) << "PostgreSQL 15 or newer";
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id int primary key, name text)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1, 'Starlink'), (2, 'Guowang')")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT string_agg(name, ',' ORDER BY id) FROM t")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("Starlink,Guowang"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_database()")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), scratch.name());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("smoke"));
}

TEST(PgTestServer, AWrongPasswordIsRefused)
{
    STRATOS_PG_SCRATCH(scratch);
    QUrl url(scratch.url());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("wrong"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(QStringLiteral("not-the-password"));
        db.setDatabaseName(url.path().mid(1));
        EXPECT_FALSE(db.open()) << "the server checks passwords on TCP, as a team's server does";
        EXPECT_TRUE(db.lastError().text().contains(QStringLiteral("password"), Qt::CaseInsensitive))
            << qPrintable(db.lastError().text());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
}

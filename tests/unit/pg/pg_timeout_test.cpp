// statement_timeout (db/pg/pg_connection): the server stops a statement that
// runs too long; the user gets one clear message, nothing is written and the
// connection stays usable.

#include "pg/pg_copy.h"
#include "pg_test_server.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::pg;

TEST(PgStatementTimeout, ASlowStatementGivesOneClearMessageAndTheConnectionStaysUsable)
{
    STRATOS_PG_SCRATCH(scratch);
    auto c = Connection::open(scratch.url());
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE((*c)->exec(QStringLiteral("CREATE TABLE t (x int)")));
    ASSERT_TRUE((*c)->setStatementTimeout(200));
    ASSERT_TRUE((*c)->begin());
    ASSERT_TRUE((*c)->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    Status slow = (*c)->exec(QStringLiteral("SELECT pg_sleep(5)"));
    ASSERT_FALSE(slow.ok());
    EXPECT_EQ((*c)->lastFailure(), Failure::Timeout);
    EXPECT_EQ((*c)->lastSqlState(), QStringLiteral("57014"));
    EXPECT_EQ(slow.error().message,
              QStringLiteral("the server stopped the SELECT statement after the time limit of 200 ms "
                             "(statement_timeout); the transaction was rolled back, nothing of it was written"));
    (*c)->rollback();
    auto rows = (*c)->query(QStringLiteral("SELECT count(*) FROM t"));
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    EXPECT_EQ(rows->first().value(0), QStringLiteral("0")) << "the INSERT before the timeout must not survive";
}

TEST(PgStatementTimeout, ACopyThatOutlivesTheLimitLeavesNothing)
{
    STRATOS_PG_SCRATCH(scratch);
    auto c = Connection::open(scratch.url());
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE((*c)->exec(QStringLiteral("CREATE TABLE t (x int)")));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("rows.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 400000; ++i)
        f.write(QByteArray::number(i) + '\n');
    f.close();
    ASSERT_TRUE((*c)->setStatementTimeout(300));
    CopyFileOptions opts;
    opts.progress = [](qint64) { // a slow source (a network share, a slow disk)
        QThread::msleep(150);
        return true;
    };
    auto rows = copyFile(**c, f.fileName(), QStringLiteral("t"), {QStringLiteral("x")}, opts);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ((*c)->lastFailure(), Failure::Timeout) << qPrintable(rows.error().message);
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("time limit of 300 ms"))) << qPrintable(rows.error().message);
    EXPECT_EQ(rows.error().file, f.fileName());
    ASSERT_TRUE((*c)->setStatementTimeout(0));
    auto count = (*c)->query(QStringLiteral("SELECT count(*) FROM t"));
    ASSERT_TRUE(count.ok()) << qPrintable(count.error().message);
    EXPECT_EQ(count->first().value(0), QStringLiteral("0"));
}

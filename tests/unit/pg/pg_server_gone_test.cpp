// The server stopped under a client (a private server, halted and resumed):
// mid-COPY the import fails with one clear message and leaves nothing; an idle
// listener says the connection is gone and reconnects when the server is back.

#include "pg/pg_copy.h"
#include "pg/pg_listener.h"
#include "pg_private_server.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace stratos;
using namespace stratos::pg;

#define STRATOS_PRIVATE_PG(var)                                                                    \
    stratos::test::PrivatePgServer var;                                                            \
    if (var.unavailable())                                                                         \
        GTEST_SKIP() << qPrintable(var.error());                                                   \
    ASSERT_TRUE(var.error().isEmpty()) << qPrintable(var.error())

TEST(PgServerGone, StoppedMidCopyGivesOneClearMessageNothingPartialAndAReconnectWhenBack)
{
    STRATOS_PRIVATE_PG(server);
    auto c = Connection::open(server.url());
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
    ASSERT_TRUE((*c)->exec(QStringLiteral("CREATE TABLE launch (id int PRIMARY KEY, name text)")));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("launches.tsv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 300000; ++i)
        f.write(QByteArray::number(i) + "\tLaunch " + QByteArray::number(i) + '\n');
    f.close();

    QString haltError = QStringLiteral("not halted");
    CopyFileOptions opts;
    opts.progress = [&](qint64 sent) {
        if (sent > f.size() / 2 && haltError == QLatin1String("not halted"))
            haltError = server.halt();
        return true;
    };
    auto rows = copyFile(**c, f.fileName(), QStringLiteral("launch"), {QStringLiteral("id"), QStringLiteral("name")}, opts);
    ASSERT_TRUE(haltError.isEmpty()) << qPrintable(haltError);
    ASSERT_FALSE(rows.ok());
    std::cout << "the user reads: " << qPrintable(rows.error().toString()) << '\n';
    EXPECT_EQ((*c)->lastFailure(), Failure::Connection) << qPrintable(rows.error().message);
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("was lost"))) << qPrintable(rows.error().message);
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("nothing of it was written"))) << qPrintable(rows.error().message);
    EXPECT_EQ(rows.error().file, f.fileName());

    Status early = (*c)->reconnect();
    ASSERT_FALSE(early.ok()) << "the server is still down";
    EXPECT_TRUE(early.error().message.startsWith(QStringLiteral("cannot reach the PostgreSQL server 127.0.0.1:")))
        << qPrintable(early.error().message);

    ASSERT_EQ(server.resume(), QString());
    ASSERT_TRUE((*c)->reconnect()) << "reconnects with the same parameters once the server is back";
    auto count = (*c)->query(QStringLiteral("SELECT count(*) FROM launch"));
    ASSERT_TRUE(count.ok()) << qPrintable(count.error().message);
    EXPECT_EQ(count->first().value(0), QStringLiteral("0"));
}

TEST(PgServerGone, AnIdleListenerReportsTheStopAndReconnectsWhenTheServerIsBack)
{
    STRATOS_PRIVATE_PG(server);
    Listener listener(server.url(), {QStringLiteral("stratos_prices")});
    listener.setRetryInterval(200);
    QSignalSpy lost(&listener, &Listener::connectionLost);
    QSignalSpy back(&listener, &Listener::reconnected);
    QSignalSpy heard(&listener, &Listener::notified);
    ASSERT_TRUE(listener.start());
    ASSERT_EQ(server.halt(), QString());
    ASSERT_TRUE(lost.count() > 0 || lost.wait(10000));
    EXPECT_FALSE(listener.isConnected());
    QTest::qWait(600); // a few failed retries while the server is down
    EXPECT_EQ(back.count(), 0);
    ASSERT_EQ(server.resume(), QString());
    ASSERT_TRUE(back.count() > 0 || back.wait(15000));
    EXPECT_EQ(lost.count(), 1) << "one message for the outage, not one per retry";
    auto sender = Connection::open(server.url());
    ASSERT_TRUE(sender.ok());
    ASSERT_TRUE(notify(**sender, QStringLiteral("stratos_prices"), QStringLiteral("back")));
    ASSERT_TRUE(heard.wait(10000));
}

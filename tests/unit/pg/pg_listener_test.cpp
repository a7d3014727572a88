// LISTEN/NOTIFY (db/pg/pg_listener): another session's NOTIFY reaches a
// listener on this thread's event loop; a connection dropped while idle is
// reported and re-established, and notifications flow again.

#include "pg/pg_listener.h"
#include "pg_test_server.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::pg;

TEST(PgListener, ANotifyFromAnotherConnectionReachesTheListener)
{
    STRATOS_PG_SCRATCH(scratch);
    Listener listener(scratch.url(), {QStringLiteral("stratos_prices"), QStringLiteral("stratos_launches")});
    QSignalSpy spy(&listener, &Listener::notified);
    ASSERT_TRUE(listener.start());
    auto sender = Connection::open(scratch.url());
    ASSERT_TRUE(sender.ok());

    // A NOTIFY inside a transaction that is rolled back is never delivered;
    // one on a channel nobody listens to neither.
    ASSERT_TRUE((*sender)->begin());
    ASSERT_TRUE(notify(**sender, QStringLiteral("stratos_launches"), QStringLiteral("rolled-back")));
    (*sender)->rollback();
    ASSERT_TRUE(notify(**sender, QStringLiteral("stratos_models"), QStringLiteral("unheard")));

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(notify(**sender, QStringLiteral("stratos_launches"), QStringLiteral("batch 42")));
    ASSERT_TRUE(spy.wait(10000));
    std::cout << "notification reached the listener after " << clock.elapsed() << " ms\n";
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("stratos_launches"));
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("batch 42"));
}

TEST(PgListener, AConnectionDroppedWhileIdleIsReportedAndReestablished)
{
    STRATOS_PG_SCRATCH(scratch);
    Listener listener(scratch.url(), {QStringLiteral("stratos_documents")});
    listener.setRetryInterval(100);
    QSignalSpy lost(&listener, &Listener::connectionLost);
    QSignalSpy back(&listener, &Listener::reconnected);
    QSignalSpy heard(&listener, &Listener::notified);
    ASSERT_TRUE(listener.start());
    auto admin = Connection::open(scratch.url());
    ASSERT_TRUE(admin.ok());
    const int oldPid = listener.backendPid();
    ASSERT_TRUE((*admin)->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {QString::number(oldPid)}));
    ASSERT_TRUE(lost.wait(10000)) << "an idle drop must be noticed without a query";
    EXPECT_TRUE(lost.at(0).at(0).toString().contains(QStringLiteral("reconnecting"))) << qPrintable(lost.at(0).at(0).toString());
    ASSERT_TRUE(back.count() > 0 || back.wait(10000));
    EXPECT_TRUE(listener.isConnected());
    EXPECT_NE(listener.backendPid(), oldPid);
    ASSERT_TRUE(notify(**admin, QStringLiteral("stratos_documents"), QStringLiteral("after reconnect")));
    ASSERT_TRUE(heard.wait(10000));
    EXPECT_EQ(heard.at(0).at(1).toString(), QStringLiteral("after reconnect"));
}

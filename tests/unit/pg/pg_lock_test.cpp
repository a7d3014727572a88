// One updater per dataset (db/pg/pg_lock): two takers at once, one wins and
// the other is told who holds it and since when.

#include "pg/pg_lock.h"
#include "pg_test_server.h"

#include <QUrlQuery>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace stratos;
using namespace stratos::pg;

namespace {

// The same store as another user's Stratos would name itself (application_name).
QString asApplication(const QString &url, const QString &app)
{
    QUrl u(url);
    QUrlQuery q(u);
    q.addQueryItem(QStringLiteral("application_name"), app);
    u.setQuery(q);
    return u.toString();
}

} // namespace

TEST(PgDatasetLock, OfTwoConcurrentTakersOneWinsAndTheOtherLearnsWhoAndWhen)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        auto admin = Connection::open(scratch.url());
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(ensureLockTable(**admin));
    }
    struct Taker
    {
        QString app, machine;
        std::unique_ptr<Connection> conn;
        std::unique_ptr<DatasetLock> lock;
        std::optional<Result<DatasetLock::Outcome>> outcome;
    };
    Taker takers[2] = {{QStringLiteral("alice-desk"), QStringLiteral("laptop-a"), {}, {}, {}},
                       {QStringLiteral("bob-desk"), QStringLiteral("laptop-b"), {}, {}, {}}};
    for (Taker &t : takers) {
        auto c = Connection::open(asApplication(scratch.url(), t.app));
        ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
        t.conn = std::move(*c);
        t.lock = std::make_unique<DatasetLock>(*t.conn, Dataset::Prices);
    }
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    std::atomic<int> ready{0};
    auto run = [&](Taker &t) {
        ++ready;
        while (ready.load() < 2) {
        } // both ask at the same moment
        t.outcome = t.lock->tryAcquire(t.machine);
    };
    std::thread a(run, std::ref(takers[0]));
    std::thread b(run, std::ref(takers[1]));
    a.join();
    b.join();
    for (Taker &t : takers)
        ASSERT_TRUE(t.outcome->ok()) << qPrintable(t.outcome->error().message);
    const int winners = int((*takers[0].outcome)->acquired) + int((*takers[1].outcome)->acquired);
    ASSERT_EQ(winners, 1);
    Taker &winner = (*takers[0].outcome)->acquired ? takers[0] : takers[1];
    Taker &loser = (*takers[0].outcome)->acquired ? takers[1] : takers[0];
    const LockHolder holder = (*loser.outcome)->holder;
    EXPECT_EQ(holder.application, winner.app);
    EXPECT_EQ(holder.machine, winner.machine);
    EXPECT_EQ(holder.pid, winner.conn->backendPid());
    EXPECT_EQ(holder.user, QStringLiteral("stratos_admin"));
    EXPECT_GE(holder.since, before);
    EXPECT_LE(holder.since, QDateTime::currentDateTime().addSecs(1));
    const QString msg = busyMessage(Dataset::Prices, holder);
    EXPECT_TRUE(msg.startsWith(QStringLiteral("Prices: updated by another user at %1").arg(holder.since.toString(QStringLiteral("HH:mm")))))
        << qPrintable(msg);
    EXPECT_TRUE(msg.contains(winner.machine)) << qPrintable(msg);

    // Another dataset is free meanwhile.
    DatasetLock launches(*loser.conn, Dataset::Launches);
    auto other = launches.tryAcquire(loser.machine);
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other->acquired);

    // Once released, the loser can take it.
    ASSERT_TRUE(winner.lock->release());
    auto again = loser.lock->tryAcquire(loser.machine);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->acquired);
}

TEST(PgDatasetLock, TheLockDiesWithTheHoldersSession)
{
    STRATOS_PG_SCRATCH(scratch);
    auto holderConn = Connection::open(scratch.url());
    auto otherConn = Connection::open(scratch.url());
    ASSERT_TRUE(holderConn.ok() && otherConn.ok());
    ASSERT_TRUE(ensureLockTable(**holderConn));
    DatasetLock held(**holderConn, Dataset::Documents);
    ASSERT_TRUE(held.tryAcquire(QStringLiteral("crashing-laptop"))->acquired);
    DatasetLock waiting(**otherConn, Dataset::Documents);
    auto busy = waiting.tryAcquire(QStringLiteral("other"));
    ASSERT_TRUE(busy.ok());
    EXPECT_FALSE(busy->acquired);
    // The holder's process dies: the server ends its session and the lock with it.
    ASSERT_TRUE((*otherConn)->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"),
                                   {QString::number((*holderConn)->backendPid())}));
    bool acquired = false;
    for (int i = 0; i < 100 && !acquired; ++i) { // the backend exits asynchronously
        auto r = waiting.tryAcquire(QStringLiteral("other"));
        ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
        acquired = r->acquired;
        if (!acquired)
            QThread::msleep(50);
    }
    EXPECT_TRUE(acquired);
}

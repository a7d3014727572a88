// Ask retrieval runs on a worker, not on the GUI thread: while the sources of
// a question are being found the event loop keeps turning, the question is on
// screen and Stop works at once; the answer is announced with its sources when
// they are known, and a retrieval that was stopped never reaches a backend.
#include "ask/ask_session.h"
#include "ask_context.h"
#include "test_env.h"
#include "web_test_util.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <atomic>

using namespace stratos;
using namespace stratos::test;

namespace {

class AskRetrievalTest : public SeededStoreSuite
{
};

// A context builder that does the real retrieval, but only once the test lets
// it go, and records where and on which connection it ran.
struct GatedBuilder
{
    std::shared_ptr<QSemaphore> gate = std::make_shared<QSemaphore>(0);
    std::shared_ptr<std::atomic<bool>> ranOnGuiThread = std::make_shared<std::atomic<bool>>(true);
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<QString> connection = std::make_shared<QString>();

    AskSession::ContextBuilder builder() const
    {
        return [*this](QSqlDatabase db, const QString &question, int topK) {
            *ranOnGuiThread = QThread::currentThread() == QCoreApplication::instance()->thread();
            *connection = db.connectionName(); // read by the test only after the gate and the result
            gate->tryAcquire(1, 10000); // a retrieval on the GUI thread would hold it: the checks below fail
            ++*calls;
            return buildAskContext(db, question, topK);
        };
    }
};

} // namespace

TEST_F(AskRetrievalTest, SourcesAreFoundOnAWorkerWhileTheEventLoopRuns)
{
    AskSession session(s_store->database(), false);
    FakeBackend *backend = nullptr;
    session.setBackendFactory([&backend](const ask::BackendSettings &, QObject *) {
        auto b = std::make_unique<FakeBackend>(QStringList{QStringLiteral("Guowang is a constellation [1].")});
        backend = b.get();
        return b;
    });
    const GatedBuilder gated;
    session.setContextBuilder(gated.builder());
    session.newConversation();
    QSignalSpy added(&session, &AskSession::messageAdded);

    ASSERT_TRUE(session.ask(QStringLiteral("What is Guowang?")));
    EXPECT_TRUE(session.isBusy());
    ASSERT_EQ(added.size(), 1) << "the question is shown at once";
    EXPECT_EQ(added.first().first().toJsonObject().value("role").toString(), QStringLiteral("user"));

    // The retrieval is held on its worker: the GUI thread's event loop still turns.
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(5);
    QTest::qWait(200);
    EXPECT_GE(ticks, 5) << "the event loop did not run while the sources were being found";
    EXPECT_TRUE(session.isBusy());
    EXPECT_EQ(added.size(), 1) << "the answer is announced only with its sources";
    EXPECT_EQ(backend, nullptr);

    gated.gate->release();
    ASSERT_TRUE(waitFor([&] { return !session.isBusy(); }, 10000));
    EXPECT_FALSE(*gated.ranOnGuiThread);
    EXPECT_NE(*gated.connection, s_store->database().connectionName()) << "a connection of the worker's own";
    ASSERT_EQ(added.size(), 2);
    const QJsonObject announced = added.last().first().toJsonObject();
    EXPECT_EQ(announced.value("role").toString(), QStringLiteral("assistant"));
    EXPECT_FALSE(announced.value("sources").toArray().isEmpty()) << "announced with the sources found";
    const AskSession::Message &answer = session.messages().constLast();
    EXPECT_EQ(answer.status, QStringLiteral("ok"));
    EXPECT_EQ(answer.text, QStringLiteral("Guowang is a constellation [1]."));
    ASSERT_NE(backend, nullptr);
    EXPECT_EQ(backend->lastContext.passages.size() + backend->lastContext.facts.size(),
              answer.sources.size()) << "the backend was given what the sources list";
}

TEST_F(AskRetrievalTest, StopDuringRetrievalIsImmediateAndItsResultIsDropped)
{
    AskSession session(s_store->database(), false);
    int made = 0;
    session.setBackendFactory([&made](const ask::BackendSettings &, QObject *) {
        ++made;
        return std::make_unique<FakeBackend>(QStringList{QStringLiteral("Second answer.")});
    });
    const GatedBuilder gated;
    session.setContextBuilder(gated.builder());
    session.newConversation();

    ASSERT_TRUE(session.ask(QStringLiteral("What is Kuiper?")));
    QSignalSpy busy(&session, &AskSession::busyChanged);
    session.stop();
    EXPECT_FALSE(session.isBusy()) << "at once, without waiting for the retrieval";
    ASSERT_EQ(busy.size(), 1);
    EXPECT_EQ(session.messages().constLast().status, QStringLiteral("stopped"));

    gated.gate->release(); // the stopped retrieval ends; its result must go nowhere
    ASSERT_TRUE(waitFor([&] { return *gated.calls == 1; }, 10000));
    QTest::qWait(100);
    EXPECT_EQ(made, 0) << "a stopped question reached a backend";
    EXPECT_EQ(session.messages().constLast().status, QStringLiteral("stopped"));

    // The next question is answered normally.
    gated.gate->release();
    ASSERT_TRUE(session.ask(QStringLiteral("What is Guowang?")));
    ASSERT_TRUE(waitFor([&] { return !session.isBusy(); }, 10000));
    EXPECT_EQ(made, 1);
    EXPECT_EQ(session.messages().constLast().status, QStringLiteral("ok"));
    EXPECT_EQ(session.messages().constLast().text, QStringLiteral("Second answer."));
    EXPECT_EQ(session.messages().size(), 4);
}

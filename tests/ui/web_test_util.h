#pragma once
// Helpers for tests of the web panels: run JavaScript in a page and wait for
// the result, wait for a condition, a seeded store shared by a suite, and a
// fake backend (the test's own peer) that streams whatever tokens it is given.

#include "ask/backend.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <gtest/gtest.h>
#include <memory>

namespace stratos::test {

// The QWebEngineView behind a web view of ours (web/web_views.h gives QWidgets).
inline QWebEngineView *engineView(QWidget *view) { return qobject_cast<QWebEngineView *>(view); }

inline QVariant js(QWebEnginePage *page, const QString &script, int timeoutMs = 15000)
{
    auto state = std::make_shared<std::pair<bool, QVariant>>(false, QVariant());
    page->runJavaScript(script, [state](const QVariant &v) { *state = {true, v}; });
    const bool answered = QTest::qWaitFor([&] { return state->first; }, timeoutMs);
    EXPECT_TRUE(answered) << "no answer from the page for: " << qPrintable(script);
    return state->second;
}

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Streams the given tokens one per event-loop turn, then finishes; stop()
// emits stopped() at once. With stallAfter >= 0 it stops sending there.
class FakeBackend : public ask::Backend
{
    Q_OBJECT
public:
    FakeBackend(QStringList tokens, int stallAfter = -1, QObject *parent = nullptr)
        : ask::Backend(parent), m_tokens(std::move(tokens)), m_stallAfter(stallAfter)
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_stallAfter >= 0 && m_next >= m_stallAfter)
                return;
            if (m_next < m_tokens.size()) {
                m_answer += m_tokens[m_next];
                emit token(m_tokens[m_next++]);
                return;
            }
            m_timer.stop();
            emit finished(m_answer);
        });
    }
    void start(const ask::AskContext &context) override
    {
        lastContext = context;
        ++starts;
        m_next = 0;
        m_answer.clear();
        m_timer.start();
    }
    void stop() override
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        emit stopped();
    }
    bool isRunning() const override { return m_timer.isActive(); }
    void listModels() override { emit modelsListed({QStringLiteral("tiny-a"), QStringLiteral("tiny-b")}); }

    ask::AskContext lastContext;
    int starts = 0;

private:
    QStringList m_tokens;
    int m_stallAfter;
    int m_next = 0;
    QString m_answer;
    QTimer m_timer;
};

// One seeded store per suite (opening one loads the embedded dataset).
class SeededStoreSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto store = Store::open(s_dir->filePath("web.sqlite"));
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        s_store = store->release();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
        s_store = nullptr;
        s_dir = nullptr;
    }
    static inline Store *s_store = nullptr;
    static inline QTemporaryDir *s_dir = nullptr;
};

} // namespace stratos::test

// Ollama and OpenAI-compatible backends against a loopback server sending real
// byte streams: split lines and characters, errors, closes, stalls, 404s; and
// the network faults of issue 8 for both protocols (docs/ask-faults.md).
#include "ask/backend.h"
#include "ask/chat_backends.h"
#include "backend_run.h"
#include "fake_llm_server.h"
#include "test_env.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace stratos;
using test::FakeLlmServer;

namespace {

constexpr qint64 kMaxGapMs = test::kMaxEventLoopGapMs;

ask::AskContext context()
{
    ask::AskContext ctx;
    ctx.question = QStringLiteral("How much market value did Nvidia lose in one day?");
    ask::RetrievedPassage p;
    p.number = 1;
    p.documentTitle = QStringLiteral("From Sputnik to DeepSeek");
    p.text = QStringLiteral("Nvidia lost $589 billion in a single day.");
    ctx.passages << p;
    return ctx;
}

QByteArray ndjson(const QString &content, bool done = false)
{
    QJsonObject o{{"model", "tiny"}, {"message", QJsonObject{{"role", "assistant"}, {"content", content}}}, {"done", done}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray sse(const QString &content, const char *eol = "\n")
{
    QJsonObject o{{"object", "chat.completion.chunk"},
                  {"choices", QJsonArray{QJsonObject{{"index", 0}, {"delta", QJsonObject{{"content", content}}},
                                                     {"finish_reason", QJsonValue::Null}}}}};
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + eol + eol;
}

ask::BackendSettings settingsFor(ask::BackendKind kind, const QUrl &url, int timeoutMs = 5000)
{
    ask::BackendSettings s;
    s.kind = kind;
    s.endpoint = url;
    s.model = QStringLiteral("tiny");
    s.timeoutMs = timeoutMs;
    return s;
}

struct Fixture : ::testing::Test
{
    void SetUp() override { ASSERT_TRUE(server.listen()); }
    test::BackendRun ask(ask::BackendKind kind, int timeoutMs = 5000)
    {
        auto b = ask::makeBackend(settingsFor(kind, server.url(), timeoutMs));
        return test::runBackend(*b, [&] { b->start(context()); });
    }
    FakeLlmServer server;
};

using OllamaProtocol = Fixture;
using OpenAiProtocol = Fixture;

} // namespace

TEST_F(OllamaProtocol, StreamsNdjsonWithAUtf8CharacterSplitAcrossChunks)
{
    const QString answer = QStringLiteral("Nvidia verlor 589 Mrd. $ — größter Tagesverlust, 東京 [1]");
    QByteArray bytes = ndjson(answer.left(20)) + ndjson(answer.mid(20)) + ndjson(QString(), true);
    // Cut every 3 bytes: "ö", "—" and the CJK characters all straddle chunk boundaries somewhere.
    FakeLlmServer::Script s;
    s.steps = FakeLlmServer::pieces(bytes, 3);
    server.setScript("/api/chat", s);
    const test::BackendRun r = ask(ask::BackendKind::Ollama);
    EXPECT_TRUE(r.finished) << r.error.toStdString();
    EXPECT_EQ(r.answer, answer);
    EXPECT_EQ(r.tokens.join(QString()), answer);
    EXPECT_EQ(r.outcomes, 1);
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
    // The request is a streamed chat with the rules and the quoted sources.
    const QJsonObject body = QJsonDocument::fromJson(server.lastBody()).object();
    EXPECT_EQ(server.lastPath(), "/api/chat");
    EXPECT_TRUE(body.value("stream").toBool());
    EXPECT_EQ(body.value("model").toString(), "tiny");
    const QJsonArray messages = body.value("messages").toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_TRUE(messages[0].toObject().value("content").toString().contains("untrusted"));
    EXPECT_TRUE(messages[1].toObject().value("content").toString().contains("$589 billion"));
}

TEST_F(OllamaProtocol, ReassemblesALineSplitAcrossChunksWithConnectionClose)
{
    const QByteArray line = ndjson(QStringLiteral("Nvidia lost $589 billion [1]"));
    FakeLlmServer::Script s;
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    s.steps = {{line.left(7), 0}, {line.mid(7, 30), 20}, {line.mid(37), 20}, {ndjson({}, true).chopped(1), 5}};
    server.setScript("/api/chat", s);
    const test::BackendRun r = ask(ask::BackendKind::Ollama);
    EXPECT_TRUE(r.finished) << r.error.toStdString();
    EXPECT_EQ(r.answer, QStringLiteral("Nvidia lost $589 billion [1]"));
}

TEST_F(OllamaProtocol, AnErrorObjectFailsWithTheServersMessage)
{
    FakeLlmServer::Script s;
    s.steps = {{ndjson(QStringLiteral("Nvidia")), 0}, {R"({"error":"model runner has unexpectedly stopped"})" "\n", 5}};
    server.setScript("/api/chat", s);
    const test::BackendRun r = ask(ask::BackendKind::Ollama);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("model runner has unexpectedly stopped")) << r.error.toStdString();
    EXPECT_EQ(r.tokens, QStringList{"Nvidia"});
}

TEST_F(OllamaProtocol, AServerThatClosesMidStreamIsReported)
{
    FakeLlmServer::Script s;
    s.steps = {{ndjson(QStringLiteral("Nvidia lost")), 0}, {ndjson(QStringLiteral(" $589")).left(12), 10}};
    s.ending = FakeLlmServer::Ending::Close;
    server.setScript("/api/chat", s);
    const test::BackendRun r = ask(ask::BackendKind::Ollama);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("closed or reset the connection")) << r.error.toStdString();
    EXPECT_EQ(r.tokens.join(QString()), QStringLiteral("Nvidia lost"));
}

TEST_F(OllamaProtocol, UnknownModelGives404NamingTheModel)
{
    FakeLlmServer::Script s;
    s.status = 404;
    s.contentType = "application/json";
    s.steps = {{R"({"error":"model \"tiny\" not found, try pulling it first"})", 0}};
    server.setScript("/api/chat", s);
    const test::BackendRun r = ask(ask::BackendKind::Ollama);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("no model named 'tiny'")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains("404"));
    EXPECT_TRUE(r.tokens.isEmpty());
}

TEST_F(OllamaProtocol, ListsModelsFromApiTags)
{
    FakeLlmServer::Script s;
    s.contentType = "application/json";
    s.steps = {{R"({"models":[{"name":"llama3.2:1b","model":"llama3.2:1b"},{"name":"qwen2.5:0.5b"}]})", 0}};
    server.setScript("/api/tags", s);
    auto b = ask::makeBackend(settingsFor(ask::BackendKind::Ollama, server.url()));
    const test::BackendRun r = test::runBackend(*b, [&] { b->listModels(); });
    EXPECT_EQ(r.models, (QStringList{"llama3.2:1b", "qwen2.5:0.5b"})) << r.error.toStdString();
}

TEST_F(OpenAiProtocol, StreamsSseWithCrlfCommentsEventLinesAndSplitCharacters)
{
    const QString answer = QStringLiteral("Nvidia perdió 589 000 M$ — «récord» [1]");
    QByteArray bytes = ": keep-alive comment\r\n\r\n";
    bytes += "event: message\r\n" + sse(answer.left(9), "\r\n");
    bytes += sse(answer.mid(9, 14), "\r\n");
    bytes += "id: 3\r\n" + sse(answer.mid(23), "\r\n");
    bytes += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\r\n\r\n";
    bytes += "data: [DONE]\r\n\r\n";
    FakeLlmServer::Script s;
    s.contentType = "text/event-stream";
    s.steps = FakeLlmServer::pieces(bytes, 5); // splits CR from LF and the UTF-8 sequences
    server.setScript("/v1/chat/completions", s);
    const test::BackendRun r = ask(ask::BackendKind::OpenAi);
    EXPECT_TRUE(r.finished) << r.error.toStdString();
    EXPECT_EQ(r.answer, answer);
    EXPECT_EQ(r.tokens.size(), 3);
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
    const QJsonObject body = QJsonDocument::fromJson(server.lastBody()).object();
    EXPECT_TRUE(body.value("stream").toBool());
    EXPECT_EQ(body.value("model").toString(), "tiny");
}

TEST_F(OpenAiProtocol, AnErrorEventFailsWithTheServersMessage)
{
    FakeLlmServer::Script s;
    s.contentType = "text/event-stream";
    s.steps = {{sse("Nvidia"), 0}, {"data: {\"error\":{\"message\":\"the request exceeds the context size\"}}\n\n", 5}};
    server.setScript("/v1/chat/completions", s);
    const test::BackendRun r = ask(ask::BackendKind::OpenAi);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("the request exceeds the context size")) << r.error.toStdString();
}

TEST_F(OpenAiProtocol, AChunkedStreamCutMidwayIsReported)
{
    FakeLlmServer::Script s;
    s.contentType = "text/event-stream";
    s.steps = {{sse("Nvidia lost"), 0}, {sse(" $589").left(20), 10}};
    s.ending = FakeLlmServer::Ending::Close;
    server.setScript("/v1/chat/completions", s);
    const test::BackendRun r = ask(ask::BackendKind::OpenAi);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("closed or reset the connection")) << r.error.toStdString();
    EXPECT_EQ(r.tokens, QStringList{"Nvidia lost"});
}

TEST_F(OpenAiProtocol, AStalledServerTimesOutWithAClearMessage)
{
    FakeLlmServer::Script s;
    s.contentType = "text/event-stream";
    s.steps = {{sse("Nvidia"), 0}};
    s.ending = FakeLlmServer::Ending::Stall;
    server.setScript("/v1/chat/completions", s);
    const test::BackendRun r = ask(ask::BackendKind::OpenAi, 400);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("sent no data for 0.4 s after 6 characters")) << r.error.toStdString();
    EXPECT_GE(r.elapsedMs, 350);
    EXPECT_LT(r.elapsedMs, 3000);
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_F(OpenAiProtocol, StopDuringAStallReturnsAtOnce)
{
    FakeLlmServer::Script s;
    s.contentType = "text/event-stream";
    s.steps = {{sse("Nvidia"), 0}};
    s.ending = FakeLlmServer::Ending::Stall;
    server.setScript("/v1/chat/completions", s);
    auto b = ask::makeBackend(settingsFor(ask::BackendKind::OpenAi, server.url(), 60000));
    qint64 stopTookMs = -1;
    const test::BackendRun r = test::runBackend(*b, [&] { b->start(context()); }, 10000, [&](test::BackendRun &) {
        QTimer::singleShot(200, b.get(), [&] {
            QElapsedTimer t;
            t.start();
            b->stop();
            stopTookMs = t.elapsed();
        });
    });
    EXPECT_TRUE(r.stopped);
    EXPECT_FALSE(r.failed);
    EXPECT_EQ(r.outcomes, 1);
    EXPECT_GE(stopTookMs, 0);
    EXPECT_LT(stopTookMs, 50);
    EXPECT_LT(r.elapsedMs, 2000);
    EXPECT_FALSE(b->isRunning());
}

TEST_F(OpenAiProtocol, UnknownModelGives404NamingTheModel)
{
    FakeLlmServer::Script s;
    s.status = 404;
    s.contentType = "application/json";
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    s.steps = {{R"({"error":{"message":"The model `tiny` does not exist","type":"invalid_request_error"}})", 0}};
    server.setScript("/v1/chat/completions", s);
    const test::BackendRun r = ask(ask::BackendKind::OpenAi);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("no model named 'tiny'")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains("does not exist"));
}

TEST_F(OpenAiProtocol, ATenMegabyteLineWithoutNewlineFailsClearly)
{
    FakeLlmServer::Script s;
    s.contentType = "text/event-stream";
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    s.steps = FakeLlmServer::pieces("data: {\"x\":\"" + QByteArray(10 * 1024 * 1024, 'a'), 256 * 1024, 1);
    server.setScript("/v1/chat/completions", s);
    const test::BackendRun r = ask(ask::BackendKind::OpenAi);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("longer than 1 MB")) << r.error.toStdString();
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_F(OpenAiProtocol, ListsModelsFromV1Models)
{
    FakeLlmServer::Script s;
    s.contentType = "application/json";
    s.steps = {{R"({"object":"list","data":[{"id":"llama-2-tiny-random","object":"model"}]})", 0}};
    server.setScript("/v1/models", s);
    auto b = ask::makeBackend(settingsFor(ask::BackendKind::OpenAi, server.url()));
    const test::BackendRun r = test::runBackend(*b, [&] { b->listModels(); });
    EXPECT_EQ(r.models, QStringList{"llama-2-tiny-random"}) << r.error.toStdString();
}

TEST(AskProtocol, ConnectionRefusedNamesTheEndpoint)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close(); // nothing listens there now
    for (ask::BackendKind kind : {ask::BackendKind::Ollama, ask::BackendKind::OpenAi}) {
        auto b = ask::makeBackend(settingsFor(kind, url));
        const test::BackendRun r = test::runBackend(*b, [&] { b->start(context()); });
        EXPECT_TRUE(r.failed);
        EXPECT_TRUE(r.error.contains("refused")) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(url.toString())) << r.error.toStdString();
    }
}

TEST(AskProtocol, ARemoteEndpointNeedsTheUsersOptIn)
{
    auto s = settingsFor(ask::BackendKind::OpenAi, QUrl(QStringLiteral("http://192.0.2.10:8080")));
    auto b = ask::makeBackend(s);
    const test::BackendRun r = test::runBackend(*b, [&] { b->start(context()); });
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("not on this computer")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains("--allow-remote"));
    EXPECT_TRUE(r.error.contains("documents"));
    EXPECT_TRUE(ask::HttpBackend::endpointProblem(s.endpoint, true).isEmpty());
    EXPECT_TRUE(ask::HttpBackend::endpointProblem(QUrl(QStringLiteral("http://[::1]:8080")), false).isEmpty());
    EXPECT_FALSE(ask::HttpBackend::endpointProblem(QUrl(QStringLiteral("ftp://127.0.0.1")), true).isEmpty());
}

// ---- Network faults (issue 8), for both wire protocols ----------------------
// Every fault ends in one clear message that names the server, the partial
// answer stays, and the event loop never waits more than kMaxGapMs.

namespace {

struct Wire
{
    ask::BackendKind kind;
    QByteArray path;
    QByteArray contentType;
    QByteArray (*event)(const QString &content);
    QByteArray done;
    QByteArray malformed; // one event whose JSON is broken
};

QByteArray ndjsonEvent(const QString &content) { return ndjson(content); }
QByteArray sseEvent(const QString &content) { return sse(content); }

Wire wire(ask::BackendKind kind)
{
    if (kind == ask::BackendKind::Ollama)
        return {kind, "/api/chat", "application/x-ndjson", &ndjsonEvent, ndjson({}, true),
                "{\"model\":\"tiny\",\"message\":{\"content\":\"lost\"},\"done\":fal\n"};
    return {kind, "/v1/chat/completions", "text/event-stream", &sseEvent, "data: [DONE]\n\n",
            "data: {\"choices\":[{\"delta\":{\"content\":\"lost\"}}\n\n"};
}

#ifdef Q_OS_LINUX // the one test using these is Linux-only: unused functions are errors (C4505)
// Resident and peak memory of this process (Linux), in KB; -1 elsewhere.
qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Resets the peak (VmHWM) to the current RSS; false where the kernel does not allow it.
bool resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}
#endif

class NetworkFaults : public ::testing::TestWithParam<ask::BackendKind>
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }
    Wire w() const { return wire(GetParam()); }
    FakeLlmServer::Script script() const
    {
        FakeLlmServer::Script s;
        s.contentType = w().contentType;
        return s;
    }
    std::unique_ptr<ask::Backend> backend(int timeoutMs = 5000)
    {
        return ask::makeBackend(settingsFor(GetParam(), server.url(), timeoutMs));
    }
    test::BackendRun ask(int timeoutMs = 5000, int limitMs = 15000)
    {
        auto b = backend(timeoutMs);
        return test::runBackend(*b, [&] { b->start(context()); }, limitMs);
    }
    QString endpoint() const { return server.url().toString(); }
    FakeLlmServer server;
};

std::string backendName(const ::testing::TestParamInfo<ask::BackendKind> &info)
{
    return info.param == ask::BackendKind::Ollama ? "Ollama" : "OpenAi";
}

} // namespace

TEST_P(NetworkFaults, ConnectionRefusedSaysSoAndNamesTheEndpoint)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    auto b = ask::makeBackend(settingsFor(GetParam(), url));
    const test::BackendRun r = test::runBackend(*b, [&] { b->start(context()); });
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.outcomes, 1);
    EXPECT_TRUE(r.error.contains("refused")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(url.toString())) << r.error.toStdString();
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_P(NetworkFaults, ResetMidStreamKeepsThePartialAnswerAndSaysReset)
{
    if (!FakeLlmServer::canReset())
        GTEST_SKIP() << "no way to send a TCP RST on this platform";
    for (FakeLlmServer::Framing framing : {FakeLlmServer::Framing::Chunked, FakeLlmServer::Framing::ConnectionClose}) {
        FakeLlmServer::Script s = script();
        s.framing = framing;
        s.steps = {{w().event(QStringLiteral("Nvidia lost")), 0},
                   {w().event(QStringLiteral(" $589 billion")), 20},
                   {w().event(QStringLiteral(" in one day")).left(17), 20}}; // cut inside the third event
        s.ending = FakeLlmServer::Ending::Reset;
        server.setScript(w().path, s);
        const test::BackendRun r = ask();
        const int f = int(framing);
        EXPECT_TRUE(r.failed) << f;
        EXPECT_EQ(r.outcomes, 1) << f;
        EXPECT_TRUE(r.error.contains("reset the connection before the answer was complete")) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains("after 24 characters")) << r.error.toStdString();
        EXPECT_EQ(r.tokens.join(QString()), QStringLiteral("Nvidia lost $589 billion")) << f;
        EXPECT_LT(r.maxGapMs, kMaxGapMs);
    }
}

TEST_P(NetworkFaults, TenMegabytesWithoutANewlineFailClearly)
{
    FakeLlmServer::Script s = script();
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    const QByteArray head = GetParam() == ask::BackendKind::Ollama ? "{\"message\":{\"content\":\"" : "data: {\"x\":\"";
    s.steps = {{w().event(QStringLiteral("Nvidia")), 0}};
    s.steps += FakeLlmServer::pieces(head + QByteArray(10 * 1024 * 1024, 'a'), 256 * 1024, 1);
    server.setScript(w().path, s);
    const test::BackendRun r = ask();
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("line longer than 1 MB")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_EQ(r.tokens, QStringList{"Nvidia"});
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

// One byte a second: each byte would restart a plain inactivity timer, so the
// timeout counts complete lines instead. While it drips the text that came is
// shown, the loop runs, and Stop ends it at once.
TEST_P(NetworkFaults, DripOneByteASecondStopIsImmediateAndTheLoopRuns)
{
    FakeLlmServer::Script s = script();
    s.steps = {{w().event(QStringLiteral("Nvidia ")), 0}};
    s.steps += FakeLlmServer::pieces(w().event(QStringLiteral("größter Verlust 東京 🚀")), 1, 1000);
    server.setScript(w().path, s);
    auto b = backend(60000);
    qint64 stopTookMs = -1;
    qint64 sentBeforeStop = 0;
    const test::BackendRun r = test::runBackend(*b, [&] {
        b->start(context());
        QTimer::singleShot(3500, Qt::PreciseTimer, b.get(), [&] { // a coarse timer may fire 5% early
            sentBeforeStop = server.bytesSent();
            QElapsedTimer t;
            t.start();
            b->stop();
            stopTookMs = t.elapsed();
        });
    });
    EXPECT_TRUE(r.stopped);
    EXPECT_FALSE(r.failed);
    EXPECT_EQ(r.outcomes, 1);
    EXPECT_FALSE(b->isRunning());
    EXPECT_GE(stopTookMs, 0);
    EXPECT_LT(stopTookMs, 50);
    EXPECT_GE(r.elapsedMs, 3400);
    EXPECT_LT(r.maxGapMs, kMaxGapMs) << "over " << r.elapsedMs << " ms of drip";
    EXPECT_GE(sentBeforeStop - w().event(QStringLiteral("Nvidia ")).size(), 3) << "the server was dripping";
    EXPECT_EQ(r.tokens, QStringList{"Nvidia "}) << "no half line, no half character";
}

TEST_P(NetworkFaults, DripWithoutACompleteLineTimesOutThoughBytesKeepComing)
{
    FakeLlmServer::Script s = script();
    s.steps = {{w().event(QStringLiteral("Nvidia ")), 0}};
    s.steps += FakeLlmServer::pieces(w().event(QStringLiteral("lost $589 billion")), 1, 1000);
    server.setScript(w().path, s);
    const test::BackendRun r = ask(3000);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("sent only")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains("bytes in 3 s and no complete line")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_EQ(r.tokens, QStringList{"Nvidia "});
    EXPECT_GE(r.elapsedMs, 2850); // not before the timeout (a coarse QTimer may fire 5% early)...
    EXPECT_LT(r.elapsedMs, 10000); // ...and not never, although a byte came every second
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_P(NetworkFaults, BytesOneAtATimeGiveWholeCharacters)
{
    const QStringList parts = {QStringLiteral("Grüße "), QStringLiteral("東京 "), QStringLiteral("🚀🛰 "),
                               QStringLiteral("«589 Mrd. $» [1]")};
    QByteArray bytes;
    for (const QString &p : parts)
        bytes += w().event(p);
    bytes += w().done;
    FakeLlmServer::Script s = script();
    s.steps = FakeLlmServer::pieces(bytes, 1, 0);
    server.setScript(w().path, s);
    const test::BackendRun r = ask();
    EXPECT_TRUE(r.finished) << r.error.toStdString();
    EXPECT_EQ(r.tokens, parts);
    for (const QString &t : r.tokens) {
        EXPECT_FALSE(t.contains(QChar::ReplacementCharacter)) << t.toStdString();
        EXPECT_FALSE(t.front().isLowSurrogate()) << t.toStdString();
        EXPECT_FALSE(t.back().isHighSurrogate()) << t.toStdString();
    }
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_P(NetworkFaults, HeadersThenSilenceTimesOutNamingIt)
{
    FakeLlmServer::Script s = script();
    s.ending = FakeLlmServer::Ending::Stall; // the headers, then nothing
    server.setScript(w().path, s);
    const test::BackendRun r = ask(400);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("sent no data for 0.4 s after its response headers")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_GE(r.elapsedMs, 350);
    EXPECT_LT(r.elapsedMs, 5000);
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_P(NetworkFaults, AServerThatAcceptsButNeverAnswersTimesOut)
{
    FakeLlmServer::Script s = script();
    s.neverAnswer = true;
    server.setScript(w().path, s);
    const test::BackendRun r = ask(400);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(server.requestsTo(w().path), 1) << "the request reached the server";
    EXPECT_TRUE(r.error.contains("did not answer for 0.4 s")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_LT(r.elapsedMs, 5000);
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

TEST_P(NetworkFaults, Http500WithAnHtmlPageShowsItsTitleNotMarkup)
{
    FakeLlmServer::Script s;
    s.status = 500;
    s.contentType = "text/html";
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    s.steps = {{"<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 "
                "Internal Server Error</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n",
                0}};
    server.setScript(w().path, s);
    const test::BackendRun r = ask();
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("answered HTTP 500: 500 Internal Server Error")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_FALSE(r.error.contains('<')) << r.error.toStdString();
    EXPECT_TRUE(r.tokens.isEmpty());
}

TEST_P(NetworkFaults, AMalformedJsonLineMidStreamFailsAfterTheTextBeforeIt)
{
    FakeLlmServer::Script s = script();
    s.steps = {{w().event(QStringLiteral("Nvidia ")), 0}, {w().malformed, 5}, {w().event(QStringLiteral("never")), 5},
               {w().done, 5}};
    server.setScript(w().path, s);
    const test::BackendRun r = ask();
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.outcomes, 1);
    EXPECT_TRUE(r.error.contains("that is not a JSON object")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_EQ(r.tokens, QStringList{"Nvidia "});
}

TEST_P(NetworkFaults, TwoHundredThousandOneCharacterEventsArriveInOrder)
{
    constexpr int kEvents = 200000;
    QList<QByteArray> letters;
    for (char c = 'a'; c <= 'z'; ++c)
        letters << w().event(QString(QLatin1Char(c)));
    auto next = std::make_shared<int>(0);
    FakeLlmServer::Script s = script();
    s.generate = [next, letters, done = w().done]() -> QByteArray {
        if (*next > kEvents)
            return {};
        QByteArray piece;
        for (int i = 0; i < 1000 && *next < kEvents; ++i)
            piece += letters[(*next)++ % 26];
        if (*next == kEvents) {
            piece += done;
            ++*next;
        }
        return piece;
    };
    server.setScript(w().path, s);
    const test::BackendRun r = ask(5000, 60000);
    ASSERT_TRUE(r.finished) << r.error.toStdString();
    EXPECT_EQ(r.tokens.size(), kEvents);
    ASSERT_EQ(r.answer.size(), kEvents);
    for (int i = 0; i < kEvents; i += 9973)
        ASSERT_EQ(r.answer[i], QLatin1Char(char('a' + i % 26))) << i;
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

// 50 MB of valid small events (the size of Ollama's real lines): memory stays
// flat because the reply buffer is bounded and the answer is far below its cap.
// The bound is on resident memory after the stream, once glibc has returned
// what is free: its per-thread arenas (Qt's HTTP thread allocates the chunks)
// keep freed pages resident, so the raw peak (printed) measures the allocator
// as much as the backend.
TEST_P(NetworkFaults, FiftyMegabytesOfSmallEventsKeepMemoryBounded)
{
#ifndef Q_OS_LINUX
    GTEST_SKIP() << "reads VmRSS from /proc/self/status (Linux)";
#else
    const QByteArray padding = GetParam() == ask::BackendKind::Ollama
                                   ? R"({"model":"llama3.2:1b","created_at":"2025-01-27T14:30:00.123456789Z","message":{"role":"assistant","content":"x"},"done":false})" "\n"
                                   : R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1737988200,"model":"tiny","choices":[{"index":0,"delta":{"content":"x"},"finish_reason":null}]})" "\n\n";
    constexpr qint64 kTotal = 50LL * 1024 * 1024;
    const int perPiece = int(64 * 1024 / padding.size());
    const QByteArray piece = padding.repeated(perPiece);
    const qint64 events = (kTotal / piece.size()) * perPiece;
    ASSERT_LT(events, ask::HttpBackend::kMaxAnswerChars);
    auto sent = std::make_shared<qint64>(0);
    FakeLlmServer::Script s = script();
    s.generate = [sent, piece, done = w().done]() -> QByteArray {
        if (*sent > kTotal)
            return {};
        *sent += piece.size();
        return *sent > kTotal ? done : piece;
    };
    server.setScript(w().path, s);

    auto b = backend(10000);
    qint64 tokens = 0;
    qint64 maxGap = 0;
    QString answer, error;
    bool finished = false;
    QEventLoop loop;
    QElapsedTimer gap;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] { maxGap = std::max(maxGap, gap.restart() - 10); });
    QObject::connect(b.get(), &ask::Backend::token, &loop, [&](const QString &) { ++tokens; }); // text not kept here
    QObject::connect(b.get(), &ask::Backend::finished, &loop, [&](const QString &a) {
        answer = a;
        finished = true;
        loop.quit();
    });
    QObject::connect(b.get(), &ask::Backend::failed, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const qint64 rssBefore = procStatusKb("VmRSS:");
    const bool peakKnown = resetPeakMemory();
    gap.start();
    tick.start();
    b->start(context());
    loop.exec();
    const qint64 peak = peakKnown ? procStatusKb("VmHWM:") : -1;
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    const qint64 rssAfter = procStatusKb("VmRSS:");
    ASSERT_TRUE(finished) << error.toStdString();
    EXPECT_EQ(tokens, events);
    EXPECT_EQ(answer.size(), events);
    EXPECT_GE(*sent, kTotal);
    ASSERT_GT(rssBefore, 0);
    std::cout << "[ memory ] " << (*sent >> 20) << " MB streamed, " << events << " events: RSS " << rssBefore
              << " KB -> " << rssAfter << " KB, peak " << peak << " KB" << (peakKnown ? "" : " (peak not resettable)")
              << std::endl;
    // Typically ~2 MB. On a machine starved of CPU, 30 MB was seen once (and
    // peaks of 40-70 MB even with one malloc arena): Qt's HTTP thread appears
    // to read ahead of setReadBufferSize then. The bound still fails if the
    // stream (50 MB) were kept.
#if defined(__SANITIZE_ADDRESS__)
    // ASan's quarantine keeps freed blocks (256 MB by default) on purpose, so RSS
    // says nothing about what the backend kept; the release suite asserts it.
    std::cout << "[ memory ] RSS bound not asserted under AddressSanitizer (quarantine)" << std::endl;
#else
    EXPECT_LT(rssAfter - rssBefore, 40 * 1024) << "memory grew with the stream";
#endif
    // Not asserted here (open, docs/ask-faults.md): on a CPU-starved machine
    // the loop was held 107-192 ms in 3 of 6 runs, always with a high peak,
    // as if a backlog read ahead by Qt's HTTP thread arrived in one turn.
    std::cout << "[ memory ] longest event-loop gap " << maxGap << " ms" << std::endl;
    RecordProperty("max_gap_ms", int(maxGap));
#endif
}

TEST_P(NetworkFaults, AnAnswerPastTheCapIsStoppedWithAMessage)
{
    const QString block(10000, QLatin1Char('y'));
    const QByteArray event = w().event(block);
    auto sent = std::make_shared<int>(0);
    FakeLlmServer::Script s = script();
    s.generate = [sent, event]() -> QByteArray { return ++*sent <= 150 ? event : QByteArray(); }; // 1.5M characters
    server.setScript(w().path, s);
    const test::BackendRun r = ask(5000, 60000);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("sent an answer longer than 1000000 characters")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(endpoint())) << r.error.toStdString();
    EXPECT_EQ(r.tokens.join(QString()).size(), ask::HttpBackend::kMaxAnswerChars);
    EXPECT_LT(r.maxGapMs, kMaxGapMs);
}

INSTANTIATE_TEST_SUITE_P(Backends, NetworkFaults,
                         ::testing::Values(ask::BackendKind::Ollama, ask::BackendKind::OpenAi), backendName);

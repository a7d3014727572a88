// Ollama and OpenAI-compatible backends against a loopback server sending real
// byte streams: split lines and characters, errors, closes, stalls, 404s.
#include "ask/backend.h"
#include "ask/chat_backends.h"
#include "backend_run.h"
#include "fake_llm_server.h"
#include "test_env.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace stratos;
using test::FakeLlmServer;

namespace {

constexpr qint64 kMaxGapMs = 100;

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
    EXPECT_TRUE(r.error.contains("closed the connection")) << r.error.toStdString();
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
    EXPECT_TRUE(r.error.contains("closed the connection")) << r.error.toStdString();
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
    EXPECT_TRUE(r.error.contains("did not answer for 0.4 s")) << r.error.toStdString();
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
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.error, QStringLiteral("Stopped"));
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

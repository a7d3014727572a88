// Item 5 of issue 16: the model servers on this computer are found on their
// loopback ports (Ollama by /api/version and /api/tags; llama-server and other
// OpenAI-compatible servers by /v1/models, llama-server's context by /props),
// and the prompt carries the best passages that fit the model's context: the
// size the server says, else the user's setting. Real HTTP on 127.0.0.1.
#include "ask/backend.h"
#include "ask/context_size.h"
#include "ask/server_probe.h"
#include "backend_run.h"
#include "fake_llm_server.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::ask;
using test::FakeLlmServer;

namespace {

FakeLlmServer::Script json(const QByteArray &body, int status = 200)
{
    FakeLlmServer::Script s;
    s.status = status;
    s.contentType = "application/json";
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    s.steps = {{body, 0}};
    return s;
}

void serveOllama(FakeLlmServer &server, const QByteArray &show)
{
    server.setScript("/api/version", json(R"({"version":"0.6.2"})"));
    server.setScript("/api/tags", json(R"({"models":[{"name":"qwen2.5:7b"},{"name":"llama3.2:3b"}]})"));
    server.setScript("/api/show", json(show));
    FakeLlmServer::Script chat;
    chat.steps = {{R"({"message":{"role":"assistant","content":"Yes [1]."},"done":true})" "\n", 1}};
    server.setScript("/api/chat", chat);
}

void serveLlamaServer(FakeLlmServer &server, int nCtx)
{
    server.setScript("/v1/models", json(R"({"object":"list","data":[{"id":"Qwen3-8B-Q4_K_M.gguf"}]})"));
    if (nCtx > 0)
        server.setScript("/props", json(QStringLiteral(R"({"default_generation_settings":{"n_ctx":%1},"total_slots":1})")
                                            .arg(nCtx)
                                            .toUtf8()));
    FakeLlmServer::Script chat;
    chat.contentType = "text/event-stream";
    chat.steps = {{"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Yes [1].\"}}]}\n\ndata: [DONE]\n\n", 1}};
    server.setScript("/v1/chat/completions", chat);
}

// Twelve passages of about 1,500 characters, best first.
AskContext longContext()
{
    AskContext ctx;
    ctx.question = QStringLiteral("What did the launch cost?");
    for (int i = 1; i <= 12; ++i) {
        RetrievedPassage p;
        p.number = i;
        p.documentTitle = QStringLiteral("Report %1").arg(i);
        p.text = QStringLiteral("Passage %1 says the launch cost money. ").arg(i).repeated(40);
        ctx.passages << p;
    }
    return ctx;
}

QList<int> sourceIds(const QString &user)
{
    static const QRegularExpression id(QStringLiteral("<source id=\"(\\d+)\""));
    QList<int> out;
    for (auto it = id.globalMatch(user); it.hasNext();)
        out << it.next().captured(1).toInt();
    return out;
}

struct Sent
{
    QList<int> ids;       // the sources in the prompt
    QList<int> fitted;    // what contextFitted said
    qsizetype promptChars = 0;
    QJsonObject body;
};

Sent askServer(FakeLlmServer &server, BackendKind kind, int settingTokens, const QString &model = {})
{
    BackendSettings s;
    s.kind = kind;
    s.endpoint = server.url();
    s.model = model;
    s.contextTokens = settingTokens;
    s.timeoutMs = 5000;
    auto backend = makeBackend(s);
    Sent sent;
    QObject::connect(backend.get(), &Backend::contextFitted, [&sent](const AskContext &c) {
        for (const RetrievedPassage &p : c.passages)
            sent.fitted << p.number;
    });
    const test::BackendRun r = test::runBackend(*backend, [&] { backend->start(longContext()); });
    EXPECT_TRUE(r.finished) << qPrintable(r.error);
    sent.body = QJsonDocument::fromJson(server.lastBody()).object();
    const QJsonArray messages = sent.body.value("messages").toArray();
    const QString user = messages.at(1).toObject().value("content").toString();
    sent.ids = sourceIds(user);
    sent.promptChars = user.size() + messages.at(0).toObject().value("content").toString().size();
    return sent;
}

QList<int> firstN(int n)
{
    QList<int> out;
    for (int i = 1; i <= n; ++i)
        out << i;
    return out;
}

} // namespace

TEST(ServerProbe, FindsOllamaAndLlamaServerOnLoopbackAndNothingElse)
{
    FakeLlmServer ollama, llama, website;
    ASSERT_TRUE(ollama.listen() && llama.listen() && website.listen());
    serveOllama(ollama, "{}");
    serveLlamaServer(llama, 8192);
    website.setScript("/", json("<html>a web app</html>")); // everything a model server has is 404 here
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl refused(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close(); // nothing listens there now: the connection is refused

    ServerProbe probe;
    QList<FoundServer> found;
    int reports = 0;
    QEventLoop loop;
    QObject::connect(&probe, &ServerProbe::finished, &loop, [&](const QList<FoundServer> &servers) {
        found = servers;
        ++reports;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    probe.start({refused, ollama.url(), QUrl(QStringLiteral("http://192.0.2.7:11434")), website.url(), llama.url()});
    loop.exec();
    ASSERT_EQ(reports, 1);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].kind, BackendKind::Ollama);
    EXPECT_EQ(found[0].endpoint, ollama.url());
    EXPECT_EQ(found[0].product, QStringLiteral("Ollama 0.6.2"));
    EXPECT_EQ(found[0].models, (QStringList{"qwen2.5:7b", "llama3.2:3b"}));
    EXPECT_FALSE(found[0].contextTokens.has_value());
    EXPECT_EQ(found[1].kind, BackendKind::OpenAi);
    EXPECT_EQ(found[1].endpoint, llama.url());
    EXPECT_EQ(found[1].product, QStringLiteral("llama-server"));
    EXPECT_EQ(found[1].models, QStringList{"Qwen3-8B-Q4_K_M.gguf"});
    EXPECT_EQ(found[1].contextTokens, 8192);
    EXPECT_GE(website.requestsTo("/v1/models"), 1) << "the web app was asked, and is not a model server";
}

TEST(ContextSizedPrompt, LlamaServerSaysItsContextAndTheBestPassagesThatFitAreSent)
{
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    QList<int> counts;
    for (const int nCtx : {2048, 4096, 16384}) {
        serveLlamaServer(server, nCtx);
        const Sent sent = askServer(server, BackendKind::OpenAi, 1024 /* not used: the server says */);
        ASSERT_FALSE(sent.ids.isEmpty());
        EXPECT_EQ(sent.ids, firstN(int(sent.ids.size()))) << "the best passages, in rank order";
        EXPECT_EQ(sent.fitted, sent.ids) << "the sources shown are the ones the model got";
        // At four characters a token (English), the prompt leaves the answer its reserve.
        EXPECT_LE(sent.promptChars / 4, nCtx - answerReserveTokens(nCtx)) << nCtx;
        counts << int(sent.ids.size());
    }
    EXPECT_LT(counts[0], counts[1]);
    EXPECT_LT(counts[1], counts[2]);
    EXPECT_EQ(counts[2], 12) << "a large context carries every passage";

    // A server without /props (LM Studio, vLLM): the user's setting decides.
    server.setScript("/props", json(R"({"error":"not found"})", 404));
    const Sent small = askServer(server, BackendKind::OpenAi, 2048);
    const Sent large = askServer(server, BackendKind::OpenAi, 16384);
    EXPECT_EQ(small.ids.size(), counts[0]);
    EXPECT_EQ(large.ids.size(), 12);
}

TEST(ContextSizedPrompt, OllamaRunsWithTheContextThePromptWasSizedFor)
{
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    // The Modelfile sets num_ctx: the server runs with it.
    serveOllama(server, R"({"parameters":"stop \"<|eot_id|>\"\nnum_ctx 16384","model_info":{"llama.context_length":131072}})");
    const Sent set = askServer(server, BackendKind::Ollama, 2048, QStringLiteral("llama3.2:3b"));
    EXPECT_EQ(set.body.value("options").toObject().value("num_ctx").toInt(), 16384);
    EXPECT_EQ(set.ids.size(), 12);
    // No num_ctx: the user's setting, capped by what the model was trained for.
    serveOllama(server, R"({"parameters":"","model_info":{"qwen2.context_length":2048}})");
    const Sent capped = askServer(server, BackendKind::Ollama, 8192, QStringLiteral("qwen2.5:7b"));
    EXPECT_EQ(capped.body.value("options").toObject().value("num_ctx").toInt(), 2048);
    EXPECT_LT(capped.ids.size(), 12);
    EXPECT_EQ(capped.ids, firstN(int(capped.ids.size())));
    EXPECT_LE(capped.promptChars / 4, 2048 - answerReserveTokens(2048));
}

TEST(ContextSize, WhatServersSay)
{
    EXPECT_EQ(llamaServerContext(QJsonDocument::fromJson(R"({"default_generation_settings":{"n_ctx":4096}})").object()), 4096);
    EXPECT_EQ(llamaServerContext(QJsonDocument::fromJson(R"({"n_ctx":2048})").object()), 2048);
    EXPECT_FALSE(llamaServerContext(QJsonDocument::fromJson(R"({"n_ctx":"big"})").object()).has_value());
    const OllamaContext o = ollamaContext(
        QJsonDocument::fromJson(R"({"parameters":"num_ctx_extra 5\nnum_ctx 8192","model_info":{"gemma3.context_length":32768}})")
            .object());
    EXPECT_EQ(o.numCtx, 8192);
    EXPECT_EQ(o.trained, 32768);
    EXPECT_EQ(ollamaChatContext({}, 4096), 4096);
    EXPECT_GT(promptBudgetChars(8192), promptBudgetChars(4096));
    EXPECT_EQ(promptBudgetChars(256), 600) << "a tiny context still gets one short passage";
}

// A real llama.cpp runtime end to end (node-llama-cpp with a tiny random
// model: gibberish, but real tokenisation, sampling and SSE streaming), and
// the managed llama-server backend starting, failing and stopping a process.
#include "ask/chat_backends.h"
#include "ask/llama_server_backend.h"
#include "backend_run.h"
#include "llm_runtime.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

ask::AskContext question()
{
    ask::AskContext ctx;
    ctx.question = QStringLiteral("Who founded DeepSeek?");
    ask::RetrievedPassage p;
    p.number = 1;
    p.documentTitle = QStringLiteral("AI's Sputnik Moment");
    p.text = QStringLiteral("Founded by Liang Wenfeng, DeepSeek released an open-source AI model in late December 2024.");
    ctx.passages << p;
    return ctx;
}

#ifdef Q_OS_UNIX // only the Unix tests below use these: unused functions are errors (C4505)
// An executable script; the managed backend passes it -m FILE --port N --host 127.0.0.1.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QString &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("#!/bin/sh\n%1\n").arg(body).toUtf8());
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return path;
}

bool portAnswers(int port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(port));
    return s.waitForConnected(500);
}
#endif

} // namespace

TEST(LlamaRuntime, StratosAskStreamsTokensFromARealLlamaCppServer)
{
    const test::LlmRuntime rt = test::prepareLlmRuntime();
    if (!rt.skipReason.isEmpty())
        GTEST_SKIP() << rt.skipReason.toStdString();
    auto server = test::startLlmServer(rt);
    ASSERT_TRUE(server->error.isEmpty()) << server->error.toStdString();

    // In process: tokens arrive one by one and make up the answer.
    ask::BackendSettings s;
    s.kind = ask::BackendKind::OpenAi;
    s.endpoint = server->url;
    ask::OpenAiBackend backend(s);
    const test::BackendRun r = test::runBackend(backend, [&] { backend.start(question()); }, 60000);
    ASSERT_TRUE(r.finished) << r.error.toStdString();
    EXPECT_GE(r.tokens.size(), 2);
    EXPECT_FALSE(r.answer.trimmed().isEmpty());
    EXPECT_EQ(r.tokens.join(QString()), r.answer);
    EXPECT_LT(r.maxGapMs, test::kMaxEventLoopGapMs);
    const test::BackendRun models = test::runBackend(backend, [&] { backend.listModels(); });
    EXPECT_EQ(models.models, QStringList{QStringLiteral("llama-2-tiny-random")});

    // The command line: the answer, then the Sources block.
    QTemporaryDir dir;
    const test::ProcessResult cli = test::runStratos(
        {QStringLiteral("ask"), QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--backend"),
         QStringLiteral("openai"), QStringLiteral("--endpoint"), server->url.toString(), QStringLiteral("Who founded DeepSeek?")});
    ASSERT_TRUE(cli.finished);
    EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    const qsizetype sources = cli.out.indexOf(QStringLiteral("\nSources:\n"));
    ASSERT_GT(sources, 0) << cli.out.toStdString();
    EXPECT_FALSE(cli.out.left(sources).trimmed().isEmpty());

    // An unknown model: the server's 404, with the model named.
    s.model = QStringLiteral("no-such-model");
    ask::OpenAiBackend wrong(s);
    const test::BackendRun missing = test::runBackend(wrong, [&] { wrong.start(question()); }, 30000);
    EXPECT_TRUE(missing.error.contains("no model named 'no-such-model'")) << missing.error.toStdString();
}

#ifdef Q_OS_UNIX
TEST(LlamaRuntime, ManagedLlamaServerStartsWaitsForHealthAnswersAndStops)
{
    const test::LlmRuntime rt = test::prepareLlmRuntime();
    if (!rt.skipReason.isEmpty())
        GTEST_SKIP() << rt.skipReason.toStdString();
    QTemporaryDir dir;
    // Stands in for llama-server: same arguments, same /health and /v1 API.
    const QString shim = writeScript(dir, QStringLiteral("llama-server"),
                                     QStringLiteral("exec \"%1\" \"%2\" \"$@\"").arg(rt.node, rt.serverScript));
    ask::BackendSettings s;
    s.kind = ask::BackendKind::ManagedLlamaServer;
    s.llamaServerPath = shim;
    s.ggufPath = rt.model;
    int port = 0;
    {
        auto backend = ask::makeBackend(s);
        auto *managed = static_cast<ask::LlamaServerBackend *>(backend.get());
        const test::BackendRun r = test::runBackend(*backend, [&] { backend->start(question()); }, 120000);
        ASSERT_TRUE(r.finished) << r.error.toStdString() << managed->serverLog().toStdString();
        EXPECT_GE(r.tokens.size(), 2);
        EXPECT_LT(r.maxGapMs, test::kMaxEventLoopGapMs);
        port = managed->port();
        EXPECT_TRUE(portAnswers(port));
        // A second question reuses the running server.
        const test::BackendRun again = test::runBackend(*backend, [&] { backend->start(question()); }, 60000);
        EXPECT_TRUE(again.finished) << again.error.toStdString();
        EXPECT_EQ(managed->port(), port);
    }
    EXPECT_FALSE(portAnswers(port)) << "the server must stop with its backend";
}
#endif

#ifdef Q_OS_UNIX
TEST(ManagedLlamaServer, AServerThatExitsReportsItsLog)
{
    QTemporaryDir dir;
    const QString gguf = dir.filePath(QStringLiteral("m.gguf"));
    QFile(gguf).open(QIODevice::WriteOnly);
    ask::BackendSettings s;
    s.kind = ask::BackendKind::ManagedLlamaServer;
    s.ggufPath = gguf;
    s.llamaServerPath = writeScript(dir, QStringLiteral("crashes"),
                                    QStringLiteral("echo \"llama_model_load: error loading model: bad magic\"; exit 1"));
    auto backend = ask::makeBackend(s);
    const test::BackendRun r = test::runBackend(*backend, [&] { backend->start(question()); }, 20000);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("exited with code 1")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains("bad magic")) << r.error.toStdString();
}

TEST(ManagedLlamaServer, AServerThatNeverBecomesHealthyTimesOutAndIsStopped)
{
    QTemporaryDir dir;
    const QString gguf = dir.filePath(QStringLiteral("m.gguf"));
    QFile(gguf).open(QIODevice::WriteOnly);
    ask::BackendSettings s;
    s.kind = ask::BackendKind::ManagedLlamaServer;
    s.ggufPath = gguf;
    s.serverStartTimeoutMs = 800;
    s.llamaServerPath = writeScript(dir, QStringLiteral("hangs"), QStringLiteral("echo loading forever; exec sleep 30"));
    auto backend = ask::makeBackend(s);
    const test::BackendRun r = test::runBackend(*backend, [&] { backend->start(question()); }, 20000);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.error.contains("did not become ready")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains("loading forever")) << r.error.toStdString();
    EXPECT_LT(r.elapsedMs, 8000);
    EXPECT_LT(r.maxGapMs, test::kMaxEventLoopGapMs);
}

TEST(ManagedLlamaServer, MissingFilesAreClearErrors)
{
    ask::BackendSettings s;
    s.kind = ask::BackendKind::ManagedLlamaServer;
    s.llamaServerPath = QStringLiteral("/nonexistent/llama-server");
    s.ggufPath = QStringLiteral("/nonexistent/model.gguf");
    auto backend = ask::makeBackend(s);
    const test::BackendRun r = test::runBackend(*backend, [&] { backend->start(question()); });
    EXPECT_TRUE(r.error.contains("not an executable llama-server")) << r.error.toStdString();
}
#endif

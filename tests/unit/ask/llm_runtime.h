#pragma once
// The real llama.cpp runtime of tests/support/llm (node-llama-cpp serving the
// OpenAI-compatible API from ../shared/testdata/llama-2-tiny-random.gguf):
// finds node and npm, installs the locked packages once, starts the server.

#include <QProcess>
#include <QString>
#include <QUrl>
#include <memory>

namespace stratos::test {

struct LlmRuntime
{
    QString skipReason;  // non-empty: the runtime cannot run here, and why
    QString serverScript; // server.mjs in a folder with node_modules
    QString node;
    QString model;
};

// Finds or prepares the runtime (npm ci into a cache folder when tests/support/llm
// has no node_modules). Never fails a test: problems come back as skipReason.
LlmRuntime prepareLlmRuntime();

// A running server; stops it on destruction.
struct LlmServer
{
    std::unique_ptr<QProcess> process;
    QUrl url;
    QString log;
    QString error;
    ~LlmServer();
};

std::unique_ptr<LlmServer> startLlmServer(const LlmRuntime &runtime, int timeoutMs = 120000);

} // namespace stratos::test

#pragma once
// The two wire protocols: Ollama (POST /api/chat, NDJSON; GET /api/tags) and
// OpenAI-compatible servers (POST /v1/chat/completions, SSE; GET /v1/models).

#include "ask/http_backend.h"

namespace stratos::ask {

class OllamaBackend : public HttpBackend
{
    Q_OBJECT
public:
    explicit OllamaBackend(const BackendSettings &settings, QObject *parent = nullptr);
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("http://127.0.0.1:11434")); }

protected:
    QString serverName() const override { return QStringLiteral("Ollama server"); }
    QString chatPath() const override { return QStringLiteral("/api/chat"); }
    QString modelsPath() const override { return QStringLiteral("/api/tags"); }
    bool needsModel() const override { return true; }
    QJsonObject chatBody(const ChatPrompt &prompt) const override;
    std::unique_ptr<ChatStreamDecoder> makeDecoder() const override;
    QStringList parseModels(const QJsonObject &reply) const override;
    QString missingModelHint() const override;
    std::optional<ContextQuery> contextQuery() const override;
    int contextFromReply(int status, const QJsonObject &reply) const override;
};

class OpenAiBackend : public HttpBackend
{
    Q_OBJECT
public:
    explicit OpenAiBackend(const BackendSettings &settings, QObject *parent = nullptr);
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("http://127.0.0.1:8080")); }

protected:
    QString serverName() const override { return QStringLiteral("OpenAI-compatible server"); }
    QString chatPath() const override { return QStringLiteral("/v1/chat/completions"); }
    QString modelsPath() const override { return QStringLiteral("/v1/models"); }
    bool needsModel() const override { return false; } // llama-server serves the one it loaded
    QJsonObject chatBody(const ChatPrompt &prompt) const override;
    std::unique_ptr<ChatStreamDecoder> makeDecoder() const override;
    QStringList parseModels(const QJsonObject &reply) const override;
    QString missingModelHint() const override;
    std::optional<ContextQuery> contextQuery() const override;
    int contextFromReply(int status, const QJsonObject &reply) const override;
};

} // namespace stratos::ask

#include "ask/chat_backends.h"

#include "ask/context_size.h"

#include <QJsonArray>

namespace stratos::ask {
namespace {

BackendSettings withDefault(BackendSettings s, const QUrl &endpoint)
{
    if (s.endpoint.isEmpty())
        s.endpoint = endpoint;
    return s;
}

} // namespace

OllamaBackend::OllamaBackend(const BackendSettings &settings, QObject *parent)
    : HttpBackend(withDefault(settings, defaultEndpoint()), parent)
{
}

QJsonObject OllamaBackend::chatBody(const ChatPrompt &prompt) const
{
    return {{QStringLiteral("model"), settings().model},
            {QStringLiteral("messages"), chatMessages(prompt)},
            {QStringLiteral("stream"), true},
            // num_ctx: the server runs with the context the prompt was sized for.
            {QStringLiteral("options"), QJsonObject{{QStringLiteral("temperature"), settings().temperature},
                                                    {QStringLiteral("num_ctx"), contextTokens()}}}};
}

std::optional<HttpBackend::ContextQuery> OllamaBackend::contextQuery() const
{
    return ContextQuery{QStringLiteral("/api/show"), QJsonObject{{QStringLiteral("model"), settings().model}}};
}

int OllamaBackend::contextFromReply(int status, const QJsonObject &reply) const
{
    return ollamaChatContext(status == 200 ? ollamaContext(reply) : OllamaContext{}, settings().contextTokens);
}

std::unique_ptr<ChatStreamDecoder> OllamaBackend::makeDecoder() const
{
    return std::make_unique<NdjsonChatDecoder>();
}

QStringList OllamaBackend::parseModels(const QJsonObject &reply) const
{
    QStringList out;
    for (const QJsonValue &m : reply.value(QStringLiteral("models")).toArray()) {
        QString name = m.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = m.toObject().value(QStringLiteral("model")).toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

QString OllamaBackend::missingModelHint() const
{
    return QStringLiteral("Choose one of the models the server lists (stratos ask --list-models "
                          "--backend ollama), or fetch one with 'ollama pull NAME'.");
}

OpenAiBackend::OpenAiBackend(const BackendSettings &settings, QObject *parent)
    : HttpBackend(withDefault(settings, defaultEndpoint()), parent)
{
}

QJsonObject OpenAiBackend::chatBody(const ChatPrompt &prompt) const
{
    QJsonObject body{{QStringLiteral("messages"), chatMessages(prompt)},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("temperature"), settings().temperature}};
    if (!settings().model.isEmpty())
        body.insert(QStringLiteral("model"), settings().model);
    return body;
}

std::unique_ptr<ChatStreamDecoder> OpenAiBackend::makeDecoder() const
{
    return std::make_unique<SseChatDecoder>();
}

QStringList OpenAiBackend::parseModels(const QJsonObject &reply) const
{
    QStringList out;
    for (const QJsonValue &m : reply.value(QStringLiteral("data")).toArray()) {
        const QString id = m.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            out << id;
    }
    return out;
}

std::optional<HttpBackend::ContextQuery> OpenAiBackend::contextQuery() const
{
    return ContextQuery{QStringLiteral("/props"), {}}; // llama-server's; others answer 404
}

int OpenAiBackend::contextFromReply(int status, const QJsonObject &reply) const
{
    const std::optional<int> n = status == 200 ? llamaServerContext(reply) : std::nullopt;
    return n.value_or(settings().contextTokens);
}

QString OpenAiBackend::missingModelHint() const
{
    return QStringLiteral("Choose one of the models the server lists (stratos ask --list-models "
                          "--backend openai --endpoint URL).");
}

} // namespace stratos::ask

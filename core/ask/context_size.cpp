#include "ask/context_size.h"

#include "ask/prompt.h"

#include <QRegularExpression>

namespace stratos::ask {

int answerReserveTokens(int contextTokens)
{
    return qBound(64, contextTokens / 4, 1024);
}

int promptBudgetChars(int contextTokens)
{
    constexpr int kCharsPerToken = 3;
    constexpr int kTemplateTokens = 64; // role markers, the chat template's own tokens
    static const int systemChars = int(systemPrompt().size());
    const int promptTokens = contextTokens - answerReserveTokens(contextTokens) - kTemplateTokens;
    return qMax(600, promptTokens * kCharsPerToken - systemChars);
}

std::optional<int> llamaServerContext(const QJsonObject &props)
{
    for (const QJsonValue &v : {props.value(QStringLiteral("default_generation_settings")).toObject().value(QStringLiteral("n_ctx")),
                                props.value(QStringLiteral("n_ctx"))}) {
        const int n = v.toInt(0);
        if (n > 0)
            return n;
    }
    return std::nullopt;
}

OllamaContext ollamaContext(const QJsonObject &show)
{
    OllamaContext out;
    // "parameters" is the Modelfile's PARAMETER lines as text: "num_ctx 8192\nstop \"<|eot|>\"".
    static const QRegularExpression numCtx(QStringLiteral("(?:^|\\n)\\s*num_ctx\\s+(\\d+)"));
    const QRegularExpressionMatch m = numCtx.match(show.value(QStringLiteral("parameters")).toString());
    if (m.hasMatch() && m.captured(1).toInt() > 0)
        out.numCtx = m.captured(1).toInt();
    const QJsonObject info = show.value(QStringLiteral("model_info")).toObject();
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key().endsWith(QLatin1String(".context_length")) && it.value().toInt(0) > 0) {
            out.trained = it.value().toInt();
            break;
        }
    }
    return out;
}

int ollamaChatContext(const OllamaContext &server, int settingTokens)
{
    int n = server.numCtx.value_or(settingTokens);
    if (server.trained)
        n = qMin(n, *server.trained);
    return qMax(256, n);
}

} // namespace stratos::ask

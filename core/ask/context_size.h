#pragma once
// How much of a model's context the sources may fill, and what servers say
// about that context: llama-server's GET /props (n_ctx of a slot) and Ollama's
// POST /api/show (num_ctx in the model's parameters, the trained length).

#include <QJsonObject>
#include <optional>

namespace stratos::ask {

// Tokens left for the answer; the rest of the context holds the prompt.
int answerReserveTokens(int contextTokens);

// Characters of sources and question that fit a context of contextTokens,
// after the system prompt and the answer's reserve. English text runs at
// about four characters a token; three keeps a margin for numbers, names and
// other languages, which tokenise worse. Never below 600 (one short passage).
int promptBudgetChars(int contextTokens);

// llama-server GET /props: default_generation_settings.n_ctx (per slot), or a
// top-level n_ctx in older builds. Empty when the reply does not say.
std::optional<int> llamaServerContext(const QJsonObject &props);

struct OllamaContext
{
    std::optional<int> numCtx;   // "num_ctx N" in the model's parameters: what the server runs with
    std::optional<int> trained;  // model_info "<arch>.context_length": the most the model can use
};
OllamaContext ollamaContext(const QJsonObject &show);

// The context an Ollama chat is sized for (and asked to run with, as
// options.num_ctx): the model's own num_ctx when set, else the user's
// setting, never above what the model was trained for.
int ollamaChatContext(const OllamaContext &server, int settingTokens);

} // namespace stratos::ask

#pragma once
// The chat prompt a model gets: rules in the system message, the numbered
// sources quoted as data (never as instructions) and the question in the user message.

#include "ask/ask_types.h"

#include <QJsonArray>
#include <QString>

namespace stratos::ask {

struct ChatPrompt
{
    QString system;
    QString user;
};

QString systemPrompt();

// Sources that do not fit budgetChars are left out (see fitToBudget).
ChatPrompt buildChatPrompt(const AskContext &context, int budgetChars);

// [{"role":"system",...},{"role":"user",...}] as both Ollama and OpenAI take it.
QJsonArray chatMessages(const ChatPrompt &prompt);

} // namespace stratos::ask

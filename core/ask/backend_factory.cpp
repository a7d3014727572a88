#include "ask/backend.h"
#include "ask/builtin_backend.h"
#include "ask/chat_backends.h"
#include "ask/llama_server_backend.h"

namespace stratos::ask {

std::unique_ptr<Backend> makeBackend(const BackendSettings &settings, QObject *parent)
{
    switch (settings.kind) {
    case BackendKind::Ollama:
        return std::make_unique<OllamaBackend>(settings, parent);
    case BackendKind::OpenAi:
        return std::make_unique<OpenAiBackend>(settings, parent);
    case BackendKind::ManagedLlamaServer:
        return std::make_unique<LlamaServerBackend>(settings, parent);
    case BackendKind::Builtin:
        break;
    }
    return std::make_unique<BuiltinBackend>(parent);
}

} // namespace stratos::ask

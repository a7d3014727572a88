#include "ask/ask_types.h"

#include <QHostAddress>

namespace stratos::ask {

QString backendName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Builtin:
        return QStringLiteral("builtin");
    case BackendKind::Ollama:
        return QStringLiteral("ollama");
    case BackendKind::OpenAi:
        return QStringLiteral("openai");
    case BackendKind::ManagedLlamaServer:
        return QStringLiteral("llama-server");
    }
    return QStringLiteral("builtin");
}

bool backendFromName(const QString &name, BackendKind *kind)
{
    const QString n = name.trimmed().toLower();
    static const QList<QPair<QString, BackendKind>> names = {
        {QStringLiteral("builtin"), BackendKind::Builtin},
        {QStringLiteral("built-in"), BackendKind::Builtin},
        {QStringLiteral("ollama"), BackendKind::Ollama},
        {QStringLiteral("openai"), BackendKind::OpenAi},
        {QStringLiteral("llama-server"), BackendKind::ManagedLlamaServer},
        {QStringLiteral("llama_server"), BackendKind::ManagedLlamaServer},
    };
    for (const auto &[text, k] : names) {
        if (n == text) {
            if (kind)
                *kind = k;
            return true;
        }
    }
    return false;
}

bool isLoopback(const QUrl &url)
{
    if (!url.isValid())
        return false;
    QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    // QUrl gives IPv6 hosts without brackets.
    QHostAddress address;
    if (!address.setAddress(host))
        return false; // any other name could resolve anywhere
    return address.isLoopback();
}

} // namespace stratos::ask

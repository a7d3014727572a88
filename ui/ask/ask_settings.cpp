#include "ask/ask_settings.h"

#include <QCoreApplication>
#include <QSettings>

namespace stratos {

QUrl defaultEndpoint(ask::BackendKind kind)
{
    switch (kind) {
    case ask::BackendKind::Ollama: return QUrl(QStringLiteral("http://127.0.0.1:11434"));
    case ask::BackendKind::OpenAi: return QUrl(QStringLiteral("http://127.0.0.1:8080"));
    case ask::BackendKind::Builtin:
    case ask::BackendKind::ManagedLlamaServer: break;
    }
    return {};
}

ask::BackendSettings loadAskSettings(QSettings &settings)
{
    ask::BackendSettings s;
    settings.beginGroup(QStringLiteral("ask"));
    ask::BackendKind kind = ask::BackendKind::Builtin;
    if (ask::backendFromName(settings.value(QStringLiteral("backend")).toString(), &kind))
        s.kind = kind;
    s.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
    if (s.endpoint.isEmpty())
        s.endpoint = defaultEndpoint(s.kind);
    s.model = settings.value(QStringLiteral("model")).toString();
    s.llamaServerPath = settings.value(QStringLiteral("llamaServer")).toString();
    s.ggufPath = settings.value(QStringLiteral("gguf")).toString();
    s.topK = qBound(1, settings.value(QStringLiteral("topK"), s.topK).toInt(), 30);
    s.contextTokens = qBound(512, settings.value(QStringLiteral("contextTokens"), s.contextTokens).toInt(), 1048576);
    s.temperature = qBound(0.0, settings.value(QStringLiteral("temperature"), s.temperature).toDouble(), 2.0);
    s.timeoutMs = qBound(5000, settings.value(QStringLiteral("timeoutMs"), s.timeoutMs).toInt(), 600000);
    s.allowRemote = settings.value(QStringLiteral("allowRemote"), false).toBool();
    settings.endGroup();
    return s;
}

void saveAskSettings(QSettings &settings, const ask::BackendSettings &s)
{
    settings.beginGroup(QStringLiteral("ask"));
    settings.setValue(QStringLiteral("backend"), ask::backendName(s.kind));
    settings.setValue(QStringLiteral("endpoint"), s.endpoint.toString());
    settings.setValue(QStringLiteral("model"), s.model);
    settings.setValue(QStringLiteral("llamaServer"), s.llamaServerPath);
    settings.setValue(QStringLiteral("gguf"), s.ggufPath);
    settings.setValue(QStringLiteral("topK"), s.topK);
    settings.setValue(QStringLiteral("contextTokens"), s.contextTokens);
    settings.setValue(QStringLiteral("temperature"), s.temperature);
    settings.setValue(QStringLiteral("timeoutMs"), s.timeoutMs);
    settings.setValue(QStringLiteral("allowRemote"), s.allowRemote);
    settings.endGroup();
}

bool endpointAllowed(const ask::BackendSettings &s)
{
    if (s.kind == ask::BackendKind::Builtin || s.kind == ask::BackendKind::ManagedLlamaServer)
        return true;
    return ask::isLoopback(s.endpoint) || s.allowRemote;
}

QString backendLabel(const ask::BackendSettings &s)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AskSettings", text); };
    switch (s.kind) {
    case ask::BackendKind::Builtin:
        return tr("Built-in answers (offline, extractive: the best sentences of your documents)");
    case ask::BackendKind::ManagedLlamaServer: {
        const QString model = s.ggufPath.section(u'/', -1);
        return tr("llama-server on this computer · %1").arg(model.isEmpty() ? tr("no model chosen") : model);
    }
    case ask::BackendKind::Ollama:
    case ask::BackendKind::OpenAi: {
        const QString name = s.kind == ask::BackendKind::Ollama ? QStringLiteral("Ollama") : tr("OpenAI-compatible server");
        QString where = s.endpoint.host();
        if (s.endpoint.port() > 0)
            where += u':' + QString::number(s.endpoint.port());
        const QString remote = ask::isLoopback(s.endpoint) ? QString() : tr(" · REMOTE: document text leaves this computer");
        return QStringLiteral("%1 · %2 · %3%4").arg(name, s.model.isEmpty() ? tr("no model chosen") : s.model, where, remote);
    }
    }
    return {};
}

} // namespace stratos

#pragma once
// Finds the model servers running on this computer: Ollama (GET /api/version,
// then /api/tags) and OpenAI-compatible servers such as llama-server, LM
// Studio, Jan or vLLM (GET /v1/models, then llama-server's /props for n_ctx),
// on their usual loopback ports. Loopback only: probing never leaves the machine.

#include "ask/ask_types.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QJsonObject;
class QNetworkAccessManager;

namespace stratos::ask {

struct FoundServer
{
    BackendKind kind = BackendKind::OpenAi;
    QUrl endpoint;                    // http://127.0.0.1:PORT
    QString product;                  // "Ollama 0.6.2", "llama-server", "OpenAI-compatible server"
    QStringList models;
    std::optional<int> contextTokens; // when the server says (llama-server's n_ctx)
};

class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    // Ollama 11434, llama-server 8080, vLLM 8000, LM Studio 1234, Jan 1337.
    static QList<QUrl> defaultCandidates();
    // Each address that answers slower than this counts as no server.
    static constexpr int kTimeoutMs = 2500;

    // Probes every loopback candidate at once (others are skipped); emits
    // finished() with the servers found, in the candidates' order.
    void start(const QList<QUrl> &candidates = defaultCandidates());
    bool isRunning() const { return m_pending > 0; }

signals:
    void finished(const QList<stratos::ask::FoundServer> &servers);

private:
    using Done = std::function<void(int status, const QJsonObject &json)>;
    void get(const QUrl &base, const QString &path, Done done);
    void probe(int slot);
    void probeOpenAi(int slot);
    void settle(int slot, std::optional<FoundServer> server);

    QNetworkAccessManager *m_network;
    QList<std::optional<FoundServer>> m_slots;
    QList<QUrl> m_candidates;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace stratos::ask

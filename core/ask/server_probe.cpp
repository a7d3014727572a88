#include "ask/server_probe.h"

#include "ask/context_size.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace stratos::ask {
namespace {

constexpr qint64 kMaxBody = 4 * 1024 * 1024;

QStringList namesIn(const QJsonArray &list, const QString &key, const QString &fallbackKey)
{
    QStringList out;
    for (const QJsonValue &v : list) {
        QString name = v.toObject().value(key).toString();
        if (name.isEmpty())
            name = v.toObject().value(fallbackKey).toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

} // namespace

ServerProbe::ServerProbe(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy); // loopback only: never through a proxy
}

ServerProbe::~ServerProbe() = default;

QList<QUrl> ServerProbe::defaultCandidates()
{
    QList<QUrl> out;
    for (const int port : {11434, 8080, 8000, 1234, 1337})
        out << QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return out;
}

void ServerProbe::start(const QList<QUrl> &candidates)
{
    ++m_generation;
    m_candidates.clear();
    for (const QUrl &u : candidates)
        if (isLoopback(u) && u.scheme() == QLatin1String("http"))
            m_candidates << u;
    m_slots = QList<std::optional<FoundServer>>(m_candidates.size());
    m_pending = int(m_candidates.size());
    if (m_pending == 0) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this, [this, generation] { if (generation == m_generation) emit finished({}); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_candidates.size(); ++i)
        probe(i);
}

void ServerProbe::get(const QUrl &base, const QString &path, Done done)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setTransferTimeout(kTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(req);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > kMaxBody)
            reply->abort(); // not a model server's answer
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, done = std::move(done)] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        // 0 when nothing answered: refused, timed out, not HTTP.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        done(status, doc.isObject() ? doc.object() : QJsonObject());
    });
}

// Ollama first: it also answers /v1/models, but only Ollama has /api/version.
void ServerProbe::probe(int slot)
{
    const QUrl base = m_candidates[slot];
    get(base, QStringLiteral("/api/version"), [this, slot, base](int status, const QJsonObject &json) {
        const QString version = json.value(QStringLiteral("version")).toString();
        if (status != 200 || version.isEmpty())
            return probeOpenAi(slot);
        get(base, QStringLiteral("/api/tags"), [this, slot, base, version](int tagsStatus, const QJsonObject &tags) {
            if (tagsStatus != 200)
                return settle(slot, std::nullopt);
            FoundServer s;
            s.kind = BackendKind::Ollama;
            s.endpoint = base;
            s.product = QStringLiteral("Ollama %1").arg(version);
            s.models = namesIn(tags.value(QStringLiteral("models")).toArray(), QStringLiteral("name"),
                               QStringLiteral("model"));
            settle(slot, s);
        });
    });
}

void ServerProbe::probeOpenAi(int slot)
{
    const QUrl base = m_candidates[slot];
    get(base, QStringLiteral("/v1/models"), [this, slot, base](int status, const QJsonObject &json) {
        if (status != 200 || !json.value(QStringLiteral("data")).isArray())
            return settle(slot, std::nullopt);
        FoundServer s;
        s.kind = BackendKind::OpenAi;
        s.endpoint = base;
        s.product = QStringLiteral("OpenAI-compatible server");
        s.models = namesIn(json.value(QStringLiteral("data")).toArray(), QStringLiteral("id"), QStringLiteral("name"));
        // llama-server says how large its context is; other servers have no /props.
        get(base, QStringLiteral("/props"), [this, slot, s](int propsStatus, const QJsonObject &props) mutable {
            if (propsStatus == 200) {
                s.contextTokens = llamaServerContext(props);
                if (s.contextTokens)
                    s.product = QStringLiteral("llama-server");
            }
            settle(slot, s);
        });
    });
}

void ServerProbe::settle(int slot, std::optional<FoundServer> server)
{
    m_slots[slot] = std::move(server);
    if (--m_pending > 0)
        return;
    QList<FoundServer> found;
    for (const auto &s : m_slots)
        if (s)
            found << *s;
    emit finished(found);
}

} // namespace stratos::ask

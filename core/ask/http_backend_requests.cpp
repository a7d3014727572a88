#include "ask/http_backend.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>

// The requests besides the chat: the model list and the context size.
namespace stratos::ask {
namespace {

constexpr qsizetype kMaxModelsBody = 16 * 1024 * 1024;
constexpr qint64 kMaxContextReply = 4 * 1024 * 1024;

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace

int HttpBackend::contextFromReply(int, const QJsonObject &) const
{
    return m_settings.contextTokens;
}

void HttpBackend::queryContext(const ContextQuery &query)
{
    QNetworkRequest req = request(urlFor(query.path));
    req.setTransferTimeout(m_settings.timeoutMs);
    m_contextReply = query.postBody.isEmpty()
                         ? m_network->get(req)
                         : m_network->post(req, QJsonDocument(query.postBody).toJson(QJsonDocument::Compact));
    const quint64 generation = m_generation;
    QNetworkReply *reply = m_contextReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation || !m_running || reply != m_contextReply)
            return;
        m_contextReply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 && reply->error() == QNetworkReply::OperationCanceledError)
            return fail(QStringLiteral("The %1 at %2 did not answer for %3 s.")
                            .arg(serverName(), endpointText(), seconds(m_settings.timeoutMs)));
        if (status == 0)
            return fail(networkError(reply->error(), reply->errorString()));
        const QJsonDocument doc = QJsonDocument::fromJson(reply->read(kMaxContextReply));
        // A server that does not say how large its context is gets the setting.
        m_contextTokens = contextFromReply(status, doc.isObject() ? doc.object() : QJsonObject());
        sendChat();
    });
}

void HttpBackend::listModels()
{
    if (const QString problem = endpointProblem(m_settings.endpoint, m_settings.allowRemote); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { emit failed(problem); });
        return;
    }
    if (isLoopback(m_settings.endpoint))
        m_network->setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest req = request(urlFor(modelsPath()));
    req.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_network->get(req);
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, body] {
        *body += reply->readAll();
        if (body->size() > kMaxModelsBody)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, body] {
        reply->deleteLater();
        *body += reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (body->size() > kMaxModelsBody)
            return emit failed(QStringLiteral("The %1 at %2 sent a model list larger than 16 MB.")
                                   .arg(serverName(), endpointText()));
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return emit failed(QStringLiteral("The %1 at %2 did not answer for %3 s.")
                                   .arg(serverName(), endpointText(), seconds(m_settings.timeoutMs)));
        if (status >= 300)
            return emit failed(httpError(status, *body));
        if (reply->error() != QNetworkReply::NoError)
            return emit failed(networkError(reply->error(), reply->errorString()));
        const QJsonDocument doc = QJsonDocument::fromJson(*body);
        if (!doc.isObject())
            return emit failed(QStringLiteral("The %1 at %2 sent a model list that is not JSON.")
                                   .arg(serverName(), endpointText()));
        emit modelsListed(parseModels(doc.object()));
    });
}

} // namespace stratos::ask

#include "ask/http_backend.h"

#include "ask/citations.h"
#include "ask/context_size.h"
#include "text/html_text.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>

namespace stratos::ask {
namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024;

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

// An error page meant for a browser ("<html><title>500 Internal Server
// Error</title>…") is shown as its title or text, not as markup.
QString readableBody(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    if (!start.startsWith('<') || !(start.contains("<html") || start.contains("<!doctype") || start.contains("<body") ||
                                    start.contains("<title") || start.contains("<h1")))
        return QString::fromUtf8(body.left(300)).simplified();
    const HtmlExtract page = extractHtml(QString::fromUtf8(body));
    QString text = page.meta.title.simplified();
    if (text.isEmpty())
        text = page.text.simplified();
    return text.left(300);
}

} // namespace

HttpBackend::HttpBackend(const BackendSettings &settings, QObject *parent)
    : Backend(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &HttpBackend::onIdleTimeout);
}

HttpBackend::~HttpBackend()
{
    dropReply();
}

QString HttpBackend::endpointProblem(const QUrl &endpoint, bool allowRemote)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")))
        return QStringLiteral("'%1' is not an http:// or https:// address of a server.")
            .arg(endpoint.toDisplayString());
    if (!allowRemote && !isLoopback(endpoint))
        return QStringLiteral(
                   "%1 is not on this computer. Asking it would send your question and passages of "
                   "your documents to that machine, so Stratos only talks to servers on this "
                   "computer unless you opt in: turn on \"Allow a remote endpoint\" in the Ask "
                   "settings, or pass --allow-remote to stratos ask.")
            .arg(endpoint.toDisplayString());
    return {};
}

QUrl HttpBackend::urlFor(const QString &path) const
{
    QUrl url = m_settings.endpoint;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString suffix = path;
    // "http://host:8080/v1" and "http://host:8080" both work for OpenAI-compatible servers.
    if (base.endsWith(QLatin1String("/v1")) && suffix.startsWith(QLatin1String("/v1/")))
        suffix = suffix.mid(3);
    url.setPath(base + suffix);
    url.setQuery(QString());
    return url;
}

QString HttpBackend::endpointText() const
{
    return m_settings.endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QNetworkRequest HttpBackend::request(const QUrl &url) const
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // A redirect could lead document text to another host: never follow one.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/x-ndjson, text/event-stream, application/json");
    if (!m_settings.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    return req;
}

void HttpBackend::start(const AskContext &context)
{
    dropReply();
    m_idle.stop();
    ++m_generation;
    m_running = true;
    m_answer.clear();
    m_errorBody.clear();
    m_status = 0;
    m_headers = false;
    m_replyFinished = false;
    m_pumpQueued = false;
    m_finishError = QNetworkReply::NoError;
    m_finishDetail.clear();
    m_progressLines = 0;
    m_bytesSinceProgress = 0;
    m_toolCalls = 0;
    if (const QString problem = endpointProblem(m_settings.endpoint, m_settings.allowRemote); !problem.isEmpty())
        return failSoon(problem);
    if (needsModel() && m_settings.model.isEmpty())
        return failSoon(QStringLiteral("No model chosen for the %1 at %2. %3")
                            .arg(serverName(), endpointText(), missingModelHint()));
    if (isLoopback(m_settings.endpoint))
        m_network->setProxy(QNetworkProxy::NoProxy); // loopback traffic never goes through a proxy
    m_context = context;
    m_contextTokens = m_settings.contextTokens;
    if (const std::optional<ContextQuery> query = contextQuery())
        return queryContext(*query);
    sendChat();
}

// The best passages that fit the model's context, then the streamed POST.
void HttpBackend::sendChat()
{
    const int budget = promptBudgetChars(m_contextTokens);
    const AskContext fitted = fitToBudget(m_context, budget);
    const quint64 generation = m_generation;
    emit contextFitted(fitted);
    if (!m_running || generation != m_generation)
        return; // a slot stopped us
    const ChatPrompt prompt = buildChatPrompt(fitted, budget);
    const QByteArray body = QJsonDocument(chatBody(prompt)).toJson(QJsonDocument::Compact);
    m_decoder = makeDecoder();
    m_reply = m_network->post(request(urlFor(chatPath())), body);
    // Past this many unread bytes the network layer stops reading the socket:
    // a server faster than the decoder cannot fill memory.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_headers = true;
        m_idle.start();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpBackend::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpBackend::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idle.start(); });
    m_idle.start(m_settings.timeoutMs);
}

void HttpBackend::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_idle.stop();
    dropReply();
    emit stopped();
}

void HttpBackend::dropReply()
{
    if (QNetworkReply *pending = m_contextReply) {
        m_contextReply = nullptr;
        pending->abort();
    }
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void HttpBackend::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_idle.stop();
    dropReply();
    emit failed(message);
}

void HttpBackend::failSoon(const QString &message)
{
    // Reported from the event loop, like every other outcome, so callers connect before it comes.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, message, generation] {
        if (generation == m_generation)
            fail(message);
    });
}

void HttpBackend::succeed()
{
    if (m_toolCalls > 0 && m_answer.trimmed().isEmpty())
        return fail(QStringLiteral("The %1 at %2 answered with a tool call instead of text. Stratos gives "
                                   "models no tools and runs nothing a model asks for; ask again, or choose "
                                   "another model.")
                        .arg(serverName(), endpointText()));
    m_running = false;
    m_idle.stop();
    dropReply();
    emit finished(m_answer);
}

void HttpBackend::onReadyRead()
{
    if (!m_reply || !m_running)
        return;
    pump();
}

// Decodes one slice of what the reply holds and comes back in the next
// event-loop turn for the rest, so a burst of thousands of events never holds
// the UI for long. Only complete lines count as progress for the timeout.
void HttpBackend::pump()
{
    m_pumpQueued = false;
    if (!m_reply || !m_running)
        return;
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->read(kSliceBytes);
    if (!bytes.isEmpty()) {
        if (m_status >= 300) {
            m_errorBody += bytes.left(kMaxErrorBody - m_errorBody.size());
            m_idle.start();
        } else {
            const quint64 generation = m_generation;
            apply(m_decoder->feed(bytes));
            if (!m_running || generation != m_generation)
                return;
            if (m_decoder->completeLines() != m_progressLines) {
                m_progressLines = m_decoder->completeLines();
                m_bytesSinceProgress = 0;
                m_idle.start();
            } else {
                m_bytesSinceProgress += bytes.size();
            }
        }
    }
    if (m_reply->bytesAvailable() > 0) {
        if (!m_pumpQueued) {
            m_pumpQueued = true;
            const quint64 generation = m_generation;
            QTimer::singleShot(0, this, [this, generation] {
                if (generation == m_generation)
                    pump();
            });
        }
        return;
    }
    if (m_replyFinished)
        complete();
}

void HttpBackend::onIdleTimeout()
{
    const QString server = serverName(), at = endpointText(), wait = seconds(m_settings.timeoutMs);
    if (!m_headers)
        return fail(QStringLiteral("The %1 at %2 did not answer for %3 s.").arg(server, at, wait));
    if (m_bytesSinceProgress > 0)
        return fail(QStringLiteral("The %1 at %2 sent only %3 bytes in %4 s and no complete line; a stream "
                                   "this slow is not an answer, so Stratos stopped waiting.")
                        .arg(server, at)
                        .arg(m_bytesSinceProgress)
                        .arg(wait));
    fail(QStringLiteral("The %1 at %2 sent no data for %3 s %4.")
             .arg(server, at, wait,
                  m_answer.isEmpty() ? QStringLiteral("after its response headers")
                                     : QStringLiteral("after %1 characters of the answer").arg(m_answer.size())));
}

void HttpBackend::apply(const DecodeResult &r)
{
    const quint64 generation = m_generation;
    m_toolCalls += r.toolCalls;
    for (const QString &d : r.deltas) {
        if (m_answer.size() + d.size() > kMaxAnswerChars)
            return fail(QStringLiteral("The %1 at %2 sent an answer longer than %3 characters; Stratos stopped "
                                       "reading it there.")
                            .arg(serverName(), endpointText())
                            .arg(kMaxAnswerChars));
        m_answer += d;
        emit token(d);
        if (!m_running || generation != m_generation)
            return; // a slot stopped or restarted us
    }
    if (!r.error.isEmpty())
        fail(QStringLiteral("The %1 at %2 reported an error: %3").arg(serverName(), endpointText(), r.error));
    else if (r.done)
        succeed();
}

void HttpBackend::onFinished()
{
    if (!m_reply || !m_running)
        return;
    m_idle.stop();
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_replyFinished = true;
    m_finishError = m_reply->error();
    m_finishDetail = m_reply->errorString();
    pump(); // decodes what is still buffered, then complete()
}

// The reply ended and everything it brought is decoded.
void HttpBackend::complete()
{
    m_idle.stop();
    if (m_status >= 300)
        return fail(httpError(m_status, m_errorBody));
    const bool cutMidLine = m_decoder->bufferedBytes() > 0;
    DecodeResult r = m_decoder->finish();
    if (cutMidLine && !r.done && !r.error.isEmpty() && r.deltas.isEmpty())
        r.error.clear(); // a last line cut short by the close is not malformed: say what happened below
    apply(r);
    if (!m_running)
        return;
    if (m_finishError != QNetworkReply::NoError &&
        !(m_status > 0 && m_finishError == QNetworkReply::RemoteHostClosedError))
        return fail(networkError(m_finishError, m_finishDetail));
    // Qt reports a reset (RST) and an early close (FIN) the same way.
    fail(QStringLiteral("The %1 at %2 closed or reset the connection before the answer was complete%3.")
             .arg(serverName(), endpointText(),
                  m_answer.isEmpty() ? QString()
                                     : QStringLiteral(" (after %1 characters)").arg(m_answer.size())));
}

QString HttpBackend::httpError(int status, const QByteArray &body) const
{
    QString server = errorMessageOf(body);
    if (server.isEmpty())
        server = readableBody(body);
    const QString said = server.isEmpty() ? QString() : QStringLiteral(": %1").arg(server);
    if (status == 404 && !m_settings.model.isEmpty())
        return QStringLiteral("The %1 at %2 has no model named '%3' (HTTP 404%4). %5")
            .arg(serverName(), endpointText(), m_settings.model, said, missingModelHint());
    if (status == 404)
        return QStringLiteral("The server at %1 does not offer %2 (HTTP 404%3). Is it an %4?")
            .arg(endpointText(), chatPath(), said, serverName());
    if (status == 401 || status == 403)
        return QStringLiteral("The %1 at %2 refused the request (HTTP %3%4): it may need an API key.")
            .arg(serverName(), endpointText())
            .arg(status)
            .arg(said);
    if (status >= 300 && status < 400)
        return QStringLiteral("The %1 at %2 answered with a redirect (HTTP %3); Stratos does not follow "
                              "redirects, so that document text cannot end up elsewhere. Use the final address.")
            .arg(serverName(), endpointText())
            .arg(status);
    return QStringLiteral("The %1 at %2 answered HTTP %3%4").arg(serverName(), endpointText()).arg(status).arg(said);
}

QString HttpBackend::networkError(QNetworkReply::NetworkError error, const QString &detail) const
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Cannot connect to the %1 at %2: the connection was refused. Is the server running "
                              "and listening on that port?")
            .arg(serverName(), endpointText());
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("Cannot find the host of %1 (%2).").arg(endpointText(), detail);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("The %1 at %2 closed or reset the connection before answering.")
            .arg(serverName(), endpointText());
    default:
        return QStringLiteral("The request to the %1 at %2 failed: %3").arg(serverName(), endpointText(), detail);
    }
}

} // namespace stratos::ask

#include "net/fetch_worker.h"

#include <algorithm>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace stratos::net {
namespace {

// The system's proxy for the world, none for loopback (a test server or a
// local mirror must not be sent through a corporate proxy).
class ProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QUrl url = query.url();
        if (url.scheme() == u"http" && !refusedUrl(url)) // plain http is allowed only on loopback
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (url.host().compare(u"localhost", Qt::CaseInsensitive) == 0 || url.host().startsWith(u"127."))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

QString networkError(QNetworkReply *reply, const QUrl &url)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host %1 not found").arg(url.host());
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused by %1").arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("secure connection to %1 failed: %2").arg(url.host(), reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("the proxy failed: %1").arg(reply->errorString());
    default:
        return reply->errorString();
    }
}

} // namespace

FetchWorker::~FetchWorker()
{
    for (Job *job : std::as_const(m_running)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
        delete job;
    }
    qDeleteAll(m_queue);
}

QNetworkAccessManager *FetchWorker::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setProxyFactory(new ProxyFactory);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_manager;
}

QString FetchWorker::hostKey(const QUrl &url) { return url.host().toLower() + u':' + QString::number(url.port()); }

void FetchWorker::enqueue(const QList<FetchRequest> &requests)
{
    for (const FetchRequest &r : requests) {
        auto *job = new Job;
        job->request = r;
        job->current = r.url;
        job->clock.start();
        m_queue.append(job);
    }
    m_busy = true;
    pump();
}

void FetchWorker::pump()
{
    for (qsizetype i = 0; i < m_queue.size();) {
        Job *job = m_queue[i];
        if (m_perHost.value(hostKey(job->current)) >= m_maxPerHost) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        if (const auto refused = refusedUrl(job->current)) {
            FetchResult r;
            r.error = *refused;
            finish(job, r);
            continue;
        }
        m_running.append(job);
        ++m_perHost[hostKey(job->current)];
        send(job);
    }
    if (m_busy && m_queue.isEmpty() && m_running.isEmpty()) {
        m_busy = false;
        emit allDone();
    }
}

void FetchWorker::send(Job *job)
{
    QNetworkRequest req(job->current);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!job->request.etag.isEmpty())
        req.setRawHeader("If-None-Match", job->request.etag);
    if (!job->request.lastModified.isEmpty())
        req.setRawHeader("If-Modified-Since", job->request.lastModified);
    // Accept-Encoding is left to Qt: it asks for gzip/deflate and decompresses.
    job->visited.insert(job->current);
    job->body.clear();
    job->expected = -1;
    job->headersSeen = false;
    if (!job->timer) {
        job->timer = new QTimer(this);
        job->timer->setSingleShot(true);
        job->timer->setTimerType(Qt::PreciseTimer);
        connect(job->timer, &QTimer::timeout, this, [this, job] { onTimeout(job); });
    }
    job->timer->start(job->request.connectTimeoutMs);
    job->reply = manager()->get(req);
    connect(job->reply, &QNetworkReply::metaDataChanged, this, [this, job] { onHeaders(job); });
    connect(job->reply, &QNetworkReply::readyRead, this, [this, job] { onData(job); });
    connect(job->reply, &QNetworkReply::finished, this, [this, job] { onFinished(job); });
}

void FetchWorker::onHeaders(Job *job)
{
    job->headersSeen = true;
    job->timer->start(job->request.idleTimeoutMs);
    QNetworkReply *reply = job->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool compressed = reply->hasRawHeader("Content-Encoding");
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && !compressed && status >= 200 && status < 300) {
        job->expected = length.toLongLong();
        if (job->expected > job->request.maxBytes)
            abortJob(job, FetchState::Failed,
                     QStringLiteral("the file is %1, over this feed's limit of %2")
                         .arg(byteSize(job->expected), byteSize(job->request.maxBytes)));
    }
}

void FetchWorker::onData(Job *job)
{
    job->timer->start(job->request.idleTimeoutMs);
    job->body += job->reply->readAll();
    emit progress(job->request.key, job->body.size(), job->expected);
    if (job->body.size() > job->request.maxBytes)
        abortJob(job, FetchState::Failed,
                 QStringLiteral("the download passed this feed's limit of %1").arg(byteSize(job->request.maxBytes)));
}

void FetchWorker::onTimeout(Job *job)
{
    if (!job->headersSeen)
        abortJob(job, FetchState::Failed,
                 QStringLiteral("no answer from %1 within %2 s").arg(job->current.host()).arg(job->request.connectTimeoutMs / 1000.0));
    else
        abortJob(job, FetchState::Failed,
                 QStringLiteral("the download stalled for %1 s after %2").arg(job->request.idleTimeoutMs / 1000.0).arg(byteSize(job->body.size())));
}

void FetchWorker::abortJob(Job *job, FetchState as, const QString &reason)
{
    if (!job->reply || job->abortedAs)
        return;
    job->abortedAs = as;
    job->abortReason = reason;
    job->reply->abort(); // emits finished: onFinished reports the reason
}

void FetchWorker::abortAll()
{
    for (Job *job : std::as_const(m_queue)) {
        FetchResult r;
        r.state = FetchState::Cancelled;
        r.error = QStringLiteral("cancelled");
        finish(job, r);
    }
    m_queue.clear(); // finish() deleted them
    const QList<Job *> running = m_running;
    for (Job *job : running)
        abortJob(job, FetchState::Cancelled, QStringLiteral("cancelled"));
}

void FetchWorker::onFinished(Job *job)
{
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    job->timer->stop();
    reply->deleteLater();
    if (reply->bytesAvailable() > 0)
        job->body += reply->readAll();

    FetchResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (job->abortedAs) {
        r.state = *job->abortedAs;
        r.error = job->abortReason;
        finish(job, r);
        return;
    }
    const int status = r.httpStatus;
    if (status >= 300 && status < 400 && status != 304 && reply->hasRawHeader("Location")) {
        const QUrl next = job->current.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (job->visited.contains(next))
            r.error = QStringLiteral("a redirect loop: %1 leads back to %2").arg(job->current.toDisplayString(), next.toDisplayString());
        else if (job->redirects >= 5)
            r.error = QStringLiteral("more than 5 redirects (the last to %1)").arg(next.toDisplayString());
        else if (const auto refused = refusedRedirect(job->current, next))
            r.error = *refused;
        if (!r.error.isEmpty()) {
            finish(job, r);
            return;
        }
        // Keep the host count honest when the next hop is another host.
        --m_perHost[hostKey(job->current)];
        ++job->redirects;
        job->current = next;
        ++m_perHost[hostKey(job->current)];
        send(job);
        return;
    }
    if (status == 304) {
        r.state = FetchState::NotModified;
        r.etag = reply->rawHeader("ETag");
        r.lastModified = reply->rawHeader("Last-Modified");
        finish(job, r);
        return;
    }
    if (status >= 200 && status < 300) {
        if (job->expected >= 0 && job->body.size() < job->expected) {
            r.error = QStringLiteral("the body ended after %1 of %2").arg(byteSize(job->body.size()), byteSize(job->expected));
        } else if (reply->error() != QNetworkReply::NoError) {
            r.error = job->expected >= 0 || job->body.isEmpty()
                          ? networkError(reply, job->current)
                          : QStringLiteral("%1 after %2").arg(networkError(reply, job->current), byteSize(job->body.size()));
        } else {
            r.state = FetchState::Fetched;
            r.body = std::move(job->body);
            r.etag = reply->rawHeader("ETag");
            r.lastModified = reply->rawHeader("Last-Modified");
            r.contentType = reply->rawHeader("Content-Type");
        }
        finish(job, r);
        return;
    }
    if (status > 0) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        r.error = QStringLiteral("HTTP %1%2").arg(status).arg(reason.isEmpty() ? QString() : u' ' + reason);
        if (status == 429 || status == 503) {
            r.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            if (r.retryAfterSeconds)
                r.error += QStringLiteral(" (the server asks to wait %1 s)").arg(*r.retryAfterSeconds);
        }
        r.body = std::move(job->body); // an HTML error page helps to explain
        r.contentType = reply->rawHeader("Content-Type");
        finish(job, r);
        return;
    }
    r.error = networkError(reply, job->current);
    finish(job, r);
}

void FetchWorker::finish(Job *job, FetchResult result)
{
    result.key = job->request.key;
    result.url = job->request.url;
    result.finalUrl = job->current;
    result.elapsedMs = job->clock.elapsed();
    if (m_running.removeOne(job))
        --m_perHost[hostKey(job->current)];
    if (job->timer) {
        job->timer->stop();
        job->timer->deleteLater();
    }
    delete job;
    emit finished(result);
    // Not pump() directly: finish() runs inside pump() and inside loops over jobs.
    QMetaObject::invokeMethod(this, &FetchWorker::pump, Qt::QueuedConnection);
}

} // namespace stratos::net

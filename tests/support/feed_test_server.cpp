#include "feed_test_server.h"

#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtEndian>

namespace stratos::test {

namespace {

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

} // namespace

// Lives on the server thread: accepts connections and answers one request each.
class FeedTestServerWorker : public QObject
{
public:
    explicit FeedTestServerWorker(FeedTestServer *owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
        });
        return m_server->serverPort();
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0 || s->property("answered").toBool())
            return;
        s->setProperty("answered", true);
        SeenRequest req;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        m_buffers.remove(s);
        Route route;
        bool found = false;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            m_owner->m_seen.append(req);
            m_owner->m_maxActive = qMax(m_owner->m_maxActive, ++m_owner->m_active);
            const QString path = QString::fromUtf8(req.target.left(req.target.indexOf('?') < 0 ? req.target.size() : req.target.indexOf('?')));
            const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
            const auto it = m_owner->m_routes.constFind(decoded);
            if (it != m_owner->m_routes.constEnd()) {
                route = *it;
                found = true;
            }
            // "/chart/*" answers every path under /chart/.
            for (auto p = m_owner->m_routes.constBegin(); !found && p != m_owner->m_routes.constEnd(); ++p)
                if (p.key().endsWith(u'*') && decoded.startsWith(p.key().chopped(1))) {
                    route = *p;
                    found = true;
                }
        }
        if (!found) {
            route.status = 404;
            route.reason = "Not Found";
            route.body = "no such file\n";
        }
        QTimer::singleShot(route.delayMs, s, [this, s, req, route] { answer(s, req, route); });
    }

    void answer(QTcpSocket *s, const SeenRequest &req, Route route)
    {
        const bool notModified = route.status == 200 &&
                                 ((!route.etag.isEmpty() && req.headers.value("if-none-match") == route.etag) ||
                                  (!route.lastModified.isEmpty() && route.etag.isEmpty() &&
                                   req.headers.value("if-modified-since") == route.lastModified));
        if (route.bodyFor)
            route.body = route.bodyFor(req.target);
        QByteArray body = notModified ? QByteArray() : route.body;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(notModified ? 304 : route.status) + ' ' +
                          (notModified ? QByteArray("Not Modified") : route.reason) + "\r\n";
        head += "Content-Type: " + route.contentType + "\r\nConnection: close\r\n";
        if (!route.etag.isEmpty())
            head += "ETag: " + route.etag + "\r\n";
        if (!route.lastModified.isEmpty())
            head += "Last-Modified: " + route.lastModified + "\r\n";
        for (const auto &[name, value] : route.headers)
            head += name + ": " + value + "\r\n";
        if (route.gzip && !notModified && req.headers.value("accept-encoding").contains("gzip")) {
            body = FeedTestServer::gzip(body);
            head += "Content-Encoding: gzip\r\n";
        }
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        s->write(head);
        if (route.drip) {
            auto *timer = new QTimer(s);
            auto sent = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, s, [this, s, body, sent, timer] {
                if (*sent >= body.size() || s->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    done(s);
                    return;
                }
                s->write(body.mid((*sent)++, 1));
            });
            timer->start(1000);
            connect(s, &QTcpSocket::disconnected, timer, &QTimer::stop);
            return;
        }
        s->write(route.cutAfter >= 0 ? body.left(route.cutAfter) : body);
        done(s);
    }

    void done(QTcpSocket *s)
    {
        {
            QMutexLocker lock(&m_owner->m_mutex);
            --m_owner->m_active;
        }
        s->flush();
        s->disconnectFromHost();
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        if (s->state() == QAbstractSocket::UnconnectedState)
            s->deleteLater();
    }

    FeedTestServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

FeedTestServer::FeedTestServer()
{
    m_thread = new QThread;
    m_thread->start();
    auto *worker = new FeedTestServerWorker(this);
    worker->moveToThread(m_thread);
    m_worker = worker;
    QSemaphore ready;
    QMetaObject::invokeMethod(worker, [this, worker, &ready] {
        m_port = worker->listen();
        ready.release();
    });
    ready.acquire();
}

FeedTestServer::~FeedTestServer()
{
    QMetaObject::invokeMethod(m_worker, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QUrl FeedTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void FeedTestServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
}

void FeedTestServer::removeRoute(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_routes.remove(path);
}

QList<SeenRequest> FeedTestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

int FeedTestServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_seen.size());
}

int FeedTestServer::maxConcurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxActive;
}

void FeedTestServer::clearLog()
{
    QMutexLocker lock(&m_mutex);
    m_seen.clear();
    m_maxActive = 0;
}

QByteArray FeedTestServer::gzip(const QByteArray &bytes)
{
    const QByteArray z = qCompress(bytes, 9); // 4-byte length, 2-byte zlib header, deflate, 4-byte Adler-32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += z.mid(6, z.size() - 10);
    char tail[8];
    qToLittleEndian<quint32>(crc32(bytes), tail);
    qToLittleEndian<quint32>(quint32(bytes.size()), tail + 4);
    out += QByteArray(tail, 8);
    return out;
}

} // namespace stratos::test

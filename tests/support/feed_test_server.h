#pragma once
// A real HTTP/1.1 server on loopback for the feed tests, on a thread of its own
// (so a test can block on a child process while it serves). Each route is a
// file or a canned answer with ETag/Last-Modified, and can misbehave on
// purpose: cut the body short, drip it a byte a second, gzip it, redirect.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QThread;
class QTcpServer;

namespace stratos::test {

struct Route
{
    int status = 200;
    QByteArray reason = "OK";
    QByteArray body;
    QByteArray contentType = "text/plain";
    QByteArray etag;          // answers If-None-Match with 304
    QByteArray lastModified;  // answers If-Modified-Since with 304
    QList<QPair<QByteArray, QByteArray>> headers; // extra: Location, Retry-After, ...
    qint64 cutAfter = -1;     // close the connection after this many body bytes
    bool drip = false;        // send the body one byte a second
    bool gzip = false;        // gzip the body when the client accepts it
    int delayMs = 0;          // wait before answering (for concurrency counts)
    // When set, the body for this request target (path and query), computed on
    // the server thread: e.g. prices from period1 on.
    std::function<QByteArray(const QByteArray &target)> bodyFor;
};

struct SeenRequest
{
    QByteArray method, target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class FeedTestServer
{
public:
    FeedTestServer();
    ~FeedTestServer();

    bool listening() const { return m_port != 0; }
    QUrl url(const QString &path) const; // http://127.0.0.1:PORT/path

    // path without the query; a path ending in '*' answers every path it starts.
    void setRoute(const QString &path, const Route &route);
    void removeRoute(const QString &path);

    QList<SeenRequest> requests() const;
    int requestCount() const;
    int maxConcurrent() const; // most requests being answered at the same moment
    void clearLog();

    // The gzip member format (RFC 1952) of bytes, built from qCompress's deflate stream.
    static QByteArray gzip(const QByteArray &bytes);

private:
    friend class FeedTestServerWorker;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QList<SeenRequest> m_seen;
    int m_active = 0;
    int m_maxActive = 0;
};

} // namespace stratos::test

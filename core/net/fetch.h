#pragma once
// What a feed download asks for and what it came back with. A careful HTTP GET:
// the outcome is a state plus a message a person can act on, never an exception.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace stratos::net {

struct FetchRequest
{
    QString key;              // the caller's name for it: "models", "prices NVDA"
    QUrl url;
    QByteArray etag;          // from the last 200: sent as If-None-Match
    QByteArray lastModified;  // from the last 200: sent as If-Modified-Since
    qint64 maxBytes = 64 << 20;
    int connectTimeoutMs = 15000; // until the response headers arrive
    int idleTimeoutMs = 30000;    // between two pieces of the body
};

enum class FetchState { Fetched, NotModified, Failed, Cancelled };

struct FetchResult
{
    QString key;
    QUrl url;          // as asked
    QUrl finalUrl;     // after redirects
    FetchState state = FetchState::Failed;
    int httpStatus = 0;
    QByteArray body;
    QByteArray etag, lastModified, contentType;
    QString error;     // "HTTP 503 Service Unavailable", "the body ended after 1.2 MB of 3.4 MB"
    std::optional<int> retryAfterSeconds; // from a 429 or 503
    qint64 elapsedMs = 0;
};

// "1.2 MB", "830 KB", "12 bytes".
QString byteSize(qint64 bytes);

// Whether a URL may be fetched at all: https anywhere, plain http only on
// loopback. Returns the reason when not.
std::optional<QString> refusedUrl(const QUrl &url);
// A redirect additionally never goes from https to http.
std::optional<QString> refusedRedirect(const QUrl &from, const QUrl &to);

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP date).
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// "Stratos/<version>".
QByteArray userAgent();

} // namespace stratos::net

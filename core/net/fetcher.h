#pragma once
// Downloads feed files on a worker thread of its own (QNetworkAccessManager):
// system proxy, https only (http on loopback), connect and idle timeouts, a
// size limit, at most 5 redirects and never https->http, conditional GETs,
// gzip, at most 2 requests per host at once, and Cancel within milliseconds.
// Nothing is sent unless setAllowed(true) was called: updates are opt-in.

#include "net/fetch.h"

#include <QList>
#include <QObject>
#include <atomic>
#include <functional>

class QThread;

namespace stratos::net {

class FetchWorker;

class Fetcher : public QObject
{
    Q_OBJECT
public:
    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;

    void setAllowed(bool allowed) { m_allowed = allowed; }
    bool allowed() const { return m_allowed; }
    void setMaxPerHost(int n) { m_maxPerHost = n; }

    // Starts the requests; finished() comes once per request, then allDone().
    void start(const QList<FetchRequest> &requests);
    // Thread-safe. Every request still running ends as Cancelled.
    void cancel();

    // Blocking convenience for the command line and worker threads: runs an
    // event loop until all are done, polling *cancel every 10 ms.
    using Progress = std::function<void(const QString &key, qint64 received, qint64 total)>;
    QList<FetchResult> fetchAll(const QList<FetchRequest> &requests, const std::atomic_bool *cancel = nullptr,
                                const Progress &progress = {});

signals:
    void progress(const QString &key, qint64 received, qint64 total);
    void finished(const stratos::net::FetchResult &result);
    void allDone();

private:
    QThread *m_thread = nullptr;
    FetchWorker *m_worker = nullptr;
    bool m_allowed = false;
    int m_maxPerHost = 2;
};

} // namespace stratos::net

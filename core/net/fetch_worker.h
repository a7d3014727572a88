#pragma once
// The part of Fetcher that lives on its worker thread: one QNetworkAccessManager,
// a queue that keeps at most N requests per host in flight, and one Job per
// request that follows redirects by hand so every hop can be checked.

#include "net/fetch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace stratos::net {

class FetchWorker : public QObject
{
    Q_OBJECT
public:
    explicit FetchWorker(int maxPerHost) : m_maxPerHost(maxPerHost) {}
    ~FetchWorker() override;

    void enqueue(const QList<FetchRequest> &requests);
    void abortAll();

signals:
    void progress(const QString &key, qint64 received, qint64 total);
    void finished(const stratos::net::FetchResult &result);
    void allDone();

private:
    struct Job
    {
        FetchRequest request;
        QUrl current;
        QSet<QUrl> visited;
        int redirects = 0;
        QNetworkReply *reply = nullptr;
        QTimer *timer = nullptr;
        QByteArray body;
        qint64 expected = -1;  // Content-Length of an uncompressed body
        bool headersSeen = false;
        QElapsedTimer clock;
        std::optional<FetchState> abortedAs; // why we aborted the reply ourselves
        QString abortReason;
    };

    QNetworkAccessManager *manager();
    static QString hostKey(const QUrl &url);
    void pump();
    void send(Job *job);
    void onHeaders(Job *job);
    void onData(Job *job);
    void onFinished(Job *job);
    void onTimeout(Job *job);
    void abortJob(Job *job, FetchState as, const QString &reason);
    void finish(Job *job, FetchResult result);

    QNetworkAccessManager *m_manager = nullptr;
    int m_maxPerHost = 2;
    bool m_busy = false; // between enqueue() and allDone()
    QList<Job *> m_queue;
    QList<Job *> m_running;
    QHash<QString, int> m_perHost;
};

} // namespace stratos::net

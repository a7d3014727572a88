#include "net/fetcher.h"

#include "net/fetch_worker.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace stratos::net {

Fetcher::Fetcher(QObject *parent) : QObject(parent) {}

Fetcher::~Fetcher()
{
    if (m_thread) {
        // The worker is deleted on its own thread (it owns the network manager there).
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void Fetcher::start(const QList<FetchRequest> &requests)
{
    if (!m_allowed) {
        // Updates are off: answer every request here, without a socket.
        for (const FetchRequest &r : requests) {
            FetchResult result;
            result.key = r.key;
            result.url = result.finalUrl = r.url;
            result.error = QStringLiteral("updates are turned off; nothing was sent");
            emit finished(result);
        }
        emit allDone();
        return;
    }
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("stratos-fetch"));
        m_worker = new FetchWorker(m_maxPerHost);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &FetchWorker::progress, this, &Fetcher::progress);
        connect(m_worker, &FetchWorker::finished, this, &Fetcher::finished);
        connect(m_worker, &FetchWorker::allDone, this, &Fetcher::allDone);
        m_thread->start();
    }
    FetchWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, requests] { worker->enqueue(requests); }, Qt::QueuedConnection);
}

void Fetcher::cancel()
{
    if (FetchWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->abortAll(); }, Qt::QueuedConnection);
}

QList<FetchResult> Fetcher::fetchAll(const QList<FetchRequest> &requests, const std::atomic_bool *cancelFlag,
                                     const Progress &onProgress)
{
    QList<FetchResult> results;
    if (requests.isEmpty())
        return results;
    QEventLoop loop;
    bool done = false;
    const auto c1 = connect(this, &Fetcher::finished, &loop, [&](const FetchResult &r) { results.append(r); });
    const auto c2 = connect(this, &Fetcher::allDone, &loop, [&] {
        done = true;
        loop.quit();
    });
    QMetaObject::Connection c3;
    if (onProgress)
        c3 = connect(this, &Fetcher::progress, &loop, onProgress);
    QTimer poll;
    bool cancelSent = false;
    if (cancelFlag) {
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!cancelSent && cancelFlag->load()) {
                cancelSent = true;
                cancel();
            }
        });
        poll.start(10);
    }
    start(requests);
    if (!done)
        loop.exec();
    disconnect(c1);
    disconnect(c2);
    disconnect(c3);
    return results;
}

} // namespace stratos::net

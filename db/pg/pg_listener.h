#pragma once
// LISTEN on a connection of its own, watched by a QSocketNotifier in the
// thread that owns the listener (the GUI thread): a NOTIFY from another user's
// Stratos arrives as a signal as soon as the server sends it, without polling.
//
// Why libpq rather than QSqlDriver::subscribeToNotification: QPSQL listens on
// the query connection itself, so a long query (an import, a chart) on that
// connection delays the notifications, and when the connection drops Qt's
// driver only reports it on the next query. A dedicated libpq connection sees
// an idle drop at once (its socket becomes readable), can reconnect by itself
// and re-subscribe, and tells the window both so it can say so.

#include "pg_connection.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace stratos::pg {

class Listener : public QObject
{
    Q_OBJECT
public:
    Listener(QString url, QStringList channels, QObject *parent = nullptr);
    ~Listener() override;

    // Connects and subscribes; on failure keeps retrying every retryInterval
    // (connectionLost is emitted once with the reason).
    Status start();
    bool isConnected() const;
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    // The listening session's server process (tests end it to cut the connection).
    int backendPid() const;

signals:
    void notified(const QString &channel, const QString &payload);
    void connectionLost(const QString &message);
    void reconnected();

private:
    Status connectAndListen();
    void readSocket();
    void dropConnection(const QString &why);
    void tryReconnect();

    QString m_url;
    QStringList m_channels;
    std::unique_ptr<Connection> m_conn;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;
};

// Sends a notification on `channel` (delivered when the sender's transaction commits).
Status notify(Connection &conn, const QString &channel, const QString &payload);

} // namespace stratos::pg

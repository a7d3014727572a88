#include "pg_listener.h"

#include <libpq-fe.h>

#include <QSocketNotifier>

namespace stratos::pg {

Listener::Listener(QString url, QStringList channels, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_channels(std::move(channels))
{
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &Listener::tryReconnect);
}

Listener::~Listener()
{
    delete m_notifier; // before the connection whose socket it watches
}

bool Listener::isConnected() const
{
    return m_conn && m_conn->isOpen();
}

int Listener::backendPid() const
{
    return m_conn ? m_conn->backendPid() : 0;
}

Status Listener::connectAndListen()
{
    auto conn = Connection::open(m_url, QStringLiteral("stratos-listener"));
    if (!conn)
        return conn.error();
    for (const QString &channel : m_channels) {
        QString quoted = channel;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (Status st = (*conn)->exec(QStringLiteral("LISTEN \"%1\"").arg(quoted)); !st)
            return st;
    }
    m_conn = std::move(*conn);
    m_notifier = new QSocketNotifier(qintptr(m_conn->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Listener::readSocket);
    return Status::success();
}

Status Listener::start()
{
    Status st = connectAndListen();
    if (!st) {
        emit connectionLost(st.error().message);
        m_retry.start();
    }
    return st;
}

void Listener::readSocket()
{
    PGconn *c = m_conn->handle();
    // A readable socket with nothing to read is the server going away.
    if (PQconsumeInput(c) == 0 || PQstatus(c) != CONNECTION_OK) {
        dropConnection(QString::fromUtf8(PQerrorMessage(c)).trimmed());
        return;
    }
    while (PGnotify *n = PQnotifies(c)) {
        const QString channel = QString::fromUtf8(n->relname);
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        emit notified(channel, payload);
    }
}

void Listener::dropConnection(const QString &why)
{
    delete m_notifier;
    m_notifier = nullptr;
    const QString where = m_conn ? m_conn->describe() : QString();
    m_conn.reset();
    emit connectionLost(QStringLiteral("lost the connection to %1 (%2); reconnecting when the server is back")
                            .arg(where, why.isEmpty() ? QStringLiteral("the server closed it") : why));
    m_retry.start();
}

void Listener::tryReconnect()
{
    if (connectAndListen()) {
        m_retry.stop();
        emit reconnected();
    }
}

Status notify(Connection &conn, const QString &channel, const QString &payload)
{
    return conn.exec(QStringLiteral("SELECT pg_notify($1, $2)"), {channel, payload});
}

} // namespace stratos::pg
